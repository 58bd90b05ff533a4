/**
 * The text reader reads a table-二 sub-table by the header words after its caption (issue 13): a
 * 2022 report printing （一）项 in the 2019 layout and （五）项 with a single 处理决定数量 column.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";

const hybrid = (title: string) => `${title}
二、主动公开政府信息情况
第二十条第（一）项
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
规章 | 0 | 0 | 0 |
行政规范性文件 | 3 | 3 | 12 |
第二十条第（五）项
信息内容 | 处理决定数量 |
行政许可 | 117 |
第二十条第（六）项
信息内容 | 本年处理决定数量 |
行政处罚 | 5 |
行政强制 | 0 |
第二十条第（八）项
信息内容 | 本年收费金额（单位：万元） |
行政事业性收费 | 0 |
三、收到和处理政府信息公开申请情况
`;

describe("parseText, table 二 printed partly in the other template's layout", () => {
  it("keeps the template of the stated year and places only the columns of the same meaning", () => {
    const { report, findings } = parseText(hybrid("某县某局2022年政府信息公开工作年度报告"));
    expect(report?.template).toBe("2021");
    expect(report?.activeDisclosure?.licensing).toEqual({ decisions: 117 });
    expect(report?.activeDisclosure?.punishment).toEqual({ decisions: 5 });
    expect(report?.activeDisclosure?.regulations).toEqual({});
    expect(report?.activeDisclosure?.normativeDocuments).toEqual({});
    const table = findings.filter((f) => f.path[0] === "activeDisclosure");
    expect(table.map((f) => `${f.code} ${f.path.join(".")}`)).toEqual([
      "TEMPLATE_MIXED activeDisclosure.regulations",
    ]);
    expect(table[0]).toMatchObject({ expected: "2021", actual: "2019" });
    expect(table[0]!.message).toContain("行政规范性文件 对外公开总数量 12");
    // The values not placed are data too, not only words of the message.
    expect(table[0]!.detail).toContain("行政规范性文件 对外公开总数量 12");
  });

  it("reads the same text as a 2020 report by the 2019 columns, 处理决定数量 alone reported", () => {
    const { report, findings } = parseText(hybrid("某县某局2020年政府信息公开工作年度报告"));
    expect(report?.template).toBe("2019");
    expect(report?.activeDisclosure?.normativeDocuments).toEqual({
      newlyMade: 3,
      newlyPublished: 3,
      totalPublished: 12,
    });
    expect(report?.activeDisclosure?.licensing).toEqual({ decisions: 117 });
    const mixed = findings.filter((f) => f.code === "TEMPLATE_MIXED").map((f) => f.path.join("."));
    // （六） and （八） print the 2021 columns: 上一年项目数量 and 本年增/减 have no place there.
    expect(mixed).toEqual(["activeDisclosure.punishment", "activeDisclosure.fees"]);
  });
});

/** A 2023 report whose table 二 is 2019's, rows and sub-tables only 2019 has included. */
const old2019 = `某镇2023年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（五）项
信息内容
上一年项目数量
本年增/减
处理决定数量
行政许可
0
0
7
其他对外管理服务事项
4
1
5
第二十条第（六）项
信息内容
上一年项目数量
本年增/减
处理决定数量
行政处罚
0
0
9
行政强制
0
0
2
第二十条第（九）项
信息内容
采购项目数量
采购总金额
政府集中采购
3
12.5
三、收到和处理政府信息公开申请情况
`;

describe("parseText, the other template's own rows in table 二", () => {
  const { report, findings } = parseText(old2019);
  const mixed = findings.filter((f) => f.code === "TEMPLATE_MIXED");

  it("keeps their values out of the rows of this template (one cell a line)", () => {
    expect(report?.template).toBe("2021");
    expect(report?.activeDisclosure?.licensing).toEqual({ decisions: 7 });
    expect(report?.activeDisclosure?.punishment).toEqual({ decisions: 9 });
    expect(report?.activeDisclosure?.coercion).toEqual({ decisions: 2 });
  });

  it("quotes them in one TEMPLATE_MIXED at the table: every sub-table printed is 2019's", () => {
    // One cause (the whole table copied from 2019's template), one finding: the sub-tables'
    // findings and the table's for （九） are merged, all they quoted kept.
    expect(mixed.map((f) => f.path.join("."))).toEqual(["activeDisclosure"]);
    expect(mixed[0]).toMatchObject({ expected: "2021", actual: "2019" });
    for (const quoted of [
      "政府集中采购: 3 | 12.5",
      "其他对外管理服务事项: 4 | 1 | 5",
      "行政许可 上一年项目数量 0",
      "行政强制 本年增/减 0",
    ]) {
      expect(mixed[0]!.message).toContain(quoted);
    }
  });

  it("are no row of a sub-table of its own when named in a note outside it", () => {
    // A 2021 table with a note after its last row: 政府集中采购 without 第二十条第（九）项 above it
    // is no row of the 2019 layout, and the table is no 2019 table.
    const text = `某镇2023年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 0 |
行政规范性文件 | 3 | 1 | 12 |
第二十条第（五）项
信息内容 | 本年处理决定数量 |
行政许可 | 117 |
第二十条第（六）项
信息内容 | 本年处理决定数量 |
行政处罚 | 5 |
行政强制 | 0 |
第二十条第（八）项
信息内容 | 本年收费金额（单位：万元） |
行政事业性收费 | 9.5 |
注：本年度政府集中采购项目3个，金额12.5万元。
三、收到和处理政府信息公开申请情况
`;
    const { report, findings } = parseText(text);
    expect(JSON.stringify(report?.activeDisclosure?.fees)).toBe('{"amount":"9.5"}');
    expect(findings.filter((f) => f.code === "TEMPLATE_MIXED")).toEqual([]);
  });

  it("are still quoted when printed as a row whose sub-table's caption was lost", () => {
    const { findings: lost } = parseText(old2019.replace("第二十条第（九）项\n", ""));
    const table = lost.filter((f) => f.code === "TEMPLATE_MIXED" && f.path.length === 1);
    expect(table.map((f) => f.message)).toEqual([
      expect.stringContaining("政府集中采购: 3 | 12.5"),
    ]);
  });
});
