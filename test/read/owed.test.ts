/**
 * Values owed to rows above: in a text with one cell a line (a CMS page's table as copied), a row
 * printing no value leaves its cells owed, and values printed apart from their labels may be its.
 * A sub-table's caption (第二十条第（X）项) with its own column headers ends that: the values
 * under it are its own rows'.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { reportText } from "../support/reporttext.js";

/** Table 二 of a 2020 report in the 2019 template, one cell a line, blank lines between. */
const page = (otherServices: readonly string[], punishmentBlock: string) =>
  [
    "某县卫生健康局2020年政府信息公开工作年度报告",
    "一、总体情况",
    "2020年，我局认真落实政府信息公开工作。",
    "二、主动公开政府信息情况",
    "第二十条第(一)项",
    "信息内容",
    "本年新\n制作数量",
    "本年新\n公开数量",
    "对外公开总数量",
    "规章",
    "6",
    "2",
    "10",
    "规范性文件",
    "198",
    "7",
    "21",
    "第二十条第(五)项",
    "信息内容",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "行政许可",
    "18",
    "0",
    "1625",
    "其他对外管理服务事项",
    ...otherServices,
    "第二十条第(六)项",
    "信息内容",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    punishmentBlock,
    "三、收到和处理政府信息公开申请情况",
  ].join("\n\n");

describe("values under a sub-table's caption", () => {
  it("are its rows', though a row above the caption printed fewer values than its cells", () => {
    // 其他对外管理服务事项 printed one value where it has three cells: the two it owes are shown
    // blank after its own value, not printed under the next caption.
    const { report, findings } = parseText(
      page(["4"], "行政处罚\n\n137\n\n0\n\n112\n\n行政强制\n\n12\n\n0\n\n21"),
    );
    const active = report?.activeDisclosure as Record<string, unknown> | undefined;
    expect(active?.licensing).toEqual({ previousItems: 18, change: 0, decisions: 1625 });
    expect(active?.punishment).toEqual({ previousItems: 137, change: 0, decisions: 112 });
    expect(active?.coercion).toEqual({ previousItems: 12, change: 0, decisions: 21 });
    expect(active?.otherServices).toEqual({});
    expect(
      findings.some((f) => f.path.join(".").startsWith("activeDisclosure.otherServices")),
    ).toBe(true);
  });

  it("may still be a row's above inside the same sub-table (labels first, then values)", () => {
    // 行政处罚 printed no value of its own before 行政强制's label: the six values after that
    // label may be both rows', in stream order. Nothing is placed in either.
    const { report, findings } = parseText(
      page([], "行政处罚\n\n行政强制\n\n137\n\n0\n\n112\n\n12\n\n0\n\n21"),
    );
    const active = report?.activeDisclosure as Record<string, unknown> | undefined;
    expect(active?.punishment).toEqual({});
    expect(active?.coercion).toEqual({});
    expect(findings.some((f) => f.path.join(".") === "activeDisclosure.coercion")).toBe(true);
  });

  it("are not owed to rows above when those printed their values (no change)", () => {
    const { report } = parseText(
      page(["3", "1", "4"], "行政处罚\n\n137\n\n0\n\n112\n\n行政强制\n\n12\n\n0\n\n21"),
    );
    const active = report?.activeDisclosure as Record<string, unknown> | undefined;
    expect(active?.otherServices).toEqual({ previousItems: 3, change: 1, decisions: 4 });
    expect(active?.punishment).toEqual({ previousItems: 137, change: 0, decisions: 112 });
  });

  it("may be a row's above the caption when that row printed no blank (stream order)", () => {
    // pdftotext drops blank cells: 其他对外管理服务事项 printed nothing, not three blanks, and in
    // stream order its values may come after the next caption's first label. Nothing is placed.
    const labelsFirst = page(
      [],
      "行政处罚\n\n3\n\n1\n\n4\n\n行政强制\n\n137\n\n0\n\n112\n\n12\n\n0\n\n21",
    );
    const active = parseText(labelsFirst).report?.activeDisclosure as
      | Record<string, unknown>
      | undefined;
    expect(active?.punishment).toEqual({});
    expect(active?.coercion).toEqual({});
  });

  it("may be rows' above the caption when none of them printed anything (stream order)", () => {
    // 行政许可 and 其他对外管理服务事项 both printed no value and no blank before the caption: the
    // first values after 行政处罚's label are 行政许可's in stream order.
    const text = page([], "行政处罚\n\n137\n\n0\n\n112\n\n行政强制\n\n12\n\n0\n\n21").replace(
      "行政许可\n\n18\n\n0\n\n1625\n\n",
      "行政许可\n\n",
    );
    expect(text).not.toContain("1625");
    const { report, findings } = parseText(text);
    const active = report?.activeDisclosure as Record<string, unknown> | undefined;
    expect(active?.punishment).toEqual({});
    expect(
      findings.some(
        (f) => f.path.join(".") === "activeDisclosure.punishment" && f.actual === "137 | 0 | 112",
      ),
    ).toBe(true);
  });

  it("are quoted, not read, when the first row under the caption printed more than its cells", () => {
    // Four values for three cells: one may be the blank row's above, as without a caption.
    const { report, findings } = parseText(
      page([" ", " ", " "], "行政处罚\n\n137\n\n0\n\n112\n\n5\n\n行政强制\n\n12\n\n0\n\n21"),
    );
    const active = report?.activeDisclosure as Record<string, unknown> | undefined;
    expect(active?.punishment).toEqual({});
    const punishment = findings.filter((f) => f.path.join(".") === "activeDisclosure.punishment");
    expect(punishment.map((f) => [f.code, f.actual])).toEqual([
      ["PARSE_CELL_AMBIGUOUS", "137 | 0 | 112 | 5"],
    ]);
  });
});

describe("blank cells printed as lines of spaces", () => {
  const blank = { previousItems: null, change: null, decisions: null };

  it("read as blank when one line a column follows the label", () => {
    const { report } = parseText(
      page([" ", " ", "\u3000"], "行政处罚\n\n137\n\n0\n\n112\n\n行政强制\n\n12\n\n0\n\n21"),
    );
    const active = report?.activeDisclosure as Record<string, unknown> | undefined;
    expect(active?.otherServices).toEqual(blank);
    expect(active?.punishment).toEqual({ previousItems: 137, change: 0, decisions: 112 });
  });

  it("owe nothing to the rows below, inside one sub-table", () => {
    const { report } = parseText(
      page(["3", "1", "4"], "行政处罚\n\n \n\n \n\n \n\n行政强制\n\n12\n\n0\n\n21"),
    );
    const active = report?.activeDisclosure as Record<string, unknown> | undefined;
    expect(active?.punishment).toEqual(blank);
    expect(active?.coercion).toEqual({ previousItems: 12, change: 0, decisions: 21 });
  });

  it("place nothing when their count is not the row's columns, or they share the label's line", () => {
    for (const punishment of ["行政处罚\n\n \n\n \n\n", "行政处罚   \n\n"]) {
      const { report, findings } = parseText(
        page(["3", "1", "4"], `${punishment}行政强制\n\n12\n\n0\n\n21`),
      );
      const active = report?.activeDisclosure as Record<string, unknown> | undefined;
      expect(active?.punishment).toEqual({});
      expect(active?.coercion).toEqual({});
      expect(findings.some((f) => f.path.join(".").startsWith("activeDisclosure.punishment"))).toBe(
        true,
      );
    }
  });
});

describe("values after a row's lines of spaces", () => {
  // hengnan-wjj-2020 (test/fixtures/heldout4) prints 其他对外管理服务事项's cells as three lines of
  // spaces before the caption of 第二十条第(六)项.
  const hengnan = (() => {
    const raw = readFileSync(
      new URL("../fixtures/heldout4/hengnan-wjj-2020.txt", import.meta.url),
      "utf8",
    );
    return reportText(raw);
  })();
  const blankRow = "其他对外管理服务事项\n\n \n\n \n\n \n\n第二十条第(六)项";
  const punishment = "行政处罚\n\n137\n\n0\n\n 112\n\n行政强制";

  it.each([
    ["the row under the caption printing nothing", "行政处罚\n\n行政强制"],
    ["the row under the caption printed as lines of spaces", "行政处罚\n\n \n\n \n\n \n\n行政强制"],
  ])("are not the blank row's, before a caption (%s)", (_case, punishmentRow) => {
    expect(hengnan).toContain(blankRow);
    expect(hengnan).toContain(punishment);
    // 行政处罚's values printed above its sub-table's caption. Before: read as 其他对外管理服务事项's.
    const text = hengnan
      .replace(blankRow, blankRow.replace("第二十条", "137\n\n0\n\n 112\n\n第二十条"))
      .replace(punishment, punishmentRow);
    const { report, findings } = parseText(text);
    const active = report?.activeDisclosure as Record<string, unknown> | undefined;
    expect(active?.otherServices).toEqual({});
    expect(active?.licensing).toEqual({ previousItems: 18, change: 0, decisions: 1625 });
    const quoted = findings.filter((f) => f.path.join(".") === "activeDisclosure.otherServices");
    expect(quoted.map((f) => [f.code, f.actual])).toEqual([
      ["PARSE_CELL_AMBIGUOUS", "137 | 0 | 112"],
    ]);
  });

  it("are read when lines of spaces separate every cell", () => {
    const text = hengnan.replace(
      blankRow,
      "其他对外管理服务事项\n\n \n\n7\n\n \n\n1\n\n \n\n8\n\n \n\n第二十条第(六)项",
    );
    const active = parseText(text).report?.activeDisclosure as Record<string, unknown> | undefined;
    expect(active?.otherServices).toEqual({ previousItems: 7, change: 1, decisions: 8 });
  });
});

describe("a row printing more values than its cells", () => {
  it("places none and quotes them all in one finding", () => {
    const text = `某县某局2022年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 0 |
行政规范性文件 | 3 | 1 | 12 | 7 |
第二十条第（五）项
信息内容 | 本年处理决定数量 |
行政许可 | 117 |
三、收到和处理政府信息公开申请情况
`;
    const { report, findings } = parseText(text);
    expect(report?.activeDisclosure?.normativeDocuments).toEqual({});
    expect(report?.activeDisclosure?.licensing).toEqual({ decisions: 117 });
    const row = findings.filter((f) => f.path[1] === "normativeDocuments");
    expect(row.map((f) => [f.code, f.path.join("."), f.actual])).toEqual([
      ["PARSE_CELL_AMBIGUOUS", "activeDisclosure.normativeDocuments", "3 | 1 | 12 | 7"],
    ]);
  });
});
