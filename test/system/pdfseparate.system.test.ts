/**
 * Tables drawn with their cells apart, in a real Chromium PDF: HTML's default
 * `border-collapse: separate` (what a `<table border="1">` gets), each sub-table of table 二 a
 * table of its own as wide as its text. Each cell is then its own rectangle, two lines about
 * 2.25 pt apart between two cells (more with a wider `border-spacing`), and a table's own border
 * as far outside them. Found in session 23: no lattice table was found on such a page, and the
 * text fallback glued a label to its value (`行政许可404`): table 二 was read in part or not at
 * all. src/pdf/spacing.ts now brings the facing sides of such boxes together before the lattice
 * is looked for; each layout below must read every cell of the report, none wrong.
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

describe("Chromium PDF of flat tables as wide as their text", () => {
  for (const name of Object.keys(LAYOUTS)) {
    it(`${name}: every cell is read, none wrong`, async () => {
      const { right, wrong, of } = await cellsRead(name);
      expect(wrong).toEqual([]);
      expect(right).toBe(of);
      expect(of).toBeGreaterThan(150);
    });
  }
});
