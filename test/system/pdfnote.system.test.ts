/**
 * A note printed right under tables drawn without a bottom line, in a real Chromium PDF: no page
 * break cuts them, so the note is no cell's text. A first version of the page-break overflow
 * (lines printed just below a row the break cut go to its cells) took `单位：件 2023` into table
 * 四's last row and read 复议后起诉's blank 总计 as 2023.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { fromJSON, toHTML } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { cellsOf } from "../support/cells.js";
import { distinctValues, launchChromium } from "./support.js";

const CSS = [
  'body{font-family:"DejaVu Serif","Noto Serif CJK SC";font-size:14px}',
  "table{border-collapse:collapse}td,th{border:1px solid #000}",
  // Each table's last row without a bottom line, a right-aligned note straight under it.
  "tbody:last-child tr:last-child>*{border-bottom:none}p.note{margin:0;text-align:right}",
].join("");
const AFTER_REVIEW = "reviewsAndLitigation.litigationAfterReview.";

let pdf: Uint8Array;
let expected: Map<string, string>;

beforeAll(async () => {
  const read = fromJSON(distinctValues());
  if (read.report === undefined) throw new Error("the seed report with distinct values is invalid");
  expected = cellsOf(read.report);
  const article = toHTML(read.report)
    // 复议后起诉's five cells left blank: a value below them is what a wrong reading would take.
    .replace(/(data-path="reviewsAndLitigation\.litigationAfterReview\.[a-zA-Z]+">)\d+</g, "$1<")
    .replace(/<\/table>/g, '</table>\n<p class="note">单位：件 2023</p>');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>${article}</body></html>`;
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.setContent(html);
    pdf = new Uint8Array(await tab.pdf({ format: "A4", printBackground: true }));
  } finally {
    await browser.close();
  }
});

describe("a Chromium PDF with a note under each table drawn without a bottom line", () => {
  it("reads no number of a note into a cell: the blank cells stay blank", async () => {
    const read = cellsOf((await parsePdf(pdf)).report);
    const after = [...read].filter(([path]) => path.startsWith(AFTER_REVIEW));
    expect(after.length).toBe(5);
    for (const [, value] of after) expect(value).toBe("null");
    // Every other cell read is the report's own.
    const wrong = [...read].filter(
      ([path, value]) => !path.startsWith(AFTER_REVIEW) && expected.get(path) !== value,
    );
    expect(wrong).toEqual([]);
    expect(read.size).toBeGreaterThan(150);
  });
});
