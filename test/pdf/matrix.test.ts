/**
 * Renderings the rendering matrix (scripts/rendering-matrix.ts) found reading wrong numbers or
 * losing most cells: the Shanghai 2019 report (many blank cells) printed by Chromium with its
 * tables' borders removed and saved by LibreOffice from toDocx with no ruling lines, and the seed
 * report printed by Chromium without borders. The oracle is the report itself, compared
 * cell by cell: a cell read is right, absent, or wrong, and wrong is never allowed. A cell left
 * absent for a cause the mapper saw is quoted in a finding.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ParseResult } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { fixture } from "./support.js";

const oracle = cellsOf(shanghai2019Report);
const results = new Map<string, ParseResult>();
beforeAll(async () => {
  for (const name of [
    "shanghai-2019-chromium-no-borders",
    "shanghai-2019-word-unruled",
    "seed-chromium-no-borders",
  ]) {
    results.set(name, await parsePdf(fixture(`${name}.pdf`)));
  }
  // pdf.js reads three PDFs: seconds, more on a loaded machine.
}, 120_000);

const ambiguousAt = (name: string, row: string) =>
  results
    .get(name)
    ?.findings.find(
      (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === `applications.${row}`,
    );

describe("Shanghai 2019 printed by Chromium without table borders", () => {
  const name = "shanghai-2019-chromium-no-borders";

  it("reads no number wrong: a blank row's label run into the next row's names neither", () => {
    const result = results.get(name)!;
    expect(result.report?.year).toBe(2019);
    expect(result.report?.template).toBe("2019");
    const { wrong, right } = compareCells(cellsOf(result.report), oracle);
    expect(wrong).toEqual([]);
    // 二 and 四 are read (四 from its text); the rest of 三 waits on the stream reader.
    expect(right).toContain("activeDisclosure.licensing.decisions");
    expect(right.length).toBeGreaterThanOrEqual(29);
  });

  it("quotes the values printed beside the two labels in one cell", () => {
    // `4.保护第三方合法权益5.属于三类内部事务信息 | 5`: the 5 is 5.'s (4. is blank).
    const finding = ambiguousAt(name, "withheldThirdPartyRights");
    expect(finding?.actual).toMatch(/^5\b/);
    expect(
      cellsOf(results.get(name)!.report).has("applications.withheldThirdPartyRights.naturalPerson"),
    ).toBe(false);
  });
});

describe("Shanghai 2019 saved from Word by LibreOffice without ruling lines", () => {
  const name = "shanghai-2019-word-unruled";

  it("reads no number wrong", () => {
    const result = results.get(name)!;
    const { wrong, right } = compareCells(cellsOf(result.report), oracle);
    expect(wrong).toEqual([]);
    expect(right).toContain("applications.carriedOver.total");
    expect(right.length).toBeGreaterThanOrEqual(34);
  });
});

describe("the seed report printed by Chromium without table borders", () => {
  it("reads every cell: header words of neighbouring columns 0.6 em apart are two cells", () => {
    // `社会公` and `法律服` (社会公益组织, 法律服务机构 broken over lines) stand 5 points apart at
    // 8.6 points: read as one piece, neither column had a header and table 三 was lost.
    const result = results.get("seed-chromium-no-borders")!;
    expect(result.report?.year).toBe(2022);
    const { wrong, absent } = compareCells(cellsOf(result.report), cellsOf(seedReport));
    expect(wrong).toEqual([]);
    expect(absent).toEqual([]);
  });
});
