/**
 * Cell values of the report tables.
 *
 * A count is an integer, a money amount a `Decimal`; a cell left blank in the source is `null`; a
 * cell that held a non-numeric mark (`/`, `-`, `—`, `无`) is a {@link Mark}. Blank and marked cells
 * stay distinguishable from 0, so that no rule sums them as zero silently.
 *
 * @module
 */
import type { Decimal } from "decimal.js";

/** A non-numeric mark found in a cell, kept verbatim. */
export interface Mark {
  readonly mark: string;
}

/** A count cell: an integer, blank (`null`) or a mark. */
export type CountCell = number | null | Mark;

/** A money cell: a `Decimal`, blank (`null`) or a mark. */
export type MoneyCell = Decimal | null | Mark;

/** Any cell. */
export type Cell = CountCell | MoneyCell;

/**
 * Whether a cell value is a mark object.
 *
 * @example
 * ```ts
 * isMark({ mark: "/" }); // true
 * isMark(0); // false
 * ```
 */
export function isMark(value: unknown): value is Mark {
  // A Decimal has no `mark`, so no test of decimal.js is needed here.
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { mark?: unknown }).mark === "string"
  );
}

/**
 * Whether a value is a decimal.js `Decimal`, by the same test that `Decimal.isDecimal` makes for
 * instances of other clones (`toStringTag` on the prototype). Written here so that this module,
 * and everything that only needs cell types, does not load decimal.js.
 */
function isDecimal(value: unknown): value is Decimal {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { toStringTag?: unknown }).toStringTag === "[object Decimal]"
  );
}

/**
 * Whether a cell holds a number (a count or an amount), as opposed to blank or a mark.
 *
 * @example
 * ```ts
 * isNumeric(3); // true
 * isNumeric(null); // false
 * isNumeric({ mark: "—" }); // false
 * ```
 */
export function isNumeric(value: Cell | undefined): value is number | Decimal {
  return typeof value === "number" || isDecimal(value);
}

/**
 * A mark cell.
 *
 * @example
 * ```ts
 * mark("/"); // { mark: "/" }
 * ```
 */
export function mark(symbol: string): Mark {
  return Object.freeze({ mark: symbol });
}
