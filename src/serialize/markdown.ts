/**
 * GitHub-flavoured Markdown rendering of a report, readable on GitHub and read back by `parseText`.
 *
 * Escaping: every `\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `&`, `|`, `~` and `#` in a text, label
 * or cell gets a backslash; so does a `+`, `-` or `=` opening a paragraph line, and the `.`/`)` of a
 * paragraph line that starts like an ordered list item (`1. `). Undoing it is the CommonMark rule:
 * drop a backslash before ASCII punctuation.
 *
 * @module
 */
import type { Report } from "../model/report.js";
import { templateDefinition } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
import { append, most } from "../text/lists.js";
import { displayWidth, padToWidth } from "../text/width.js";
import { META_SEPARATOR, metaEntries, reportTitle } from "./metaLabels.js";
import {
  applicationHeader,
  applicationLayout,
  cellToken,
  type HeaderGrid,
  reviewHeader,
  type TableCells,
  tableOf,
} from "./tables.js";

/**
 * Joins the header labels above a Markdown column (a GFM table has a single header row), e.g.
 * 行政诉讼·复议后起诉·结果维持. A header spanning every column (申请人情况) is left out.
 */
export const MARKDOWN_HEADER_JOINER = "·";

const INLINE_SPECIAL = /[\\`*_[\]<>&|~#]/g;

/**
 * Escapes inline Markdown syntax (and `|`, for table cells) so that a text renders verbatim.
 *
 * @example
 * ```ts
 * escapeInline("A|B *c*"); // 'A\\|B \\*c\\*'
 * ```
 */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, "\\$&");
}

/**
 * Escapes a line that starts a paragraph: inline syntax, and block syntax at its start.
 *
 * @example
 * ```ts
 * escapeMarkdown("- 列表"); // '\\- 列表'
 * escapeMarkdown("1. 编号"); // '1\\. 编号'
 * escapeMarkdown("1.属于国家秘密"); // '1.属于国家秘密' (no space: not a list item)
 * ```
 */
export function escapeMarkdown(line: string): string {
  const inline = escapeInline(line);
  const list = /^(\d{1,9})([.)])(?=\s|$)/.exec(inline);
  if (list) return `${list[1]}\\${list[2]}${inline.slice(list[0].length)}`;
  return /^[+\-=]/.test(inline) ? `\\${inline}` : inline;
}

/** A GFM table, cells escaped and padded by display width for a readable source. */
function gfmTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const escaped = [header, ...rows].map((row) => row.map(escapeInline));
  const widths = header.map((_, i) =>
    Math.max(3, most(escaped.map((row) => displayWidth(row[i] ?? "")))),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => padToWidth(cell, widths[i]!)).join(" | ")} |`;
  const [head, ...body] = escaped;
  return [line(head!), line(widths.map((w) => "-".repeat(w))), ...body.map(line)];
}

/** One header label per data column: the labels above it, joined, minus an all-spanning root. */
function flatHeader(grid: HeaderGrid): string[] {
  const spansAll = grid.cells.filter((c) => c.row === 0 && c.colspan === grid.width && !c.leaf);
  const skip = spansAll.length === 1 ? 1 : 0;
  return grid.paths.map((path) => path.slice(skip).join(MARKDOWN_HEADER_JOINER));
}

function activeDisclosureBlocks(version: TemplateVersion, table: TableCells): string[][] {
  const { groups, labelHeader } = templateDefinition(version).activeDisclosure;
  return groups.flatMap((group) => [
    [escapeMarkdown(group.label)],
    gfmTable(
      [labelHeader, ...group.columns.map((c) => c.label)],
      group.rows.map((row) => [
        row.label,
        ...group.columns.map((c) => cellToken(table[row.key]?.[c.key])),
      ]),
    ),
  ]);
}

function applicationBlocks(version: TemplateVersion, table: TableCells): string[][] {
  const { note, columns } = templateDefinition(version).applications;
  const rows = applicationLayout(version).lines.map((line) => [
    line.label,
    ...columns.map((c) => (line.data ? cellToken(table[line.key]?.[c.key]) : "")),
  ]);
  return [gfmTable([note, ...flatHeader(applicationHeader(version))], rows)];
}

function reviewBlocks(version: TemplateVersion, table: TableCells): string[][] {
  const { groups, columns } = templateDefinition(version).reviewsAndLitigation;
  const values = groups.flatMap((g) => columns.map((c) => cellToken(table[g.key]?.[c.key])));
  return [gfmTable(flatHeader(reviewHeader(version)), [values])];
}

const tableBlocks = {
  activeDisclosure: activeDisclosureBlocks,
  applications: applicationBlocks,
  reviewsAndLitigation: reviewBlocks,
} as const;

/**
 * The report as GitHub-flavoured Markdown.
 *
 * `# {title}`; the metadata as `- 发布日期：…` list items; the preamble and every text line as its
 * own paragraph; `## {heading}` per present section. Table 二: per sub-table a caption paragraph
 * and a GFM table `信息内容 | columns`. Table 三: one GFM table whose header is the 勾稽 note over
 * the label column and, over each data column, its header labels joined by `·` (申请人情况, which
 * spans them all, left out); heading and group rows (三、本年度办理结果, （三）不予公开 …) are rows with
 * seven empty cells, in registry order. Table 四: one GFM table of fifteen columns
 * (行政复议·结果维持 … 行政诉讼·复议后起诉·总计) and one row. Cell tokens as in `toText`.
 *
 * @param report - A report of either template.
 * @returns The Markdown, ending with a newline.
 * @example
 * ```ts
 * toMarkdown(seedReport).split("\n").slice(0, 3);
 * // ['# 宁晋县大曹庄镇2022年政府信息公开工作年度报告', '', '- 发布机构：大曹庄镇']
 * ```
 */
export function toMarkdown(report: Report): string {
  const blocks: string[][] = [[`# ${escapeInline(reportTitle(report))}`]];
  const meta = metaEntries(report);
  if (meta.length > 0) {
    blocks.push(meta.map((e) => `- ${escapeInline(`${e.label}${META_SEPARATOR}${e.value}`)}`));
  }
  const paragraphs = (text: string) =>
    text === "" ? [] : text.split("\n").map((line) => [escapeMarkdown(line)]);
  if (report.preamble !== undefined) append(blocks, paragraphs(report.preamble));
  for (const section of templateDefinition(report.template).sections) {
    const heading = [`## ${escapeInline(section.heading)}`];
    if (section.body === "text") {
      const text = report[section.key as "overview"];
      if (text !== undefined) append(blocks, [heading, ...paragraphs(text)]);
      continue;
    }
    const key = section.key as keyof typeof tableBlocks;
    const table = tableOf(report, key);
    if (table !== undefined) append(blocks, [heading, ...tableBlocks[key](report.template, table)]);
  }
  return `${blocks.map((block) => block.join("\n")).join("\n\n")}\n`;
}
