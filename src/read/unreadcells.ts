/**
 * One finding for one cause: a row of several cells none of which could be read gives one
 * `PARSE_CELL_UNREADABLE` at the row, not one per cell; a table none of whose cells could be read,
 * one at the table. A page that lost a table's values (its labels printed alone) said so once per
 * cell: 101 findings for jiaxian-xi-2022's table 三, where one says all there is to say. Cells read
 * beside unreadable ones keep their findings per cell: they say which cells to look at.
 *
 * Applied once to every reader's findings, in the reading pipeline, so that text, HTML, Word and
 * PDF report alike.
 *
 * @module
 */
import type { FindingDraft } from "../findings/finding.js";
import { tableLayout } from "../templates/layout.js";
import type { TemplateVersion } from "../templates/types.js";
import { type Meter, tick } from "../text/meter.js";

const CODE = "PARSE_CELL_UNREADABLE";

/** Whether a draft is a bare unreadable cell (no source quoted): one a row's or table's says too. */
function bareCell(draft: FindingDraft): boolean {
  return draft.code === CODE && draft.path.length === 3 && draft.actual === undefined;
}

/**
 * The drafts with each row's bare unreadable cells merged into one finding at the row when they
 * are all of its cells, and a table's into one at the table when no cell of it was read and the
 * rows said unreadable (two or more) are all so whole. The merged finding takes the place of the
 * row's (the table's) first.
 *
 * @param drafts - The reading's findings, in order.
 * @param template - The report's template: which cells each row has.
 * @param report - The report read: a table holding any cell is never merged whole.
 * @example
 * ```ts
 * // Table 三 printed with its labels and no value: one finding at [applications].
 * withUnreadCellsMerged(drafts, "2021", report).filter((d) => d.code === "PARSE_CELL_UNREADABLE");
 * // [{ code: 'PARSE_CELL_UNREADABLE', path: ['applications'] }]
 * ```
 */
export function withUnreadCellsMerged(
  drafts: readonly FindingDraft[],
  template: TemplateVersion,
  report: Readonly<Record<string, unknown>>,
  meter?: Meter,
): FindingDraft[] {
  // Two passes over the drafts, and the rows they name.
  tick(meter, 2 * drafts.length + 1);
  // The unread cells by table, then row: keys as they are, no string made per row (this runs on
  // every reading, most with no unread cell or a few).
  let unread: Map<string, Map<string, Set<string>>> | undefined;
  for (const draft of drafts) {
    if (!bareCell(draft)) continue;
    unread ??= new Map();
    const table = String(draft.path[0]);
    const row = String(draft.path[1]);
    let rows = unread.get(table);
    if (rows === undefined) {
      rows = new Map();
      unread.set(table, rows);
    }
    let cells = rows.get(row);
    if (cells === undefined) {
      cells = new Set();
      rows.set(row, cells);
    }
    cells.add(String(draft.path[2]));
  }
  if (unread === undefined) return [...drafts];
  const widths = widthsOf(template);
  // By table: the rows to say once (several cells, none read), and whether the table is said once.
  const wholeRows = new Map<string, Set<string>>();
  const wholeTables = new Set<string>();
  for (const [table, rows] of unread) {
    const width = widths.get(table);
    let whole = 0;
    let partial = 0;
    const said = new Set<string>();
    for (const [row, cells] of rows) {
      const columns = width?.get(row);
      // All of the row's cells (a draft names only its own columns; counted against them).
      let named = 0;
      for (const cell of cells) if (columns?.has(cell)) named++;
      if (columns === undefined || named < columns.size) partial++;
      else {
        whole++;
        // A row of one cell keeps the cell's own finding: it names the cell, and says no more.
        if (columns.size >= 2) said.add(row);
      }
    }
    wholeRows.set(table, said);
    // No cell of the table read, and every row said unreadable is so whole: the table's one
    // finding (rows without one are said otherwise: the text stopping before them, a layout of
    // the other template). A single row keeps its own, which names it.
    if (whole >= 2 && partial === 0 && !holdsCell(report[table])) wholeTables.add(table);
  }
  const out: FindingDraft[] = [];
  const saidRows = new Map<string, Set<string>>();
  const saidTables = new Set<string>();
  for (const draft of drafts) {
    if (!bareCell(draft)) {
      out.push(draft);
      continue;
    }
    const table = String(draft.path[0]);
    const row = String(draft.path[1]);
    if (wholeTables.has(table)) {
      if (!saidTables.has(table)) out.push({ code: CODE, path: [table] });
      saidTables.add(table);
    } else if (wholeRows.get(table)?.has(row)) {
      const rows = saidRows.get(table) ?? new Set<string>();
      if (!rows.has(row)) out.push({ code: CODE, path: [table, row] });
      rows.add(row);
      saidRows.set(table, rows);
    } else out.push(draft);
  }
  return out;
}

/** Each template's column keys per row, by table and row key: made once per template. */
const WIDTHS = new Map<
  TemplateVersion,
  ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>
>();

function widthsOf(
  template: TemplateVersion,
): ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>> {
  let widths = WIDTHS.get(template);
  if (widths === undefined) {
    widths = new Map(
      tableLayout(template).map((table) => [
        table.key,
        new Map(table.rows.map((row) => [row.key, new Set(row.columns.map((c) => c.key))])),
      ]),
    );
    WIDTHS.set(template, widths);
  }
  return widths;
}

/** Whether a table as read holds any cell (a value, a mark or a blank). */
function holdsCell(table: unknown): boolean {
  if (typeof table !== "object" || table === null) return false;
  return Object.values(table).some(
    (row) => typeof row === "object" && row !== null && Object.keys(row).length > 0,
  );
}
