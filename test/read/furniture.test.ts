/**
 * A PDF's page furniture left in its text (a page number in words, a running header naming the
 * report's year) is never read as a value: `第 2 页` between a label and its value gave the row a
 * 2, and `2022年政府信息公开工作年度报告` gave it 2022.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { cellsDiffering, corpus, rowsOf } from "./support.js";

const seed = corpus("seed-dacaozhuang-2022").text;
const PUNISHMENT = "行政处罚\n\n1\n\n";
const REVIEWS_END = "0\n\n0\n\n0\n\n\u00a0\n\n五、存在的主要问题及改进情况";

function inserted(text: string, at: string, line: string, offset = 0): string {
  const index = text.indexOf(at);
  expect(index).toBeGreaterThan(-1);
  const cut = index + offset;
  return `${text.slice(0, cut)}${line}\n\n${text.slice(cut)}`;
}

describe("page furniture inside a table", () => {
  const expected = parseText(seed).report;

  it.each(["第 2 页", "第2页 共6页", "共 6 页 第 2 页", "- 2 -"])(
    "drops the page number `%s` between a label and its value",
    (line) => {
      const text = inserted(seed, PUNISHMENT, line, "行政处罚\n\n".length);
      const { report } = parseText(text);
      // Before: 行政处罚 read as 2 for `第 2 页`.
      expect(report?.activeDisclosure?.punishment).toEqual({ decisions: 1 });
      expect(report?.activeDisclosure).toEqual(expected?.activeDisclosure);
    },
  );

  it.each([
    "2022年政府信息公开工作年度报告",
    "2022 年政府信息公开工作年度报告",
    "2022\u3000年度政府信息公开工作年度报告",
  ])("reads no value from a running header naming the year (`%s`, tables 二 and 四)", (header) => {
    // Before: 行政处罚 read as 2022 (glued to 年, or set apart from it by the blank pdftotext
    // puts between Latin digits and the ideographs after them).
    const two = parseText(inserted(seed, PUNISHMENT, header, "行政处罚\n\n".length)).report;
    expect(two?.activeDisclosure?.punishment).toEqual({ decisions: 1 });
    // In table 四, among its values: no cell read otherwise than the seed's (the header's words
    // end the run of values there, which is then quoted, not placed).
    const four = rowsOf(
      parseText(inserted(seed, REVIEWS_END, header)).report,
      "reviewsAndLitigation",
    );
    expect(cellsDiffering(four, rowsOf(expected, "reviewsAndLitigation"))).toEqual([]);
  });

  it.each(["第 2 頁", "共 6 頁 第 2 頁"])(
    "drops the page number `%s` printed in traditional characters",
    (line) => {
      const text = inserted(seed, PUNISHMENT, line, "行政处罚\n\n".length);
      // Before: 行政处罚 read as 2 (a report served in traditional characters prints 頁).
      expect(parseText(text).report?.activeDisclosure?.punishment).toEqual({ decisions: 1 });
    },
  );

  it.each([
    "2022年政府信息公开工作年度报告 第 2 页",
    "第 2 页  2022年政府信息公开工作年度报告",
    "某某局2022年政府信息公开工作年度报告　第2頁 共6頁",
  ])("reads no value from a page number in words sharing its line (`%s`)", (line) => {
    const two = parseText(inserted(seed, PUNISHMENT, line, "行政处罚\n\n".length)).report;
    // Before: 行政处罚 read as 2.
    expect(two?.activeDisclosure?.punishment).toEqual({ decisions: 1 });
    const four = rowsOf(
      parseText(inserted(seed, REVIEWS_END, line)).report,
      "reviewsAndLitigation",
    );
    expect(cellsDiffering(four, rowsOf(expected, "reviewsAndLitigation"))).toEqual([]);
  });

  it("keeps a value glued to its unit or to the next label, and a year's digits in a value", () => {
    // `2022` glued to a label that is no 年: the value's, set apart as before.
    const glued = seed.replace("行政处罚\n\n1\n\n行政强制", "行政处罚\n\n2022行政强制");
    expect(glued).not.toBe(seed);
    expect(parseText(glued).report?.activeDisclosure?.punishment).toEqual({ decisions: 2022 });
  });
});
