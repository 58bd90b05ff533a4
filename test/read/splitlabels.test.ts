/**
 * Table 三's row labels in tables without lines, as a pandoc-made Word file printed by LibreOffice
 * sets them (wk-hunt's pandoc-docx renderings): a label column two or three characters wide, each
 * label's first line beside its values and its other lines below them, where the next row's first
 * line or a page break takes them.
 */
import { describe, expect, it } from "vitest";
import { mapTable } from "../../src/read/gridmap/index.js";
import { PLANS } from "../../src/read/gridmap/plans.js";
import { rejoinSplitLabels } from "../../src/read/gridmap/splitlabels.js";
import { APPLICANTS, inferred, type Spec } from "../support/grids.js";
import { APPLICATION_COLUMNS } from "../support/oracle.js";

/** A table-三 row's cells by the applicant columns' keys, in their order. */
const cells = (...values: readonly number[]) =>
  Object.fromEntries(APPLICATION_COLUMNS.map((key, i) => [key, values[i]]));

describe("labels a page break cut in two (`6.属于四类过` / `程性信息7.属于行政执法案卷`)", () => {
  // github-017's table 三 (pandoc-docx), pages 2–4: each page prints the header again, and the
  // label a page ends in goes on at the top of the next page, in the cell of the next row with
  // values. (Values made distinct, so that each row's are its own.)
  const header = ["", "", "", ...APPLICANTS];
  const grid = inferred(
    header,
    ["", "", "5.属于三类内部事务信息", "32", "0", "0", "0", "0", "0", "32"],
    ["", "", "6.属于四类过", "4", "0", "0", "0", "0", "1", "5"],
    header,
    ["", "", "程性信息7.属于行政执法案卷", "9", "0", "0", "0", "0", "0", "9"],
    ["", "", "8.属于行政查询事项", "2", "0", "0", "0", "0", "0", "2"],
    ["", "（四）无法提供", "1.本机关不掌握相关政府信息", "75", "0", "0", "0", "0", "0", "75"],
    ["", "", "2.没有现成信息需要另行制作", "3", "0", "0", "0", "0", "0", "3"],
    ["", "", "3.补正后申请内容", "6", "0", "0", "0", "0", "0", "6"],
    header,
    ["", "（五）不予处理", "仍不明确1.信访举报投诉类申请", "12", "1", "0", "0", "0", "0", "13"],
    ["", "", "2.重复申请", "1", "0", "0", "0", "0", "0", "1"],
    ["", "", "3.要求提供公开出版物", "0", "0", "0", "0", "0", "0", "0"],
    ["", "", "4.无正当理由大量反复申请", "0", "0", "0", "0", "0", "0", "0"],
    ["", "", "5.要求行政机关确认或重新出具已获取信", "8", "0", "0", "0", "0", "0", "8"],
    header,
    [
      "",
      "（六）其他处理",
      "息1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "7",
      "0",
      "0",
      "0",
      "0",
      "0",
      "7",
    ],
  );

  it("reads each row the label's two pieces name, and the row after it", () => {
    const table = mapTable("applications", [grid], "2021").table;
    expect(table?.["withheldProcessInformation"]).toEqual(cells(4, 0, 0, 0, 0, 1, 5));
    expect(table?.["withheldEnforcementFile"]).toEqual(cells(9, 0, 0, 0, 0, 0, 9));
    expect(table?.["unavailableStillUnclear"]).toEqual(cells(6, 0, 0, 0, 0, 0, 6));
    expect(table?.["notProcessedComplaint"]).toEqual(cells(12, 1, 0, 0, 0, 0, 13));
    expect(table?.["notProcessedConfirmation"]).toEqual(cells(8, 0, 0, 0, 0, 0, 8));
    expect(table?.["otherOverdueCorrection"]).toEqual(cells(7, 0, 0, 0, 0, 0, 7));
  });

  it("puts the words back in the cell of the label they end", () => {
    const [matrix] = rejoinSplitLabels(
      [inferred(["1.属", "2", "0"], ["", ""], ["于国家秘密2.其他法律行政法规禁止公开", "3", "1"])],
      PLANS["2021"].applicationRows.filter(
        ({ value }) => value.role !== "heading" && value.role !== "group",
      ),
      () => false,
    );
    expect(matrix?.rows.map((row) => row[0]?.text)).toEqual([
      "1.属\n于国家秘密",
      "",
      "2.其他法律行政法规禁止公开",
    ]);
  });

  it("leaves a label whose pieces name rows the registry does not have one after the other", () => {
    // 1.属于国家秘密 then 3.危及…: 2.其他法律行政法规禁止公开 may be a row printed blank between.
    const rows = PLANS["2021"].applicationRows.filter(
      ({ value }) => value.role !== "heading" && value.role !== "group",
    );
    const printed = [inferred(["1.属", "2"], ["于国家秘密3.危及“三安全一稳定”", "3"])];
    expect(rejoinSplitLabels(printed, rows, () => false)).toBe(printed);
  });

  it("leaves a label whose next row's rest is followed by a row past the registry's next", () => {
    // 二、 then （二）部分公开: （一）予以公开, printed between with its label lost, may own 15, 二、
    // printed blank; 一、's rest `数量` is then left where it stands too.
    const rows = PLANS["2021"].applicationRows.filter(
      ({ value }) => value.role !== "heading" && value.role !== "group",
    );
    const printed = [
      inferred(
        ["一、本年新收政府信息公开申请", "1"],
        ["数量二、上年结转政府信息公开申请数量", "15"],
        ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "22"],
      ),
    ];
    expect(rejoinSplitLabels(printed, rows, () => false)).toBe(printed);
  });

  it("leaves a row whose other label cells hold another row's words (whose values these may be)", () => {
    // github-017's first page of table 三: `这一情形，不计其他情形）` ends （二）部分公开's label, and
    // a label centred over its lines would have its values on this row.
    const rows = PLANS["2021"].applicationRows.filter(
      ({ value }) => value.role !== "heading" && value.role !== "group",
    );
    const printed = [
      inferred(
        ["这一情形，不计其他情形）（三", "1.属", "4"],
        ["）不予公开", "于国家秘密2.其他法律行政法规禁止公开", "0"],
      ),
    ];
    expect(rejoinSplitLabels(printed, rows, () => false)).toBe(printed);
  });
});

describe("a label's last line in the next row's cell (`（一）予以公` / `开（二）部分公开…`)", () => {
  // github-003's table 三 (pandoc-docx), verbatim: 三、本年度办理结果 wrapped in its column, its
  // last line `理结果` beside the row whose cell opens with （一）予以公开's last character.
  const rows: readonly (readonly Spec[])[] = [
    ["", "", "", ["申请人情况", 1, 2], "", "", "", ""],
    [["（本列数据的勾稽关", 1, 3], "", ["法人或其他组织", 1, 3], "", ""],
    [["系为：第一项加第二", 1, 3], "", "", "", "社会", "法律", ""],
    [["项之和，等于第三项", 1, 3], "自然", "商业", "科研", "公益", "服务", ""],
    [["加第四项之和）", 1, 2], "", "人", "企业", "机构", "组织", "机构", "其他 总计"],
    ["一、本年新收政府信息公开申请数量", "", "1259", "36", "0", "0", "0", "0", "1295"],
    ["二、上年结转政府信息公开申请数量", "", "170", "15", "0", "0", "4", "0", "189"],
    ["三、本年度办", "（一）予以公", "201", "5", "0", "0", "0", "0", "206"],
  ];
  const first = inferred(...rows, [
    "理结果",
    "开（二）部分公开（区分处",
    "2",
    "0",
    "0",
    "0",
    "0",
    "0",
    "2",
  ]);
  const second = inferred(
    ["（三）不予公开", "1.属于国家秘密", "4", "0", "0", "0", "0", "0", "4"],
    ["", "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"],
  );

  it("reads the row as （二）部分公开", () => {
    const table = mapTable("applications", [first, second], "2021").table;
    expect(table?.["disclosed"]).toEqual(cells(201, 5, 0, 0, 0, 0, 206));
    expect(table?.["partiallyDisclosed"]).toEqual(cells(2, 0, 0, 0, 0, 0, 2));
  });

  it("not beside words of a data row's label (whose values these may be)", () => {
    const other = inferred(...rows, [
      "结转",
      "开（二）部分公开（区分处",
      "2",
      "0",
      "0",
      "0",
      "0",
      "0",
      "2",
    ]);
    const table = mapTable("applications", [other, second], "2021").table;
    expect(table?.["partiallyDisclosed"] ?? {}).toEqual({});
  });
});

describe("a label's lines in rows of their own, after a page break (`2.申` / `请人` … `请` / `3.其`)", () => {
  // github-001's table 三 (pandoc-docx), its last three grids verbatim: the label columns two
  // characters wide, each label's lines below its values in rows printing nothing else, the page's
  // header printed again between them.
  const grids = [
    inferred(
      [["系为：第一项加第二", 1, 3], "", "", "", "社会", "法律", "", ""],
      [["项之和，等于第三项", 1, 3], "自然", "商业", "科研", "公益", "服务", "", ""],
      [["加第四项之和）", 1, 2], "", "人", "企业", "机构", "组织", "机构", "其他", "总计"],
      [
        "",
        "法提供",
        "不掌握相关政府信息2.没有现成信息需要另行制作",
        "2",
        "0",
        "0",
        "0",
        "0",
        "0",
        "2",
      ],
      ["", "", "3.补正后申请内容仍不明确", "0", "0", "0", "0", "0", "0", "0"],
      ["", "（五）不予处理", "1.信访举报投诉类申请", "12", "0", "0", "0", "0", "0", "12"],
      ["", "", "2.重复申请", "6", "1", "0", "0", "0", "0", "7"],
      ["", "", "3.要求提供公开出", "0", "0", "0", "0", "0", "0", "0"],
      [["（本列数据的勾稽关", 1, 3], "", ["法人或其他组织", 1, 3], "", "", ""],
      [["系为：第一项加第二", 1, 3], "", "", "", "社会", "法律", "", ""],
      [["项之和，等于第三项", 1, 3], "自然", "商业", "科研", "公益", "服务", "", ""],
      [["加第四项之和）", 1, 2], "", "人", "企业", "机构", "组织", "机构", "其他", "总计"],
      ["", "", "版物4.无正当理由大量反复申请", "0", "0", "0", "0", "0", "0", "0"],
      ["", "", "5.要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0", "0", "0", "0"],
      [
        "",
        "（六）其他处理",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政",
        "9",
        "0",
        "0",
        "0",
        "0",
        "0",
        "9",
      ],
      [["（本列数据的勾稽关", 1, 3], "", ["法人或其他组织", 1, 3], "", "", ""],
      [["系为：第一项加第二", 1, 3], "", "", "", "社会", "法律", "", ""],
      [["项之和，等于第三项", 1, 3], "自然", "商业", "科研", "公益", "服务", "", ""],
      [["加第四项之和）", 1, 3], "人", "企业", "机构", "组织", "机构", "其他", "总计"],
      [["府信", 1, 3], "", "", "", "", "", "", ""],
      [["息公", 1, 3], "", "", "", "", "", "", ""],
      [["开申", 1, 3], "", "", "", "", "", "", ""],
      [["请", 1, 3], "", "", "", "", "", "", ""],
      [["2.申", 1, 3], "7", "0", "0", "0", "0", "0", "7"],
    ),
    inferred(
      ["请人", "", "", "", "", "", "", ""],
      ["逾期", "", "", "", "", "", "", ""],
      ["未按", "", "", "", "", "", "", ""],
      ["收费", "", "", "", "", "", "", ""],
      ["通知", "", "", "", "", "", "", ""],
      ["要求", "", "", "", "", "", "", ""],
      ["缴纳", "", "", "", "", "", "", ""],
      ["费", "", "", "", "", "", "", ""],
      ["用、", "", "", "", "", "", "", ""],
      ["行政", "", "", "", "", "", "", ""],
      ["机关", "", "", "", "", "", "", ""],
      ["不再", "", "", "", "", "", "", ""],
      ["处理", "", "", "", "", "", "", ""],
      ["其政", "", "", "", "", "", "", ""],
      ["府信", "", "", "", "", "", "", ""],
      ["息公", "", "", "", "", "", "", ""],
      ["开申", "", "", "", "", "", "", ""],
      ["请", "", "", "", "", "", "", ""],
      ["3.其", "142", "1", "0", "0", "0", "0", "143"],
    ),
    inferred(
      ["", "", "他", "", "", "", "", "", ""],
      ["", "（七）总计", "710", "3", "0", "0", "5", "0", "718"],
      ["四、结转下年度继续办", "", "31", "0", "0", "0", "0", "0", "31"],
    ),
  ];

  it("reads each row by its first line and the lines below it", () => {
    const table = mapTable("applications", grids, "2021").table;
    expect(table?.["notProcessedPublication"]).toEqual(cells(0, 0, 0, 0, 0, 0, 0));
    expect(table?.["otherOverdueCorrection"]).toEqual(cells(9, 0, 0, 0, 0, 0, 9));
    expect(table?.["otherOverdueFee"]).toEqual(cells(7, 0, 0, 0, 0, 0, 7));
    expect(table?.["otherReasons"]).toEqual(cells(142, 1, 0, 0, 0, 0, 143));
    expect(table?.["totalHandled"]).toEqual(cells(710, 3, 0, 0, 5, 0, 718));
  });
});

describe("a label's last lines beside the next row's label (`这一情形，不计其他情形）（三 | 1.属`)", () => {
  // github-017's first page of table 三 (pandoc-docx), its values set under their headers (the
  // rendering printed them a column left: another matter): （二）部分公开's last lines and the first
  // of （三）不予公开 in one cell, beside 1.属于国家秘密's first line; the rest of it on the next page.
  const header = ["", "", ...APPLICANTS];
  const grid = inferred(
    header,
    [["一、本年新收政府信息公开申请数量", 1, 2], "217", "1", "0", "0", "0", "0", "218"],
    [["二、上年结转政府信息公开申请数量", 1, 2], "0", "0", "0", "0", "0", "0", "0"],
    ["三、本年度办", "（一）予以公", "71", "0", "0", "0", "0", "0", "71"],
    ["理结果", "开（二）部分公开（区分处理的，只计", "29", "0", "0", "0", "0", "0", "29"],
    ["这一情形，不计其他情形）（三", "1.属", "4", "0", "0", "0", "0", "0", "4"],
    header,
    ["）不予公开", "于国家秘密2.其他法律行政法规禁止公开", "5", "0", "0", "0", "0", "0", "5"],
    ["", "3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0"],
  );

  it("moves them to the label they end, and reads the rows after", () => {
    const table = mapTable("applications", [grid], "2021").table;
    expect(table?.["disclosed"]).toEqual(cells(71, 0, 0, 0, 0, 0, 71));
    expect(table?.["partiallyDisclosed"]).toEqual(cells(29, 0, 0, 0, 0, 0, 29));
    expect(table?.["withheldStateSecret"]).toEqual(cells(4, 0, 0, 0, 0, 0, 4));
    expect(table?.["withheldProhibitedByLaw"]).toEqual(cells(5, 0, 0, 0, 0, 0, 5));
  });

  it("not when they do not end that label (another row's lines, whose values these may be)", () => {
    const other = inferred(
      header,
      ["三、本年度办", "（一）予以公", "71", "0", "0", "0", "0", "0", "71"],
      ["理结果", "开（二）部分公开（区分处理的，只计", "29", "0", "0", "0", "0", "0", "29"],
      ["其他情形）（三", "1.属", "4", "0", "0", "0", "0", "0", "4"],
      header,
      ["）不予公开", "于国家秘密2.其他法律行政法规禁止公开", "5", "0", "0", "0", "0", "0", "5"],
    );
    const table = mapTable("applications", [other], "2021").table;
    expect(table?.["withheldStateSecret"] ?? {}).toEqual({});
    expect(table?.["withheldProhibitedByLaw"] ?? {}).toEqual({});
  });
});
