/**
 * Corpus reports as pandoc's page made a Word file, printed by LibreOffice (scripts/wk-hunt.ts's
 * `pandoc-docx` printer; its `--fixtures` remakes them, each with its cells beside it): tables
 * without lines, and in table 三 the rows whose label spans columns a column left of their
 * headers (pandoc writes such a label's span a column short and pads the row after its values).
 * The oracle is the report itself, compared cell by cell: a cell read is right or absent, never
 * wrong.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ParseResult } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { APPLICATION_COLUMNS } from "../support/oracle.js";
import { fixture, fixtureJSON } from "./support.js";

const NAME = "github-015.pandoc-docx";
let result: ParseResult;
beforeAll(async () => {
  result = await parsePdf(fixture(`${NAME}.pdf`));
}, 120_000);

/** A row of table 三 as read, its seven cells in the template's order (`_` for absent). */
const row = (key: string) => {
  const cells = cellsOf(result.report);
  return APPLICATION_COLUMNS.map((column) => cells.get(`applications.${key}.${column}`) ?? "_");
};

describe("table 三 printed without lines, rows a column left of their headers", () => {
  it("reads no cell wrong", () => {
    const expected = new Map(
      Object.entries(fixtureJSON<Record<string, string>>(`${NAME}.expected.json`)),
    );
    expect(compareCells(cellsOf(result.report), expected).wrong).toEqual([]);
  });

  it("reads 一、 and 二、 a column right, their last value under 其他 and 总计 together", () => {
    // Printed `71 | 3 0 0 0 0 74`: 71 before the first header (自然人), 74 in a cell spanning
    // 其他 and 总计 (no row of the page prints both, so no line parts them). As printed 74 is
    // 其他's or 总计's; either breaks the column totals of （七）总计 with 一 + 二 = （七） + 四.
    expect(row("newlyReceived")).toEqual(["71", "3", "0", "0", "0", "0", "74"]);
    expect(row("carriedOver")).toEqual(["1", "0", "0", "0", "0", "0", "1"]);
  });

  it("reads （一） a column right: a number before the first header, 总计 blank", () => {
    // `21 | 0 0 0 0 0 21 _`: as printed, 其他 21 beside （七）总计's 其他 0.
    expect(row("disclosed")).toEqual(["21", "0", "0", "0", "0", "0", "21"]);
  });
});
