/**
 * What the rows of one table gave, gathered across its grids, and the table and findings made of
 * it: placed cells, cells printed but unreadable, values no label placed (one
 * `PARSE_CELL_AMBIGUOUS` per row), values under the other template's headers (one `TEMPLATE_MIXED`
 * per table or sub-table), rows the template has no cells for (one `PARSE_EXTRA_ROW` each), and
 * rows or cells never printed.
 *
 * @module
 */
import type { FindingDraft, FindingPath } from "../../findings/finding.js";
import type { Cell } from "../../model/cell.js";
import type { TemplateVersion } from "../../templates/types.js";
import { append } from "../../text/lists.js";
import { holdsDigit } from "../../text/marks.js";
import type { PrintedSubtotal } from "../subtotals.js";
import type { RowPlacement } from "./place.js";

/** A table's rows as the mapper read them so far. */
export interface Collected {
  readonly cells: Map<string, Record<string, Cell>>;
  /** Numbers placed, by `row/column`, for the identity checks of rows read later. */
  readonly known: Map<string, number>;
  /** The text printed in each cell that could not be read, by `row/column`. */
  readonly unreadable: Map<string, string>;
  /** Printed values of a row that could not all be placed, by row key. */
  readonly ambiguous: Map<string, readonly string[]>;
  readonly missing: Set<string>;
  /** Values under the other template's headers, per finding path (a table or sub-table). */
  readonly foreign: Map<string, { path: FindingPath; quoted: string[] }>;
  /** Rows of this report's template that a foreign layout printed no place for. */
  readonly covered: Set<string>;
  /**
   * Row keys read (the first printing of a row is the one read; a second printing with numbers
   * makes both quoted, see `unplace`).
   */
  readonly seen: Set<string>;
  /**
   * Rows the template has no cells for that printed values (a local row, a group's subtotal): the
   * label and the values as printed, for one `PARSE_EXTRA_ROW` each.
   */
  readonly extra: {
    readonly label: string;
    readonly values: readonly string[];
    /** A group's subtotal (R5), one printed text per column, to check against its rows. */
    readonly subtotal?: PrintedSubtotal;
  }[];
}

/** An empty collection. */
export function collection(): Collected {
  return {
    cells: new Map(),
    known: new Map(),
    unreadable: new Map(),
    ambiguous: new Map(),
    missing: new Set(),
    foreign: new Map(),
    covered: new Set(),
    seen: new Set(),
    extra: [],
  };
}

/** Records what placing one printed row gave; `row` is its key, for an ambiguity finding. */
export function record(
  collected: Collected,
  row: string,
  placement: RowPlacement,
  foreignPath: FindingPath,
  foreignLabel: string,
): void {
  for (const { row: key, column, cell } of placement.placed) {
    const cells = collected.cells.get(key) ?? {};
    cells[column.key] = cell;
    collected.cells.set(key, cells);
    if (typeof cell === "number") collected.known.set(`${key}/${column.key}`, cell);
  }
  for (const { row: key, column, text } of placement.unreadable)
    collected.unreadable.set(`${key}/${column}`, text);
  for (const { row: key, column } of placement.missing) collected.missing.add(`${key}/${column}`);
  if (placement.unplaced.length > 0) collected.ambiguous.set(row, placement.unplaced);
  if (placement.foreign.length > 0) {
    addForeign(
      collected,
      foreignPath,
      placement.foreign.map((f) => `${foreignLabel}${foreignLabel ? " " : ""}${f.label} ${f.text}`),
    );
  }
}

/**
 * Whether two printings of a row print the same values: the same numbers in the same order (blank
 * cells aside: a page break may leave one printing a blank cell more).
 */
export function sameValues(first: readonly string[], second: readonly string[]): boolean {
  const filled = (texts: readonly string[]) => texts.filter((text) => text !== "");
  const [a, b] = [filled(first), filled(second)];
  return a.length === b.length && a.every((text, i) => text === b[i]);
}

/**
 * Takes back what was placed of a row (its cells, the numbers kept for identity checks, its
 * cells unread or missing): a second row printing its label leaves whose the values are unknown.
 */
export function unplace(collected: Collected, row: string): void {
  collected.cells.delete(row);
  const prefix = `${row}/`;
  for (const key of [...collected.known.keys()]) {
    if (key.startsWith(prefix)) collected.known.delete(key);
  }
  for (const set of [collected.unreadable, collected.missing]) {
    for (const key of [...set.keys()]) if (key.startsWith(prefix)) set.delete(key);
  }
}

/** Quotes values printed under the other template's layout, for the finding at `path`. */
export function addForeign(
  collected: Collected,
  path: FindingPath,
  quoted: readonly string[],
): void {
  const id = path.join("/");
  const entry = collected.foreign.get(id) ?? { path, quoted: [] };
  append(entry.quoted, quoted);
  collected.foreign.set(id, entry);
}

/** A table's rows in registry order, each with the columns it must hold. */
export type RowOrder = readonly { readonly row: string; readonly columns: readonly string[] }[];

/**
 * The table and the findings: every row of `order` with the cells placed; a cell not placed gets
 * `PARSE_CELL_UNREADABLE` (quoting what it printed when that holds a digit), unless its row is
 * quoted as ambiguous or a foreign layout left it no place (one cause, one finding).
 */
export function assembleTable(
  section: string,
  order: RowOrder,
  collected: Collected,
  version: TemplateVersion,
  other: TemplateVersion,
): { readonly table: Record<string, Record<string, Cell>>; readonly drafts: FindingDraft[] } {
  const drafts: FindingDraft[] = [];
  // The rows made one object at the end, as the text reader's tables are: 25 rows stored one by
  // one under run-time keys would make it a dictionary-mode object, slow to freeze and to read.
  const rows: [string, Record<string, Cell>][] = [];
  for (const { row, columns } of order) {
    const cells = { ...(collected.cells.get(row) ?? {}) };
    rows.push([row, cells]);
    const ambiguous = collected.ambiguous.get(row);
    if (ambiguous !== undefined) {
      drafts.push({
        code: "PARSE_CELL_AMBIGUOUS",
        path: [section, row],
        actual: quote(ambiguous),
      });
      continue;
    }
    if (collected.covered.has(row)) continue;
    for (const column of columns) {
      if (column in cells) continue;
      // A number printed where no value could be read (`11注`), quoted: nothing printed is lost.
      // Text without a digit (`?`, `不详`) holds none, and its rows are said once (unreadcells.ts).
      const printed = collected.unreadable.get(`${row}/${column}`);
      drafts.push({
        code: "PARSE_CELL_UNREADABLE",
        path: [section, row, column],
        // Quoted on one line: a cell's lines (`10` over `16`) as printed, a space between.
        ...(printed !== undefined && holdsDigit(printed) && { actual: oneLine(printed) }),
      });
    }
  }
  for (const [row, values] of collected.ambiguous) {
    if (order.some((entry) => entry.row === row)) continue;
    // A group of rows (its values quoted together), or the whole table when it has one row.
    const path = row === section ? [section] : [section, row];
    drafts.push({ code: "PARSE_CELL_AMBIGUOUS", path, actual: quote(values) });
  }
  for (const { label, values } of collected.extra) {
    drafts.push({
      code: "PARSE_EXTRA_ROW",
      path: [section],
      actual: quote(values),
      detail: label,
    });
  }
  for (const { path, quoted } of collected.foreign.values()) {
    drafts.push({
      code: "TEMPLATE_MIXED",
      path,
      expected: version,
      actual: other,
      ...(quoted.length > 0 && { detail: quoted.map(oneLine).join("；") }),
    });
  }
  return { table: Object.fromEntries(rows), drafts };
}

/**
 * Where numbers no label names stood: between the labelled rows read before and after them, by
 * key (`""`: before the first row; `undefined`: after the last).
 */
export type Gap = readonly [from: string, to: string | undefined];

/**
 * Covers the rows strictly between each gap's two labelled rows, in the table's order `rows`, that
 * were never read: the numbers quoted at the table stood there, and these rows are what they may
 * be (a row whose label was lost, format-spec D3), so the quote is their one finding.
 */
export function coverGaps(
  gaps: readonly Gap[],
  rows: readonly string[],
  collected: Collected,
): void {
  for (const [from, to] of gaps) {
    const after = from === "" ? -1 : rows.indexOf(from);
    const before = to === undefined ? rows.length : rows.indexOf(to);
    // A label of a row not in `rows` (a group's, the other template's) bounds nothing here.
    if ((from !== "" && after === -1) || before === -1) continue;
    for (let at = after + 1; at < before; at++) {
      if (!collected.seen.has(rows[at]!)) collected.covered.add(rows[at]!);
    }
  }
}

/** A cell's text on one line: its line breaks, and the blanks around them, one space. */
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, " ");

/** Cells' texts quoted in a finding, on one line: `a | b`, a cell's own lines a space apart. */
const quote = (texts: readonly string[]): string => texts.map(oneLine).join(" | ");
