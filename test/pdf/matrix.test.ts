/**
 * Renderings the rendering matrix (scripts/rendering-matrix.ts) found reading wrong numbers or
 * losing most cells: the Shanghai 2019 report (many blank cells) printed by Chromium with its
 * tables' borders removed and saved by LibreOffice from toDocx with no ruling lines, and the seed
 * report printed by Chromium without borders. The oracle is the report itself, compared
 * cell by cell: a cell read is right, absent, or wrong, and wrong is never allowed. A cell left
 * absent for a cause the mapper saw is quoted in a finding.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type ParseResult, parseText } from "../../src/index.js";
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
    "seed-chromium-split-no-borders",
    "github-008-chromium-narrow-no-borders",
    "seed-word-unruled",
    "shanghai-2019-chromium-narrow-no-borders",
  ]) {
    results.set(name, await parsePdf(fixture(`${name}.pdf`)));
  }
  // pdf.js reads seven PDFs: seconds, more on a loaded machine.
}, 240_000);

const ambiguousAt = (name: string, row: string) =>
  results
    .get(name)
    ?.findings.find(
      (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === `applications.${row}`,
    );

describe("Shanghai 2019 printed by Chromium without table borders", () => {
  const name = "shanghai-2019-chromium-no-borders";

  it("reads no number wrong, and table 三 whole by its column headers", () => {
    const result = results.get(name)!;
    expect(result.report?.year).toBe(2019);
    expect(result.report?.template).toBe("2019");
    const { wrong, right, absent } = compareCells(cellsOf(result.report), oracle);
    expect(wrong).toEqual([]);
    // 科研机构 and 其他 columns hold a value in no row of 三, or in one: the headers give them.
    expect(right).toContain("applications.newlyReceived.legalServiceInstitution");
    expect(right).toContain("activeDisclosure.licensing.decisions");
    expect(right.length).toBe(198);
    // Table 四 too: `5 2 7 8 1 9`, one row of values without a label, under its fifteen headers.
    expect(right).toContain("reviewsAndLitigation.litigationWithoutReview.pending");
    expect(absent).toEqual([]);
  });

  it("reads a row printed blank as a row of its own, the value below it as the next row's", () => {
    // `4.保护第三方合法权益` (blank) above `5.属于三类内部事务信息 5`: the 5 is 5.'s.
    const read = cellsOf(results.get(name)!.report);
    expect(read.get("applications.withheldThirdPartyRights.naturalPerson")).toBe("null");
    expect(read.get("applications.withheldInternalAffairs.naturalPerson")).toBe("5");
    expect(ambiguousAt(name, "withheldThirdPartyRights")).toBeUndefined();
  });
});

describe("Shanghai 2019 saved from Word by LibreOffice without ruling lines", () => {
  const name = "shanghai-2019-word-unruled";

  it("reads no number wrong", () => {
    const result = results.get(name)!;
    const { wrong, right } = compareCells(cellsOf(result.report), oracle);
    expect(wrong).toEqual([]);
    expect(right).toContain("applications.carriedOver.total");
    expect(right).toContain("applications.disclosed.legalServiceInstitution");
    expect(right.length).toBeGreaterThanOrEqual(184);
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

/** The cells read from a fixture against an oracle's. */
const compared = (name: string, truth: Map<string, string>) =>
  compareCells(cellsOf(results.get(name)!.report), truth);

describe("tables without borders continued across pages (issue 13)", () => {
  it("the seed report broken every six rows: every cell, the parts' columns agreed", () => {
    // Each page's label edge stands where its own labels end (30 points apart from page to page):
    // joined, the table had a column of its own there and seven rows of 三 were ambiguous; the
    // last row, alone on its page under the repeated header, was no table at all.
    const { wrong, absent } = compared("seed-chromium-split-no-borders", cellsOf(seedReport));
    expect(wrong).toEqual([]);
    expect(absent).toEqual([]);
  });

  it("github-008 in a 120 mm column: one row of 三 per page, joined in the same columns", () => {
    // `一、本年新收…` and `二、上年结转…` each stand alone on a page, label wrapped around the
    // values, the repeated header's first lines read as prose. Table 四's last column is cut off
    // at the box's edge in this rendering (14 values printed of 15): it stays absent.
    const truth = cellsOf(
      parseText(readFileSync(new URL("../fixtures/corpus/github-008.txt", import.meta.url), "utf8"))
        .report,
    );
    const { wrong, right } = compared("github-008-chromium-narrow-no-borders", truth);
    expect(wrong).toEqual([]);
    expect(right).toContain("applications.newlyReceived.naturalPerson");
    expect(right).toContain("applications.carriedOver.total");
    expect(right).toContain("applications.partiallyDisclosed.total");
    expect(right.length).toBeGreaterThanOrEqual(185);
  });

  it("the seed report from Word without ruling lines: every cell", () => {
    // `（六） 处理其政府信息公开申请` (the rest of 1.申请人… beside the group label) went to the row
    // below; 行政事业性收费 0 alone on its page under a header naming its one value.
    const { wrong, absent } = compared("seed-word-unruled", cellsOf(seedReport));
    expect(wrong).toEqual([]);
    expect(absent).toEqual([]);
  });

  it("Shanghai 2019 in a 120 mm column (many blanks): no number wrong", () => {
    // A lone row's columns are only where its values stand (`四、结转… 72 72` under seven
    // headers): it is a table only as the rest of the table before it, in the same columns.
    const { wrong, right } = compared("shanghai-2019-chromium-narrow-no-borders", oracle);
    expect(wrong).toEqual([]);
    expect(right.length).toBeGreaterThanOrEqual(141);
    // Each page's part of 三 read by its (repeated) headers, `3` and `14` alone on their lines.
    expect(right).toContain("applications.partiallyDisclosed.naturalPerson");
    expect(right).toContain("applications.totalHandled.legalServiceInstitution");
    // Table 二's headers over three lines (`上一年项` / `信息内容 本年增/减 处理决定数量` / `目数量`).
    expect(right).toContain("activeDisclosure.licensing.previousItems");
  });
});
