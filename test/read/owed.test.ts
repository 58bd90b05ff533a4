/**
 * Values owed to rows above: in a text with one cell a line (a CMS page's table as copied), a row
 * printing no value leaves its cells owed, and values printed apart from their labels may be its.
 * A sub-table's caption (第二十条第（X）项) with its own column headers ends that: the values
 * under it are its own rows'.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";

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
  it("are its rows', though a row above the caption printed nothing", () => {
    const { report } = parseText(
      page([], "行政处罚\n\n137\n\n0\n\n112\n\n行政强制\n\n12\n\n0\n\n21"),
    );
    const active = report?.activeDisclosure as Record<string, unknown> | undefined;
    expect(active?.licensing).toEqual({ previousItems: 18, change: 0, decisions: 1625 });
    expect(active?.punishment).toEqual({ previousItems: 137, change: 0, decisions: 112 });
    expect(active?.coercion).toEqual({ previousItems: 12, change: 0, decisions: 21 });
    expect(active?.otherServices).toEqual({});
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
