/**
 * Corpus reports printed by wkhtmltopdf (toHTML's page, or pandoc's page of it) that
 * scripts/wk-hunt.ts found reading wrong numbers (its
 * `--fixtures` remakes them, each with its cells beside it). The oracle is the report itself,
 * compared cell by cell: a cell read is right or absent, never wrong.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ParseResult } from "../../src/index.js";
import { sourceDocumentOf } from "../../src/pdf/document.js";
import { parsePdf } from "../../src/pdf.js";
import { readDocument } from "../../src/read/document.js";
import { cellsOf } from "../support/cells.js";
import { comparedToPrinted, fixture, fixtureJSON, pagesOf } from "./support.js";

const NAMES = ["github-001.wk-ruled", "github-018.wk-a5"] as const;
const PANDOC = "github-003.pandoc-wk-plain";
const CUT_ROW = "github-008.pandoc-wk-narrow";
const BORDERLESS = ["github-003~m3.pandoc-wk-plain", "github-004~m3.wk-landscape"] as const;
const INSIDE = "seed-dacaozhuang-2022.wk-narrow-no-borders";
const HEADER_CUT = "github-003.wk-landscape";
const BLANK_LAST = "github-015~m3.wk-no-borders";
const results = new Map<string, ParseResult>();
beforeAll(async () => {
  for (const name of [...NAMES, PANDOC, CUT_ROW, ...BORDERLESS, INSIDE, HEADER_CUT, BLANK_LAST]) {
    results.set(name, await parsePdf(fixture(`${name}.pdf`)));
  }
}, 120_000);

const compared = (name: string) => comparedToPrinted(results.get(name)?.report, name);

describe("a rule wkhtmltopdf draws through a row's values", () => {
  // Table 四 cut by the page break after its header's first row: wkhtmltopdf draws the two
  // litigation group cells (rowspan 3) on the next page down into the values row, their bottom
  // border through its digits (at their middle in github-001, near their top in github-018 on
  // A5). Taken for a cell's border, it split the row: its litigation cells read blank, ten
  // numbers lost as blanks.
  it.each(NAMES)("%s: no cell wrong, table 四's litigation values read", (name) => {
    const { wrong, absent } = compared(name);
    expect(wrong).toEqual([]);
    expect(absent.filter((path) => path.startsWith("reviewsAndLitigation"))).toEqual([]);
  });

  it("github-001: the litigation values as printed", () => {
    const report = results.get("github-001.wk-ruled")?.report;
    expect(report?.reviewsAndLitigation?.litigationWithoutReview.total).toBe(3);
    expect(report?.reviewsAndLitigation?.litigationAfterReview.upheld).toBe(8);
    expect(report?.reviewsAndLitigation?.litigationAfterReview.total).toBe(10);
  });
});

describe("pandoc's page: a row label set half a line off its values", () => {
  // wkhtmltopdf sets the label of the row a rowspan group label is centred in (`（三）不予公开`,
  // `（五）不予处理`) about half a line below or above the row's values, and pandoc's rows a column
  // short (colspans lost) put values under the labels: the label line was taken for a sub-table's
  // heading, a row printed blank, and the row's values went to the group label's row.
  it("no cell wrong; the two rows read as printed", () => {
    expect(compared(PANDOC).wrong).toEqual([]);
    const applications = results.get(PANDOC)?.report?.applications;
    expect(applications?.withheldInternalAffairs.naturalPerson).toBe(8);
    expect(applications?.withheldInternalAffairs.total).toBe(9);
    expect(applications?.notProcessedPublication.naturalPerson).toBe(1);
    expect(applications?.notProcessedPublication.total).toBe(1);
  });
});

describe("a row the page break cut, painted on both pages and clipped", () => {
  // wkhtmltopdf paints the whole table on every page and clips it to the page's content: the row
  // `1.申请人无正当理由逾期不补正…` cut at page 4's foot was read with its hidden half on both
  // pages and its lines past the page (no cut seen): its upper part read blank (seven cells
  // wrong), the lower part's label matched no row. Read as shown, the row is joined whole.
  it("no cell wrong; the cut row's values read", () => {
    expect(compared(CUT_ROW).wrong).toEqual([]);
    const cells = cellsOf(results.get(CUT_ROW)?.report);
    const row = (column: string) => cells.get(`applications.otherOverdueCorrection.${column}`);
    expect(row("naturalPerson")).toBe("67");
    expect(row("commercialEnterprise")).toBe("3");
    expect(row("legalServiceInstitution")).toBe("1");
    expect(row("total")).toBe("71");
  });
});

describe("pandoc's page: table 三's rows a column left of their headers", () => {
  // pandoc writes the span of a row label spanning columns a column short and pads the row with
  // an empty cell: in rows 一、, 二、, （一）, （二）, （七） and 四、 of the ruled print each value
  // stands under its neighbour's header, the first under the label's header, 总计's cell blank.
  // Quoted before (42 cells absent); the table's identities rule out the rows as printed.
  it("every cell read, the shifted rows a column right", () => {
    const { wrong, absent } = compared(CUT_ROW);
    expect(wrong).toEqual([]);
    expect(absent).toEqual([]);
    const applications = results.get(CUT_ROW)?.report?.applications;
    expect(applications?.newlyReceived.naturalPerson).toBe(3001);
    expect(applications?.newlyReceived.total).toBe(3119);
    expect(applications?.carriedForward.total).toBe(103);
  });
});

describe("pandoc's page without lines: table 三's rows a column left of their headers", () => {
  // The same rows printed without lines: each shifted row's first value stands where the
  // sub-rows print their labels (no header over it), 总计's column blank; on the page after the
  // break (（七）总计, 四、) the row's first number stands before where the first page's headers,
  // moved by that page's right edge, put the values. Quoted before (42 cells absent); read a
  // column right as the ruled print is, where the identities rule out the rows as printed.
  it("every cell read, the shifted rows a column right", () => {
    const { wrong, absent } = compared(PANDOC);
    expect(wrong).toEqual([]);
    expect(absent).toEqual([]);
    const applications = results.get(PANDOC)?.report?.applications;
    expect(applications?.newlyReceived.naturalPerson).toBe(1259);
    expect(applications?.newlyReceived.total).toBe(1295);
    expect(applications?.totalHandled.naturalPerson).toBe(1139);
    expect(applications?.carriedForward.total).toBe(293);
  });

  it("github-003~m3: 3.其他 after the break read, its blank beside the shifted rows' numbers", () => {
    // The page after the break, under the first page's headers moved by its right edge: a row
    // with a blank (`0 12 _ 0 0 / 276`) is placed only where no number stands before the values,
    // and （七）'s and 四、's first numbers stood there, where 3.其他's label starts.
    const { wrong, absent } = compared(BORDERLESS[0]);
    expect(wrong).toEqual([]);
    expect(absent.filter((path) => path.startsWith("applications.otherReasons."))).toEqual([]);
  });

  it("github-003~m3: the shifted rows the marks leave provable read a column right", () => {
    // Marks among the values (`201 — 0 0 _ 0 206 _`): the rows the identities still settle.
    const { wrong, absent } = compared(BORDERLESS[0]);
    expect(wrong).toEqual([]);
    const rows = [
      "newlyReceived",
      "disclosed",
      "partiallyDisclosed",
      "totalHandled",
      "carriedForward",
    ];
    for (const row of rows)
      expect(absent.filter((path) => path.startsWith(`applications.${row}.`))).toEqual([]);
  });
});

describe("a table without borders the page break cut, painted on both pages and clipped", () => {
  // wkhtmltopdf paints the whole document on every page and clips it: what one page hides below
  // its clip the next shows at its top. Read with those hidden copies, a row the break cut was
  // read on both pages (`36|0|…|36|0|…`); read as shown, each page's part alone, a part with one
  // row before the cut was no table, and table 三 was lost from there on. The pages are now read
  // as one drawing: github-003~m3 (pandoc's page) 0 → 105 cells right, github-004~m3 (landscape)
  // 121 → 191.
  const rows: Record<(typeof BORDERLESS)[number], readonly string[]> = {
    "github-003~m3.pandoc-wk-plain": [
      "withheldStateSecret",
      "unavailableNotHeld",
      "notProcessedExcessive",
    ],
    "github-004~m3.wk-landscape": [
      "unavailableNeedsCreation",
      "otherHandling",
      "totalHandled",
      "carriedForward",
    ],
  };
  it.each(BORDERLESS)("%s: no cell wrong; table 三's rows after the break read", (name) => {
    const { wrong, absent } = compared(name);
    expect(wrong).toEqual([]);
    for (const row of rows[name])
      expect(absent.filter((path) => path.startsWith(`applications.${row}.`))).toEqual([]);
  });

  it("github-004~m3: the totals row read as printed", () => {
    const expected = fixtureJSON<Record<string, string>>(`${BORDERLESS[1]}.expected.json`);
    const cells = cellsOf(results.get(BORDERLESS[1])?.report);
    for (const column of ["naturalPerson", "total"]) {
      const path = `applications.totalHandled.${column}`;
      expect(cells.get(path)).toBe(expected[path]);
    }
  });

  it("github-004~m3, each page read alone: table 四's leading `/` stays a value", async () => {
    // Without the page join, table 三's last rows and table 四 are one body of the stream reader:
    // the `/` of 四's first column stood beside 三's side column (`（五）`), left of the body's
    // first number (四's `2`), and was read as a label's character: 四's columns were read from
    // the rest, its row quoted (15 cells absent). 四's own numbers stand in no column of 三's rows.
    const pages = (await pagesOf(`${BORDERLESS[1]}.pdf`)).map(
      ({ follows: _, mayFollow: __, ...page }) => page,
    );
    const read = cellsOf(readDocument(sourceDocumentOf(pages)).report);
    const expected = fixtureJSON<Record<string, string>>(`${BORDERLESS[1]}.expected.json`);
    const table = Object.keys(expected).filter((path) => path.startsWith("reviewsAndLitigation."));
    expect(table.length).toBe(15);
    for (const path of table) expect(read.get(path)).toBe(expected[path]);
  });

  it("github-003~m3: table 四's narrow `/` before its header read in the one column left", () => {
    // pandoc's page centres each header in its cell and sets the values flush left: the `/` of
    // 行政复议's 其他结果 ends before its header starts, under no header, and table 四's one row
    // was quoted (15 cells absent). The columns either side leave it only 其他结果.
    const { wrong, absent } = compared(BORDERLESS[0]);
    expect(wrong).toEqual([]);
    expect(absent.filter((path) => path.startsWith("reviewsAndLitigation."))).toEqual([]);
    const reviews = results.get(BORDERLESS[0])?.report?.reviewsAndLitigation;
    expect(reviews?.administrativeReview.pending).toBe(0);
    expect(reviews?.litigationWithoutReview.total).toBe(12);
    expect(reviews?.litigationAfterReview.pending).toBe(7);
  });

  it("the page after opens inside the table read across the break: its next table is no part of it", () => {
    // seed-dacaozhuang's table 三 in a narrow column: read with the page before as one, and the
    // part the reader found after it on the next page joined to it as that table's continuation
    // got a column too many (its last five rows quoted, 35 cells lost).
    const { wrong, absent } = compared(INSIDE);
    expect(wrong).toEqual([]);
    expect(absent).toEqual([]);
  });
});

describe("a table without borders whose header the page break cut between two of its lines", () => {
  // Landscape, no borders: table 三's header lines 申请人情况 / 法人或其他组织 / 总计 (over the last
  // column) close page 2, its last header line (自然人 … 其他) and its rows open page 3. No text
  // stands across the break, so the pages were read apart: the header lines closing page 2 were
  // prose, the last column named by no header, and every row quoted (154 cells absent). The lines
  // closing a page are now read with the next page's (edges.ts `mayFollow`, document.ts).
  it("no cell wrong; table 三's columns named by the header lines on the page before", () => {
    const { wrong, absent } = compared(HEADER_CUT);
    expect(wrong).toEqual([]);
    // 三's `3.其他` under （六）, printed `理3.其他` (（六）其他处理's last line beside it), read too.
    expect(absent.filter((path) => path.startsWith("applications."))).toEqual([]);
    const applications = results.get(HEADER_CUT)?.report?.applications;
    expect(applications?.newlyReceived.naturalPerson).toBe(1259);
    expect(applications?.newlyReceived.total).toBe(1295);
    expect(applications?.carriedOver.total).toBe(189);
  });
});

describe("a row ending in a blank in a table without borders", () => {
  // `（一）予以公开` printing `/ 0 0 — 0 0` and 总计 blank: a row a column left of its headers
  // (pandoc's) prints so when its first value is blank, and the identities (zeros and marks) leave
  // both readings. The label runs on over the column where the sub-rows print their labels, where
  // such a row prints its first value: the row stands where it is printed (7 cells absent before).
  it("no cell wrong; table 三 read whole, （一） as printed", () => {
    const { wrong, absent } = compared(BLANK_LAST);
    expect(wrong).toEqual([]);
    expect(absent.filter((path) => path.startsWith("applications."))).toEqual([]);
    const disclosed = results.get(BLANK_LAST)?.report?.applications?.disclosed;
    expect(disclosed?.naturalPerson).toEqual({ mark: "/" });
    expect(disclosed?.socialWelfareOrganization).toEqual({ mark: "—" });
    expect(disclosed?.total).toBeNull();
  });
});
