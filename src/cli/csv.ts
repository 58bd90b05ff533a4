// CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it
// holds a comma, a quote, a line break or edge spaces, quotes inside doubled. Excel and WPS open
// UTF-8 only with a byte order mark, which the writer of the whole file puts first (CSV_BOM).

/** The byte order mark that makes Excel and WPS read the file as UTF-8. */
export const CSV_BOM = "\uFEFF";

/** One field, quoted when needed. */
export function csvField(value: string | number | undefined | null): string {
  const text = value === undefined || value === null ? "" : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, with its line end. */
export function csvRow(values: readonly (string | number | undefined | null)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** A finding's columns, after the file's (and, numbered, its report's). */
// `detail` last: a column added after the first release, so that readers by position keep theirs.
const FINDING_COLUMNS = ["code", "severity", "path", "message", "expected", "actual", "detail"];

/** The columns of `validate --format csv`: one row per finding. */
export const CSV_HEADER = csvRow(["file", ...FINDING_COLUMNS]);

/** The columns of `validate --format csv --all-reports`: each report's number after its file. */
export const CSV_HEADER_NUMBERED = csvRow(["file", "report", ...FINDING_COLUMNS]);
