/**
 * Canonical JSON (format version 1): `toJSON` writes it with a stable key order (the registry's),
 * `fromJSON` reads it back, never throwing, and reports every value it could not take.
 *
 * @module
 */

import { Decimal } from "decimal.js";
import type { Cell } from "../model/cell.js";
import { moneyToString } from "../model/decimal.js";
import type { Report } from "../model/report.js";
import type { Locale } from "../rules/codes.js";
import { type Finding, localizeFindings } from "../rules/finding.js";
import { tableLayout } from "../templates/layout.js";
import { META_KEYS, readReport, TEXT_KEYS_AFTER, TEXT_KEYS_BEFORE } from "./jsonReader.js";

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
  if (Decimal.isDecimal(value)) return moneyToString(value);
  return { mark: value.mark };
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

/** Options of {@link fromJSON}. */
export interface FromJSONOptions {
  /** Language of the finding messages; `'zh'` by default. */
  readonly locale?: Locale;
}

/** What {@link fromJSON} returns. */
export interface FromJSONResult {
  /** The report, or `undefined` when the input is not a report at all. */
  readonly report: Report | undefined;
  /** Everything that could not be taken, located. */
  readonly findings: readonly Finding[];
}

/**
 * Reads canonical JSON (an object, or a JSON string) into a frozen report. Never throws: wrong
 * types, unknown keys, missing tables, `__proto__` keys, non-finite numbers all give located
 * `CELL_TYPE` or `SECTION_MISSING` findings, and every value that could be taken is kept.
 *
 * @param value - Canonical JSON, as produced by {@link toJSON}, or its text.
 * @param options - `locale` of the finding messages.
 * @returns The report (or `undefined` when the input is not a report) and the findings.
 * @example
 * ```ts
 * const { report, findings } = fromJSON('{"formatVersion":1,"template":"2021","year":2022,"agency":{"name":"某镇人民政府"}}');
 * report?.template; // '2021'
 * findings.map((f) => f.code); // ['SECTION_MISSING', …] (the tables and texts are absent)
 * ```
 */
export function fromJSON(value: unknown, options: FromJSONOptions = {}): FromJSONResult {
  const { report, drafts, template } = readReport(value, { decimals: false });
  // Untyped callers may pass anything as options (`null` included): only 'en' changes the locale.
  const locale = (options as { locale?: unknown } | null)?.locale === "en" ? "en" : "zh";
  return {
    report,
    findings: localizeFindings(drafts, template === undefined ? { locale } : { locale, template }),
  };
}
