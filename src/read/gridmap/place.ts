/**
 * Placing the values of one row under the column headers printed above them. A value goes where
 * its printed cell stands under exactly one header; a row whose cell borders do not line up with
 * the header's (Word tables often draw them differently per row) is read header by header when it
 * has as many values as there are headers, each value under its own header; a row with fewer
 * values than headers (cells missing) is placed only where the table's identities leave exactly
 * one reading. What no label or identity places stays unplaced, quoted by the caller's finding.
 *
 * @module
 */
import type { Cell } from "../../model/cell.js";
import type { ColumnDefinition, TemplateVersion } from "../../templates/types.js";
import { append } from "../../text/lists.js";
import { type Meter, tick } from "../../text/meter.js";
import { readCell } from "../cells.js";

/** What a printed column header stands for in the report being read. */
export type Target =
  /** A cell of the report: the row's key and the column. */
  | { readonly kind: "cell"; readonly row: string; readonly column: ColumnDefinition }
  /** A column of the other template's layout, with no place in this report's template. */
  | { readonly kind: "foreign"; readonly label: string; readonly template: TemplateVersion }
  /** A header matching no column of either template. */
  | { readonly kind: "unknown"; readonly label: string };

/** A header over the matrix columns `[from, to)`. */
export interface HeaderColumn {
  readonly from: number;
  readonly to: number;
  readonly target: Target;
}

/** A printed value cell over the matrix columns `[from, to)`. */
export interface ValueCell {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** One row to place. */
export interface RowInput {
  readonly headers: readonly HeaderColumn[];
  readonly values: readonly ValueCell[];
  /** Some header has no cell at all in the row (the row stops short of the table's right edge). */
  readonly short: boolean;
}

/** A value placed in a cell of the report. */
export interface Placed {
  readonly row: string;
  readonly column: ColumnDefinition;
  readonly cell: Cell;
}

/** What placing a row gave. */
export interface RowPlacement {
  readonly placed: readonly Placed[];
  /** Cells whose printed value could not be read as the column's kind, with the text printed. */
  readonly unreadable: readonly {
    readonly row: string;
    readonly column: string;
    readonly text: string;
  }[];
  /** Values under the other template's headers: the header and the value as printed. */
  readonly foreign: readonly { readonly label: string; readonly text: string }[];
  /** Values that no header or identity places (as printed), when any. */
  readonly unplaced: readonly string[];
  /** Cells of the report the row gave no value for. */
  readonly missing: readonly { readonly row: string; readonly column: string }[];
}

/**
 * Whether a reading of the row agrees with the table's identities: `cells` holds the row's cells
 * by `row/column` (unprinted ones as 0); identities with a cell not known yet are not judged.
 */
export type IdentityCheck = (cells: ReadonlyMap<string, number>) => boolean;

/** Readings tried at most for one row; a table-三 row has at most 120, table 四 6435. */
const MAX_READINGS = 10_000;

const overlaps = (value: ValueCell, header: HeaderColumn) =>
  value.from < header.to && header.from < value.to;

/**
 * The row without its blank cells that stand under no header: they say nothing, and counting them
 * as values would make a row with a column whose header was lost (cut at the page edge, a blank
 * header cell) look like a row of more values than headers, leaving every value unplaced.
 * A blank cell under a header stays: it is that cell's value (blank).
 */
function withoutStrayBlanks(row: RowInput): RowInput {
  const values = row.values.filter(
    (value) => value.text.trim() !== "" || row.headers.some((header) => overlaps(value, header)),
  );
  return values.length === row.values.length ? row : { ...row, values };
}

/**
 * Whether the printed borders (or, for ragged borders, one value per header) place every value of
 * the row, so that no identity is needed.
 */
export function decidedByBorders(row: RowInput): boolean {
  return byBorders(withoutStrayBlanks(row)) !== undefined;
}

/**
 * {@link placeRow} of a row that its printed borders place alone ({@link decidedByBorders}), or
 * `undefined` for a row they do not: the borders read once for both questions.
 *
 * @example
 * ```ts
 * const column = { key: "decisions", label: "处理决定数量", variants: [], kind: "count", unit: "件" } as const;
 * const headers = [{ from: 1, to: 2, target: { kind: "cell", row: "licensing", column } }] as const;
 * placeByBorders({ headers, values: [{ from: 1, to: 2, text: "117" }], short: false })?.placed;
 * // [{ row: 'licensing', column, cell: 117 }]
 * placeByBorders({ headers, values: [], short: true }); // undefined
 * ```
 */
export function placeByBorders(input: RowInput, meter?: Meter): RowPlacement | undefined {
  tick(meter, 1 + input.headers.length * input.values.length);
  const row = withoutStrayBlanks(input);
  const decided = byBorders(row);
  return decided === undefined ? undefined : placeDecided(row, decided, undefined, meter);
}

/** Header index of each value, or `undefined` when the printed borders do not decide. */
function byBorders(row: RowInput): number[] | undefined {
  const { headers, values } = row;
  // Loops rather than a list of the headers over each value: this runs twice for every row of
  // every table (`decidedByBorders`, then `placeRow`).
  if (!row.short) {
    const geometric: number[] = [];
    for (const value of values) {
      let under = -1;
      for (let index = 0; index < headers.length; index++) {
        if (!overlaps(value, headers[index]!)) continue;
        if (under !== -1) {
          under = -1;
          break;
        }
        under = index;
      }
      // Under no header, under two, or under a header another value stands under.
      // The headers taken are those listed so far (a row has a few values; no set is made).
      if (under === -1 || geometric.includes(under)) break;
      geometric.push(under);
    }
    if (geometric.length === values.length) return geometric;
  }
  if (values.length !== headers.length) return undefined;
  for (let i = 0; i < values.length; i++) if (!overlaps(values[i]!, headers[i]!)) return undefined;
  return values.map((_, i) => i);
}

function choose(n: number, k: number): number {
  let result = 1;
  for (let i = 0; i < k; i++) {
    result = (result * (n - i)) / (i + 1);
    if (result > MAX_READINGS) return result;
  }
  return result;
}

/** Every order-keeping assignment of `k` values to `n` headers, as lists of header indexes. */
function* assignments(n: number, k: number): Generator<number[]> {
  const chosen: number[] = [];
  function* from(start: number): Generator<number[]> {
    if (chosen.length === k) {
      yield chosen.slice();
      return;
    }
    for (let i = start; i <= n - (k - chosen.length); i++) {
      chosen.push(i);
      yield* from(i + 1);
      chosen.pop();
    }
  }
  yield* from(0);
}

const cellId = (target: Target) =>
  target.kind === "cell" ? `${target.row}/${target.column.key}` : undefined;

/** The readings of a row that its cells and the identities allow, as header indexes per value. */
function readings(
  row: RowInput,
  check: IdentityCheck | undefined,
  meter?: Meter,
): number[][] | undefined {
  const n = row.headers.length;
  const k = row.values.length;
  if (k === 0 || k > n || choose(n, k) > MAX_READINGS) return undefined;
  const allowed: number[][] = [];
  for (const reading of assignments(n, k)) {
    // One reading: its values read and the identities judged (a bounded number of each).
    tick(meter, n + k);
    const cells = new Map<string, number>();
    for (const header of row.headers) {
      const id = cellId(header.target);
      if (id !== undefined) cells.set(id, 0);
    }
    let fits = true;
    reading.forEach((index, v) => {
      const target = row.headers[index]!.target;
      if (target.kind !== "cell") return;
      const read = readCell(row.values[v]!.text, target.column, meter);
      if (!read.ok) fits = false;
      else if (typeof read.value === "number") cells.set(cellId(target)!, read.value);
    });
    if (fits && (check === undefined || check(cells))) allowed.push(reading);
  }
  return allowed;
}

/**
 * Places one row's values under its headers (see the module comment).
 *
 * @example
 * ```ts
 * const column = { key: "decisions", label: "处理决定数量", variants: [], kind: "count", unit: "件" } as const;
 * placeRow({
 *   headers: [{ from: 1, to: 2, target: { kind: "cell", row: "licensing", column } }],
 *   values: [{ from: 1, to: 2, text: "117" }],
 *   short: false,
 * }).placed; // [{ row: 'licensing', column, cell: 117 }]
 * ```
 */
export function placeRow(input: RowInput, check?: IdentityCheck, meter?: Meter): RowPlacement {
  tick(meter, 1 + input.headers.length * input.values.length);
  const row = withoutStrayBlanks(input);
  return placeDecided(row, byBorders(row), check, meter);
}

/** {@link placeRow} of a row without its stray blanks, `decided` what its borders decide. */
function placeDecided(
  row: RowInput,
  decided: readonly number[] | undefined,
  check: IdentityCheck | undefined,
  meter: Meter | undefined,
): RowPlacement {
  const placed: Placed[] = [];
  const unreadable: { row: string; column: string; text: string }[] = [];
  const foreign: { label: string; text: string }[] = [];
  const unplaced: string[] = [];
  // The cells filled, by row and column key: the registry's own strings, whose hashes are kept,
  // where a joined `row/column` id is a new string to build, flatten and hash for every header of
  // every row. (No key of the registry holds a `/`: a pair is one id, as it was.)
  const filled = new Map<string, Set<string>>();
  const put = (value: ValueCell, index: number) => {
    const { target } = row.headers[index]!;
    if (target.kind === "foreign") {
      if (value.text.trim() !== "") foreign.push({ label: target.label, text: value.text.trim() });
      return;
    }
    if (target.kind === "unknown") {
      if (value.text.trim() !== "") unplaced.push(value.text.trim());
      return;
    }
    const columns = filled.get(target.row);
    if (columns === undefined) filled.set(target.row, new Set([target.column.key]));
    else columns.add(target.column.key);
    const read = readCell(value.text, target.column, meter);
    if (read.ok) placed.push({ row: target.row, column: target.column, cell: read.value });
    else unreadable.push({ row: target.row, column: target.column.key, text: value.text.trim() });
  };
  if (decided !== undefined) {
    decided.forEach((index, v) => {
      put(row.values[v]!, index);
    });
  } else {
    const allowed = readings(row, check, meter) ?? [];
    row.values.forEach((value, v) => {
      const first = allowed[0]?.[v];
      const agreed = first !== undefined && allowed.every((reading) => reading[v] === first);
      if (agreed) put(value, first);
      else if (value.text.trim() !== "") unplaced.push(value.text.trim());
    });
    // The row's printed values, quoted whole when any of them could not be placed.
    if (unplaced.length > 0) {
      unplaced.length = 0;
      append(
        unplaced,
        row.values.map((value) => value.text.trim()),
      );
    }
  }
  const missing: { row: string; column: string }[] = [];
  for (let index = 0; index < row.headers.length; index++) {
    const { target } = row.headers[index]!;
    if (target.kind === "cell" && filled.get(target.row)?.has(target.column.key) !== true) {
      missing.push({ row: target.row, column: target.column.key });
    }
  }
  return { placed, unreadable, foreign, unplaced, missing };
}
