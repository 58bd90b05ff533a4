import { Decimal } from "decimal.js";

/**
 * Freezes a value and everything it holds, so that a report cannot be changed after it is made.
 * Decimal instances are frozen too: their operations return new values.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  // An array's items by index: `Object.keys` would make a string per index.
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else if (!Decimal.isDecimal(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return Object.freeze(value);
}
