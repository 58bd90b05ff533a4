// SOURCE_MULTIPLE_REPORTS: a text holding several reports (a county's 汇编) reads its first report
// as that report read alone, and says how many follow. Before, the sections were chosen among all
// the reports' headings: seed + Shanghai 2019 read Shanghai's table 二 into the seed's report.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocx, parseDocxReports } from "../../src/docx.js";
import {
  type Finding,
  type ParseResult,
  parseHTML,
  parseHTMLReports,
  parseText,
  parseTextReports,
  type Report,
  readDocument,
  readDocumentReports,
  type SourceDocument,
  templates,
  toHTML,
  toText,
} from "../../src/index.js";
import { parsePdf, parsePdfReports } from "../../src/pdf.js";
import { type PipelineInput, reportPieces } from "../../src/read/text.js";
import { seedReport } from "../fixtures/seed-report.js";
import { corpus, corpusFiles } from "./support.js";

/** What a report's reading holds but its last section (which runs on to the next report). */
function tables(result: ParseResult): unknown {
  const report = result.report;
  return {
    year: report?.year,
    template: report?.template,
    agency: report?.agency,
    overview: report?.overview,
    activeDisclosure: report?.activeDisclosure,
    applications: report?.applications,
    reviewsAndLitigation: report?.reviewsAndLitigation,
  };
}

function multiple(result: ParseResult): Finding[] {
  return result.findings.filter((finding) => finding.code === "SOURCE_MULTIPLE_REPORTS");
}

// The complete reports printed as plain text (github-004 is an HTML page's source: text after it
// is read as the page's markup, another matter).
const complete = corpusFiles().filter(
  (file) => file.header["complete"]?.startsWith("yes") && !file.text.includes("<p>"),
);

describe("SOURCE_MULTIPLE_REPORTS", () => {
  it("has complete plain-text corpus reports to put together", () => {
    expect(complete.length).toBeGreaterThanOrEqual(10);
  });

  // Each complete report followed by the next one (cyclically): the first report is read as it
  // reads alone, and the finding names the second's title.
  for (const [index, first] of complete.entries()) {
    const second = complete[(index + 1) % complete.length]!;
    it(`${first.name} then ${second.name}: the first read as alone, one finding`, () => {
      const alone = parseText(first.text);
      const both = parseText(`${first.text}\n\n${second.text}`);
      expect(tables(both)).toEqual(tables(alone));
      // 六 too: it ends where the second report starts (its title, with an agency's name or a
      // page's 正文 above it), nothing of it left in the first's text.
      expect(both.report?.otherMatters?.trim()).toBe(alone.report?.otherMatters?.trim());
      const [finding, ...more] = multiple(both);
      expect(more).toEqual([]);
      expect(finding).toMatchObject({ path: [], expected: 1, actual: 2, severity: "warning" });
      // The second report's title, as the second report alone reads it (its front's title, which
      // its agency and year come from): the finding quotes it.
      const secondAlone = parseText(second.text).report!;
      expect(finding!.message).toContain(String(secondAlone.year));
      expect(finding!.message).toContain("政府信息公开");
      // The title quoted is data too: `detail`, which the message words.
      expect(finding!.detail).toContain(String(secondAlone.year));
      expect(finding!.message).toContain(finding!.detail);
    });
  }

  it("counts three reports and reads the first", () => {
    const [a, b, c] = complete;
    const three = parseText([a!.text, b!.text, c!.text].join("\n"));
    expect(tables(three)).toEqual(tables(parseText(a!.text)));
    expect(multiple(three)).toMatchObject([{ expected: 1, actual: 3 }]);
  });

  it("is never given for one report (every corpus text)", () => {
    for (const file of corpusFiles()) {
      expect(multiple(parseText(file.text)), file.name).toEqual([]);
    }
  });

  it("is not given for a table of contents before the body, even with the title again", () => {
    const seed = corpus("seed-dacaozhuang-2022").text;
    const headings = templates["2021"].sections.map((section) => section.heading);
    const title = "宁晋县大曹庄镇2022年政府信息公开工作年度报告";
    // The contents after the preamble, a page's running title after them, then the body.
    const at = seed.indexOf("一、总体情况");
    const contents = `${seed.slice(0, at)}目录\n${headings.join("\n")}\n`;
    const read = parseText(`${contents}${title}\n${seed.slice(at)}`);
    expect(multiple(read)).toEqual([]);
    // The running title changes nothing: read as the contents and the body without it.
    expect(read.report).toEqual(parseText(`${contents}${seed.slice(at)}`).report);
  });

  it("takes no title in 《…》 for a second report's", () => {
    const seed = corpus("seed-dacaozhuang-2022").text;
    const body = seed.slice(seed.indexOf("一、总体情况"));
    // The seed, then its body again after a sentence-like line naming another report in 《…》:
    // a second report (its tables printed again), but that line is no title of it.
    const quoted = `${seed}\n《宁晋县大曹庄镇2021年政府信息公开工作年度报告》\n${body}`;
    const [finding] = multiple(parseText(quoted));
    expect(finding?.message).not.toContain("2021年政府信息公开工作年度报告");
    // The same title unquoted is the second report's.
    const unquoted = `${seed}\n宁晋县大曹庄镇2021年政府信息公开工作年度报告\n${body}`;
    expect(multiple(parseText(unquoted))).toMatchObject([{ actual: 2 }]);
    expect(multiple(parseText(unquoted))[0]!.message).toContain(
      "「宁晋县大曹庄镇2021年政府信息公开工作年度报告」",
    );
  });

  it("reads the title wrapped over two lines", () => {
    const seed = corpus("seed-dacaozhuang-2022").text;
    const body = seed.slice(seed.indexOf("一、总体情况"));
    const wrapped = `${seed}\n宁晋县大曹庄镇2021年政府信息公开工作\n年度报告\n${body}`;
    const [finding] = multiple(parseText(wrapped));
    expect(finding?.message).toContain("宁晋县大曹庄镇2021年政府信息公开工作年度报告");
  });

  it("reads an HTML page of two reports: the first's tables from its own grids", () => {
    const other = parseText(corpus("github-001").text).report!;
    const page = `<html><body>${toHTML(seedReport)}${toHTML(other)}</body></html>`;
    const read = parseHTML(page);
    expect(read.report?.activeDisclosure).toEqual(
      parseHTML(toHTML(seedReport)).report?.activeDisclosure,
    );
    expect(read.report?.applications).toEqual(seedReport.applications);
    expect(read.report?.reviewsAndLitigation).toEqual(seedReport.reviewsAndLitigation);
    expect(multiple(read)).toMatchObject([{ actual: 2 }]);
  });

  it("cuts before a table that holds the next report's title in a row (a property table)", () => {
    const other = parseText(corpus("github-001").text).report!;
    const otherHtml = toHTML(other).replace(
      /<h1 class="zfxxgk-title">(.*?)<\/h1>/,
      "<table><tr><td>发布日期</td><td>2021-01-20</td></tr><tr><td>标题</td><td>$1</td></tr></table>",
    );
    expect(otherHtml).toContain("<td>标题</td>");
    const read = parseHTML(`<html><body>${toHTML(seedReport)}${otherHtml}</body></html>`);
    expect(read.report?.applications).toEqual(seedReport.applications);
    expect(read.report?.reviewsAndLitigation).toEqual(seedReport.reviewsAndLitigation);
    // The table is left out of the first report: its 六 ends before it.
    expect(read.report?.otherMatters).not.toContain("发布日期");
    expect(multiple(read)).toMatchObject([{ actual: 2 }]);
    // The title quoted without the table's label and borders.
    expect(multiple(read)[0]!.message).toContain(`「${other.meta?.title ?? ""}」`);
  });

  it("words the finding in English too", () => {
    const [a, b] = complete;
    const read = parseText(`${a!.text}\n${b!.text}`, { locale: "en" });
    expect(multiple(read)[0]?.message).toMatch(/^The text holds 2 reports one after another/);
  });

  // The seed and Shanghai 2019 on one page, printed by Chromium and by LibreOffice
  // (scripts/pdf-fixtures.ts) and converted to Word by LibreOffice (scripts/docx-fixtures.ts):
  // read as the seed printed alone the same way.
  const fixture = (path: string) => new Uint8Array(readFileSync(`test/fixtures/${path}`));
  const documents: readonly [string, string, (bytes: Uint8Array) => Promise<ParseResult>][] = [
    ["pdf/seed-shanghai-2019-chromium.pdf", "pdf/seed-chromium.pdf", (b) => parsePdf(b)],
    ["pdf/seed-shanghai-2019-libreoffice.pdf", "pdf/seed-libreoffice.pdf", (b) => parsePdf(b)],
    ["docx/seed-shanghai-2019.docx", "docx/seed-2022.docx", (b) => parseDocx(b)],
  ];
  for (const [both, alone, read] of documents) {
    it(`${both}: the seed, as ${alone} reads, and one finding`, async () => {
      const compilation = await read(fixture(both));
      const seed = await read(fixture(alone));
      expect(tables(compilation)).toEqual(tables(seed));
      expect(compilation.report?.applications).toEqual(seedReport.applications);
      expect(multiple(compilation)).toMatchObject([{ actual: 2 }]);
      expect(multiple(compilation)[0]!.message).toContain(
        "2019年上海市人民政府办公厅政府信息公开工作年度报告",
      );
    }, 60_000);
  }

  describe("where the second report starts", () => {
    const seed = corpus("seed-dacaozhuang-2022").text;
    const github001 = corpus("github-001").text;
    const title = "沐阳县人民政府 2025 年 政府信息公开工作年度报告";
    // github-001 with its title printed otherwise (its own line is a Markdown heading).
    const retitled = (line: string) => github001.replace(`# ${title}`, line);

    it("a title with a note in brackets after it (`（全文）`) is a title", () => {
      const read = parseText(`${seed}\n${retitled(`${title}（全文）`)}`);
      expect(tables(read)).toEqual(tables(parseText(seed)));
      expect(multiple(read)[0]?.message).toContain(`「${title}（全文）」`);
    });

    it("a title sharing its line with the page's fields is a title", () => {
      const read = parseText(`${seed}\n${retitled(`${title} 发布时间：2026-01-20 浏览次数：35`)}`);
      expect(tables(read)).toEqual(tables(parseText(seed)));
      expect(multiple(read)[0]?.message).toContain(`「${title}」`);
      expect(read.report?.otherMatters).not.toContain("沐阳县");
    });

    it("without a title found, at its preamble, else at its 一: no table of it read into the first", () => {
      // No title at all: the second report starts at its preamble (its year and period are its
      // own, not the first's); what stands above it stays in the first's 六 (prose). Its tables
      // and its other sections are not read into the first.
      const read = parseText(`${seed}\n${retitled("（此处标题缺失）")}`);
      expect(tables(read)).toEqual(tables(parseText(seed)));
      expect(multiple(read)).toMatchObject([{ actual: 2 }]);
      expect(multiple(read)[0]?.message).toContain("「依据《中华人民共和国政府信息公开条例》");
      expect(read.report?.otherMatters).not.toContain("依据《中华人民共和国政府信息公开条例》");
      // Nor a preamble: at its 一.
      const bare = parseText(`${seed}\n${github001.slice(github001.indexOf("一、总体情况"))}`);
      expect(tables(bare)).toEqual(tables(parseText(seed)));
      expect(multiple(bare)[0]?.message).toContain("「一、总体情况");
    });

    it("an untitled report's preamble is its own: the first report's year is not taken from it", () => {
      // pages-002 states its year in its overview only; pages-045, untitled, states its
      // statistical period (2023) in its preamble. Before, that preamble was read with the first
      // report's 六, and the first report took 2023 and the 2021 template.
      const first = corpus("pages-002").text;
      const second = corpus("pages-045").text;
      const alone = parseText(first).report;
      expect(alone?.year).toBe(2019);
      const read = parseText(`${first}\n\n${second}`);
      expect(multiple(read)).toMatchObject([{ actual: 2 }]);
      expect([read.report?.year, read.report?.template]).toEqual([2019, "2019"]);
      const results = parseTextReports(`${first}\n\n${second}`);
      expect(results.map((result) => result.report?.year)).toEqual([2019, 2023]);
      expect(tables(results[0]!)).toEqual(tables(parseText(first)));
      expect(whole(results[1])).toEqual(whole(parseText(second)));
    });

    it("after a first report cut before 四", () => {
      const cut = seed.slice(0, seed.indexOf("四、政府信息公开行政复议"));
      const read = parseText(`${cut}\n${github001}`);
      expect(read.report?.applications).toEqual(parseText(seed).report?.applications);
      expect(read.report?.reviewsAndLitigation).toBeUndefined();
      expect(multiple(read)).toMatchObject([{ actual: 2 }]);
    });

    it("takes the short lines above a title with it, and no running header for a title", () => {
      // The first report's title again in its 六 (a page's running header): no report starts
      // there. The next title is printed under its county's and office's names.
      const six = seed.indexOf("\n", seed.indexOf("六、其他需要报告的事项")) + 1;
      const own = "宁晋县大曹庄镇2022年政府信息公开工作年度报告";
      const headed = `${seed.slice(0, six)}${own}\n${seed.slice(six)}`;
      const read = parseText(`${headed}\n宿迁市\n沭阳县人民政府办公室\n${retitled(title)}`);
      expect(multiple(read)[0]?.message).toContain(`「${title}」`);
      expect(read.report?.otherMatters?.trim()).toBe(
        parseText(headed).report?.otherMatters?.trim(),
      );
      expect(read.report?.otherMatters).toContain(own);
    });

    it("the same title under each agency's name is each report's own (a compilation's titles)", () => {
      // The titles the same words, each under its agency's line: before, the second was taken
      // for the first's printed again, and the second report lost its title (and its year).
      const generic = "2022年政府信息公开工作年度报告";
      const first = seed.replace(
        "宁晋县大曹庄镇2022年政府信息公开工作年度报告",
        `宁晋县大曹庄镇人民政府\n${generic}`,
      );
      const second = retitled(`沭阳县人民政府办公室\n${generic}`);
      const read = parseText(`${first}\n\n${second}`);
      expect(multiple(read)[0]?.message).toContain(`「${generic}」`);
      expect(read.report?.otherMatters?.trim()).toBe(parseText(first).report?.otherMatters?.trim());
      const results = parseTextReports(`${first}\n\n${second}`);
      expect(results.map(whole)).toEqual([whole(parseText(first)), whole(parseText(second))]);
      expect(results[1]!.report?.agency.name).toBe("沭阳县人民政府办公室");
      // The same agency line and title again, right over the report's front: the report printed
      // again, from its title (a running header has the report's text under it, see above).
      const twice = parseText(`${first}\n\n${first}`);
      expect(multiple(twice)[0]?.message).toMatch(
        /「(宁晋县大曹庄镇)?2022年政府信息公开工作年度报告」/,
      );
      expect(parseTextReports(`${first}\n\n${first}`).map(whole)).toEqual([
        whole(parseText(first)),
        whole(parseText(first)),
      ]);
    });

    it("leaves the first report's last words (`无`) to it", () => {
      const six = seed.indexOf("\n", seed.indexOf("六、其他需要报告的事项")) + 1;
      const end = seed.indexOf("\n", six);
      // 六 reads `无` alone, no full stop, the next report's title right under it.
      const shortSix = `${seed.slice(0, six)}无\n${seed.slice(end + 1)}`.replace(/\n+$/, "");
      const alone = parseText(shortSix);
      const read = parseText(`${shortSix.slice(0, six)}无\n${retitled(title)}`);
      expect(read.report?.otherMatters?.trim()).toBe("无");
      expect(alone.report?.otherMatters?.trim().startsWith("无")).toBe(true);
      expect(multiple(read)[0]?.message).toContain(`「${title}」`);
      // The Markdown mark of the title's line is no part of the title quoted.
      expect(multiple(parseText(`${seed}\n${github001}`))[0]?.message).toContain(`「${title}」`);
    });

    it("no second report starts at a list restarting at 一、总体情况 inside a section", () => {
      const five = seed.indexOf("\n", seed.indexOf("五、存在的主要问题及改进情况")) + 1;
      const list =
        "一、总体情况\n工作总体平稳。\n二、存在问题\n人员不足。\n三、改进措施\n加强培训。\n";
      const read = parseText(`${seed.slice(0, five)}${list}${seed.slice(five)}`);
      expect(multiple(read)).toEqual([]);
      expect(read.report?.otherMatters).toEqual(parseText(seed).report?.otherMatters);
    });

    it("no report ends where its tables' digits were never printed (a contents page with words)", () => {
      // A contents page whose entries have a word under each: a run of headings reaching 六,
      // then the title again and the body. It printed no tables: no report of its own.
      const headings = templates["2021"].sections.map((section) => section.heading);
      const at = seed.indexOf("一、总体情况");
      const contents = headings.map((heading) => `${heading}\n（见正文）`).join("\n");
      const own = "宁晋县大曹庄镇2022年政府信息公开工作年度报告";
      const read = parseText(`${seed.slice(0, at)}${contents}\n${own}\n${seed.slice(at)}`);
      expect(multiple(read)).toEqual([]);
    });
  });
});

/** A reading as compared with a report read alone: its last section's blanks at the end aside. */
function whole(result: ParseResult | undefined): unknown {
  const report = result?.report;
  const otherMatters = report?.otherMatters?.trim();
  return {
    report: report && { ...report, otherMatters },
    ok: result?.ok,
    findings: result?.findings.map(({ code, path, severity, expected, actual }) => ({
      code,
      path,
      severity,
      expected,
      actual,
    })),
  };
}

describe("the …Reports readers: every report of a compilation", () => {
  // Every complete report followed by every other: each read as it reads alone, the whole
  // report and its findings (measured: 132 of 132 pairs). The test keeps each report followed by
  // the next, and the one before.
  for (const [index, first] of complete.entries()) {
    for (const step of [1, complete.length - 1]) {
      const second = complete[(index + step) % complete.length]!;
      it(`${first.name} then ${second.name}: two results, each as read alone`, () => {
        const results = parseTextReports(`${first.text}\n\n${second.text}`);
        expect(results.map(whole)).toEqual([
          whole(parseText(first.text)),
          whole(parseText(second.text)),
        ]);
        expect(results.flatMap(multiple)).toEqual([]);
      });
    }
  }

  it("reads three reports, and the first as parseText does but its finding", () => {
    const [a, b, c] = complete;
    const text = [a!.text, b!.text, c!.text].join("\n");
    const results = parseTextReports(text);
    expect(results.map(whole)).toEqual([a, b, c].map((file) => whole(parseText(file!.text))));
    const single = parseText(text);
    expect(multiple(single)).toMatchObject([{ actual: 3 }]);
    expect(results[0]!.report).toEqual(single.report);
    expect(results[0]!.findings).toEqual(
      single.findings.filter((finding) => finding.code !== "SOURCE_MULTIPLE_REPORTS"),
    );
  });

  it("gives a list of one, equal to parseText's result, for every corpus text", () => {
    for (const file of corpusFiles()) {
      const results = parseTextReports(file.text);
      expect(results, file.name).toEqual([parseText(file.text)]);
      expect(Object.isFrozen(results)).toBe(true);
    }
    // Not a report at all: still a list of one.
    expect(parseTextReports("")).toEqual([parseText("")]);
    expect(parseTextReports(42 as unknown as string)).toEqual([parseText(42 as unknown as string)]);
  });

  it("returns frozen results that hold nothing but ok, report and findings", () => {
    const [a, b] = complete;
    const results = parseTextReports(`${a!.text}\n${b!.text}`);
    for (const result of results) {
      expect(Object.keys(result).sort()).toEqual(["findings", "ok", "report"]);
      expect(Object.isFrozen(result)).toBe(true);
    }
  });

  it("applies the options to every report (year, locale, a bad option reported in each)", () => {
    const [a, b] = complete;
    const results = parseTextReports(`${a!.text}\n${b!.text}`, {
      year: 2030,
      locale: "en",
      template: "nope" as never,
    });
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result.report?.year).toBe(2030);
      expect(result.findings.filter((f) => f.code === "OPTION_INVALID")).toHaveLength(1);
      expect(result.findings.find((f) => f.code === "OPTION_INVALID")?.message).toMatch(/^Option/);
    }
  });

  it("parseHTMLReports: a page of two reports, each from its own grids", () => {
    const other = parseText(corpus("github-001").text).report!;
    const page = `<html><body>${toHTML(seedReport)}${toHTML(other)}</body></html>`;
    const results = parseHTMLReports(page);
    expect(results.map(whole)).toEqual([
      whole(parseHTML(toHTML(seedReport))),
      whole(parseHTML(toHTML(other))),
    ]);
    expect(results[1]!.report?.applications).toEqual(other.applications);
    expect(parseHTMLReports(toHTML(seedReport))).toEqual([parseHTML(toHTML(seedReport))]);
  });

  it("readDocumentReports: a document of two reports, grids moved to each report's text", () => {
    const other = parseText(corpus("github-001").text).report!;
    const blocks = (html: string): SourceDocument["blocks"] => {
      // The two reports as a user's extractor gives them: paragraphs and tables of cells.
      const rows = [...html.matchAll(/<(h1|h2|p|table)[^>]*>([\s\S]*?)<\/\1>/g)];
      return rows.map(([, tag, inner]) =>
        tag === "table"
          ? {
              kind: "table" as const,
              grid: {
                rows: [...inner!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
                  [...row!.matchAll(/<t[dh]([^>]*)>([\s\S]*?)<\/t[dh]>/g)].map(
                    ([, attrs, cell]) => ({
                      text: cell!.replace(/<[^>]+>/g, ""),
                      colSpan: Number(/colspan="(\d+)"/.exec(attrs!)?.[1] ?? 1),
                      rowSpan: Number(/rowspan="(\d+)"/.exec(attrs!)?.[1] ?? 1),
                    }),
                  ),
                ),
              },
            }
          : { kind: "text" as const, text: inner!.replace(/<[^>]+>/g, "") },
      );
    };
    const seedBlocks = blocks(toHTML(seedReport));
    const otherBlocks = blocks(toHTML(other));
    expect(seedBlocks.filter((block) => block.kind === "table").length).toBeGreaterThanOrEqual(3);
    const results = readDocumentReports({ blocks: [...seedBlocks, ...otherBlocks] });
    expect(results.map(whole)).toEqual([
      whole(readDocument({ blocks: seedBlocks })),
      whole(readDocument({ blocks: otherBlocks })),
    ]);
    expect(results[0]!.report?.applications).toEqual(seedReport.applications);
    expect(results[1]!.report?.applications).toEqual(other.applications);
  });

  // The seed and Shanghai 2019 on one page, printed and converted (see above): each report as
  // the same printing of it alone reads.
  const fixture = (path: string) => new Uint8Array(readFileSync(`test/fixtures/${path}`));
  type Reader = (bytes: Uint8Array) => Promise<ParseResult>;
  type AllReader = (bytes: Uint8Array) => Promise<readonly ParseResult[]>;
  const printings: readonly [string, string, string, Reader, AllReader][] = [
    [
      "pdf/seed-shanghai-2019-chromium.pdf",
      "pdf/seed-chromium.pdf",
      "pdf/shanghai-2019-chromium.pdf",
      (b) => parsePdf(b),
      (b) => parsePdfReports(b),
    ],
    [
      "pdf/seed-shanghai-2019-libreoffice.pdf",
      "pdf/seed-libreoffice.pdf",
      "pdf/shanghai-2019-libreoffice.pdf",
      (b) => parsePdf(b),
      (b) => parsePdfReports(b),
    ],
    [
      "docx/seed-shanghai-2019.docx",
      "docx/seed-2022.docx",
      "docx/shanghai-2019.docx",
      (b) => parseDocx(b),
      (b) => parseDocxReports(b),
    ],
  ];
  for (const [both, seedAlone, shanghaiAlone, read, readAll] of printings) {
    it(`${both}: the seed as ${seedAlone} reads, Shanghai as ${shanghaiAlone}`, async () => {
      const results = await readAll(fixture(both));
      expect(results).toHaveLength(2);
      expect(tables(results[0]!)).toEqual(tables(await read(fixture(seedAlone))));
      expect(tables(results[1]!)).toEqual(tables(await read(fixture(shanghaiAlone))));
      expect(results[0]!.report?.applications).toEqual(seedReport.applications);
      expect(results[1]!.report?.agency.name).toContain("上海市人民政府办公厅");
      expect(results.flatMap(multiple)).toEqual([]);
      // One report, or bytes that are no file of the kind: a list of one.
      expect(await readAll(fixture(seedAlone))).toEqual([await read(fixture(seedAlone))]);
      const garbage = new TextEncoder().encode("not a file");
      expect(await readAll(garbage)).toEqual([await read(garbage)]);
    }, 90_000);
  }
});

describe("reportPieces: each report's text with its grids, pictures and navigation", () => {
  // 0         1         2         3         4
  // 0123456789012345678901234567890123456789012345
  const cleaned = "aaaa[grid1]bbbb<nav-one>cccc[grid2]dd|ee[grid3]ff";
  const range = (word: string) => {
    const from = cleaned.indexOf(word);
    return { from, to: from + word.length };
  };
  const grid = (word: string) => ({ grid: { rows: [[{ text: word }]] }, ...range(word) });
  const input: PipelineInput = {
    cleaned,
    grids: [grid("[grid1]"), grid("[grid2]"), grid("[grid3]")],
    navigation: [range("<nav-one>"), range("dd|ee")],
    images: [{ at: cleaned.indexOf("cccc"), name: "p1" }, { at: cleaned.indexOf("ff") }],
  };
  /** What each piece's ranges hold in its own text: the same words as in the whole text. */
  const held = (piece: PipelineInput) => ({
    text: piece.cleaned,
    grids: piece.grids.map((placed) => piece.cleaned.slice(placed.from, placed.to)),
    navigation: piece.navigation?.map((r) => piece.cleaned.slice(r.from, r.to)),
    images: piece.images?.map(
      (image) => `${image.name ?? ""}@${piece.cleaned.slice(image.at, image.at + 2)}`,
    ),
  });

  it("moves every range to its piece, cut at a word between tables", () => {
    const pieces = reportPieces(input, [cleaned.indexOf("bbbb"), cleaned.indexOf("ff")], undefined);
    expect(pieces.map(held)).toEqual([
      { text: "aaaa[grid1]", grids: ["[grid1]"], navigation: [], images: [] },
      {
        text: "bbbb<nav-one>cccc[grid2]dd|ee[grid3]",
        grids: ["[grid2]", "[grid3]"],
        navigation: ["<nav-one>", "dd|ee"],
        images: ["p1@cc"],
      },
      { text: "ff", grids: [], navigation: [], images: ["@ff"] },
    ]);
  });

  it("leaves a grid the cut would halve whole, with what follows", () => {
    const pieces = reportPieces(input, [cleaned.indexOf("grid2]")], undefined);
    expect(pieces.map((piece) => held(piece).grids)).toEqual([["[grid1]"], ["[grid2]", "[grid3]"]]);
    expect(pieces[0]!.cleaned).toBe("aaaa[grid1]bbbb<nav-one>cccc");
  });

  it("cuts a navigation line that runs over the cut, both parts kept", () => {
    const pieces = reportPieces(input, [cleaned.indexOf("|ee")], undefined);
    expect(pieces.map((piece) => held(piece).navigation)).toEqual([["<nav-one>", "dd"], ["|ee"]]);
    expect(pieces.map((piece) => piece.cleaned).join("")).toBe(cleaned);
  });
});

describe("where a compilation's reports part (second review)", () => {
  /** The seed as the k-th agency's report, its 行政许可 decisions 1000 + k: each report's own. */
  const agencyReport = (k: number, title = `某县第${k}局2022年政府信息公开工作年度报告`): Report =>
    ({
      ...seedReport,
      agency: { name: `某县第${k}局` },
      meta: { ...seedReport.meta, title, publisher: `第${k}局` },
      activeDisclosure: {
        ...seedReport.activeDisclosure,
        licensing: { ...seedReport.activeDisclosure?.licensing, decisions: 1000 + k },
      },
    }) as Report;
  const licensing = (result: ParseResult | undefined) =>
    result?.report?.activeDisclosure?.licensing?.decisions;

  it("a report whose tables are pictures ends where the next report's title starts", () => {
    // Before, the first report printed no value, so no second report was found: its tables were
    // read into the first (licensing 1002 in 某县第1局's report, no finding).
    const pictures = toHTML(agencyReport(1)).replace(
      /<table[\s\S]*?<\/table>/g,
      '<p><img src="table.png"></p>',
    );
    const second = toHTML(agencyReport(2));
    const page = `<html><body>${pictures}${second}</body></html>`;
    const single = parseHTML(page);
    expect(licensing(single)).toBeUndefined();
    expect(multiple(single)).toMatchObject([{ actual: 2 }]);
    const results = parseHTMLReports(page);
    expect(results.map(whole)).toEqual([whole(parseHTML(pictures)), whole(parseHTML(second))]);
    expect(results.map(licensing)).toEqual([undefined, 1002]);
  });

  it("a report whose blank cells are dashes in text has its tables' values", () => {
    // Every 0 of the first report printed `—`: few digits, the marks count as values.
    const dashes = toText(agencyReport(1)).replace(/\| 0(?= )/g, "| —");
    expect(dashes).toContain("| —");
    const texts = [dashes, toText(agencyReport(2)), toText(agencyReport(3))];
    const results = parseTextReports(texts.join("\n\n"));
    expect(results.map(licensing)).toEqual([1001, 1002, 1003]);
    expect(results.map(whole)).toEqual(texts.map((text) => whole(parseText(text))));
  });

  it("titles of the same words over each report's front: each report from its own", () => {
    // No agency line over them: the title right over a report's fields and preamble is its own.
    const generic = "2022年政府信息公开工作年度报告";
    const texts = [1, 2, 3].map((k) => toText(agencyReport(k, generic)));
    expect(texts[1]!.startsWith(generic)).toBe(true);
    const results = parseTextReports(texts.join("\n\n"));
    expect(results.map(whole)).toEqual(texts.map((text) => whole(parseText(text))));
    expect(results.map((result) => result.report?.meta?.publisher)).toEqual([
      "第1局",
      "第2局",
      "第3局",
    ]);
  });

  it("a report whose start could not be cut from the one before says it holds two", () => {
    // Two reports' texts in the cells of one table after a first report: the table cannot be
    // cut, so the piece holding it says it holds two reports (before: nothing said).
    const cell = (k: number) => ({ text: toText(agencyReport(k)) });
    const first = parseHTML(toHTML(agencyReport(1)));
    expect(first.report).toBeDefined();
    const document: SourceDocument = {
      blocks: [
        { kind: "text", text: toText(agencyReport(1)) },
        { kind: "table", grid: { rows: [[cell(2)], [cell(3)]] } },
      ],
    };
    const results = readDocumentReports(document);
    expect(results).toHaveLength(2);
    expect(results.map(multiple).map((found) => found.map((f) => f.actual))).toEqual([[], [2]]);
    expect(multiple(readDocument(document))).toMatchObject([{ actual: 3 }]);
  });
});

describe("where a compilation's reports part (third review)", () => {
  const seedText = toText(seedReport);
  const bodyOf = (text: string) => text.slice(text.indexOf("一、总体情况"));
  /** The seed with `extra` on the lines after `heading`'s line. */
  const under = (heading: string, extra: string) => {
    const at = seedText.indexOf("\n", seedText.indexOf(heading)) + 1;
    return `${seedText.slice(0, at)}${extra}\n${seedText.slice(at)}`;
  };
  const licensing = (result: ParseResult | undefined) =>
    result?.report?.activeDisclosure?.licensing?.decisions;

  it("a terse first report's sub-headings with words after them are no table of contents", () => {
    // 一 of 青龙镇 holds short numbered lines only, its tables did not come through: before, its
    // headings were dropped as a contents and the seed's tables read into 青龙镇's report.
    const terse = [
      "青龙镇2022年政府信息公开工作年度报告",
      "一、总体情况",
      "（一）主动公开政府信息情况 本年度主动公开信息20条",
      "（二）依申请公开情况 本年度未收到政府信息公开申请",
      "（三）政府信息管理情况 制度健全",
      "（四）平台建设情况 依托县政府网站",
      "二、主动公开政府信息情况\n",
      "三、收到和处理政府信息公开申请情况\n",
      "四、政府信息公开行政复议、行政诉讼情况\n",
      "五、存在的主要问题及改进情况",
      "公开内容不够全面。今后将进一步加强。",
      "六、其他需要报告的事项",
      "无。",
    ].join("\n");
    const results = parseTextReports(`${terse}\n${seedText}`);
    expect(results.map((result) => result.report?.agency.name)).toEqual([
      "青龙镇",
      "宁晋县大曹庄镇",
    ]);
    expect(results[0]!.report?.overview).toMatch(/^（一）主动公开政府信息情况/);
    expect(licensing(results[0])).toBeUndefined();
    expect(licensing(results[1])).toBe(licensing(parseText(seedText)));
  });

  it("a report's own headings over pictures, quoted again in 五, are no table of contents", () => {
    const html = `<html><body><h1>宁晋县大曹庄镇2022年政府信息公开工作年度报告</h1>
<p>一、总体情况</p><p>2022年，大曹庄镇主动公开信息209条。</p>
<p>二、主动公开政府信息情况</p><p><img src="t2.png"></p>
<p>三、收到和处理政府信息公开申请情况</p><p><img src="t3.png"></p>
<p>四、政府信息公开行政复议、行政诉讼情况</p><p><img src="t4.png"></p>
<p>五、存在的主要问题及改进情况</p><p>存在以下问题：</p>
<p>一、总体情况方面，工作机制有待健全。</p>
<p>二、主动公开政府信息情况方面，公开的及时性有待提高。</p>
<p>三、收到和处理政府信息公开申请情况方面，答复规范性有待加强。</p>
<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p></body></html>`;
    const read = parseHTML(html);
    expect(read.report?.overview).toBe("2022年，大曹庄镇主动公开信息209条。");
    expect(read.report?.problemsAndImprovements).toMatch(/^存在以下问题/);
    expect(read.findings.filter((f) => f.code === "SECTION_MISSING")).toEqual([]);
    expect(read.findings.filter((f) => f.code === "PARSE_TABLE_IMAGE")).toHaveLength(3);
  });

  it("a list of the six parts before the body's title is no report of its own", () => {
    // The list reaches 六 and ends with a full stop, the body's title differs from the page's:
    // the text before a 一 (the list's last words) is no report's prose.
    const front =
      "标题: 宁晋县大曹庄镇2022年度政府信息公开工作年度报告\n" +
      "本报告由以下六部分组成：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；" +
      "四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项等六个部分。\n" +
      "宁晋县大曹庄镇2022年政府信息公开工作年度报告\n";
    const read = parseText(`${front}${bodyOf(seedText)}`);
    expect(multiple(read)).toEqual([]);
    expect(read.report?.applications).toEqual(seedReport.applications);
  });

  it("a list in 五 that restarts at 一 and reaches 二, without a title, is no report", () => {
    const list = "一、总体上看，我镇政务公开工作仍有差距。\n二、主动公开的及时性有待提高。";
    const read = parseText(under("五、存在的主要问题及改进情况", list));
    expect(multiple(read)).toEqual([]);
    expect(read.report?.problemsAndImprovements).toContain("二、主动公开的及时性有待提高。");
    expect(read.report?.otherMatters).toBe(seedReport.otherMatters);
  });

  it("the first report's last paragraph naming the format is not the next one's preamble", () => {
    const own =
      "根据《中华人民共和国政府信息公开工作年度报告格式》要求，本年度没有收取信息处理费。";
    const first = bodyOf(seedText).replace(seedReport.otherMatters ?? "", own);
    expect(first).toContain(own);
    const read = parseText(`${first}\n\n${bodyOf(corpus("github-012").text)}`);
    expect(multiple(read)).toMatchObject([{ actual: 2 }]);
    expect(read.report?.otherMatters).toBe(own);
  });

  it("a page's links to other reports are no titles; a running header in 六 is no start", () => {
    const links =
      "上一篇：宁晋县大曹庄镇2021年政府信息公开工作年度报告\n下一篇：宁晋县大曹庄镇2023年政府信息公开工作年度报告";
    const next = corpus("github-012").text;
    const linked = parseText(`${seedText}\n${links}\n${next}`);
    expect(multiple(linked)[0]?.message).not.toContain("下一篇");
    expect(linked.report?.otherMatters).toContain("下一篇");
    // A running header other than the title, on the first report's pages (before 四 and in 六).
    const header = "2022年政府信息公开工作年度报告";
    const six = seedReport.otherMatters ?? "";
    const headed = seedText
      .replace("四、政府信息公开行政复议", `${header}\n四、政府信息公开行政复议`)
      .replace(six, `${six}\n${header}\n以上为本年度报告全部内容。`);
    const read = parseText(`${headed}\n${next}`);
    expect(read.report?.otherMatters).toContain("以上为本年度报告全部内容。");
    expect(multiple(read)[0]?.message).not.toContain(`「${header}」`);
  });

  it("a title of the same words with its agency's line under it, or wrapped, is the report's", () => {
    const generic = "2022年政府信息公开工作年度报告";
    const second = (title: string) =>
      `${title}\n苏家庄镇人民政府\n（2023年1月）\n${bodyOf(seedText)}`;
    for (const title of [generic, "2022年政府信息公开工作\n年度报告"]) {
      const first = seedText.replace(seedReport.meta?.title ?? "", generic);
      const results = parseTextReports(`${first}\n\n${second(title)}`);
      expect(results).toHaveLength(2);
      expect(results[0]!.report?.otherMatters).toBe(seedReport.otherMatters);
      expect(results[1]!.report?.meta?.title).toBe(generic);
    }
  });
});
