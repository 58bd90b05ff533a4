/**
 * Held-out text excerpts whose tables print as cell rows, put back into web pages by
 * scripts/heldout-grids.ts (files in test/fixtures/heldout-grids/: each printed cell one `<td>`
 * as printed, no spans, since the excerpt does not tell them) and read by parseHTML against the
 * report's hand-typed oracle. A header printed without its spans starts at the grid's first
 * column, over the row labels: before table 三 read such headers as the value columns, every
 * number of table 三 was quoted as ambiguous (zhanjiang-dfz-2023 read 10 of 31 cells).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/docx.js";
import { parseHTML } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { heldOutDir } from "../support/heldout.js";

const page = (name: string) =>
  readFileSync(new URL(`../fixtures/heldout-grids/${name}.html`, import.meta.url), "utf8");
const pdf = (name: string) =>
  parsePdf(
    new Uint8Array(readFileSync(new URL(`../fixtures/heldout-grids/${name}.pdf`, import.meta.url))),
  );
const docx = (name: string) =>
  parseDocx(
    new Uint8Array(
      readFileSync(new URL(`../fixtures/heldout-grids/${name}.docx`, import.meta.url)),
    ),
  );
const oracleOf = (set: "heldout" | "heldout2" | "heldout4" | "heldout5", name: string) => {
  const oracle = JSON.parse(readFileSync(`${heldOutDir(set)}${name}.cells.json`, "utf8")) as {
    cells: Record<string, unknown>;
  };
  return new Map(Object.entries(oracle.cells).map(([k, v]) => [k, JSON.stringify(v)]));
};

describe("held-out tables rebuilt from their cell rows", () => {
  it("reads table 三 under a header printed without its spans by each row's count of values", () => {
    const result = parseHTML(page("zhanjiang-dfz-2023"));
    const compared = compareCells(
      cellsOf(result.report),
      oracleOf("heldout", "zhanjiang-dfz-2023"),
    );
    expect(compared.wrong).toEqual([]);
    expect(compared.absent).toEqual([]);
    expect(compared.right).toContain("applications.newlyReceived.total");
    expect(compared.right).toContain("applications.disclosed.naturalPerson");
  });

  it("leaves a row with fewer values than columns there, since its columns are a guess", () => {
    const html = page("zhanjiang-dfz-2023").replace(
      "<tr><td>一、本年新收政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td>",
      "<tr><td>一、本年新收政府信息公开申请数量</td>",
    );
    expect(html).not.toBe(page("zhanjiang-dfz-2023"));
    const result = parseHTML(html);
    const read = cellsOf(result.report);
    for (const column of ["naturalPerson", "otherOrganization", "total"])
      expect(read.has(`applications.newlyReceived.${column}`)).toBe(false);
    expect(result.findings.map((f) => `${f.code} ${f.path.join(".")}`)).toContain(
      "PARSE_CELL_UNREADABLE applications.newlyReceived",
    );
    // The other rows, each with a value in every column, are still read.
    expect(read.get("applications.carriedOver.total")).toBe("0");
  });

  it("reads a table's rows beside the unruled ends of shorter rows (Chromium, A4)", async () => {
    // Table 二 of a 2019 report, its last two sub-tables a column narrower than the table: the
    // unruled ends of their rows were read as one cell over six rows, their values in it
    // (行政事业性收费 unreadable, 政府集中采购 ambiguous: 32 of 36 cells).
    const result = await pdf("chibi-pufang-2020-chromium-a4");
    const compared = compareCells(cellsOf(result.report), oracleOf("heldout", "chibi-pufang-2020"));
    expect(compared.wrong).toEqual([]);
    expect(compared.absent).toEqual([]);
    expect(compared.right).toContain("activeDisclosure.fees.previousItems");
    expect(compared.right).toContain("activeDisclosure.procurement.totalAmount");
  });

  it("places no value of a row whose cells run past where a guessed layout puts its values", async () => {
    // Table 三 120 mm wide, its header on one page and its rows on the next (the layout there
    // guessed from the grid's right edge): a row one cell short of the others, ending in the
    // unruled cell beside it, read as values shifted by one column (20 numbers wrong) before.
    const result = await pdf("longgang-bm-2024-chromium-narrow");
    const compared = compareCells(cellsOf(result.report), oracleOf("heldout2", "longgang-bm-2024"));
    expect(compared.wrong).toEqual([]);
    expect(compared.right.length).toBeGreaterThanOrEqual(24);
    const codes = result.findings.map((f) => `${f.code} ${f.path.join(".")}`);
    expect(codes).toContain("PARSE_CELL_AMBIGUOUS applications.newlyReceived");
  });

  it("gives headers cut short (本年新) the columns their places leave, in the template's order", () => {
    // `信息内容 | 本年新 | 本年新 | 对外公开总数量`: the two cut headers are each the start of a column
    // of 第二十条第(一)项 and stand where the template has them (weishan read 32 of 36 before).
    const html = page("weishan-liangcheng-2020");
    const compared = compareCells(
      cellsOf(parseHTML(html).report),
      oracleOf("heldout", "weishan-liangcheng-2020"),
    );
    expect(compared.wrong).toEqual([]);
    expect(compared.absent).toEqual([]);
    expect(compared.right).toContain("activeDisclosure.regulations.newlyMade");
    expect(compared.right).toContain("activeDisclosure.normativeDocuments.newlyPublished");
  });

  it("leaves a cut header's column unread where it is no start of the column its place gives", () => {
    const first = "<td>信息内容</td><td>本年新</td><td>本年新</td>";
    const html = page("weishan-liangcheng-2020").replace(
      first,
      "<td>信息内容</td><td>本年增</td><td>本年新</td>",
    );
    expect(html).not.toBe(page("weishan-liangcheng-2020"));
    const result = parseHTML(html);
    const read = cellsOf(result.report);
    expect(read.has("activeDisclosure.regulations.newlyMade")).toBe(false);
    expect(read.has("activeDisclosure.regulations.newlyPublished")).toBe(false);
    expect(read.get("activeDisclosure.regulations.totalPublished")).toBe("0");
    expect(result.findings.map((f) => `${f.code} ${f.path.join(".")}`)).toContain(
      "PARSE_CELL_AMBIGUOUS activeDisclosure.regulations",
    );
  });

  it("reads table 二's labels with a mirror's pinyin glosses in its cells (page and Word file)", async () => {
    // A Traditional-script mirror glossing characters inside its labels (`本年制發(fā)件數(shù)`,
    // `規(guī)章`): the text reader drops the glosses, but cells went to the mapper as printed, and no
    // label of table 二 matched (0 of 10 cells, the section PARSE_CELL_UNREADABLE).
    const oracle = oracleOf("heldout4", "tufwp-fenghuang-2021");
    for (const result of [
      parseHTML(page("tufwp-fenghuang-2021")),
      await docx("tufwp-fenghuang-2021"),
    ]) {
      const compared = compareCells(cellsOf(result.report), oracle);
      expect(compared.wrong).toEqual([]);
      expect(compared.absent).toEqual([]);
      expect(compared.right).toContain("activeDisclosure.normativeDocuments.inForce");
      expect(compared.right).toContain("activeDisclosure.fees.amount");
    }
  });

  it("reads a header row cut by a page break whose last lines Chromium printed below the cut", async () => {
    // Table 三 120 mm wide, a page break inside its header (`自然人` one character a line): the
    // cut row's last lines stand below the table's last ruling line, outside every cell, and were
    // read as a paragraph between two tables (`于第三项加第四项之和) 然 计`), which left the row
    // under it unreadable (7 cells). Its cells left open by the break now take those lines.
    const result = await pdf("wendeng-zjj-2019-chromium-narrow");
    const compared = compareCells(cellsOf(result.report), oracleOf("heldout5", "wendeng-zjj-2019"));
    expect(compared.wrong).toEqual([]);
    expect(compared.absent).toEqual([]);
    expect(compared.right).toContain("applications.newlyReceived.naturalPerson");
    expect(compared.right).toContain("applications.newlyReceived.total");
  });
});
