/**
 * `readDocument`: a {@link SourceDocument} (paragraphs and table grids, as an HTML, Word or PDF
 * reader finds them, or as a user's own extractor builds them) read through the one pipeline that
 * `parseText` uses: the document is rendered to text for the front matter, year, headings and
 * prose, and every table section printed as grids is read from its grids by the grid mapper.
 *
 * @module
 */
import type { FindingDraft } from "../findings/finding.js";
import { localizeFindings } from "../findings/finding.js";
import { isPlainObject, own, show, snapshot } from "../model/input.js";
import type { Meter } from "../text/meter.js";
import { type Block, type GridCell, pictureBlock, type SourceDocument } from "./grid.js";
import {
  everyReport,
  type OwnOption,
  type ParseOptions,
  type ParseResult,
  type ParseSettings,
  parsed,
  type Reading,
  readRendered,
  settingsOf,
} from "./text.js";

/**
 * The largest span a cell keeps. HTML caps `colspan` at 1000 and `rowspan` at 65534; no table of a
 * report is wider than about twenty columns, and a span past the end of its table stops there, so
 * a smaller cap costs nothing real and keeps a hostile span from filling a huge matrix.
 */
export const MAX_SPAN = 64;

function spanOf(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return 1;
  return Math.min(MAX_SPAN, Math.max(1, Math.floor(value)));
}

function cellOf(value: unknown): GridCell {
  if (!isPlainObject(value)) return { text: "" };
  const text = own(value, "text");
  const rowSpan = spanOf(own(value, "rowSpan"));
  const colSpan = spanOf(own(value, "colSpan"));
  return {
    text: typeof text === "string" ? text : "",
    ...(rowSpan > 1 && { rowSpan }),
    ...(colSpan > 1 && { colSpan }),
  };
}

function blockOf(value: unknown): Block | undefined {
  if (!isPlainObject(value)) return undefined;
  const kind = own(value, "kind");
  if (kind === "text") {
    const text = own(value, "text");
    if (typeof text !== "string") return undefined;
    return own(value, "navigation") === true ? { kind, text, navigation: true } : { kind, text };
  }
  if (kind === "image") {
    const name = own(value, "name");
    return pictureBlock(typeof name === "string" ? name : undefined);
  }
  const grid = own(value, "grid");
  if (kind !== "table" || !isPlainObject(grid)) return undefined;
  const rows = own(grid, "rows");
  if (!Array.isArray(rows)) return undefined;
  return {
    kind,
    grid: {
      rows: rows.map((row) => (Array.isArray(row) ? row.map(cellOf) : [])),
      ...(own(grid, "inferred") === true && { inferred: true }),
      ...(own(grid, "acrossOnly") === true && { acrossOnly: true }),
    },
  };
}

/**
 * The document as plain data, spans capped, or `undefined` when the value is no document. A block
 * of no known kind is skipped: it holds nothing the reader could place.
 */
export function documentOf(value: unknown): SourceDocument | undefined {
  const copy = snapshot(value);
  if (!isPlainObject(copy)) return undefined;
  const blocks = own(copy, "blocks");
  if (!Array.isArray(blocks)) return undefined;
  return {
    blocks: blocks.map(blockOf).filter((block): block is Block => block !== undefined),
  };
}

/**
 * Reads a {@link SourceDocument} (paragraphs and tables in reading order, merged cells written
 * once with their spans) into a report and findings, through the same pipeline as `parseText`.
 * Tables are read from their grids by the labels printed in them: a number goes into a cell only
 * when its row label and its column header (or the table's identities) leave exactly one place;
 * otherwise the cell is absent and a finding quotes the printed values. Never throws.
 *
 * Use it when you have your own extractor (an OCR service, a spreadsheet, another document
 * format): hand in what it found, and the library does the rest.
 *
 * @param document - The blocks of the report in reading order.
 * @param options - As for `parseText`: `locale`, `severity`, `year`, `template`.
 * @returns `ok` (no `error` finding), the report and the findings, as `parseText` returns them.
 * @example
 * ```ts
 * const { report } = readDocument({
 *   blocks: [
 *     { kind: "text", text: "某镇2022年政府信息公开工作年度报告" },
 *     { kind: "text", text: "四、政府信息公开行政复议、行政诉讼情况" },
 *     {
 *       kind: "table",
 *       grid: {
 *         rows: [
 *           [{ text: "行政复议", colSpan: 5 }, { text: "行政诉讼", colSpan: 10 }],
 *           // … the header rows, then the one row of fifteen values
 *         ],
 *       },
 *     },
 *   ],
 * });
 * report?.year; // 2022
 * ```
 */
export function readDocument(document: SourceDocument, options: ParseOptions = {}): ParseResult {
  return readDocumentMetered(document, options, undefined);
}

/**
 * Reads every report of a {@link SourceDocument} that holds several one after another (a
 * compilation), each as {@link readDocument} reads a report alone; a document of one report gives
 * a list of one. See `parseTextReports` for how a further report is found.
 *
 * @param document - The blocks of the compilation in reading order.
 * @param options - As for `readDocument`; they apply to every report.
 * @returns One `{ ok, report, findings }` per report, in the order printed; never empty.
 * @example
 * ```ts
 * const results = readDocumentReports(myExtractor(file));
 * for (const { report, findings } of results) console.log(report?.agency.name, findings.length);
 * ```
 */
export function readDocumentReports(
  document: SourceDocument,
  options: ParseOptions = {},
): readonly ParseResult[] {
  return everyReport(readDocumentMetered(document, options, undefined, [], true));
}

/**
 * Internal: {@link readDocument}, counting its work in `meter`, for the linear-time tests; with
 * `all`, every report of a compilation (see {@link Reading}).
 */
export function readDocumentMetered(
  document: SourceDocument,
  options: ParseOptions,
  meter: Meter | undefined,
  own: readonly OwnOption[] = [],
  all = false,
): Reading {
  return readDocumentSettled(document, { ...settingsOf(options, own), all }, meter);
}

/**
 * Internal: {@link readDocument} with its options already read (`settingsOf`), for a reader that
 * reads twice with the same options (parseHTML, a mojibake page read again).
 */
export function readDocumentSettled(
  document: SourceDocument,
  settings: ParseSettings,
  meter: Meter | undefined,
): Reading {
  const checked = documentOf(document);
  if (checked === undefined) {
    const draft: FindingDraft = {
      code: "CELL_TYPE",
      path: [],
      expected: "SourceDocument",
      actual: show(document),
    };
    return parsed(undefined, localizeFindings([...settings.drafts, draft], settings.words));
  }
  return readRendered(checked, settings, meter);
}
