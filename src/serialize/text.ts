/**
 * Plain-text rendering of a report, for a terminal or an e-mail, and the format `parseText` reads
 * back: title, metadata lines, preamble, then every present section under its registry heading,
 * tables as `|`-separated grids aligned by display width (CJK characters take two columns).
 *
 * @module
 */
import type { Report } from "../model/report.js";
import { templateDefinition } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
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

/** A line of a table body: a line of its own (caption, group label) or a row of cells. */
type GridLine = string | readonly string[];

/** The cell separator of text tables. */
export const TEXT_CELL_SEPARATOR = " | ";

/**
 * Rows of cells padded per column position, so that the n-th `|` of every row of the table sits
 * at the same display column; trailing spaces are dropped, the separators stay.
 */
function alignGrid(lines: readonly GridLine[]): string[] {
  const widths: number[] = [];
  for (const line of lines) {
    if (typeof line === "string") continue;
    line.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return lines.map((line) =>
    typeof line === "string"
      ? line
      : line
          .map((cell, i) => padToWidth(cell, widths[i]!))
          .join(TEXT_CELL_SEPARATOR)
          .replace(/ +$/, ""),
  );
}

/** Header rows of a grid, each cell at its top-left position, `offset` label columns before. */
function headerRows(grid: HeaderGrid, offset: number, corner: string): string[][] {
  const rows = Array.from({ length: grid.depth }, () =>
    Array.from({ length: offset + grid.width }, () => ""),
  );
  if (offset > 0 && rows[0]) rows[0][0] = corner;
  for (const cell of grid.cells) rows[cell.row]![offset + cell.column] = cell.label;
  return rows;
}

function activeDisclosureLines(version: TemplateVersion, table: TableCells): GridLine[] {
  const { groups, labelHeader } = templateDefinition(version).activeDisclosure;
  return groups.flatMap((group) => [
    group.label,
    [labelHeader, ...group.columns.map((c) => c.label)],
    ...group.rows.map((row) => [
      row.label,
      ...group.columns.map((c) => cellToken(table[row.key]?.[c.key])),
    ]),
  ]);
}

function applicationLines(version: TemplateVersion, table: TableCells): GridLine[] {
  const { note, columns } = templateDefinition(version).applications;
  const header = headerRows(applicationHeader(version), 1, note);
  const body = applicationLayout(version).lines.map((line) =>
    line.data
      ? [line.label, ...columns.map((c) => cellToken(table[line.key]?.[c.key]))]
      : line.label,
  );
  return [...header, ...body];
}

function reviewLines(version: TemplateVersion, table: TableCells): GridLine[] {
  const { groups, columns } = templateDefinition(version).reviewsAndLitigation;
  const values = groups.flatMap((g) => columns.map((c) => cellToken(table[g.key]?.[c.key])));
  return [...headerRows(reviewHeader(version), 0, ""), values];
}

const tableLines = {
  activeDisclosure: activeDisclosureLines,
  applications: applicationLines,
  reviewsAndLitigation: reviewLines,
} as const;

/**
 * The report as plain text.
 *
 * Layout (the contract `parseText` reads): line 1 the title; then `发布机构：…`, `发布日期：…`,
 * `索引号：…`, `文号：…` for the fields present; a blank line; the preamble; then each present
 * section, separated by a blank line, as its heading followed by its body. Table 二: per sub-table
 * a caption line, a header row and its rows. Table 三: three header rows (the merged cells at their
 * top-left position), then a row per data row and a cell-less line per heading or group row. Table
 * 四: three header rows and one row of fifteen cells. Cells: digits, the decimal string of an
 * amount, empty for a blank, the symbol of a mark, `?` for an absent cell.
 *
 * @param report - A report of either template.
 * @returns The text, ending with a newline.
 * @example
 * ```ts
 * toText(seedReport).split("\n").slice(0, 3);
 * // ['宁晋县大曹庄镇2022年政府信息公开工作年度报告', '发布机构：大曹庄镇', '发布日期：2023-01-19']
 * ```
 */
export function toText(report: Report): string {
  const head = [
    reportTitle(report),
    ...metaEntries(report).map((e) => `${e.label}${META_SEPARATOR}${e.value}`),
  ];
  const blocks: string[][] = [head];
  if (report.preamble !== undefined) blocks.push(report.preamble.split("\n"));
  for (const section of templateDefinition(report.template).sections) {
    if (section.body === "text") {
      const text = report[section.key as "overview"];
      if (text !== undefined)
        blocks.push([section.heading, ...(text === "" ? [] : text.split("\n"))]);
      continue;
    }
    const key = section.key as keyof typeof tableLines;
    const table = tableOf(report, key);
    if (table === undefined) continue;
    blocks.push([section.heading, ...alignGrid(tableLines[key](report.template, table))]);
  }
  return `${blocks.map((block) => block.join("\n")).join("\n\n")}\n`;
}
