/**
 * Taking the values a caller gives: counts, amounts, texts. A value that is not what its cell
 * holds is kept out of the report (the cell stays absent, since a builder must not invent a number)
 * and reported as a `CELL_TYPE` draft.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import type { Cell } from "../model/cell.js";
import { toMoney } from "../model/decimal.js";
import type { FindingDraft, FindingPath } from "../rules/finding.js";
import type { CellKind } from "../templates/types.js";

/**
 * The most decimal places an amount may have. Table 二 amounts are in 万元, where six places is one
 * fen (0.01 元), the smallest amount there is; more places are float noise (`0.1 + 0.2`) or a unit
 * mistake, and rounding them would be inventing a number.
 */
export const MAX_MONEY_PLACES = 6;

const EXPECTED: Record<CellKind, string> = {
  count: "non-negative integer",
  signedCount: "integer",
  money: `non-negative decimal, at most ${MAX_MONEY_PLACES} decimal places`,
};

// A rendering is cut to 80 characters, so JSON.stringify need not visit more than a few hundred
// values: without a bound it walks every path through shared objects (exponential in the depth of
// a value built as `v = { a: v, b: v }`) and every element of a huge array.
const SHOWN_VALUES = 500;

function stopAfter(count: number): (key: string, value: unknown) => unknown {
  let left = count;
  return (_key, value) => (--left < 0 ? "…" : value);
}

/**
 * A short, safe rendering of a rejected value for a finding.
 *
 * @example
 * ```ts
 * show(new Decimal("-1")); // '-1'
 * show({ a: 1 }); // '{"a":1}'
 * ```
 */
export function show(value: unknown): string {
  let text: string;
  try {
    text = Decimal.isDecimal(value)
      ? value.toString()
      : typeof value === "string"
        ? value
        : typeof value === "number" || typeof value === "bigint" || value === undefined
          ? String(value)
          : (JSON.stringify(value, stopAfter(SHOWN_VALUES)) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function takeMoney(value: unknown): Decimal | undefined {
  const amount = toMoney(value);
  if (amount === undefined || (amount.isNegative() && !amount.isZero())) return undefined;
  if (amount.decimalPlaces() > MAX_MONEY_PLACES) return undefined;
  // -0 and 0.000 are stored as the canonical 0.
  return amount.isZero() ? new Decimal(0) : amount;
}

function takeCount(value: unknown, kind: CellKind): number | undefined {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) return undefined;
  if (kind === "count" && value < 0) return undefined;
  return value === 0 ? 0 : value;
}

/**
 * A cell value of a kind from what the caller gave, or `undefined` (with a `CELL_TYPE` draft
 * pushed) when the value is not one.
 *
 * @example
 * ```ts
 * const drafts: FindingDraft[] = [];
 * takeCell("0.35", "money", ["activeDisclosure", "fees", "amount"], drafts); // Decimal(0.35)
 * takeCell(-1, "count", ["applications", "disclosed", "naturalPerson"], drafts); // undefined
 * drafts[0]?.code; // 'CELL_TYPE'
 * ```
 */
export function takeCell(
  value: unknown,
  kind: CellKind,
  path: FindingPath,
  drafts: FindingDraft[],
): Cell | undefined {
  const cell = kind === "money" ? takeMoney(value) : takeCount(value, kind);
  if (cell === undefined) {
    drafts.push({ code: "CELL_TYPE", path, expected: EXPECTED[kind], actual: show(value) });
  }
  return cell;
}

/**
 * The zero of a kind: what an omitted cell holds.
 *
 * @example
 * ```ts
 * zeroOf("count"); // 0
 * zeroOf("money"); // Decimal(0)
 * ```
 */
export function zeroOf(kind: CellKind): Cell {
  return kind === "money" ? new Decimal(0) : 0;
}

/**
 * A text in canonical form (each line trimmed, blank lines dropped, lines joined by `"\n"`), or
 * `undefined` when nothing is left; a non-string pushes a `CELL_TYPE` draft.
 *
 * @example
 * ```ts
 * takeText(" 第一段。\r\n\n 第二段。 ", ["overview"], []); // '第一段。\n第二段。'
 * takeText(" \n ", ["overview"], []); // undefined
 * ```
 */
export function takeText(
  value: unknown,
  path: FindingPath,
  drafts: FindingDraft[],
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    drafts.push({ code: "CELL_TYPE", path, expected: "string", actual: show(value) });
    return undefined;
  }
  const text = value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
  return text === "" ? undefined : text;
}

/**
 * Whether a value is a plain object (a row or table given by the caller).
 *
 * @example
 * ```ts
 * isRecord({ naturalPerson: 1 }); // true
 * isRecord([1]); // false
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Pushes a `CELL_TYPE` draft for every own key of `object` not in `known`.
 *
 * @example
 * ```ts
 * const drafts: FindingDraft[] = [];
 * reportUnknownKeys({ nobody: 1 }, ["naturalPerson"], ["applications", "disclosed"], drafts);
 * drafts[0]?.path; // ['applications', 'disclosed', 'nobody']
 * ```
 */
export function reportUnknownKeys(
  object: Record<string, unknown>,
  known: readonly string[],
  path: FindingPath,
  drafts: FindingDraft[],
): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) {
      drafts.push({
        code: "CELL_TYPE",
        path: [...path, key],
        expected: "no such key",
        actual: show(object[key]),
      });
    }
  }
}
