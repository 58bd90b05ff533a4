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
  return (
    draft.code === CODE &&
    draft.path.length === 3 &&
    draft.detail === undefined &&
    draft.actual === undefined
  );
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
  // Two passes over the drafts, and the layout's rows (a fixed number).
  tick(meter, 2 * drafts.length + 1);
  const unread = new Map<string, Set<string>>();
  for (const draft of drafts) {
    if (!bareCell(draft)) continue;
    const row = `${String(draft.path[0])}.${String(draft.path[1])}`;
    const cells = unread.get(row) ?? new Set<string>();
    cells.add(String(draft.path[2]));
    unread.set(row, cells);
  }
  if (unread.size === 0) return [...drafts];
  const wholeRows = new Set<string>();
  const wholeTables = new Set<string>();
  for (const table of tableLayout(template)) {
    let whole = 0;
    let partial = 0;
    for (const row of table.rows) {
      const cells = unread.get(`${table.key}.${row.key}`);
      if (cells === undefined) continue;
      if (!row.columns.every((column) => cells.has(column.key))) partial++;
      else {
        whole++;
        // A row of one cell keeps the cell's own finding: it names the cell, and says no more.
        if (row.columns.length >= 2) wholeRows.add(`${table.key}.${row.key}`);
      }
    }
    // No cell of the table read, and every row said unreadable is so whole: the table's one
    // finding (rows without one are said otherwise: the text stopping before them, a layout of
    // the other template). A single row keeps its own, which names it.
    if (whole >= 2 && partial === 0 && !holdsCell(report[table.key])) wholeTables.add(table.key);
  }
  const out: FindingDraft[] = [];
  const said = new Set<string>();
  for (const draft of drafts) {
    if (!bareCell(draft)) {
      out.push(draft);
      continue;
    }
    const table = String(draft.path[0]);
    const row = `${table}.${String(draft.path[1])}`;
    const merged = wholeTables.has(table) ? table : wholeRows.has(row) ? row : undefined;
    if (merged === undefined) out.push(draft);
    else if (!said.has(merged)) {
      said.add(merged);
      out.push({ code: CODE, path: merged === table ? [table] : [table, draft.path[1]!] });
    }
  }
  return out;
}

/** Whether a table as read holds any cell (a value, a mark or a blank). */
function holdsCell(table: unknown): boolean {
  if (typeof table !== "object" || table === null) return false;
  return Object.values(table).some(
    (row) => typeof row === "object" && row !== null && Object.keys(row).length > 0,
  );
}
