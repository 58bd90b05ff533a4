/**
 * Untrusted values, read safely: a snapshot of input that cannot throw any more, and a short
 * rendering of a rejected value for a finding's `actual`. Used by the options reader on this floor
 * and by the model's readers above it.
 *
 * @module
 */
import { Decimal } from "decimal.js";

/** A plain object read from input. */
export type Plain = Record<string, unknown>;

/**
 * What {@link snapshot} leaves where reading a value threw (a getter, a Proxy trap, a revoked
 * Proxy). It is no value of any cell kind, so the readers report it as `CELL_TYPE` where it stood.
 */
export const UNREADABLE: unique symbol = Symbol("unreadable");

/** How deep {@link snapshot} copies: a report is 5 levels deep (report, table, row, cell, mark). */
const SNAPSHOT_DEPTH = 8;

/**
 * How many values one {@link snapshot} copies at most: a report has about 500, a consolidation of a
 * thousand members half a million. Sub-objects shared between many paths are copied per path, so
 * without a bound a small hostile value could make an exponential copy.
 */
const SNAPSHOT_BUDGET = 4_000_000;

function isDecimalSafely(value: object): boolean {
  try {
    return Decimal.isDecimal(value);
  } catch {
    return false;
  }
}

/**
 * A copy of untrusted input made of plain data, read once, where nothing can throw any more: every
 * own enumerable property is read once inside `try`, and a read that throws leaves
 * {@link UNREADABLE}. Decimals are kept as they are (the readers call them inside `try`). Objects
 * deeper than a report are cut off as {@link UNREADABLE}; shared sub-objects are copied per path,
 * which the depth bound keeps small. Every public reader starts here, so that no later step has to
 * guard each property read.
 *
 * @example
 * ```ts
 * const input = { get year() { throw new Error("no"); }, template: "2021" };
 * snapshot(input); // { year: UNREADABLE, template: '2021' }
 * ```
 */
export function snapshot(value: unknown): unknown {
  return copy(value, SNAPSHOT_DEPTH, { left: SNAPSHOT_BUDGET });
}

function copy(value: unknown, depth: number, budget: { left: number }): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth <= 0 || --budget.left < 0) return UNREADABLE;
  if (isDecimalSafely(value)) return value;
  try {
    if (Array.isArray(value)) {
      const length = value.length;
      const out: unknown[] = [];
      // Every slot counts, a hole too: an array's length is the caller's to set (`Object.assign([],
      // { length: 2 ** 32 - 1 })` is a few bytes that would be four billion slots to copy).
      for (let i = 0; i < length && --budget.left >= 0; i++) {
        out.push(copyProperty(value, i, depth, budget));
      }
      return budget.left < 0 ? UNREADABLE : out;
    }
    const out: Plain = {};
    for (const key of Object.keys(value)) {
      // defineProperty keeps a `__proto__` key an own property, as JSON.parse makes it.
      Object.defineProperty(out, key, {
        value: copyProperty(value, key, depth, budget),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  } catch {
    return UNREADABLE;
  }
}

function copyProperty(
  object: object,
  key: string | number,
  depth: number,
  budget: { left: number },
): unknown {
  let property: unknown;
  try {
    property = (object as Record<string | number, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
  return copy(property, depth - 1, budget);
}

/**
 * Whether a value is an object that is not an array (`null` is not).
 *
 * @example
 * ```ts
 * isPlainObject({ naturalPerson: 1 }); // true
 * isPlainObject([1]); // false
 * ```
 */
export function isPlainObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property, never one inherited (a `__proto__` key in JSON is an own property). */
export function own(object: Plain, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

// A rendering is cut to 80 characters, so JSON.stringify need not visit more than a few hundred
// values: without a bound it walks every path through shared objects (exponential in the depth of
// a value built as `v = { a: v, b: v }`) and every element of a huge array.
const SHOWN_VALUES = 500;

function stopAfter(count: number): (key: string, value: unknown) => unknown {
  let left = count;
  return (_key, value) => (--left < 0 ? "…" : value);
}

/**
 * A short, safe rendering of a rejected value for a finding's `actual`.
 *
 * @example
 * ```ts
 * show(new Decimal("-1")); // '-1'
 * show({ a: 1 }); // '{"a":1}'
 * show(Number.NaN); // 'NaN'
 * ```
 */
export function show(value: unknown): string {
  if (value === UNREADABLE) return "‹unreadable: reading it threw›";
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
    try {
      text = Object.prototype.toString.call(value);
    } catch {
      return show(UNREADABLE); // a revoked Proxy: even its tag cannot be read
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
