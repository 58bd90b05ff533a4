/**
 * Reading untrusted input into the model: the small pieces that `fromJSON`/`validate` (canonical
 * JSON) and `createReport` (a builder's init) share, so that both report a bad value the same way.
 *
 * @module
 */

import { Decimal } from "decimal.js";
import type { FindingDraft, FindingPath } from "../rules/finding.js";
import { parseISO } from "./dates.js";
import { ISO_DATE_PATTERN } from "./domains.js";
import { META_KEYS } from "./keys.js";
import type { ReportMeta } from "./report.js";

/** A plain object read from input. */
export type Plain = Record<string, unknown>;

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

/**
 * Pushes a `CELL_TYPE` draft for every own key of `object` not in `known`: an unknown key is
 * reported, never dropped silently.
 *
 * @example
 * ```ts
 * const drafts: FindingDraft[] = [];
 * reportUnknownKeys({ nobody: 1 }, ["naturalPerson"], ["applications", "disclosed"], drafts);
 * drafts[0]?.path; // ['applications', 'disclosed', 'nobody']
 * ```
 */
export function reportUnknownKeys(
  object: Plain,
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

/**
 * Reads `meta`: strings or `null`, `publishedOn` an ISO date; anything else is reported at its path
 * and left out.
 *
 * @example
 * ```ts
 * const drafts: FindingDraft[] = [];
 * readMeta({ publishedOn: "2023-01-19", title: 3 }, drafts); // { publishedOn: '2023-01-19' }
 * drafts[0]?.path; // ['meta', 'title']
 * ```
 */
export function readMeta(value: unknown, drafts: FindingDraft[]): ReportMeta | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    drafts.push({ code: "CELL_TYPE", path: ["meta"], expected: "object", actual: show(value) });
    return undefined;
  }
  reportUnknownKeys(value, META_KEYS, ["meta"], drafts);
  const meta: Record<string, string | null> = {};
  for (const key of META_KEYS) {
    if (!Object.hasOwn(value, key)) continue;
    const field = value[key];
    const isDate = key === "publishedOn";
    const valid =
      field === null ||
      (typeof field === "string" &&
        (!isDate || (ISO_DATE_PATTERN.test(field) && !Number.isNaN(parseISO(field).getTime()))));
    if (valid) meta[key] = field;
    else {
      drafts.push({
        code: "CELL_TYPE",
        path: ["meta", key],
        expected: isDate ? "YYYY-MM-DD" : "string",
        actual: show(field),
      });
    }
  }
  return meta;
}

/**
 * Reads a reporting year: an integer of four digits, or `null`; anything else is reported.
 *
 * @example
 * ```ts
 * readYear(2022, []); // 2022
 * readYear("2022", []); // null (and a CELL_TYPE draft)
 * ```
 */
export function readYear(value: unknown, drafts: FindingDraft[]): number | null {
  if (value === null) return null;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1000 && value <= 9999) {
    return value;
  }
  drafts.push({ code: "CELL_TYPE", path: ["year"], expected: "year", actual: show(value) });
  return null;
}
