/**
 * Reading untrusted input into the model: the small pieces that `fromJSON`/`validate` (canonical
 * JSON) and `createReport` (a builder's init) share, so that both report a bad value the same way.
 *
 * @module
 */

import type { FindingDraft, FindingPath } from "../findings/finding.js";
import { parseISO } from "./dates.js";
import { ISO_DATE_PATTERN } from "./domains.js";
import { META_KEYS } from "./keys.js";
import type { ReportMeta } from "./report.js";

export {
  isPlainObject,
  own,
  type Plain,
  show,
  snapshot,
  UNREADABLE,
} from "../findings/values.js";

import { isPlainObject, type Plain, show } from "../findings/values.js";

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
