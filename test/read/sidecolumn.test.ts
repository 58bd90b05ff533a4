/**
 * Table 三's group labels printed in a side column cut a wrapped row label in a PDF laid out as
 * text: their words move before the label only when a registry row label then reads exactly.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { withCutLabelsJoined } from "../../src/read/sidecolumn.js";

const values = "0    0    0      0     0   0    0";

describe("withCutLabelsJoined", () => {
  it("takes out the group label's pieces that cut a label, and those opening its first line", () => {
    const text = [
      "      1.申请人无正当理由逾期不补正、",
      `      行政机关不再处理其政府信息公      ${values}`,
      "  （六） 开申请",
      "  其他处 2.申请人逾期未按收费通知要求缴",
      `   理  纳费用、行政机关不再处理其政      ${values}`,
      "      府信息公开申请",
    ].join("\n");
    expect(withCutLabelsJoined(text).split("\n")).toEqual([
      "      1.申请人无正当理由逾期不补正、",
      `      行政机关不再处理其政府信息公      ${values}`,
      "  开申请",
      "  2.申请人逾期未按收费通知要求缴",
      `   纳费用、行政机关不再处理其政      ${values}`,
      "      府信息公开申请",
    ]);
  });

  it("drops lines that held the side column's words only", () => {
    const text = [
      "2.申请人逾期未按收费通知要求",
      "（六）其",
      "他处理",
      "缴纳费用、行政机关不再处理其政府信息公开申请 0 0",
    ];
    expect(withCutLabelsJoined(text.join("\n")).split("\n")).toEqual([
      "2.申请人逾期未按收费通知要求",
      "缴纳费用、行政机关不再处理其政府信息公开申请 0 0",
    ]);
  });

  it("leaves a label that reads only by a guess as printed", () => {
    // 缴纳费 misspelt 缴费: no registry label reads exactly once 其他处 is left out.
    const misspelt =
      "2.申请人逾期未按收费通知要求\n其他处\n缴费用、行政机关不再处理其政府信息公开申请 0 0";
    expect(withCutLabelsJoined(misspelt)).toBe(misspelt);
    // A word that is not a piece of a group label (申报) stays where it is.
    const other =
      "2.申请人逾期未按收费通知要求\n申报\n缴纳费用、行政机关不再处理其政府信息公开申请 0 0";
    expect(withCutLabelsJoined(other)).toBe(other);
    // Two runs of values between the lines: two rows, not one label.
    const two = `1.申请人无正当理由逾期不补正、 ${values}\n（六） 行政机关不再处理其政府信息公开申请 ${values}`;
    expect(withCutLabelsJoined(two)).toBe(two);
  });

  it("keeps words that continue the label though they are a group label's piece too", () => {
    // 理 continues 3.其他处理 nowhere, but 开 continues …公开申请: kept in the label.
    const text = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公\n开申请 0 0";
    expect(withCutLabelsJoined(text)).toBe(text);
  });

  // The row above's total 3 right before 其他处 would read as the label 3.其他: the pieces go.
  it("lets parseText read the （六） rows of the seed's layout text", () => {
    const text = [
      "某县人民政府2022年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
      "      5.要求行政机关确认或重新出具已获取信息  0 0 0 0 0 0 0",
      "      1.申请人无正当理由逾期不补正、",
      "      行政机关不再处理其政府信息公      3    0    0      0     0   0    3",
      "  （六） 开申请",
      "  其他处 2.申请人逾期未按收费通知要求缴",
      "   理  纳费用、行政机关不再处理其政      4    1    0      0     0   0    5",
      "      府信息公开申请",
      "      3.其他                6    0    0      0     0   0    6",
    ].join("\n");
    const applications = parseText(text).report?.applications as
      | Record<string, unknown>
      | undefined;
    expect(applications?.otherOverdueCorrection).toMatchObject({ naturalPerson: 3, total: 3 });
    expect(applications?.otherOverdueFee).toMatchObject({
      naturalPerson: 4,
      commercialEnterprise: 1,
      total: 5,
    });
  });

  // Before, 3.其他 took the values of 2.申请人逾期未按收费… (the total 3 above and 其他处 read as
  // the label 3.其他), and 1.申请人… and 2.申请人… were absent.
  it("takes the side words out before a label whole on its line, its values beside it", () => {
    const text = [
      "某县人民政府2022年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
      "      5.要求行政机关确认或重新出具已获取信息  0 0 0 0 0 0 0",
      "  （六） 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 3 0 0 0 0 0 3",
      "  其他处 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 4 1 0 0 0 0 5",
      "   理  3.其他 6 0 0 0 0 0 6",
    ].join("\n");
    const applications = parseText(text).report?.applications as
      | Record<string, unknown>
      | undefined;
    expect(applications?.otherOverdueCorrection).toMatchObject({ naturalPerson: 3, total: 3 });
    expect(applications?.otherOverdueFee).toMatchObject({ naturalPerson: 4, total: 5 });
    expect(applications?.otherReasons).toMatchObject({ naturalPerson: 6, total: 6 });
  });

  it("leaves side words before a label whose values are not beside it", () => {
    const text =
      "本年 （二）部分公开\n度办 （区分处理的，只\n理结 计这一情形，不计 0 0\n果 其他情形）";
    expect(withCutLabelsJoined(text).split("\n")).toEqual([
      "（二）部分公开",
      "（区分处理的，只",
      "计这一情形，不计 0 0",
      "其他情形）",
    ]);
  });
});
