/**
 * Table 三 without lines, its last row pushed onto the next page below the header Chromium prints
 * again there (shanghai-2019-distinct-chromium-break.pdf, scripts/pdf-fixtures.ts). The header
 * and the one row are too few lines to be read as a table: the row is read from the text between
 * the grids (src/read/betweengrids.ts), and where it cannot be placed, its values are quoted.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { fromJSON } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { distinctValues } from "../system/support.js";

describe("shanghai-2019-distinct-chromium-break.pdf: table 三's last row alone on a page", () => {
  let result: Awaited<ReturnType<typeof parsePdf>>;
  beforeAll(async () => {
    const file = new URL(
      "../fixtures/pdf/shanghai-2019-distinct-chromium-break.pdf",
      import.meta.url,
    );
    result = await parsePdf(new Uint8Array(readFileSync(file)));
  }, 60_000);

  it("quotes the row's printed values (`56 | 57`, no total holding) where it cannot place them", () => {
    // Printed `四、结转下年度继续办理 56 57` under seven columns: every value distinct, so no
    // total tells which columns the two are. Before, the row was only said unreadable, and 56
    // and 57 were quoted nowhere.
    const row = result.findings.filter((f) => f.path.join(".") === "applications.carriedForward");
    expect(row.map((f) => [f.code, f.actual])).toEqual([["PARSE_CELL_AMBIGUOUS", "56 | 57"]]);
    expect(result.report?.applications?.carriedForward).toEqual({});
  });

  it("reads no wrong number, and every other row of table 三 but （一） and （二）", () => {
    // （一）予以公开 prints `30 31 _ _ 32 33 _`, its 总计 blank: without lines it may as well be a
    // row a column short whose 自然人 is blank, and read a column right its 总计 33 is below none
    // of its parts (every value distinct: no sum holds either way). Quoted. （二）部分公开 prints
    // `34 _ _ _ _ _ _`: read a column right it has no 总计 either, and the column totals, every
    // value distinct, rule out both readings. Quoted.
    const expected = cellsOf(fromJSON(distinctValues(shanghai2019Report)).report);
    const { wrong, absent } = compareCells(cellsOf(result.report), expected);
    expect(wrong).toEqual([]);
    expect(absent.filter((path) => path.startsWith("applications."))).toEqual(
      [...expected.keys()].filter((path) =>
        /^applications\.(disclosed|partiallyDisclosed|carriedForward)\./.test(path),
      ),
    );
  });
});
