/**
 * Corpus reports as pandoc's page made a Word file, printed by LibreOffice without lines
 * (scripts/wk-hunt.ts's `pandoc-docx` printer), whose table 三 has columns no row of a page prints
 * a value in (blank, or a mark the mutation left out): columns inferred from the values alone
 * lose them, and the headers over them run together. The leaf headers give them back, the rows
 * whose label spans columns a column left of them (see src/pdf/leaves.ts `headerColumns`). The
 * oracle is the report itself, compared cell by cell: a cell read is right or absent, never wrong.
 */
import { describe, expect, it } from "vitest";
import { parsePdf } from "../../src/pdf.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { APPLICATION_COLUMNS } from "../support/oracle.js";
import { fixture, fixtureJSON } from "./support.js";

/** The file read, and a row of table 三 as read, its seven cells in the template's order. */
async function read(name: string) {
  const result = await parsePdf(fixture(`${name}.pdf`));
  const cells = cellsOf(result.report);
  const expected = new Map(
    Object.entries(fixtureJSON<Record<string, string>>(`${name}.expected.json`)),
  );
  return {
    wrong: compareCells(cells, expected).wrong,
    row: (key: string) =>
      APPLICATION_COLUMNS.map((column) => cells.get(`applications.${key}.${column}`) ?? "_"),
  };
}

describe("table 三 printed without lines, columns no row of the page fills", () => {
  it("reads the first page's rows under their own headers (github-016~m3)", async () => {
    // The first page prints 科研机构 and 社会公益组织 … with marks and blanks; the headers give each
    // of the seven columns its place, where the values alone gave fewer (the rows quoted).
    const { wrong, row } = await read("github-016~m3.pandoc-docx");
    expect(wrong).toEqual([]);
    expect(row("partiallyDisclosed")).toEqual([
      "19",
      "0",
      '{"mark":"/"}',
      "0",
      "0",
      '{"mark":"—"}',
      "20",
    ]);
    expect(row("withheldThirdPartyRights")).toEqual([
      "1",
      '{"mark":"/"}',
      "0",
      "0",
      '{"mark":"—"}',
      "0",
      "1",
    ]);
  }, 120_000);

  it("reads a page after one too narrow for the headers' columns by its labels (github-004)", async () => {
    // The page of 5.–8. prints values in the first two columns only: no layout fits it, and its
    // rows are quoted, not placed; its last row read, the next page's first cell (`政查询事项`,
    // 8.属于行政查询事项's last words, then 1.本机关不掌握相关政府信息) is that row's end and
    // the next row's label, whose values are placed.
    const { wrong, row } = await read("github-004.pandoc-docx");
    expect(wrong).toEqual([]);
    expect(row("unavailableNotHeld")).toEqual(["252", "12", "null", "null", "1", "null", "null"]);
  }, 120_000);
});
