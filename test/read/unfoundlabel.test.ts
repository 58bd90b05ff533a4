/**
 * A row whose cells are printed blank, one a line (`规章 |` then `|` lines, as a copied page writes
 * them), followed by a row whose label is not found (misprinted past recognition, a local name, a
 * character lost to `�`): the second row's values are not the first row's. Before, they were read
 * into it (规章 2, 0, 83): wrong numbers. Now the first row is its blanks, the second is not read,
 * and its values are quoted in one finding (src/read/rows.ts, `blanksBeforeLabel`).
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { corpus, corpusFiles } from "./support.js";

// pages-006.txt (天门市胡市镇 2019, a real page): 规章's three cells blank, then 规范性文件 2 0 83.
const { text } = corpus("pages-006");
const LABEL = "规范性文件(指各行政机关印发的有正式文号的文件)";

const rows = (label: string) => {
  const result = parseText(text.replace(LABEL, label));
  const table = result.report?.activeDisclosure as Record<string, unknown> | undefined;
  return {
    regulations: table?.["regulations"],
    normativeDocuments: table?.["normativeDocuments"],
    quoted: result.findings
      .filter((f) => f.code === "PARSE_CELL_AMBIGUOUS")
      .map((f) => [f.path.join("."), f.actual]),
  };
};

const blank = { newlyMade: null, newlyPublished: null, totalPublished: null };

describe("a row of blank cells before a label not found", () => {
  it("reads as printed when the label is found", () => {
    expect(text).toContain(LABEL);
    expect(rows(LABEL)).toEqual({
      regulations: blank,
      normativeDocuments: { newlyMade: 2, newlyPublished: 0, totalPublished: 83 },
      quoted: [],
    });
  });

  it.each([
    ["a misprint past recognition", "规范性文书"],
    ["a character lost to U+FFFD", "规范性文\uFFFD"],
    ["another name", "其他文件"],
  ])("keeps the blank row blank and quotes the values after %s", (_, label) => {
    expect(rows(label)).toEqual({
      regulations: blank,
      normativeDocuments: {},
      quoted: [["activeDisclosure", "2 | 0 | 83"]],
    });
  });
});

describe("values glued to a label not found", () => {
  // github-015.txt (平潭 2022, a PDF's text layer): each row of table 三 glues its cells and the next
  // row's number (`5.属于三类内部事务信息 10000016.属于四类过程性信息 20000027.属于…`).
  const glued = corpus("github-015").text;
  const read = (from: string, to: string) => {
    expect(glued).toContain(from);
    const result = parseText(glued.replace(from, to));
    const table = result.report?.applications as Record<string, unknown> | undefined;
    return {
      table,
      quoted: result.findings
        .filter((f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === "applications")
        .map((f) => f.actual),
    };
  };
  const row = (total: number) => ({
    naturalPerson: total,
    commercialEnterprise: 0,
    researchInstitution: 0,
    socialWelfareOrganization: 0,
    legalServiceInstitution: 0,
    otherOrganization: 0,
    total,
  });

  it("reads every row when every label is found", () => {
    const { table } = read("6.属于四类过程性信息", "6.属于四类过程性信息");
    expect(table?.["withheldInternalAffairs"]).toEqual(row(1));
    expect(table?.["withheldProcessInformation"]).toEqual(row(2));
  });

  it.each([
    ["a character lost to U+FFFD", "6.属于四类过程性信\uFFFD"],
    ["a label cut short", "6.属于四类过程信"],
  ])("reads neither row around %s, and quotes both rows' digits", (_, label) => {
    const { table, quoted } = read("6.属于四类过程性信息", label);
    // Before, the row before took the next row's values: 2, 0, 0, 0, 0, 0, 2 for 1, 0, …, 1.
    expect(table?.["withheldInternalAffairs"]).toEqual({});
    expect(table?.["withheldProcessInformation"]).toEqual({});
    expect(table?.["withheldEnforcementFile"]).toEqual(row(1));
    expect(quoted).toEqual(["10000016 | 2000002"]);
  });

  it("a group's total label (`（七）总计`) not found: its row is not read into the row before", () => {
    const { table, quoted } = read("（七）总计", "（七）总\uFFFD");
    expect(table?.["otherReasons"]).toEqual({});
    expect(table?.["totalHandled"]).toEqual({});
    expect(quoted).toEqual(["0200002 | 723000075"]);
  });
});

describe("labels damaged across the corpus", () => {
  // A byte lost in decoding (UTF-8 read as GBK loses the last byte of a run of an odd number of
  // ideographs) or a glyph no font maps: a run of ideographs loses its last character to `�`. Done
  // to every odd run, then to every even one, of every corpus report: labels go unfound, and no
  // cell may then read other than the text as printed reads (12 did before).
  const damaged = (text: string, odd: boolean) =>
    text.replace(/[\u0800-\uffff]+/g, (run) =>
      run.length % 2 === (odd ? 1 : 0) && run.length > 2 ? `${run.slice(0, -1)}\uFFFD` : run,
    );

  it("reads no number wrong: a cell is as printed or not read", () => {
    let right = 0;
    const wrong: string[] = [];
    for (const { name, text } of corpusFiles()) {
      const printed = cellsOf(parseText(text).report);
      for (const odd of [true, false]) {
        const compared = compareCells(cellsOf(parseText(damaged(text, odd)).report), printed);
        right += compared.right.length;
        wrong.push(...compared.wrong.map((cell) => `${name}: ${cell}`));
      }
    }
    expect(wrong).toEqual([]);
    // The damage leaves most cells readable: the test reads, it does not only refuse.
    expect(right).toBeGreaterThan(2000);
  });
});
