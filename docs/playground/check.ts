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
  type ParseOptions,
  type ParseResult,
  parseHTML,
  parseText,
  type Report,
  type SniffedSource,
  sniffSource,
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

/** A checked report: the findings of reading and of every rule, counted. */
export interface Checked {
  readonly report: Report | undefined;
  readonly findings: readonly Finding[];
  readonly counts: Counts;
  /** The notice whose format the report follows (国办公开办函〔2021〕30号), when there is a report. */
  readonly instrument: string | undefined;
}

const keyOf = (f: Finding) => `${f.code}|${f.path.map(String).join(".")}`;

/**
 * The findings of reading, then those of the rules; a rule finding the reader already gave (same
 * code and path) counts once.
 */
function merge(first: readonly Finding[], second: readonly Finding[]): Finding[] {
  const seen = new Set(first.map(keyOf));
  return [...first, ...second.filter((f) => !seen.has(keyOf(f)))];
}

/** Counts findings by severity. */
export function countFindings(findings: readonly Finding[]): Counts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * Validates what a reading gave, with last year's report for the cross-year rules (CARRY_OVER,
 * STOCK_FLOW, REPEATED_TEXT) when there is one, and merges the findings of both.
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
  const findings = merge(reading.findings, rules);
  return {
    report: reading.report,
    findings,
    counts: countFindings(findings),
    instrument: reading.report && templates[reading.report.template].instrument,
  };
}

/** A file name for an export of a report: agency and year, without characters file systems refuse. */
export function exportName(report: Report | undefined, extension: string): string {
  const parts = [report?.agency?.name, report?.year ?? undefined].filter(
    (part) => part !== undefined && part !== "",
  );
  const base = parts.join("-").replace(/[\\/:*?"<>|\s]+/g, "_") || "report";
  return `${base}.${extension}`;
}
