/**
 * `aggregate`: a consolidated (汇总) report from the reports of the departments and townships a
 * government's report covers (format-spec §7.3 S6, §10).
 *
 * @module
 */

import { type Finding, isOk } from "../findings/finding.js";
import { type CommonOptions, readOptions } from "../findings/options.js";
import { isComplete } from "../model/complete.js";
import { deepFreeze } from "../model/freeze.js";
import { snapshot } from "../model/input.js";
import { TEXT_KEYS_AFTER, TEXT_KEYS_BEFORE, type TextKey } from "../model/keys.js";
import type { Agency, CompleteReport, Report, ReportMeta } from "../model/report.js";
import type { TemplateVersion } from "../templates/types.js";
import { field, isObject } from "./cells.js";
import { consolidate } from "./consolidate.js";
import { word } from "./findings.js";

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

/** Options of {@link aggregate}: `locale` and `severity`. */
export interface AggregateOptions extends CommonOptions {}

/**
 * What {@link aggregate} returns. `ok` is true when the consolidated report is complete (every cell
 * of its tables a number) and no finding is an `error`; then `report` is a {@link CompleteReport}.
 */
export type AggregateResult =
  | {
      readonly ok: true;
      readonly report: CompleteReport;
      /** Refused members, members' broken identities, cells not summed (docs/consolidating.md). */
      readonly findings: readonly Finding[];
    }
  | {
      readonly ok: false;
      /** The consolidated report, deeply frozen, with the cells that could not be summed absent. */
      readonly report: Report;
      readonly findings: readonly Finding[];
    };

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
 * `related` (`["members", index, table, row, column]`). A member's own broken identity is reported
 * with the identity's code at `["members", index, table, row, column]`, judged as `validate` judges
 * it (the same evaluator: a blank, marked or absent operand is an unknown count, and an identity is
 * reported only where that leaves it broken). Never throws; inputs are not changed.
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
  const read = readOptions(options, []);
  // Snapshots: nothing below meets a getter or a Proxy that throws.
  const members = snapshot(reports);
  const given = snapshot(init);
  const summed = consolidate(members, field(given, "template"), field(given, "year"));
  const report: Record<string, unknown> = {
    formatVersion: 1,
    template: summed.template,
    year: summed.year,
    agency: agencyOf(given),
  };
  const meta = metaOf(given);
  if (meta !== undefined) report["meta"] = meta;
  const text = (key: TextKey) => {
    const value = field(given, key);
    if (typeof value === "string") report[key] = value;
  };
  for (const key of TEXT_KEYS_BEFORE) text(key);
  for (const [table, rows] of Object.entries(summed.tables)) report[table] = rows;
  for (const key of TEXT_KEYS_AFTER) text(key);
  const frozen = deepFreeze(report) as unknown as Report;
  const findings = word(summed.pending, summed.template, read, read.drafts);
  const ok = isComplete(frozen) && isOk(findings);
  return Object.freeze({
    ok,
    report: frozen,
    findings: Object.freeze(findings),
  }) as AggregateResult;
}
