import { Decimal } from "decimal.js";

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Freezes a value and everything it holds, so that a report cannot be changed after it is made.
 * Decimal instances are frozen too: their operations return new values.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  // An array's items by index; an object's own enumerable keys by `for…in` (with the own-property
  // test, the keys `Object.keys` gives): `Object.keys` makes an array per object, a third of the
  // freezing's time over a parsed report.
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else if (!Decimal.isDecimal(value)) {
    const record = value as Record<string, unknown>;
    for (const key in record) if (hasOwn.call(record, key)) deepFreeze(record[key]);
  }
  return Object.freeze(value);
}
