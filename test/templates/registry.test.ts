import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  applicationDataRows,
  applicationResultRows,
  detectTemplate,
  identitiesOf,
  tableLayout,
  templateFor,
  templates,
  templateVersions,
} from "../../src/index.js";
import { detectTemplateByLabels, perTemplate } from "../../src/templates/registry.js";
import { matchKey } from "../../src/text/normalize.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("template registries", () => {
  it.each([
    ["2019", 19, 23],
    ["2021", 21, 25],
  ] as const)(
    "%s: table 三 has %i result leaves and %i data rows (format-spec §5.2, §6.3)",
    (version, leaves, rows) => {
      expect(applicationResultRows(version)).toHaveLength(leaves);
      expect(applicationDataRows(version)).toHaveLength(rows);
      expect(templates[version].applications.columns).toHaveLength(7);
    },
  );

  it("table 四 has 3 groups × 5 columns in both versions", () => {
    for (const version of templateVersions) {
      const { groups, columns } = templates[version].reviewsAndLitigation;
      expect(groups.length * columns.length).toBe(15);
    }
  });

  it("table 二: 2019 has five sub-tables with （九）, 2021 four without", () => {
    expect(templates["2019"].activeDisclosure.groups.map((g) => g.key)).toEqual([
      "article20Item1",
      "article20Item5",
      "article20Item6",
      "article20Item8",
      "article20Item9",
    ]);
    expect(templates["2021"].activeDisclosure.groups.map((g) => g.key)).toEqual([
      "article20Item1",
      "article20Item5",
      "article20Item6",
      "article20Item8",
    ]);
  });

  it("keys are unique within each table and every parent exists", () => {
    for (const version of templateVersions) {
      for (const table of tableLayout(version)) {
        const keys = table.rows.map((r) => r.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const row of table.rows) {
          const columnKeys = row.columns.map((c) => c.key);
          expect(new Set(columnKeys).size).toBe(columnKeys.length);
        }
      }
      const rows = templates[version].applications.rows;
      const keys = new Set<string>(rows.map((r) => r.key));
      for (const row of rows) {
        if ("parent" in row) expect(keys.has(row.parent)).toBe(true);
      }
    }
  });

  it("the 2021 （六） group has three leaves, the 2019 （六） is one leaf", () => {
    const leaves2021 = templates["2021"].applications.rows.filter(
      (r) => "parent" in r && r.parent === "otherProcessing",
    );
    expect(leaves2021.map((r) => r.key)).toEqual([
      "otherOverdueCorrection",
      "otherOverdueFee",
      "otherReasons",
    ]);
    expect(applicationResultRows("2019")).toContain("otherHandling");
    expect(applicationResultRows("2021")).not.toContain("otherHandling");
  });

  it("identities: one per row, column and group", () => {
    const count = (version: "2019" | "2021", code: string) =>
      identitiesOf(version).filter((i) => i.code === code).length;
    expect(count("2019", "T3_ROW_TOTAL")).toBe(23);
    expect(count("2021", "T3_ROW_TOTAL")).toBe(25);
    expect(count("2021", "T3_RESULT_TOTAL")).toBe(7);
    expect(count("2021", "T3_BALANCE")).toBe(7);
    expect(count("2019", "T4_GROUP_TOTAL")).toBe(3);
    const resultTotal = identitiesOf("2021").find(
      (i) => i.code === "T3_RESULT_TOTAL" && i.scope === "total",
    );
    expect(resultTotal?.right).toHaveLength(21);
  });

  it("every row and column label of tables 二, 三, 四 stands in exactly one place in src/", () => {
    // Code only: documentation comments may quote labels in their examples.
    const sources = sourceFiles("src").map((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
        .join("\n"),
    );
    const labels = new Set<string>();
    for (const version of templateVersions) {
      const definition = templates[version];
      for (const group of definition.activeDisclosure.groups) {
        labels.add(group.label);
        for (const c of group.columns) labels.add(c.label);
        for (const r of group.rows) labels.add(r.label);
      }
      for (const r of definition.applications.rows) labels.add(r.label);
      for (const c of definition.applications.columns) labels.add(c.label);
      for (const g of definition.reviewsAndLitigation.groups) labels.add(g.label);
      for (const c of definition.reviewsAndLitigation.columns) labels.add(c.label);
    }
    expect(labels.size).toBeGreaterThan(60);
    for (const label of labels) {
      const occurrences = sources.reduce((n, text) => n + text.split(`"${label}"`).length - 1, 0);
      expect({ label, occurrences }).toEqual({ label, occurrences: 1 });
    }
  });
});

describe("perTemplate", () => {
  it("gives each template version the value computed from it, once, frozen", () => {
    const seen: string[] = [];
    const instruments = perTemplate((version) => {
      seen.push(version);
      return templates[version].instrument;
    });
    expect(seen).toEqual(["2019", "2021"]);
    expect(instruments).toEqual({
      "2019": "国办公开办函〔2019〕60号",
      "2021": "国办公开办函〔2021〕30号",
    });
    expect(Object.isFrozen(instruments)).toBe(true);
  });
});

describe("templateFor", () => {
  it.each([
    [2018, undefined],
    [2019, "2019"],
    [2020, "2019"],
    [2021, "2021"],
    [2025, "2021"],
    [2020.5, undefined],
  ])("templateFor(%s) = %s", (year, expected) => {
    expect(templateFor(year)).toBe(expected);
  });
});

describe("detectTemplate", () => {
  it("recognises the 2021 table 二 headers", () => {
    expect(
      detectTemplate("第二十条第(一)项 | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数"),
    ).toBe("2021");
  });
  it("recognises the 2019 table 二 headers, even split or traditional", () => {
    expect(detectTemplate("信息内容\n本年新\n制作数量\n本年新\n公开数量\n对外公开总数量")).toBe(
      "2019",
    );
    expect(detectTemplate("第二十條第（九）項 政府集中採購 採購項目數量")).toBe("2019");
  });
  // 2019's 处理决定数量 is printed inside 2021's 本年处理决定数量: a text printing the latter is no
  // evidence of 2019 (rwldrm-jyj-2021, test/fixtures/heldout6: its 2021 （五）（六）（八） outweighed by
  // 2019's （一） columns plus that substring, so 2021's rows were left ambiguous).
  it("does not count a label of one template printed inside a label of the other, and counts sub-tables, not labels", () => {
    expect(detectTemplateByLabels("信息内容 本年处理决定数量 行政许可 5")).toBe("2021");
    expect(
      detectTemplateByLabels(
        "第二十条第（五）项 信息内容 本年处理决定数量 第二十条第（六）项 信息内容 本年处理决定数量",
      ),
    ).toBe("2021");
    // 2019's （一） columns against 2021's （五）（六）（八）: one sub-table against three, whatever their
    // number of columns (three labels each, 2019's by label count before).
    expect(
      detectTemplateByLabels(
        "信息内容 本年新制作数量 本年新公开数量 对外公开总数量 信息内容 本年处理决定数量 信息内容 本年处理决定数量 信息内容 本年收费金额（单位：万元）",
      ),
    ).toBe("2021");
    // And the other way round: 2021's （一） in a 2019 table 二.
    expect(
      detectTemplateByLabels(
        "信息内容 本年制发件数 本年废止件数 现行有效件数 信息内容 上一年项目数量 本年增/减 处理决定数量 采购项目数量 采购总金额",
      ),
    ).toBe("2019");
    expect(detectTemplateByLabels("信息内容 上一年项目数量 本年增/减 处理决定数量")).toBe("2019");
  });
  it("falls back on the （六） rows of table 三", () => {
    expect(
      detectTemplate(
        "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      ),
    ).toBe("2021");
  });
  it("falls back on the year, and gives up without evidence", () => {
    expect(detectTemplate("某镇2020年政府信息公开工作年度报告")).toBe("2019");
    expect(detectTemplate("某镇2023年度政府信息公开工作报告")).toBe("2021");
    expect(detectTemplate("一、总体情况")).toBeUndefined();
  });
});

describe("matchKey", () => {
  it("folds width, punctuation, spacing and traditional forms", () => {
    expect(matchKey("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")).toBe(
      matchKey("(二)部分公开(区分处理的,只计这一情形,不计其他情形)"),
    );
    expect(matchKey("規範性檔案")).toBe("规范性文件");
    expect(matchKey("规 章")).toBe("规章");
    expect(matchKey("3.危及“三安全一稳定”")).toBe(matchKey('3、危及"三安全一稳定"'));
  });
});
