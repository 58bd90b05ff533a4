/**
 * Taking the values a caller gives: counts, amounts, texts. A value that is not what its cell
 * holds is kept out of the report (the cell stays absent, since a builder must not invent a number)
 * and reported as a `CELL_TYPE` draft.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import type { FindingDraft, FindingPath } from "../findings/finding.js";
import type { Cell } from "../model/cell.js";
import { toMoney } from "../model/decimal.js";
import { show } from "../model/input.js";
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
