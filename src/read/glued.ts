/**
 * Splitting glued digits (`640020470` for seven cells) back into cells. Every split of the digit
 * runs into the row's cells is enumerated, left to right, with the row's own identities applied as
 * soon as their parts are known: a total cell is then forced to the value the identity implies,
 * which prunes the search to the splits of the parts, and a split is kept only where each identity
 * holds. The identities are judged by the one evaluator (`src/model/identities.ts`). The search has
 * a step budget, so adversarial input ends in "unreadable", never in an exponential blow-up.
 *
 * @module
 */

import type { Cell } from "../model/cell.js";
import { evaluateIndexed } from "../model/identities.js";
import type { CellPath, Identity } from "../templates/identities.js";
import type { ColumnDefinition } from "../templates/types.js";
import { type Meter, tick } from "../text/meter.js";
import { nfkcOfValue } from "../text/normalize.js";
import { readCell, type Token } from "./cells.js";

/** An identity of the registry whose cells all lie in one row, with the row's index of each. */
export interface RowIdentity {
  readonly identity: Identity;
  /** The row's cell index of each operand path of the identity (the path objects themselves). */
  readonly slots: ReadonlyMap<CellPath, number>;
  /** The values of {@link slots}, in its order: walked by index, with no iterator per look. */
  readonly cellIndexes: readonly number[];
  /** The index of the total cell (the identity's one left operand). */
  readonly total: number;
  /** The row's cell index of each left and each right operand, in the identity's order. */
  readonly left: readonly number[];
  readonly right: readonly number[];
  /** {@link left} then {@link right}: what each split the search ends reads, joined once. */
  readonly operands: readonly number[];
}

/**
 * A total identity (`total = Σ parts`) read against a row: `indexOf` gives the row's cell index
 * of an operand's path.
 *
 * @example
 * ```ts
 * rowIdentity(rowTotal, (path) => columns.findIndex((c) => c.key === path[2])).total; // 6
 * ```
 */
export function rowIdentity(identity: Identity, indexOf: (path: CellPath) => number): RowIdentity {
  const slots = new Map(
    [...identity.left, ...identity.right].map((path) => [path, indexOf(path)] as const),
  );
  const at = (path: CellPath) => slots.get(path)!;
  const left = identity.left.map(at);
  const right = identity.right.map(at);
  return {
    identity,
    slots,
    cellIndexes: [...slots.values()],
    total: indexOf(identity.left[0]!),
    left,
    right,
    operands: left.concat(right),
  };
}

/**
 * The splits found (the first `enough` when the caller asked for no more); `complete` is false
 * when the budget ran out (then the row is unreadable).
 */
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
  // Most tokens are ASCII digits already: NFKC keeps them and the pattern takes them whole.
  if (isAsciiDigits(token.text)) {
    return { negative: false, digits: token.text, splittable: true, text: token.text };
  }
  const plain = nfkcOfValue(token.text, meter);
  const run = /^(-?)(\d+)$/.exec(plain);
  return run
    ? { negative: run[1] === "-", digits: run[2]!, splittable: true, text: token.text }
    : { negative: false, digits: "", splittable: false, text: token.text };
}

function isAsciiDigits(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x30 || code > 0x39) return false;
  }
  return text.length > 0;
}

/** {@link quickVerdict}: the identity holds. */
export const HOLDS = 0;
/** {@link quickVerdict}: exactly one operand is unknown, and the identity implies its value. */
export const IMPLIES = 1;
/** {@link quickVerdict}: violated, or more than one operand unknown. */
export const OTHER = 2;
/** {@link quickVerdict} could not judge: the evaluator does. */
export const UNJUDGED = 3;

/**
 * `evaluateIndexed`'s verdict on a total identity whose operands are all absent or numbers, read
 * from the cells without a closure or an object per call (the search judges at most steps; most of
 * its time went there): HOLDS, OTHER (violated or undecidable), or IMPLIES with the value in
 * `implied[0]`; UNJUDGED for a cell holding anything else (null, a mark, a Decimal). The same
 * sums, bounds and counts as `evaluateIndexed`'s fast path; a test holds the two together.
 *
 * @example
 * ```ts
 * const implied = [0];
 * quickVerdict(rowTotal, [1, 2, 0, 0, 0, 0, undefined], implied); // IMPLIES, implied[0] === 3
 * ```
 */
export function quickVerdict(
  row: RowIdentity,
  cells: readonly unknown[],
  implied: number[],
): number {
  let leftKnown = 0;
  let leftUnknowns = 0;
  for (let at = 0; at < row.left.length; at++) {
    const value = cells[row.left[at]!];
    if (value === undefined) leftUnknowns++;
    else if (typeof value !== "number") return UNJUDGED;
    else if (Number.isSafeInteger(value) && value >= 0) leftKnown += value;
    else leftUnknowns++;
  }
  let rightKnown = 0;
  let rightUnknowns = 0;
  for (let at = 0; at < row.right.length; at++) {
    const value = cells[row.right[at]!];
    if (value === undefined) rightUnknowns++;
    else if (typeof value !== "number") return UNJUDGED;
    else if (Number.isSafeInteger(value) && value >= 0) rightKnown += value;
    else rightUnknowns++;
  }
  if (!Number.isSafeInteger(leftKnown) || !Number.isSafeInteger(rightKnown)) return UNJUDGED;
  if (leftUnknowns === 0 && leftKnown < rightKnown) return OTHER;
  if (rightUnknowns === 0 && leftKnown > rightKnown) return OTHER;
  const unknowns = leftUnknowns + rightUnknowns;
  if (unknowns === 0) return HOLDS;
  if (unknowns > 1) return OTHER;
  implied[0] = leftUnknowns === 1 ? rightKnown - leftKnown : leftKnown - rightKnown;
  return IMPLIES;
}

/**
 * How many digits of `digits` from `offset` on write `value` (a safe count) as `String(value)`
 * does, or 0 when they do not: no string is built per forced total. The value read grows digit
 * by digit and stays exact below 2^53; a run with a leading zero is below `value` (whose first
 * digit is not 0, unless it is 0 itself).
 */
function readsAt(digits: string, offset: number, value: number): number {
  let length = 1;
  for (let power = 10; power <= value; power *= 10) length++;
  if (offset + length > digits.length) return 0;
  let read = 0;
  for (let at = offset; at < offset + length; at++) read = read * 10 + (digits.charCodeAt(at) - 48);
  return read === value ? length : 0;
}

/**
 * Every way to read `tokens` as the cells of `columns` where a digit run may stand for several
 * consecutive cells (no part with a leading zero, a minus sign only at the start of a signed cell)
 * and every identity whose cells are all assigned holds. With `enough`, the search stops once it
 * has found that many (a caller that can use only one split asks for two).
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
  enough = MAX_CANDIDATES,
): Splits {
  const pieces = tokens.map((token) => piece(token, meter));
  const count = columns.length;
  // The identity whose total each cell is (the last one given, when two name the same cell).
  const totalOf: (RowIdentity | undefined)[] = new Array(count);
  for (const identity of identities) totalOf[identity.total] = identity;
  const candidates: Cell[][] = [];
  const limit = Math.min(enough, MAX_CANDIDATES);
  const cells: (Cell | undefined)[] = new Array(count);
  let steps = 0;
  let complete = true;
  // A reading whose split no identity checks is as possible as any other: it is never dropped in
  // favour of the others, and no split is taken when there is one.
  let unchecked = false;

  // The fewest and most cells the pieces after each index can fill, summed once from the end: a
  // splittable piece fills one cell per digit at most, any other piece one cell. Each entry is set
  // below (no fill first: most rows are searched in a few steps, and their set-up counts).
  const leastAfter = new Array<number>(pieces.length + 1);
  const mostAfter = new Array<number>(pieces.length + 1);
  leastAfter[pieces.length] = 0;
  mostAfter[pieces.length] = 0;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    const fill = p.splittable ? p.digits.length : 1;
    leastAfter[i] = leastAfter[i + 1]! + (fill > 0 ? 1 : 0);
    mostAfter[i] = mostAfter[i + 1]! + fill;
  }

  // The cells assigned so far, as the evaluator reads them (a cell not assigned is absent), by
  // the operands' cell indexes that `rowIdentity` computed once.
  const read = (index: number) => cells[index];
  // The value an identity implies, when it implies one (a number, or a Decimal beyond the safe
  // integers from the evaluator).
  let implied: unknown;
  const numbers = [0];
  const judge = (row: RowIdentity): number => {
    const quick = quickVerdict(row, cells, numbers);
    if (quick !== UNJUDGED) {
      implied = numbers[0];
      return quick;
    }
    const verdict = evaluateIndexed(row.identity, row.left, row.right, read);
    if (verdict.verdict === "implies") {
      implied = verdict.value;
      return IMPLIES;
    }
    return verdict.verdict === "holds" ? HOLDS : OTHER;
  };

  // The piece each cell was read from: a cell sharing its piece with a neighbour is part of a run.
  const source: number[] = [];
  // The operands joined once per identity (rowIdentity), not per split ended: no array made here.
  const fromRun = (row: RowIdentity) => {
    const operands = row.operands;
    for (let at = 0; at < operands.length; at++) {
      const cell = operands[at]!;
      if (source[cell] === source[cell - 1] || source[cell] === source[cell + 1]) return true;
    }
    return false;
  };
  const visit = (index: number, offset: number, cell: number): void => {
    if (!complete || candidates.length >= limit) return;
    if (++steps > STEP_BUDGET) {
      complete = false;
      return;
    }
    if (cell === count) {
      // A run read as several cells is trusted only where the row's identities check it: each
      // identity reading a cell of such a run must hold, every operand a number. One a blank or
      // marked operand leaves open checks nothing (`705 3 / 0 5 /` would read
      // `70 | 5 | 3 | / | 0 | 5 | /` as surely as any other split), and that split is as possible
      // as one that holds by chance: then no split is taken.
      if (index !== pieces.length) return;
      let checked = true;
      for (const row of identities) {
        if (!fromRun(row) || judge(row) === HOLDS) continue;
        // Violated (a bound broken by a blank or marked operand too): this split is refuted.
        // Otherwise the identity leaves the split open.
        if (evaluateIndexed(row.identity, row.left, row.right, read).verdict === "violated") return;
        checked = false;
      }
      if (checked) candidates.push(cells.slice() as Cell[]);
      else unchecked = true;
      return;
    }
    if (index === pieces.length) return;
    // The fewest and most cells the pieces from `index` (at `offset` in its digits) can fill.
    const here = pieces[index]!;
    const left = here.splittable ? here.digits.length - offset : 1;
    const least = leastAfter[index + 1]! + (left > 0 ? 1 : 0);
    const most = mostAfter[index + 1]! + left;
    const cellsLeft = count - cell;
    if (cellsLeft < least || cellsLeft > most) return;
    source[cell] = index;
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
    const digits = current.digits;
    const identity = totalOf[cell];
    // With every part known, the total is forced: the one value the identity implies for it.
    if (identity !== undefined && judge(identity) === IMPLIES) {
      const value = implied;
      // A sum beyond the safe integers (a `Decimal`): no split reads it.
      const length = typeof value === "number" && !negative ? readsAt(digits, offset, value) : 0;
      if (length > 0) {
        cells[cell] = value as number;
        // Only a split in which the identity holds, every operand a number, is kept.
        if (judge(identity) === HOLDS) {
          if (offset + length === digits.length) visit(index + 1, 0, cell + 1);
          else visit(index, offset + length, cell + 1);
        }
      }
    } else {
      // Each length's value grows by one digit (at most MAX_DIGITS, exact); after a leading zero
      // no longer part is read.
      const longest = Math.min(digits.length - offset, MAX_DIGITS);
      const leadingZero = digits.charCodeAt(offset) === 48;
      let value = 0;
      for (let length = 1; length <= longest && (length === 1 || !leadingZero); length++) {
        value = value * 10 + (digits.charCodeAt(offset + length - 1) - 48);
        const signed = negative ? -value : value;
        cells[cell] = signed === 0 ? 0 : signed;
        if (identity && judge(identity) !== HOLDS) continue;
        if (offset + length === digits.length) visit(index + 1, 0, cell + 1);
        else visit(index, offset + length, cell + 1);
      }
    }
    cells[cell] = undefined;
  };

  visit(0, 0, 0);
  // The capacities summed once; per visit at most MAX_DIGITS lengths, each checked against an
  // identity of the row (the evaluator reads each operand), and the forcing look once. The visits
  // are capped by STEP_BUDGET whatever the input.
  tick(meter, pieces.length + steps * ((1 + MAX_DIGITS) * (1 + count)));
  return {
    candidates: unchecked ? [] : candidates,
    complete: complete && candidates.length < MAX_CANDIDATES,
  };
}
