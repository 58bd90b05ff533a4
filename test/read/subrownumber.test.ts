/**
 * A sub-row number other than the row's own printed among its label cells (`7.8.`, `3.确`): labels
 * printed at their cells' bottoms in a label column one character wide, rows printed blank among
 * them, so that a row's label and values no longer stand side by side. Found by print-hunt seed 6
 * (layout v22): `行政执法案卷属于行政查询事项 | 7.8. | 81 …` (7. printed its values, 8. none) read
 * 81 … 87 as 8.'s, and `另行制作补正后申请内容仍不明 | 3.确 | 109 …` read 3.'s values as 2.'s. The
 * values are quoted in both readers, never placed; a number beside its own row is still read.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { expandGrid, mapTable } from "../../src/read/gridmap/index.js";
import { subRowNumbers } from "../../src/read/labels.js";
import { templateDefinition } from "../../src/templates/registry.js";

// Table 三's header row: a corner cell over the labels, then the applicant columns.
const HEADER = [
  "",
  ...templateDefinition("2021").applications.columns.map((column) => column.label),
];
const VALUES = ["81", "82", "83", "84", "85", "86", "87"];

/** Table 三 with one row of labels and values, as a grid and as the text of a page. */
const labelled = (...labels: string[]) => [...labels, ...VALUES];

function fromGrid(row: readonly string[]) {
  const width = row.length;
  const header = [...Array(width - HEADER.length).fill(""), ...HEADER];
  const matrix = expandGrid({
    inferred: true,
    rows: [header, row].map((cells) => cells.map((text) => ({ text }))),
  });
  return mapTable("applications", [matrix], "2021");
}

function fromText(row: readonly string[]) {
  const text = [
    "某局2023年政府信息公开工作年度报告",
    "三、收到和处理政府信息公开申请情况",
    ` | ${HEADER.slice(1).join(" | ")} |`,
    ` | ${row.join(" | ")} |`,
    "四、政府信息公开行政复议、行政诉讼情况",
  ].join("\n");
  return parseText(text);
}

const cellsOf = (table: unknown, key: string) => (table as Record<string, unknown>)[key];

describe("subRowNumbers", () => {
  it.each([
    ["7.8.", ["7", "8"]],
    ["3.确", ["3"]],
    ["1.属于国家秘密", ["1"]],
    ["（含2.5万元）", []],
    ["2020.12", []],
  ])("%s → %j", (text, numbers) => {
    expect(subRowNumbers(text)).toEqual(numbers);
  });
});

describe("a sub-row number other than the row's own among its label cells", () => {
  it.each([[["属于行政查询事项", "7.8."]], [["属于行政查询事项", "7."]]])(
    "the grid mapper quotes the values: %j",
    (labels) => {
      const reading = fromGrid(labelled(...labels));
      const found = Object.entries(reading.table ?? {}).filter(
        ([, cells]) => Object.keys(cells as object).length > 0,
      );
      expect(found).toEqual([]);
      expect(reading.drafts.map((d) => `${d.code} ${d.path.join(".")}`)).toContain(
        "PARSE_CELL_AMBIGUOUS applications.withheldAdministrativeQuery",
      );
    },
  );

  it("the grid mapper quotes the values of a row without a number beside a sub-row's", () => {
    // Print-hunt seed 7, v29: （二）部分公开 printed blank, its note's end and 1.'s label wrapped
    // into one cell beside 1.'s values, which read as 部分公开's.
    const reading = fromGrid(labelled("（二）部分公开其他情形）1.属于国家秘密"));
    expect(cellsOf(reading.table, "partiallyDisclosed")).toEqual({});
    expect(cellsOf(reading.table, "withheldStateSecret")).toEqual({});
    expect(reading.drafts.map((d) => d.code)).toContain("PARSE_CELL_AMBIGUOUS");
  });

  it("the text reader quotes the values (`7.8.` beside 8.'s label)", () => {
    const { report, findings } = fromText(labelled("行政执法案卷属于行政查询事项", "7.8."));
    const applications = (report as { applications?: Record<string, object> }).applications ?? {};
    expect(applications["withheldAdministrativeQuery"]).toEqual({});
    expect(findings.map((f) => `${f.code} ${f.path.join(".")}`)).toContain(
      "PARSE_CELL_AMBIGUOUS applications.withheldAdministrativeQuery",
    );
  });

  it("the text reader quotes the values (`3.确` after 2.'s label stacked a word a line)", () => {
    // As the PDF's text renders it: 2.'s label a word a line, its end run into 3.'s start.
    const text = [
      "某局2023年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      ` | ${HEADER.slice(1).join(" | ")} |`,
      " | （四）无法提供 | 1.本机关不掌握相关政府信息 | 95 | 96 | 97 | 98 | 99 | 100 | 101 |",
      "2.",
      "没有",
      "现成",
      "信息",
      "需要",
      ` | 另行制作补正后申请内容仍不明 | 3.确 | ${VALUES.join(" | ")} |`,
      "四、政府信息公开行政复议、行政诉讼情况",
    ].join("\n");
    const { report, findings } = parseText(text);
    const applications = (report as { applications?: Record<string, object> }).applications ?? {};
    expect(applications["unavailableNeedsCreation"]).toEqual({});
    expect(findings.map((f) => `${f.code} ${f.path.join(".")}`)).toContain(
      "PARSE_CELL_AMBIGUOUS applications.unavailableNeedsCreation",
    );
  });

  it.each([
    // The row's own number printed beside its label (a layout that sets ordinals in a column of
    // their own), or opening the label cell.
    [["属于行政查询事项", "8."]],
    [["8.属于行政查询事项"]],
  ])("a row whose label cells print its own number is read: %j", (labels) => {
    const expected = {
      naturalPerson: 81,
      commercialEnterprise: 82,
      researchInstitution: 83,
      socialWelfareOrganization: 84,
      legalServiceInstitution: 85,
      otherOrganization: 86,
      total: 87,
    };
    expect(cellsOf(fromGrid(labelled(...labels)).table, "withheldAdministrativeQuery")).toEqual(
      expected,
    );
    const text = fromText(labelled(...labels)).report as { applications?: object };
    expect(cellsOf(text.applications, "withheldAdministrativeQuery")).toEqual(expected);
  });
});
