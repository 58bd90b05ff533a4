import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { fromJSON } from "../../src/index.js";
import { sourceDocumentOf } from "../../src/pdf/document.js";
import type { PageContent, Segment, TextRun } from "../../src/pdf/geometry.js";
import { withStrikesRead } from "../../src/pdf/struck.js";
import { parsePdf } from "../../src/pdf.js";
import { seedReport } from "../fixtures/seed-report.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { distinctValues } from "../system/support.js";
import { h, run } from "./support.js";

const pageOf = (runs: TextRun[], segments: Segment[]): PageContent => ({
  width: 595,
  height: 842,
  runs,
  segments,
});

// `9404` in 12 pt type, 6 points a figure, its baseline at 759.4 (LibreOffice's PDF of a Word
// cell whose `9` is struck out: the line at 756, 0.28 of the size above the baseline).
const value = run("9404", 148, 749.2, { x1: 172 });

describe("withStrikesRead", () => {
  it("strikes out the digits a line crosses at their middle height, and takes the line off", () => {
    const strike = h(756, 148.3, 154.3);
    const border = h(740, 100, 300);
    const read = withStrikesRead(pageOf([value], [strike, border]));
    expect(read.runs.map((r) => r.text)).toEqual(["9\u0336404"]);
    expect(read.segments).toEqual([border]);
    // Through two figures in the middle of the run.
    const middle = withStrikesRead(pageOf([value], [h(755, 154.5, 165.5)]));
    expect(middle.runs[0]?.text).toBe("94\u03360\u03364");
  });

  it("leaves an underline, an overline and a filled box alone", () => {
    const others = [
      h(761, 148, 172), // under the baseline: an underline
      h(749.5, 148, 172), // at the top of the type: a cell's top border, an overline
      { x0: 148, x1: 154, top: 752, bottom: 758 }, // a box 6 points high
    ];
    for (const segment of others) {
      const page = pageOf([value], [segment]);
      expect(withStrikesRead(page)).toBe(page);
    }
  });

  it("takes a rule through the digits running on past both their ends off the page, text kept", () => {
    // wkhtmltopdf draws a merged cell cut by a page break down into the next row's values: its
    // bottom border, through the digits (at their middle or near their top), is no cell's border,
    // and taken for one it split the row, whose values read blank. No strike either.
    const border = h(740, 100, 300);
    const next = run("17", 220, 749.2, { x1: 232 });
    for (const through of [h(756, 100, 300), h(751, 100, 300)]) {
      const read = withStrikesRead(pageOf([value, next], [through, border]));
      expect(read.runs).toEqual([value, next]);
      expect(read.segments).toEqual([border]);
    }
    // Through one run's digits only, it may strike a value with the blanks around it: left as
    // drawn (no value read from under it as if it were not struck). Running on past one end
    // only: neither.
    for (const line of [h(756, 100, 300), h(756, 148, 300)]) {
      const page = pageOf([value], [line]);
      expect(withStrikesRead(page)).toBe(page);
    }
  });

  it("changes no text a line crosses without digits, and a page without lines", () => {
    const words = pageOf([run("行政许可", 60, 749.2, { x1: 108 })], [h(756, 60, 108)]);
    expect(withStrikesRead(words)).toBe(words);
    const bare = pageOf([value], []);
    expect(withStrikesRead(bare)).toBe(bare);
  });
});

describe("sourceDocumentOf: strikes are read after the marks", () => {
  it("reads an underlined value's lowered reference as its mark, not as struck digits", () => {
    // `<u>12<sub>1</sub></u>`: the underline, drawn under each piece at the value's height,
    // crosses the lowered `1` at its middle (0.2 of its size above its own baseline).
    const value = run("12", 100, 410, { x1: 113.2 });
    const mark = run("1", 113.2, 414.94, { x1: 118.7, size: 10, bottom: 424.94 });
    const underline = [h(421.4, 100, 113.2), h(421.4, 113.2, 118.7)];
    const page = pageOf([run("行政许可", 40, 410, { x1: 88 }), value, mark], underline);
    expect(sourceDocumentOf([page]).blocks).toEqual([{ kind: "text", text: "行政许可12¹" }]);
    // Read as strikes first, the reference alone would be struck.
    expect(withStrikesRead(page).runs.map((r) => r.text)).toContain("1\u0336");
  });
});

describe.each([
  ["seed-distinct-chromium-struck.pdf", "Chromium"],
  ["seed-distinct-libreoffice-struck.pdf", "LibreOffice"],
])("%s: a struck-out 7 before every fifth value (%s)", (name) => {
  let result: Awaited<ReturnType<typeof parsePdf>>;
  beforeAll(async () => {
    const file = new URL(`../fixtures/pdf/${name}`, import.meta.url);
    result = await parsePdf(new Uint8Array(readFileSync(file)));
  }, 60_000);

  it("reads no struck digit into a number (before: 40 wrong, `71` for 1): each cell quoted", () => {
    const expected = cellsOf(fromJSON(distinctValues(seedReport)).report);
    const { right, wrong, absent } = compareCells(cellsOf(result.report), expected);
    expect(wrong).toEqual([]);
    expect(absent).toHaveLength(40);
    for (const path of absent) {
      const finding = result.findings.find((f) => f.path.join(".") === path);
      expect(finding?.code).toBe("PARSE_CELL_UNREADABLE");
      expect(finding?.message).toContain("7\u0336");
    }
    expect(right.length).toBe(expected.size - 40);
  });
});
