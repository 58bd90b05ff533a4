/**
 * `toDocx`: the statutory document as a Word file, in the national format for official documents
 * (党政机关公文格式, GB/T 9704-2012): A4 with its margins, the title in 方正小标宋简体 二号, the
 * body in 仿宋_GB2312 三号 on a fixed 22-line pitch, first-level headings in 黑体 and second-level
 * ones in 楷体_GB2312, the three tables in 宋体 with the official merged cells, the page number
 * `— 1 —` at the outer edge. The text and the tables come from the same places as every other
 * rendering (metaLabels.ts, sheet.ts), so the document says what `toHTML` and `toText` say.
 *
 * @module
 */

import type { Finding } from "../../findings/finding.js";
import type { Report } from "../../model/report.js";
import { validFindings } from "../../serialize/marks.js";
import { META_SEPARATOR, metaEntries, reportTitle } from "../../serialize/metaLabels.js";
import { findingLine, type RendererNotes, rendererNotes } from "../../serialize/notes.js";
import { sheetOf } from "../../serialize/sheet.js";
import { subheadingLength, type TypeFace, typography } from "../../serialize/typography.js";
import { templateDefinition } from "../../templates/registry.js";
import { append } from "../../text/lists.js";
import { runFonts } from "./fonts.js";
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  type IParagraphStylePropertiesOptions,
  type IRunStylePropertiesOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from "./library.js";
import { BODY_INDENT, BODY_LINE, halfPoints, PAGE_MARGIN, PAGE_SIZE } from "./page.js";
import { packageParts } from "./parts.js";
import { type TableStyle, tableParagraphStyle, wordTable } from "./table.js";
import { xmlText } from "./text.js";

/** Options of {@link toDocx}. */
export interface DocxOptions {
  /**
   * Findings to list in an appendix (附件) after the report, e.g. `validate`'s; none by default.
   * The report itself is printed as it is either way.
   */
  readonly findings?: readonly Finding[];
  /** Language of the appendix's own words (its heading, severity names): `"zh"` (default) or `"en"`. */
  readonly locale?: "zh" | "en";
}

const run = (face: TypeFace): IRunStylePropertiesOptions => ({
  font: runFonts(face),
  size: halfPoints(face.size),
});

const fixedLine = { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** The paragraph style of the body: 仿宋_GB2312 三号, 22 lines a page, 空两字, justified. */
const BODY = "ReportBody";

/**
 * The document's styles. The defaults (Normal) are those of the small table text, single-spaced:
 * the `docx` library fills the cells below a cell merged down rows with empty paragraphs of the
 * default style, which must not make those rows as tall as a line of the body. The body, the
 * title, the two heading levels and the meta lines have styles of their own.
 */
function styles() {
  const body: IParagraphStylePropertiesOptions = {
    spacing: fixedLine,
    indent: { firstLine: BODY_INDENT },
    alignment: AlignmentType.JUSTIFIED,
  };
  const unindented = { ...body, indent: { firstLine: 0 } };
  return {
    default: {
      document: {
        run: run(typography.wideTable),
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
      title: {
        run: { ...run(typography.title), color: "000000" },
        paragraph: {
          ...unindented,
          // The title's size needs more than the body's pitch; a blank line follows (空一行).
          spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: BODY_LINE },
          alignment: AlignmentType.CENTER,
        },
      },
      heading1: {
        run: { ...run(typography.heading), bold: false, color: "000000" },
        paragraph: { ...body, keepNext: true },
      },
      heading2: {
        run: { ...run(typography.subheading), bold: false, color: "000000" },
        paragraph: { ...body, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: BODY,
        name: "Report body",
        basedOn: "Normal",
        next: BODY,
        quickFormat: true,
        run: run(typography.body),
        paragraph: body,
      },
      {
        id: "ReportMeta",
        name: "Report meta",
        basedOn: BODY,
        quickFormat: true,
        paragraph: { ...unindented, alignment: AlignmentType.CENTER },
      },
      tableParagraphStyle(TABLE_TEXT),
      tableParagraphStyle(WIDE_TABLE_TEXT),
    ],
  };
}

const paragraph = (text: string) =>
  new Paragraph({ style: BODY, children: [new TextRun(xmlText(text))] });

/** A line of prose; a second-level heading (（一）…) in 楷体, a run-in one followed by the body. */
function proseLine(line: string): Paragraph {
  const text = xmlText(line);
  const heading = subheadingLength(text);
  if (heading === 0) return paragraph(text);
  if (heading === text.length) {
    return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
  }
  return new Paragraph({
    style: BODY,
    children: [
      new TextRun({ text: text.slice(0, heading), ...run(typography.subheading) }),
      new TextRun(text.slice(heading)),
    ],
  });
}

const prose = (text: string) => (text === "" ? [] : text.split("\n").map(proseLine));

/** The text of the tables: 五号 for the narrow table 二, 小五 for the wide 三 and 四. */
const TABLE_TEXT: TableStyle = { id: "TableText", face: typography.table };
const WIDE_TABLE_TEXT: TableStyle = { id: "WideTableText", face: typography.wideTable };
const styleOf = (table: string) => (table === "activeDisclosure" ? TABLE_TEXT : WIDE_TABLE_TEXT);

/** The body: title, meta lines, preamble, then every present section with its heading. */
function body(report: Report): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(xmlText(reportTitle(report)))],
    }),
    ...metaEntries(report).map(
      (e) =>
        new Paragraph({
          style: "ReportMeta",
          children: [new TextRun(xmlText(`${e.label}${META_SEPARATOR}${e.value}`))],
        }),
    ),
  ];
  if (report.preamble !== undefined) append(out, prose(report.preamble));
  for (const section of templateDefinition(report.template).sections) {
    const heading = new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun(section.heading)],
    });
    if (section.body === "text") {
      const text = report[section.key as "overview"];
      if (text !== undefined) append(out, [heading, ...prose(text)]);
      continue;
    }
    const sheet = sheetOf(report, section.key as "applications");
    if (sheet === undefined) continue;
    out.push(heading, wordTable(sheet, styleOf(sheet.table)));
  }
  return out;
}

/** The appendix (附件) listing the findings, on a page of its own. */
function appendix(findings: readonly Finding[], words: RendererNotes): Paragraph[] {
  if (findings.length === 0) return [];
  return [
    new Paragraph({
      style: BODY,
      pageBreakBefore: true,
      indent: { firstLine: 0 },
      children: [new TextRun({ text: words.appendix, ...run(typography.heading) })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(words.findingsHeading)] }),
    // Left-aligned with a hanging number: a justified line of codes and Chinese spreads apart.
    ...findings.map(
      (finding, i) =>
        new Paragraph({
          style: BODY,
          alignment: AlignmentType.LEFT,
          indent: { left: BODY_INDENT, hanging: BODY_INDENT },
          children: [new TextRun(xmlText(`${i + 1}. ${findingLine(finding, words)}`))],
        }),
    ),
  ];
}

/** The page number, `— 1 —` in 宋体 四号, one character in from the outer edge (GB/T 9704 §7.5). */
function pageNumber(alignment: "left" | "right"): Footer {
  const face = { ...typography.table, size: 14 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === "right" ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], ...run(face) })],
      }),
    ],
  });
}

/**
 * The report as a Word document (.docx): the statutory document as an office publishes it.
 *
 * The title (`meta.title`, else `{agency}{year}年政府信息公开工作年度报告`), the page fields that
 * are present (发布机构, 发布日期, 索引号, 文号) one a line, the preamble, and the six sections
 * with their headings as the template prints them; the three tables with the official merged
 * cells (the same cells `toHTML` draws, derived from the registry), blank cells blank, marks as
 * published, amounts with their decimals, an unread cell as `?`. Set in the national format
 * (GB/T 9704): A4, margins 37/35/28/26 mm, title 方正小标宋简体 二号, body 仿宋_GB2312 三号 on
 * 22 lines a page, headings 黑体 and 楷体_GB2312, tables 宋体 五号 and 小五, the page number
 * at the outer edge; the font table names a Windows face for each (FangSong, SimHei, KaiTi,
 * SimSun), so that a machine without the official fonts still shows the text. The column header
 * of tables 三 and 四 repeats on each page; a row never splits across pages.
 *
 * The file is the same for the same report (no clock is read: no creation date is written).
 *
 * @param report - A report of either template.
 * @param options - `findings` to list in an appendix, `locale` for the appendix's own words.
 * @returns The bytes of the .docx file.
 * @example
 * ```ts
 * import { toDocx } from "zfxxgk-annual-report/docx";
 *
 * const bytes = await toDocx(report); // Uint8Array: write it to report.docx, or offer it as a download
 * const checked = await toDocx(report, { findings: validate(report).findings }); // with an appendix
 * ```
 */
export async function toDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const words = rendererNotes(options?.locale);
  const title = xmlText(reportTitle(report));
  const document = new Document({
    title,
    styles: styles(),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: PAGE_SIZE,
            margin: PAGE_MARGIN,
          },
        },
        footers: { default: pageNumber("right"), even: pageNumber("left") },
        children: [...body(report), ...appendix(validFindings(options?.findings), words)],
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return packageParts(packed, {
    title,
    creator: xmlText(report.meta?.publisher ?? report.agency.name ?? ""),
    language: words.lang,
  });
}
