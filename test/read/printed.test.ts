/**
 * The columns a table-二 sub-table's header prints: another template's layout is read by its own
 * headers; this template's headers cut short or stopped early are this template's layout.
 */
import { describe, expect, it } from "vitest";
import { printedColumns } from "../../src/read/printed.js";
import { matchKey } from "../../src/text/normalize.js";

const keys = (header: string, group: string, version: "2019" | "2021") =>
  printedColumns(matchKey(header), group, version)?.map((p) => `${p.template}:${p.column.key}`);

describe("printedColumns", () => {
  it("reads the other template's layout by its headers", () => {
    expect(keys("信息内容 本年处理决定数量", "article20Item6", "2019")).toEqual(["2021:decisions"]);
    expect(
      keys("信息内容 上一年项目数量 本年增/减 处理决定数量", "article20Item6", "2021"),
    ).toEqual(["2019:previousItems", "2019:change", "2019:decisions"]);
  });

  it("takes this template's whole header as its own layout", () => {
    expect(keys("信息内容 上一年项目数量 本年增/减 处理决定数量", "article20Item6", "2019")).toBe(
      undefined,
    );
  });

  it("takes this template's first columns alone as its own layout, the header stopped early", () => {
    // Stream order (pdftotext of Shanghai 2019's PDF): 信息内容 上一年项目数量 行政处罚 0 本年增/减 0 …
    expect(keys("信息内容 上一年项目数量", "article20Item6", "2019")).toBe(undefined);
    expect(keys("信息内容 本年制发件数 本年废止件数", "article20Item1", "2021")).toBe(undefined);
    // Not a later column alone: that is a layout of its own.
    expect(keys("信息内容 处理决定数量", "article20Item6", "2019")).toEqual(["2019:decisions"]);
  });
});
