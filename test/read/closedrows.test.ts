/**
 * A copy that writes ` |` after each cell and a pipe to end each row (`137 | |`, or `|` alone on
 * the line after the row's last value: held-out fulu-2019, yiyang-gxq-scjg-2020) closes every row
 * with a blank piece. That piece is no cell: a row printing one value fewer than its columns lost
 * a cell, and which one is not printed. Before, the closing piece was read as the row's blank last
 * cell and the values placed from the first column: `8249 | 6307 | |` became 上一年项目数量 8249,
 * 本年增/减 6307.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { loadHeldOut } from "../support/heldout.js";

const table = (rows: string) => `某县某局2020年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第(五)项 |
||||
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
|
${rows}第二十条第(六)项 |
||||
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
|
行政处罚 |
9 |
+43 |
52 |
|
三、收到和处理政府信息公开申请情况
`;

describe("rows closed by a blank piece", () => {
  it("reads whole rows as before, the closing piece no cell", () => {
    const { report } = parseText(
      table("行政许可 |\n8249 |\n-1942 |\n6307 |\n|\n其他对外管理服务事项 |\n0 |\n0 |\n0 |\n|\n"),
    );
    expect(report?.activeDisclosure?.licensing).toEqual({
      previousItems: 8249,
      change: -1942,
      decisions: 6307,
    });
    expect(report?.activeDisclosure?.punishment).toEqual({
      previousItems: 9,
      change: 43,
      decisions: 52,
    });
  });

  it.each([
    [
      "on a line of its own",
      "行政许可 |\n8249 |\n6307 |\n|\n其他对外管理服务事项 |\n0 |\n0 |\n0 |\n|\n",
    ],
    [
      "on the last value's line",
      "行政许可 |\n8249 |\n6307 | |\n其他对外管理服务事项 |\n0 |\n0 |\n0 | |\n",
    ],
  ])("quotes a row one value short, never placing it by position (%s)", (_layout, rows) => {
    const { report, findings } = parseText(table(rows));
    expect(report?.activeDisclosure?.licensing).toEqual({});
    const quoted = findings.filter((f) => f.path.join(".") === "activeDisclosure.licensing");
    expect(quoted.map((f) => [f.code, f.actual])).toEqual([
      ["PARSE_CELL_AMBIGUOUS", "8249 | 6307"],
    ]);
    expect(
      (report?.activeDisclosure as Record<string, unknown> | undefined)?.["otherServices"],
    ).toEqual({
      previousItems: 0,
      change: 0,
      decisions: 0,
    });
  });

  it("keeps a blank cell before a run of pipes, and a table's last row without its piece", () => {
    // derong-wjj-2019: `0 |`, `|` (a blank cell), `||` (the run closing the row).
    const derong = loadHeldOut("heldout4", "derong-wjj-2019");
    expect(derong.compared.wrong).toEqual([]);
    expect(derong.compared.absent).toEqual([]);
  });

  it("is not taken from a table whose rows do not all close so", () => {
    // 其他对外管理服务事项 ends without the piece: a `|` alone is then a blank cell (as inside
    // derong's rows), and 行政许可 prints three cells, the last blank.
    const { report } = parseText(
      table("行政许可 |\n8249 |\n6307 |\n|\n其他对外管理服务事项 |\n0 |\n0 |\n0 |\n"),
    );
    expect(report?.activeDisclosure?.licensing).toEqual({
      previousItems: 8249,
      change: 6307,
      decisions: null,
    });
  });
});
