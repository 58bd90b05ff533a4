/**
 * Canonical JSON (format version 1), written: `toJSON` with a stable key order (the registry's).
 * Reading it back is `./fromJSON.ts`. This module imports neither the readers nor decimal.js (an
 * amount is written by its own `toFixed`), so that an app that only writes JSON stays small.
 *
 * @module
 */

import { type Cell, isMark } from "../model/cell.js";
import { META_KEYS, TEXT_KEYS_AFTER, TEXT_KEYS_BEFORE } from "../model/keys.js";
import type { Report } from "../model/report.js";
import { tableLayout } from "../templates/layout.js";

/** A JSON value. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/** The canonical JSON of a report: a plain object that `JSON.stringify` writes as is. */
export type ReportJSON = { [key: string]: JsonValue };

function cellToJSON(value: Cell): JsonValue {
  if (value === null || typeof value === "number") return value;
  if (isMark(value)) return { mark: value.mark };
  // A Decimal: plain notation, never an exponent (the canonical decimal string).
  return value.toFixed();
}

/**
 * The canonical JSON of a report: keys in the registry's order, amounts as decimal strings,
 * blank cells as `null`, marks as `{ "mark": "/" }`. Absent sections and cells stay absent.
 *
 * @param report - A report of either template.
 * @returns A plain JSON object; `JSON.stringify(toJSON(r))` is stable for equal reports.
 * @example
 * ```ts
 * const json = toJSON(report);
 * json.applications.newlyReceived.total; // 0
 * JSON.stringify(json); // '{"formatVersion":1,"template":"2021",…}'
 * ```
 */
export function toJSON(report: Report): ReportJSON {
  const out: ReportJSON = {
    formatVersion: 1,
    template: report.template,
    year: report.year,
    agency: { name: report.agency.name },
  };
  if (report.meta) {
    const meta: { [key: string]: JsonValue } = {};
    for (const key of META_KEYS) {
      const value = report.meta[key];
      if (value !== undefined) meta[key] = value;
    }
    out["meta"] = meta;
  }
  for (const key of TEXT_KEYS_BEFORE) {
    if (report[key] !== undefined) out[key] = report[key];
  }
  for (const table of tableLayout(report.template)) {
    const source = report[table.key] as
      | Record<string, Record<string, Cell | undefined> | undefined>
      | undefined;
    if (source === undefined) continue;
    const rows: { [key: string]: JsonValue } = {};
    for (const row of table.rows) {
      const cells: { [key: string]: JsonValue } = {};
      const sourceRow = source[row.key] ?? {};
      for (const column of row.columns) {
        const value = sourceRow[column.key];
        if (value !== undefined) cells[column.key] = cellToJSON(value);
      }
      rows[row.key] = cells;
    }
    out[table.key] = rows;
  }
  for (const key of TEXT_KEYS_AFTER) {
    if (report[key] !== undefined) out[key] = report[key];
  }
  return out;
}
