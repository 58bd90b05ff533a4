/**
 * Reading a matrix's column headers and rows: the header text stack of every column (the texts of
 * the header rows above it, top to bottom, a merged header counted once), the headers grouped into
 * the columns a value can stand under, and the printed cells of a row within a range of columns.
 *
 * @module
 */
import { type Meter, tick } from "../../text/meter.js";
import { isValueText } from "../cells.js";
import type { Matrix, Slot } from "./expand.js";
import type { HeaderColumn, Target, ValueCell } from "./place.js";

/**
 * Header rows read at most above a table's first data row. The official tables have three, but a
 * table printed without ruling lines in narrow columns gives one row per printed line, and its
 * header words stand a character or two a line (`商` / `业` / `企` / `业` under 申请人情况 and
 * 法人或其他组织, with a note's two lines beside them): a stack cut at six rows lost the words'
 * first characters, and the columns were then placed one off.
 */
export const MAX_HEADER_ROWS = 12;

/**
 * The header slots above each column in rows `[from, to)` (the last {@link MAX_HEADER_ROWS} of
 * them), top to bottom, each cell once; empty cells are left out.
 */
export function columnStacks(matrix: Matrix, from: number, to: number, meter?: Meter): Slot[][] {
  const stacks: Slot[][] = [];
  const start = Math.max(from, to - MAX_HEADER_ROWS);
  for (let c = 0; c < matrix.width; c++) {
    const stack: Slot[] = [];
    for (let r = start; r < to; r++) {
      tick(meter, 1);
      const slot = matrix.rows[r]?.[c];
      if (slot === undefined || slot.key === "") continue;
      // A cell covers neighbouring rows of a column: its copies follow each other.
      if (stack[stack.length - 1]?.cell === slot.cell) continue;
      stack.push(slot);
    }
    stacks.push(stack);
  }
  return stacks;
}

/**
 * The keys a header stack offers from its entry `i` down: the entry alone, then joined with the
 * entries below it. A header printed without ruling lines comes as one row per printed line, so a
 * word broken over lines (`自然` / `人`, `结果维` / `持`) is one entry per line; joined, it is the word.
 * With ruled cells each entry is a whole cell, and its own key comes first.
 *
 * @example
 * ```ts
 * stackKeys(["申请人情况", "自然", "人"].map((key) => ({ key })), 1); // ['自然', '自然人']
 * ```
 */
export function stackKeys(stack: readonly Pick<Slot, "key">[], i: number): string[] {
  const alone = stack[i]?.key ?? "";
  const joined = stack
    .slice(i)
    .map((slot) => slot.key)
    .join("");
  return joined === alone ? [alone] : [alone, joined];
}

/**
 * Headers over the columns `[from, to)` of the matrix: each column's target (what `resolve` makes
 * of its stack; columns it makes nothing of are skipped), neighbouring columns under the same
 * header cell with the same target joined into one.
 */
export function headerColumns(
  stacks: readonly (readonly Slot[])[],
  from: number,
  to: number,
  resolve: (stack: readonly Slot[]) => Target | undefined,
  meter?: Meter,
): HeaderColumn[] {
  const columns: { from: number; to: number; target: Target; cell: number }[] = [];
  for (let c = from; c < Math.min(to, stacks.length); c++) {
    tick(meter, 1);
    const stack = stacks[c]!;
    const target = resolve(stack);
    if (target === undefined) continue;
    const cell = stack[stack.length - 1]?.cell ?? -1;
    const last = columns[columns.length - 1];
    if (
      last !== undefined &&
      last.to === c &&
      last.cell === cell &&
      sameTarget(last.target, target)
    ) {
      last.to = c + 1;
      continue;
    }
    columns.push({ from: c, to: c + 1, target, cell });
  }
  return withoutRepeats(columns);
}

/**
 * The headers, those that name a cell another header names too made unknown. Two columns under
 * different header cells cannot be the same cell of the report: one of them names it through
 * a header spanning both (`自然人商业科研`, the first lines of three narrow headers run together
 * where the columns stand too close), and nothing printed says which. The values under them are
 * then quoted, not placed in one cell twice.
 */
function withoutRepeats(columns: readonly HeaderColumn[]): HeaderColumn[] {
  const idOf = (target: Target) =>
    target.kind === "cell" ? `${target.row}/${target.column.key}` : undefined;
  const counts = new Map<string, number>();
  for (const { target } of columns) {
    const id = idOf(target);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return columns.map(({ from, to, target }) => {
    const id = idOf(target);
    const repeated = id !== undefined && (counts.get(id) ?? 0) > 1 && target.kind === "cell";
    return {
      from,
      to,
      target: repeated ? { kind: "unknown", label: target.column.label } : target,
    };
  });
}

function sameTarget(a: Target, b: Target): boolean {
  if (a.kind === "cell" && b.kind === "cell") return a.row === b.row && a.column === b.column;
  if (a.kind !== "cell" && b.kind !== "cell") return a.kind === b.kind && a.label === b.label;
  return false;
}

/** The cells printed in row `r` over the columns `[from, to)`, each once, and whether any is missing. */
export function rowCells(
  matrix: Matrix,
  r: number,
  from: number,
  to: number,
  meter?: Meter,
): { readonly values: ValueCell[]; readonly holes: ReadonlySet<number> } {
  const values: ValueCell[] = [];
  const holes = new Set<number>();
  const row = matrix.rows[r] ?? [];
  let last = -1;
  for (let c = from; c < to; c++) {
    tick(meter, 1);
    const slot = row[c];
    if (slot === undefined) {
      holes.add(c);
      continue;
    }
    if (slot.cell === last) continue;
    last = slot.cell;
    values.push({
      from: Math.max(from, slot.column),
      to: Math.min(to, slot.column + slot.colSpan),
      text: slot.text,
    });
  }
  return { values, holes };
}

/**
 * What a row holds that prints the label of a row read already (table 二's and 三's mappers):
 * - `unlabelled`: its label cell spans down from the row above, beside numbers in cells of its
 *   own: a row whose label cell was left blank, merged into the one above. No label of its own
 *   names it; its numbers are quoted as such, the first row read as its label's.
 * - `again`: the label printed again, beside numbers in cells of its own (a label copied onto
 *   another row, a table printed twice): its values, to be weighed against the first printing's.
 *   Digits that read as no number count too (`1012 1`, a value wrapped over two lines): a row a
 *   page break cut, printed in part at the bottom of one page and whole at the top of the next
 *   (wkhtmltopdf prints the lines around the cut on both pages), is two printings that differ,
 *   never the first's part alone.
 * - `nothing`: no number of its own (a label and values spanning down together are one printing).
 */
export function secondPrinting(
  matrix: Matrix,
  r: number,
  label: Slot,
  values: readonly ValueCell[],
  meter?: Meter,
):
  | { readonly kind: "nothing" }
  | { readonly kind: "unlabelled"; readonly numbers: readonly string[] }
  | { readonly kind: "again"; readonly values: readonly string[] } {
  const row = matrix.rows[r] ?? [];
  const own = (read: boolean) =>
    values.some((value) => {
      const text = value.text.trim();
      return (
        row[value.from]?.copy !== true && /\d/.test(text) && (!read || isValueText(text, meter))
      );
    });
  const texts = values.map((value) => value.text.trim());
  if (label.copy) {
    return own(true)
      ? {
          kind: "unlabelled",
          numbers: texts.filter((text) => /\d/.test(text) && isValueText(text, meter)),
        }
      : { kind: "nothing" };
  }
  return own(false) ? { kind: "again", values: texts } : { kind: "nothing" };
}

// Two numbers or more, apart (`96 97`), and nothing else.
const SEVERAL_NUMBERS = /^[-−+]?\d[\d,.]*(?:\s+[-−+]?\d[\d,.]*)+$/;

/**
 * Whether a grid whose columns were inferred from where values stand has two numbers of a row in
 * one column, side by side (`96 97`): that row's values stand elsewhere than the other rows' (a
 * table continued at other widths, a row with a cell more), so which column each of them is in is
 * not printed, and its other values may be a column off too. Numbers on lines of their own in a
 * cell (`10` over `16`: a number wrapped in a narrow column) stand in it: the cell is unreadable,
 * the row's others are where they stand.
 */
export function offColumns(matrix: Matrix, values: readonly ValueCell[]): boolean {
  return (
    matrix.inferred === true &&
    values.some((value) => value.text.split("\n").some((line) => SEVERAL_NUMBERS.test(line.trim())))
  );
}

/** Whether a header has no cell at all under it in a row (the row stops short). */
export function isShort(headers: readonly HeaderColumn[], holes: ReadonlySet<number>): boolean {
  return headers.some((header) => {
    for (let c = header.from; c < header.to; c++) if (!holes.has(c)) return false;
    return true;
  });
}
