/**
 * parseHTML on Word-style pages (test/fixtures/html, see its README): LibreOffice's HTML export of
 * toHTML pages (directly and through a .doc), and a page written as Word 2010 writes one, with the
 * numbers of a real report (corpus github-014). Every table reads cell for cell.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseHTML, parseText, type Report, toHTML, toJSON, validate } from "../../src/index.js";
import { htmlDocument } from "../../src/read/htmldom.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { corpus } from "./support.js";

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/html/${name}`, import.meta.url)), "utf8");
const TABLES = ["activeDisclosure", "applications", "reviewsAndLitigation"] as const;
const tablesOf = (report: Report | undefined) =>
  Object.fromEntries(TABLES.map((key) => [key, toJSON(report!)[key]]));

describe("parseHTML on LibreOffice exports", () => {
  it.each([
    ["seed-libreoffice.html", seedReport],
    ["seed-libreoffice-doc.html", seedReport],
    ["shanghai-2019-libreoffice-doc.html", shanghai2019Report],
  ] as const)("%s reads every table cell for cell, year and template right", (name, report) => {
    const { report: read, findings } = parseHTML(fixture(name));
    expect(findings).toEqual([]);
    expect(read?.year).toBe(report.year);
    expect(read?.template).toBe(report.template);
    expect(tablesOf(read)).toEqual(tablesOf(report));
    expect(read?.overview).toBe(report.overview);
  });
});

describe("parseHTML on a Word 2010 page", () => {
  const html = fixture("word2010-pingtan-2021.html");
  const source = corpus("github-014");

  it("joins runs without spaces, skips the head and conditional comments, keeps list numbers", () => {
    const texts = htmlDocument(html).blocks.flatMap((b) => (b.kind === "text" ? [b.text] : []));
    expect(texts[0]).toBe("平潭综合实验区2021年度政府信息公开工作年度报告");
    expect(texts).toContain("一、 总体情况");
    expect(texts.join("\n")).not.toMatch(/微软用户|mso-|DocumentProperties|font-face/);
    const grids = htmlDocument(html).blocks.flatMap((b) => (b.kind === "table" ? [b.grid] : []));
    expect(grids).toHaveLength(3);
    // 信息内容 split across two runs, 64 across two runs: one word, one number.
    expect(grids[0]!.rows[1]![0]!.text).toBe("信息内容");
    expect(grids[1]!.rows[3]![1]!.text).toBe("64");
    // A cell holding only &nbsp; is blank.
    expect(grids[2]!.rows[3]![14]!.text).toBe("");
  });

  it("reads the tables of the published report, blank cells as blank", () => {
    const { report, findings } = parseHTML(html);
    expect(findings).toEqual([]);
    expect(report?.year).toBe(2021);
    expect(report?.template).toBe("2021");
    // The same numbers as the published text reads; the page prints 规范性文件 blank (the text's
    // row is unreadable) and 复议后起诉 with blank cells for its zeros.
    const published = parseText(source.text).report!;
    const expected = tablesOf(published) as Record<string, Record<string, Record<string, unknown>>>;
    expected["activeDisclosure"]!["normativeDocuments"] = {
      issued: null,
      repealed: null,
      inForce: null,
    };
    expected["reviewsAndLitigation"]!["litigationAfterReview"] = Object.fromEntries(
      Object.entries(expected["reviewsAndLitigation"]!["litigationAfterReview"]!).map(([k, v]) => [
        k,
        v === 0 ? null : v,
      ]),
    );
    expect(tablesOf(report)).toEqual(expected);
  });
});

describe("parseHTML skips what a page does not say as its article", () => {
  it("reads our own standalone page back without its findings panel (平潭 2020)", () => {
    const { report } = parseText(corpus("github-013").text);
    const { findings } = validate(report!);
    expect(findings.map((f) => f.code)).toContain("T3_RESULT_TOTAL");
    const page = toHTML(report!, { standalone: true, findings });
    // The panel is in the page (so that skipping it is what this test sees).
    expect(page).toContain('<aside class="zfxxgk-findings">');
    const back = parseHTML(page).report;
    expect(back?.otherMatters).toBe(report?.otherMatters);
    expect(tablesOf(back)).toEqual(tablesOf(report));
  });

  it("skips menus, side notes and hidden elements, keeps the rest", () => {
    const document = htmlDocument(
      [
        "<nav>首页 &gt; 政务公开</nav>",
        "<p>一、总体情况</p>",
        '<p>正文<span style="display: none">隐藏</span>可见</p>',
        "<div hidden>不显示</div>",
        '<p style="display:block">显示</p>',
        "<aside>相关链接</aside>",
      ].join(""),
    );
    const text = document.blocks
      .map((block) => (block.kind === "text" ? block.text : ""))
      .join("\n");
    expect(text).toBe("一、总体情况\n正文可见\n显示");
  });
});

describe("parseHTML on a page whose last table stops after a row short of cells", () => {
  // A page cut after table 三's first row (an excerpt), its header rows printed without spans, so
  // that the text reader reads the table from the page's rows; the row prints six of its seven
  // cells. A web page's row is whole where the page stops: the cell lost may be any, so the
  // values are not placed from the first column on (before: 其他 2, the 总计's value).
  const row = (cells: readonly string[]) =>
    `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
  const page = (first: readonly string[]) =>
    [
      "<html><body><p>某局2019年政府信息公开工作年度报告</p>",
      "<p>三、收到和处理政府信息公开申请情况</p><table>",
      row(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"]),
      row(["自然人", "法人或其他组织", "总计"]),
      row(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]),
      row(["一、本年新收政府信息公开申请数量", ...first]),
      "</table></body></html>",
    ].join("");

  it("reads the row whole as printed", () => {
    const { report } = parseHTML(page(["2", "0", "0", "0", "0", "0", "2"]));
    expect(report?.applications?.newlyReceived).toMatchObject({ naturalPerson: 2, total: 2 });
  });

  it("places no value of the short row by position, and quotes it", () => {
    const { report, findings } = parseHTML(page(["2", "0", "0", "0", "0", "2"]));
    expect(report?.applications?.newlyReceived?.otherOrganization).toBeUndefined();
    expect(report?.applications?.newlyReceived?.naturalPerson).toBeUndefined();
    const quoted = findings.find((f) => f.path.join(".") === "applications.newlyReceived");
    expect([quoted?.code, quoted?.actual]).toEqual([
      "PARSE_CELL_AMBIGUOUS",
      "2 | 0 | 0 | 0 | 0 | 2",
    ]);
    expect(findings.some((f) => f.code === "PARSE_TRUNCATED")).toBe(true);
  });
});

describe("parseHTML on table 二 broken across two tables", () => {
  // A sub-table broken by a page break: its header in the first table, a row in the second (a Word
  // file exported to a web page prints the break between two tables).
  const row = (cells: readonly string[]) =>
    `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
  const page = (normative: readonly string[]) =>
    [
      "<html><body><p>某局2022年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>",
      row(["第二十条第（一）项"]),
      row(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]),
      row(["规章", "0", "0", "0"]),
      "</table><p>第2页 共6页</p><table>",
      row(["规范性文件", ...normative]),
      "</table></body></html>",
    ].join("");

  it("reads the continued row under the first table's headers", () => {
    const { report } = parseHTML(page(["13", "0", "55"]));
    expect(report?.activeDisclosure?.normativeDocuments).toEqual({
      issued: 13,
      repealed: 0,
      inForce: 55,
    });
  });

  it("reads the continued row when the first table has a column of no cell (备注)", () => {
    const html = page(["13", "0", "55"])
      .replace("<td>现行有效件数</td>", "<td>现行有效件数</td><td>备注</td>")
      .replace(/(<td>规章<\/td>(?:<td>0<\/td>){3})/, "$1<td></td>");
    expect(html).toContain("<td>备注</td>");
    const { report } = parseHTML(html);
    expect(report?.activeDisclosure?.normativeDocuments).toEqual({
      issued: 13,
      repealed: 0,
      inForce: 55,
    });
  });

  it("places no value of a continued row short of a cell, and quotes it", () => {
    // Before, 0 and 55 were read as 本年制发件数 and 本年废止件数: the second table is narrower,
    // and the headers were cut to its width.
    const { report, findings } = parseHTML(page(["0", "55"]));
    expect(report?.activeDisclosure?.normativeDocuments).toEqual({});
    const quoted = findings.find((f) => f.path.join(".") === "activeDisclosure.normativeDocuments");
    expect([quoted?.code, quoted?.actual]).toEqual(["PARSE_CELL_AMBIGUOUS", "0 | 55"]);
  });
});

describe("parseHTML on table 三 broken across two tables", () => {
  // Its header and first row in one table, the next row after a page break in a second table.
  const cells = (values: readonly string[]) => values.map((v) => `<td>${v}</td>`).join("");
  const page = (carried: readonly string[]) =>
    [
      "<html><body><p>某局2022年政府信息公开工作年度报告</p>",
      "<p>三、收到和处理政府信息公开申请情况</p><table>",
      '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
      '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
      `<tr>${cells(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])}</tr>`,
      `<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>${cells(["5", "1", "0", "0", "0", "0", "6"])}</tr>`,
      "</table><p>第2页 共6页</p><table>",
      `<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>${cells(carried)}</tr>`,
      "</table></body></html>",
    ].join("");

  it("reads the continued row under the first table's headers", () => {
    const { report } = parseHTML(page(["2", "1", "0", "0", "0", "0", "3"]));
    expect(report?.applications?.carriedOver).toMatchObject({
      naturalPerson: 2,
      commercialEnterprise: 1,
      total: 3,
    });
  });

  it.each([
    ["a 0 lost", ["2", "1", "0", "0", "0", "3"]],
    ["the 总计 lost", ["2", "1", "0", "0", "0", "0"]],
  ])("places no value of a continued row short of a cell (%s), and quotes it", (_, carried) => {
    // Before, the values were moved to the row's right edge: 商业企业 2, 科研机构 1 (and 总计 0).
    const { report, findings } = parseHTML(page(carried));
    expect(report?.applications?.carriedOver).toEqual({});
    const quoted = findings.find((f) => f.path.join(".") === "applications.carriedOver");
    expect([quoted?.code, quoted?.actual]).toEqual(["PARSE_CELL_AMBIGUOUS", carried.join(" | ")]);
  });
});

describe("parseHTML on a page whose table is printed as paragraphs, a footer table after it", () => {
  // Table 三 printed as lines of text (no table element), cut inside 二、上年结转…; the page's
  // footer may be a table of links. Only a row of the document's own table is whole where the
  // text stops: this one is the text's, cut after its first three cells.
  const html = (footer: string) =>
    [
      "<html><body><p>某局2022年政府信息公开工作年度报告</p>",
      "<p>三、收到和处理政府信息公开申请情况</p>",
      "<p>申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计</p>",
      "<p>一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6</p>",
      "<p>二、上年结转政府信息公开申请数量 2 0 0</p>",
      footer,
      "</body></html>",
    ].join("");
  const about = (findings: readonly { path: readonly (string | number)[]; code: string }[]) =>
    findings.filter((f) => f.path.join(".") === "applications.carriedOver").map((f) => f.code);

  it("reads the row the text stops inside from its first column", () => {
    const { report, findings } = parseHTML(html(""));
    expect(report?.applications?.carriedOver).toEqual({
      naturalPerson: 2,
      commercialEnterprise: 0,
      researchInstitution: 0,
    });
    expect(about(findings)).toEqual(["PARSE_TRUNCATED"]);
  });

  it("does not take the row for a whole row of the footer's table", () => {
    // Before, the footer table ending the body made the row whole: its cells were then said
    // unreadable besides the text stopping in it.
    const { findings } = parseHTML(
      html("<table><tr><td>打印本页</td><td>关闭窗口</td></tr></table>"),
    );
    expect(about(findings)).toEqual(["PARSE_TRUNCATED"]);
  });
});

describe("parseHTML on table 四 printed without a header it can read", () => {
  const values = ["40", "0", "10", "5", "55", "2", "0", "4", "6", "12", "6", "0", "9", "7", "22"];
  const page = (row: readonly string[]) =>
    [
      "<html><body><p>某局2024年政府信息公开工作年度报告</p>",
      "<p>四、政府信息公开行政复议、行政诉讼情况</p><table>",
      "<tr><td>行政复议</td><td>行政诉讼</td></tr>",
      `<tr>${row.map((c) => `<td>${c}</td>`).join("")}</tr>`,
      "</table><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>",
    ].join("");

  it("reads its fifteen values when a blank cell follows them", () => {
    // A ragged export's stray cell at the row's end: before, the columns were taken from the
    // grid's edge and every value read one column off (复议 结果维持 0 for 40, 总计 2 for 55).
    const { report } = parseHTML(page([...values, ""]));
    expect(report?.reviewsAndLitigation?.administrativeReview).toEqual({
      upheld: 40,
      corrected: 0,
      otherOutcome: 10,
      pending: 5,
      total: 55,
    });
    expect(report?.reviewsAndLitigation?.litigationAfterReview?.total).toBe(22);
  });

  it("keeps a blank last value as the 总计 when a label, no number, stands before the values", () => {
    const { report } = parseHTML(page(["数量", ...values.slice(0, 14), ""]));
    expect(report?.reviewsAndLitigation?.administrativeReview).toMatchObject({ upheld: 40 });
    expect(report?.reviewsAndLitigation?.litigationAfterReview?.pending).toBe(7);
    expect(report?.reviewsAndLitigation?.litigationAfterReview?.total).toBeNull();
  });
});

describe("parseHTML on a page ending with table 四 one cell short", () => {
  it("places none of its values by position from the row's start", () => {
    // A page that stops after table 四, printed as a table of fourteen cells (未经复议直接起诉's
    // 结果纠正 0 lost) that the grid mapper cannot place. The text reader took the row as cut by
    // the text's end and read 结果纠正 4, 其他结果 6, 尚未审结 12 and 总计 6 for 0, 4, 6 and 12.
    const values = ["40", "0", "10", "5", "55", "2", "4", "6", "12", "6", "0", "9", "7", "22"];
    const html = [
      "<html><body><p>某局2024年政府信息公开工作年度报告</p>",
      "<p>四、政府信息公开行政复议、行政诉讼情况</p><table>",
      `<tr>${values.map((c) => `<td>${c}</td>`).join("")}</tr>`,
      "</table></body></html>",
    ].join("");
    const { report, findings } = parseHTML(html);
    const without = report?.reviewsAndLitigation?.litigationWithoutReview ?? {};
    expect(without.corrected).toBeUndefined();
    expect(without.otherOutcome).toBeUndefined();
    expect(without.total).toBeUndefined();
    // Its cells are the table's cells, none glued: the group totals leave the lost cell inside
    // 未经复议直接起诉, so 行政复议 and 复议后起诉 have one reading each, and the row is quoted.
    expect(report?.reviewsAndLitigation?.administrativeReview).toEqual({
      upheld: 40,
      corrected: 0,
      otherOutcome: 10,
      pending: 5,
      total: 55,
    });
    expect(report?.reviewsAndLitigation?.litigationAfterReview).toEqual({
      upheld: 6,
      corrected: 0,
      otherOutcome: 9,
      pending: 7,
      total: 22,
    });
    const quoted = findings.find((f) => f.code === "PARSE_CELL_AMBIGUOUS");
    expect(quoted?.path).toEqual(["reviewsAndLitigation"]);
    expect(quoted?.actual).toBe(values.join(" | "));
  });

  it("places nothing when a cell holds two numbers (they may be two cells glued)", () => {
    const values = ["40", "0", "10", "5", "55", "2 4", "6", "12", "6", "0", "9", "7", "22"];
    const html = [
      "<html><body><p>某局2024年政府信息公开工作年度报告</p>",
      "<p>四、政府信息公开行政复议、行政诉讼情况</p><table>",
      `<tr>${values.map((c) => `<td>${c}</td>`).join("")}</tr>`,
      "</table></body></html>",
    ].join("");
    const { report } = parseHTML(html);
    expect(report?.reviewsAndLitigation?.litigationAfterReview?.total).toBeUndefined();
    expect(report?.reviewsAndLitigation?.litigationWithoutReview?.total).toBeUndefined();
  });
});

describe("parseHTML on text its style sheet hides", () => {
  const page = (css: string, body: string) =>
    `<html><head><style>${css}</style></head><body>${body}</body></html>`;
  const article = toHTML(seedReport);
  const tablesOf = (report: Report | undefined) => {
    const json = report === undefined ? {} : (toJSON(report) as Record<string, unknown>);
    return [
      json["year"],
      json["activeDisclosure"],
      json["applications"],
      json["reviewsAndLitigation"],
    ];
  };
  const seedTables = tablesOf(seedReport);

  it("leaves out what the sheet hides when the visible text holds the report's tables", () => {
    const hidden = '<div class="hide">某镇2021年政府信息公开工作年度报告</div>';
    const { report } = parseHTML(page(".hide{display:none}", hidden + article));
    expect(tablesOf(report)).toEqual(seedTables);
  });

  // A wrapper hidden by its class until the page's script shows it (a review: the report read as
  // nothing, every section missing): a browser shows it, so it is read.
  it("reads a page whose sheet hides all of its tables, as its script would show them", () => {
    const wrapped = page(".hidden{display:none}", `<div class="hidden">${article}</div>`);
    expect(tablesOf(parseHTML(wrapped).report)).toEqual(seedTables);
    expect(tablesOf(parseText(wrapped).report)).toEqual(seedTables);
  });
});
