/**
 * HTML rendering of a report. By default a fragment (`<article>`, no scripts, no styles) for a
 * CMS page: its tables reproduce the official layout, merged header cells and label spans
 * included, every span derived from the registry (see sheet.ts), and its elements carry stable
 * class names a stylesheet can target and the paths of the report's cells. With `standalone` a
 * whole page with its own stylesheet, print-ready on A4.
 *
 * @module
 */
import type { Finding, FindingPath } from "../findings/finding.js";
import type { Report } from "../model/report.js";
import { templateDefinition } from "../templates/registry.js";
import { append } from "../text/lists.js";
import { type FindingIndex, findingIndex, validFindings } from "./marks.js";
import { META_SEPARATOR, metaEntries, reportTitle } from "./metaLabels.js";
import { findingLine, type RendererNotes, rendererNotes } from "./notes.js";
import { PAGE_STYLE } from "./pageStyle.js";
import { type SheetCell, sheetOf } from "./sheet.js";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "\n": "&#10;",
};

/**
 * Escapes text for HTML content and attribute values (a line feed too, so that an attribute
 * stays on its line).
 *
 * @example
 * ```ts
 * escapeHTML(`<a href="x">&'`); // '&lt;a href=&quot;x&quot;&gt;&amp;&#39;'
 * ```
 */
export function escapeHTML(text: string): string {
  return text.replace(/[&<>"'\n]/g, (character) => ENTITIES[character]!);
}

/** Options of {@link toHTML}. */
export interface HtmlOptions {
  /** A whole page with its stylesheet (`true`) instead of a fragment; `false` by default. */
  readonly standalone?: boolean;
  /**
   * Findings to mark on the cells, row labels and sections they name (e.g. `validate`'s): those
   * elements get `data-findings` (the codes), `data-severity` (the most serious) and a `title`
   * (the messages). The standalone page highlights them and lists every finding after the report.
   */
  readonly findings?: readonly Finding[];
  /** Language of the page's own words (`lang`, the list of findings): `"zh"` (default) or `"en"`. */
  readonly locale?: "zh" | "en";
}

/** ` name="value"` for each defined attribute, escaped. */
function attributes(pairs: readonly (readonly [string, string | number | undefined])[]): string {
  return pairs
    .filter((pair): pair is readonly [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHTML(String(value))}"`)
    .join("");
}

/** The path attribute and, when findings name the element, their marks. */
function marks(path: FindingPath, index: FindingIndex): [string, string | undefined][] {
  const found = index(path);
  return [
    ["data-path", path.join(".")],
    ["data-findings", found?.codes.join(" ")],
    ["data-severity", found?.severity],
    ["title", found?.messages.join("\n")],
  ];
}

const span = (n: number) => (n > 1 ? n : undefined);

function cellHTML(cell: SheetCell, index: FindingIndex): string {
  if (cell.role === "value") {
    const state = cell.state === "number" ? "" : ` zfxxgk-${cell.state}`;
    return `<td${attributes([
      ["class", `zfxxgk-value${state}`],
      ["colspan", span(cell.colSpan)],
      ...marks(cell.path!, index),
    ])}>${escapeHTML(cell.text)}</td>`;
  }
  return `<th${attributes([
    ["class", `zfxxgk-${cell.role}`],
    ["scope", cell.scope],
    ["rowspan", span(cell.rowSpan)],
    ["colspan", span(cell.colSpan)],
    ...(cell.path === undefined ? [] : marks(cell.path, index)),
  ])}>${escapeHTML(cell.text)}</th>`;
}

const paragraphs = (text: string, className?: string) =>
  text === ""
    ? []
    : text
        .split("\n")
        .map((line) => `<p${attributes([["class", className]])}>${escapeHTML(line)}</p>`);

/** The `<article>`: title, metadata, preamble, and the sections present. */
function article(report: Report, index: FindingIndex): string[] {
  const out = [
    `<article${attributes([
      ["class", "zfxxgk-report"],
      ["data-template", report.template],
    ])}>`,
    `<h1 class="zfxxgk-title">${escapeHTML(reportTitle(report))}</h1>`,
    ...metaEntries(report).map(
      (e) => `<p class="zfxxgk-meta">${escapeHTML(`${e.label}${META_SEPARATOR}${e.value}`)}</p>`,
    ),
  ];
  if (report.preamble !== undefined) append(out, paragraphs(report.preamble, "zfxxgk-preamble"));
  for (const section of templateDefinition(report.template).sections) {
    const open = `<section${attributes([
      ["class", "zfxxgk-section"],
      ["data-section", section.key],
      ...marks([section.key], index).slice(1),
    ])}>`;
    const heading = `<h2>${escapeHTML(section.heading)}</h2>`;
    if (section.body === "text") {
      const text = report[section.key as "overview"];
      if (text !== undefined) append(out, [open, heading, ...paragraphs(text), "</section>"]);
      continue;
    }
    const sheet = sheetOf(report, section.key as "applications");
    if (sheet === undefined) continue;
    out.push(open, heading, `<table class="zfxxgk-table" data-table="${sheet.table}">`);
    for (const block of sheet.blocks) {
      const tag = block.part === "head" ? "thead" : "tbody";
      out.push(`<${tag}>`);
      for (const row of block.rows) {
        out.push(`<tr>${row.map((cell) => cellHTML(cell, index)).join("")}</tr>`);
      }
      out.push(`</${tag}>`);
    }
    out.push("</table>", "</section>");
  }
  out.push("</article>");
  return out;
}

/** The page's list of every finding given, after the report. */
function findingList(findings: readonly Finding[], words: RendererNotes): string[] {
  if (findings.length === 0) return [];
  return [
    '<aside class="zfxxgk-findings">',
    `<h2>${escapeHTML(words.findingsHeading)}</h2>`,
    `<p>${escapeHTML(words.findingsLegend)}</p>`,
    "<ol>",
    ...findings.map(
      (f) =>
        `<li${attributes([
          ["data-code", f.code],
          ["data-severity", f.severity],
          ["data-path", f.path.map(String).join(".")],
        ])}>${escapeHTML(findingLine(f, words))}</li>`,
    ),
    "</ol>",
    "</aside>",
  ];
}

/**
 * The report as HTML.
 *
 * By default an HTML fragment: `<article class="zfxxgk-report">` with `<h1>` (title), a `<p>` per
 * metadata field, per preamble line and per text line, and per present section a
 * `<section data-section>` with `<h2>` and either paragraphs or a `<table data-table>`. The
 * tables reproduce format-spec §5.1–5.3 and §6.2–6.3: table 二 one `<tbody>` per sub-table opened
 * by a caption row spanning the width; table 三 the 勾稽 note over the label columns, 申请人情况 /
 * 自然人 / 法人或其他组织 / 总计 merged as in the template, heading and group labels spanning their
 * rows; table 四 行政复议 and 行政诉讼 over their groups. Header cells are `<th scope>`; every
 * text is escaped. No style: class names say what each element is (`zfxxgk-title`, `zfxxgk-meta`,
 * `zfxxgk-preamble`, `zfxxgk-section`, `zfxxgk-table`, and per cell `zfxxgk-note`,
 * `zfxxgk-header`, `zfxxgk-caption`, `zfxxgk-heading`, `zfxxgk-group`, `zfxxgk-label`,
 * `zfxxgk-value` with `zfxxgk-blank`, `zfxxgk-mark` or `zfxxgk-absent`), and every value cell
 * carries its path in the canonical JSON in `data-path` (`applications.disclosed.naturalPerson`).
 *
 * With `findings`, the cells, row labels and sections they name (their `path`; a CELL_BLANK names
 * every blank cell it lists) carry `data-findings` (the codes, space-separated), `data-severity`
 * and a `title` with the messages. With `standalone`, a whole page: the fragment inside a
 * document with an embedded stylesheet (collapsed single borders, centred headers, the faces of
 * GB/T 9704, A4 print with its margins and the column headers repeated on each page, the marked
 * cells highlighted) and, when findings are given, a list of them after the report. No external
 * resource is loaded.
 *
 * @param report - A report of either template.
 * @param options - `standalone`, `findings`, `locale`.
 * @returns The fragment or page, ending with a newline.
 * @example
 * ```ts
 * toHTML(seedReport).startsWith('<article class="zfxxgk-report" data-template="2021">'); // true
 * toHTML(shanghai2019Report).includes('rowspan="20">三、本年度办理结果</th>'); // true
 * toHTML(report, { standalone: true, findings: validate(report).findings }); // '<!DOCTYPE html>…'
 * ```
 */
export function toHTML(report: Report, options: HtmlOptions = {}): string {
  const given = validFindings(options?.findings);
  const index = findingIndex(given);
  const body = article(report, index);
  if (options?.standalone !== true) return `${body.join("\n")}\n`;
  const words = rendererNotes(options.locale);
  return `${[
    "<!DOCTYPE html>",
    `<html lang="${words.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHTML(reportTitle(report))}</title>`,
    "<style>",
    PAGE_STYLE,
    "</style>",
    "</head>",
    "<body>",
    ...body,
    ...findingList(given, words),
    "</body>",
    "</html>",
  ].join("\n")}\n`;
}
