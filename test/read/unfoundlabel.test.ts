/**
 * A row whose cells are printed blank, one a line (`规章 |` then `|` lines, as a copied page writes
 * them), followed by a row whose label is not found (misprinted past recognition, a local name, a
 * character lost to `�`): the second row's values are not the first row's. Before, they were read
 * into it (规章 2, 0, 83): wrong numbers. Now the first row is its blanks, the second is not read,
 * and its values are quoted in one finding (src/read/rows.ts, `blanksBeforeLabel`).
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { corpus } from "./support.js";

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
