/**
 * toDocx, read back with a small OOXML reader of the tests' own (wordFile.ts): the page and the
 * faces of GB/T 9704, the text in order, the three tables with every row and the official merged
 * cells, blank/marked/decimal/absent cells as published, the findings appendix, and the same
 * bytes for the same report. The round trip through parseDocx is in roundtrip.test.ts; LibreOffice
 * opening the files is in test/system.
 */
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDocx } from "../../../src/docx/write/index.js";
import type { Finding, Report, TemplateVersion } from "../../../src/index.js";
import { mark, templates, templateVersions, validate } from "../../../src/index.js";
import { metaLabels } from "../../../src/serialize/metaLabels.js";
import { seedReport } from "../../fixtures/seed-report.js";
import {
  expectedRows,
  fixtures,
  hostileReport,
  reportWithHoles,
} from "../../serialize/renderSupport.js";
import { consistentReport } from "../../support/arbitraries.js";
import { readWordFile, tableLines, type WordBlock, type WordTable } from "./wordFile.js";

/** The mm of GB/T 9704 in twips, computed here on their own. */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const TEXT_WIDTH = twips(210) - twips(28) - twips(26);

const paragraphs = (blocks: readonly WordBlock[]) =>
  blocks.flatMap((b) => (b.kind === "paragraph" ? [b] : []));
const tables = (blocks: readonly WordBlock[]) =>
  blocks.flatMap((b) => (b.kind === "table" ? [b] : []));

/** Every row of every present table readable: its label, then its tokens, in one grid row. */
function checkTables(report: Report, found: readonly WordTable[]): void {
  const lines = found.flatMap(tableLines);
  for (const row of expectedRows(report)) {
    if (row.label === undefined) {
      expect(lines).toContainEqual(row.tokens);
      continue;
    }
    const line = lines.find((l) => l.includes(row.label!));
    expect(line, row.label).toBeDefined();
    expect(line!.slice(line!.indexOf(row.label) + 1), row.label).toEqual(row.tokens);
  }
  for (const table of found) {
    expect(table.gridWidths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(table.cantSplit).toBe(true);
    expect(table.styles).toHaveLength(1);
  }
}

/** The text: title, meta lines, preamble, then each section's heading with its text or table. */
function checkText(report: Report, blocks: readonly WordBlock[]): void {
  const texts = blocks.map((b) => (b.kind === "paragraph" ? b.text : "<table>"));
  const metaLines = (Object.keys(metaLabels) as (keyof typeof metaLabels)[])
    .filter((key) => report.meta?.[key] !== undefined && report.meta?.[key] !== null)
    .map((key) => `${metaLabels[key]}：${report.meta![key]}`);
  const preamble =
    report.preamble === undefined || report.preamble === "" ? [] : report.preamble.split("\n");
  expect(texts.slice(1, 1 + metaLines.length + preamble.length)).toEqual([
    ...metaLines,
    ...preamble,
  ]);
  let at = 1 + metaLines.length + preamble.length;
  for (const section of templates[report.template].sections) {
    const content = report[section.key];
    if (content === undefined) continue;
    expect(texts[at], section.heading).toBe(section.heading);
    expect(paragraphs([blocks[at]!])[0]!.style).toBe("Heading1");
    at++;
    if (section.body === "table") {
      expect(texts[at]).toBe("<table>");
      at++;
    } else if (content !== "") {
      const lines = (content as string).split("\n");
      expect(texts.slice(at, at + lines.length)).toEqual(lines);
      at += lines.length;
    }
  }
  expect(texts.length).toBe(at);
}

async function check(report: Report): Promise<void> {
  const { blocks } = readWordFile(await toDocx(report));
  checkText(report, blocks);
  checkTables(report, tables(blocks));
}

describe("toDocx", () => {
  it.each(fixtures)("writes %s: its text in order and every table row", async (_name, report) => {
    await check(report);
  });

  it("writes generated reports of both templates, with blank, marked and absent cells", async () => {
    await fc.assert(fc.asyncProperty(reportWithHoles(), check), { numRuns: 30 });
  });

  it("keeps an amount's decimals and prints marks and blanks as published", async () => {
    const report = {
      ...seedReport,
      activeDisclosure: {
        ...seedReport.activeDisclosure!,
        fees: { amount: new Decimal("12.305") },
        licensing: { decisions: mark("—") },
        punishment: { decisions: null },
      },
    } as Report;
    const lines = tables(readWordFile(await toDocx(report)).blocks).flatMap(tableLines);
    expect(lines).toContainEqual(["行政事业性收费", "12.305"]);
    expect(lines).toContainEqual(["行政许可", "—"]);
    expect(lines).toContainEqual(["行政处罚", ""]);
  });

  it("drops the characters XML forbids and keeps markup characters as text", async () => {
    await fc.assert(
      fc.asyncProperty(hostileReport(), async (report) => {
        const controls = {
          ...report,
          overview: `甲\u0000乙\u0007丙\uD800丁\n${report.overview ?? ""}`,
        };
        const file = readWordFile(await toDocx(controls as Report));
        expect(file.parts["word/document.xml"]).not.toMatch(
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/,
        );
        checkText(
          { ...controls, overview: `甲乙丙丁\n${report.overview ?? ""}` } as Report,
          file.blocks,
        );
        checkTables(report, tables(file.blocks));
      }),
      { numRuns: 20 },
    );
  });

  it("writes the same bytes for the same report", async () => {
    const first = await toDocx(seedReport);
    const second = await toDocx(seedReport);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(readWordFile(first).parts["docProps/core.xml"]).not.toMatch(
      /dcterms:(created|modified)/,
    );
  });
});

describe("toDocx: the format of GB/T 9704", () => {
  it("sets A4 with margins 37/35/28/26 mm", async () => {
    const file = readWordFile(await toDocx(seedReport));
    const sectPr = file.parts["word/document.xml"]!;
    expect(sectPr).toMatch(new RegExp(`<w:pgSz w:w="${twips(210)}" w:h="${twips(297)}"`));
    const margin = /<w:pgMar ([^>]*)\/>/.exec(sectPr)![1]!;
    const attribute = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]);
    expect([attribute("top"), attribute("bottom"), attribute("left"), attribute("right")]).toEqual(
      [37, 35, 28, 26].map(twips),
    );
  });

  it("sets the title, body and headings in their faces and sizes", async () => {
    const file = readWordFile(await toDocx(seedReport));
    const font = (scope: string) => styleFont(file.parts["word/styles.xml"]!, scope);
    const blocks = file.blocks;
    expect(font("ReportBody")).toEqual({ eastAsia: "仿宋_GB2312", size: "32" });
    // The defaults are the small table text: the empty paragraphs the library puts in the cells
    // under a merged cell take them, and must not make those rows as tall as the body's lines.
    expect(font("docDefaults")).toEqual({ eastAsia: "宋体", size: "18" });
    for (const p of paragraphs(blocks))
      expect(p.style, p.text).toMatch(/^(Title|Heading[12]|Report(Body|Meta))$/);
    expect(font("Title")).toEqual({ eastAsia: "方正小标宋简体", size: "44" });
    expect(font("Heading1")).toEqual({ eastAsia: "黑体", size: "32" });
    expect(font("Heading2")).toEqual({ eastAsia: "楷体_GB2312", size: "32" });
    expect(paragraphs(blocks)[0]).toMatchObject({ text: seedReport.meta!.title, style: "Title" });
    // A second-level heading of the overview, (一)…, is a Heading2 paragraph.
    const sub = paragraphs(blocks).find((p) => p.text === "(一)主动公开政府信息情况");
    expect(sub?.style).toBe("Heading2");
    // Table 二 in 宋体 五号 (10.5 pt), the wide 三 and 四 in 小五 (9 pt).
    expect(tables(blocks).map((t) => font(t.styles[0]!))).toEqual([
      { eastAsia: "宋体", size: "21" },
      { eastAsia: "宋体", size: "18" },
      { eastAsia: "宋体", size: "18" },
    ]);
  });

  it("names a Windows face for each font, in the GB2312 character set", async () => {
    const table = readWordFile(await toDocx(seedReport)).parts["word/fontTable.xml"]!;
    for (const [font, alternative] of [
      ["仿宋_GB2312", "FangSong"],
      ["黑体", "SimHei"],
      ["楷体_GB2312", "KaiTi"],
      ["宋体", "SimSun"],
    ]) {
      expect(table).toContain(
        `<w:font w:name="${font}"><w:altName w:val="${alternative}"/><w:charset w:val="86"/>`,
      );
    }
  });

  it.each(templateVersions)(
    "merges the cells of tables 三 and 四 as the registry says (%s)",
    async (version) => {
      const report = fc.sample(consistentReport(version), { numRuns: 1, seed: 11 })[0]!;
      const found = tables(readWordFile(await toDocx(report)).blocks);
      expect(found).toHaveLength(3);
      const [two, three, four] = found as WordTable[];
      checkMerges(version, two!, three!, four!);
    },
  );
});

/** The spans the registry gives, counted from it here (format-spec §5–6). */
function checkMerges(version: TemplateVersion, two: WordTable, three: WordTable, four: WordTable) {
  const { rows, columns, note, applicantHeader, headers } = templates[version].applications;
  const find = (table: WordTable, text: string) => {
    const found = table.cells.filter((c) => c.text === text);
    expect(found, text).toHaveLength(1);
    return found[0]!;
  };
  const width = three.gridWidths.length;
  const heading = rows.find((r) => r.role === "heading")!;
  expect(find(three, heading.label).rowSpan).toBe({ "2019": 20, "2021": 22 }[version]);
  for (const group of rows.filter((r) => r.role === "group")) {
    expect(find(three, group.label).rowSpan).toBe(
      rows.filter((r) => "parent" in r && r.parent === group.key).length,
    );
  }
  expect(find(three, note)).toMatchObject({
    rowSpan: three.headerRows,
    colSpan: width - columns.length,
  });
  expect(find(three, applicantHeader.label).colSpan).toBe(columns.length);
  for (const header of headers) {
    expect(find(three, header.label).colSpan).toBe(
      columns.filter((c) => "header" in c && c.header === header.key).length,
    );
  }
  for (const row of rows.filter((r) => r.role !== "heading" && r.role !== "group")) {
    const cell = find(three, row.label);
    expect(cell.column + cell.colSpan, row.label).toBe(width - columns.length);
  }
  expect(three.headerRows).toBe(3);
  const review = templates[version].reviewsAndLitigation;
  expect(four.gridWidths).toHaveLength(review.groups.length * review.columns.length);
  expect(four.headerRows).toBe(3);
  for (const group of review.groups)
    expect(find(four, group.label).colSpan).toBe(review.columns.length);
  for (const header of review.headers) {
    const under = review.groups.filter((g) => "header" in g && g.header === header.key).length;
    expect(find(four, header.label).colSpan).toBe(under * review.columns.length);
  }
  expect(two.headerRows).toBe(0);
  for (const group of templates[version].activeDisclosure.groups) {
    expect(find(two, group.label).colSpan).toBe(two.gridWidths.length);
  }
}

describe("toDocx: the findings appendix", () => {
  const broken = {
    ...seedReport,
    applications: {
      ...seedReport.applications!,
      totalHandled: { ...seedReport.applications!.totalHandled, total: 5 },
    },
  } as Report;

  it("lists the findings on a page of its own, after the report, in the locale asked", async () => {
    for (const locale of ["zh", "en"] as const) {
      const { findings } = validate(broken, { locale });
      const texts = paragraphs(readWordFile(await toDocx(broken, { findings, locale })).blocks).map(
        (p) => p.text,
      );
      const at = texts.indexOf(locale === "zh" ? "附件" : "Appendix");
      expect(at).toBe(texts.indexOf(seedReport.otherMatters!.split("\n").at(-1)!) + 1);
      expect(texts[at + 1]).toBe(locale === "zh" ? "检查发现" : "Findings");
      const severity = locale === "zh" ? "错误" : "error";
      const separator = locale === "zh" ? "：" : ": ";
      expect(texts.slice(at + 2)).toEqual(
        findings.map((f, i) => `${i + 1}. ${severity} ${f.code}${separator}${f.message}`),
      );
    }
  });

  it("has none by default, nor for no findings or what is not a finding", async () => {
    const plain = await toDocx(broken);
    expect(paragraphs(readWordFile(plain).blocks).map((p) => p.text)).not.toContain("附件");
    for (const findings of [[], [null, { code: 3 }]] as unknown as Finding[][]) {
      expect(Buffer.from(await toDocx(broken, { findings })).equals(Buffer.from(plain))).toBe(true);
    }
  });
});

/** The East Asian font and size a style (or the document defaults) sets, from styles.xml. */
function styleFont(styles: string, scope: string) {
  const block =
    scope === "docDefaults"
      ? /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1]
      : new RegExp(`<w:style [^>]*w:styleId="${scope}"[^>]*>([\\s\\S]*?)</w:style>`).exec(
          styles,
        )?.[1];
  return {
    eastAsia: block && /<w:rFonts [^>]*w:eastAsia="([^"]*)"/.exec(block)?.[1],
    size: block && /<w:sz w:val="(\d+)"/.exec(block)?.[1],
  };
}
