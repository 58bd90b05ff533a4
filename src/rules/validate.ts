/**
 * `validate`: every rule over a report (or its canonical JSON), never throwing.
 *
 * @module
 */
import type { Meter } from "../meter.js";
import type { Report } from "../model/report.js";
import { readReport } from "../serialize/jsonReader.js";
import { checkBlankCells, checkIdentities } from "./arithmetic.js";
import type { Locale, RuleCode, Severity } from "./codes.js";
import { isRuleCode } from "./codes.js";
import { checkCrossYear } from "./crossYear.js";
import { type AgencyLevel, checkPublishedLate } from "./deadline.js";
import { type Finding, type FindingDraft, localizeFindings } from "./finding.js";
import { checkFeeReported, checkNarrative } from "./narrative.js";
import { checkEmptySections, checkStockBelowFlow, checkTemplateYear } from "./structure.js";

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** Last year's report (a `Report` or canonical JSON), for the cross-year rules. */
  readonly previous?: unknown;
  /** Language of the messages; `'zh'` by default. */
  readonly locale?: Locale | undefined;
  /** Severity overrides by code, e.g. `{ STOCK_FLOW: 'info' }`. */
  readonly severity?: Partial<Record<RuleCode, Severity>> | undefined;
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

const SEVERITIES: readonly unknown[] = ["error", "warning", "info"];

function field(options: unknown, key: string): unknown {
  if (typeof options !== "object" || options === null) return undefined;
  try {
    return (options as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

interface Settings {
  readonly previous: unknown;
  readonly locale: Locale;
  readonly severity: Partial<Record<RuleCode, Severity>>;
  readonly agencyLevel: AgencyLevel | undefined;
  readonly publishedOn: string | undefined;
}

/** Options as given, keeping only well-formed values: a wrong option is ignored, never thrown. */
function settingsOf(options: unknown): Settings {
  const severity: Partial<Record<RuleCode, Severity>> = {};
  const overrides = field(options, "severity");
  if (typeof overrides === "object" && overrides !== null) {
    for (const [code, level] of Object.entries(overrides)) {
      if (isRuleCode(code) && SEVERITIES.includes(level)) severity[code] = level as Severity;
    }
  }
  const level = field(options, "agencyLevel");
  const publishedOn = field(options, "publishedOn");
  return {
    previous: field(options, "previous"),
    locale: field(options, "locale") === "en" ? "en" : "zh",
    severity,
    agencyLevel: level === "department" || level === "government" ? level : undefined,
    publishedOn: typeof publishedOn === "string" ? publishedOn : undefined,
  };
}

/** Last year's report when it is one and fits: a year other than `year − 1` disables the rules. */
function previousOf(report: Report, previous: unknown): Report | undefined {
  if (previous === undefined || previous === null) return undefined;
  const { report: last } = readReport(previous, { decimals: true });
  if (last === undefined) return undefined;
  if (report.year !== null && last.year !== null && last.year !== report.year - 1) return undefined;
  return last;
}

function drafts(
  report: Report,
  read: readonly FindingDraft[],
  settings: Settings,
  meter: Meter | undefined,
): FindingDraft[] {
  const reported = read.map((d) => d.path);
  const previous = previousOf(report, settings.previous);
  return [
    ...read,
    ...checkEmptySections(report, meter),
    ...checkTemplateYear(report),
    ...checkBlankCells(report, reported),
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
    ok: !findings.some((f) => f.severity === "error"),
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
  try {
    const settings = settingsOf(options);
    const read = readReport(report, { decimals: true });
    const words = { locale: settings.locale, severity: settings.severity };
    if (read.report === undefined) return result(localizeFindings(read.drafts, words));
    const all = drafts(read.report, read.drafts, settings, meter);
    return result(localizeFindings(all, { ...words, template: read.report.template }));
  } catch {
    // Unreachable for plain data; a hostile object (a Proxy, a throwing getter) lands here.
    return result(
      localizeFindings([{ code: "CELL_TYPE", path: [], expected: "report object", actual: "?" }]),
    );
  }
}
