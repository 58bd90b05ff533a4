/**
 * What the playground does with what it is given, without the page: tell what a source is, read
 * it with the reader of its format, validate the report (against last year's when there is one),
 * and count what was found. No DOM here, so that `npm test` runs it in Node; the Word and PDF
 * readers are handed in (the page loads them when a file needs them).
 *
 * Everything goes through the library's public entries.
 */
import {
  type Finding,
  fromJSON,
  type Locale,
  newRuleFindings,
  type ParseOptions,
  type ParseResult,
  parseHTML,
  parseText,
  type Report,
  type SniffedSource,
  sniffSource,
  tableLayout,
  templates,
  validate,
} from "../../src/index.js";

/** What the user gave: text typed or pasted (with the page's HTML when one was pasted), or a file. */
export type Source =
  | { readonly kind: "text"; readonly text: string; readonly html?: string }
  | { readonly kind: "file"; readonly name: string; readonly bytes: Uint8Array };

/** A reader of a document's bytes (`parseDocx`, `parsePdf`). */
export type BytesReader = (bytes: Uint8Array, options?: ParseOptions) => Promise<ParseResult>;

/** The readers of documents, loaded when a document of their format is opened. */
export interface DocumentReaders {
  readonly docx: () => Promise<BytesReader>;
  readonly pdf: () => Promise<BytesReader>;
}

/** Why a source gave no reading: nothing in it, bytes of no text, or a format no reader takes. */
export type Refusal =
  | { readonly reason: "empty" }
  | { readonly reason: "binary"; readonly what: string }
  | { readonly reason: "unsupported"; readonly format: "doc" | "rtf" | "mht" };

/** A source read: the report (when one was found) and what its reader found. */
export type Reading =
  | {
      readonly ok: true;
      readonly format: "text" | "html" | "json" | "docx" | "pdf";
      readonly report: Report | undefined;
      readonly findings: readonly Finding[];
    }
  | ({ readonly ok: false } & Refusal);

const encoder = new TextEncoder();

/** What a source is: a file by its bytes (and name), text as the bytes it would be saved as. */
function sniffed(source: Source): SniffedSource {
  if (source.kind === "file") return sniffSource(source.bytes, { name: source.name });
  if (source.html !== undefined && source.html.trim() !== "") {
    return { kind: "text", format: "html", text: source.html };
  }
  return sniffSource(encoder.encode(source.text));
}

/**
 * Reads a source with the reader of its format. Never rejects: the readers never throw, and a
 * source no reader takes is a {@link Refusal}.
 */
export async function readSource(
  source: Source,
  readers: DocumentReaders,
  locale: Locale,
): Promise<Reading> {
  const what = sniffed(source);
  if (what.kind === "empty") return { ok: false, reason: "empty" };
  if (what.kind === "binary") return { ok: false, reason: "binary", what: what.what };
  if (what.kind === "unsupported") return { ok: false, reason: "unsupported", format: what.format };
  const options = { locale };
  if (what.kind === "bytes") {
    // Only a file is sniffed as a document.
    const bytes = source.kind === "file" ? source.bytes : new Uint8Array();
    const read = await (await readers[what.format]())(bytes, options);
    return { ok: true, format: what.format, report: read.report, findings: read.findings };
  }
  const read =
    what.format === "json"
      ? fromJSON(what.text, options)
      : what.format === "html"
        ? parseHTML(what.text, options)
        : parseText(what.text, options);
  return { ok: true, format: what.format, report: read.report, findings: read.findings };
}

/** The counts of findings by severity. */
export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/**
 * A checked report. Its findings come in two lists, by where they came from: what `validate`
 * found in the report (sums, totals, narrative against table, cross-year: the report's own
 * problems), and what its reader found (cells it could not read, digits it split, sections it
 * did not find, bytes not of the format: problems of reading, not necessarily of the report).
 */
export interface Checked {
  readonly report: Report | undefined;
  /** Every finding, the problems of reading then the report's (what its cells are marked with). */
  readonly findings: readonly Finding[];
  /**
   * The report's own problems, errors first: the rules' findings (`validate`), and a reader's
   * about the report's content ({@link REPORT_CODES}).
   */
  readonly problems: readonly Finding[];
  /** The reader's findings, errors first: what got in the way of reading. */
  readonly reading: readonly Finding[];
  /** The report's problems, counted by severity. */
  readonly counts: Counts;
  /** The problems of reading, counted by severity. */
  readonly readingCounts: Counts;
  /** Cells of the report's tables its reader could not fill ({@link unreadCells}). */
  readonly unreadCells: number;
  /** The notice whose format the report follows (国办公开办函〔2021〕30号), when there is a report. */
  readonly instrument: string | undefined;
}

/**
 * Codes a reader gives about the report's own content, not about reading it: a subtotal printed
 * on a group's line that its rows do not add up to (T3_SUBTOTAL) is the report's arithmetic, which
 * only a reader can check, since the report keeps no subtotal cells.
 */
const REPORT_CODES: ReadonlySet<string> = new Set(["T3_SUBTOTAL"]);

/**
 * How many cells of the tables the report has are absent: not read, whatever the finding that
 * says why (a cell of words, a row whose values no single place fits, a group read by no order).
 * Blank and marked cells were read. Tables the report lacks are not counted (SECTION_MISSING).
 */
export function unreadCells(report: Report | undefined): number {
  if (report === undefined) return 0;
  const tables = report as unknown as Readonly<
    Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined>
  >;
  let count = 0;
  for (const table of tableLayout(report.template)) {
    const rows = tables[table.key];
    if (rows === undefined) continue;
    for (const row of table.rows)
      for (const column of row.columns) if (rows[row.key]?.[column.key] === undefined) count++;
  }
  return count;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors, then warnings, then information; in the order found within each (a stable sort). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}

/** Counts findings by severity. */
export function countFindings(findings: readonly Finding[]): Counts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * Validates what a reading gave, with last year's report for the cross-year rules (CARRY_OVER,
 * STOCK_FLOW, REPEATED_TEXT) when there is one, and keeps the findings of both apart: the reader's
 * are problems of reading, the rules' problems of the report. A rule finding the reader already
 * gave (an absent section: both say SECTION_MISSING) stays the reader's.
 */
export function checkReading(
  reading: Extract<Reading, { ok: true }>,
  previous: Report | undefined,
  locale: Locale,
): Checked {
  const rules =
    reading.report === undefined
      ? []
      : validate(reading.report, { locale, ...(previous !== undefined && { previous }) }).findings;
  const ofReport = reading.findings.filter((f) => REPORT_CODES.has(f.code));
  const ofReading = reading.findings.filter((f) => !REPORT_CODES.has(f.code));
  const problems = [...ofReport, ...newRuleFindings(reading.findings, rules)];
  return {
    report: reading.report,
    findings: [...ofReading, ...problems],
    problems: bySeverity(problems),
    reading: bySeverity(ofReading),
    counts: countFindings(problems),
    readingCounts: countFindings(ofReading),
    unreadCells: unreadCells(reading.report),
    instrument: reading.report && templates[reading.report.template].instrument,
  };
}

/** An item of a list of findings: one finding, or many of one code under one line. */
export type ListItem =
  | { readonly kind: "one"; readonly finding: Finding }
  | {
      readonly kind: "group";
      readonly code: Finding["code"];
      readonly findings: readonly Finding[];
    };

/**
 * The items of a list of findings: the findings of a code that comes `atLeast` times or more
 * under one item, where its first finding was; the others one by one, in their order.
 */
export function listItems(findings: readonly Finding[], atLeast = 4): ListItem[] {
  const ofCode = new Map<string, Finding[]>();
  for (const f of findings) {
    const same = ofCode.get(f.code);
    if (same === undefined) ofCode.set(f.code, [f]);
    else same.push(f);
  }
  const items: ListItem[] = [];
  const placed = new Set<string>();
  for (const f of findings) {
    const same = ofCode.get(f.code) ?? [f];
    if (same.length < atLeast) items.push({ kind: "one", finding: f });
    else if (!placed.has(f.code)) {
      placed.add(f.code);
      items.push({ kind: "group", code: f.code, findings: same });
    }
  }
  return items;
}

/** A file name for an export of a report: agency and year, without characters file systems refuse. */
export function exportName(report: Report | undefined, extension: string): string {
  const parts = [report?.agency?.name, report?.year ?? undefined].filter(
    (part) => part !== undefined && part !== "",
  );
  const base = parts.join("-").replace(/[\\/:*?"<>|\s]+/g, "_") || "report";
  return `${base}.${extension}`;
}
