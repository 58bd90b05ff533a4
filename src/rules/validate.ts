/**
 * `validate`: every rule over a report (or its canonical JSON), never throwing.
 *
 * @module
 */

import type { Locale } from "../findings/codes.js";
import { type Finding, type FindingDraft, isOk, localizeFindings } from "../findings/finding.js";
import {
  type CommonOptions,
  optionInvalid,
  readOptions,
  type SeverityOverrides,
} from "../findings/options.js";
import { show } from "../model/input.js";
import { readReport } from "../model/read.js";
import type { Report } from "../model/report.js";
import type { Meter } from "../text/meter.js";
import { checkBlankCells, checkIdentities } from "./arithmetic.js";
import { checkCrossYear } from "./crossYear.js";
import { type AgencyLevel, checkPublishedLate } from "./deadline.js";
import { checkFeeReported, checkNarrative } from "./narrative.js";
import { checkEmptySections, checkStockBelowFlow, checkTemplateYear } from "./structure.js";

/** Options of {@link validate}. */
export interface ValidateOptions extends CommonOptions {
  /** Last year's report (a `Report` or canonical JSON), for the cross-year rules. */
  readonly previous?: unknown;
  /** `'department'` (deadline 31 Jan) or `'government'` (31 Mar); without it, 31 Mar. */
  readonly agencyLevel?: AgencyLevel | undefined;
  /** Publication date (ISO `YYYY-MM-DD`), overriding `meta.publishedOn`. */
  readonly publishedOn?: string | undefined;
}

/** What {@link validate} returns. */
export interface ValidationResult {
  /** False iff an `error` finding exists (after severity overrides). */
  readonly ok: boolean;
  readonly findings: readonly Finding[];
}

interface Settings {
  readonly previous: unknown;
  readonly locale: Locale;
  readonly severity: SeverityOverrides;
  readonly agencyLevel: AgencyLevel | undefined;
  readonly publishedOn: string | undefined;
  /** The options that were ignored, as OPTION_INVALID drafts. */
  readonly drafts: readonly FindingDraft[];
}

const AGENCY_LEVELS: readonly unknown[] = ["department", "government"];

/** Options as given, through the one options reader; a wrong option is reported and ignored. */
function settingsOf(options: unknown): Settings {
  const read = readOptions(options, ["previous", "agencyLevel", "publishedOn"]);
  const drafts = [...read.drafts];
  const { previous, agencyLevel, publishedOn } = read.fields;
  const invalid = (key: string, value: unknown, expected: string) =>
    drafts.push(optionInvalid([key], expected, show(value)));
  if (agencyLevel !== undefined && !AGENCY_LEVELS.includes(agencyLevel)) {
    invalid("agencyLevel", agencyLevel, '"department" | "government"');
  }
  if (publishedOn !== undefined && typeof publishedOn !== "string") {
    invalid("publishedOn", publishedOn, "YYYY-MM-DD");
  }
  return {
    previous,
    locale: read.locale,
    severity: read.severity,
    agencyLevel: AGENCY_LEVELS.includes(agencyLevel) ? (agencyLevel as AgencyLevel) : undefined,
    publishedOn: typeof publishedOn === "string" ? publishedOn : undefined,
    drafts,
  };
}

/**
 * Last year's report when it is one and fits, else why it was ignored: a value that reads as no
 * report, or a report of a year other than `year − 1`, disables the rules and says so
 * (`OPTION_INVALID` at `['options', 'previous']`): a program handing the wrong file would
 * otherwise get no cross-year finding and no word why.
 */
function previousOf(
  report: Report,
  previous: unknown,
): { readonly last?: Report; readonly ignored?: FindingDraft } {
  if (previous === undefined || previous === null) return {};
  const invalid = (expected: string, actual: string): FindingDraft =>
    optionInvalid(["previous"], expected, actual);
  const { report: last } = readReport(previous, { decimals: true });
  if (last === undefined) return { ignored: invalid("report", show(previous)) };
  if (report.year !== null && last.year !== null && last.year !== report.year - 1) {
    return { ignored: invalid(String(report.year - 1), String(last.year)) };
  }
  return { last };
}

function drafts(
  report: Report,
  read: readonly FindingDraft[],
  settings: Settings,
  meter: Meter | undefined,
): FindingDraft[] {
  const { last: previous, ignored } = previousOf(report, settings.previous);
  return [
    ...read,
    ...(ignored === undefined ? [] : [ignored]),
    ...checkEmptySections(report, meter),
    ...checkTemplateYear(report),
    ...checkBlankCells(report),
    ...checkIdentities(report),
    ...checkStockBelowFlow(report),
    ...(previous === undefined ? [] : checkCrossYear(report, previous, meter)),
    ...checkNarrative(report, meter),
    ...checkFeeReported(report, meter),
    ...checkPublishedLate(report, settings),
  ];
}

function result(findings: readonly Finding[]): ValidationResult {
  return Object.freeze({
    ok: isOk(findings),
    findings: Object.freeze([...findings]),
  });
}

/**
 * Checks a report against every rule of the catalogue (ARCHITECTURE §5) but AGGREGATE_MISMATCH and
 * the PARSE_* codes. Accepts anything: a `Report`, its canonical JSON (object or text), or any
 * other value, which gives findings instead of an exception. The input is never mutated.
 *
 * @param report - A report, its canonical JSON, or anything else.
 * @param options - `previous` (last year's report), `locale`, `severity` overrides,
 *   `agencyLevel` and `publishedOn` for the deadline.
 * @returns `ok` (no `error` finding) and the findings, in rule order.
 * @example
 * ```ts
 * const { ok, findings } = validate(report, { locale: "en", previous: lastYear });
 * ok; // true
 * findings; // []
 * validate(null).findings[0]?.code; // 'CELL_TYPE'
 * ```
 */
export function validate(report: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateMetered(report, options, undefined);
}

/**
 * Internal: {@link validate}, counting the work of the rules that read the texts in `meter` (see
 * `src/meter.ts`). For the linear-time tests; not exported from the package root.
 */
export function validateMetered(
  report: unknown,
  options: ValidateOptions,
  meter: Meter | undefined,
): ValidationResult {
  // Both readers work on snapshots of the input, so nothing below can meet a throwing getter.
  const settings = settingsOf(options);
  const read = readReport(report, { decimals: true });
  const words = { locale: settings.locale, severity: settings.severity };
  if (read.report === undefined) {
    return result(localizeFindings([...settings.drafts, ...read.drafts], words));
  }
  const all = [...settings.drafts, ...drafts(read.report, read.drafts, settings, meter)];
  return result(localizeFindings(all, { ...words, template: read.report.template }));
}
