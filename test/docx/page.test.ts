/**
 * A government site's page saved as Word (scripts/page-docx-fixtures.ts: the CMS pages of
 * test/fixtures/cms-page.ts converted by LibreOffice). Word keeps the page's links as hyperlinks
 * and an older page's frame table as a table holding the report's tables. Before, the framed page
 * lost its title and agency (the whole article was one cell of a grid), and both pages put the
 * site's 上一篇/下一篇 and footer into 六's text.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/docx/read.js";
import { parseDocx } from "../../src/docx.js";
import { parseHTML, type Report, toJSON } from "../../src/index.js";
import { article } from "../fixtures/cms-page.js";

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../fixtures/docx/${name}.docx`, import.meta.url))),
  );
const TABLES = ["activeDisclosure", "applications", "reviewsAndLitigation"] as const;
const tablesOf = (report: Report | undefined) =>
  report === undefined ? undefined : TABLES.map((key) => toJSON(report)[key]);

describe("a CMS page saved as Word", () => {
  const alone = parseHTML(article).report;

  it.each(["cms-page-div", "cms-page-framed"])("%s reads as the article", async (name) => {
    const { report } = await parseDocx(fixture(name));
    expect(report?.year).toBe(2021);
    expect(report?.agency.name).toBe("平潭综合实验区");
    expect(report?.meta?.title).toBe("平潭综合实验区2021年度政府信息公开工作年度报告");
    expect(tablesOf(report)).toEqual(tablesOf(alone));
    expect(report?.preamble).toBe(alone?.preamble);
    expect(report?.otherMatters).toBe(alone?.otherMatters);
  });

  it("marks the lines of links as navigation, the report's own lines not", () => {
    const blocks = readDocx(fixture("cms-page-div")).document!.blocks;
    const navigation = blocks.flatMap((block) =>
      block.kind === "text" && block.navigation === true ? [block.text] : [],
    );
    expect(navigation).toContain("上一篇：平潭综合实验区2020年度政府信息公开工作年度报告");
    expect(navigation).toContain("平潭综合实验区2022年度政府信息公开工作年度报告");
    expect(navigation.some((line) => line.includes("总体情况"))).toBe(false);
  });

  it("reads a frame table's cells as blocks, the report's tables inside it as grids", () => {
    const framed = readDocx(fixture("cms-page-framed")).document!.blocks;
    const div = readDocx(fixture("cms-page-div")).document!.blocks;
    const grids = (blocks: typeof div) => blocks.filter((block) => block.kind === "table");
    expect(grids(framed)).toEqual(grids(div));
  });
});
