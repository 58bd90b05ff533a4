/**
 * One cause, one finding: a table 二 printed wholly in the other template's layout gives one
 * TEMPLATE_MIXED at the table, from every reader; a hybrid keeps one per sub-table.
 */
import { describe, expect, it } from "vitest";
import type { FindingDraft } from "../../src/findings/finding.js";
import { parseHTML, parseText } from "../../src/index.js";
import { withMixedTableMerged } from "../../src/read/mixedtable.js";

const row = (...cells: readonly string[]) =>
  `<tr>${cells.map((c) => (c.startsWith("=") ? `<td colspan="4">${c.slice(1)}</td>` : `<td>${c}</td>`)).join("")}</tr>`;

/** A 2023 report whose table 二 is 2019's (sub-tables 五, 六 and 九), as a web page's table. */
const page = `<html><body><p>某镇2023年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>
${row("=第二十条第（五）项")}${row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量")}
${row("行政许可", "0", "0", "7")}${row("其他对外管理服务事项", "4", "1", "5")}
${row("=第二十条第（六）项")}${row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量")}
${row("行政处罚", "0", "0", "9")}${row("行政强制", "0", "0", "2")}
${row("=第二十条第（九）项")}${row("信息内容", "采购项目数量", "采购总金额")}${row("政府集中采购", "3", "12.5")}
</table><p>三、收到和处理政府信息公开申请情况</p></body></html>`;

const mixedOf = <F extends { readonly code: string }>(findings: readonly F[]): F[] =>
  findings.filter((f) => f.code === "TEMPLATE_MIXED");

describe("table 二 printed wholly in the other template's layout", () => {
  it("gives one TEMPLATE_MIXED at the table from the grid reader, quoting every sub-table", () => {
    const { report, findings } = parseHTML(page);
    expect(report?.activeDisclosure?.licensing).toEqual({ decisions: 7 });
    expect(report?.activeDisclosure?.coercion).toEqual({ decisions: 2 });
    const mixed = mixedOf(findings);
    expect(mixed.map((f) => f.path)).toEqual([["activeDisclosure"]]);
    for (const quoted of [
      "行政许可 本年增/减 0",
      "其他对外管理服务事项 4 1 5",
      "政府集中采购 3 12.5",
    ]) {
      expect(mixed[0]!.message).toContain(quoted);
    }
  });

  it("keeps one per sub-table when a sub-table is printed in this template's layout", () => {
    // 第（八）项 in 2021's layout, read: the page is a hybrid, and the findings say where.
    const hybrid = page.replace(
      "</table>",
      `${row("=第二十条第（八）项")}${row("信息内容", "本年收费金额（单位：万元）")}${row("行政事业性收费", "9.5")}</table>`,
    );
    const { report, findings } = parseHTML(hybrid);
    expect(JSON.stringify(report?.activeDisclosure?.fees)).toBe('{"amount":"9.5"}');
    expect(mixedOf(findings).map((f) => f.path)).toEqual([
      ["activeDisclosure", "licensing"],
      ["activeDisclosure", "punishment"],
      ["activeDisclosure"],
    ]);
  });
});

describe("withMixedTableMerged", () => {
  const at = (path: string[], detail?: string, actual = "2019"): FindingDraft => ({
    code: "TEMPLATE_MIXED",
    path,
    expected: "2021",
    actual,
    ...(detail !== undefined && { detail }),
  });
  const unread: FindingDraft = {
    code: "PARSE_CELL_UNREADABLE",
    path: ["activeDisclosure", "fees", "amount"],
  };
  const read = { activeDisclosure: { licensing: { decisions: 7 }, fees: {} } };

  it("merges when every sub-table holding a cell is said mixed; an unread one does not count", () => {
    const drafts = [
      at(["activeDisclosure", "licensing"], "a"),
      unread,
      at(["activeDisclosure"], "b"),
    ];
    expect(withMixedTableMerged(drafts, "2021", read)).toEqual([
      {
        code: "TEMPLATE_MIXED",
        path: ["activeDisclosure"],
        expected: "2021",
        actual: "2019",
        detail: "a；b",
      },
      unread,
    ]);
  });

  it("leaves a single finding, findings naming different layouts and a hybrid as they are", () => {
    const one = [at(["activeDisclosure", "licensing"], "a")];
    expect(withMixedTableMerged(one, "2021", read)).toBe(one);
    const two = [at(["activeDisclosure", "licensing"]), at(["activeDisclosure"], "b", "2021")];
    expect(withMixedTableMerged(two, "2021", read)).toBe(two);
    const hybrid = [at(["activeDisclosure", "licensing"]), at(["activeDisclosure"], "b")];
    const withFees = { activeDisclosure: { ...read.activeDisclosure, fees: { amount: "9.5" } } };
    expect(withMixedTableMerged(hybrid, "2021", withFees)).toBe(hybrid);
  });

  it("reads the text reader's findings alike", () => {
    // The text of the page above, one cell a line: the same single finding.
    const text = page
      .replace(/<\/td><td[^>]*>|<\/tr>|<\/p>/g, "\n")
      .replace(/<[^>]+>/g, "")
      .replace(/\n+/g, "\n");
    const mixed = mixedOf(parseText(text).findings);
    expect(mixed.map((f) => f.path)).toEqual([["activeDisclosure"]]);
  });
});
