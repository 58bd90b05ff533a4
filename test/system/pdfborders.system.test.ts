/**
 * Tables drawn with other borders than a full grid, in a real Chromium PDF of flat tables as wide
 * as their text (each sub-table of table 二 a table of its own), every value distinct:
 * - cells drawn apart: HTML's default `border-collapse: separate` (what a `<table border="1">`
 *   gets). Each cell is its own rectangle, two lines about 2.25 pt apart between two cells (more
 *   with a wider `border-spacing`), and a table's own border as far outside them. Found in
 *   session 23: no lattice table was found, and the text fallback glued a label to its value
 *   (`行政许可404`). src/pdf/spacing.ts brings the facing sides together.
 * - ruled across only: each cell's top and bottom border, no side. No vertical line is drawn;
 *   src/pdf/rowrules.ts gives the cells their sides from the pieces of the rules.
 * Each layout must read every cell of the report, none wrong.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { fromJSON, toMarkdown } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { pipeTextAsHTML } from "../read/support.js";
import { cellsOf } from "../support/cells.js";
import { distinctValues, launchChromium } from "./support.js";

const FONT = 'body{font-family:"DejaVu Serif","Noto Serif CJK SC";font-size:14px}';
const SEPARATE = `${FONT}td{border:1px solid #000}`;
const LAYOUTS = {
  separate: SEPARATE,
  "separate, the table framed": `${SEPARATE}table{border:1px solid #000}`,
  "separate, 5 px apart": `${SEPARATE}table{border-spacing:5px}`,
  collapsed: `${SEPARATE}table{border-collapse:collapse}`,
  "ruled across only": `${FONT}table{border-collapse:collapse}td{border-top:1px solid #000;border-bottom:1px solid #000}`,
} as const;

let expected: Map<string, string>;
const pdfs = new Map<string, Uint8Array>();

beforeAll(async () => {
  const read = fromJSON(distinctValues());
  if (read.report === undefined) throw new Error("the seed report with distinct values is invalid");
  expected = cellsOf(read.report);
  const body = pipeTextAsHTML(toMarkdown(read.report));
  const browser = await launchChromium();
  try {
    for (const [name, css] of Object.entries(LAYOUTS)) {
      const tab = await browser.newPage();
      await tab.setContent(
        body.replace("<html>", `<html><head><meta charset="utf-8"><style>${css}</style></head>`),
      );
      pdfs.set(name, new Uint8Array(await tab.pdf({ format: "A4", printBackground: true })));
    }
  } finally {
    await browser.close();
  }
});

/** The report's cells as read from one of the PDFs: how many are right, which are wrong. */
async function cellsRead(name: string): Promise<{ right: number; wrong: string[]; of: number }> {
  const read = cellsOf((await parsePdf(pdfs.get(name)!)).report);
  const wrong = [...read].filter(([path, value]) => expected.get(path) !== value).map(([p]) => p);
  const right = [...expected].filter(([path, value]) => read.get(path) === value).length;
  return { right, wrong, of: expected.size };
}

describe("Chromium PDF of flat tables as wide as their text, by their borders", () => {
  for (const name of Object.keys(LAYOUTS)) {
    it(`${name}: every cell is read, none wrong`, async () => {
      const { right, wrong, of } = await cellsRead(name);
      expect(wrong).toEqual([]);
      expect(right).toBe(of);
      expect(of).toBeGreaterThan(150);
    });
  }
});
