/**
 * A line of values printed above its row's label (a tall cell, the label centred) moves after the
 * label, so that the label does not take the next row's values printed under it.
 */
import { describe, expect, it } from "vitest";
import { type Finding, parseText } from "../../src/index.js";
import {
  oneLineBelowLabel,
  valuesBelowLabel,
  valuesBelowRow,
  withValuesAboveMoved,
} from "../../src/read/above.js";

const run = (n: number) => `${n}    0    0      0     0   0    ${n}`;

/** What a table-三 row's `PARSE_CELL_AMBIGUOUS` quotes, if the row has one. */
const quotedAt = (findings: readonly Finding[], row: string) =>
  findings.find(
    (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === `applications.${row}`,
  )?.actual;

describe("withValuesAboveMoved", () => {
  it("moves each line of values under a whole row to the end of the label below it", () => {
    const text = [
      `      1.属于国家秘密            ${run(1)}`,
      `                          ${run(2)}`,
      "      2.其他法律行政法规禁",
      "      止公开",
      `                          ${run(3)}`,
      "      3.危及“三安全一稳定”",
      `      4.保护第三方合法权益         ${run(4)}`,
    ].join("\n");
    expect(withValuesAboveMoved(text).split("\n")).toEqual([
      `      1.属于国家秘密            ${run(1)}`,
      "      2.其他法律行政法规禁",
      `      止公开 ${run(2)}`,
      `      3.危及“三安全一稳定” ${run(3)}`,
      `      4.保护第三方合法权益         ${run(4)}`,
    ]);
  });

  it("leaves values that the lines below do not give exactly one row label", () => {
    const cases = [
      // The label below is not a registry label read exactly (止公开的).
      [
        `1.属于国家秘密 ${run(1)}`,
        run(2),
        "2.其他法律行政法规禁止公开的",
        `3.危及“三安全一稳定” ${run(3)}`,
      ],
      // The label below goes on into another label's line: where it ends is not known.
      [
        `1.属于国家秘密 ${run(1)}`,
        run(2),
        "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”",
        run(3),
      ],
      // Fewer values than the row above: a wrapped run's second line, not a row's values.
      [
        `1.属于国家秘密 ${run(1)}`,
        "0 2",
        "2.其他法律行政法规禁止公开",
        `3.危及“三安全一稳定” ${run(3)}`,
      ],
      // Under a label's words, not a whole row: the label above's values (centred.ts' case).
      ["1.属于国家秘密", run(2), "2.其他法律行政法规禁止公开", `3.危及“三安全一稳定” ${run(3)}`],
    ];
    for (const lines of cases)
      expect(withValuesAboveMoved(lines.join("\n"))).toBe(lines.join("\n"));
  });

  it("lets parseText give each row its own values, none the next row's", () => {
    const text = [
      "某县人民政府2022年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
      `  （二）部分公开                 ${run(9)}`,
      `                          ${run(3)}`,
      "      1.属于国家秘密",
      `                          ${run(4)}`,
      "      2.其他法律行政法规禁止公开",
      `      3.危及“三安全一稳定”        ${run(5)}`,
    ].join("\n");
    const applications = parseText(text).report?.applications as
      | Record<string, unknown>
      | undefined;
    expect(applications?.withheldStateSecret).toMatchObject({ naturalPerson: 3, total: 3 });
    expect(applications?.withheldProhibitedByLaw).toMatchObject({ naturalPerson: 4, total: 4 });
    expect(applications?.withheldSecurityStability).toMatchObject({ naturalPerson: 5, total: 5 });
  });

  it.each([
    ["the label below not read exactly", "1.属于国家秘密事项", run(3)],
    [
      "a blank cell left out of the values above",
      "1.属于国家秘密",
      "3    0    0      0          0    3",
    ],
  ])(
    "quotes the values after a label under values it could not move (%s)",
    (_name, label, above) => {
      const text = [
        "某县人民政府2022年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
        `  （二）部分公开                 ${run(2)}`,
        `                          ${above}`,
        `      ${label}`,
        `                          ${run(4)}`,
        "      2.其他法律行政法规禁止公开",
        `      3.危及“三安全一稳定”        ${run(5)}`,
      ].join("\n");
      const { report, findings } = parseText(text);
      // Before, 1.属于国家秘密 took 2.其他法律行政法规禁止公开's `4 … 4`.
      expect(report?.applications?.withheldStateSecret).toEqual({});
      expect(quotedAt(findings, "withheldStateSecret")).toBe(run(4).split(/\s+/).join(" | "));
    },
  );

  it("keeps values printed beside their label after a row with values under its own", () => {
    const text = [
      "某县人民政府2022年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
      `  （二）部分公开                 ${run(2)}`,
      `                          ${run(3)}`,
      `      1.属于国家秘密            ${run(4)}`,
    ].join("\n");
    expect(parseText(text).report?.applications?.withheldStateSecret).toMatchObject({
      naturalPerson: 4,
      total: 4,
    });
  });

  // A line of values under a row's own (5.'s cell printing its `13 …` above its wrapped label and
  // `3 …` below it), then a label with values beside it, then a label printing nothing: the
  // `3 …` may be 6.'s, printed above its label, and the `4 …` beside 6.'s label 7.'s, joined to
  // that line (hunt.ts seeds 721 and 723: a layout text with a line join read 7.'s 4 as 6.'s).
  // When 7. prints its own values, none is left for 6.'s to be: 6. keeps them.
  const belowFive = (seven: string) =>
    [
      "某县人民政府2022年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
      `  （三） 4.保护第三方合法权益         ${run(2)}`,
      `                          ${run(13)}`,
      "  不予公 5.属于三类内部事务信",
      "   开  息",
      `                           ${run(3)}`,
      `      6.属于四类过程性信息                            ${run(4)}`,
      seven,
      `      8.属于行政查询事项          ${run(9)}`,
    ].join("\n");

  it("quotes values beside a label under a line the row above left, the next row printing none", () => {
    const { report, findings } = parseText(belowFive("      7.属于行政执法案卷"));
    expect(report?.applications?.withheldProcessInformation).toEqual({});
    expect(quotedAt(findings, "withheldProcessInformation")).toBe(run(4).split(/\s+/).join(" | "));
  });

  it("keeps values beside a label under a line the row above left, the next row printing its own", () => {
    const applications = parseText(belowFive(`      7.属于行政执法案卷          ${run(7)}`)).report
      ?.applications;
    expect(applications?.withheldProcessInformation).toMatchObject({ naturalPerson: 4, total: 4 });
    expect(applications?.withheldEnforcementFile).toMatchObject({ naturalPerson: 7, total: 7 });
  });

  it("valuesBelowLabel tells values on a line after the label's from values beside it", () => {
    expect(valuesBelowLabel(`\n ${run(4)}\n`)).toBe(true);
    expect(valuesBelowLabel(` ${run(4)}\n`)).toBe(false);
    expect(valuesBelowLabel(` ${run(4)}`)).toBe(false);
  });

  it("valuesBelowRow tells a line of values under a row's own", () => {
    expect(valuesBelowRow(` ${run(2)}\n ${run(3)}\n`)).toBe(true);
    expect(valuesBelowRow(` ${run(2)}\n`)).toBe(false);
    // Stream order: one value a line.
    expect(valuesBelowRow(" 2\n\n0\n\n3\n")).toBe(false);
    // Stream order: a row's last two values on one line are its own, not a row's below.
    expect(valuesBelowRow("\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0 0\n\n")).toBe(false);
    expect(valuesBelowRow(" 0\n0\n0\n0\n0\n0 0\n")).toBe(false);
    // Another caption's header words, then a value: not a line of values.
    expect(valuesBelowRow(" 0 0 0\n第二十条第（八）项\n信息内容 上一年项目数量 本年增/减\n")).toBe(
      false,
    );
  });
});

describe("oneLineBelowLabel", () => {
  it("tells a line of values set in under its columns after a label printing nothing", () => {
    expect(oneLineBelowLabel("\n      13    0    0    13\n")).toBe(true);
    // Beside the label, between pipes, on two lines, or moved out of a wrapped label (no indent).
    expect(oneLineBelowLabel("   13    0    0    13\n")).toBe(false);
    expect(oneLineBelowLabel(" | 13 | 0 | 0 | 13 |\n")).toBe(false);
    expect(oneLineBelowLabel("\n   13 0 0 13\n   2 0 0 2\n")).toBe(false);
    expect(oneLineBelowLabel("\n13 0 0 13\n")).toBe(false);
    expect(oneLineBelowLabel("\n  开  息\n")).toBe(false);
  });
});
