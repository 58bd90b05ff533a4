/**
 * The grid mapper on grids built by hand: the official layouts of both templates, a hybrid table
 * 二 (2019 headers in a 2022 report), short rows, ragged borders, a table split over grids and
 * grids without any section heading. Numbers are placed by the printed labels, never by position.
 */
import { describe, expect, it } from "vitest";
import {
  type Block,
  parseHTML,
  readDocument,
  type SourceDocument,
  toHTML,
  toJSON,
} from "../../src/index.js";
import { classifyGrid, expandGrid, mapTable } from "../../src/read/gridmap/index.js";
import { htmlDocument } from "../../src/read/htmldom.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { APPLICANTS, gridOf, inferred, type Spec } from "../support/grids.js";
import { APPLICATION_COLUMNS } from "../support/oracle.js";

/** A table-三 row's cells by the applicant columns' keys, in APPLICANTS' order (absent: undefined). */
const applicantCells = (values: readonly (number | null | undefined)[]) =>
  Object.fromEntries(
    APPLICATION_COLUMNS.flatMap((key, i) => (values[i] === undefined ? [] : [[key, values[i]]])),
  );
const table = (...rows: readonly (readonly Spec[])[]): Block => ({
  kind: "table",
  grid: gridOf(...rows),
});
const text = (line: string): Block => ({ kind: "text", text: line });
const brief = (findings: readonly { code: string; path: readonly (string | number)[] }[]) =>
  findings.map((f) => `${f.code} ${f.path.join(".")}`);

/** The grids toHTML draws for a report, as the HTML reader finds them. */
function gridsOf(report: typeof seedReport | typeof shanghai2019Report) {
  return htmlDocument(toHTML(report)).blocks.flatMap((block) =>
    block.kind === "table" ? [expandGrid(block.grid)] : [],
  );
}

describe("the mapper on the official layouts", () => {
  it.each([
    ["2021", seedReport],
    ["2019", shanghai2019Report],
  ] as const)(
    "reads every table of the %s template cell for cell, without a finding",
    (_, report) => {
      const matrices = gridsOf(report);
      expect(matrices.map((m) => classifyGrid(m))).toEqual([
        "activeDisclosure",
        "applications",
        "reviewsAndLitigation",
      ]);
      for (const matrix of matrices) {
        const key = classifyGrid(matrix)!;
        const reading = mapTable(key, [matrix], report.template);
        expect(reading.drafts).toEqual([]);
        expect(toJSON({ ...report, [key]: reading.table } as never)[key]).toEqual(
          toJSON(report)[key],
        );
      }
    },
  );

  it("reads a table split over two grids (a page break) under the headers of the first", () => {
    const [, applications] = gridsOf(seedReport);
    const rows = applications!.rows.length;
    const html = toHTML(seedReport);
    const grid = htmlDocument(html).blocks.filter((b) => b.kind === "table")[1]!;
    if (grid.kind !== "table") throw new Error("no grid");
    // Cut after the row of 1.属于国家秘密: the group label （三）不予公开 spans on into the second part.
    const cut = grid.grid.rows.findIndex((row) => row.some((c) => c.text.startsWith("2.其他法律")));
    const first = { rows: grid.grid.rows.slice(0, cut) };
    const second = {
      rows: [
        [{ text: "（三）不予公开", rowSpan: 7 }, ...grid.grid.rows[cut]!],
        ...grid.grid.rows.slice(cut + 1),
      ],
    };
    const reading = mapTable("applications", [expandGrid(first), expandGrid(second)], "2021");
    expect(rows).toBeGreaterThan(cut);
    expect(reading.table).toEqual(toJSON(seedReport)["applications"]);
  });

  // Shanghai 2019 prints many cells blank. Its table 三 cut before 6.属于四类过程性信息, the second
  // part without the group columns spanning down from the first (三、本年度办理结果, （三）不予公开):
  // its rows are two or three cells narrower than the grid before, and each prints its label and
  // then exactly one cell a column, blank or not.
  const continued = (inferred: boolean) => {
    const grid = htmlDocument(toHTML(shanghai2019Report)).blocks.filter(
      (b) => b.kind === "table",
    )[1]!;
    if (grid.kind !== "table") throw new Error("no grid");
    const cut = grid.grid.rows.findIndex((row) => row.some((c) => c.text.startsWith("6.属于四类")));
    const second = { rows: grid.grid.rows.slice(cut), ...(inferred && { inferred: true }) };
    return mapTable(
      "applications",
      [expandGrid({ rows: grid.grid.rows.slice(0, cut) }), expandGrid(second)],
      "2019",
    );
  };

  it("reads a table continued without its group columns, blanks and all, where the cells are printed", () => {
    const reading = continued(false);
    const expected = toJSON(shanghai2019Report)["applications"] as Record<
      string,
      Record<string, unknown>
    >;
    const table = (reading.table ?? {}) as Record<string, Record<string, unknown>>;
    // A row ending in a value (its 总计) is read whole; a row ending blank is quoted (it may be a
    // row one cell short, padded), never read otherwise.
    const read = Object.keys(table).filter((row) => Object.keys(table[row]!).length > 0);
    for (const row of read) expect(table[row]).toEqual(expected[row]);
    // （七）总计 prints 767 | 35 | | | 2 | 1 | 805: blanks between, its total printed.
    expect(read).toEqual(expect.arrayContaining(["totalHandled", "carriedForward"]));
    expect(read).not.toContain("withheldProcessInformation");
    expect(brief(reading.drafts)).toContain(
      "PARSE_CELL_AMBIGUOUS applications.withheldProcessInformation",
    );
  });

  it("quotes a continued row one cell short padded to the grid's width (Word's gridAfter)", () => {
    const grid = htmlDocument(toHTML(shanghai2019Report)).blocks.filter(
      (b) => b.kind === "table",
    )[1]!;
    if (grid.kind !== "table") throw new Error("no grid");
    const cut = grid.grid.rows.findIndex((row) => row.some((c) => c.text.startsWith("（七）总计")));
    // （七）总计 prints 767 35 _ 2 1 _ 805: its blank under 科研机构 dropped, an empty cell after.
    const total = grid.grid.rows[cut]!;
    const blank = total.findIndex((c, i) => i > 0 && c.text.trim() === "");
    const padded = [...total.slice(0, blank), ...total.slice(blank + 1), { text: "" }];
    const second = { rows: [padded, ...grid.grid.rows.slice(cut + 1)] };
    const reading = mapTable(
      "applications",
      [expandGrid({ rows: grid.grid.rows.slice(0, cut) }), expandGrid(second)],
      "2019",
    );
    expect(reading.table?.["totalHandled"]).toEqual({});
    expect(brief(reading.drafts)).toContain("PARSE_CELL_AMBIGUOUS applications.totalHandled");
  });

  it("quotes a continued group's first row one cell short, its label where the values would start", () => {
    // Table 三 cut before （四）无法提供: the second part opens with the group's row, printing the
    // group label, 1.本机关不掌握相关政府信息 and 252 12 _ _ 1 _ _, its blank under 科研机构 dropped.
    // Moved to that short row's right edge, the layout put the values' start on the row's own
    // label, and the group's label alone was taken for the row's: 252 was read under 商业企业.
    const grid = htmlDocument(toHTML(shanghai2019Report)).blocks.filter(
      (b) => b.kind === "table",
    )[1]!;
    if (grid.kind !== "table") throw new Error("no grid");
    const cut = grid.grid.rows.findIndex((row) => row.some((c) => c.text.startsWith("（四）无法")));
    const first = grid.grid.rows[cut]!;
    expect(first.map((c) => c.text.trim())).toEqual([
      "（四）无法提供",
      "1.本机关不掌握相关政府信息",
      "252",
      "12",
      "",
      "",
      "1",
      "",
      "",
    ]);
    const short = [...first.slice(0, 4), ...first.slice(5)];
    const second = { rows: [short, ...grid.grid.rows.slice(cut + 1)] };
    const reading = mapTable(
      "applications",
      [expandGrid({ rows: grid.grid.rows.slice(0, cut) }), expandGrid(second)],
      "2019",
    );
    const expected = toJSON(shanghai2019Report)["applications"] as Record<string, unknown>;
    const table = (reading.table ?? {}) as Record<string, Record<string, unknown>>;
    for (const [row, cells] of Object.entries(table)) {
      for (const [column, value] of Object.entries(cells)) {
        expect(value).toEqual((expected[row] as Record<string, unknown>)[column]);
      }
    }
    expect(table["unavailableNotHeld"]).toEqual({});
    expect(reading.drafts).toContainEqual({
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["applications", "unavailableNotHeld"],
      actual: "252 | 12 |  | 1 |  | ",
    });
  });

  it("quotes those rows' values where the columns were inferred from the values (no cell for a blank)", () => {
    const reading = continued(true);
    const expected = toJSON(shanghai2019Report)["applications"] as Record<string, unknown>;
    const table = (reading.table ?? {}) as Record<string, Record<string, unknown>>;
    // No value placed in another cell; the rows with blanks quoted, not read.
    for (const [row, cells] of Object.entries(table)) {
      for (const [column, value] of Object.entries(cells)) {
        expect(value).toEqual((expected[row] as Record<string, unknown>)[column]);
      }
    }
    expect(brief(reading.drafts)).toContain(
      "PARSE_CELL_AMBIGUOUS applications.withheldProcessInformation",
    );
  });
});

/** The 2022 report whose table 二 is printed partly in the 2019 layout (issue 13). */
const hybrid: SourceDocument = {
  blocks: [
    text("某县某局2022年政府信息公开工作年度报告"),
    text("二、主动公开政府信息情况"),
    table(
      [["第二十条第（一）项", 1, 4]],
      ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
      ["规章", "0", "0", "0"],
      ["行政规范性文件", "3", "3", "12"],
      [["第二十条第（五）项", 1, 4]],
      ["信息内容", ["处理决定数量", 1, 3]],
      ["行政许可", ["117", 1, 3]],
      [["第二十条第（六）项", 1, 4]],
      ["信息内容", ["本年处理决定数量", 1, 3]],
      ["行政处罚", ["5", 1, 3]],
      ["行政强制", ["0", 1, 3]],
      [["第二十条第（八）项", 1, 4]],
      ["信息内容", ["本年收费金额（单位：万元）", 1, 3]],
      ["行政事业性收费", ["0", 1, 3]],
    ),
  ],
};

describe("table 二's header over lines of different heights", () => {
  it("reads headers centred without lines, their lines interleaved, as one header", () => {
    // 上一年项目数量 over three lines, 本年增/减 and 处理决定数量 over two, 信息内容 on the middle one:
    // `上一年` alone on the first line, then `本年增/ 处理决`, then `信息内容 项目数`, `减 定数量`,
    // `量`. The first line was dropped as no part of the header, and 上一年项目数量 not read.
    const reading = mapTable(
      "activeDisclosure",
      [
        inferred(
          [["第二十条第（五）项", 1, 4]],
          ["", "上一年", "", ""],
          ["", "", "本年增/", "处理决"],
          ["信息内容", "项目数", "", ""],
          ["", "", "减", "定数量"],
          ["", "量", "", ""],
          ["行政许可", "", "8", ""],
          ["其他对外管理服务事项", "10", "", "12"],
        ),
      ],
      "2019",
    );
    expect(reading.table?.licensing).toEqual({ previousItems: null, change: 8, decisions: null });
    expect(reading.table?.otherServices).toEqual({
      previousItems: 10,
      change: null,
      decisions: 12,
    });
    expect(brief(reading.drafts).filter((f) => f.startsWith("PARSE_CELL_AMBIGUOUS"))).toEqual([]);
  });

  it.each<[string, readonly Spec[], readonly Spec[]]>([
    ["a unit and a note over two columns", ["", "", "", "单位：件"], ["", "说明", "", ""]],
    // A header's whole words over another column are no piece of a header cut short.
    [
      "whole header words over other columns",
      ["", "本年增/减", "", ""],
      ["", "", "", "上一年项目数量"],
    ],
  ])("leaves out lines of other words above the header: %s", (_, first, second) => {
    const reading = mapTable(
      "activeDisclosure",
      [
        inferred(
          [["第二十条第（五）项", 1, 4]],
          first,
          second,
          ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
          ["行政许可", "7", "8", "9"],
        ),
      ],
      "2019",
    );
    expect(reading.table?.licensing).toEqual({ previousItems: 7, change: 8, decisions: 9 });
  });

  it("still leaves out a unit printed over one header", () => {
    const reading = mapTable(
      "activeDisclosure",
      [
        inferred(
          [["第二十条第（一）项", 1, 4]],
          ["", "", "", "单位：件"],
          ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
          ["规章", "1", "2", "3"],
        ),
      ],
      "2019",
    );
    expect(reading.table?.regulations).toEqual({
      newlyMade: 1,
      newlyPublished: 2,
      totalPublished: 3,
    });
  });
});

describe("a table printed in the other template's layout", () => {
  it("places 处理决定数量 in decisions and quotes the 2019 columns in one TEMPLATE_MIXED", () => {
    const { report, findings } = readDocument(hybrid);
    expect(report?.template).toBe("2021");
    expect(report?.year).toBe(2022);
    const table = report?.activeDisclosure;
    expect(table?.licensing).toEqual({ decisions: 117 });
    expect(table?.punishment).toEqual({ decisions: 5 });
    expect(table?.fees).toEqual({ amount: expect.anything() });
    // Nothing of 本年新制作数量 … is forced into 本年制发件数 …
    expect(table?.regulations).toEqual({});
    expect(table?.normativeDocuments).toEqual({});
    const mixed = findings.filter((f) => f.code === "TEMPLATE_MIXED");
    expect(mixed).toHaveLength(1);
    expect(mixed[0]).toMatchObject({
      path: ["activeDisclosure", "regulations"],
      expected: "2021",
      actual: "2019",
    });
    expect(mixed[0]!.message).toContain("本年新制作数量 3");
    expect(mixed[0]!.message).toContain("对外公开总数量 12");
    // One cause, one finding: the cells the 2019 layout has no column for are not unreadable too.
    expect(brief(findings).filter((f) => f.startsWith("PARSE_CELL_UNREADABLE activeDis"))).toEqual(
      [],
    );
  });

  it("reads the same sub-tables of a 2020 report (2019 template) without a finding", () => {
    const { report, findings } = readDocument({
      blocks: [
        text("某县某局2020年政府信息公开工作年度报告"),
        ...hybrid.blocks.slice(1, 2),
        table(
          [["第二十条第（一）项", 1, 4]],
          ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
          ["规章", "0", "0", "0"],
          ["规范性文件", "3", "3", "12"],
        ),
      ],
    });
    expect(report?.template).toBe("2019");
    expect(report?.activeDisclosure?.normativeDocuments).toEqual({
      newlyMade: 3,
      newlyPublished: 3,
      totalPublished: 12,
    });
    // The sub-tables printed give no finding (the others were not printed at all).
    expect(
      brief(findings).filter((f) => /regulations|normativeDocuments|TEMPLATE_MIXED/.test(f)),
    ).toEqual([]);
  });
});

const applicantHeader = [
  [
    ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3],
    ["申请人情况", 1, 7],
  ],
  [
    ["自然人", 2, 1],
    ["法人或其他组织", 1, 5],
    ["总计", 2, 1],
  ],
  ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
] as const satisfies readonly (readonly Spec[])[];

describe("label lines of rows printed blank, joined to a row with values", () => {
  const seven = ["18", "19", "20", "21", "22", "23", "24"];

  it("quotes a row beside a top row's label after another label's rest", () => {
    // 一、 and （一）、（二） printed blank in a table without lines: their lines joined the row of
    // 二、's values. Its label cell opens with 一、's rest (`公开申请数量`), so that 二、 stands
    // inside it; the values beside （二）部分公开 are 二、's, not （二）'s.
    const reading = mapTable(
      "applications",
      [
        expandGrid(
          gridOf(...applicantHeader, [
            ["公开申请数量二、上年结转政府信息公开申请数量本年", 1, 2],
            "（二）部分公开",
            ...seven,
          ]),
        ),
      ],
      "2021",
    );
    expect(reading.table?.partiallyDisclosed ?? {}).toEqual({});
    expect(reading.drafts).toContainEqual(
      expect.objectContaining({
        code: "PARSE_CELL_AMBIGUOUS",
        actual: "18 | 19 | 20 | 21 | 22 | 23 | 24",
      }),
    );
  });

  it("reads a row whose cell opens with the rest of the label above, read with its values", () => {
    // `1.信访举报投诉类申` with its values, its last character centred on the next line, nearer
    // the next row's: `请2.重复申请`.
    const reading = mapTable(
      "applications",
      [
        expandGrid(
          gridOf(
            ...applicantHeader,
            [["1.信访举报投诉类申", 1, 3], "1", "2", "3", "4", "5", "6", "21"],
            [["请2.重复申请", 1, 3], ...seven],
          ),
        ),
      ],
      "2021",
    );
    expect(reading.table?.notProcessedComplaint).toEqual(applicantCells([1, 2, 3, 4, 5, 6, 21]));
    expect(reading.table?.notProcessedDuplicate).toEqual(
      applicantCells([18, 19, 20, 21, 22, 23, 24]),
    );
  });
});

// The two tables of the rest of the label above (with cells, without lines) print the same rows:
// seven values counted up from `from`, a label spanning the three label columns.
const seven = (from: number) => Array.from({ length: 7 }, (_, i) => String(from + i));
const label = (text: string): Spec => [text, 1, 3];

describe("the rest of the label above opening a row's cell, in one grid: read only when sure", () => {
  const read = (...rows: readonly (readonly Spec[])[]) =>
    mapTable("applications", [expandGrid(gridOf(...applicantHeader, ...rows))], "2021");

  it("not when the registry's next row is skipped: a row between may own the values", () => {
    // 二、 printed blank, its label run into the row of （一）予以公开's values, whose own label
    // was lost; the next row names （二）, not （一）.
    const reading = read(
      [label("一、本年新收政府信息公开申请"), ...seven(1)],
      [label("数量二、上年结转政府信息公开申请数量"), ...seven(15)],
      [label("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), ...seven(22)],
    );
    expect(reading.table?.newlyReceived?.naturalPerson).toBe(1);
    expect(reading.table?.carriedOver ?? {}).toEqual({});
    expect(reading.table?.partiallyDisclosed?.naturalPerson).toBe(22);
  });

  it("not when the row after the label's lines of its own skips the registry's next", () => {
    // As above, 二、's label ending on a line of its own: the row after the values names nothing,
    // the one after that （二）.
    const reading = read(
      [label("一、本年新收政府信息公开申请"), ...seven(1)],
      [label("数量二、上年结转政府"), ...seven(15)],
      [label("信息公开申请数量"), "", "", "", "", "", "", ""],
      [label("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), ...seven(22)],
    );
    expect(reading.table?.carriedOver ?? {}).toEqual({});
    expect(reading.table?.partiallyDisclosed?.naturalPerson).toBe(22);
  });

  it("not when the label after the rest goes on with another's start (`…申请2`)", () => {
    // 1.信访… printed blank; its label and the `2` of `2.重复申请` run into the row of 2.'s values.
    const reading = read(
      [label("3.补正后申请内容仍不明"), ...seven(99)],
      [label("确1.信访举报投诉类申请2"), ...seven(113)],
    );
    expect(reading.table?.unavailableStillUnclear?.naturalPerson).toBe(99);
    expect(reading.table?.notProcessedComplaint ?? {}).toEqual({});
  });

  it("not when another label cell of the row holds words (a bracket of a label cut)", () => {
    // 3.其他 printed blank; the `（` of `（七）总计`, whose values these are, in the cell beside.
    const reading = read(
      [
        label("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申"),
        ...seven(148),
      ],
      ["", "（", "请3.其他", ...seven(162)],
    );
    expect(reading.table?.otherOverdueFee?.naturalPerson).toBe(148);
    expect(reading.table?.otherReasons ?? {}).toEqual({});
  });

  it("not under a row between them: the rest is that row's neighbour's", () => {
    const reading = read(
      [label("1.信访举报投诉类申"), ...seven(106)],
      [label(""), "", "", "", "", "", "", "9"],
      [label("请2.重复申请"), ...seven(113)],
    );
    expect(reading.table?.notProcessedComplaint?.naturalPerson).toBe(106);
    expect(reading.table?.notProcessedDuplicate ?? {}).toEqual({});
  });
});

describe("the rest of the label above opening a row's cell, no lines: read only when sure", () => {
  const read = (...rows: readonly (readonly Spec[])[]) =>
    mapTable("applications", [inferred(...applicantHeader, ...rows)], "2021");

  it("not when the registry's next row is skipped: a row between may own the values", () => {
    // As in a grid with cells (above): 二、 printed blank, its label run into the row of
    // （一）予以公开's values, whose own label was lost; the next row names （二）, not （一）. Put
    // back together, `数量` ended 一、's label and 15… were read as 二、's.
    const reading = read(
      [label("一、本年新收政府信息公开申请"), ...seven(1)],
      [label("数量二、上年结转政府信息公开申请数量"), ...seven(15)],
      [label("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), ...seven(22)],
    );
    expect(reading.table?.newlyReceived?.naturalPerson).toBe(1);
    expect(reading.table?.carriedOver ?? {}).toEqual({});
    expect(reading.table?.partiallyDisclosed?.naturalPerson).toBe(22);
    expect(reading.drafts).toContainEqual(
      expect.objectContaining({
        code: "PARSE_CELL_AMBIGUOUS",
        actual: "15 | 16 | 17 | 18 | 19 | 20 | 21",
      }),
    );
  });

  it("not when the row after the label's lines of its own skips the registry's next", () => {
    const reading = read(
      [label("一、本年新收政府信息公开申请"), ...seven(1)],
      [label("数量二、上年结转政府"), ...seven(15)],
      [label("信息公开申请数量"), "", "", "", "", "", "", ""],
      [label("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), ...seven(22)],
    );
    expect(reading.table?.carriedOver ?? {}).toEqual({});
    expect(reading.drafts).toContainEqual(
      expect.objectContaining({
        code: "PARSE_CELL_AMBIGUOUS",
        actual: "15 | 16 | 17 | 18 | 19 | 20 | 21",
      }),
    );
  });

  it("reads the row when the row printed blank between is named (`（一）予以公开` on its own)", () => {
    const reading = read(
      [label("一、本年新收政府信息公开申请"), ...seven(1)],
      [label("数量二、上年结转政府信息公开申请数量"), ...seven(15)],
      [label("（一）予以公开"), "", "", "", "", "", "", ""],
      [label("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), ...seven(22)],
    );
    expect(reading.table?.carriedOver).toEqual(applicantCells([15, 16, 17, 18, 19, 20, 21]));
    expect(reading.table?.partiallyDisclosed).toEqual(applicantCells([22, 23, 24, 25, 26, 27, 28]));
  });

  it("reads the row when the next row names the registry's next: no row between", () => {
    const reading = read(
      [label("一、本年新收政府信息公开申请"), ...seven(1)],
      [label("数量二、上年结转政府信息公开申请数量"), ...seven(15)],
      [label("（一）予以公开"), ...seven(22)],
    );
    expect(reading.table?.newlyReceived).toEqual(applicantCells([1, 2, 3, 4, 5, 6, 7]));
    expect(reading.table?.carriedOver).toEqual(applicantCells([15, 16, 17, 18, 19, 20, 21]));
    expect(reading.table?.disclosed).toEqual(applicantCells([22, 23, 24, 25, 26, 27, 28]));
  });

  it("not when another label cell of the row prints only punctuation (a bracket of a label cut)", () => {
    // As in a grid with cells (above): 3.其他 printed blank, the `（` of `（七）总计`, whose values
    // these are, beside `请3.其他`. Put back together, 2.'s label leaves `3.其他` naming the row,
    // and 162… were read as 3.其他's; a `（` names no heading, so it may open the row's label.
    const reading = read(
      [
        label("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申"),
        ...seven(148),
      ],
      ["", "（", "请3.其他", ...seven(162)],
    );
    expect(reading.table?.otherOverdueFee?.naturalPerson).toBe(148);
    expect(reading.table?.otherReasons ?? {}).toEqual({});
  });
});

describe("a short row of table 三", () => {
  it("places `3 | 3` only where the identities leave one reading: the second 3 is the 总计", () => {
    const matrix = expandGrid(
      gridOf(...applicantHeader, [["一、本年新收政府信息公开申请数量", 1, 3], "3", "3"]),
    );
    const reading = mapTable("applications", [matrix], "2021");
    expect(reading.table?.["newlyReceived"]).toEqual({ total: 3 });
    const ambiguous = reading.drafts.filter((d) => d.code === "PARSE_CELL_AMBIGUOUS");
    expect(ambiguous).toEqual([
      { code: "PARSE_CELL_AMBIGUOUS", path: ["applications", "newlyReceived"], actual: "3 | 3" },
    ]);
    // One cause, one finding: the row's other cells are not reported again.
    expect(
      reading.drafts.filter(
        (d) => d.code === "PARSE_CELL_UNREADABLE" && d.path[1] === "newlyReceived",
      ),
    ).toEqual([]);
  });

  it("is read whole when the column totals of the other rows leave one reading", () => {
    const matrices = gridsOf(seedReport);
    const grid = htmlDocument(toHTML(seedReport)).blocks.filter((b) => b.kind === "table")[1]!;
    if (grid.kind !== "table") throw new Error("no grid");
    const disclosed = seedReport.applications!.disclosed;
    // The row of （一）予以公开 printed with its zero cells missing: only the non-zero values.
    const rows = grid.grid.rows.map((row) => {
      const at = row.findIndex((c) => c.text === "（一）予以公开");
      if (at === -1) return row;
      return [...row.slice(0, at + 1), ...row.slice(at + 1).filter((c) => c.text !== "0")];
    });
    const printed = Object.values(disclosed).filter((v) => v !== 0);
    expect(printed.length).toBeLessThan(7);
    expect(matrices).toHaveLength(3);
    const reading = mapTable("applications", [expandGrid({ rows })], "2021");
    for (const [column, value] of Object.entries(disclosed)) {
      if (value !== 0) expect(reading.table?.["disclosed"]?.[column]).toBe(value);
    }
    expect(reading.drafts.some((d) => d.code === "PARSE_CELL_AMBIGUOUS")).toBe(false);
  });
});

describe("rows a column left of their headers on a page of such rows only (no lines)", () => {
  // LibreOffice's print of pandoc's .docx (print-hunt sr-lo, seed 2, file 4): table 三 opens at a
  // page's foot with three rows whose label was written a column short, each printing its first
  // value, `－`, between the label and 自然人's header, and its last column (总计) blank. No value
  // stands under 总计 on that page, so its header runs into 其他's over one column. Read as
  // printed, 12 went into 自然人 and 13 into 商业企业: every value in its neighbour's cell.
  const page = (...rows: readonly (readonly Spec[])[]) =>
    inferred(
      ["", "", "", "", "", "", "", "申请人情况", "", ""],
      [
        ["（本列数据的勾稽关系为：第一项加第二项之和，等", 1, 5],
        "",
        "",
        ["法人或其他组织", 1, 2],
        "",
      ],
      [
        "",
        "",
        ["于第三项加第四项之和）", 1, 2],
        "自然人",
        "",
        "科研",
        "社会公",
        "法律服务",
        "总计",
      ],
      ["", "", "", "", "", "商业企业", "", "", "", "其他"],
      ["", "", "", "", "", "", "机构", "益组织", "机构", ""],
      ...rows,
    );

  it("places none of a row's values, and quotes them with the mark", () => {
    const reading = mapTable(
      "applications",
      [
        page(
          ["", "一、本年新收政府信息公开申请数量", "", "－", "12", "13", "14", "15", "16", "17"],
          ["", "二、上年结转政府信息公开申请数量", "", "－", "19", "20", "21", "22", "23", "24"],
          ["三、本年度办理结果", "", "（一）予以公开", "－", "26", "27", "28", "29", "30", "31"],
        ),
      ],
      "2021",
    );
    for (const key of ["newlyReceived", "carriedOver", "disclosed"])
      expect(reading.table?.[key] ?? {}).toEqual({});
    expect(
      reading.drafts.find(
        (d) =>
          d.code === "PARSE_CELL_AMBIGUOUS" && d.path.join(".") === "applications.newlyReceived",
      )?.actual,
    ).toBe("－ | 12 | 13 | 14 | 15 | 16 | 17");
  });

  it("still reads a row printing a value under 总计's own header", () => {
    const reading = mapTable(
      "applications",
      [
        inferred(
          ["", "", "", "", "", "", "", "申请人情况", "", "", ""],
          [
            ["（本列数据的勾稽关系为：第一项加第二项之和，等", 1, 5],
            "",
            "",
            ["法人或其他组织", 1, 2],
            "",
            "",
          ],
          [
            "",
            "",
            ["于第三项加第四项之和）", 1, 2],
            "自然人",
            "",
            "科研",
            "社会公",
            "法律服务",
            "",
            "总计",
          ],
          ["", "", "", "", "", "商业企业", "", "", "", "其他", ""],
          ["", "", "", "", "", "", "机构", "益组织", "机构", "", ""],
          [
            "",
            "一、本年新收政府信息公开申请数量",
            "",
            "－",
            "12",
            "13",
            "14",
            "15",
            "16",
            "17",
            "18",
          ],
        ),
      ],
      "2021",
    );
    expect(reading.table?.["newlyReceived"]).toEqual(applicantCells([12, 13, 14, 15, 16, 17, 18]));
  });
});

describe("a column whose header was lost (cut at the page's edge)", () => {
  it("places the values under the headers printed; the blank cell under no header says nothing", () => {
    // The 总计 header and its values lie beyond the page: the header cell is blank, so are the
    // row's last cells.
    const matrix = expandGrid(
      gridOf(
        [
          ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3],
          ["申请人情况", 1, 7],
        ],
        [
          ["自然人", 2, 1],
          ["法人或其他组织", 1, 5],
          ["", 2, 1],
        ],
        ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
        [["一、本年新收政府信息公开申请数量", 1, 3], "64", "0", "0", "2", "0", "4", ""],
      ),
    );
    const reading = mapTable("applications", [matrix], "2021");
    expect(reading.table?.["newlyReceived"]).toEqual({
      naturalPerson: 64,
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: 2,
      legalServiceInstitution: 0,
      otherOrganization: 4,
    });
    expect(brief(reading.drafts)).not.toContain("PARSE_CELL_AMBIGUOUS applications.newlyReceived");
  });
});

describe("two headers read as one cell (printed without a rule between them)", () => {
  it("places no value under a header naming two columns: the first would take both's values", () => {
    // 上一年项目数量 printed blank in every row: without ruling lines its header and 本年增/减's
    // stand as one piece, over 本年增/减's values. Read as 上一年项目数量 with an annotation, 8 went
    // into previousItems.
    const matrix = expandGrid(
      gridOf(
        [["第二十条第（五）项", 1, 3]],
        ["信息内容", "上一年项目数量 本年增/减", "处理决定数量"],
        ["行政许可", "8", "9"],
      ),
    );
    const row = mapTable("activeDisclosure", [matrix], "2019").table?.["licensing"] as
      | Record<string, unknown>
      | undefined;
    expect(row?.["previousItems"]).toBeUndefined();
    expect(row?.["change"]).toBeUndefined();
    expect(row?.["decisions"]).toBe(9);
  });

  it("still reads a header with an annotation after its label", () => {
    const matrix = expandGrid(
      gridOf(
        [["第二十条第（五）项", 1, 4]],
        ["信息内容", "上一年项目数量（指2019年事项数）", "本年增/减", "处理决定数量"],
        ["行政许可", "8", "1", "9"],
      ),
    );
    const row = mapTable("activeDisclosure", [matrix], "2019").table?.["licensing"];
    expect(row).toMatchObject({ previousItems: 8, change: 1, decisions: 9 });
  });

  it("places no applicant's values under two applicant headers run together", () => {
    const matrix = expandGrid(
      gridOf(
        [
          ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3],
          ["申请人情况", 1, 6],
        ],
        [
          ["自然人", 2, 1],
          ["法人或其他组织", 1, 4],
          ["总计", 2, 1],
        ],
        ["商业企业 科研机构", "社会公益组织", "法律服务机构", "其他"],
        [["一、本年新收政府信息公开申请数量", 1, 3], "64", "3", "2", "0", "4", "73"],
      ),
    );
    const reading = mapTable("applications", [matrix], "2021");
    const row = reading.table?.["newlyReceived"] as Record<string, unknown> | undefined;
    // Read as 商业企业 (an annotation after it), the column took 3; now the row is quoted.
    expect(row?.["commercialEnterprise"]).toBeUndefined();
    expect(row?.["researchInstitution"]).toBeUndefined();
    expect(brief(reading.drafts)).toContain("PARSE_CELL_AMBIGUOUS applications.newlyReceived");
  });
});

describe("table 二's header over many lines", () => {
  // A header printed a character a line in a narrow column, its note with it: the note's
  // characters each a row of the grid under 本年增/减, as many as 40.
  const note = "（指本年度内增加或减少的事项数量，减少的事项数用负值表示，没有变化的事项填写零）";
  it.each([10, 24, 40])(
    "reads the sub-table's rows under a header and %i lines of its note",
    (lines) => {
      const grid = gridOf(
        [["第二十条第（五）项", 1, 4]],
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ...[...note.slice(0, lines)].map((character) => ["", "", character, ""]),
        ["行政许可", "1", "2", "3"],
        ["其他对外管理服务事项", "4", "5", "6"],
      );
      expect(note.length).toBeGreaterThanOrEqual(40);
      const reading = mapTable("activeDisclosure", [expandGrid(grid)], "2019");
      expect(reading.table?.["licensing"]).toEqual({ previousItems: 1, change: 2, decisions: 3 });
      expect(reading.table?.["otherServices"]).toEqual({
        previousItems: 4,
        change: 5,
        decisions: 6,
      });
    },
  );
});

describe("table 二 of a PDF without ruling lines, a sub-table broken by a page break", () => {
  it("quotes the next page's row when the header borrowed names not every column", () => {
    // 上一年项目数量 blank in 行政许可's row above the break: the first part has no column for it,
    // and its header runs into 信息内容. The row after the break prints 10 and 11 under
    // 上一年项目数量 and 本年增/减; fitted to the two columns named, it read 本年增/减 10 and
    // 处理决定数量 11 (printed blank).
    const reading = mapTable(
      "activeDisclosure",
      [
        inferred(
          ["", "第二十条第（五）项", ""],
          ["信息内容 上一年项目数量", "本年增/减", "处理决定数量"],
          ["行政许可", "8", "9"],
        ),
        inferred(["其他对外管理服务事项", "10", "11"]),
      ],
      "2019",
    );
    expect(reading.table?.["licensing"]).toMatchObject({ change: 8, decisions: 9 });
    expect(reading.table?.["otherServices"] ?? {}).toEqual({});
    expect(brief(reading.drafts)).toContain("PARSE_CELL_AMBIGUOUS activeDisclosure.otherServices");
  });
});

describe("table 三 of a PDF without ruling lines, continued after a page break", () => {
  it("quotes a row whose label's last line stands where the layout moved on it puts a value", () => {
    // 其他 blank in every row of the part after the break: the part has no column for it, and the
    // first part's layout, moved onto it at its right edge, starts one column too far left. The
    // label's last line `已获取信息` stands in that column; the row read 商业企业 144 for 145.
    const reading = mapTable(
      "applications",
      [
        inferred(
          ["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
          ["一、本年新收政府信息公开申请数量", "1", "2", "3", "4", "5", "6", "21"],
        ),
        inferred(
          ["4.无正当理由大量反复申请", "", "137", "138", "139", "140", "142", "143"],
          ["5.要求行政机关确认或重新出具", "已获取信息", "144", "145", "146", "147", "149", "150"],
        ),
      ],
      "2021",
    );
    expect(reading.table?.["newlyReceived"]).toMatchObject({ naturalPerson: 1, total: 21 });
    expect(reading.table?.["notProcessedConfirmation"] ?? {}).toEqual({});
    expect(brief(reading.drafts)).toContain(
      "PARSE_CELL_AMBIGUOUS applications.notProcessedConfirmation",
    );
  });
});

describe("table 三 in a grid too narrow for the template, no layout read or borrowed", () => {
  // A page of the table printing values in three columns only (a table without lines has no
  // column where no row prints a value; a ruled one cut short): where each value stands is not
  // printed, and no layout before it says. When another grid of the table is read, each row's
  // numbers are quoted at the row its label names, never dropped.
  const narrow: Spec[][] = [
    ["二、上年结转政府信息公开申请数量", "1", "", "1"],
    ["四、结转下年度继续办理", "0", "0", "0"],
  ];
  const header: Spec[] = ["", ...APPLICANTS];
  const newly: Spec[] = ["一、本年新收政府信息公开申请数量", "1", "2", "3", "4", "5", "6", "21"];
  const quotes = (reading: ReturnType<typeof mapTable>) =>
    reading.drafts.flatMap((d) =>
      d.code === "PARSE_CELL_AMBIGUOUS" ? [`${d.path.join(".")} ${d.actual}`] : [],
    );

  it.each([
    [
      "ruled, after the header's grid",
      [gridOf(header, newly), gridOf(...narrow)].map((grid) => expandGrid(grid)),
    ],
    [
      "without lines, before a grid with its header",
      [inferred(...narrow), inferred(header, newly)],
    ],
  ])("%s: quoted at each row, nothing placed", (_, grids) => {
    const reading = mapTable("applications", grids, "2021");
    expect(reading.table?.["newlyReceived"]).toMatchObject({ naturalPerson: 1, total: 21 });
    expect(quotes(reading)).toEqual([
      "applications.carriedOver 1 |  | 1",
      "applications.carriedForward 0 | 0 | 0",
    ]);
    expect(reading.table?.["carriedOver"]).toEqual({});
    expect(reading.table?.["carriedForward"]).toEqual({});
  });

  it("alone, left to the text reader (no reading), which reads its rows from the text", () => {
    const reading = mapTable("applications", [inferred(...narrow)], "2021");
    expect(reading).toEqual({ drafts: [], truncated: false });
  });
});

describe("table 三's numbers wrapped over lines in a row no label names", () => {
  it("quotes them with the row's other numbers, never drops them", () => {
    // A column too narrow for four digits (Chromium's `word-break: break-all`): `115` over `8`
    // reads as no value, but is printed. The row's label was lost (its words run into the row
    // above), so its numbers are quoted for the table.
    const reading = mapTable(
      "applications",
      [
        inferred(
          ["", ...APPLICANTS],
          ["一、本年新收政府信息公开申请数量", "1", "2", "3", "4", "5", "6", "21"],
          ["", "115\n8", "1159", "1160", "1161", "1162", "11\n63", "11\n64"],
        ),
      ],
      "2021",
    );
    expect(reading.drafts).toContainEqual({
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["applications"],
      actual: "115 8 | 1159 | 1160 | 1161 | 1162 | 11 63 | 11 64",
    });
  });
});

describe("table 三's values a column left, in a row no label names", () => {
  it("quotes the number left of where the values start with the others", () => {
    // github-001 by pandoc → Word → LibreOffice: each row's values a column left of its header,
    // the last column blank; （一）予以公开's label wrapped into the next row (`开（二`), which
    // names no row. Its first value, 99, stands left of where the layout starts the values.
    const reading = mapTable(
      "applications",
      [
        inferred(
          ["", "", "", ["申请人情况", 1, 2], "", "", "", "", ""],
          [["（本列数据的勾稽关", 1, 3], "", ["法人或其他组织", 1, 3], "", "", ""],
          [["系为：第一项加第二", 1, 3], "", "", "", "社会", "法律", "", ""],
          [["项之和，等于第三项", 1, 3], "自然", "商业", "科研", "公益", "服务", "", ""],
          [["加第四项之和）", 1, 2], "", "人", "企业", "机构", "组织", "机构", "其他", "总计"],
          [["一、本年新收政府信息公开申请数量", 1, 2], ..."705 3 0 0 5 0 713".split(" "), ""],
          [["二、上年结转政府信息公开申请数量", 1, 2], ..."36 0 0 0 0 0 36".split(" "), ""],
          ["三、本年度办", "（一）予以公", ..."290 1 0 0 3 0 294".split(" "), ""],
          ["理结果", "开（二", ..."99 0 0 0 2 0 101".split(" "), ""],
        ),
      ],
      "2021",
    );
    expect(reading.drafts).toContainEqual({
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["applications"],
      actual: "99 | 0 | 0 | 0 | 2 | 0 | 101",
    });
  });
});

describe("table 三 of a PDF without ruling lines, its last rows continued as a table of their own", () => {
  it("places no value by columns another row's label stands in", () => {
    // Shanghai 2019's （七）总计 and 四、结转下年度继续办理 after a 续表, printed without lines: the
    // columns are inferred from where values stand, and 四's 56 and 57 (its 总计, the cells between
    // blank) fall in the columns of （七）总计's label. Together the rows "fill" every column, so
    // the moved layout was trusted, and 57 was read under 商业企业.
    const reading = mapTable(
      "applications",
      [
        inferred(
          ["", "", ...APPLICANTS],
          ["一、本年新收政府信息公开申请数量", "", "821", "35", "", "", "2", "1", "859"],
        ),
        inferred(
          ["续表", "", "（七）总计", "767", "35", "2", "1", "805"],
          ["四、结转下年度继续办理", "72", "72", "", "", "", "", ""],
        ),
      ],
      "2019",
    );
    const carried = (reading.table?.["carriedForward"] ?? {}) as Record<string, unknown>;
    expect(carried["commercialEnterprise"]).toBeUndefined();
    expect(Object.values(carried).filter((v) => v !== null)).toEqual([]);
  });
});

describe("table 三 of a PDF without ruling lines, continued at other widths", () => {
  it("quotes a row two of whose numbers stand in one inferred column, the rest maybe a column off", () => {
    // A table continued as a table of its own, its columns narrower (a row with a cell more):
    // its values stand between the first part's columns, so 96 and 97 fall in one column and
    // 95 in 商业企业's. The row read 商业企业 95 and 社会公益组织 98.
    const reading = mapTable(
      "applications",
      [
        inferred(
          ["", "", ...APPLICANTS],
          ["（三）不予公开", "8.属于行政查询事项", "88", "89", "90", "91", "92", "93", "94"],
          [
            "（四）无法提供",
            "1.本机关不掌握相关政府信息",
            "",
            "95",
            "96 97",
            "98",
            "99 100",
            "101",
            "",
          ],
          ["", "2.没有现成信息需要另行制作", "102", "103", "104", "105", "106", "107", "108"],
        ),
      ],
      "2021",
    );
    expect(reading.table?.["withheldAdministrativeQuery"]).toMatchObject({
      naturalPerson: 88,
      total: 94,
    });
    expect(reading.table?.["unavailableNotHeld"] ?? {}).toEqual({});
    expect(reading.drafts).toContainEqual({
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["applications", "unavailableNotHeld"],
      actual: " | 95 | 96 97 | 98 | 99 100 | 101 | ",
    });
    expect(reading.table?.["unavailableNeedsCreation"]).toMatchObject({ naturalPerson: 102 });
  });

  // A number wrapped in its cell (`10` over `16`: Chromium's `word-break: break-all`) stands in
  // its column: the cell is unreadable, the row's others are read; a row quoted for numbers side
  // by side quotes such a cell on one line.
  it("reads a row whose cell holds numbers on lines of their own, that cell unreadable", () => {
    const header = ["", "", ...APPLICANTS];
    const reading = mapTable(
      "applications",
      [
        inferred(
          header,
          ["（三）不予公开", "8.属于行政查询事项", "88", "89", "90", "91", "92", "9\n3", "9\n4"],
          ["（四）无法提供", "1.本机关不掌握相关政府信息", "95", "96 97", "98", "9\n9", "", "", ""],
        ),
      ],
      "2021",
    );
    expect(reading.table?.["withheldAdministrativeQuery"]).toEqual(
      applicantCells([88, 89, 90, 91, 92, undefined, undefined]),
    );
    expect(reading.drafts).toContainEqual({
      code: "PARSE_CELL_UNREADABLE",
      path: ["applications", "withheldAdministrativeQuery", "otherOrganization"],
      actual: "9 3",
    });
    expect(reading.drafts).toContainEqual({
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["applications", "unavailableNotHeld"],
      actual: "95 | 96 97 | 98 | 9 9 |  |  | ",
    });
  });

  it("quotes such a row of table 二 and of table 四 too", () => {
    const active = mapTable(
      "activeDisclosure",
      [
        inferred(
          ["", "第二十条第（一）项", "", ""],
          ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
          ["规章", "1", "2", "3"],
          ["行政规范性文件", "4 5", "6", ""],
        ),
      ],
      "2021",
    );
    expect(active.table?.["regulations"]).toEqual({ issued: 1, repealed: 2, inForce: 3 });
    expect(active.table?.["normativeDocuments"] ?? {}).toEqual({});
    expect(brief(active.drafts)).toContain(
      "PARSE_CELL_AMBIGUOUS activeDisclosure.normativeDocuments",
    );
    const values = ["1", "0", "0", "0", "1", "0", "0", "0", "0 0", "0", "2", "0", "0", "0", "2"];
    const reviews = mapTable(
      "reviewsAndLitigation",
      [expandGrid({ ...gridOf(values), inferred: true })],
      "2021",
    );
    expect(reviews.table?.["administrativeReview"]).toEqual({});
    expect(brief(reviews.drafts)).toEqual(["PARSE_CELL_AMBIGUOUS reviewsAndLitigation"]);
  });
});

describe("table 三's headers in a table printed without ruling lines", () => {
  const newlyReceived = (...rows: readonly (readonly Spec[])[]) => {
    const reading = mapTable("applications", [expandGrid(gridOf(...rows))], "2021");
    return { row: reading.table?.["newlyReceived"], drafts: brief(reading.drafts) };
  };

  it("places nothing under a column whose headers name two (a column blank throughout lost)", () => {
    // 其他 blank in every row: its column left no trace, and its header stands over the 总计
    // column, under 总计. Read as 其他, the column gave the total to otherOrganization.
    const { row, drafts } = newlyReceived(
      ["", "申请人情况", "", "", "", "", "总计"],
      ["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
      ["一、本年新收政府信息公开申请数量", "1", "2", "3", "4", "5", "15"],
    );
    expect(row).toMatchObject({ naturalPerson: 1, legalServiceInstitution: 5 });
    expect(row).not.toHaveProperty("otherOrganization");
    expect(row).not.toHaveProperty("total");
    expect(drafts.join(" ")).toMatch(/applications\.newlyReceived/);
  });

  it("reads two headers run together over two columns by the template's order", () => {
    // 商业 and 科研 printed close on one line, 企业 and 机构 on the next: one header cell over
    // both columns, naming neither; the headers read around them leave each one place.
    const { row } = newlyReceived(
      ["", "自然人", ["商业科研", 1, 2], "社会公益组织", "法律服务机构", "其他", "总计"],
      ["", "", ["企业机构", 1, 2], "", "", "", ""],
      ["一、本年新收政府信息公开申请数量", "1", "2", "3", "4", "5", "6", "21"],
    );
    expect(row).toEqual({
      naturalPerson: 1,
      commercialEnterprise: 2,
      researchInstitution: 3,
      socialWelfareOrganization: 4,
      legalServiceInstitution: 5,
      otherOrganization: 6,
      total: 21,
    });
  });
});

describe("header words broken over lines (a table without ruling lines)", () => {
  // One header row per printed line, as the PDF reader rebuilds a table from text positions: a
  // narrow column's header word is cut over two or three rows.
  // 总计 fits its column on one line: a header read as printed, so the template's order alone does
  // not place the others (a grid with no header read at all is read in that order).
  const broken = [
    ["", "自然", "", "", "社会", "", "", "总计"],
    ["", "人", "商业企", "科研", "公益", "法律服", "其", ""],
    ["", "", "业", "机构", "组织", "务机构", "他", ""],
  ] as const satisfies readonly (readonly Spec[])[];

  it("reads each column's header joined over its rows", () => {
    const matrix = expandGrid(
      gridOf(...broken, ["一、本年新收政府信息公开申请数量", "64", "0", "0", "2", "0", "4", "70"]),
    );
    const reading = mapTable("applications", [matrix], "2021");
    // The other rows are not printed here; this one gives no finding.
    expect(reading.drafts.filter((d) => d.path[1] === "newlyReceived")).toEqual([]);
    expect(reading.table?.["newlyReceived"]).toEqual({
      naturalPerson: 64,
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: 2,
      legalServiceInstitution: 0,
      otherOrganization: 4,
      total: 70,
    });
  });

  it("places the columns it cannot read where the ones it read put them in the template's order", () => {
    // 商业企业 and 科研机构 printed into each other's header cells: neither reads, and the columns
    // read around them leave each one place.
    const matrix = expandGrid(
      gridOf(
        ["", "自然", "", "", "社会", "", "", "总计"],
        ["", "人", "商业企科研", "", "公益", "法律服", "其", ""],
        ["", "", "业", "机构", "组织", "务机构", "他", ""],
        ["一、本年新收政府信息公开申请数量", "64", "1", "3", "2", "0", "4", "74"],
      ),
    );
    expect(mapTable("applications", [matrix], "2021").table?.["newlyReceived"]).toEqual({
      naturalPerson: 64,
      commercialEnterprise: 1,
      researchInstitution: 3,
      socialWelfareOrganization: 2,
      legalServiceInstitution: 0,
      otherOrganization: 4,
      total: 74,
    });
  });

  it("never completes a column whose headers disagree with the template's order", () => {
    // 其他 printed before 法律服务机构: what it read does not stand where the template puts it.
    const matrix = expandGrid(
      gridOf(
        ["", "自然人", "商业企业", "x", "社会公益组织", "其他", "法律服务机构", "总计"],
        ["一、本年新收政府信息公开申请数量", "64", "1", "3", "2", "4", "0", "74"],
      ),
    );
    const reading = mapTable("applications", [matrix], "2021");
    // The column headed `x` is no column of the template: the template's order does not place
    // its 3 (科研机构 would be the fourth column, where 社会公益组织 is printed); the row's
    // values, which no longer fit the headers one to one, are quoted.
    expect(reading.table?.["newlyReceived"]?.researchInstitution).toBeUndefined();
    expect(brief(reading.drafts)).toContain("PARSE_CELL_AMBIGUOUS applications.newlyReceived");
  });
});

describe("table 二 with its captions in a first column spanning each sub-table", () => {
  it("reads each sub-table under its own header row", () => {
    const matrix = expandGrid(
      gridOf(
        [["第二十条第（一）项", 3, 1], "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "1", "0", "5"],
        ["行政规范性文件", "2", "1", "9"],
        [["第二十条第（五）项", 2, 1], "信息内容", ["本年处理决定数量", 1, 3]],
        ["行政许可", ["117", 1, 3]],
        [["第二十条第（六）项", 3, 1], "信息内容", ["本年处理决定数量", 1, 3]],
        ["行政处罚", ["4", 1, 3]],
        ["行政强制", ["/", 1, 3]],
        [["第二十条第（八）项", 2, 1], "信息内容", ["本年收费金额（单位：万元）", 1, 3]],
        ["行政事业性收费", ["1.25", 1, 3]],
      ),
    );
    const reading = mapTable("activeDisclosure", [matrix], "2021");
    expect(reading.drafts).toEqual([]);
    expect(
      toJSON({ ...seedReport, activeDisclosure: reading.table } as never)["activeDisclosure"],
    ).toEqual({
      regulations: { issued: 1, repealed: 0, inForce: 5 },
      normativeDocuments: { issued: 2, repealed: 1, inForce: 9 },
      licensing: { decisions: 117 },
      punishment: { decisions: 4 },
      coercion: { decisions: { mark: "/" } },
      fees: { amount: "1.25" },
    });
  });
});

describe("a group of table 三 whose row labels were lost", () => {
  const withheld = [
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
  ];
  const grid = () => {
    const block = htmlDocument(toHTML(seedReport)).blocks.filter((b) => b.kind === "table")[1]!;
    if (block.kind !== "table") throw new Error("no grid");
    // The labels 1.… 8. printed empty: the values stand under （三）不予公开 alone.
    return block.grid.rows.map((row) =>
      row.map((c) => (withheld.includes(c.text) ? { ...c, text: "" } : c)),
    );
  };

  it("reads its rows in the registry's order when their count leaves no other reading", () => {
    const reading = mapTable("applications", [expandGrid({ rows: grid() })], "2021");
    expect(reading.table).toEqual(toJSON(seedReport)["applications"]);
    expect(reading.drafts.map((d) => `${d.code} ${d.path.join(".")}`)).toEqual([
      "PARSE_ROWS_BY_ORDER applications.withheld",
    ]);
  });

  it("quotes their values when a row is missing, and places none of them", () => {
    const rows = grid();
    const cut = rows.findIndex(
      (row) => row.length > 0 && row[0]!.text === "" && rows.indexOf(row) > 6,
    );
    const reading = mapTable(
      "applications",
      [expandGrid({ rows: [...rows.slice(0, cut), ...rows.slice(cut + 1)] })],
      "2021",
    );
    expect(reading.table?.["withheldStateSecret"]).toEqual({});
    expect(reading.drafts.map((d) => `${d.code} ${d.path.join(".")}`)).toContain(
      "PARSE_CELL_AMBIGUOUS applications.withheld",
    );
    expect(
      reading.drafts.some(
        (d) => d.code === "PARSE_CELL_UNREADABLE" && String(d.path[1]).startsWith("withheld"),
      ),
    ).toBe(false);
  });
});

describe("table 二 printed as one grid per sub-table", () => {
  it("reads the grids together, captions printed as paragraphs between them", () => {
    const { report, findings } = readDocument({
      blocks: [
        text("某县某局2022年政府信息公开工作年度报告"),
        text("二、主动公开政府信息情况"),
        text("第二十条第（一）项"),
        table(
          ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
          ["规章", "0", "0", "0"],
          ["行政规范性文件", "2", "1", "9"],
        ),
        text("第二十条第（五）项"),
        table(["信息内容", "本年处理决定数量"], ["行政许可", "117"]),
        text("第二十条第（六）项"),
        table(["信息内容", "本年处理决定数量"], ["行政处罚", "4"], ["行政强制", "0"]),
        text("第二十条第（八）项"),
        table(["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "0"]),
        text("三、收到和处理政府信息公开申请情况"),
      ],
    });
    expect(toJSON(report!)["activeDisclosure"]).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 2, repealed: 1, inForce: 9 },
      licensing: { decisions: 117 },
      punishment: { decisions: 4 },
      coercion: { decisions: 0 },
      fees: { amount: "0" },
    });
    expect(findings.filter((f) => f.path[0] === "activeDisclosure")).toEqual([]);
  });
});

describe("rows only the other template has", () => {
  it("quotes a single （六）其他处理 row of a 2021 report in TEMPLATE_MIXED, its three rows left to it", () => {
    const matrix = expandGrid(
      gridOf(
        ...applicantHeader,
        [["（六）其他处理", 1, 3], "1", "0", "0", "0", "0", "0", "1"],
        [["四、结转下年度继续办理", 1, 3], "0", "0", "0", "0", "0", "0", "0"],
      ),
    );
    const reading = mapTable("applications", [matrix], "2021");
    const mixed = reading.drafts.filter((d) => d.code === "TEMPLATE_MIXED");
    expect(mixed).toEqual([
      {
        code: "TEMPLATE_MIXED",
        path: ["applications"],
        expected: "2021",
        actual: "2019",
        detail: "（六）其他处理 1 0 0 0 0 0 1",
      },
    ]);
    expect(reading.table?.["carriedForward"]?.["total"]).toBe(0);
    const other = reading.drafts.filter((d) => String(d.path[1]).startsWith("other"));
    expect(other).toEqual([]);
  });

  it("quotes 其他对外管理服务事项 in a 2021 report's table 二", () => {
    const matrix = expandGrid(
      gridOf(
        [["第二十条第（五）项", 1, 2]],
        ["信息内容", "本年处理决定数量"],
        ["行政许可", "117"],
        ["其他对外管理服务事项", "8"],
      ),
    );
    const reading = mapTable("activeDisclosure", [matrix], "2021");
    expect(reading.table?.["licensing"]).toEqual({ decisions: 117 });
    expect(reading.drafts.filter((d) => d.code === "TEMPLATE_MIXED")).toEqual([
      {
        code: "TEMPLATE_MIXED",
        path: ["activeDisclosure", "licensing"],
        expected: "2021",
        actual: "2019",
        detail: "其他对外管理服务事项 8",
      },
    ]);
  });
});

describe("table 四", () => {
  const values = ["1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "2", "0", "0", "0", "2"];

  it("reads a grid of values without a header in the template's order", () => {
    const reading = mapTable("reviewsAndLitigation", [expandGrid(gridOf(values))], "2021");
    expect(reading.drafts).toEqual([]);
    expect(reading.table?.["administrativeReview"]).toMatchObject({ upheld: 1, total: 1 });
    expect(reading.table?.["litigationAfterReview"]).toMatchObject({ upheld: 2, total: 2 });
  });

  it("places nothing of a short row that fits several groups, and quotes it", () => {
    const header = htmlDocument(toHTML(seedReport)).blocks.filter((b) => b.kind === "table")[2]!;
    if (header.kind !== "table") throw new Error("no grid");
    const rows = [...header.grid.rows.slice(0, -1), [{ text: "3" }, { text: "3" }]];
    const reading = mapTable("reviewsAndLitigation", [expandGrid({ rows })], "2021");
    // An outcome and its group's 总计 fit in any of the three groups: nothing is placed.
    expect(reading.table?.["administrativeReview"]).toEqual({});
    expect(reading.table?.["litigationAfterReview"]).toEqual({});
    expect(reading.drafts.map((d) => `${d.code} ${d.path.join(".")}`)).toEqual([
      "PARSE_CELL_AMBIGUOUS reviewsAndLitigation",
    ]);
  });
  it("quotes the data row when values alone stand under it: the rest of wrapped numbers", () => {
    // wkhtmltopdf's print of a real report's table 四 in columns too narrow for its numbers
    // (178 as `17` over `8`, 351 as `5` over `1`, its `3` lost): the first lines were read as the
    // whole values, the rests under them dropped without a word.
    const header = htmlDocument(toHTML(seedReport)).blocks.filter((b) => b.kind === "table")[2]!;
    if (header.kind !== "table") throw new Error("no grid");
    const row = (texts: string[]) => texts.map((text) => ({ text }));
    const rows = [
      ...header.grid.rows.slice(0, -1),
      row(["72", "64", "17", "37", "5", "13", "4", "8", "1", "2", "12", "1", "1", "6", "2"]),
      row(["", "", "8", "", "1", "", "", "", "", "6", "", "", "", "", "0"]),
    ];
    const reading = mapTable("reviewsAndLitigation", [expandGrid({ rows })], "2021");
    expect(reading.table?.["administrativeReview"]).toEqual({});
    expect(brief(reading.drafts)).toEqual(["PARSE_CELL_AMBIGUOUS reviewsAndLitigation"]);
  });
  it("reads the data row when the row under it is no rest: a mark in it, or numbers under blanks", () => {
    // A footer's `3 / 12` under the values, or numbers where the data row printed nothing: a
    // wrapped number's rest is digits, and stands in its own cell under its first digits.
    const header = htmlDocument(toHTML(seedReport)).blocks.filter((b) => b.kind === "table")[2]!;
    if (header.kind !== "table") throw new Error("no grid");
    const row = (texts: string[]) => texts.map((text) => ({ text }));
    const full = [
      "72",
      "64",
      "178",
      "37",
      "351",
      "13",
      "4",
      "8",
      "1",
      "26",
      "12",
      "1",
      "1",
      "6",
      "20",
    ];
    const blanks = [...full.slice(0, 10), "", "", "", "", ""];
    for (const [data, below] of [
      [full, ["", "", "3", "/", "12", "", "", "", "", "", "", "", "", "", ""]],
      [blanks, ["", "", "", "", "", "", "", "", "", "", "", "", "4", "", "5"]],
    ] as const) {
      const rows = [...header.grid.rows.slice(0, -1), row([...data]), row([...below])];
      const reading = mapTable("reviewsAndLitigation", [expandGrid({ rows })], "2021");
      expect(reading.table?.["administrativeReview"]?.["upheld"]).toBe(72);
      expect(brief(reading.drafts)).not.toContain("PARSE_CELL_AMBIGUOUS reviewsAndLitigation");
    }
  });
});

describe("table 四 continued in a grid of its own, a cell too many", () => {
  it("quotes the row when a number stands before the template's columns at the grid's edge", () => {
    // Shanghai 2019's row 5 _ _ 2 7 8 _ _ 1 9 _ _ _ _ _ under the header of the grid before, an
    // empty cell after its 2: taken at the row's edge, the columns left the 5 out and read every
    // value one column on (2 under 其他结果).
    const grids = htmlDocument(toHTML(shanghai2019Report)).blocks.filter((b) => b.kind === "table");
    const whole = grids[2]!;
    if (whole.kind !== "table") throw new Error("no grid");
    const values = whole.grid.rows[whole.grid.rows.length - 1]!;
    expect(values.map((c) => c.text)).toEqual([
      "5",
      "",
      "",
      "2",
      "7",
      "8",
      "",
      "",
      "1",
      "9",
      "",
      "",
      "",
      "",
      "",
    ]);
    const wider = [...values.slice(0, 4), { text: "" }, ...values.slice(4)];
    const reading = mapTable(
      "reviewsAndLitigation",
      [expandGrid({ rows: whole.grid.rows.slice(0, -1) }), expandGrid({ rows: [wider] })],
      "2019",
    );
    expect(reading.table?.["administrativeReview"]).toEqual({});
    expect(reading.table?.["litigationWithoutReview"]).toEqual({});
    expect(reading.drafts).toEqual([
      {
        code: "PARSE_CELL_AMBIGUOUS",
        path: ["reviewsAndLitigation"],
        actual: "5 |  |  | 2 |  | 7 | 8 |  |  | 1 | 9 |  |  |  |  | ",
      },
    ]);
  });
});

describe("table 四 continued in a grid of its own, a number before it (a 序号 column)", () => {
  it("reads the values at the grid's edge when every group's total holds there", () => {
    const grids = htmlDocument(toHTML(shanghai2019Report)).blocks.filter((b) => b.kind === "table");
    const whole = grids[2]!;
    if (whole.kind !== "table") throw new Error("no grid");
    const values = whole.grid.rows[whole.grid.rows.length - 1]!;
    const indexed = [{ text: "1" }, ...values];
    const reading = mapTable(
      "reviewsAndLitigation",
      [expandGrid({ rows: whole.grid.rows.slice(0, -1) }), expandGrid({ rows: [indexed] })],
      "2019",
    );
    expect(reading.drafts).toEqual([]);
    expect(reading.table).toEqual(toJSON(shanghai2019Report)["reviewsAndLitigation"]);
  });
});

describe("table 四 printed without lines (one row per printed line of its header)", () => {
  // Group headers centred over the middle of their columns, outcome words broken over two lines.
  const blank = (n: number) => Array.from({ length: n }, () => "");
  const header = [
    [...blank(2), "行政复议", ...blank(6), ["行政诉讼", 1, 2] as const, ...blank(4)],
    [
      ...blank(6),
      ["未经复议直接起诉", 1, 3] as const,
      ...blank(2),
      ["复议后起诉", 1, 3] as const,
      "",
    ],
    ["结果", "结果", "其他", "尚未", ...blank(11)],
    [...blank(4), "总计", "结果", "结果", "其他", "尚未", "", "结果", "结果", "其他", "尚未", ""],
    ["维持", "纠正", "结果", "审结", ...blank(5), "总计", ...blank(4), "总计"],
    [...blank(5), "维持", "纠正", "结果", "审结", "", "维持", "纠正", "结果", "审结", ""],
  ] as const;
  const values = ["5", "", "", "2", "7", "8", "", "", "1", "9", "", "", "", "", ""];

  it("reads the columns by their own headers, all fifteen in the template's order", () => {
    const reading = mapTable(
      "reviewsAndLitigation",
      [expandGrid(gridOf(...header, values))],
      "2019",
    );
    expect(reading.table?.["administrativeReview"]).toEqual({
      upheld: 5,
      corrected: null,
      otherOutcome: null,
      pending: 2,
      total: 7,
    });
    expect(reading.table?.["litigationWithoutReview"]).toMatchObject({ upheld: 8, total: 9 });
    expect(reading.table?.["litigationAfterReview"]).toMatchObject({ upheld: null, total: null });
  });

  it("still reads a row of marks under the header (no words: not a header row)", () => {
    const marks = values.map(() => "/");
    const reading = mapTable(
      "reviewsAndLitigation",
      [expandGrid(gridOf(...header, marks))],
      "2019",
    );
    expect(reading.table?.["administrativeReview"]?.upheld).toEqual({ mark: "/" });
  });

  it("reads nothing by order when a column's own header names another column", () => {
    const swapped = header.map((row) => [...row]);
    swapped[4]![0] = "纠正";
    swapped[4]![1] = "维持";
    const reading = mapTable(
      "reviewsAndLitigation",
      [expandGrid(gridOf(...swapped, values))],
      "2019",
    );
    expect(reading.table?.["administrativeReview"]?.upheld).toBeUndefined();
    expect(reading.table?.["administrativeReview"]?.corrected).toBeUndefined();
  });
});

describe("table 四 without lines, 行政复议's outcome words on a line of their own", () => {
  // wkhtmltopdf's table without borders (github-001, github-014): the five words under 行政复议
  // print a line above the ten under 行政诉讼, set a little left, 结果维持 over the label column
  // and the first value's; each group's name centred over one column only.
  const blank = (n: number) => Array.from({ length: n }, () => "");
  const outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  const header = (review: readonly Spec[]) => [
    [...blank(3), "行政复议", ...blank(6), "行政诉讼", ...blank(5)],
    [...blank(8), "未经复议直接起诉", ...blank(4), "复议后起诉", ...blank(2)],
    [...review, ...blank(10)],
    [...blank(6), ...outcomes, ...outcomes],
  ];
  const values = ["", ..."27 10 9 15 61 3 0 0 0 3 8 0 1 1 10".split(" ")];

  it("reads every column by its own header, 结果维持 reaching into the label column", () => {
    const review: Spec[] = [["结果维持", 1, 2], ...outcomes.slice(1)];
    const reading = mapTable("reviewsAndLitigation", [inferred(...header(review), values)], "2021");
    expect(reading.drafts).toEqual([]);
    expect(reading.table).toEqual({
      administrativeReview: { upheld: 27, corrected: 10, otherOutcome: 9, pending: 15, total: 61 },
      litigationWithoutReview: { upheld: 3, corrected: 0, otherOutcome: 0, pending: 0, total: 3 },
      litigationAfterReview: { upheld: 8, corrected: 0, otherOutcome: 1, pending: 1, total: 10 },
    });
  });

  it("quotes the values left of the first header read with the others, never drops them", () => {
    // 结果维持 over two value columns: no column of its own, so the five under 行政复议 are not
    // named in order; the first header read is 行政复议's over 其他结果, `27 10` left of it.
    const review: Spec[] = ["", ["结果维持", 1, 2], ...outcomes.slice(2)];
    const reading = mapTable("reviewsAndLitigation", [inferred(...header(review), values)], "2021");
    expect(reading.drafts).toEqual([
      {
        code: "PARSE_CELL_AMBIGUOUS",
        path: ["reviewsAndLitigation"],
        actual: values.slice(1).join(" | "),
      },
    ]);
  });
});

describe("table 二's header printed over three lines (a narrow column without lines)", () => {
  it("reads each column's header words joined, the rows above and below 信息内容 with it", () => {
    const matrix = expandGrid(
      gridOf(
        ["", "上一年项", "", ""],
        ["信息内容", "", "本年增/减", "处理决定数量"],
        ["", "目数量", "", ""],
        ["行政许可", "3", "1", "7"],
      ),
    );
    const reading = mapTable("activeDisclosure", [matrix], "2019");
    expect(reading.table?.["licensing"]).toEqual({ previousItems: 3, change: 1, decisions: 7 });
    expect(brief(reading.drafts).filter((d) => d.includes("licensing"))).toEqual([]);
  });

  it("reads headers wrapped over three lines with 信息内容 on the second and notes holding numbers", () => {
    // A table without lines whose headers carry notes (`上一年项目数量（指2019年事项数）`), each
    // wrapped over three lines. The numbers in the notes made the lines read as no header, and the
    // first line, over cells of the second, was dropped as a unit would be.
    const matrix = expandGrid(
      gridOf(
        ["", "上一年项目", "本年增/减（指2020年", "处理决定数"],
        ["信息内容", "数量（指2019", "增加或减少的事项数，", "量（指2020年"],
        ["", "年事项数）", "减用负值表示，如-8）", "办件量）"],
        ["行政处罚", "90", "0", "22"],
      ),
    );
    const reading = mapTable("activeDisclosure", [matrix], "2019");
    expect(reading.table?.["punishment"]).toEqual({ previousItems: 90, change: 0, decisions: 22 });
    expect(brief(reading.drafts).filter((d) => d.includes("punishment"))).toEqual([]);
  });

  it("leaves out words above a header word of their column (a unit, not a broken header)", () => {
    const matrix = expandGrid(
      gridOf(
        ["", "", "", "单位：件"],
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政许可", "3", "1", "7"],
      ),
    );
    expect(mapTable("activeDisclosure", [matrix], "2019").table?.["licensing"]).toEqual({
      previousItems: 3,
      change: 1,
      decisions: 7,
    });
  });

  it("reads nothing by such rows when a word stands under no header word", () => {
    const matrix = expandGrid(
      gridOf(
        ["信息内容", "", "本年增/减", "处理决定数量"],
        ["", "目数量", "", ""],
        ["行政许可", "3", "1", "7"],
      ),
    );
    const reading = mapTable("activeDisclosure", [matrix], "2019");
    expect(reading.table?.["licensing"]?.previousItems).toBeUndefined();
  });
});

describe("ragged borders", () => {
  it("reads a row whose cells are drawn wider than the headers one value per header", () => {
    // As on a real page: 本年增/减 spans two columns in the header, the first value in the row.
    const matrix = expandGrid(
      gridOf(
        [["第二十条第（五）项", 1, 5]],
        ["信息内容", "上一年项目数量", ["本年增/减", 1, 2], "处理决定数量"],
        ["行政许可", ["7", 1, 2], "-1", "30"],
      ),
    );
    const reading = mapTable("activeDisclosure", [matrix], "2019");
    expect(reading.table?.["licensing"]).toEqual({ previousItems: 7, change: -1, decisions: 30 });
  });
});

describe("tables without their section headings", () => {
  it("are found by their own labels", () => {
    const blocks = htmlDocument(toHTML(seedReport)).blocks.filter(
      (block) => !(block.kind === "text" && /^[一二三四五六]、/.test(block.text)),
    );
    const { report, findings } = readDocument({ blocks });
    for (const key of ["activeDisclosure", "applications", "reviewsAndLitigation"] as const) {
      expect(toJSON(report!)[key]).toEqual(toJSON(seedReport)[key]);
    }
    expect(brief(findings).filter((f) => !f.startsWith("SECTION_MISSING"))).toEqual([]);
    expect(brief(findings)).not.toContain("SECTION_MISSING applications");
  });
});

describe("years", () => {
  it("takes the title's year, not the year of a report quoted in 《…》", () => {
    const { report } = readDocument({
      blocks: [
        text("某县某局2022年政府信息公开工作年度报告"),
        text("一、总体情况"),
        text("对照《某县某局2021年政府信息公开工作年度报告》中的问题，逐项整改。"),
        ...hybrid.blocks.slice(1),
      ],
    });
    expect(report?.year).toBe(2022);
    expect(report?.template).toBe("2021");
  });
});

describe("two labels run into one cell (a table without ruling lines)", () => {
  const header = ["", ...APPLICANTS];

  it("places nothing of a row whose label cell holds two rows' labels, and quotes its values", () => {
    // Row 4. printed blank, its label read as the start of 5.'s: the 5 is 5.'s, not 4.'s.
    const matrix = expandGrid(
      gridOf(header, ["4.保护第三方合法权益5.属于三类内部事务信息", "5", "", "", "", "", "", "5"]),
    );
    const reading = mapTable("applications", [matrix], "2021");
    expect(reading.table?.["withheldThirdPartyRights"]?.naturalPerson).toBeUndefined();
    expect(reading.table?.["withheldInternalAffairs"]?.naturalPerson).toBeUndefined();
    const ambiguous = reading.drafts.filter((d) => d.code === "PARSE_CELL_AMBIGUOUS");
    expect(ambiguous.map((d) => d.path.join("."))).toEqual([
      "applications.withheldThirdPartyRights",
    ]);
    expect(ambiguous[0]?.actual).toBe("5 |  |  |  |  |  | 5");
    // One cause, one finding: the second label's row is left to it.
    expect(brief(reading.drafts).filter((d) => d.includes("withheldInternalAffairs"))).toEqual([]);
  });

  it("quotes a row whose label cell ends in another row's label cut short", () => {
    // `5.要求行政机关确认或重新出具已获取信`, its last character left on a line of its own.
    const matrix = expandGrid(
      gridOf(header, [
        "3.要求提供公开出版物5.要求行政机关确认或重新出具已获取信",
        "7",
        "",
        "",
        "",
        "",
        "",
        "7",
      ]),
    );
    const reading = mapTable("applications", [matrix], "2019");
    expect(reading.table?.["notProcessedPublication"]?.naturalPerson).toBeUndefined();
    expect(brief(reading.drafts)).toContain(
      "PARSE_CELL_AMBIGUOUS applications.notProcessedPublication",
    );
  });

  it("quotes a row whose label cell goes on with another row's label cut short and a third", () => {
    // Print-hunt seed 5, v24: 5. and 1. printed blank, their labels wrapped into 2.'s cell, each
    // cut by the next (`…已获取信息1.申请人无正当理由…其政府信息公2.申请人逾期…`). Matched alone,
    // the cell named 5., which took 1.'s values.
    const matrix = expandGrid(
      gridOf(header, [
        "5.要求行政机关确认或重新出具已获取信息1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政",
        "151",
        "152",
        "153",
        "154",
        "155",
        "156",
        "921",
      ]),
    );
    const reading = mapTable("applications", [matrix], "2021");
    expect(reading.table?.["notProcessedConfirmation"]?.naturalPerson).toBeUndefined();
    expect(reading.table?.["otherOverdueCorrection"]?.naturalPerson).toBeUndefined();
    expect(brief(reading.drafts)).toContain(
      "PARSE_CELL_AMBIGUOUS applications.notProcessedConfirmation",
    );
  });

  it("still reads a label with words after it that open with no other label", () => {
    const matrix = expandGrid(
      gridOf(header, [
        "5.要求行政机关确认或重新出具已获取信息（含1次补正）",
        "1",
        "2",
        "0",
        "0",
        "0",
        "0",
        "3",
      ]),
    );
    const reading = mapTable("applications", [matrix], "2021");
    expect(reading.table?.["notProcessedConfirmation"]?.total).toBe(3);
  });

  it("quotes a row whose label cells name different rows", () => {
    // `（六）其他处理` (a row printed blank) beside `（七）总计`'s values, in a column of its own.
    const matrix = expandGrid(
      gridOf(
        ["", "", ...header.slice(1)],
        ["（六）其他处理", "（七）总计", "767", "35", "", "", "2", "1", "805"],
      ),
    );
    const reading = mapTable("applications", [matrix], "2019");
    expect(reading.table?.["totalHandled"]?.naturalPerson).toBeUndefined();
    expect(reading.table?.["otherHandling"]?.naturalPerson).toBeUndefined();
    const ambiguous = reading.drafts.filter((d) => d.code === "PARSE_CELL_AMBIGUOUS");
    expect(ambiguous.map((d) => [d.path.join("."), d.actual])).toEqual([
      ["applications.totalHandled", "767 | 35 |  |  | 2 | 1 | 805"],
    ]);
  });

  it("still reads a row whose label cells name a group and one of its rows", () => {
    const matrix = expandGrid(
      gridOf(
        ["", "", ...header.slice(1)],
        ["（三）不予公开", "1.属于国家秘密", "14", "0", "0", "0", "0", "0", "14"],
      ),
    );
    expect(mapTable("applications", [matrix], "2019").table?.["withheldStateSecret"]?.total).toBe(
      14,
    );
  });

  it("still reads a label with words after it that name no other row", () => {
    const matrix = expandGrid(
      gridOf(header, ["4.保护第三方合法权益（含个人隐私）", "5", "0", "0", "0", "0", "0", "5"]),
    );
    expect(
      mapTable("applications", [matrix], "2021").table?.["withheldThirdPartyRights"]?.total,
    ).toBe(5);
  });
});

describe("rows of a table without ruling lines that the labels leave unsure", () => {
  const quoted = (reading: ReturnType<typeof mapTable>, path: string) =>
    reading.drafts.find((d) => d.code === "PARSE_CELL_AMBIGUOUS" && d.path.join(".") === path)
      ?.actual;

  it("table 二: a label cell naming another row beside the row's label places nothing", () => {
    // 规章 printed blank, centred over 行政规范性文件's cell: `行政规范性 | 规章文件 | 1 | 2 | 3`.
    const reading = mapTable(
      "activeDisclosure",
      [
        inferred(
          [["信息内容", 1, 2], "本年制发件数", "本年废止件数", "现行有效件数"],
          ["行政规范性", "规章文件", "1", "2", "3"],
        ),
      ],
      "2021",
    );
    expect(reading.table?.["normativeDocuments"] ?? {}).toEqual({});
    expect(reading.table?.["regulations"] ?? {}).toEqual({});
    expect(quoted(reading, "activeDisclosure.normativeDocuments")).toContain("1");
    // The row's own label alone is placed.
    const alone = mapTable(
      "activeDisclosure",
      [
        inferred(
          [["信息内容", 1, 2], "本年制发件数", "本年废止件数", "现行有效件数"],
          ["行政规范性文件", "", "1", "2", "3"],
        ),
      ],
      "2021",
    );
    expect(alone.table?.["normativeDocuments"]).toEqual({ issued: 1, repealed: 2, inForce: 3 });
  });

  const header = ["", ...APPLICANTS];

  it("table 三: label cells holding two numbered labels place nothing", () => {
    // 3.其他 printed blank; the rest of 1.'s label and 2.'s whole label wrapped into its row.
    const matrix = expandGrid(
      gridOf(header, [
        "1.申请人再处理其政府信息公开申请2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
        "158",
        "159",
        "160",
        "161",
        "162",
        "163",
        "164",
      ]),
    );
    const reading = mapTable("applications", [matrix], "2021");
    expect(reading.table?.["otherReasons"] ?? {}).toEqual({});
    expect(quoted(reading, "applications.otherReasons")).toContain("158");
  });

  it("table 三: a grid without headers whose columns were inferred places a row with blanks by no edge", () => {
    // The header went to prose; 上年结转's 28 | 29 stand in a grid of five value columns where the
    // template has seven: at the right edge, 28 would be 科研机构's.
    const rows = [
      ["二、上年结转政府信息公开申请", "", "数量", "28", "", "", "", "29"],
      ["三、本年度办理结果", "", "（一）予以公开", "30", "31", "32", "33", ""],
    ] as const;
    const reading = mapTable("applications", [inferred(...rows)], "2019");
    expect(reading.table?.["carriedOver"]?.researchInstitution).toBeUndefined();
    expect(quoted(reading, "applications.carriedOver")).toContain("28");
    // With its own columns (Word, HTML, ruling lines), the grid's right edge is the table's.
    const ruled = mapTable("applications", [expandGrid(gridOf(...rows))], "2019");
    expect(ruled.table?.["carriedOver"]?.total).toBe(29);
  });
});

describe("a value printed left of a row's label (a table without ruling lines)", () => {
  // Labels one character wide, values at their cells' bottoms: the last line of 3.'s label and
  // its values share a line, and 4.'s first line was read into that row. Whether 66 is 3.'s or
  // 4.'s is not printed.
  const headed = gridOf(
    ["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
    ["一、本年新收政府信息公开申请数量", "4", "1", "1", "0", "0", "0", "6"],
  );
  const page = (first: string) =>
    expandGrid({
      ...gridOf([first, "4.保护第三", "66", "67", "68", "69", "70", "71", "72"]),
      inferred: true,
    });

  it("places nothing of the row and quotes its values", () => {
    const reading = mapTable("applications", [expandGrid(headed), page("定”65")], "2021");
    expect(reading.table?.["withheldThirdPartyRights"] ?? {}).toEqual({});
    const quoted = reading.drafts.find(
      (d) =>
        d.code === "PARSE_CELL_AMBIGUOUS" &&
        d.path.join(".") === "applications.withheldThirdPartyRights",
    );
    expect(quoted?.actual).toContain("67");
  });

  it("reads a group label left of the label as no value", () => {
    const reading = mapTable("applications", [expandGrid(headed), page("（三）不予公开")], "2021");
    expect(reading.table?.["withheldThirdPartyRights"]?.researchInstitution).toBe(68);
  });
});

describe("two header columns naming one cell", () => {
  it("places nothing under either: the first lines of three headers run together over two columns", () => {
    // `自然人商业科研` spans the columns of 自然人 and 商业企业; under it, 18 and a blank.
    const matrix = expandGrid(
      gridOf(
        ["", ["自然人商业科研", 1, 2], "", "", "", "总计"],
        ["", "", "企业机构", "", "", "", ""],
        ["二、上年结转政府信息公开申请数量", "18", "", "", "", "", "18"],
      ),
    );
    const reading = mapTable("applications", [matrix], "2019");
    expect(reading.table?.["carriedOver"]?.naturalPerson).toBeUndefined();
    expect(brief(reading.drafts)).toContain("PARSE_CELL_AMBIGUOUS applications.carriedOver");
  });
});

describe("a layout borrowed from the grid before and moved sideways", () => {
  // A page of table 三 without its header, one column wider (its group label in a column of its
  // own): the values are taken to end at the right edge, as the first grid's did.
  const headed = gridOf(
    ["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
    ["一、本年新收政府信息公开申请数量", "4", "1", "1", "0", "0", "0", "6"],
  );
  const complaint = ["（五）不予处理", "1.信访举报投诉类申请", "3", "", "1", "0", "0", "0", "4"];
  const duplicate = ["", "2.重复申请", "2", "1", "0", "0", "0", "0", "3"];

  it("places nothing of a row with a blank when no row fills the blank's column, and quotes it", () => {
    // Built from where values stand (a PDF table without ruling lines), the page's grid has a
    // column only where one of its rows printed a value: which column the blank is, is a guess.
    const reading = mapTable("applications", [expandGrid(headed), inferred(complaint)], "2021");
    expect(reading.table?.["newlyReceived"]).toBeDefined();
    expect(Object.keys(reading.table?.["notProcessedComplaint"] ?? {})).toEqual([]);
    const quoted = reading.drafts.find(
      (d) =>
        d.code === "PARSE_CELL_AMBIGUOUS" &&
        d.path.join(".") === "applications.notProcessedComplaint",
    );
    expect(quoted?.actual).toMatch(/^3 \| {2}\| 1/);
  });

  it.each([
    ["the grid's rows fill every value column", inferred(complaint, duplicate)],
    // A blank printed as a cell of its own (Word, HTML, ruling lines), the row one cell a column
    // after its label: where each value stands is printed.
    ["the grid's columns are its own", expandGrid(gridOf(complaint))],
  ])("places it when %s", (_, page) => {
    const reading = mapTable("applications", [expandGrid(headed), page], "2021");
    const json = toJSON({ ...seedReport, applications: reading.table } as never) as {
      applications: Record<string, Record<string, unknown>>;
    };
    expect(json.applications["notProcessedComplaint"]).toMatchObject({
      naturalPerson: 3,
      commercialEnterprise: null,
      researchInstitution: 1,
      total: 4,
    });
  });
});

describe("a layout borrowed by a grid as wide as the one before", () => {
  // A page of table 三 without its header, as wide as the page before. When its columns are the
  // table's own (Word, HTML, ruled lines) the earlier page's columns are its columns. When they
  // were inferred from where values stand (a PDF table without lines), the same width proves
  // nothing: a label over two columns and a column no row fills are as wide as one and seven.
  const headed = gridOf(
    ["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
    ["一、本年新收政府信息公开申请数量", "4", "1", "1", "0", "0", "0", "6"],
  );
  const complaint = ["1.信访举报投诉类申请", "3", "", "1", "0", "0", "0", "4"];
  const duplicate = ["2.重复申请", "2", "1", "0", "0", "0", "0", "3"];
  const page = (inferred: boolean, ...rows: (readonly Spec[])[]) =>
    expandGrid({ ...gridOf(...rows), ...(inferred && { inferred: true }) });
  const complaintCells = (reading: ReturnType<typeof mapTable>) =>
    (
      toJSON({ ...seedReport, applications: reading.table } as never) as {
        applications: Record<string, Record<string, unknown>>;
      }
    ).applications["notProcessedComplaint"];

  it("places a row with a blank by the earlier columns when the grid's columns are its own", () => {
    const reading = mapTable("applications", [expandGrid(headed), page(false, complaint)], "2021");
    expect(complaintCells(reading)).toMatchObject({
      naturalPerson: 3,
      commercialEnterprise: null,
      researchInstitution: 1,
      total: 4,
    });
  });

  it("quotes it when the columns were inferred and no row fills the blank's column", () => {
    const reading = mapTable("applications", [expandGrid(headed), page(true, complaint)], "2021");
    expect(Object.keys(reading.table?.["notProcessedComplaint"] ?? {})).toEqual([]);
    expect(
      reading.drafts.find(
        (d) =>
          d.code === "PARSE_CELL_AMBIGUOUS" &&
          d.path.join(".") === "applications.notProcessedComplaint",
      )?.actual,
    ).toMatch(/^3 \| {2}\| 1/);
  });

  it("places it when the inferred grid's rows fill every value column", () => {
    const reading = mapTable(
      "applications",
      [expandGrid(headed), page(true, complaint, duplicate)],
      "2021",
    );
    expect(complaintCells(reading)).toMatchObject({ naturalPerson: 3, total: 4 });
  });

  it("readDocument keeps a grid's inferred columns", () => {
    const blocks: Block[] = [
      text("某某局2022年政府信息公开工作年度报告"),
      text("三、收到和处理政府信息公开申请情况"),
      table(...headed.rows.map((row) => row.map((c) => c.text))),
      { kind: "table", grid: { ...gridOf(complaint), inferred: true } },
    ];
    const read = readDocument({ blocks } satisfies SourceDocument);
    expect(read.report?.template).toBe("2021");
    expect(read.report?.applications?.notProcessedComplaint.naturalPerson).toBeUndefined();
    const ruled = readDocument({ blocks: [...blocks.slice(0, 3), table(complaint)] });
    expect(ruled.report?.applications?.notProcessedComplaint.naturalPerson).toBe(3);
  });
});

describe("a layout borrowed from a grid without lines whose headers name few columns", () => {
  // Table 三 of a pandoc-made Word file printed by LibreOffice (github-004): its header's words
  // run together in a table without lines (`人 企业`, `机构 组织`, `其他 总计`), so the one header
  // read is 法律服务机构's `机构`, over the grid's last but one column. The page after the break
  // has columns only where its values stand, two: moved to its right edge, that header would name
  // 5.属于三类内部事务信息's 5, its 自然人, 法律服务机构's.
  const headed = inferred(
    ["", "", "", "申请人情况", "", "", ""],
    [["（本列数据的勾稽关", 1, 3], "", "法人或其他组织", "", ""],
    [["系为：第一项加第二", 1, 3], "", "社会", "法律", ""],
    [["项之和，等于第三项", 1, 3], "自然 商业", "科研 公益", "服务", ""],
    [["加第四项之和）", 1, 2], "", "人 企业", "机构 组织", "机构", "其他 总计"],
    [["一、本年新收政府信息公开申请数量", 1, 2], "821", "35", "2", "1", "859"],
    [["二、上年结转政府信息公开申请数量", 1, 2], "18", "", "", "", "18"],
  );
  const page = inferred(
    ["5.属于三类内部事务信息", "5", ""],
    ["6.属于四类过程性信息", "3", "1"],
    ["7.属于行政执法案卷", "", ""],
    ["8.属于行", "10", "2"],
  );

  it("places no value of the later grid, and quotes the rows printing one", () => {
    const reading = mapTable("applications", [headed, page], "2021");
    expect(reading.table?.["withheldInternalAffairs"] ?? {}).toEqual({});
    expect(reading.drafts).toContainEqual({
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["applications", "withheldInternalAffairs"],
      actual: "5 | ",
    });
    expect(reading.drafts).toContainEqual({
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["applications", "withheldProcessInformation"],
      actual: "3 | 1",
    });
  });

  it("places no row of a group by order either (its rows' labels lost)", () => {
    const bare = inferred([["（四）无法提供", 3, 1], "5", ""], ["3", "1"], ["10", "2"]);
    const reading = mapTable("applications", [headed, bare], "2021");
    expect(reading.table?.["unavailableNotHeld"] ?? {}).toEqual({});
    expect(reading.drafts).toContainEqual({
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["applications", "unavailable"],
      actual: "5 |  | 3 | 1 | 10 | 2",
    });
  });

  it("takes the end of a quoted row's label opening the next part's row as that label's", () => {
    // `政查询事项` ends 8.属于行政查询事项, quoted above: the row is 1.本机关不掌握相关政府信息.
    const next = inferred(
      ["", "", ...APPLICANTS],
      [
        "（四）无法提供",
        "政查询事项1.本机关不掌握相关政府信息",
        "252",
        "12",
        "0",
        "0",
        "1",
        "0",
        "265",
      ],
    );
    const reading = mapTable("applications", [headed, page, next], "2021");
    expect(reading.table?.["unavailableNotHeld"]).toEqual(
      applicantCells([252, 12, 0, 0, 1, 0, 265]),
    );
  });

  it("places them by headers lost only after the values' first columns (总计's)", () => {
    // wkhtmltopdf's landscape print (github-003~m3): 总计's header lost, the values' last column
    // unnamed; the headers read stand over the values' first columns, and hold after the break.
    const named = inferred(
      ["", "", "", "", "自然人", "商业企", "科研机", "社会公", "法律服", "", ""],
      ["", "", "", "", "", "", "", "", "", "其他", ""],
      ["", "", "", "", "", "业", "构", "益组织", "务机构", "", ""],
      ["一、本年新收政府信息公开申请数量", "", "", "", "", "0", "0", "/", "0", "0", "—"],
      ["二、上年结转政府信息公开申请数量", "", "", "", "170", "15", "", "0", "4", "/", "0"],
    );
    const after = inferred(
      ["（七）总计", "1139", "—", "0", "0", "", "0", "1191"],
      ["四、结转下年度继续办理", "/", "3", "0", "—", "0", "0", ""],
    );
    const reading = mapTable("applications", [named, after], "2021");
    expect(reading.table?.["carriedForward"]).toEqual(
      applicantCells([{ mark: "/" }, 3, 0, { mark: "—" }, 0, 0, undefined] as never),
    );
  });

  it("places the same grid by a header naming every column", () => {
    const named = inferred(
      ["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
      ["一、本年新收政府信息公开申请数量", "4", "1", "1", "0", "0", "0", "6"],
    );
    const full = inferred(["5.属于三类内部事务信息", "5", "1", "0", "0", "0", "0", "6"]);
    const reading = mapTable("applications", [named, full], "2021");
    expect(reading.table?.["withheldInternalAffairs"]).toEqual(
      applicantCells([5, 1, 0, 0, 0, 0, 6]),
    );
  });
});

describe("table 三's values a column left of headers read over a grid without lines", () => {
  // pandoc's HTML → Word writes a row's label cell a column short; LibreOffice prints each value a
  // column left of its header, 总计's column blank, and a table without lines has then no column
  // for 总计 (`其他 总计` run together over the last). github-001's first page of table 三.
  const header = [
    ["", "", "", ["申请人情况", 1, 2], "", "", "", ""],
    [["（本列数据的勾稽关", 1, 3], "", ["法人或其他组织", 1, 3], "", ""],
    [["系为：第一项加第二", 1, 3], "", "", "", "社会", "法律", ""],
    [["项之和，等于第三项", 1, 3], "自然", "商业", "科研", "公益", "服务", ""],
    [["加第四项之和）", 1, 2], "", "人", "企业", "机构", "组织", "机构", "其他 总计"],
  ] as const satisfies readonly (readonly Spec[])[];
  const page = inferred(
    ...header,
    ["一、本年新收政府信息公开申请数量", "", "705", "3", "0", "0", "5", "0", "713"],
    ["二、上年结转政府信息公开申请数量", "", "36", "0", "0", "0", "0", "0", "36"],
  );
  const next = inferred(
    ["（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"],
    ["", "2.其他法律行政法规禁止公开", "3", "0", "", "0", "1", "0", "4"],
  );

  it("reads them in the template's columns where a row's total proves it", () => {
    const reading = mapTable("applications", [page, next], "2021");
    expect(reading.table?.["newlyReceived"]).toEqual(applicantCells([705, 3, 0, 0, 5, 0, 713]));
    expect(reading.table?.["carriedOver"]).toEqual(applicantCells([36, 0, 0, 0, 0, 0, 36]));
    // The page after the break, as wide, by the same columns.
    expect(reading.table?.["withheldStateSecret"]).toEqual(applicantCells([0, 0, 0, 0, 0, 0, 0]));
    expect(reading.table?.["withheldProhibitedByLaw"]).toEqual(
      applicantCells([3, 0, null, 0, 1, 0, 4]),
    );
  });

  it.each([
    ["no row's total is the sum of its parts", ["705", "3", "0", "0", "5", "0", "714"]],
    ["no row adds up two parts other than 0", ["0", "0", "0", "0", "5", "0", "5"]],
  ])("quotes every row when %s", (_, values) => {
    const reading = mapTable(
      "applications",
      [inferred(...header, ["一、本年新收政府信息公开申请数量", "", ...values])],
      "2021",
    );
    expect(reading.table?.["newlyReceived"] ?? {}).toEqual({});
    expect(brief(reading.drafts)).toContain("PARSE_CELL_AMBIGUOUS applications.newlyReceived");
  });
});

describe("a table 二 header borrowed by a later grid", () => {
  // Sub-table （五） of 2019 split by a page break: the header over the first page, the second row
  // on the next page. A PDF table without lines has a column only where a value stands, so a page
  // whose rows print no 本年增/减 is one column narrower, and the header's columns by position
  // would put 处理决定数量's 300 under 本年增/减.
  const headed = gridOf(
    [["第二十条第（五）项", 1, 4]],
    ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["行政许可", "10", "1", "117"],
  );
  const page = (inferred: boolean, ...rows: (readonly Spec[])[]) =>
    expandGrid({ ...gridOf(...rows), ...(inferred && { inferred: true }) });
  const otherServices = (reading: ReturnType<typeof mapTable>) =>
    reading.table?.["otherServices"] ?? {};

  it("places nothing by position when the later grid is narrower, and quotes its values", () => {
    const reading = mapTable(
      "activeDisclosure",
      [expandGrid(headed), page(true, ["其他对外管理服务事项", "12", "300"])],
      "2019",
    );
    expect(otherServices(reading)).toEqual({});
    expect(
      reading.drafts.find(
        (d) =>
          d.code === "PARSE_CELL_AMBIGUOUS" &&
          d.path.join(".") === "activeDisclosure.otherServices",
      )?.actual,
    ).toBe("12 | 300");
    expect(reading.table?.["licensing"]).toEqual({ previousItems: 10, change: 1, decisions: 117 });
  });

  it("quotes a row with a blank when the inferred grid's rows do not fill the header's columns", () => {
    const reading = mapTable(
      "activeDisclosure",
      [expandGrid(headed), page(true, ["其他对外管理服务事项", "12", "", "300"])],
      "2019",
    );
    expect(otherServices(reading)).toEqual({});
  });

  it("places by the header's columns when the grid's columns are its own (Word, HTML, lines)", () => {
    const reading = mapTable(
      "activeDisclosure",
      [expandGrid(headed), page(false, ["其他对外管理服务事项", "12", "", "300"])],
      "2019",
    );
    expect(otherServices(reading)).toEqual({ previousItems: 12, change: null, decisions: 300 });
  });

  it("places by the header's columns in a grid of its own columns, though of another width", () => {
    // A trailing blank cell in another sub-table's row widens the second HTML table by one
    // column and moves none: 规范性文件's values stand under the header's columns.
    const { report } = parseHTML(
      [
        "<p>二、主动公开政府信息情况</p>",
        "<table><tr><td colspan=4>第二十条第（一）项</td></tr>",
        "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>",
        "<tr><td>规章</td><td>1</td><td>2</td><td>3</td></tr></table>",
        "<table><tr><td>规范性文件</td><td>4</td><td>5</td><td>6</td></tr>",
        "<tr><td colspan=4>第二十条第（五）项</td></tr>",
        "<tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr>",
        "<tr><td>行政许可</td><td colspan=3>7</td><td></td></tr></table>",
      ].join(""),
      { template: "2021", year: 2022 },
    );
    expect(report?.activeDisclosure?.normativeDocuments).toEqual({
      issued: 4,
      repealed: 5,
      inForce: 6,
    });
  });

  it("keeps the blanks of a row without a number, whatever the grid", () => {
    const reading = mapTable(
      "activeDisclosure",
      [expandGrid(headed), page(true, ["其他对外管理服务事项", "", "", ""])],
      "2019",
    );
    expect(otherServices(reading)).toEqual({ previousItems: null, change: null, decisions: null });
  });

  it("places by the header's columns when the inferred grid's rows fill them", () => {
    const reading = mapTable(
      "activeDisclosure",
      [
        expandGrid(headed),
        page(true, ["其他对外管理服务事项", "12", "2", "300"], [["第二十条第（六）项", 1, 4]]),
      ],
      "2019",
    );
    expect(otherServices(reading)).toEqual({ previousItems: 12, change: 2, decisions: 300 });
  });
});

describe("a heading and a row's label in one cell", () => {
  // A table without ruling lines whose label columns were not told apart (one label only starts
  // at the second column's place): `三、本年度办理结果 （一）予以公开` is one cell. The heading
  // matched first, and the row was read as the heading's, its values dropped.
  const applicationsTable = (label: string) =>
    expandGrid({
      inferred: true,
      rows: [
        ["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
        ["一、本年新收政府信息公开申请数量", "1", "2", "3", "4", "5", "6", "21"],
        ["二、上年结转政府信息公开申请数量", "0", "1", "0", "0", "0", "0", "1"],
        [label, "1", "3", "0", "0", "0", "0", "4"],
      ].map((row) => row.map((text) => ({ text }))),
    });
  const disclosed = (label: string) => {
    const reading = mapTable("applications", [applicationsTable(label)], "2021");
    return (reading.table as { disclosed?: unknown }).disclosed;
  };

  it.each(["三、本年度办理结果 （一）予以公开", "三、本年度办理结果（一）予以公开"])(
    "names the row after the heading: %s",
    (label) => {
      expect(disclosed(label)).toEqual({
        naturalPerson: 1,
        commercialEnterprise: 3,
        researchInstitution: 0,
        socialWelfareOrganization: 0,
        legalServiceInstitution: 0,
        otherOrganization: 0,
        total: 4,
      });
    },
  );

  it("a heading alone names no row: its values are not placed", () => {
    expect(disclosed("三、本年度办理结果")).toEqual({});
  });
});

/**
 * Table 三 of a 2019 report after a page break, printed without ruling lines in narrow columns
 * (print hunt, seed 29, layout v30): each header word stands a character a line over seven lines
 * (自 / 然 / 人), a line of the caption's note spans the label columns and the column right of
 * them, and that column holds the end of a label wrapped out of its cell (明确). Values 47 and 48
 * are 自然人's and 商业企业's.
 */
describe("a header printed a character a line, over more rows than the official three", () => {
  const blank = (n: number): Spec[] => Array.from({ length: n }, () => "");
  const stacked: Spec[][] = [
    [...blank(5), "自", "商", "科", ...blank(3)],
    [["一项加第二项之和，等于第三", 1, 5], ...blank(3), "社会法律", "", "总"],
    [...blank(5), "然", "业", "研", "", "其", ""],
    ["", ["项加第四项之和）", 1, 3], ...blank(4), "公益服务", "", "计"],
    [...blank(5), "人", "企", "机", "", "他", ""],
    [...blank(8), "组织机构", "", ""],
    [...blank(6), "业", "构", ...blank(3)],
  ];
  const rows: Spec[][] = [
    ["", "", "", "1.信访举报投诉类申请", "明确", "47", "48", ...blank(4)],
    ["", "", "", "2.重复申请", "", "49", "50", ...blank(4)],
    ["", "", "", "3.要求提供公开出版物", ...blank(7)],
  ];
  const values = (reading: ReturnType<typeof mapTable>, row: string) =>
    Object.fromEntries(
      Object.entries(reading.table?.[row] ?? {}).filter(([, value]) => typeof value === "number"),
    );

  it("reads each column's header whole, and places the values under it", () => {
    const reading = mapTable("applications", [inferred(...stacked, ...rows)], "2019");
    expect(values(reading, "notProcessedComplaint")).toEqual({
      naturalPerson: 47,
      commercialEnterprise: 48,
    });
    expect(values(reading, "notProcessedDuplicate")).toEqual({
      naturalPerson: 49,
      commercialEnterprise: 50,
    });
  });

  it("reads a stack of ten rows, the note's lines between the header's characters", () => {
    // Three more lines of the caption's note between 自 and the rest: the stack's first
    // characters stand ten rows above the values, and are read.
    const note = (text: string): Spec[] => [[text, 1, 5], ...blank(6)];
    const taller = [
      stacked[0]!,
      note("（本列数据的勾稽关系"),
      note("为：第一项加第二"),
      note("项之和，等于第三"),
      ...stacked.slice(1),
    ];
    const reading = mapTable("applications", [inferred(...taller, ...rows)], "2019");
    expect(values(reading, "notProcessedComplaint")).toEqual({
      naturalPerson: 47,
      commercialEnterprise: 48,
    });
  });

  it("with the headers' first characters lost, places no value by the template's right edge", () => {
    // Only 其他 and 总计 are read: the note's line over the label columns is no header of the
    // column right of them, which holds a label's end, so the template's columns are not laid
    // over the last seven columns (47 would be 商业企业's).
    const reading = mapTable("applications", [inferred(...stacked.slice(1), ...rows)], "2019");
    expect(values(reading, "notProcessedComplaint")).toEqual({});
    expect(values(reading, "notProcessedDuplicate")).toEqual({});
  });
});

/**
 * A review's print of layout v29 (a 2021 report without ruling lines in narrow columns): 自然人
 * stands a character a line, 商业企业 and 科研机构 are glued into one header cell over both their
 * columns (`商业科研` / `企业机构`), and the 总计 of a row spans a column past the last header, so the
 * grid's last seven columns are not the template's.
 */
describe("headers read at their place in the template's order, the grid wider than them", () => {
  const header: Spec[][] = [
    ["", "自", ["商业科研", 1, 2], "社会", "法律", "其", "总", ""],
    ["", "然", ["企业机构", 1, 2], "公益", "服务", "", "", ""],
    ["", "人", "", "", "组织", "机构", "他", "计", ""],
  ];
  const row = (label: string, values: readonly string[]): Spec[] => [
    label,
    ...values.slice(0, -1),
    [values[values.length - 1]!, 1, 2],
  ];

  it("lays the template's columns from where the headers read stand", () => {
    const reading = mapTable(
      "applications",
      [
        inferred(
          ...header,
          row("一、本年新收政府信息公开申请数量", ["11", "12", "13", "14", "15", "16", "81"]),
          row("二、上年结转政府信息公开申请数量", ["1", "0", "0", "0", "0", "0", "1"]),
          // A row whose 总计 stays in its column, one cell short of the grid: the layout is the
          // grid's own, not moved to each row's right edge.
          ["四、结转下年度继续办理", "2", "0", "0", "0", "0", "0", "2"],
        ),
      ],
      "2021",
    );
    expect(reading.table?.newlyReceived).toEqual(applicantCells([11, 12, 13, 14, 15, 16, 81]));
    expect(reading.table?.carriedOver?.naturalPerson).toBe(1);
    expect(reading.table?.carriedForward).toEqual(applicantCells([2, 0, 0, 0, 0, 0, 2]));
    expect(brief(reading.drafts).filter((f) => f.startsWith("PARSE_CELL_AMBIGUOUS"))).toEqual([]);
  });

  it("lays them where the first value column's own header is glued to the next one's", () => {
    // `自然人商业企业` over the first two value columns: a header of value columns only, each
    // column's place then follows from the order of those read (科研机构 on).
    const glued = mapTable(
      "applications",
      [
        inferred(
          ["", ["自然人商业企业", 1, 2], ...APPLICANTS.slice(2), ""],
          row("一、本年新收政府信息公开申请数量", ["11", "12", "13", "14", "15", "16", "81"]),
        ),
      ],
      "2021",
    );
    expect(glued.table?.newlyReceived?.naturalPerson).toBe(11);
    expect(glued.table?.newlyReceived?.commercialEnterprise).toBe(12);
  });

  it("lays the five organisations' columns under 法人或其他组织 when their own row was lost", () => {
    // 申请人情况, then 自然人 | 法人或其他组织 over five columns | 总计, the row of the five names
    // not printed: each of the five has one place under the header spanning them.
    const reading = mapTable(
      "applications",
      [
        expandGrid(
          gridOf(
            [
              ["项目", 2, 1],
              ["申请人情况", 1, 7],
            ],
            ["自然人", ["法人或其他组织", 1, 5], "总计"],
            ["一、本年新收政府信息公开申请数量", "11", "12", "13", "14", "15", "16", "81"],
          ),
        ),
      ],
      "2021",
    );
    expect(reading.table?.newlyReceived).toEqual(applicantCells([11, 12, 13, 14, 15, 16, 81]));
  });

  it.each(["法人", "个体工商户"])(
    "lays none over a local column (%s) in place of one not printed",
    (local) => {
      // 商业企业 not printed, a local column where it would stand: 法人 is no piece of its names,
      // nor the whole of the spanning header a flattened table prints before them; 个体工商户
      // shares one character (商) with them, not all.
      const reading = mapTable(
        "applications",
        [
          expandGrid(
            gridOf(
              ["", "自然人", local, ...APPLICANTS.slice(2)],
              ["一、本年新收政府信息公开申请数量", "11", "901", "13", "14", "15", "16", "81"],
            ),
          ),
        ],
        "2021",
      );
      expect(reading.table?.newlyReceived?.commercialEnterprise).toBeUndefined();
      expect(brief(reading.drafts)).toContain("PARSE_CELL_AMBIGUOUS applications.newlyReceived");
    },
  );

  it.each(["个体工商户"])(
    "lays none over a column the template does not have (%s), before a header lost",
    (local) => {
      // 自然人's header printed blank, then a local column before 商业企业: laid from the headers
      // read, 自然人 would stand over the local column, whose words are none of its.
      const reading = mapTable(
        "applications",
        [
          expandGrid(
            gridOf(
              ["", "", local, ...APPLICANTS.slice(1), ""],
              [
                "一、本年新收政府信息公开申请数量",
                "43",
                "901",
                "8",
                "15",
                "22",
                "29",
                "36",
                "153",
                "",
              ],
            ),
          ),
        ],
        "2021",
      );
      expect(reading.table?.newlyReceived?.naturalPerson).toBeUndefined();
      expect(reading.table?.newlyReceived?.commercialEnterprise).toBe(8);
      expect(brief(reading.drafts)).toContain("PARSE_CELL_AMBIGUOUS applications.newlyReceived");
    },
  );

  // Each header row below leaves one or two columns unread (`商业科研`, `其他总计`: two headers glued
  // over their two columns), the others read: every column has one place.
  const completes = (header: readonly Spec[]) =>
    mapTable(
      "applications",
      [
        expandGrid(
          gridOf(header, [
            "一、本年新收政府信息公开申请数量",
            "11",
            "12",
            "13",
            "14",
            "15",
            "16",
            "81",
          ]),
        ),
      ],
      "2021",
    ).table?.newlyReceived;

  it.each([
    // A read header with words of its own besides its column's name is not checked for them.
    ["自然人（个人）", ["商业科研", 1, 2], "社会公益组织", "法律服务机构", "其他", "总计"],
    ["自然人", ["商业科研", 1, 2], "社会公益组织", "法律服务机构", "其他组织", "总计（件）"],
    // A flattened table's 申请人情况 before the glued names is no word of theirs.
    ["申请人情况自然人", ["申请人情况商业科研", 1, 2], ...APPLICANTS.slice(3)],
    // The glued pair at the right edge: the unread run reaches 总计.
    [...APPLICANTS.slice(0, 5), ["其他总计", 1, 2]],
  ] as const satisfies readonly (readonly Spec[])[])(
    "lays the columns under %s, %s … where headers are glued or annotated",
    (...header) => {
      expect(completes(["", ...header])).toEqual(applicantCells([11, 12, 13, 14, 15, 16, 81]));
    },
  );

  it("lays none where the headers read stand apart from the template's order", () => {
    // 社会公益组织 one column further right than after 自然人 and two unread columns: no place for
    // the glued header's columns follows from the order, and nothing is placed by it.
    const shifted = header.map((cells) => [...cells.slice(0, 3), "", ...cells.slice(3)]);
    const reading = mapTable(
      "applications",
      [
        inferred(...shifted, [
          "一、本年新收政府信息公开申请数量",
          "11",
          "12",
          "13",
          "9",
          "14",
          "15",
          "16",
          ["81", 1, 2],
        ]),
      ],
      "2021",
    );
    expect(reading.table?.newlyReceived?.commercialEnterprise).not.toBe(12);
    expect(reading.table?.newlyReceived?.researchInstitution).not.toBe(13);
  });
});

describe("values left of the first header read", () => {
  // 自然人's header cell printed blank (lost at the page's edge), so its column is neither read
  // nor completed: its value has no header.
  const grid = (values: readonly string[]) =>
    expandGrid(
      gridOf(["", "", ...APPLICANTS.slice(1)], ["一、本年新收政府信息公开申请数量", ...values]),
    );

  it("are quoted at the row whose cell they may be, the others placed", () => {
    const reading = mapTable(
      "applications",
      [grid(["11", "12", "13", "14", "15", "16", "81"])],
      "2021",
    );
    expect(reading.table?.newlyReceived).toEqual(
      applicantCells([undefined, 12, 13, 14, 15, 16, 81]),
    );
    const row = reading.drafts.filter((draft) => draft.path[1] === "newlyReceived");
    expect(row).toEqual([
      { code: "PARSE_CELL_AMBIGUOUS", path: ["applications", "newlyReceived"], actual: "11" },
    ]);
  });

  it("beside a blank under a header read, make the row's values quoted, none placed", () => {
    // Every header read; the row's values stand a column left of them (a label cell a column
    // short, as pandoc writes it), the first under the label header and the last column blank.
    const short = expandGrid(
      gridOf(
        [["", 1, 2], ...APPLICANTS],
        ["一、本年新收政府信息公开申请数量", "11", "12", "13", "14", "15", "16", "17", ""],
      ),
    );
    const reading = mapTable("applications", [short], "2021");
    expect(reading.table?.newlyReceived ?? {}).toEqual({});
    expect(reading.drafts.filter((draft) => draft.path[1] === "newlyReceived")).toEqual([
      {
        code: "PARSE_CELL_AMBIGUOUS",
        path: ["applications", "newlyReceived"],
        actual: "11 | 12 | 13 | 14 | 15 | 16 | 17 | ",
      },
    ]);
  });

  it.each(["", "/", "—"])(
    "under the label's header (%j), beside a blank last column, make the row's values quoted",
    (first) => {
      // The same row a column left of its headers, its first value (自然人's) printed blank or a
      // mark: no number stands between the label and the first header, but a cell of the row
      // stands under the header cell over the label, which the label's cell stops short of.
      const short = expandGrid(
        gridOf(
          [["", 1, 2], ...APPLICANTS],
          ["一、本年新收政府信息公开申请数量", first, "12", "13", "14", "15", "16", "17", ""],
        ),
      );
      const reading = mapTable("applications", [short], "2021");
      expect(reading.table?.newlyReceived ?? {}).toEqual({});
      expect(reading.drafts.filter((draft) => draft.path[1] === "newlyReceived")).toEqual([
        {
          code: "PARSE_CELL_AMBIGUOUS",
          path: ["applications", "newlyReceived"],
          actual: `${first} | 12 | 13 | 14 | 15 | 16 | 17 | `,
        },
      ]);
    },
  );

  it("under the label's header, beside a total printed, leave the row read as printed", () => {
    // A label's span split into two cells, the second left blank (a table drawn so in Word): the
    // total stands in its own column, so the values stand under their own headers.
    const split = expandGrid(
      gridOf(
        [["", 1, 2], ...APPLICANTS],
        ["一、本年新收政府信息公开申请数量", "", "11", "12", "13", "14", "15", "16", "81"],
      ),
    );
    const reading = mapTable("applications", [split], "2021");
    expect(reading.table?.newlyReceived).toEqual(applicantCells([11, 12, 13, 14, 15, 16, 81]));
    expect(reading.drafts.filter((draft) => draft.path[1] === "newlyReceived")).toEqual([]);
  });

  it("under the label's header, in a row printing nothing, leave the row read blank", () => {
    // Every cell blank: a column off or not, each cell of the row reads blank.
    const empty = expandGrid(
      gridOf(
        [["", 1, 2], ...APPLICANTS],
        ["一、本年新收政府信息公开申请数量", "", "", "", "", "", "", "", ""],
      ),
    );
    const reading = mapTable("applications", [empty], "2021");
    expect(reading.table?.newlyReceived).toEqual(
      Object.fromEntries(APPLICATION_COLUMNS.map((key) => [key, null])),
    );
    expect(reading.drafts.filter((draft) => draft.path[1] === "newlyReceived")).toEqual([]);
  });

  it("beside a blank of the row's own, not in the last column, leave the row read as printed", () => {
    // A 行次 column between the labels and 自然人 (its numbers before every header read) and a
    // cell left blank under 法律服务机构: the last column holds the row's total, so the values
    // stand under their own headers, as printed; only a blank last column is the mark of values
    // a column left of them.
    const numbered = expandGrid(
      gridOf(
        ["", "行次", ...APPLICANTS],
        ["一、本年新收政府信息公开申请数量", "1", "11", "12", "13", "14", "", "16", "81"],
      ),
    );
    const reading = mapTable("applications", [numbered], "2021");
    expect(reading.table?.newlyReceived).toEqual({
      ...applicantCells([11, 12, 13, 14, undefined, 16, 81]),
      legalServiceInstitution: null,
    });
    expect(reading.drafts.filter((draft) => draft.path[1] === "newlyReceived")).toEqual([]);
  });

  it("say nothing of a row read whole", () => {
    // Every header read, and a number in a column of its own before them: no cell of the row is
    // absent, so it may be none of them.
    const whole = expandGrid(
      gridOf(
        ["", "", ...APPLICANTS],
        ["一、本年新收政府信息公开申请数量", "9", "11", "12", "13", "14", "15", "16", "81"],
      ),
    );
    const reading = mapTable("applications", [whole], "2021");
    expect(reading.table?.newlyReceived?.naturalPerson).toBe(11);
    expect(reading.drafts.filter((draft) => draft.path[1] === "newlyReceived")).toEqual([]);
  });
});

describe("a top row's label wrapped into the label cells of another row", () => {
  // Print hunt seed 31, layout v30 (a 2019 report without ruling lines, rows 予以公开 and 部分公开
  // printed blank): the label of 二、上年结转… wrapped together with the rows printed blank, and
  // its values printed on that line. They are 上年结转's, not 部分公开's.
  const header = ["", "", "", ...APPLICANTS];
  const rows = (label: readonly Spec[]) =>
    mapTable(
      "applications",
      [
        inferred(
          header,
          ["一、本年新收政府信息公开申请数量", "", "", ...["1", "2", "3", "4", "5", "6", "21"]],
          label as Spec[],
        ),
      ],
      "2019",
    );
  const numbers = (reading: ReturnType<typeof mapTable>, row: string) =>
    Object.values(reading.table?.[row] ?? {}).filter((value) => typeof value === "number");

  it("places no value where a cell beside the row's own opens another top row's label", () => {
    const reading = rows([
      "二、上年结转政府信息公开申三、本年度办理结果",
      "（二）部分公开（区分处理的，只计这一",
      "请数量（一）予以公开",
      "28",
      "",
      "",
      "",
      "",
      "",
      "29",
    ]);
    expect(numbers(reading, "partiallyDisclosed")).toEqual([]);
    expect(numbers(reading, "newlyReceived")).toEqual([1, 2, 3, 4, 5, 6, 21]);
  });

  it("places no value beside the start of 四、结转下年度继续办理 either", () => {
    // 四's label cut after its first words, on the line of （七）总计: the values may be either's.
    const reading = rows(["四、结转", "", "（七）总计", "7", "", "", "", "", "", "7"]);
    expect(numbers(reading, "totalHandled")).toEqual([]);
    expect(numbers(reading, "carriedForward")).toEqual([]);
  });

  it("reads a row beside the heading's words cut short (三、本年), which name no row", () => {
    const reading = rows([
      "三、本年",
      "",
      "（一）予以公开",
      "25",
      "26",
      "27",
      "28",
      "29",
      "30",
      "165",
    ]);
    expect(numbers(reading, "disclosed")).toEqual([25, 26, 27, 28, 29, 30, 165]);
  });
});

describe("a table without ruling lines: rows the printed lines split", () => {
  const header = ["", ...APPLICANTS];
  const values = (from: number) => Array.from({ length: 7 }, (_, i) => String(from + i));
  const blank = Array.from({ length: 7 }, () => "");

  it("table 三: a label cut short on a row of its own, its rest beside the values below, is one row", () => {
    const reading = mapTable(
      "applications",
      [
        inferred(
          header,
          ["1.信访举报投诉类申请", ...values(1)],
          ["5.要求行政机", ...blank],
          ["关确认或重新出具已获取信息", ...values(8)],
        ),
      ],
      "2021",
    );
    expect(reading.table?.["notProcessedConfirmation"]).toEqual(
      applicantCells([8, 9, 10, 11, 12, 13, 14]),
    );
    expect(brief(reading.drafts).filter((d) => d.startsWith("PARSE_CELL_AMBIGUOUS"))).toEqual([]);
  });

  it("table 三: a label's rest beside its group's label and the values below is that row", () => {
    // Print-hunt va-bottom: a label of three lines set at its cell's foot, its values beside the
    // last, where the group's label (centred in its cell) stands too. Read blank before, the
    // values quoted at the table.
    const reading = mapTable(
      "applications",
      [
        inferred(
          ["", "", ...APPLICANTS],
          ["", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ...values(1)],
          ["", "2.申请人逾期未按收费通知要求缴纳", ...blank],
          ["（六）其他处理", "费用、行政机关不再处理其政府信息公开申请", ...values(8)],
          ["", "3.其他", ...values(15)],
        ),
      ],
      "2021",
    );
    expect(reading.table?.["otherOverdueFee"]).toEqual(applicantCells([8, 9, 10, 11, 12, 13, 14]));
    expect(reading.table?.["otherReasons"]).toEqual(applicantCells([15, 16, 17, 18, 19, 20, 21]));
    expect(brief(reading.drafts).filter((d) => d.startsWith("PARSE_CELL_AMBIGUOUS"))).toEqual([]);
  });

  it("table 三: values beside a group's label under a label cut short are quoted at that row", () => {
    // The label's middle line beside the values, its last on a line below: the line with the
    // values holds no whole rest, and the row above is not known to be printed blank.
    const reading = mapTable(
      "applications",
      [
        inferred(
          ["", "", ...APPLICANTS],
          ["", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ...values(1)],
          ["", "2.申请人逾期未按收费通知要求缴纳", ...blank],
          ["（六）其他处理", "费用、行政机关不再处理其政府信息", ...values(8)],
          ["", "公开申请", ...blank],
          ["", "3.其他", ...values(15)],
        ),
      ],
      "2021",
    );
    expect(reading.table?.["otherOverdueFee"] ?? {}).toEqual({});
    expect(reading.drafts).toContainEqual({
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["applications", "otherOverdueFee"],
      actual: "8 | 9 | 10 | 11 | 12 | 13 | 14",
    });
  });

  it.each([
    ["no label beside them", ""],
    ["another row's words beside them", "（六）其他"],
    ["the label above already whole", "说明"],
  ])("table 三: values below a row printed blank, %s, are not that row's", (_, words) => {
    // A row printed blank and values whose own label was lost (or that name another row) below it.
    const above = words === "说明" ? "5.要求行政机关确认或重新出具已获取信息" : "5.要求行政机";
    const reading = mapTable(
      "applications",
      [
        inferred(
          header,
          ["1.信访举报投诉类申请", ...values(1)],
          [above, ...blank],
          [words, ...values(8)],
        ),
      ],
      "2021",
    );
    const cells = Object.values(reading.table?.["notProcessedConfirmation"] ?? {});
    expect(cells.filter((cell) => typeof cell === "number")).toEqual([]);
  });

  it("table 三: numbers at the end of a label's cell are quoted with the row, its columns not read blank", () => {
    const reading = mapTable(
      "applications",
      [
        inferred(
          header,
          ["1.信访举报投诉类申请", ...values(1)],
          ["2.重复申请8 9", "", "", "10", "11", "12", "13", "14"],
        ),
      ],
      "2021",
    );
    expect(reading.table?.["notProcessedDuplicate"] ?? {}).toEqual({});
    expect(reading.drafts).toContainEqual({
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["applications", "notProcessedDuplicate"],
      actual: "8 | 9 |  |  | 10 | 11 | 12 | 13 | 14",
    });
    // A label without numbers at its end is read as before.
    const plain = mapTable(
      "applications",
      [inferred(header, ["1.信访举报投诉类申请", ...values(1)], ["2.重复申请", ...values(8)])],
      "2021",
    );
    expect(plain.table?.["notProcessedDuplicate"]).toEqual(
      applicantCells([8, 9, 10, 11, 12, 13, 14]),
    );
  });

  it("table 四: a header printed a letter a line is no data row", () => {
    const words = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    // Each column's header a letter or two a line, the lines of neighbouring columns staggered.
    const lines: string[][] = [];
    for (let line = 0; line < 4; line++) {
      lines.push(
        Array.from({ length: 15 }, (_, c) =>
          c % 2 === 0 ? words[c % 5]!.slice(line, line + 1) : "",
        ),
      );
      lines.push(
        Array.from({ length: 15 }, (_, c) =>
          c % 2 === 1 ? words[c % 5]!.slice(line, line + 1) : "",
        ),
      );
    }
    const data = Array.from({ length: 15 }, (_, c) => (c % 2 === 0 ? String(100 + c) : ""));
    const reading = mapTable("reviewsAndLitigation", [inferred(...lines, data)], "2021");
    expect(reading.table?.["administrativeReview"]).toEqual({
      upheld: 100,
      corrected: null,
      otherOutcome: 102,
      pending: null,
      total: 104,
    });
    expect(reading.table?.["litigationAfterReview"]?.total).toBe(114);
  });

  it("table 四: rows of words naming no column are no header: the columns stay at the grid's edge", () => {
    // A serial number in a label column and two blank cells at the row's end: had the words
    // (`甲` …) been taken as the header, the values would end before the edge and the guessed
    // columns slide left, 1 read as 结果维持 (a review's case).
    const values = ["5", "1", "1", "0", "7", "3", "1", "0", "0", "4", "2", "0", "0"];
    const reading = mapTable(
      "reviewsAndLitigation",
      [inferred(["", "", ...Array(15).fill("甲")], ["1", "", ...values, "", ""])],
      "2021",
    );
    for (const row of ["administrativeReview", "litigationWithoutReview", "litigationAfterReview"])
      expect(
        Object.values(reading.table?.[row] ?? {}).filter((v) => typeof v === "number"),
      ).toEqual([]);
  });

  it("table 四: a row of digits in no value under the header is no data row", () => {
    // `（2022年度）` between the header (a letter a line) and the values: read as the data row,
    // its other cells were read blank and the values below unread.
    const words = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    const lines = [0, 1, 2, 3].map((line) =>
      Array.from({ length: 15 }, (_, c) => words[c % 5]!.slice(line, line + 1)),
    );
    const date = Array.from({ length: 15 }, (_, c) => (c === 6 ? "（2022年度）" : ""));
    const data = Array.from({ length: 15 }, (_, c) => String(c + 1));
    const reading = mapTable("reviewsAndLitigation", [inferred(...lines, date, data)], "2021");
    expect(reading.table?.["administrativeReview"]).toEqual({
      upheld: 1,
      corrected: 2,
      otherOutcome: 3,
      pending: 4,
      total: 5,
    });
    expect(reading.table?.["litigationWithoutReview"]?.corrected).toBe(7);
    // Dates without a year's 年 are captions too.
    for (const caption of ["截至12月31日", "统计时间：2022-01-01至2022-12-31", "截至2022.12.31"]) {
      const dated = Array.from({ length: 15 }, (_, c) => (c === 6 ? caption : ""));
      const again = mapTable("reviewsAndLitigation", [inferred(...lines, dated, data)], "2021");
      expect(again.table?.["administrativeReview"]?.upheld).toBe(1);
    }
  });

  it("table 四: a data row printing its values with more than digits is still the data row", () => {
    // Table 四 ruled, its header over three rows, then `row` and a page number under the last
    // column.
    const columns = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    const withPageNumber = (row: readonly string[]) =>
      mapTable(
        "reviewsAndLitigation",
        [
          expandGrid(
            gridOf(
              [
                ["", 3, 1],
                ["行政复议", 2, 5],
                ["行政诉讼", 1, 10],
              ],
              [
                ["未经复议直接起诉", 1, 5],
                ["复议后起诉", 1, 5],
              ],
              [...columns, ...columns, ...columns],
              ["", ...row],
              [...Array(15).fill(""), "3"],
            ),
          ),
        ],
        "2021",
      );
    // `5起` … (a unit the reader does not know): the row of `起` is the data row (its cells
    // unreadable, quoted), the page number no value.
    const counts = ["5", "1", "1", "0", "7", "3", "1", "0", "0", "4", "2", "0", "0", "1", "3"];
    const reading = withPageNumber(counts.map((count) => `${count}起`));
    const cells = Object.values(reading.table ?? {}).flatMap((row) => Object.values(row ?? {}));
    expect(cells.filter((cell) => cell !== undefined)).toEqual([]);
    expect(reading.drafts.map((d) => d.actual).filter(Boolean)).toContain("5起");
    // Marks and counts in words (`共5件`): the marks kept, the counts quoted.
    const marked = withPageNumber([
      "—",
      "—",
      "—",
      "—",
      "共5件",
      "—",
      "—",
      "—",
      "—",
      "共2件",
      "—",
      "—",
      "—",
      "—",
      "—",
    ]);
    expect(marked.table?.["litigationAfterReview"]?.total).toEqual({ mark: "—" });
    // A caption (`2022年度`) over a data row printed blank, a page number below: the page
    // number is no row of values, the caption not skipped for it (it is read as the data row,
    // unreadable, as before).
    const caption = withPageNumber(
      Array.from({ length: 15 }, (_, c) => (c === 7 ? "2022年度" : "")),
    );
    expect(caption.table?.["litigationAfterReview"]?.total).not.toBe(3);
    expect(marked.drafts.map((d) => d.actual)).toContain("共5件");
  });

  it("table 三: a cut label's rest spanning a column more, in a continued grid, places nothing", () => {
    // Six values after the rest: a cell was lost after the page break, which one is not printed.
    const reading = mapTable(
      "applications",
      [
        expandGrid(
          gridOf(header, ["1.信访举报投诉类申请", ...values(1)], ["2.重复申请", ...values(20)]),
        ),
        expandGrid(
          gridOf(
            ["4.无正当理由大量反复申请", ...values(40)],
            ["5.要求行政机", ...blank],
            [["关确认或重新出具已获取信息", 1, 2], "8", "9", "10", "11", "12", "13"],
          ),
        ),
      ],
      "2021",
    );
    expect(reading.table?.["notProcessedConfirmation"] ?? {}).toEqual({});
    expect(reading.drafts).toContainEqual(
      expect.objectContaining({
        code: "PARSE_CELL_AMBIGUOUS",
        path: ["applications", "notProcessedConfirmation"],
      }),
    );
  });

  it("table 三: a value left of the columns on a cut label's row is quoted, not dropped", () => {
    // 自然人's header lost: `99` stands left of the columns read, on the row of the label's
    // first line.
    const lost = ["", "", ...APPLICANTS.slice(1)];
    const reading = mapTable(
      "applications",
      [
        inferred(
          lost,
          ["1.信访举报投诉类申请", ...values(1)],
          ["5.要求行政机", "99", "", "", "", "", "", ""],
          ["关确认或重新出具已获取信息", "", "8", "9", "10", "11", "12", "13"],
        ),
      ],
      "2021",
    );
    expect(
      reading.drafts.some((d) =>
        String(d.actual ?? "")
          .split(" | ")
          .includes("99"),
      ),
    ).toBe(true);
  });

  it("table 三: a row printed blank in a grid with its own cells stays blank, whatever follows", () => {
    // HTML, Word, ruling lines: a blank row is a row of blank cells, the row after it (`小计`)
    // no rest of its label.
    const reading = mapTable(
      "applications",
      [
        expandGrid(
          gridOf(
            header,
            ["1.信访举报投诉类申请", ...values(1)],
            ["2.重复申请", ...blank],
            ["小计", ...values(8)],
            ["3.要求提供公开出版物", ...values(15)],
          ),
        ),
      ],
      "2021",
    );
    expect(reading.table?.["notProcessedDuplicate"]).toEqual(
      applicantCells(Array.from({ length: 7 }, () => null as unknown as number)),
    );
  });

  it("table 三: digits after a label in a grid with its own cells are the label's (a footnote)", () => {
    // HTML, Word and ruled grids print their values in cells: `2.重复申请1` is a label and a
    // footnote's mark, its row read.
    const reading = mapTable(
      "applications",
      [
        expandGrid(
          gridOf(header, ["1.信访举报投诉类申请", ...values(1)], ["2.重复申请1", ...values(8)]),
        ),
      ],
      "2021",
    );
    expect(reading.table?.["notProcessedDuplicate"]).toEqual(
      applicantCells([8, 9, 10, 11, 12, 13, 14]),
    );
  });
});

describe("table 三's rows a column left of their headers, the first value no number", () => {
  // pandoc's HTML → Word writes a spanning label's cell a column short: each value of the row
  // then stands a column left, the first (自然人's) in the label's columns, the last column
  // blank. 00e80eb quotes such rows where a header cell over the label says the label stops
  // short; these are the grids without that header cell.
  const row = (first: string) => [
    "一、本年新收政府信息公开申请数量",
    first,
    "12",
    "13",
    "14",
    "15",
    "16",
    "17",
    "",
  ];
  const newlyReceived = (reading: ReturnType<typeof mapTable>) => ({
    cells: reading.table?.newlyReceived ?? {},
    drafts: reading.drafts.filter((draft) => draft.path[1] === "newlyReceived"),
  });
  const quoted = (actual: string) => ({
    cells: {},
    drafts: [{ code: "PARSE_CELL_AMBIGUOUS", path: ["applications", "newlyReceived"], actual }],
  });

  it.each(["/", "—"])(
    "a mark (%j) left of the first header of a table without lines, beside a blank last column",
    (first) => {
      // The mark stands in an inferred column of the label's, where no header is: the row's
      // values may be a column left of their headers as much as after a number there.
      const grid = inferred(["", "", ...APPLICANTS], row(first));
      expect(newlyReceived(mapTable("applications", [grid], "2021"))).toEqual(
        quoted(`${first} | 12 | 13 | 14 | 15 | 16 | 17 | `),
      );
    },
  );

  it.each(["/", "7"])(
    "a cell (%j) left of the first header, the last headers lost (`其他 总计` in one cell), the last column blank",
    (first) => {
      // pandoc's page made a Word file, printed by LibreOffice without lines: the header's last
      // two words run together in one cell name no column, so the headers stop at 法律服务机构
      // and the row's blank last cell stands under no header. Read under the headers found, the
      // row gave 自然人 12 … 法律服务机构 16, each a column off if the mark is 自然人's.
      const grid = inferred(["", "", ...APPLICANTS.slice(0, 5), "其他 总计", ""], row(first));
      expect(newlyReceived(mapTable("applications", [grid], "2021"))).toEqual(
        quoted(`${first} | 12 | 13 | 14 | 15 | 16 | 17 | `),
      );
    },
  );

  it("a number left of the first header, a column after the last (a table without lines)", () => {
    // A value printed wider than the others' makes a column past the last header (总计's 101
    // over two inferred columns), blank in the other rows: the row's last cell is that column's,
    // not the one under 总计, which the blank under 总计 decides.
    const grid = inferred(
      ["", "", ...APPLICANTS, ""],
      [...row("11"), ""],
      [
        "（四）无法提供",
        "1.本机关不掌握相关政府信息",
        "95",
        "96",
        "97",
        "98",
        "99",
        "100",
        ["101", 1, 2],
      ],
    );
    const reading = mapTable("applications", [grid], "2021");
    expect(newlyReceived(reading)).toEqual(quoted("11 | 12 | 13 | 14 | 15 | 16 | 17 |  | "));
    expect(reading.table?.unavailableNotHeld).toEqual(
      applicantCells([95, 96, 97, 98, 99, 100, 101]),
    );
  });

  it.each(["", "/", "—"])(
    "a cell (%j) before a borrowed layout's values, after a page break, beside a blank last column",
    (first) => {
      // The table goes on after a page break without its header: the layout is the page
      // before's, put at the row's right edge. The row's first cell after its label, blank or a
      // mark, stands where that page had the label's columns.
      const before = expandGrid(
        gridOf(
          [["", 1, 3], ...APPLICANTS],
          [["一、本年新收政府信息公开申请数量", 1, 3], "11", "12", "13", "14", "15", "16", "81"],
        ),
      );
      const after = expandGrid(
        gridOf(
          [["四、结转下年度继续办理", 1, 2], first, "12", "13", "14", "15", "16", "17", ""],
          [["二、上年结转政府信息公开申请数量", 1, 3], "21", "22", "23", "24", "25", "26", "141"],
        ),
      );
      const reading = mapTable("applications", [before, after], "2021");
      expect(reading.table?.carriedForward ?? {}).toEqual({});
      expect(reading.drafts.filter((draft) => draft.path[1] === "carriedForward")).toEqual([
        {
          code: "PARSE_CELL_AMBIGUOUS",
          path: ["applications", "carriedForward"],
          actual: `${first} | 12 | 13 | 14 | 15 | 16 | 17 | `,
        },
      ]);
      expect(reading.table?.carriedOver).toEqual(applicantCells([21, 22, 23, 24, 25, 26, 141]));
    },
  );
});

describe("table 三's rows a column left of their headers in a table without lines, the first value blank", () => {
  // pandoc's HTML → Word writes a spanning label's cell a column short, and a table without lines
  // prints no cell for a blank: a row whose 自然人 is blank then prints its values one column
  // left, under 自然人 … 其他, 总计 blank, and nothing in the print says so. Both readings fit
  // unless the values read one column right give a 总计 smaller than one of its parts: quoted.
  const grid = (...rows: readonly (readonly Spec[])[]) =>
    inferred(["", ...APPLICANTS], ...rows, [
      "二、上年结转政府信息公开申请数量",
      "21",
      "22",
      "23",
      "24",
      "25",
      "26",
      "141",
    ]);
  const newlyReceived = (reading: ReturnType<typeof mapTable>) => ({
    cells: reading.table?.newlyReceived ?? {},
    drafts: reading.drafts
      .filter((draft) => draft.path[1] === "newlyReceived")
      .map((draft) => `${draft.code} ${draft.actual}`),
  });
  const label = "一、本年新收政府信息公开申请数量";

  it.each([
    // 二 keeps its row's total (141), and so does this row either way (70 = 12 + … + 16 read a
    // column right; as printed it has no 总计): the rows' totals rule out neither reading.
    [["12", "13", "14", "15", "16", "70"], "12 | 13 | 14 | 15 | 16 | 70 | "],
    // The zeros a real report prints: 总计 0 = 0 + 0 + 0 + 0 + 0 read a column right as well.
    [["0", "0", "0", "0", "0", "0"], "0 | 0 | 0 | 0 | 0 | 0 | "],
    // Another cell blank: read a column right, the identity decides nothing, proves no reading.
    [["12", "", "14", "15", "16", "70"], "12 |  | 14 | 15 | 16 | 70 | "],
  ])("values whose last is a 总计 of the others (%j): quoted, not placed", (values, actual) => {
    const reading = mapTable("applications", [grid([label, ...values, ""])], "2021");
    expect(newlyReceived(reading)).toEqual({
      cells: {},
      drafts: [`PARSE_CELL_AMBIGUOUS ${actual}`],
    });
    expect(reading.table?.carriedOver).toEqual(applicantCells([21, 22, 23, 24, 25, 26, 141]));
  });

  it.each([
    // Shanghai's 2019 report (（一）予以公开): read a column right, 总计 1 beside 258.
    [
      ["258", "12", "", "", "1", "1"],
      [258, 12, null, null, 1, 1, null],
    ],
    // 总计 0 beside 5.
    [
      ["5", "0", "0", "0", "0", "0"],
      [5, 0, 0, 0, 0, 0, null],
    ],
  ] as const)(
    "values a column right would give a 总计 below a part (%j): read as printed",
    (values, cells) => {
      const reading = mapTable("applications", [grid([label, ...values, ""])], "2021");
      expect(newlyReceived(reading)).toEqual({ cells: applicantCells(cells), drafts: [] });
    },
  );

  // 其他 a number, 总计 blank: read a column right, 17 would be the 总计 of 12 … 16 (自然人 blank).
  const counted = (carriedOver: readonly string[]) =>
    mapTable(
      "applications",
      [
        inferred(
          ["", ...APPLICANTS],
          [label, "12", "13", "14", "15", "16", "17", ""],
          ["二、上年结转政府信息公开申请数量", ...carriedOver],
        ),
      ],
      "2021",
    );

  it("其他 a number, 总计 blank, the table keeping its rows' totals: read as printed (17 is no 总计 of 12 … 16)", () => {
    // 二 prints its sum (21 + … + 26 = 141): the report keeps its rows' totals, and read a column
    // right 一's would break (17 < 12 + 13 + 14 + 15 + 16). Before, quoted (17 is below no part).
    const reading = counted(["21", "22", "23", "24", "25", "26", "141"]);
    expect(newlyReceived(reading)).toEqual({
      cells: applicantCells([12, 13, 14, 15, 16, 17, null]),
      drafts: [],
    });
  });

  it.each([
    // Every value distinct: the report keeps no row's total, 一's breaking proves nothing.
    [["21", "22", "23", "24", "25", "26", "27"]],
    // No other row's total put to the test (a blank beside it leaves 二's sum unknown but one
    // part): nothing shows the report keeps them.
    [["21", "", "", "", "", "", "141"]],
    // A row of zeros holds its total in any report: it shows nothing of the report's sums.
    [["0", "0", "0", "0", "0", "0", "0"]],
  ])("其他 a number, 总计 blank, the table not keeping its rows' totals (二 %j): quoted", (row) => {
    expect(newlyReceived(counted(row))).toEqual({
      cells: {},
      drafts: ["PARSE_CELL_AMBIGUOUS 12 | 13 | 14 | 15 | 16 | 17 | "],
    });
  });

  it("其他 and 总计 blank, no identity reaching a known cell: quoted, not read as printed", () => {
    // `3 _ _ _ _ _ _`: 自然人 3, or 商业企业 3 with 自然人 blank; neither reading has a 总计, and
    // nothing else in the table tells them apart. Before, read as printed.
    const reading = mapTable("applications", [grid([label, "3", "", "", "", "", "", ""])], "2021");
    expect(newlyReceived(reading)).toEqual({
      cells: {},
      drafts: ["PARSE_CELL_AMBIGUOUS 3 |  |  |  |  |  | "],
    });
  });

  it("其他 and 总计 blank, the table's balance ruling out the printed reading: read a column right", () => {
    // 一 + 二 = （七） + 四 in each column: 一's 3 under 自然人 would break it there (3 + 0 ≠ 0 + 0),
    // under 商业企业 it holds (3 + 0 = 3 + 0).
    const reading = mapTable(
      "applications",
      [
        inferred(
          ["", ...APPLICANTS],
          [label, "3", "", "", "", "", "", ""],
          ["二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"],
          ["（七）总计", "0", "3", "0", "0", "0", "0", "3"],
          ["四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0"],
        ),
      ],
      "2021",
    );
    expect(newlyReceived(reading)).toEqual({
      cells: applicantCells([null, 3, null, null, null, null, null]),
      drafts: [],
    });
  });

  describe("Shanghai's 2019 table 三 (rows `3 _ _ _ _ _ _`, 其他 and 总计 blank) without lines", () => {
    // The grid toHTML draws, its columns taken as inferred (a PDF table without lines), with the
    // rows named a column short (the label's span one less, 自然人 dropped, the last cell blank).
    const shanghai = (...short: readonly string[]) => {
      const grid = htmlDocument(toHTML(shanghai2019Report))
        .blocks.flatMap((block) => (block.kind === "table" ? [block.grid] : []))
        .find((one) => classifyGrid(expandGrid(one)) === "applications")!;
      const rows = grid.rows.map((row) => {
        const at = row.findIndex((one) => short.includes(one.text));
        if (at < 0) return row;
        const labelCell = { ...row[at]!, colSpan: (row[at]!.colSpan ?? 1) - 1 };
        return [...row.slice(0, at), labelCell, ...row.slice(at + 2), { text: "" }];
      });
      return mapTable("applications", [expandGrid({ rows, inferred: true })], "2019");
    };

    it("reads every row as printed: the column totals leave no row a column right", () => {
      // One row at a time the others' unknown cells leave room (（二） `3` under 商业企业 keeps
      // its column at most 35); all of them together fill 商业企业's 35 exactly.
      const reading = shanghai();
      expect(reading.table).toEqual(shanghai2019Report.applications);
      expect(reading.drafts).toEqual([]);
    });

    it("（一）予以公开 a column short: quoted, never read as printed (`12 _ _ 1 1 _ _`)", () => {
      // Read as printed, 自然人 12 and 社会公益组织 1 would be wrong. Quoted, its 商业企业 unknown
      // leaves room for （二）'s 3 as well; but （二）'s label cell spans the column where the
      // sub-rows print their labels, where a row a column left prints its first value: （二）
      // reads as printed (quoted before). The others still read.
      const reading = shanghai("（一）予以公开");
      const table = { ...shanghai2019Report.applications, disclosed: {} };
      expect(reading.table).toEqual(table);
      expect(reading.drafts).toEqual([
        {
          code: "PARSE_CELL_AMBIGUOUS",
          path: ["applications", "disclosed"],
          actual: "12 |  |  | 1 | 1 |  | ",
        },
      ]);
    });
  });

  it("a row whose label spans no columns (under a group): read as printed", () => {
    // The official layout gives 1.本机关不掌握相关政府信息 one label column, which a span
    // written short does not shorten.
    const reading = mapTable(
      "applications",
      [
        inferred(
          ["", "", ...APPLICANTS],
          ["（四）无法提供", "1.本机关不掌握相关政府信息", "12", "13", "14", "15", "16", "70", ""],
        ),
      ],
      "2021",
    );
    expect(reading.table?.unavailableNotHeld).toEqual(
      applicantCells([12, 13, 14, 15, 16, 70, null]),
    );
  });
});

describe("table 三's rows a column left of their headers in a table without lines, a number before them", () => {
  // pandoc's page printed by wkhtmltopdf without lines (github-001): the label of a row spanning
  // columns is written a column short, so the row's first value stands where the sub-rows print
  // their labels, its last under 其他, and 总计's column is blank; the sub-rows fill every column.
  // As printed, the first number would be no cell's; read a column right, where the table's
  // identities rule out the row as printed, as a grid with cells of its own is read.
  const header = ["", "", ...APPLICANTS] as const;
  const shifted = (label: string, values: readonly string[]) => [label, ...values, ""];
  const rows = [
    shifted("一、本年新收政府信息公开申请数量", ["705", "3", "0", "0", "5", "0", "713"]),
    shifted("二、上年结转政府信息公开申请数量", ["36", "0", "0", "0", "0", "0", "36"]),
    ["（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"],
    ["", "3.危及“三安全一稳定”", "2", "0", "0", "0", "0", "0", "2"],
  ];

  const totals = [
    shifted("（七）总计", ["147", "1", "0", "0", "0", "0", "148"]),
    shifted("四、结转下年度继续办理", ["594", "2", "0", "0", "5", "0", "601"]),
  ];

  it("reads them a column right where the identities rule out the rows as printed", () => {
    // 一 + 二 = （七） + 四 column by column holds only with every row read a column right.
    const reading = mapTable("applications", [inferred(header, ...rows, ...totals)], "2021");
    expect(reading.table?.newlyReceived).toEqual(applicantCells([705, 3, 0, 0, 5, 0, 713]));
    expect(reading.table?.carriedOver).toEqual(applicantCells([36, 0, 0, 0, 0, 0, 36]));
    expect(reading.table?.totalHandled).toEqual(applicantCells([147, 1, 0, 0, 0, 0, 148]));
    expect(reading.table?.carriedForward).toEqual(applicantCells([594, 2, 0, 0, 5, 0, 601]));
    expect(reading.table?.withheldSecurityStability).toEqual(applicantCells([2, 0, 0, 0, 0, 0, 2]));
    expect(brief(reading.drafts).filter((draft) => draft.includes("AMBIGUOUS"))).toEqual([]);
  });

  it("reads them so on the page after a break, under the headers of the page before", () => {
    // The break leaves the rows after it a grid of their own, narrower (no column for the
    // labels' group), its layout moved from the first page's by its right edge: （七）总计's
    // and 四、's first numbers stand between their labels and where that layout puts values.
    const after = inferred(["", "3.其他", "142", "1", "0", "0", "0", "0", "143"], ...totals);
    const reading = mapTable("applications", [inferred(header, ...rows), after], "2021");
    expect(reading.table?.totalHandled).toEqual(applicantCells([147, 1, 0, 0, 0, 0, 148]));
    expect(reading.table?.carriedForward).toEqual(applicantCells([594, 2, 0, 0, 5, 0, 601]));
  });

  it("reads a row with a blank on that page: the shifted rows' first numbers are no column missed", () => {
    // Under a layout moved by the page's right edge, a row with a blank is placed only where the
    // page's values fill its columns and no number stands before them: （七）'s and 四、's first
    // numbers stand there, where the sub-rows' labels start (`3.其他`), and 3.其他 was quoted.
    const after = inferred(["", "3.其他", "142", "", "0", "0", "0", "0", "142"], ...totals);
    const reading = mapTable("applications", [inferred(header, ...rows), after], "2021");
    expect(reading.table?.otherReasons).toEqual(applicantCells([142, null, 0, 0, 0, 0, 142]));
    expect(reading.table?.carriedForward).toEqual(applicantCells([594, 2, 0, 0, 5, 0, 601]));
  });

  it("quotes that row where a number before the values stands in a column no label starts in", () => {
    // A number in a column of its own before the values: a column the moved layout may have
    // missed, and which column each of the row's values is, is not known.
    const after = inferred(
      ["3.其他", "", "142", "", "0", "0", "0", "0", "142"],
      ["（七）总计", "9", "147", "1", "0", "0", "0", "0", "148"],
    );
    const reading = mapTable("applications", [inferred(header, ...rows), after], "2021");
    expect(reading.table?.otherReasons ?? {}).toEqual({});
  });

  it("quotes a row the identities leave either way (zeros: as printed, nothing is ruled out)", () => {
    const zeros = shifted("一、本年新收政府信息公开申请数量", ["0", "0", "0", "0", "0", "0", "0"]);
    const reading = mapTable("applications", [inferred(header, zeros, ...rows.slice(2))], "2021");
    expect(reading.table?.newlyReceived ?? {}).toEqual({});
    expect(reading.drafts.find((draft) => draft.path[1] === "newlyReceived")?.actual).toBe(
      "0 | 0 | 0 | 0 | 0 | 0 | 0 | ",
    );
  });
});

describe("table 三 printed without lines, a number before the first header of an aligned row", () => {
  // A 行次 column (no header the mapper reads as a column): every row prints a number before
  // 自然人, and 一、's 总计 is blank, as pandoc's row a column left prints. Read a column right,
  // its 行次 would be 自然人's and every value another column's; the table's sums (一 + 二 =
  // （七） + 四, column by column) rule that out: quoted, never moved.
  const label = "一、本年新收政府信息公开申请数量";
  const reading = () =>
    mapTable(
      "applications",
      [
        inferred(
          ["", "行次", ...APPLICANTS],
          [label, "1", "5", "2", "0", "0", "0", "0", ""],
          ["二、上年结转政府信息公开申请数量", "2", "1", "0", "0", "0", "0", "0", "1"],
          ["（七）总计", "3", "6", "2", "0", "0", "0", "0", "8"],
          ["四、结转下年度继续办理", "4", "0", "0", "0", "0", "0", "0", "0"],
        ),
      ],
      "2021",
    );

  it("reads no value of the row in another cell", () => {
    const { table, drafts } = reading();
    expect(table?.newlyReceived ?? {}).toEqual({});
    expect(brief(drafts)).toContain("PARSE_CELL_AMBIGUOUS applications.newlyReceived");
    expect(table?.carriedOver).toEqual(applicantCells([1, 0, 0, 0, 0, 0, 1]));
  });
});

describe("table 三 printed without lines, a row's last value under 其他 and 总计 together", () => {
  // pandoc's row a column left, LibreOffice's print: 71 before 自然人's header, 74 in a cell
  // spanning 其他 and 总计 (no row of the grid prints both, no line parts them). Read a column
  // right where the table's sums rule out both readings as printed (74 其他's or 总计's).
  const label = "一、本年新收政府信息公开申请数量";
  const grid = (first: readonly Spec[]) =>
    inferred(
      ["", "", ...APPLICANTS.slice(0, 5), ["其他总计", 1, 2]],
      first,
      ["二、上年结转政府信息公开申请数量", "", "1", "0", "0", "0", "0", "0", "1"],
      ["（七）总计", "", "72", "3", "0", "0", "0", "0", "75"],
      ["四、结转下年度继续办理", "", "0", "0", "0", "0", "0", "0", "0"],
    );

  it("reads the row a column right where the sums rule out 74 under 其他 or 总计", () => {
    const reading = mapTable(
      "applications",
      [grid([label, "71", "3", "0", "0", "0", "0", ["74", 1, 2]])],
      "2021",
    );
    expect(reading.table?.newlyReceived).toEqual(applicantCells([71, 3, 0, 0, 0, 0, 74]));
  });

  it("quotes a row the sums leave either way (zeros)", () => {
    const reading = mapTable(
      "applications",
      [grid([label, "0", "0", "0", "0", "0", "0", ["0", 1, 2]])],
      "2021",
    );
    expect(reading.table?.newlyReceived?.total).toBeUndefined();
    expect(brief(reading.drafts)).toContain("PARSE_CELL_AMBIGUOUS applications.newlyReceived");
  });
});
