/**
 * The one evaluator of the arithmetic identities of tables 三 and 四 (`identitiesOf(version)`):
 * `validate`'s arithmetic rules, the builders' derivation and checks, and `aggregate`'s member
 * checks and consolidation all judge an identity here, with one treatment of cells that are not
 * numbers.
 *
 * An operand is *known* when it holds a count (a non-negative integer; a non-negative `Decimal` is
 * summed exactly too). Anything else — blank (`null`), a mark (`{ mark }`), absent (unread, or
 * rejected by a reader) or a value of the wrong type — is an *unknown non-negative count*, never
 * zero (ARCHITECTURE §5). An identity `Σ left = Σ right` is then judged only as far as that allows:
 *
 * - every operand known: `holds`, or `violated` with the exact sums;
 * - a side without unknowns below the known part of the other side: `violated`, whatever the
 *   unknowns hold (the side with unknowns is a lower bound, shown `≥ n`);
 * - exactly one unknown operand, not violated: `implies` the one value (≥ 0) it must hold;
 * - otherwise (two or more unknowns that can still balance): `undecidable`.
 *
 * A blank 总计 whose parts are known is the `implies` case: the identity requires the sum of its
 * parts there (the callers report that value with the blank cell).
 *
 * @module
 */

import { Decimal } from "decimal.js";
import type { FindingDraft } from "../findings/finding.js";
import type { CellPath, Identity, IdentityCode } from "../templates/identities.js";
import { identitiesOf } from "../templates/identities.js";
import type { TemplateVersion } from "../templates/types.js";
import { isMark } from "./cell.js";
import { Money } from "./decimal.js";

/** An exact amount: a count, or a `Decimal` (an amount, or a sum of counts beyond 2^53). */
export type Amount = number | Decimal;

/** How the evaluator sees one operand. Every state but `known` is an unknown count ≥ 0. */
export type Operand =
  | { readonly state: "known"; readonly value: Amount }
  | { readonly state: "blank" }
  | { readonly state: "mark"; readonly mark: string }
  /** Not there: unread by a parser, rejected by a reader, or a total not derived yet. */
  | { readonly state: "absent" }
  /** A value that is no count (a negative or fractional number, a string…). */
  | { readonly state: "invalid" };

/** Reads the raw value of a cell (`undefined` when the cell is absent). */
export type CellReader = (path: CellPath) => unknown;

/** What one side of an identity adds up to, as far as it is known: `value`, or at least `value`. */
export interface Bound {
  readonly value: Amount;
  /** False when the side has unknown operands: the side is then `≥ value`. */
  readonly exact: boolean;
}

/**
 * The verdict on one identity. For `violated`, `expected` is what the identity requires and
 * `actual` what the report has: for a total (one cell on the left), the sum of its parts and the
 * total; for the balance of table 三, 一 + 二 and （七） + 四.
 */
export type Verdict =
  | { readonly verdict: "holds" }
  | { readonly verdict: "violated"; readonly expected: Bound; readonly actual: Bound }
  /** Exactly one operand is unknown, and the identity holds only if it is `value` (≥ 0). */
  | { readonly verdict: "implies"; readonly operand: CellPath; readonly value: Amount }
  | { readonly verdict: "undecidable" };

/**
 * How the evaluator classifies a cell value: the one place that tells a count from blank, a mark,
 * an absent cell and a value of the wrong type.
 *
 * @example
 * ```ts
 * operandOf(3); // { state: "known", value: 3 }
 * operandOf(null); // { state: "blank" }
 * operandOf({ mark: "/" }); // { state: "mark", mark: "/" }
 * operandOf(undefined); // { state: "absent" }
 * operandOf(-1); // { state: "invalid" }
 * ```
 */
export function operandOf(value: unknown): Operand {
  if (value === undefined) return { state: "absent" };
  if (value === null) return { state: "blank" };
  if (isMark(value)) return { state: "mark", mark: value.mark };
  if (typeof value === "number") {
    return Number.isSafeInteger(value) && value >= 0
      ? { state: "known", value }
      : { state: "invalid" };
  }
  if (Decimal.isDecimal(value) && value.isFinite() && !value.isNegative()) {
    return { state: "known", value };
  }
  return { state: "invalid" };
}

/**
 * A reader of the cells of a report, its canonical JSON or any `table → row → column` object
 * (own properties only; a missing table, row or cell reads as absent).
 *
 * @example
 * ```ts
 * cellsOf(report)(["applications", "newlyReceived", "total"]); // 12
 * ```
 */
export function cellsOf(tables: unknown): CellReader {
  return (path) => {
    let node: unknown = tables;
    for (const key of path) {
      if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  };
}

/** A stable key of a cell path, for maps and sets. */
export function cellKey(path: CellPath): string {
  return path.join("\u0000");
}

function samePath(a: CellPath, b: CellPath): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

/** The exact sum of amounts: a number while every term is one and the sum stays exact. */
function sum(values: readonly Amount[]): Amount {
  let total = 0;
  let exact = true;
  for (const value of values) {
    if (typeof value !== "number") exact = false;
    else total += value;
  }
  if (exact && Number.isSafeInteger(total)) return total;
  let money = new Money(0);
  for (const value of values) money = money.plus(new Money(value));
  return new Decimal(money);
}

function compare(a: Amount, b: Amount): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  return new Money(a).comparedTo(new Money(b));
}

/** The exact difference (two safe non-negative counts have a safe difference). */
function minus(a: Amount, b: Amount): Amount {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return new Decimal(new Money(a).minus(new Money(b)));
}

interface Side {
  readonly known: Amount;
  readonly unknown: readonly CellPath[];
}

function sideOf(paths: readonly CellPath[], read: CellReader): Side {
  const known: Amount[] = [];
  const unknown: CellPath[] = [];
  for (const path of paths) {
    const operand = operandOf(read(path));
    if (operand.state === "known") known.push(operand.value);
    else unknown.push(path);
  }
  return { known: sum(known), unknown };
}

function bound(side: Side): Bound {
  return { value: side.known, exact: side.unknown.length === 0 };
}

/**
 * Judges one identity over the cells `read` gives (see the module comment for the table of
 * verdicts).
 *
 * @example
 * ```ts
 * const [rowTotal] = identitiesOf("2021"); // 一、本年新收: 总计 = the six applicant columns
 * // 总计 1, 自然人 5, 商业企业 blank: the parts are at least 5 — broken whatever the blank holds.
 * evaluateIdentity(rowTotal, cellsOf(report));
 * // { verdict: "violated", expected: { value: 5, exact: false }, actual: { value: 1, exact: true } }
 * ```
 */
export function evaluateIdentity(identity: Identity, read: CellReader): Verdict {
  const left = sideOf(identity.left, read);
  const right = sideOf(identity.right, read);
  const order = compare(left.known, right.known);
  // Σ left lies in [left.known, left.known] when exact, else in [left.known, ∞); the same for the
  // right. The identity is broken for sure when the two ranges do not meet.
  const leftBelow = left.unknown.length === 0 && order < 0;
  const rightBelow = right.unknown.length === 0 && order > 0;
  if (leftBelow || rightBelow) {
    const total = identity.left.length === 1;
    const [expected, actual] = total ? [right, left] : [left, right];
    return { verdict: "violated", expected: bound(expected), actual: bound(actual) };
  }
  const unknowns = left.unknown.length + right.unknown.length;
  if (unknowns === 0) return { verdict: "holds" };
  if (unknowns > 1) return { verdict: "undecidable" };
  // One unknown, on the side whose known part is not above the other side's (checked above).
  return left.unknown.length === 1
    ? { verdict: "implies", operand: left.unknown[0]!, value: minus(right.known, left.known) }
    : { verdict: "implies", operand: right.unknown[0]!, value: minus(left.known, right.known) };
}

const HOLDS: Verdict = Object.freeze({ verdict: "holds" });
const UNDECIDABLE: Verdict = Object.freeze({ verdict: "undecidable" });

/**
 * {@link evaluateIdentity} for callers that hold the operands by number (the parser's search over
 * glued digits and its table-wide settling judge the same few identities thousands of times):
 * `left[i]` and `right[i]` are the numbers of `identity.left[i]` and `identity.right[i]`, and
 * `read` gives the raw value of a number. The verdict is the one `evaluateIdentity` gives; counts,
 * blanks, marks and absent cells are judged here without building an operand per cell, and any
 * other value (a `Decimal`, a sum beyond the safe integers) goes to `evaluateIdentity` itself.
 *
 * @example
 * ```ts
 * // 总计 at 6, the six applicant columns at 0…5 of a row read into `cells`.
 * evaluateIndexed(rowTotal, [6], [0, 1, 2, 3, 4, 5], (i) => cells[i]);
 * ```
 */
export function evaluateIndexed(
  identity: Identity,
  left: readonly number[],
  right: readonly number[],
  read: (index: number) => unknown,
): Verdict {
  // The values this fast path does not judge are judged by `evaluateIdentity` itself.
  const slow = () => evaluateIdentity(identity, byPath(identity, left, right, read));
  // Each side's known sum, its unknown count and its first unknown (the one an `implies` names);
  // NaN marks a value this fast path does not judge.
  let leftKnown = 0;
  let leftUnknowns = 0;
  let leftFirst = -1;
  for (let at = 0; at < left.length; at++) {
    const value = countOf(read(left[at]!));
    if (Number.isNaN(value)) return slow();
    if (value >= 0) leftKnown += value;
    else if (leftUnknowns++ === 0) leftFirst = at;
  }
  let rightKnown = 0;
  let rightUnknowns = 0;
  let rightFirst = -1;
  for (let at = 0; at < right.length; at++) {
    const value = countOf(read(right[at]!));
    if (Number.isNaN(value)) return slow();
    if (value >= 0) rightKnown += value;
    else if (rightUnknowns++ === 0) rightFirst = at;
  }
  // The sums of safe counts stay exact while they stay safe (every term is non-negative).
  if (!Number.isSafeInteger(leftKnown) || !Number.isSafeInteger(rightKnown)) return slow();
  const leftBelow = leftUnknowns === 0 && leftKnown < rightKnown;
  const rightBelow = rightUnknowns === 0 && leftKnown > rightKnown;
  if (leftBelow || rightBelow) {
    const leftBound: Bound = { value: leftKnown, exact: leftUnknowns === 0 };
    const rightBound: Bound = { value: rightKnown, exact: rightUnknowns === 0 };
    const total = identity.left.length === 1;
    return total
      ? { verdict: "violated", expected: rightBound, actual: leftBound }
      : { verdict: "violated", expected: leftBound, actual: rightBound };
  }
  const unknowns = leftUnknowns + rightUnknowns;
  if (unknowns === 0) return HOLDS;
  if (unknowns > 1) return UNDECIDABLE;
  return leftUnknowns === 1
    ? { verdict: "implies", operand: identity.left[leftFirst]!, value: rightKnown - leftKnown }
    : { verdict: "implies", operand: identity.right[rightFirst]!, value: leftKnown - rightKnown };
}

/**
 * A raw value as {@link operandOf} sees it, without an object: the count when it is known, -1 for
 * an unknown count (blank, mark, absent, a number that is no count), NaN for anything else.
 */
function countOf(value: unknown): number {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? value : -1;
  if (value === undefined || value === null || isMark(value)) return -1;
  return Number.NaN;
}

/** The operands of an indexed identity by path, as {@link evaluateIdentity} reads them. */
function byPath(
  identity: Identity,
  left: readonly number[],
  right: readonly number[],
  read: (index: number) => unknown,
): CellReader {
  return (path) => {
    const onLeft = identity.left.indexOf(path);
    if (onLeft >= 0) return read(left[onLeft]!);
    const onRight = identity.right.indexOf(path);
    return onRight >= 0 ? read(right[onRight]!) : undefined;
  };
}

/**
 * The finding draft of an identity, when the cells read through `read` violate it: at the total
 * (or the balance's 四 cell), with the two sides as `expected`/`actual` and the operands in
 * `related`. `undefined` when the identity holds or cannot be decided. What `validate` and the
 * builders report, worded alike.
 *
 * @example
 * ```ts
 * violation(identity, cellsOf(report))?.code; // 'T3_ROW_TOTAL'
 * ```
 */
export function violation(identity: Identity, read: CellReader): FindingDraft | undefined {
  const verdict = evaluateIdentity(identity, read);
  if (verdict.verdict !== "violated") return undefined;
  return {
    code: identity.code,
    path: identityPath(identity),
    expected: showBound(verdict.expected),
    actual: showBound(verdict.actual),
    related: identityRelated(identity),
  };
}

/**
 * Where a finding about an identity points: a total's own cell; for T3_BALANCE (two cells on each
 * side) the last cell of the right side, 四、结转下年度继续办理 of that column — the figure the
 * balance determines.
 *
 * @example
 * ```ts
 * identityPath(balance); // ["applications", "carriedForward", "naturalPerson"]
 * ```
 */
export function identityPath(identity: Identity): CellPath {
  return identity.left.length === 1
    ? identity.left[0]!
    : identity.right[identity.right.length - 1]!;
}

/** The operands of an identity other than the cell its findings point at, in order. */
export function identityRelated(identity: Identity): CellPath[] {
  const path = identityPath(identity);
  return [...identity.left, ...identity.right].filter((p) => !samePath(p, path));
}

/**
 * A bound as a finding's `expected`/`actual`: an exact count as a number, an exact `Decimal` as
 * its decimal string, a lower bound as `"≥ n"`.
 *
 * @example
 * ```ts
 * showBound({ value: 5, exact: false }); // '≥ 5'
 * ```
 */
export function showBound(value: Bound): number | string {
  const shown = showAmount(value.value);
  return value.exact ? shown : `≥ ${shown}`;
}

/** An amount as a finding's `expected`/`actual`: a count stays a number, a `Decimal` a string. */
export function showAmount(value: Amount): number | string {
  return typeof value === "number" ? value : value.toFixed();
}

const TOTAL_CODES: ReadonlySet<IdentityCode> = new Set<IdentityCode>([
  "T3_ROW_TOTAL",
  "T3_RESULT_TOTAL",
  "T4_GROUP_TOTAL",
]);

/**
 * The identities that define a total cell (the 总计 column, （七）总计, each table-四 总计): their
 * left side is that one cell. T3_BALANCE relates two given sides and defines nothing.
 *
 * @example
 * ```ts
 * totalIdentities("2021").some((i) => i.code === "T3_BALANCE"); // false
 * ```
 */
export function totalIdentities(version: TemplateVersion): readonly Identity[] {
  return identitiesOf(version).filter((identity) => TOTAL_CODES.has(identity.code));
}

/** A total derived from its parts, and the identity that derived it. */
export interface Derivation {
  readonly path: CellPath;
  readonly value: Amount;
  readonly identity: Identity;
}

/**
 * Every total cell whose parts are known, derived through the identities: a total not derived yet
 * is read as absent, so its identity `implies` its value once every part is known (a leaf, or a
 * total derived before it). Total cells are never taken from `read`. Returned in derivation order,
 * by {@link cellKey}.
 *
 * @example
 * ```ts
 * const derived = deriveTotals("2021", cellsOf(leaves));
 * derived.get(cellKey(["applications", "totalHandled", "total"]))?.value; // Σ of every leaf
 * ```
 */
export function deriveTotals(
  version: TemplateVersion,
  read: CellReader,
): ReadonlyMap<string, Derivation> {
  const totals = totalIdentities(version);
  const isTotal = new Set(totals.map((identity) => cellKey(identity.left[0]!)));
  const derived = new Map<string, Derivation>();
  const reader: CellReader = (path) => {
    const key = cellKey(path);
    if (!isTotal.has(key)) return read(path);
    return derived.get(key)?.value;
  };
  let progress = true;
  while (progress) {
    progress = false;
    for (const identity of totals) {
      const path = identity.left[0]!;
      const key = cellKey(path);
      if (derived.has(key)) continue;
      const verdict = evaluateIdentity(identity, reader);
      if (verdict.verdict !== "implies" || !samePath(verdict.operand, path)) continue;
      derived.set(key, { path, value: verdict.value, identity });
      progress = true;
    }
  }
  return derived;
}
