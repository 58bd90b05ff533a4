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

describe("printedColumns: this template's header as reports misprint it (heldout3)", () => {
  it("reads a year printed inside the header words as no word of the label (本年(2023)制发件数)", () => {
    // shaoxing-donghu-2023: 本年(2023)制发件数 | 本年(2023)废止件数 | 现行有效件数.
    expect(
      layout(
        "信息内容 | 本年(2023)制发件数 | 本年(2023)废止件数 | 现行有效件数",
        "article20Item1",
        "2021",
      ),
    ).toBeUndefined();
  });

  it("reads a word with a character dropped inside and one cut at its end (本年发件 … 现行有效件)", () => {
    // ningqiang-zrzy-2021: 本年发件 (制 and 数 lost) | 本年废止件数 | 现行有效件.
    expect(
      layout("信息内容 本年发件 本年废止件数 现行有效件", "article20Item1", "2021"),
    ).toBeUndefined();
    // 本年件 fits 本年制发件数 and 本年废止件数 alike: no column is named.
    expect(layout("信息内容 本年件 本年件 现行有效件数", "article20Item1", "2021")).toBeDefined();
  });

  it("keeps this template's columns by position when one header names another thing (本年数量)", () => {
    // hechuan-erlang-2019: 上一年项目数量 | 本年数量 | 处理决定数量: 本年数量 counts this year's
    // items, it is no 本年增/减; the other two columns are named and placed.
    const renamed = layout(
      "信息内容 上一年项目数量 本年数量 处理决定数量",
      "article20Item5",
      "2019",
    )!;
    expect(renamed.map((p) => [p.column.key, p.template, p.renamed])).toEqual([
      ["previousItems", "2019", undefined],
      ["change", "2019", "本年数量"],
      ["decisions", "2019", undefined],
    ]);
    const fees = layout("信息内容 上一年项目数量 本年数量", "article20Item8", "2019")!;
    expect(fees.map((p) => p.renamed)).toEqual([undefined, "本年数量"]);
  });

  it("names no column by position where the unnamed words may stand for two", () => {
    // One word where two columns are missing: which is which is not printed.
    expect(
      layout("信息内容 上一年项目数量 本年件量", "article20Item5", "2019")?.map(
        (p) => p.column.key,
      ),
    ).toEqual(["previousItems"]);
  });
});
