/**
 * Cells that are paragraphs in a table written with tabs (src/read/tabrows.ts): a browser's
 * `innerText` of Word's HTML (`<td><p>186</p></td>`) puts each cell on lines of its own.
 */
import { describe, expect, it } from "vitest";
import { fromJSON, parseText, type Report, toHTML } from "../../src/index.js";
import { tabRows } from "../../src/read/tabrows.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { cellsOf } from "../support/cells.js";
import { distinctValues } from "../system/support.js";
import { innerText } from "./innerText.js";

describe("tabRows", () => {
  it("joins cells standing on lines of their own into their row", () => {
    expect(tabRows("结果维持|总计\n\n\n186\n\n|\n\n187\n\n|\n\n188\n\n")).toEqual([
      "结果维持|总计",
      "186|187|188",
    ]);
  });

  it("keeps blank cells (a pipe line after a pipe line) in their place", () => {
    expect(tabRows("\n\n58\n\n|\n\n|\n\n|\n\n59\n\n|\n\n60")).toEqual(["58|||59|60"]);
  });

  it("leaves rows written a line each as they are", () => {
    const text = "行政复议|行政诉讼\n结果维持|结果纠正\n1|0|0|0|1\n|2|3";
    expect(tabRows(text)).toEqual(text.split("\n"));
  });

  it("keeps values out of a header row that ends with a blank cell, and prose out of values", () => {
    expect(tabRows("结果维持|总计|\n1\n|\n2\n五、存在的主要问题\n|3")).toEqual([
      "结果维持|总计|",
      "1|2",
      "五、存在的主要问题",
      "|3",
    ]);
  });
});

/** toHTML's page with every value cell's text wrapped in a paragraph, as Word exports a table. */
const paragraphCells = (report: Report) =>
  toHTML(report).replace(/(<td[^>]*>)(.*?)(<\/td>)/g, "$1<p>$2</p>$3");

describe("parseText of a browser's innerText of a page whose cells are paragraphs", () => {
  it.each([
    ["the seed report, every value distinct", fromJSON(distinctValues(seedReport)).report!],
    [
      "Shanghai 2019, every value distinct, its blanks kept",
      fromJSON(distinctValues(shanghai2019Report)).report!,
    ],
    ["Shanghai 2019", shanghai2019Report],
  ])("reads every cell of table 四 too: %s", (_, report) => {
    const html = paragraphCells(report);
    expect(html).toContain("<p>");
    const text = innerText(html);
    // Table 四's values, one cell a paragraph: before, they stood on lines without a tab and the
    // table was said missing.
    expect(text).toMatch(/\n\n\d+\n\n\t\n\n/);
    const result = parseText(text);
    expect(cellsOf(result.report)).toEqual(cellsOf(report));
    expect(result.findings).toEqual([]);
  });
});
