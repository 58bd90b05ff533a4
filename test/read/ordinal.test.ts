/**
 * A short label's ordinal (`3.其他`: `其他` is too common a word to stand alone) is never a value's
 * digits: a row's last value followed by the label printed without its ordinal (`… 13\n其他`) would
 * otherwise lose its value to the label (`13` read as `1`, the `3` taken for `3.`).
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { corpus, seedWith } from "./support.js";

const FEE_ROW = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";
const VALUES = ["12", "0", "0", "0", "0", "1", "13"];
const FEE_CELLS = {
  naturalPerson: 12,
  commercialEnterprise: 0,
  researchInstitution: 0,
  socialWelfareOrganization: 0,
  legalServiceInstitution: 0,
  otherOrganization: 1,
  total: 13,
};

describe("a short label's ordinal", () => {
  const base = seedWith({
    [FEE_ROW]: VALUES,
    "(七)总计": VALUES,
    "一、本年新收政府信息公开申请数量": VALUES,
  });

  it("printed, is the label's (`13` then `3.其他`)", () => {
    const applications = parseText(base).report?.applications as Record<string, unknown>;
    expect(applications.otherOverdueFee).toEqual(FEE_CELLS);
    expect(applications.otherReasons).toMatchObject({ naturalPerson: 0, total: 0 });
  });

  it.each([
    ["one cell a paragraph", base.replace("3.其他\n", "其他\n")],
    [
      "one line a row",
      base
        .replace("3.其他\n", "其他\n")
        .replace(
          /(申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请)\n\n12\n\n0\n\n0\n\n0\n\n0\n\n1\n\n13\n\n其他\n\n(?:\s*0\u00a0? *\n\n){7}/,
          "$1 12 0 0 0 0 1 13\n其他 0 0 0 0 0 0 0\n\n",
        ),
    ],
  ])("is never the row above's last value's digits (%s)", (_layout, text) => {
    expect(text).not.toBe(base);
    const { report } = parseText(text);
    const applications = report?.applications as Record<string, unknown>;
    // Before: the `3` of `13` taken for the ordinal of `3.其他`, the row read with a total of 1.
    expect(applications.otherOverdueFee).toEqual(FEE_CELLS);
  });

  it("is never a value's in pipes (`| 13 |` then `| 其他 |`, github-002)", () => {
    const text = corpus("github-002")
      .text.replace(
        "信息公开申请\n1\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "信息公开申请\n1\n| 12 | 0 | 0 | 0 | 0 | 1 | 13 |",
      )
      .replace("| 3.其他 |", "| 其他 |");
    const applications = parseText(text).report?.applications as Record<string, unknown>;
    expect(applications.otherOverdueFee).toEqual(FEE_CELLS);
  });

  it("of a distinctive label printed without it is no value's either (`… 2\n没有现成…`)", () => {
    const values = ["2", "0", "0", "0", "0", "0", "2"];
    const text = seedWith({
      "1.本机关不掌握相关政府信息": values,
      "(七)总计": values,
      "一、本年新收政府信息公开申请数量": values,
    }).replace("2.没有现成信息需要另行制作", "没有现成信息需要另行制作");
    const applications = parseText(text).report?.applications as Record<string, unknown>;
    // Before: the `2` taken for the ordinal of `2.没有现成…`, the row's total lost.
    expect(applications.unavailableNotHeld).toMatchObject({ naturalPerson: 2, total: 2 });
    expect(applications.unavailableNeedsCreation).toMatchObject({ naturalPerson: 0, total: 0 });
  });
});
