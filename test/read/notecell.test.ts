/**
 * A note printed in a cell of its own in a pipe row (`规范性文件 | （单位：件） | 33 | 8 |`) is no
 * blank cell: whether it fills a column's cell or stands beside the columns decides the values'
 * columns, and the page does not say. Before a value, nothing of the row is placed and all of it
 * is quoted; after the row's last value it moves nothing.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { reportText } from "../support/reporttext.js";

/** chibi-pufang-2020 (test/fixtures/heldout): the 2019 template, rows `label | a | b | c | |`. */
const chibi = (() => {
  const raw = readFileSync(
    new URL("../fixtures/heldout/chibi-pufang-2020.txt", import.meta.url),
    "utf8",
  );
  return reportText(raw);
})();

function edited(from: string, to: string): string {
  expect(chibi).toContain(from);
  return chibi.replace(from, to);
}

const rowFindings = (text: string, row: string) =>
  parseText(text)
    .findings.filter((f) => f.path[1] === row)
    .map((f) => [f.code, f.actual]);

describe("a note in a cell of its own", () => {
  it.each([
    // Before: 本年新制作数量 read blank, 33 and 8 one column to the right.
    ["规范性文件 | （单位：件） | 33 | 8 | |", "（单位：件） | 33 | 8"],
    // Before: 本年新公开数量 read blank where the page prints a note.
    ["规范性文件 | 33 | （注：含转发） | 8 | |", "33 | （注：含转发） | 8"],
  ])("before a value places nothing of the row and quotes it (%s)", (row, quoted) => {
    const text = edited("规范性文件 | 33 | 8 | 8 | |", row);
    const active = parseText(text).report?.activeDisclosure as Record<string, unknown>;
    expect(active.normativeDocuments).toEqual({});
    expect(active.regulations).toEqual({ newlyMade: 0, newlyPublished: 0, totalPublished: 0 });
    expect(rowFindings(text, "normativeDocuments")).toEqual([["PARSE_CELL_AMBIGUOUS", quoted]]);
  });

  it("before the only value of a short row places nothing (`行政事业性收费 | （单位：项） | 5 |`)", () => {
    // Before: 上一年项目数量 read blank and 5 read as 本年增/减.
    const text = edited("行政事业性收费 | 0 | 0 | ||", "行政事业性收费 | （单位：项） | 5 | ||");
    const active = parseText(text).report?.activeDisclosure as Record<string, unknown>;
    expect(active.fees).toEqual({});
    expect(rowFindings(text, "fees")).toEqual([["PARSE_CELL_AMBIGUOUS", "（单位：项） | 5"]]);
  });

  it("after the row's last value moves nothing", () => {
    const text = edited(
      "规范性文件 | 33 | 8 | 8 | |",
      "规范性文件 | 33 | 8 | 8 | （注：含转发） |",
    );
    const active = parseText(text).report?.activeDisclosure as Record<string, unknown>;
    expect(active.normativeDocuments).toEqual({
      newlyMade: 33,
      newlyPublished: 8,
      totalPublished: 8,
    });
  });

  it("after a word ending the row's values moves nothing (the table's next words, a header)", () => {
    // haizhu-guanzhou-2023 mutation 1483 (differential, seed 11): the heading of table 三 lost, its
    // header's note cell `(本列数据的勾稽关系为…) |` came in the region of table 二's last row.
    const text = edited(
      "行政事业性收费 | 0 | 0 | ||",
      "行政事业性收费 | 0 | 0 | 说明 | （注：全部取消） | 3 ||",
    );
    const active = parseText(text).report?.activeDisclosure as Record<string, unknown>;
    expect(active.fees).toEqual({ previousItems: 0, change: 0 });
  });
});
