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
import { heldOutText, loadHeldOut } from "../support/heldout.js";

const PUNISHMENT = "行政处罚 |\n9 |\n+43 |\n52 |\n|\n";

const table = (rows: string, sixth = PUNISHMENT) => `某县某局2020年政府信息公开工作年度报告
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
${sixth}三、收到和处理政府信息公开申请情况
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
    // 其他对外管理服务事项 and 行政处罚 end without the piece: a `|` alone is then a blank cell (as
    // inside derong's rows), and 行政许可 prints three cells, the last blank. (One such row alone
    // may have lost its closing pipe in the copy: see below.)
    const { report } = parseText(
      table(
        "行政许可 |\n8249 |\n6307 |\n|\n其他对外管理服务事项 |\n0 |\n0 |\n0 |\n",
        "行政处罚 |\n9 |\n+43 |\n52 |\n行政强制 |\n0 |\n0 |\n0 |\n|\n",
      ),
    );
    expect(report?.activeDisclosure?.licensing).toEqual({
      previousItems: 8249,
      change: 6307,
      decisions: null,
    });
  });

  // The evidence that every row closes is table-wide: rows that end otherwise for a reason of
  // their own say nothing against it. Each case below drops one value from a real copy written
  // ` |` after each cell; before, the closing piece was read as the row's blank last cell.
  it("is not refused by a sub-table padded with a run of pipes (`0 | ||`)", () => {
    // hanyang-bgs-2022 (2021 template): 第二十条第(五)项 has one value column, its rows padded to
    // the table's width (`0 | ||` then `|`). 行政规范性文件 prints 5, 12, 8; 5 dropped.
    const text = heldOutText("heldout2", "hanyang-bgs-2022");
    const dropped = text.replace("行政规范性文件 |\n5 |\n", "行政规范性文件 |\n");
    expect(dropped).not.toBe(text);
    const { report, findings } = parseText(dropped);
    // Before: issued 12, repealed 8.
    expect(report?.activeDisclosure?.normativeDocuments).toEqual({});
    const quoted = findings.filter(
      (f) => f.path.join(".") === "activeDisclosure.normativeDocuments",
    );
    expect(quoted.map((f) => [f.code, f.actual])).toEqual([["PARSE_CELL_AMBIGUOUS", "12 | 8"]]);
    expect(report?.activeDisclosure?.licensing).toEqual({ decisions: 0 });
  });

  it("is not refused by a row whose closing piece a repeated header follows", () => {
    // rongchang-lyj-2019: a page break repeats 第二十条第(八)项's header after 行政强制's row,
    // its own cells ending with blank pieces. 行政许可 prints 421, 增1423, 1844; 增1423 dropped.
    const text = heldOutText("heldout6", "rongchang-lyj-2019");
    const header = "信息内容 |\n采购项目数量 |\n采购总金额 | |\n|\n";
    const changed = text
      .replace("421 |\n增1423 |\n", "421 |\n")
      .replace(/(行政强制 \|\n0 \|\n0 \|\n0 \|\n\|\n)/, `$1${header}`);
    expect(changed).toContain(header);
    expect(changed).not.toContain("增1423");
    const { report, findings } = parseText(changed);
    // Before: previousItems 421, change 1844, decisions blank.
    expect(report?.activeDisclosure?.licensing).toEqual({});
    const quoted = findings.filter((f) => f.path.join(".") === "activeDisclosure.licensing");
    expect(quoted.map((f) => [f.code, f.actual])).toEqual([["PARSE_CELL_AMBIGUOUS", "421 | 1844"]]);
    expect((report?.activeDisclosure as Record<string, unknown> | undefined)?.["coercion"]).toEqual(
      { previousItems: 0, change: 0, decisions: 0 },
    );
  });

  it("tolerates one full row whose closing pipe the copy lost", () => {
    // derong-wjj-2019 (2019 template) prints each row `0 |`, `|` (a blank cell), `0 |`, then `|`
    // closing it. Two lines dropped: 行政处罚's blank cell, and 行政强制's closing `|`. Before, that
    // one row refused the evidence, and 行政处罚's `0 | 0 | |` was read as 0, 0 and a blank
    // (printed 0, blank, 0).
    const text = heldOutText("heldout4", "derong-wjj-2019");
    const changed = text.replace(
      "行政处罚 |\n0 |\n|\n0 |\n|\n行政强制 |\n0 |\n|\n0 |\n|\n",
      "行政处罚 |\n0 |\n0 |\n|\n行政强制 |\n0 |\n|\n0 |\n",
    );
    expect(changed).not.toBe(text);
    const { report, findings } = parseText(changed);
    expect(report?.activeDisclosure?.punishment).toEqual({});
    const quoted = findings.filter((f) => f.path.join(".") === "activeDisclosure.punishment");
    expect(quoted.map((f) => [f.code, f.actual])).toEqual([["PARSE_CELL_AMBIGUOUS", "0 | 0"]]);
    expect(report?.activeDisclosure?.coercion).toEqual({
      previousItems: 0,
      change: null,
      decisions: 0,
    });
  });
});
