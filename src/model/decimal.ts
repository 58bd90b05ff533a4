/**
 * The library's own Decimal constructor: a private clone, so that no global decimal.js setting is
 * read or changed (ARCHITECTURE §2).
 *
 * @module
 */
import { Decimal } from "decimal.js";

/** Decimal constructor with enough precision for any sum of published amounts. */
export const Money = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 60 });

/**
 * A `Decimal` from a decimal string or a finite number, or `undefined` when it is not one.
 *
 * @example
 * ```ts
 * toMoney("0.35")?.toFixed(); // '0.35'
 * toMoney("abc"); // undefined
 * ```
 */
export function toMoney(value: unknown): Decimal | undefined {
  if (Decimal.isDecimal(value)) return value.isFinite() ? new Money(value) : undefined;
  if (typeof value === "number" && !Number.isFinite(value)) return undefined;
  if (typeof value !== "number" && typeof value !== "string") return undefined;
  if (typeof value === "string" && !/^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(value)) return undefined;
  try {
    const decimal = new Money(typeof value === "string" ? value.trim() : value);
    return decimal.isFinite() ? decimal : undefined;
  } catch {
    return undefined;
  }
}

/** The canonical text of an amount: plain notation, no exponent. */
export function moneyToString(value: Decimal): string {
  return value.toFixed();
}
