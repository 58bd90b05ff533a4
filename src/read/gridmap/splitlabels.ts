/**
 * Row labels the printed lines cut apart. A table without lines whose label column is two or
 * three characters wide (a pandoc-made Word file printed by LibreOffice) sets each label's first
 * line beside the row's values and its other lines below them, top-aligned: where they go, the
 * reader's rows follow the values, not the labels. A label's last lines then open the next row's
 * cell (`（一）予以公` / `开（二）部分公开…`), or the next page's first (`1.属` / `于国家秘密2.其他法律
 * 行政法规禁止公开`, the page's header printed again between them), or stand in rows of their own
 * (`2.申` / `请人` … `请` / `3.其`), or in the next row's other label cell before a group's first
 * words (`这一情形，不计其他情形）（三 | 1.属`). Read alone, no cell names its row. Put back together,
 * the lines name a registry row exactly, and the next row's cell opens the row the registry has
 * after it: then the lines are moved to the label they end, before the mapper reads the grid.
 *
 * @module
 */
import { type Meter, tick } from "../../text/meter.js";
import { matchKey } from "../../text/normalize.js";
import { isValueText } from "../cells.js";
import type { Matrix, Slot } from "./expand.js";
import { bestCandidate, type Candidate, EXACT } from "./match.js";

/**
 * A grid row printing values: where it stands, its label cell (the last with words before its
 * first value, by column) and its other label cells with words (by column).
 */
interface ValueRow {
  readonly matrix: number;
  readonly row: number;
  readonly label: number | undefined;
  readonly others: readonly number[];
}

/** The index in `rows` of the candidate a key names best (see `bestCandidate`), and the score. */
function best<T>(key: string, rows: readonly Candidate<T>[], meter?: Meter) {
  const found = bestCandidate(key, rows, meter);
  return found && { index: rows.indexOf(found.candidate), score: found.score };
}

/**
 * A row's label cells when it prints a value (see {@link ValueRow}); `undefined` for a row printing
 * none. A row whose label cell is a copy (a cell spanning rows from above) has none of its own.
 */
function labelsOf(
  row: readonly (Slot | undefined)[],
  meter?: Meter,
): { label: number | undefined; others: number[] } | undefined {
  let label: Slot | undefined;
  const others: number[] = [];
  for (const slot of row) {
    if (slot === undefined || slot.cell === label?.cell) continue;
    const text = slot.text.trim();
    tick(meter, 1);
    if (text === "") continue;
    if (!slot.copy && isValueText(text, meter)) {
      const own = label !== undefined && !label.copy && label.rowSpan === 1;
      return { label: own ? label!.column : undefined, others };
    }
    if (label !== undefined && !label.copy) others.push(label.column);
    label = slot;
  }
  return undefined;
}

/** The slot with new text (and its key), at every position of its cell in the row. */
function rewrite(rows: (Slot | undefined)[][], slot: Slot, text: string, meter?: Meter): void {
  const written = { ...slot, text, key: matchKey(text, meter) };
  const row = rows[slot.row]!;
  for (let c = slot.column; c < slot.column + slot.colSpan; c++)
    row[c] = { ...written, copy: c > slot.column };
}

/**
 * The matrices with each label the printed lines cut apart put back together (see the module):
 * a row printing values whose label cell names no row exactly, the rows printing no value after
 * it (their one-cell rows the label's lines; rows of several cells, a header printed again, passed
 * over) and the next row printing values, whose label cell opens with the words that complete it
 * exactly, as one of `rows`, and goes on with the opening of the next of `rows` (the next row
 * printing values naming none past that one: a row between may own the values). The first row's
 * cell is given those lines and words, the next's keeps the rest. Either row's other label cells
 * must be empty or `beside`: other words there may be the lines of another row's label, and the
 * values beside them its own. (Words of the next row's one other cell that complete the label,
 * then `beside` words or none, are moved to it too.)
 *
 * @param rows - The labels of the rows that print values, in the registry's order.
 * @param beside - Whether a label cell's key may stand beside a row's own (a heading's, a group's).
 * @example
 * ```ts
 * const rows = PLANS["2021"].applicationRows.filter(({ value }) => !["heading", "group"].includes(value.role));
 * const split = [[{ text: "1.属" }, { text: "2" }], [{ text: "于国家秘密2.其他法律行政法规禁止公开" }, { text: "3" }]];
 * rejoinSplitLabels([expandGrid({ rows: split, inferred: true })], rows, () => false)[0]?.rows.map((row) => row[0]?.text);
 * // ['1.属\n于国家秘密', '2.其他法律行政法规禁止公开']
 * ```
 */
export function rejoinSplitLabels<T>(
  matrices: readonly Matrix[],
  rows: readonly Candidate<T>[],
  beside: (key: string) => boolean,
  meter?: Meter,
): readonly Matrix[] {
  const written = matrices.map((matrix) => matrix.rows.map((row) => [...row]));
  const valueRows: ValueRow[] = [];
  for (let m = 0; m < written.length; m++) {
    // Only a grid whose columns were inferred (a table without lines): a grid with cells of its
    // own prints each label in its row's cell.
    if (matrices[m]!.inferred !== true) continue;
    for (let r = 0; r < written[m]!.length; r++) {
      const labels = labelsOf(written[m]![r]!, meter);
      if (labels !== undefined) valueRows.push({ matrix: m, row: r, ...labels });
    }
  }
  const slotAt = (row: ValueRow, column: number) => written[row.matrix]![row.row]![column]!;
  // A cell printing only punctuation (the `（` of `（七）总计` wrapped in a narrow column) names
  // nothing, so it is no heading's for sure: it may open the label of a row printed beside, whose
  // values those are.
  const besides = (row: ValueRow) =>
    row.others.every((column) => {
      const { key, text } = slotAt(row, column);
      return text.trim() === "" || (key !== "" && beside(key));
    });
  // Whether the row printing values after `next` names a row the registry has past the one after
  // `index` (the row `next`'s cell opens): a row between (`（一）予以公开` between 二、 and （二）),
  // its label lost, may be the one whose values `next` prints, row `index` printed blank. The lines
  // then leave more than one place for the values, and the identities cannot choose among results
  // (whichever holds them, （七）总计's sum is the same): the cells are left as printed, and the
  // mapper quotes the values. A row naming none (its own label cut, put back together next) does
  // not say that a row was skipped.
  const skipsPast = (later: ValueRow | undefined, index: number) => {
    if (later?.label === undefined) return false;
    const named = best(slotAt(later, later.label).key, rows, meter);
    return named !== undefined && named.index > index + 1;
  };
  let changed = false;
  for (let i = 0; i + 1 < valueRows.length; i++) {
    const first = valueRows[i]!;
    const next = valueRows[i + 1]!;
    if (first.label === undefined || next.label === undefined || !besides(first)) continue;
    const head = slotAt(first, first.label);
    const alone = best(head.key, rows, meter);
    if (head.key === "" || (alone !== undefined && alone.score >= EXACT)) continue;
    // The rest of the label in another label cell of the next row, before a side label's words.
    if (!besides(next)) {
      changed =
        restBeside(written, first, next, head, alone?.index, rows, beside, meter) || changed;
      continue;
    }
    const tail = slotAt(next, next.label);
    const pieces = piecesBetween(written, first, next, meter);
    if (tail.key === "" || pieces === undefined) continue;
    const opening = head.key + pieces.map((piece) => piece.key).join("");
    for (let cut = pieces.length > 0 ? 0 : 1; cut < tail.key.length; cut++) {
      tick(meter, 1);
      const whole = best(opening + tail.key.slice(0, cut), rows, meter);
      if (whole === undefined || whole.score < EXACT) continue;
      // The pieces complete the label the cell started (not another one the cell is cut from),
      // and the rest opens the label the registry has next.
      const after = rows[whole.index + 1];
      if (
        (alone !== undefined && alone.index !== whole.index) ||
        after === undefined ||
        !opens(tail.key.slice(cut), after, rows, meter) ||
        skipsPast(valueRows[i + 2], whole.index + 1)
      ) {
        break;
      }
      const at = cut === 0 ? 0 : splitAt(tail.text, tail.key.slice(0, cut), meter);
      if (at === undefined) break;
      const words = [head.text, ...pieces.map((piece) => piece.text), tail.text.slice(0, at)];
      rewrite(written[first.matrix]!, head, words.filter((text) => text !== "").join("\n"), meter);
      for (const piece of pieces) rewrite(written[piece.matrix]!, piece.slot, "", meter);
      if (at > 0) rewrite(written[next.matrix]!, tail, tail.text.slice(at), meter);
      changed = true;
      break;
    }
  }
  if (!changed) return matrices;
  return matrices.map((matrix, m) => ({ ...matrix, rows: written[m]! }));
}

/**
 * The next row's one label cell besides its own that is not `beside`, when it holds the words
 * that complete the label `head` started exactly and then only `beside` words, or none
 * (`这一情形，不计其他情形）（三 | 1.属`: （二）部分公开's last lines, and （三）不予公开's first, beside
 * the next row's label): those words are moved to `head`. Whether they were.
 */
function restBeside<T>(
  written: (Slot | undefined)[][][],
  first: ValueRow,
  next: ValueRow,
  head: Slot,
  started: number | undefined,
  rows: readonly Candidate<T>[],
  beside: (key: string) => boolean,
  meter?: Meter,
): boolean {
  if (next.row !== first.row + 1 || next.matrix !== first.matrix) return false;
  const grid = written[next.matrix]!;
  const others = next.others.filter((column) => {
    const { key } = grid[next.row]![column]!;
    return key !== "" && !beside(key);
  });
  if (others.length !== 1) return false;
  const cell = grid[next.row]![others[0]!]!;
  for (let cut = 1; cut <= cell.key.length; cut++) {
    tick(meter, 1);
    const whole = best(head.key + cell.key.slice(0, cut), rows, meter);
    if (whole === undefined || whole.score < EXACT) continue;
    const rest = cell.key.slice(cut);
    if ((started !== undefined && started !== whole.index) || (rest !== "" && !beside(rest))) {
      return false;
    }
    const at =
      cut === cell.key.length
        ? cell.text.length
        : splitAt(cell.text, cell.key.slice(0, cut), meter);
    if (at === undefined) return false;
    rewrite(grid, head, `${head.text}\n${cell.text.slice(0, at)}`, meter);
    rewrite(grid, cell, cell.text.slice(at), meter);
    return true;
  }
  return false;
}

/** A line of a label set in a row of its own (a row printing that one cell and no value). */
interface Piece {
  readonly matrix: number;
  readonly slot: Slot;
  readonly key: string;
  readonly text: string;
}

/**
 * The label lines between two rows printing values, in order: the rows printing one cell (rows
 * of several, a header printed again after a page break, are passed over). `undefined` when a
 * row holds a cell spanning rows (a label of several rows, whose lines these may be).
 */
function piecesBetween(
  written: readonly (readonly (Slot | undefined)[])[][],
  from: ValueRow,
  to: ValueRow,
  meter?: Meter,
): Piece[] | undefined {
  const pieces: Piece[] = [];
  for (let m = from.matrix; m <= to.matrix; m++) {
    const grid = written[m]!;
    const end = m === to.matrix ? to.row : grid.length;
    for (let r = m === from.matrix ? from.row + 1 : 0; r < end; r++) {
      tick(meter, 1);
      const printed = grid[r]!.filter(
        (slot): slot is Slot => slot !== undefined && slot.text.trim() !== "",
      );
      if (printed.some((slot) => slot.rowSpan > 1)) return undefined;
      const cells = new Set(printed.map((slot) => slot.cell));
      if (cells.size === 1) {
        const slot = printed[0]!;
        pieces.push({ matrix: m, slot, key: slot.key, text: slot.text });
      }
    }
  }
  return pieces;
}

/**
 * Whether a key opens the label of `row`: names it best, or (two or three characters, too few to
 * name a label alone) starts one of its forms.
 */
function opens<T>(
  key: string,
  row: Candidate<T>,
  rows: readonly Candidate<T>[],
  meter?: Meter,
): boolean {
  const named = best(key, rows, meter);
  if (named !== undefined) return rows[named.index]!.id === row.id;
  tick(meter, row.forms.length);
  return key.length >= 2 && row.forms.some(({ ordinal, core }) => (ordinal + core).startsWith(key));
}

/** Where a text splits so that its opening's key is `key`, or `undefined`. */
function splitAt(text: string, key: string, meter?: Meter): number | undefined {
  for (let at = 1; at < text.length; at++) {
    tick(meter, at);
    if (matchKey(text.slice(0, at), meter) === key) return at;
  }
  return undefined;
}
