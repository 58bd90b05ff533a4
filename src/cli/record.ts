// One record per input, whatever happened to it, and its three writings: a JSON line, CSV rows
// (one per finding) and a block of text. The key order is fixed, so that output is the same
// byte for byte however the work was shared out.
import type { Finding, Locale, TemplateVersion, UnreadableReason } from "../index.js";
import { csvRow } from "./csv.js";
import { formatFindings } from "./report.js";
import type { InputErrorCode } from "./words.js";

/** A report that was read (and validated). */
export interface ReportRecord {
  readonly file: string;
  /** False when a finding is an error. */
  readonly ok: boolean;
  readonly template: TemplateVersion | null;
  readonly year: number | null;
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
  readonly findings: readonly Finding[];
}

/** An input that gave no report. */
export interface ErrorRecord {
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

/**
 * The record written in a format. CSV: an input without findings gets one row with the code
 * empty, and an input without a report one row with its error code, so that every input is in
 * the file.
 */
export function formatRecord(
  record: FileRecord,
  format: "json" | "csv" | "text",
  locale: Locale,
): string {
  if (format === "json") return `${JSON.stringify(record)}\n`;
  if ("error" in record) {
    const { code, message, reason } = record.error;
    // The reason where a finding has its `actual`.
    return format === "csv"
      ? csvRow([record.file, code, "error", "", message, "", reason ?? ""])
      : `${record.file}: ${code} ${message}\n`;
  }
  if (format === "text") {
    return formatFindings(record.file, record.template ?? undefined, record.findings, locale);
  }
  if (record.findings.length === 0) return csvRow([record.file, "", "", "", "", "", ""]);
  return record.findings
    .map((f) =>
      csvRow([record.file, f.code, f.severity, f.path.join("."), f.message, f.expected, f.actual]),
    )
    .join("");
}
