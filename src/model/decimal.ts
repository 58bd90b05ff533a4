/**
 * Money amounts. Stored values are plain `Decimal` instances (construction never rounds, so no
 * global decimal.js setting affects them, and they compare equal to the user's own `Decimal`s);
 * arithmetic runs on a private clone, so that no global setting is read or changed
 * (ARCHITECTURE §2).
 *
 * @module
 */
import { Decimal } from "decimal.js";

/** Decimal constructor for arithmetic, with enough precision for any sum of published amounts. */
export const Money = Decimal.clone({
  precision: 64,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 60,
});

const DECIMAL_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

/**
 * A stored amount (a plain `Decimal`) from a decimal string, a finite number or a `Decimal`, or
 * `undefined` when it is not one.
 *
 * @example
 * ```ts
 * toMoney("0.35")?.toFixed(); // '0.35'
 * toMoney("abc"); // undefined
 * ```
 */
export function toMoney(value: unknown): Decimal | undefined {
  if (Decimal.isDecimal(value)) return value.isFinite() ? new Decimal(value) : undefined;
  if (typeof value === "number" && !Number.isFinite(value)) return undefined;
  if (typeof value !== "number" && typeof value !== "string") return undefined;
  if (typeof value === "string" && !DECIMAL_TEXT.test(value)) return undefined;
  try {
    const decimal = new Decimal(typeof value === "string" ? value.trim() : value);
    return decimal.isFinite() ? decimal : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The exact sum of amounts, as a stored `Decimal`.
 *
 * @example
 * ```ts
 * sumMoney([new Decimal("0.1"), new Decimal("0.2")]).toFixed(); // '0.3'
 * ```
 */
export function sumMoney(values: readonly Decimal[]): Decimal {
  let total = new Money(0);
  for (const value of values) total = total.plus(new Money(value));
  return new Decimal(total);
}
