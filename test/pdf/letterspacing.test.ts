/**
 * Letter-spaced text in ruled cells (src/pdf/letterspacing.ts): pdf.js writes a space between two
 * glyphs more than a tenth of the type apart, so a number set with letter spacing read `1 1`.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { fromJSON } from "../../src/index.js";
import type { TextRun } from "../../src/pdf/geometry.js";
import { letterSpacedPage, withoutLetterSpacing } from "../../src/pdf/letterspacing.js";
import { spaceThreshold } from "../../src/pdf/lines.js";
import { parsePdf } from "../../src/pdf.js";
import { seedReport } from "../fixtures/seed-report.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { distinctValues } from "../system/support.js";

const SIZE = 10;
/** A run of `text` whose characters (digits 0.55 of the type, Han 1) stand `gap` ems apart. */
const spacedRun = (text: string, gap: number): TextRun => {
  const characters = [...text.replaceAll(" ", "")];
  const ems = characters.reduce((sum, c) => sum + (/[\u4e00-\u9fff]/.test(c) ? 1 : 0.55), 0);
  const width = (ems + gap * (characters.length - 1)) * SIZE;
  return { text, x0: 100, x1: 100 + width, top: 0, bottom: SIZE, size: SIZE, vertical: false };
};

describe("spaceThreshold", () => {
  it("is a third of the type between Latin or digits, half beside Han, a whole between Han", () => {
    expect(spaceThreshold("1", "2")).toBe(0.3);
    expect(spaceThreshold("年", "1")).toBe(0.5);
    expect(spaceThreshold("自", "然")).toBe(1);
  });
});

describe("withoutLetterSpacing", () => {
  it("joins characters set closer than a space (letter spacing)", () => {
    expect(withoutLetterSpacing(spacedRun("1 1", 0.14)).text).toBe("11");
    expect(withoutLetterSpacing(spacedRun("1 0 2", 0.25)).text).toBe("102");
    expect(withoutLetterSpacing(spacedRun("自 然 人", 0.5)).text).toBe("自然人");
  });

  it("keeps spaces as wide as a space between those characters", () => {
    expect(withoutLetterSpacing(spacedRun("1 1", 0.45)).text).toBe("1 1");
    expect(withoutLetterSpacing(spacedRun("年 1", 0.6)).text).toBe("年 1");
  });

  it("leaves runs that are not one character between spaces as they are", () => {
    for (const text of ["12 34", "11", "1  1", "规章"]) {
      const run = spacedRun(text, 0);
      expect(withoutLetterSpacing(run)).toBe(run);
    }
    const vertical = { ...spacedRun("1 1", 0.1), vertical: true };
    expect(withoutLetterSpacing(vertical)).toBe(vertical);
  });
});

describe("letterSpacedPage", () => {
  const runs = (...texts: string[]) => texts.map((text) => spacedRun(text, 0.14));
  const anyCell = () => true;

  it("is true where two numbers or more are spaced and none is printed whole", () => {
    expect(letterSpacedPage(runs("1 1", "1 0 2", "7", "规章"), anyCell)).toBe(true);
  });

  // A space typed between two numbers in one cell gives the same run as letter spacing: only a
  // page spacing all its numbers alike is letter-spaced (review of this session's first version,
  // which read a typed `1 1` as 11).
  it("is false beside a number printed whole, or with one spaced number only", () => {
    expect(letterSpacedPage(runs("1 1", "1 0 2", "12"), anyCell)).toBe(false);
    expect(letterSpacedPage(runs("1 1", "7", "0"), anyCell)).toBe(false);
    expect(letterSpacedPage(runs("自 然 人", "规 章"), anyCell)).toBe(false);
  });

  // A small agency's page of single digits, a few cells with a space typed (second review: two
  // typed cells made such a page letter-spaced, and `1 1`, `2 5` read 11, 25).
  it("counts only the runs in a cell", () => {
    const numbers = runs("1 1", "1 0 2", "12");
    expect(letterSpacedPage(numbers, (run) => run.text !== "12")).toBe(true);
    expect(letterSpacedPage(numbers, () => false)).toBe(false);
  });

  it("is false with a few spaced pairs only, true with five, or one of three digits", () => {
    expect(letterSpacedPage(runs("1 1", "2 5", "0 0", "2 0", "7", "0"), anyCell)).toBe(false);
    expect(letterSpacedPage(runs("1 1", "2 5", "0 0", "2 0", "3 3", "0"), anyCell)).toBe(true);
    expect(letterSpacedPage(runs("1 1", "1 2 0"), anyCell)).toBe(true);
  });
});

describe("seed-distinct-chromium-typedspace.pdf: ruled, three cells printing `1 1`, `2 5`, `0 0`", () => {
  let result: Awaited<ReturnType<typeof parsePdf>>;
  beforeAll(async () => {
    const file = new URL("../fixtures/pdf/seed-distinct-chromium-typedspace.pdf", import.meta.url);
    result = await parsePdf(new Uint8Array(readFileSync(file)));
  }, 60_000);

  it("reads no number from them: each is unreadable, quoting what it prints", () => {
    const cells = [
      ["activeDisclosure.licensing.decisions", "1 1"],
      ["applications.disclosed.naturalPerson", "2 5"],
      ["reviewsAndLitigation.administrativeReview.upheld", "0 0"],
    ];
    const read = cellsOf(result.report);
    for (const [path, printed] of cells) {
      expect(read.get(path!)).toBeUndefined();
      const finding = result.findings.find((f) => f.path.join(".") === path);
      expect(finding?.code).toBe("PARSE_CELL_UNREADABLE");
      expect(finding?.message).toContain(printed);
    }
    const expected = cellsOf(fromJSON(distinctValues(seedReport)).report);
    const { right, wrong } = compareCells(read, expected);
    expect(wrong).toEqual([]);
    expect(right.length).toBe(expected.size - cells.length);
  });
});

describe("seed-distinct-chromium-letterspaced.pdf: ruled, its values letter-spaced (2 px)", () => {
  let result: Awaited<ReturnType<typeof parsePdf>>;
  beforeAll(async () => {
    const file = new URL(
      "../fixtures/pdf/seed-distinct-chromium-letterspaced.pdf",
      import.meta.url,
    );
    result = await parsePdf(new Uint8Array(readFileSync(file)));
  }, 60_000);

  it("reads every cell: before, 137 were absent (`1 1` two values in one cell), quoted nowhere", () => {
    const expected = cellsOf(fromJSON(distinctValues(seedReport)).report);
    const { right, wrong } = compareCells(cellsOf(result.report), expected);
    expect(wrong).toEqual([]);
    expect(right.length).toBe(expected.size);
    expect(result.findings).toEqual([]);
  });
});
