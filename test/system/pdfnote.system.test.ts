/**
 * A note printed right under tables drawn without a bottom line, in a real Chromium PDF: no page
 * break cuts them, so the note is no cell's text. A first version of the page-break overflow
 * (lines printed just below a row the break cut go to its cells) took `单位：件 2023` into table
 * 四's last row and read 复议后起诉's blank 总计 as 2023.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { fromJSON, toHTML, toJSON } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { seedReport } from "../fixtures/seed-report.js";
import { cellsOf } from "../support/cells.js";
import { launchChromium } from "./support.js";

// The seed report with every value distinct (1, 2, 3, … in the order toJSON writes them), so
// that a number read in another cell cannot pass for right.
function distinctValues(): ReturnType<typeof toJSON> {
  const json = structuredClone(toJSON(seedReport)) as Record<string, unknown>;
  let next = 1;
  const walk = (node: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "number") node[key] = next++;
      else if (typeof value === "string" && /^\d/.test(value)) node[key] = String(next++);
      else if (value !== null && typeof value === "object") walk(value as Record<string, unknown>);
    }
  };
  for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"]) {
    walk(json[table] as Record<string, unknown>);
  }
  return json as ReturnType<typeof toJSON>;
}

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
