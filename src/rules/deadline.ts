/**
 * PUBLISHED_LATE: the statutory publication deadline (条例 art. 49). Departments of governments at
 * county level and above publish by 31 January of the next year; the people's governments' own
 * reports by 31 March. Township reports have local deadlines only (format-spec §10), so without an
 * `agencyLevel` the lenient 31 March applies.
 *
 * @module
 */

import type { FindingDraft } from "../findings/finding.js";
import { format, isAfter, isValid, parseISO } from "../model/dates.js";
import { ISO_DATE_PATTERN } from "../model/domains.js";
import type { Report } from "../model/report.js";

/** Who publishes the report: a government department, or a people's government itself. */
export type AgencyLevel = "department" | "government";

/**
 * The last day a report for `year` may be published (ISO date), per 条例 art. 49.
 *
 * @example
 * ```ts
 * publicationDeadline(2022, "department"); // '2023-01-31'
 * publicationDeadline(2022, "government"); // '2023-03-31'
 * publicationDeadline(2022, undefined); // '2023-03-31' (lenient)
 * ```
 */
export function publicationDeadline(year: number, level: AgencyLevel | undefined): string {
  const monthDay = level === "department" ? "01-31" : "03-31";
  return `${String(year + 1).padStart(4, "0")}-${monthDay}`;
}

function isoDate(value: unknown): Date | undefined {
  if (typeof value !== "string" || !ISO_DATE_PATTERN.test(value)) return undefined;
  const date = parseISO(value);
  return isValid(date) ? date : undefined;
}

/** PUBLISHED_LATE: `publishedOn` (the option, else `meta.publishedOn`) after the deadline. */
export function checkPublishedLate(
  report: Report,
  options: {
    readonly publishedOn?: string | undefined;
    readonly agencyLevel?: AgencyLevel | undefined;
  },
): FindingDraft[] {
  if (report.year === null) return [];
  const published = isoDate(options.publishedOn) ?? isoDate(report.meta?.publishedOn);
  if (published === undefined) return [];
  const deadline = publicationDeadline(report.year, options.agencyLevel);
  if (!isAfter(published, parseISO(deadline))) return [];
  return [
    {
      code: "PUBLISHED_LATE",
      path: ["meta", "publishedOn"],
      expected: deadline,
      actual: format(published, "yyyy-MM-dd"),
    },
  ];
}
