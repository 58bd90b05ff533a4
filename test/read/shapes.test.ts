/**
 * parseText on the shapes issue 5 listed: Markdown escapes (syntax in Markdown, content in plain
 * text), `#` lines in plain text, a blank single-value row in Markdown, title shapes, a traditional
 * 規範性檔案 label, a unit after spaces in a cell, tab-separated tables with blank cells.
 */
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/index.js";
import { parseText, toHTML, toJSON, toMarkdown, toText } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { valueCell, withCell } from "../support/htmlCells.js";
import { innerText } from "./innerText.js";
import { corpus } from "./support.js";

const withTexts = (texts: Partial<Record<"preamble" | "overview", string>>): Report =>
  ({ ...seedReport, ...texts }) as Report;

const row = (source: string, start: string) => {
  const line = source.split("\n").find((l) => l.startsWith(start));
  expect(line).toBeDefined();
  return line!;
};

describe("Markdown escapes", () => {
  const line = "\\# 话题 \\| 管道 \\*星\\* 1\\. 编号 C:\\路径 \\\\";

  it("are undone in Markdown texts and kept as content in plain text", () => {
    const report = withTexts({ overview: line, preamble: `- 列表 ${line}` });
    for (const render of [toMarkdown, toText]) {
      const back = parseText(render(report)).report;
      expect(back?.overview).toBe(line);
      expect(back?.preamble).toBe(`- 列表 ${line}`);
    }
  });

  it("are undone in hand-written Markdown, only where a backslash precedes punctuation", () => {
    const markdown = toMarkdown(seedReport).replace(
      /\n## 一、总体情况\n\n[^#]*?\n\n##/,
      "\n## 一、总体情况\n\n\\# 不是标题 \\| 甲\\乙 \\[注\\]\n\n##",
    );
    expect(parseText(markdown).report?.overview).toBe("# 不是标题 | 甲\\乙 [注]");
  });

  it("are undone in Markdown cells and make a plain-text cell unreadable", () => {
    const markdown = toMarkdown(seedReport);
    const licensing = row(markdown, "| 行政许可");
    const escaped = markdown.replace(licensing, licensing.replace(/\d+/, "\\/"));
    expect(parseText(escaped).report?.activeDisclosure?.licensing.decisions).toEqual({
      mark: "/",
    });
    const text = toText(seedReport);
    const plain = text.replace(row(text, "行政许可"), "行政许可 | \\/");
    const { report, findings } = parseText(plain);
    expect(report?.activeDisclosure?.licensing.decisions).toBeUndefined();
    expect(findings.map((f) => f.path.join("."))).toEqual(["activeDisclosure.licensing.decisions"]);
  });
});

describe("plain text", () => {
  it("keeps a text line that starts with # (Markdown only strips heading marks)", () => {
    const report = withTexts({ overview: "# 不是标题\n## 也不是", preamble: "# 前言" });
    const back = parseText(toText(report)).report;
    expect(back?.overview).toBe("# 不是标题\n## 也不是");
    expect(back?.preamble).toBe("# 前言");
  });
});

describe("a blank single-value row", () => {
  const report = {
    ...seedReport,
    activeDisclosure: { ...seedReport.activeDisclosure!, fees: { amount: null } },
  } as Report;

  it.each([
    ["toMarkdown", toMarkdown],
    ["toText", toText],
    ["innerText of toHTML", (r: Report) => innerText(toHTML(r))],
  ])("reads as null in %s", (_, render) => {
    const { report: back, findings } = parseText(render(report));
    expect(findings).toEqual([]);
    expect(toJSON(back!)).toMatchObject({ activeDisclosure: { fees: { amount: null } } });
  });
});

describe("a table whose every cell is blank", () => {
  const blank = (table: Record<string, Record<string, unknown>>) =>
    Object.fromEntries(
      Object.entries(table).map(([key, cells]) => [
        key,
        Object.fromEntries(Object.keys(cells).map((column) => [column, null])),
      ]),
    );
  const report = {
    ...seedReport,
    applications: blank(seedReport.applications!),
    reviewsAndLitigation: blank(seedReport.reviewsAndLitigation!),
  } as unknown as Report;

  it.each([
    ["toText", toText],
    ["toMarkdown", toMarkdown],
    ["innerText of toHTML", (r: Report) => innerText(toHTML(r))],
    ["toHTML", toHTML],
  ])("reads back as blank cells from %s", (_, render) => {
    const { report: back, findings } = parseText(render(report));
    expect(findings).toEqual([]);
    expect(toJSON(back!).reviewsAndLitigation).toEqual(toJSON(report).reviewsAndLitigation);
    expect(toJSON(back!).applications).toEqual(toJSON(report).applications);
  });
});

describe("a table copied from a page (innerText), cut in two with 续表 between the parts", () => {
  it("reads the row before 续表 whole: its last cell ends at the line break", () => {
    const html = toHTML(shanghai2019Report);
    const cut = html.indexOf("<tr>", html.indexOf("三、本年度办理结果") - 200);
    const text = innerText(`${html.slice(0, cut)}</table><p>续表</p><table>${html.slice(cut)}`);
    expect(text).toContain("\t18\n\n续表\n\n三、本年度办理结果");
    const { report, findings } = parseText(text);
    expect(findings.filter((f) => f.path[0] === "applications")).toEqual([]);
    expect(toJSON(report!).applications).toEqual(toJSON(shanghai2019Report).applications);
  });
});

describe("title shapes", () => {
  const text = toText(seedReport);
  const [, ...rest] = text.split("\n");

  it.each([
    ["某镇2022年政府信息公开工作年度报告", "某镇"],
    ["2022年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅"],
    ["某镇政府信息公开工作2022年度报告", "某镇"],
    ["2022年政府信息公开工作年度报告", null],
  ])("reads the agency of %s", (title, agency) => {
    const { report } = parseText([title, ...rest].join("\n"));
    expect(report?.agency.name).toBe(agency);
    expect(report?.year).toBe(2022);
  });

  it("reads the year-first title of a page whose HTML sits in a JavaScript string", () => {
    const { header, text: source } = corpus("github-004");
    const { report } = parseText(source);
    expect(report?.agency.name).toBe(header["agency"]);
    expect(report?.meta?.title).toBe(
      `${header["year"]}年${header["agency"]}政府信息公开工作年度报告`,
    );
  });
});

describe("traditional labels", () => {
  it("matches 規範性檔案 to 规范性文件 (the Taiwan word spans two characters)", () => {
    const text = toText(seedReport);
    const line = row(text, "行政规范性文件");
    const traditional = text.replace(line, line.replace("行政规范性文件", "行政規範性檔案"));
    const { report, findings } = parseText(traditional);
    expect(findings).toEqual([]);
    expect(report?.activeDisclosure?.normativeDocuments).toEqual(
      seedReport.activeDisclosure!.normativeDocuments,
    );
  });
});

describe("a unit after spaces inside one cell", () => {
  const html = toHTML(seedReport);
  const path = "activeDisclosure.licensing.decisions";
  const licensing = (content: string) => {
    expect(valueCell(html, path)).toMatch(`>${seedReport.activeDisclosure!.licensing.decisions}<`);
    return parseText(withCell(html, path, content));
  };

  it("is dropped when it agrees with the column, as without the spaces", () => {
    for (const content of ["404 件", "404&nbsp;件", "404　件"]) {
      const { report, findings } = licensing(content);
      expect(report?.activeDisclosure?.licensing.decisions).toBe(404);
      expect(findings).toEqual([]);
    }
  });

  it("makes the cell unreadable when it does not", () => {
    const { report, findings } = licensing("404 元");
    expect(report?.activeDisclosure?.licensing.decisions).toBeUndefined();
    expect(findings.map((f) => f.code)).toEqual(["PARSE_CELL_UNREADABLE"]);
  });
});

describe("innerText (test helper)", () => {
  it("joins cells with tabs, one per cell whatever its span, and rows and blocks with line feeds", () => {
    const html =
      '<h1>题</h1><table><tr><th rowspan="2">甲</th><td colspan="2">1</td><td></td></tr>' +
      "<tr><td>2 &amp;  3</td></tr></table><p>a &lt;b&gt;</p><p>c</p>";
    expect(innerText(html)).toBe("题\n甲\t1\t\n2 & 3\n\na <b>\n\nc");
  });
});
