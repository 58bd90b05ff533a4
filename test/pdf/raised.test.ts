/**
 * Footnote references printed raised or lowered beside a number (src/pdf/raised.ts): pdf.js gives
 * each as a run of its own, smaller and off the number's baseline. Before, a raised `1` after a
 * `7` stood on a line of its own (the cell read `1 7`, unreadable) and a lowered one read `71`.
 * The reviews' faults are here too: smaller type of a neighbouring cell set at the top of its line
 * or with more leading, a ruling line between two cells' texts, and a mark closing the gap to the
 * next cell.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { fromJSON } from "../../src/index.js";
import type { PageContent, TextRun } from "../../src/pdf/geometry.js";
import { lineOf, linesOf, pieces } from "../../src/pdf/lines.js";
import { withMarksPlaced } from "../../src/pdf/raised.js";
import { parsePdf } from "../../src/pdf.js";
import { seedReport } from "../fixtures/seed-report.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { distinctValues } from "../system/support.js";

/** A horizontal run of `text` at `x0`, `size` points, its baseline at `baseline` (y down). */
const run = (text: string, x0: number, size: number, baseline: number): TextRun => ({
  text,
  x0,
  x1: x0 + 0.55 * size * text.length,
  top: baseline - 0.85 * size,
  bottom: baseline + 0.15 * size,
  size,
  vertical: false,
});

const pageOf = (runs: readonly TextRun[]): PageContent => ({
  width: 595,
  height: 842,
  runs,
  segments: [],
});

/** A PDF fixture read by parsePdf. */
const readFixture = (name: string) =>
  parsePdf(new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url))));

/** The page's lines' text once its marks are placed. */
const linesAfter = (...runs: TextRun[]) =>
  linesOf(withMarksPlaced(pageOf(runs)).runs).map((line) => line.text);

describe("withMarksPlaced", () => {
  it("sets a reference raised after a number on its line, as a mark (Chromium's <sup>)", () => {
    // 12 pt value, 10 pt reference with its baseline 4.8 pt higher, touching.
    expect(linesAfter(run("7", 100, 12, 422), run("1", 106.6, 10, 417.2))).toEqual(["7¹"]);
    // Before: a line of its own above the value.
    expect(
      linesOf([run("7", 100, 12, 422), run("1", 106.6, 10, 417.2)]).map((l) => l.text),
    ).toEqual(["1", "7"]);
  });

  it("takes a reference before the number, of two digits, and one lowered (<sub>)", () => {
    expect(linesAfter(run("2", 94.5, 10, 417.2), run("26", 100, 12, 422))).toEqual(["²26"]);
    expect(linesAfter(run("3", 100, 12, 422), run("12", 106.6, 10, 417.2))).toEqual(["3¹²"]);
    // Chromium lowers `<sub>` 3.2 pt.
    expect(linesAfter(run("5", 100, 12, 422), run("1", 106.6, 10, 425.2))).toEqual(["5¹"]);
  });

  it("keeps digits of the number's baseline, of its size, or inside its height, as digits", () => {
    // Smaller on the same baseline: a value printed piece by piece.
    expect(linesAfter(run("1", 100, 12, 422), run("5", 106.6, 10, 422))).toEqual(["15"]);
    // The number's size, raised: digits nudged to align fonts, not a reference.
    expect(linesAfter(run("1", 100, 12, 422), run("5", 106.6, 12, 419))).toEqual(["15"]);
    // Smaller type set at the top of the line beside the number (a cell of 9-point type touching
    // the next cell's value): its baseline 2.55 points up, its top level with the number's.
    expect(linesAfter(run("1", 100, 12, 422), run("5", 106.6, 9, 419.45))).toEqual(["15"]);
    // LibreOffice lowers `<sub>` 1.2 pt only, about as far as smaller type set at the bottom of a
    // line: read as digits, as in Word files.
    expect(linesAfter(run("5", 100, 12, 422), run("1", 106.6, 9.5, 423.2))).toEqual(["51"]);
  });

  // Second review: a neighbouring cell in smaller type with more leading (line-height 1.5) or
  // top padding stands out above the number's top as a reference does, a cell's padding apart.
  it("leaves smaller raised type a padding's width from the number: the next cell's value", () => {
    // Chromium's geometry: `1` (9 pt) ending at 181.52, the next cell's `2` (7.5 pt) at 183.02,
    // its baseline 3 pt higher, its top 1.73 pt above the number's.
    const number = { text: "1", x0: 175.79, x1: 181.52, top: 692.85, bottom: 701.85, size: 9 };
    const next = { text: "2", x0: 183.02, x1: 187.8, top: 691.12, bottom: 698.62, size: 7.5 };
    const page = pageOf([
      { ...number, vertical: false },
      { ...next, vertical: false },
    ]);
    expect(withMarksPlaced(page)).toBe(page);
    // The same `2` set against the number, as a reference is: a mark.
    const touching = pageOf([
      { ...number, vertical: false },
      { ...next, x0: 181.6, x1: 186.4, vertical: false },
    ]);
    expect(withMarksPlaced(touching).runs.map((r) => r.text)).toEqual(["1²"]);
  });

  it("leaves a reference parted from the number by a ruling line: two cells' texts", () => {
    const ruled: PageContent = {
      ...pageOf([run("7", 100, 12, 422), run("1", 106.8, 10, 417.2)]),
      segments: [{ x0: 106.6, x1: 106.6, top: 400, bottom: 430 }],
    };
    expect(linesOf(withMarksPlaced(ruled).runs).map((line) => line.text)).toEqual(["1", "7"]);
  });

  it("takes the reference into the number's run, its box kept: the next cell stays apart", () => {
    // `1,234` filling its column, a raised `2` against it, the next cell's `12` 5 points on.
    const page = pageOf([
      run("1,234", 286.6, 12, 422),
      run("2", 319.7, 10, 417.2),
      run("12", 330.3, 12, 422),
    ]);
    const placed = withMarksPlaced(page).runs;
    expect(placed.map((r) => r.text)).toEqual(["1,234²", "12"]);
    expect(placed[0]!.x1).toBe(page.runs[0]!.x1);
    expect(pieces(lineOf(placed), 0.5).map((piece) => piece.text)).toEqual(["1,234²", "12"]);
  });

  it("leaves a reference that touches no number, or a run longer than a reference", () => {
    // Set apart from the value (a cell's next value in smaller type).
    expect(linesAfter(run("7", 100, 12, 422), run("1", 115, 10, 417.2))).toEqual(["1", "7"]);
    // After a label, not a number: the label's own note, left as printed.
    expect(linesAfter(run("行政许可", 100, 12, 422), run("1", 126.4, 10, 417.2))).toEqual([
      "1",
      "行政许可",
    ]);
    // Four digits are a value of their own.
    expect(linesAfter(run("7", 100, 12, 422), run("2023", 106.6, 10, 417.2))).toEqual([
      "2023",
      "7",
    ]);
    // A line above the number (a whole line up) is no reference either.
    expect(linesAfter(run("7", 100, 12, 422), run("1", 106.6, 10, 409))).toEqual(["1", "7"]);
  });

  // Third review: pdf.js gives a row's values set close as one run (`186 187`); the reference is
  // taken into it with its width, so that the run's words, cut by their characters' widths, stay
  // where they stand.
  it("takes a reference into a run of several values with its width", () => {
    const values = run("186 187", 100, 12, 422);
    const page = pageOf([values, run("12", values.x1, 10, 417.2)]);
    const [placed] = withMarksPlaced(page).runs;
    expect(placed).toMatchObject({ text: "186 187¹²", x0: values.x0, x1: values.x1 + 11 });
  });

  it("takes a star or a circled number in as printed, a `※` going on into `1` not", () => {
    expect(linesAfter(run("25", 100, 12, 422), run("*", 113.2, 10, 417.2))).toEqual(["25*"]);
    expect(linesAfter(run("25", 100, 12, 422), run("①", 113.2, 10, 417.2))).toEqual(["25①"]);
    // `※1` in two runs: the piece next to the number is no reference alone.
    expect(
      linesAfter(run("4", 100, 12, 422), run("※", 106.6, 10, 417.2), run("1", 112.1, 10, 417.2)),
    ).toEqual(["※1", "4"]);
  });

  it("returns the page itself when it has no reference", () => {
    const page = pageOf([run("规章", 40, 12, 422), run("1", 100, 12, 422)]);
    expect(withMarksPlaced(page)).toBe(page);
  });
});

describe("seed-distinct-chromium-sup-unruled.pdf: the raised references in a table without lines", () => {
  let result: Awaited<ReturnType<typeof parsePdf>>;
  beforeAll(async () => {
    result = await readFixture("seed-distinct-chromium-sup-unruled.pdf");
  }, 60_000);

  it("places no wrong number (before: 144, `11` for 1), and reads every cell", () => {
    const expected = cellsOf(fromJSON(distinctValues(seedReport)).report);
    const { right, wrong, absent } = compareCells(cellsOf(result.report), expected);
    expect(wrong).toEqual([]);
    // 3.其他 of table 三, its label wrapped in a table without lines (`3.其` beside the values,
    // `他` on a line of its own): quoted before its two lines were put back together.
    expect(absent).toEqual([]);
    expect(right.length).toBe(expected.size);
  });
});

describe.each([
  ["seed-distinct-chromium-sup.pdf", "raised (Chromium)"],
  ["seed-distinct-chromium-sub.pdf", "lowered (Chromium)"],
  ["seed-distinct-libreoffice-sup.pdf", "raised (LibreOffice)"],
])("%s: footnote references %s beside three values of four", (name) => {
  let result: Awaited<ReturnType<typeof parsePdf>>;
  beforeAll(async () => {
    result = await readFixture(name);
  }, 60_000);

  it("reads every value without its reference (before: 150 cells absent or wrong: `11` for 1)", () => {
    const expected = cellsOf(fromJSON(distinctValues(seedReport)).report);
    const { right, wrong, absent } = compareCells(cellsOf(result.report), expected);
    expect(wrong).toEqual([]);
    expect(absent).toEqual([]);
    expect(right.length).toBe(expected.size);
  });
});
