/**
 * The columns a table-二 sub-table's header prints, and when a header of this template's first
 * columns only stopped early (stream-order text prints the later header words after a label).
 */
import { describe, expect, it } from "vitest";
import { printedColumns, stoppedEarly } from "../../src/read/printed.js";
import { matchKey } from "../../src/text/normalize.js";

const layout = (header: string, group: string, version: "2019" | "2021") =>
  printedColumns(matchKey(header), group, version);

describe("stoppedEarly", () => {
  it("is true when this template's missing columns are printed further on in the sub-table", () => {
    // Shanghai 2019's PDF through pdftotext: 信息内容 上一年项目数量 行政处罚 0 本年增/减 0 处理决定数量 0 …
    const first = layout("信息内容 上一年项目数量", "article20Item6", "2019")!;
    expect(first.map((p) => p.column.key)).toEqual(["previousItems"]);
    const later = matchKey("行政处罚 0 本年增/减 0 处理决定数量 0 行政强制 0 0 0");
    expect(stoppedEarly(first, "article20Item6", "2019", later)).toBe(true);
  });

  it("is false for a layout of fewer columns, or another template's", () => {
    const two = layout("信息内容 | 本年制发件数 | 本年废止件数", "article20Item1", "2021")!;
    expect(stoppedEarly(two, "article20Item1", "2021", matchKey("规章 | 2 | 1"))).toBe(false);
    const other = layout("信息内容 本年处理决定数量", "article20Item6", "2019")!;
    expect(other.map((p) => p.template)).toEqual(["2021"]);
    expect(
      stoppedEarly(other, "article20Item6", "2019", matchKey("上一年项目数量 本年增/减")),
    ).toBe(false);
    // A later column alone is no beginning of the header.
    const last = layout("信息内容 处理决定数量", "article20Item6", "2019")!;
    expect(stoppedEarly(last, "article20Item6", "2019", matchKey("上一年项目数量 本年增/减"))).toBe(
      false,
    );
  });
});
