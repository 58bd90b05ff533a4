/**
 * A report where it is published: the article of a government site's page, inside the page's
 * chrome (a menu, a breadcrumb, a side list of the other years' reports, the article's heading and
 * its date line, 打印本页, 上一篇/下一篇, the site's footer), as the CMS of most local governments
 * lays it out, with divs or with an older frame table. The article is the Word 2010 page of
 * test/fixtures/html (平潭 2021, corpus github-014). The side list names other years' reports, and
 * the first one decided the year before: 2020 for this 2021 report, which forced the 2019 template
 * onto 2021 tables (TEMPLATE_MIXED, cells lost) and glued the side list's heading to the agency.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseHTML, parseText, type Report, readDocument, toJSON } from "../../src/index.js";
import { htmlDocument } from "../../src/read/htmldom.js";
import { renderDocument } from "../../src/read/render.js";

const article = readFileSync(
  fileURLToPath(new URL("../fixtures/html/word2010-pingtan-2021.html", import.meta.url)),
  "utf8",
);
const content = article.slice(
  article.indexOf("<div class=WordSection1"),
  article.lastIndexOf("</body>"),
);

const SIDE = `<div class="side"><h3>政府信息公开年报</h3><ul>
<li><a href="/2020/a.html">平潭综合实验区2020年度政府信息公开工作年度报告</a></li>
<li><a href="/2022/b.html">平潭综合实验区2022年度政府信息公开工作年度报告</a></li>
<li><a href="/2019/c.html">平潭综合实验区2019年度政府信息公开工作年度报告</a></li></ul></div>`;

const ARTICLE = `<div class="article"><h1>平潭综合实验区2021年度政府信息公开工作年度报告</h1>
<div class="info"><span>发布时间：2022-01-25 10:30</span> <span>来源：管委会办公室</span>
<span>字号：[<a href="javascript:size(16)">大</a> <a href="javascript:size(14)">中</a> <a href="javascript:size(12)">小</a>]</span></div>
<div class="content">${content}</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div>上一篇：<a href="/x.html">平潭综合实验区2020年度政府信息公开工作年度报告</a></div>
<div>下一篇：<a href="/y.html">关于2021年度行政许可实施情况的公告</a></div></div>`;

const HEAD = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>平潭综合实验区2021年度政府信息公开工作年度报告_平潭综合实验区管委会</title>
<script>document.write("2020年政府信息公开工作年度报告")</script></head><body>
<div class="top"><div class="logo">平潭综合实验区管委会</div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a></div>`;

const FOOT = `<div class="foot"><p>主办单位：平潭综合实验区管委会办公室　承办单位：平潭综合实验区信息中心</p>
<p>网站标识码：3501000001　闽ICP备12345678号</p></div></body></html>`;

/** The page laid out with divs: the side list, then the article. */
const divPage = `${HEAD}${SIDE}${ARTICLE}${FOOT}`;
/** The page framed by a table, as older CMS templates lay it out: side list | article. */
const framedPage = `${HEAD}<table width="1000"><tr><td width="200" valign="top">${SIDE}</td><td width="800">${ARTICLE}</td></tr></table>${FOOT}`;

const TABLES = ["activeDisclosure", "applications", "reviewsAndLitigation"] as const;
const tablesOf = (report: Report | undefined) =>
  report === undefined ? undefined : TABLES.map((key) => toJSON(report)[key]);

describe("parseHTML on a whole CMS page", () => {
  const alone = parseHTML(article);

  it.each([
    ["laid out with divs", divPage],
    ["framed by a table", framedPage],
  ])("%s reads as the article alone: year, agency, title, tables", (_, page) => {
    const { report, findings } = parseHTML(page);
    expect(report?.year).toBe(2021);
    expect(report?.template).toBe("2021");
    expect(report?.agency.name).toBe("平潭综合实验区");
    expect(report?.meta?.title).toBe("平潭综合实验区2021年度政府信息公开工作年度报告");
    expect(report?.meta?.publishedOn).toBe("2022-01-25");
    expect(tablesOf(report)).toEqual(tablesOf(alone.report));
    expect(findings.map((f) => f.code)).toEqual(alone.findings.map((f) => f.code));
  });

  it.each([
    ["laid out with divs", divPage],
    ["framed by a table", framedPage],
  ])("%s: the side list and the page's tail are not the report's text", (_, page) => {
    const { report } = parseHTML(page);
    expect(report?.preamble).toBe(alone.report?.preamble);
    expect(report?.otherMatters).toBe(alone.report?.otherMatters);
    expect(report?.otherMatters).not.toMatch(/上一篇|打印本页|主办单位/);
  });
});

describe("navigation lines", () => {
  const alone = parseHTML(article);
  const lines = (html: string) =>
    htmlDocument(html).blocks.flatMap((block) =>
      block.kind === "text" ? [[block.text, block.navigation === true] as const] : [],
    );

  it("a line mostly of links to other pages is navigation; prose with a link is not", () => {
    expect(
      lines(
        `<p>上一篇：<a href="/a.html">某局2020年政府信息公开工作年度报告</a></p>
         <p>当前位置：<a href="/">首页</a> &gt; <a href="/b/">政务公开</a></p>
         <p>依据<a href="/tiaoli.html">《条例》</a>第五十条的规定，编制本报告。</p>
         <p><a href="#part3">三、收到和处理政府信息公开申请情况</a></p>
         <p><a name="part3">三、收到和处理政府信息公开申请情况</a></p>`,
      ),
    ).toEqual([
      ["上一篇：某局2020年政府信息公开工作年度报告", true],
      ["当前位置：首页 > 政务公开", true],
      ["依据《条例》第五十条的规定，编制本报告。", false],
      // A table of contents links to the report's own headings: no navigation away from it.
      ["三、收到和处理政府信息公开申请情况", false],
      ["三、收到和处理政府信息公开申请情况", false],
    ]);
  });

  it("a frame table's cells are read as blocks; a report's table is still a grid", () => {
    const blocks = htmlDocument(framedPage).blocks;
    const grids = blocks.filter((block) => block.kind === "table");
    // The article's own tables (二's four sub-tables, 三, 四), not the frame.
    expect(grids.length).toBe(
      htmlDocument(article).blocks.filter((b) => b.kind === "table").length,
    );
    expect(blocks.some((block) => block.kind === "text" && block.text === "政府信息公开年报")).toBe(
      true,
    );
  });

  it("a link left open over the whole article cuts nothing off the report", () => {
    const unclosed = divPage.replace('<div class="content">', '<div class="content"><a href="/x">');
    const { report } = parseHTML(unclosed);
    expect(report?.otherMatters).toContain(alone.report?.otherMatters);
    expect(tablesOf(report)).toEqual(tablesOf(alone.report));
  });

  it("readDocument keeps a user's navigation marks", () => {
    const { report } = readDocument({
      blocks: [
        { kind: "text", text: "某局2020年政府信息公开工作年度报告", navigation: true },
        { kind: "text", text: "某局2021年政府信息公开工作年度报告" },
        { kind: "text", text: "一、总体情况" },
        { kind: "text", text: "本局依法公开。" },
        { kind: "text", text: "下一篇：某局2022年政府信息公开工作年度报告", navigation: true },
      ],
    });
    expect(report?.year).toBe(2021);
    expect(report?.agency.name).toBe("某局");
    expect(report?.overview).toBe("本局依法公开。");
  });
});

describe("the page's text copied without its links", () => {
  // What a browser's copy of the page gives: every line, the links no longer told apart.
  const copied = renderDocument(htmlDocument(divPage)).text;

  it("the statistical period picks the report's title among titles of several years", () => {
    const { report, findings } = parseText(copied);
    expect(report?.year).toBe(2021);
    expect(report?.agency.name).toBe("平潭综合实验区");
    expect(findings.filter((f) => f.code === "PARSE_YEAR_UNCERTAIN")).toEqual([]);
  });

  it("without one, the year named most often is taken, and said to be uncertain", () => {
    const withoutPeriod = copied.replace(/2021年1月1日/g, "年初");
    expect(withoutPeriod).not.toBe(copied);
    const { report, findings } = parseText(withoutPeriod);
    expect(report?.year).toBe(2021);
    expect(report?.template).toBe("2021");
    const uncertain = findings.filter((f) => f.code === "PARSE_YEAR_UNCERTAIN");
    expect(uncertain.map((f) => f.actual)).toEqual([2021]);
  });

  it("a page's column name above the title is not part of the title", () => {
    const { report } = parseText(
      "政府信息公开年报\n某局2021年政府信息公开工作年度报告\n一、总体情况\n本局依法公开。\n",
    );
    expect(report?.agency.name).toBe("某局");
    expect(report?.meta?.title).toBe("某局2021年政府信息公开工作年度报告");
  });
});

describe("table 四 in a PDF's text stream order (pdftotext without -layout)", () => {
  // The 平潭 2021 Word report saved as PDF (test/fixtures/pdf/pingtan-2021-word-ruled.pdf), its
  // table 四 as `pdftotext` writes it in stream order: the header words interleaved with the values,
  // and the values not in the columns' order (administrative review: 维持 1, 纠正 0, 其他 2, 尚未审结
  // 0, 总计 3; litigation without review: 维持 12 … 总计 12).
  const stream = (first: string, second: string) =>
    [
      "平潭综合实验区2021年度政府信息公开工作年度报告",
      "四、政府信息公开行政复议、行政诉讼情况",
      "行政复议",
      "",
      "行政诉讼",
      "未经复议直接起诉",
      "",
      "结果",
      "维持",
      "",
      "结果 其他 尚未",
      "纠正 结果 审结",
      "",
      "总",
      "计",
      "",
      ...first.split(" ").flatMap((value) => [value, ""]),
      "复议后起诉",
      "",
      "结果 结果 其他 尚未",
      "维持 纠正 结果 审结",
      "",
      "总",
      "计",
      "",
      "结果 结果 其他 尚未",
      "总计",
      "维持 纠正 结果 审结",
      "",
      ...second.split(" ").flatMap((value) => [value, ""]),
      "五、存在的主要问题及改进情况",
      "无。",
    ].join("\n");
  const four = (text: string) => parseText(text).report?.reviewsAndLitigation;

  it("values out of order that break a group total are not placed, and are quoted", () => {
    const { report, findings } = parseText(stream("1 0 3 2 0", "12 12 0 0 0 0 0 0 0 0"));
    expect(report?.reviewsAndLitigation).toEqual({
      administrativeReview: {},
      litigationWithoutReview: {},
      litigationAfterReview: {},
    });
    const ambiguous = findings.filter((f) => f.code === "PARSE_CELL_AMBIGUOUS");
    expect(ambiguous.map((f) => [f.path, f.actual])).toEqual([
      [["reviewsAndLitigation"], "1 | 0 | 3 | 2 | 0 | 12 | 12 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0"],
    ]);
  });

  it("values whose every group total holds are placed in order", () => {
    expect(four(stream("1 0 2 0 3", "12 0 0 0 12 0 0 0 0 0"))?.administrativeReview).toEqual({
      upheld: 1,
      corrected: 0,
      otherOutcome: 2,
      pending: 0,
      total: 3,
    });
  });

  it("values in one run are the columns' order: a broken total is the report's own error", () => {
    const oneRun = stream("1 0 3 2 0", "12 12 0 0 0 0 0 0 0 0")
      .replace(/复议后起诉[\s\S]*?维持 纠正 结果 审结\n\n(?=12)/, "")
      .replace(/\n\n(?=\d)/g, "\n");
    expect(oneRun).not.toContain("复议后起诉");
    expect(four(oneRun)?.administrativeReview).toEqual({
      upheld: 1,
      corrected: 0,
      otherOutcome: 3,
      pending: 2,
      total: 0,
    });
  });
});
