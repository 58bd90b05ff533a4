/**
 * Table 三's label cells holding a side label's pieces or the last words of the row above: a PDF
 * of a table without lines (LibreOffice's of a Word or web page) sets the lines of a narrow side
 * column (`三、本年度办理结果`, `（五）不予处理`) in one cell with the row label beside them, and
 * the last line of a label wrapped past a page break in the cell of the next row's first line.
 * Before, such rows went unread (their values quoted); the fixture read 145 of its 200 cells.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type GridCell, templates, toJSON } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { expandGrid, mapTable } from "../../src/read/gridmap/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { cellsOf, compareCells } from "../support/cells.js";

/**
 * Table 三 as grids whose columns were inferred (a PDF table without lines), one per page: the
 * header, then each label with its values.
 */
function read(...pages: readonly (readonly (readonly [string, ...(number | "")[]])[])[]) {
  return readAs("2021", ...pages);
}

function readAs(
  version: "2019" | "2021",
  ...pages: readonly (readonly (readonly [string, ...(number | "")[]])[])[]
) {
  const header = ["", ...templates[version].applications.columns.map((column) => column.label)];
  const matrices = pages.map((rows) =>
    expandGrid({
      inferred: true,
      rows: [
        header.map((text): GridCell => ({ text })),
        ...rows.map(([label, ...values]): GridCell[] => [
          { text: label },
          ...values.map((value) => ({ text: String(value) })),
        ]),
      ],
    }),
  );
  return mapTable("applications", matrices, version);
}

const row = (label: string, first: number): [string, ...number[]] => [
  label,
  first,
  0,
  0,
  0,
  0,
  0,
  first,
];

describe("table 三's label cells with a side label's pieces", () => {
  it("reads a row label after an opening piece of a side label", () => {
    const reading = read([
      row("（一）予以公开", 1),
      row("度办理结（二）部分公开（区分处理的，", 2),
      row("1.属于国家秘密", 3),
    ]);
    expect(reading.table?.["partiallyDisclosed"]).toMatchObject({ naturalPerson: 2, total: 2 });
    expect(reading.table?.["withheldStateSecret"]).toMatchObject({ naturalPerson: 3, total: 3 });
  });

  it("reads a row label between an opening and a closing piece", () => {
    const reading = read([row("3.要求提供公开出版物", 1), row("不予处4.无正当理由大量反复理", 4)]);
    expect(reading.table?.["notProcessedExcessive"]).toMatchObject({ naturalPerson: 4, total: 4 });
  });

  it("leaves a cell naming no row after the pieces unread, its values quoted", () => {
    const reading = read([row("（一）予以公开", 1), row("度办理结果", 5)]);
    expect(reading.table?.["partiallyDisclosed"] ?? {}).toEqual({});
    expect(JSON.stringify(reading.drafts)).toContain("5");
  });
});

describe("side labels are the template's own", () => {
  it("takes no piece of 2019's （六）其他处理, a row with values there, for a side label's", () => {
    // 2019: （六）其他处理 is a row of its own. Printed blank and wrapped, its last word before
    // （七）总计's label: the 5 beside them may be either's. Not placed as 总计's.
    const reading = readAs("2019", [
      ["5.要求行政机关确认或重新出具已获取信息", 1, 0, 0, 0, 0, 0, 1],
      ["（六）其他", "", "", "", "", "", "", ""],
      ["处理（七）总计", 5, 0, 0, 0, 0, 0, 5],
    ]);
    expect(reading.table?.["totalHandled"] ?? {}).toEqual({});
  });

  it("takes a piece ending only a row printed later for the side label's (`理3.其他`)", () => {
    // github-003 printed by wkhtmltopdf without lines: （六）其他处理's last line `理` in the cell
    // of 3.其他. `理` also ends 四、结转下年度继续办理, the table's last row: never a line above
    // 3.其他. Before, the row went unread, its seven values quoted.
    const reading = read([
      row("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 1),
      ["理3.其他", 264, 12, 0, 0, 0, 0, 276],
      row("（七）总计", 277),
    ]);
    expect(reading.table?.["otherReasons"]).toEqual({
      naturalPerson: 264,
      commercialEnterprise: 12,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceInstitution: 0,
      otherOrganization: 0,
      total: 276,
    });
  });

  it("takes no piece ending a row printed before for the side label's", () => {
    // `开` ends （三）不予公开 and also （一）予以公开, printed before 1.属于国家秘密 (its last line
    // may stand beside it): the cell names no row for sure.
    const reading = read([["开1.属于国家秘密", 3, 0, 0, 0, 0, 0, 3]]);
    expect(reading.table?.["withheldStateSecret"] ?? {}).toEqual({});
  });
});

describe("a label's last words in the next row's cell, past a page break", () => {
  const tail =
    "再处理其政府信息公开申请2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";

  it("reads the next row when the row they end was read before the break", () => {
    const reading = read([row("1.申请人无正当理由逾", 6)], [row(tail, 7), row("3.其他", 8)]);
    expect(reading.table?.["otherOverdueCorrection"]).toMatchObject({ naturalPerson: 6 });
    expect(reading.table?.["otherOverdueFee"]).toMatchObject({ naturalPerson: 7, total: 7 });
  });

  it("places nothing after the words of a row printed blank, past a break or not", () => {
    // 2. printed blank, its label wrapped on: the 7 beside `…申请3.其他` may be 2.'s (printed at
    // its last line) or 3.'s. Quoted.
    const blank: [string, ...(number | "")[]] = [
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ];
    for (const reading of [
      read(
        [row("1.申请人无正当理由逾", 6), blank],
        [row("再处理其政府信息公开申请3.其他", 7), row("（七）总计", 13)],
      ),
      read([row("1.申请人无正当理由逾", 6), blank, row("再处理其政府信息公开申请3.其他", 7)]),
    ]) {
      expect(reading.table?.["otherReasons"] ?? {}).toEqual({});
      expect(JSON.stringify(reading.drafts)).toContain("7");
    }
  });

  it("places nothing when the row they end was not read: whose values these are is unsure", () => {
    const reading = read([row("3.其他", 8)], [row(tail, 7)]);
    expect(reading.table?.["otherOverdueFee"] ?? {}).toEqual({});
    expect(reading.table?.["otherOverdueCorrection"] ?? {}).toEqual({});
  });
});

describe("a part of the table with no row label at all", () => {
  it("quotes its numbers: nothing is dropped", () => {
    // Page 2 of the table printing values whose labels were lost (a label column cut off).
    const reading = read([row("1.申请人无正当理由逾", 6)], [["", 7, 0, 0, 0, 0, 0, 7]]);
    expect(reading.drafts).toContainEqual(
      expect.objectContaining({
        code: "PARSE_CELL_AMBIGUOUS",
        actual: "7 | 0 | 0 | 0 | 0 | 0 | 7",
      }),
    );
  });
});

describe("LibreOffice's PDF of the seed page without table lines", () => {
  it("reads no number wrong, and the rows whose labels share a cell with a side label", async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL("../fixtures/pdf/seed-libreoffice-borderless.pdf", import.meta.url)),
    );
    const result = await parsePdf(bytes);
    const compared = compareCells(cellsOf(result.report), cellsOf(seedReport));
    expect(compared.wrong).toEqual([]);
    // Every cell (145, then 175 before): the last 25 were 科研机构's column, quoted row by row,
    // while pdf.js's space after `商业企业 ` reached into it (a run of full-width text now ends
    // where its characters do).
    expect(compared.right.length).toBe(200);
    const applications = toJSON(result.report!).applications as Record<string, object>;
    for (const key of ["withheldThirdPartyRights", "notProcessedExcessive", "otherOverdueFee"]) {
      expect(Object.keys(applications[key] ?? {}).length, key).toBeGreaterThanOrEqual(6);
    }
  }, 60_000);
});
