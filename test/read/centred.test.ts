/**
 * Values printed beside the middle of a wrapped row label (`pdftotext -layout`, a copy from a PDF
 * viewer) moved after the label: only where a registry row label, or the annotation after one,
 * starts before the values and ends after them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { withCentredValuesMoved } from "../../src/read/centred.js";

const values = "  0   1   0    0   0   0 1";

describe("withCentredValuesMoved", () => {
  it("moves a value line between a label's lines after the label", () => {
    const text = [
      "5.要求行政机关确认或重新出具",
      values,
      "已获取信息",
      "3.其他 0 0 0 0 0 0 0",
    ].join("\n");
    expect(withCentredValuesMoved(text)).toBe(
      ["5.要求行政机关确认或重新出具", "已获取信息", values.trim(), "3.其他 0 0 0 0 0 0 0"].join(
        "\n",
      ),
    );
  });

  it("moves values ending a label's middle line after its last line", () => {
    const text = [
      "   1.申请人无正当理由逾期不补",
      `  正、行政机关不再处理其政府信 ${values}`,
      "  息公开申请",
      "（六）其",
    ].join("\n");
    expect(withCentredValuesMoved(text).split("\n")).toEqual([
      "   1.申请人无正当理由逾期不补",
      "  正、行政机关不再处理其政府信",
      "  息公开申请",
      values.trim(),
      "（六）其",
    ]);
  });

  it("moves values inside a label's annotation after the annotation closes", () => {
    const text = [
      "度办理结 （二）部分公开（区分处理的，只计这一",
      values,
      " 果  情形，不计其他情形）",
    ].join("\n");
    expect(withCentredValuesMoved(text).split("\n")).toEqual([
      "度办理结 （二）部分公开（区分处理的，只计这一",
      " 果  情形，不计其他情形）",
      values.trim(),
    ]);
  });

  it.each([
    [
      "a table's last row before the next caption",
      "行政许可 117 0 117\n第二十条第（五）项\n信息内容 处理决定数量",
    ],
    [
      "a row before the next row's label",
      "3.补正后申请内容仍不明确 1 0 0 0 0 0 1\n（五）不\n予处理",
    ],
    ["a number in a bracket of prose", "本年共收到申请（其中\n 12\n件为网上申请）。"],
    ["a number at the end of a sentence", "全年共发布信息 2345\n条，其中政策解读 12 条。"],
    [
      "a label cut by values that no label continues",
      "5.要求行政机关确认或重新出具\n 0 0 0\n其他事项",
    ],
  ])("leaves %s as printed (the same string)", (_, text) => {
    expect(withCentredValuesMoved(text)).toBe(text);
  });

  it("moves no run onto a bracket's closing line that starts another wrapped label", () => {
    // Found by the property below (seed 1575578820): the run went after `…出具）`, inside
    // 5.要求行政机关确认或重新出具已获取信息, and a second pass moved it again.
    const text =
      "（二）部分公开（区分处理的，只计这一 0 1 2\n5.要求行政机关确认或重新出具）\n已获取信息";
    expect(withCentredValuesMoved(text)).toBe(text);
  });

  it("moves each run once, and loses no character (property)", () => {
    const pieces = [
      "5.要求行政机关确认或重新出具",
      "已获取信息",
      "（二）部分公开（区分处理的，只计这一",
      "情形，不计其他情形）",
      "行政许可",
      " 0 1 2",
      " 12",
      "（",
      "）",
      "其他",
      " ",
      "1.申请人无正当理由逾期不补",
      "正、行政机关不再处理其政府信",
      "息公开申请",
      "（六）其",
    ];
    const text = fc
      .array(fc.array(fc.constantFrom(...pieces), { maxLength: 4 }), { maxLength: 12 })
      .map((lines) => lines.map((line) => line.join("")).join("\n"));
    const characters = (s: string) => [...s.replace(/\s/g, "")].sort().join("");
    fc.assert(
      fc.property(text, (input) => {
        const output = withCentredValuesMoved(input);
        expect(characters(output)).toBe(characters(input));
        // Moving twice changes nothing more: a moved run ends its label, where it stays.
        expect(withCentredValuesMoved(output)).toBe(output);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseText of a wrapped label with its values in the middle", () => {
  it("reads the row's values under their label", () => {
    const text = [
      "三、收到和处理政府信息公开申请情况",
      "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
      "一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5",
      "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
      "三、本年度办理结果",
      "（一）予以公开 2 0 0 0 0 0 2",
      "（二）部分公开（区分处理的，只计这一",
      "   1   0   0   0   0   0 1",
      "情形，不计其他情形）",
      "（三）不予公开",
    ].join("\n");
    const { report } = parseText(text, { year: 2022 });
    expect(report?.applications?.partiallyDisclosed).toEqual({
      naturalPerson: 1,
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceInstitution: 0,
      otherOrganization: 0,
      total: 1,
    });
  });
});

// Found by review: inputs where moving a run would place a wrong number or change prose.
const H19 = [
  "上海市某区人民政府2019年政府信息公开工作年度报告",
  "",
  "   三、收到和处理政府信息公开申请情况",
  "                                   申请人情况",
  "（本列数据的勾稽关系为：",
  "                                  法人或其他组织",
  "第一项加第二项之和，等于",
  " 第三项加第四项之和）  自然人         商业   科研    社会公 法律服             总计",
  "                                                其他",
  "                         企业   机构    益组织 务机构",
];

describe("withCentredValuesMoved leaves alone", () => {
  it("a run that would join the next row's values printed above its label", () => {
    const text = [
      ...H19,
      "一、本年新收政府信息公开",
      "               821       35                2    1       859",
      "申请数量",
      "               18                                        18",
      "二、上年结转政府信息公开",
      "申请数量",
      "三、本年度办理结果",
    ].join("\n");
    expect(withCentredValuesMoved(text)).toBe(text);
    expect(parseText(text).report?.applications?.newlyReceived).toEqual({});
  });

  it("a page number before a form feed", () => {
    const text = [
      ...H19,
      "4.无正当理由大量反复申请          2   1   0   0   0   0   3",
      "5.要求行政机关确认或重新出具",
      "                                7",
      "\f已获取信息",
      "                             3   1   0   0   0   0",
      "（六）其他处理     0   0   0   0   0   0   0",
    ].join("\n");
    expect(withCentredValuesMoved(text)).toBe(text);
    expect(parseText(text).report?.applications?.notProcessedConfirmation?.naturalPerson).not.toBe(
      7,
    );
  });

  it("a number ending a line of prose before a closing bracket", () => {
    const text = "全年主动公开行政规范性文件（含部门文件 12\n件）";
    expect(withCentredValuesMoved(text)).toBe(text);
  });
});
