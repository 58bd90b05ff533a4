/**
 * The three tables as printed, cell by cell: every cell with its text, its role, its row and
 * column spans and, for a value cell, its path into the canonical JSON. Derived from the registry
 * through {@link applicationLayout} and the header grids, so that the HTML page and the Word
 * document draw the same merged cells from the same walk, and never from a row list of their own.
 *
 * @module
 */
import { type Cell, isMark } from "../model/cell.js";
import type { Report } from "../model/report.js";
import type { CellPath } from "../templates/identities.js";
import type { TableKey } from "../templates/layout.js";
import { templateDefinition } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
import { most } from "../text/lists.js";
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
 * What a printed cell is.
 * - `note`: the 勾稽 note over the label columns of table 三;
 * - `header`: a column header (信息内容, 申请人情况, 自然人, 行政复议, 结果维持 …);
 * - `caption`: a table-二 caption row (第二十条第（一）项);
 * - `heading`, `group`: a table-三 label spanning rows (三、本年度办理结果; （三）不予公开);
 * - `label`: a row label;
 * - `value`: a cell of the report.
 */
export type SheetRole = "note" | "header" | "caption" | "heading" | "group" | "label" | "value";

/** What a value cell holds: a number, a blank, a mark, or nothing read (absent). */
export type ValueState = "number" | "blank" | "mark" | "absent";

/** The HTML `scope` of a header cell. */
export type HeaderScope = "col" | "row" | "colgroup" | "rowgroup";

/** A printed cell: it starts in its row and covers `rowSpan` × `colSpan` grid places. */
export interface SheetCell {
  readonly role: SheetRole;
  /** The text as printed: a label, or the cell's token (`cellToken`) for a value. */
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** For every cell but a value: the header scope it has in HTML. */
  readonly scope?: HeaderScope;
  /**
   * For a value, its path in the canonical JSON (`['applications', 'disclosed', 'total']`); for
   * the label of a row of 二 or 三, the row's path (`['applications', 'disclosed']`).
   */
  readonly path?: CellPath | readonly [TableKey, string];
  /** For a value: what it holds. */
  readonly state?: ValueState;
}

/** Rows printed together: the column header (`head`, repeated on each page) or a body. */
export interface SheetBlock {
  readonly part: "head" | "body";
  readonly rows: readonly (readonly SheetCell[])[];
}

/**
 * A grid column: `rowgroup` holds the labels spanning rows (table 三's heading and groups),
 * `label` the row labels, `value` the numbers.
 */
export type SheetColumn = "rowgroup" | "label" | "value";

/** A table as printed. */
export interface Sheet {
  readonly table: TableKey;
  /** The kind of each grid column, left to right. */
  readonly columns: readonly SheetColumn[];
  readonly blocks: readonly SheetBlock[];
}

function stateOf(value: Cell | undefined): ValueState {
  if (value === undefined) return "absent";
  if (value === null) return "blank";
  return isMark(value) ? "mark" : "number";
}

function value(table: TableCells, path: CellPath, colSpan = 1): SheetCell {
  const cell = table[path[1]]?.[path[2]];
  return {
    role: "value",
    text: cellToken(cell),
    rowSpan: 1,
    colSpan,
    path,
    state: stateOf(cell),
  };
}

function header(
  role: SheetRole,
  text: string,
  scope: HeaderScope,
  rowSpan = 1,
  colSpan = 1,
): SheetCell {
  return { role, text, rowSpan, colSpan, scope };
}

/** Header rows of a header grid, with `corner` cells opening the first row. */
function headerRows(grid: HeaderGrid, corner: readonly SheetCell[]): SheetCell[][] {
  return Array.from({ length: grid.depth }, (_, row) => [
    ...(row === 0 ? corner : []),
    ...grid.cells
      .filter((cell) => cell.row === row)
      .map((cell) =>
        header("header", cell.label, cell.leaf ? "col" : "colgroup", cell.rowspan, cell.colspan),
      ),
  ]);
}

/** `total` columns shared out over `parts` cells as evenly as possible, the first cells wider. */
function shareOut(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}

/**
 * Table 二: one body per sub-table, opened by its caption row over the whole width, then its
 * column headers; a sub-table with fewer columns than the widest shares the width out.
 */
function activeDisclosureSheet(version: TemplateVersion, table: TableCells): Sheet {
  const { groups, labelHeader } = templateDefinition(version).activeDisclosure;
  const width = most(groups.map((g) => g.columns.length));
  const blocks = groups.map((group): SheetBlock => {
    const colspans = shareOut(width, group.columns.length);
    return {
      part: "body",
      rows: [
        [header("caption", group.label, "rowgroup", 1, width + 1)],
        [
          header("header", labelHeader, "col"),
          ...group.columns.map((c, i) => header("header", c.label, "col", 1, colspans[i])),
        ],
        ...group.rows.map((row) => [
          { ...header("label", row.label, "row"), path: ["activeDisclosure", row.key] as const },
          ...group.columns.map((c, i) =>
            value(table, ["activeDisclosure", row.key, c.key], colspans[i]),
          ),
        ]),
      ],
    };
  });
  return {
    table: "activeDisclosure",
    columns: ["label", ...Array.from({ length: width }, () => "value" as const)],
    blocks,
  };
}

/**
 * Table 三: the note over the label columns, the applicant header; a heading or group label opens
 * the row of its first data row and spans its data rows; a data row's label reaches the right edge
 * of the label columns.
 */
function applicationSheet(version: TemplateVersion, table: TableCells): Sheet {
  const { note, columns } = templateDefinition(version).applications;
  const grid = applicationHeader(version);
  const { lines, labelColumns } = applicationLayout(version);
  const body: SheetCell[][] = [];
  let pending: SheetCell[] = [];
  for (const line of lines) {
    if (!line.data) {
      const role = line.depth === 0 ? "heading" : "group";
      pending.push(header(role, line.label, "rowgroup", line.rowspan, line.colspan));
      continue;
    }
    body.push([
      ...pending,
      { ...header("label", line.label, "row", 1, line.colspan), path: ["applications", line.key] },
      ...columns.map((c) => value(table, ["applications", line.key, c.key])),
    ]);
    pending = [];
  }
  const corner = header("note", note, "colgroup", grid.depth, labelColumns);
  return {
    table: "applications",
    columns: [
      ...Array.from({ length: labelColumns - 1 }, () => "rowgroup" as const),
      "label",
      ...columns.map(() => "value" as const),
    ],
    blocks: [
      { part: "head", rows: headerRows(grid, [corner]) },
      { part: "body", rows: body },
    ],
  };
}

/** Table 四: 行政复议 and 行政诉讼 over their groups, one row of values. */
function reviewSheet(version: TemplateVersion, table: TableCells): Sheet {
  const { groups, columns } = templateDefinition(version).reviewsAndLitigation;
  const values = groups.flatMap((g) =>
    columns.map((c) => value(table, ["reviewsAndLitigation", g.key, c.key])),
  );
  return {
    table: "reviewsAndLitigation",
    columns: values.map(() => "value" as const),
    blocks: [
      { part: "head", rows: headerRows(reviewHeader(version), []) },
      { part: "body", rows: [values] },
    ],
  };
}

const sheets = {
  activeDisclosure: activeDisclosureSheet,
  applications: applicationSheet,
  reviewsAndLitigation: reviewSheet,
} as const;

/**
 * A table of a report as printed in the official layout (format-spec §5.1–5.3, §6.2–6.3), or
 * `undefined` when the report lacks it. The HTML and Word renderers draw from this.
 *
 * @param report - A report of either template.
 * @param key - Which table.
 * @returns The table's columns and its blocks of rows.
 * @example
 * ```ts
 * const sheet = sheetOf(seedReport, "applications")!;
 * sheet.blocks[1]!.rows[2]![0]; // { role: 'heading', text: '三、本年度办理结果', rowSpan: 22, colSpan: 1, scope: 'rowgroup' }
 * sheet.blocks[1]!.rows[0]!.at(-1)!.path; // ['applications', 'newlyReceived', 'total']
 * ```
 */
export function sheetOf(report: Report, key: TableKey): Sheet | undefined {
  const table = tableOf(report, key);
  return table === undefined ? undefined : sheets[key](report.template, table);
}
