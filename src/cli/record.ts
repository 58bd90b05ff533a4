// One record per input, whatever happened to it, and its three writings: a JSON line, CSV rows
// (one per finding) and a block of text. The key order is fixed, so that output is the same
// byte for byte however the work was shared out.
import type { Finding, Locale, TemplateVersion, UnreadableReason } from "../index.js";
import { csvRow } from "./csv.js";
import { formatFindings } from "./report.js";
import type { InputErrorCode } from "./words.js";

/** The findings of a report by severity. */
export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/**
 * With `--all-reports`: which report of its file a record is (from 1), of how many. A file of
 * one report, or one that gave none, is report 1 of 1.
 */
export interface ReportNumber {
  readonly report?: number;
  readonly reports?: number;
}

/** A report that was read (and validated). */
export interface ReportRecord extends ReportNumber {
  readonly file: string;
  /** False when a finding is an error. */
  readonly ok: boolean;
  readonly template: TemplateVersion | null;
  readonly year: number | null;
  readonly counts: FindingCounts;
  readonly findings: readonly Finding[];
}

/** An input that gave no report. */
export interface ErrorRecord extends ReportNumber {
  readonly file: string;
  readonly error: {
    readonly code: InputErrorCode;
    /** `SOURCE_UNREADABLE`'s reason (`UnreadableReason`): why the document could not be read. */
    readonly reason?: UnreadableReason;
    readonly message: string;
  };
}

export type FileRecord = ReportRecord | ErrorRecord;

/** The record of a report, its findings counted by severity. */
export function reportRecord(
  file: string,
  template: TemplateVersion | undefined,
  year: number | undefined,
  findings: readonly Finding[],
): ReportRecord {
  const count = (severity: Finding["severity"]) =>
    findings.filter((finding) => finding.severity === severity).length;
  const counts = { error: count("error"), warning: count("warning"), info: count("info") };
  return {
    file,
    ok: counts.error === 0,
    template: template ?? null,
    year: year ?? null,
    counts,
    findings,
  };
}

/** The record numbered as report `report` of `reports` of its file: the numbers after `file`. */
export function numbered(record: FileRecord, report: number, reports: number): FileRecord {
  const { file, ...rest } = record;
  return { file, report, reports, ...rest } as FileRecord;
}

/**
 * The record written in a format. A numbered record (`--all-reports`) has its number after the
 * file: a key of its JSON, a CSV column (`report`, see `CSV_HEADER_NUMBERED`), `file#2` in text. CSV: an input without findings gets one row with the code
 * empty, and an input without a report one row with its error code, so that every input is in
 * the file.
 */
export function formatRecord(
  record: FileRecord,
  format: "json" | "csv" | "text",
  locale: Locale,
): string {
  if (format === "json") return `${JSON.stringify(record)}\n`;
  const { file, report } = record;
  // The columns before the finding's: the file, and its report's number when numbered.
  const lead = report === undefined ? [file] : [file, report];
  if ("error" in record) {
    const { code, message, reason } = record.error;
    // The reason where a finding has its `actual`.
    return format === "csv"
      ? csvRow([...lead, code, "error", "", message, "", reason ?? "", ""])
      : `${report === undefined ? file : `${file}#${report}`}: ${code} ${message}\n`;
  }
  if (format === "text") {
    const label = report === undefined ? file : `${file}#${report}`;
    return formatFindings(label, record.template ?? undefined, record.findings, locale);
  }
  if (record.findings.length === 0) return csvRow([...lead, "", "", "", "", "", "", ""]);
  return record.findings
    .map((f) =>
      csvRow([
        ...lead,
        f.code,
        f.severity,
        f.path.join("."),
        f.message,
        f.expected,
        f.actual,
        f.detail,
      ]),
    )
    .join("");
}
