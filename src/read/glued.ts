/**
 * Splitting glued digits (`640020470` for seven cells) back into cells. Every split of the digit
 * runs into the row's cells is enumerated, left to right, with the row's own identities applied as
 * soon as their parts are known: a total cell is then forced to the sum, which prunes the search to
 * the splits of the parts. The search has a step budget, so adversarial input ends in "unreadable",
 * never in an exponential blow-up.
 *
 * @module
 */

import type { Cell } from "../model/cell.js";
import type { ColumnDefinition } from "../templates/types.js";
import { type Meter, tick } from "../text/meter.js";
import { nfkc } from "../text/normalize.js";
import { readCell, type Token } from "./cells.js";

/** `total = Σ parts`, by cell index within the row. */
export interface RowIdentity {
  readonly total: number;
  readonly parts: readonly number[];
}

/** The splits found; `complete` is false when the budget ran out (then the row is unreadable). */
export interface Splits {
  readonly candidates: readonly (readonly Cell[])[];
  readonly complete: boolean;
}

const STEP_BUDGET = 200_000;
const MAX_CANDIDATES = 64;
const MAX_DIGITS = 9;

interface Piece {
  readonly negative: boolean;
  readonly digits: string;
  readonly splittable: boolean;
  readonly text: string;
}

function piece(token: Token, meter?: Meter): Piece {
  // Anchored, one digit run.
  tick(meter, 1 + token.text.length);
  const plain = nfkc(token.text, meter);
  const run = /^(-?)(\d+)$/.exec(plain);
  return run
    ? { negative: run[1] === "-", digits: run[2]!, splittable: true, text: token.text }
    : { negative: false, digits: "", splittable: false, text: token.text };
}

/**
 * Every way to read `tokens` as the cells of `columns` where a digit run may stand for several
 * consecutive cells (no part with a leading zero, a minus sign only at the start of a signed cell)
 * and every identity whose cells are all assigned holds.
 *
 * @example
 * ```ts
 * splitGlued([{ text: "000", junk: false }], threeCountColumns, []).candidates; // [[0, 0, 0]]
 * ```
 */
export function splitGlued(
  tokens: readonly Token[],
  columns: readonly ColumnDefinition[],
  identities: readonly RowIdentity[],
  meter?: Meter,
): Splits {
  const pieces = tokens.map((token) => piece(token, meter));
  const count = columns.length;
  const totalOf = new Map(identities.map((identity) => [identity.total, identity]));
  const candidates: Cell[][] = [];
  const cells: (Cell | undefined)[] = new Array(count);
  let steps = 0;
  let complete = true;

  // The fewest and most cells the pieces from `index` (at `offset` in its digits) can fill.
  const capacity = (index: number, offset: number): [number, number] => {
    let least = 0;
    let most = 0;
    for (let i = index; i < pieces.length; i++) {
      const p = pieces[i]!;
      const left = p.splittable ? p.digits.length - (i === index ? offset : 0) : 1;
      if (left > 0) least += 1;
      most += left;
    }
    return [least, most];
  };

  const holds = (identity: RowIdentity): boolean => {
    const total = cells[identity.total];
    if (typeof total !== "number") return false;
    let sum = 0;
    for (const part of identity.parts) {
      const value = cells[part];
      if (typeof value !== "number") return false;
      sum += value;
    }
    return sum === total;
  };

  const visit = (index: number, offset: number, cell: number): void => {
    if (!complete || candidates.length >= MAX_CANDIDATES) return;
    if (++steps > STEP_BUDGET) {
      complete = false;
      return;
    }
    if (cell === count) {
      if (index === pieces.length) candidates.push(cells.slice() as Cell[]);
      return;
    }
    if (index === pieces.length) return;
    const [least, most] = capacity(index, offset);
    const cellsLeft = count - cell;
    if (cellsLeft < least || cellsLeft > most) return;
    const current = pieces[index]!;
    const column = columns[cell]!;
    if (!current.splittable) {
      const reading = readCell(current.text, column, meter);
      if (!reading.ok) return;
      cells[cell] = reading.value;
      visit(index + 1, 0, cell + 1);
      return;
    }
    const negative = current.negative && offset === 0;
    if (negative && column.kind !== "signedCount") return;
    const rest = current.digits.length - offset;
    const identity = totalOf.get(cell);
    const lengths: number[] = [];
    if (identity?.parts.every((part) => typeof cells[part] === "number")) {
      const sum = identity.parts.reduce((acc, part) => acc + (cells[part] as number), 0);
      const forced = String(negative ? -sum : sum);
      if (current.digits.startsWith(forced.replace("-", ""), offset))
        lengths.push(forced.replace("-", "").length);
    } else {
      for (let length = 1; length <= Math.min(rest, MAX_DIGITS); length++) lengths.push(length);
    }
    for (const length of lengths) {
      const digits = current.digits.slice(offset, offset + length);
      if (digits.length > 1 && digits.startsWith("0")) continue;
      const value = Number(digits) * (negative ? -1 : 1);
      cells[cell] = value === 0 ? 0 : value;
      if (identity && !holds(identity)) continue;
      if (offset + length === current.digits.length) visit(index + 1, 0, cell + 1);
      else visit(index, offset + length, cell + 1);
    }
    cells[cell] = undefined;
  };

  visit(0, 0, 0);
  // Per visit: the capacity scan over the pieces and at most MAX_DIGITS lengths, each checked
  // against an identity of the row. The visits are capped by STEP_BUDGET whatever the input.
  tick(meter, steps * (pieces.length + MAX_DIGITS * (1 + count)));
  return { candidates, complete: complete && candidates.length < MAX_CANDIDATES };
}
