/**
 * Canonical JSON (format version 1), read: `fromJSON` never throws and reports every value it could
 * not take.
 *
 * @module
 */

import { type Finding, isOk, localizeFindings } from "../findings/finding.js";
import { type CommonOptions, readOptions } from "../findings/options.js";
import { readReport } from "../model/read.js";
import type { Report } from "../model/report.js";

/** Options of {@link fromJSON}: `locale` and `severity`. */
export interface FromJSONOptions extends CommonOptions {}

/** What {@link fromJSON} returns. */
export interface FromJSONResult {
  /** False iff an `error` finding exists (after severity overrides). */
  readonly ok: boolean;
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
  const { locale, severity, drafts: optionDrafts } = readOptions(options, []);
  const { report, drafts, template } = readReport(value, { decimals: false });
  const findings = localizeFindings(
    [...optionDrafts, ...drafts],
    template === undefined ? { locale, severity } : { locale, severity, template },
  );
  return Object.freeze({ ok: isOk(findings), report, findings: Object.freeze(findings) });
}
