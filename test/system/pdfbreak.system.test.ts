/**
 * A page break between two rows of table 二 in a real Chromium PDF. On a narrow page `行政处罚`
 * fills its column, and a label filling its cell may go on in the cell below on the next page (a
 * row the break cut). Its value left blank and the break falling before `行政强制 | 9`, the two
 * rows were joined and 行政处罚 read 9 (4 of 815 generated PDFs, a review's sweep).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { fromJSON, toHTML } from "../../src/index.js";
import { readPdf } from "../../src/pdf/engine.js";
import { linesOf } from "../../src/pdf/lines.js";
import { parsePdf } from "../../src/pdf.js";
import { cellsOf } from "../support/cells.js";
import { distinctValues, launchChromium } from "./support.js";

const CSS = [
  'body{font-family:"DejaVu Serif","Noto Serif CJK SC";font-size:14px;max-width:120mm;margin:0}',
  "table{border-collapse:collapse}td,th{border:1px solid #000}",
].join("");
const BLANK = "activeDisclosure.punishment.decisions";
// The page's content box: A4 less 1 cm margins, in CSS pixels (96 per inch).
const CONTENT_HEIGHT = ((297 - 20) / 25.4) * 96;

interface Printed {
  readonly spacer: number;
  readonly pdf: Uint8Array;
  /** Whether 行政处罚 ends a page and 行政强制 opens the next. */
  readonly split: boolean;
}

let expected: Map<string, string>;
let printed: Printed[] = [];
const found = () => printed.some((one) => one.split);

beforeAll(async () => {
  const read = fromJSON(distinctValues());
  if (read.report === undefined) throw new Error("the seed report with distinct values is invalid");
  expected = new Map([...cellsOf(read.report), [BLANK, "null"]]);
  const article = toHTML(read.report)
    .replace(new RegExp(`(data-path="${BLANK}">)\\d+<`), "$1<")
    // No header row repeated on the next page: the break leaves the two rows alone.
    .replace(/<(\/?)thead>/g, "<$1tbody>");
  const page = (spacer: number) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><div style="height:${spacer}px"></div>${article}</body></html>`;
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.setContent(page(0));
    // Where 行政处罚's row ends, unmoved: a spacer above it puts that end just above a page's end.
    const bottom = Number(
      await tab.evaluate(
        `document.querySelector('[data-path="${BLANK}"]').closest("tr").getBoundingClientRect().bottom`,
      ),
    );
    const first = Math.ceil(bottom / CONTENT_HEIGHT) * CONTENT_HEIGHT - bottom;
    // Print and screen lay the rows out a few pixels apart: spacers from just below that end
    // upwards, until the break falls between the two rows (it falls before 行政处罚 first).
    for (let spacer = Math.round(first) + 2; spacer > first - 60 && !found(); spacer -= 3) {
      await tab.setContent(page(Math.max(0, spacer)));
      const pdf = new Uint8Array(
        await tab.pdf({
          format: "A4",
          margin: { top: "1cm", bottom: "1cm", left: "1cm", right: "1cm" },
          displayHeaderFooter: true,
          headerTemplate: "<span></span>",
          footerTemplate:
            '<div style="font-size:14px;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>',
        }),
      );
      const [above = -1, below = -1] = await pagesOf(pdf, ["行政处罚", "行政强制"]);
      printed = [...printed, { spacer, pdf, split: above !== -1 && below === above + 1 }];
    }
  } finally {
    await browser.close();
  }
}, 120_000);

/** The last page printing each label as a row's label (a line of the label and a value), or -1. */
async function pagesOf(pdf: Uint8Array, labels: readonly string[]): Promise<number[]> {
  const reading = await readPdf(pdf.slice());
  if (!reading.ok) return labels.map(() => -1);
  const pages = [...reading.pages].reverse();
  return labels.map((label) => {
    const fromEnd = pages.findIndex((page) =>
      // pdf.js gives the Kangxi radical ⾏ as a run of its own: the page's lines are compared.
      linesOf(page.runs).some((line) =>
        new RegExp(`^${label}\\d*$`).test(line.text.normalize("NFKC").replace(/\s/g, "")),
      ),
    );
    return fromEnd === -1 ? -1 : pages.length - 1 - fromEnd;
  });
}

describe("a Chromium PDF broken between 行政处罚 (blank) and 行政强制", () => {
  it("prints the break between the two rows in at least one of the PDFs", async () => {
    expect(printed.map((one) => one.split)).toContain(true);
  });

  it("reads 行政处罚 blank and every other cell as printed, wherever the break falls", async () => {
    for (const { spacer, pdf } of printed) {
      const read = cellsOf((await parsePdf(pdf.slice())).report);
      const wrong = [...read].filter(([path, value]) => expected.get(path) !== value);
      expect({ spacer, wrong }).toEqual({ spacer, wrong: [] });
      expect(read.get(BLANK)).toBe("null");
      expect(read.size).toBeGreaterThan(150);
    }
  });
});
