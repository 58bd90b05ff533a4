/**
 * `parseHTML`: an HTML page or fragment through the HTML reader (`htmldom.ts`) and then the one
 * pipeline of every source (`readDocument`).
 *
 * @module
 */
import type { Meter } from "../text/meter.js";
import { readDocumentSettled } from "./document.js";
import { readShown } from "./htmldom.js";
import {
  everyReport,
  type ParseOptions,
  type ParseResult,
  type ParseSettings,
  parseTextMetered,
  type Reading,
  settingsOf,
  withAll,
  withMojibakeRead,
} from "./text.js";

/**
 * Reads a published report from HTML (a whole page or a fragment; what a government site serves,
 * what Word or WPS export, what `toHTML` writes) into a report and findings. The page is read with
 * a real HTML parser; each table becomes a grid with its merged cells, and the grids are read by
 * the labels printed in them (row labels and column headers), as `readDocument` does. Never throws.
 *
 * @param html - The markup.
 * @param options - As for `parseText`: `locale`, `severity`, `year`, `template`.
 * @returns `ok` (no `error` finding), the report and the findings.
 * @example
 * ```ts
 * const { report } = parseHTML(toHTML(seedReport));
 * report?.applications?.newlyReceived.total; // 70
 * ```
 */
export function parseHTML(html: string, options: ParseOptions = {}): ParseResult {
  return parseHTMLMetered(html, options, undefined);
}

/**
 * Reads every report of an HTML page that holds several one after another (a compilation, or a
 * page printing two years' reports), each as {@link parseHTML} reads a report alone; a page of
 * one report gives a list of one. See `parseTextReports` for how a further report is found.
 *
 * @param html - The markup.
 * @param options - As for `parseHTML`; they apply to every report.
 * @returns One `{ ok, report, findings }` per report, in the order printed; never empty.
 * @example
 * ```ts
 * const results = parseHTMLReports(page);
 * results.map((result) => result.report?.year); // [2022, 2021]
 * ```
 */
export function parseHTMLReports(html: string, options: ParseOptions = {}): readonly ParseResult[] {
  return everyReport(parseHTMLMetered(html, options, undefined, true));
}

/**
 * Internal: {@link parseHTML}, counting its work in `meter`, for the linear-time tests; with
 * `all`, every report of a compilation (see {@link Reading}).
 */
export function parseHTMLMetered(
  html: string,
  options: ParseOptions,
  meter: Meter | undefined,
  all = false,
): Reading {
  // Untyped callers: what is no text is reported as parseText reports it.
  if (typeof html !== "string") return parseTextMetered(html, options, meter, all);
  const settings = withAll(settingsOf(options), all);
  const read = (markup: string, settled: ParseSettings) =>
    readShown(markup, meter, (document) => readDocumentSettled(document, settled, meter));
  // A page decoded one byte a character by the pipeline that fetched it is read again from its
  // bytes, when it read as no report (mojibake.ts).
  return withMojibakeRead(html, settings, read(html, settings), read, meter);
}
