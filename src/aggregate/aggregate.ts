/**
 * `aggregate`: a consolidated (汇总) report from the reports of the departments and townships a
 * government's report covers (format-spec §7.3 S6, §10).
 *
 * @module
 */
import { deepFreeze } from "../model/freeze.js";
import type { Agency, Report, ReportMeta } from "../model/report.js";
import { isRuleCode, type RuleCode, type Severity } from "../rules/codes.js";
import type { Finding } from "../rules/finding.js";
import type { TemplateVersion } from "../templates/types.js";
import { field, isObject } from "./cells.js";
import { consolidate } from "./consolidate.js";
import { type WordingOptions, word } from "./findings.js";

/** What the consolidated report says of itself; its tables come from the members. */
export interface AggregateInit {
  /** The consolidating agency, e.g. 某县人民政府 (a name or an {@link Agency}). */
  readonly agency: string | Agency;
  /** The reporting year; the first member's when omitted. */
  readonly year?: number;
  /** The template; the first member's when omitted (members of another template are refused). */
  readonly template?: TemplateVersion;
  readonly meta?: ReportMeta;
  readonly preamble?: string;
  readonly overview?: string;
  readonly problemsAndImprovements?: string;
  readonly otherMatters?: string;
}

/** Options of {@link aggregate}. */
export type AggregateOptions = WordingOptions;

/** What {@link aggregate} returns. */
export interface AggregateResult {
  /** The consolidated report, deeply frozen. */
  readonly report: Report;
  /** Refused members, members' broken identities, and cells not summed (see docs/consolidating.md). */
  readonly findings: readonly Finding[];
}

const SEVERITIES: readonly unknown[] = ["error", "warning", "info"];

const TEXT_KEYS = ["preamble", "overview", "problemsAndImprovements", "otherMatters"] as const;

/** Wording options as given, read defensively (a wrong option is ignored, never thrown). */
export function wordingOf(options: unknown): WordingOptions {
  const severity: Partial<Record<RuleCode, Severity>> = {};
  const overrides = field(options, "severity");
  if (isObject(overrides)) {
    for (const code of Object.keys(overrides)) {
      const level = field(overrides, code);
      if (isRuleCode(code) && SEVERITIES.includes(level)) severity[code] = level as Severity;
    }
  }
  return { locale: field(options, "locale") === "en" ? "en" : "zh", severity };
}

function agencyOf(init: unknown): Agency {
  const agency = field(init, "agency");
  if (typeof agency === "string") return { name: agency };
  const name = field(agency, "name");
  return { name: typeof name === "string" ? name : null };
}

function metaOf(init: unknown): ReportMeta | undefined {
  const meta = field(init, "meta");
  if (!isObject(meta)) return undefined;
  const copy: Record<string, string | null> = {};
  for (const key of Object.keys(meta)) {
    const value = field(meta, key);
    if (typeof value === "string" || value === null) copy[key] = value;
  }
  return copy;
}

/**
 * Consolidates the reports of the members of a region into one report.
 *
 * Every leaf cell of tables 二, 三 and 四 is the sum of the members' cells (amounts exactly, 2019
 * 本年增/减 signed); every total is recomputed from the summed leaves through the template's
 * identities, never summed. Members of another template or year, duplicates (the same agency name
 * twice) and non-reports are refused with an `AGGREGATE_MISMATCH` finding and not summed. A member's
 * blank, marked, absent or ill-typed leaf is not counted: the consolidated cell is the sum of the
 * known values, and a `CELL_BLANK` (or `CELL_TYPE`) finding at that cell names the member's cell in
 * `related` (`["members", index, table, row, column]`). A member's own broken total is reported
 * with the identity's code at `["members", index, table, row, column]`. Never throws; inputs are
 * not changed.
 *
 * @param reports - The members' reports.
 * @param init - The consolidating agency, and optionally year, template, meta and texts.
 * @param options - `locale` (`'zh'` default, `'en'`) and `severity` overrides for the findings.
 * @returns The deeply frozen consolidated report and the findings.
 * @example
 * ```ts
 * const { report, findings } = aggregate([townA, townB, townC], { agency: "某县人民政府" });
 * report.applications?.newlyReceived.total; // townA's + townB's + townC's
 * findings; // [] when every member is complete and consistent
 * ```
 */
export function aggregate(
  reports: readonly Report[],
  init: AggregateInit,
  options: AggregateOptions = {},
): AggregateResult {
  const summed = consolidate(reports, field(init, "template"), field(init, "year"));
  const report: Record<string, unknown> = {
    formatVersion: 1,
    template: summed.template,
    year: summed.year,
    agency: agencyOf(init),
  };
  const meta = metaOf(init);
  if (meta !== undefined) report["meta"] = meta;
  const text = (key: (typeof TEXT_KEYS)[number]) => {
    const value = field(init, key);
    if (typeof value === "string") report[key] = value;
  };
  text("preamble");
  text("overview");
  for (const [table, rows] of Object.entries(summed.tables)) report[table] = rows;
  text("problemsAndImprovements");
  text("otherMatters");
  return deepFreeze({
    report: report as unknown as Report,
    findings: word(summed.pending, summed.template, wordingOf(options)),
  });
}
