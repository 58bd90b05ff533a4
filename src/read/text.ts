/**
 * `parseText`: published report text in, typed report and findings out. One cleaning pass, then
 * the section headings, then each table read against the registry of the detected template.
 *
 * @module
 */

import {
  type Finding,
  type FindingDraft,
  isOk,
  type LocalizeOptions,
  localizeFindings,
} from "../findings/finding.js";
import { type CommonOptions, optionInvalid, readOptions } from "../findings/options.js";
import { deepFreeze } from "../model/freeze.js";
import { show } from "../model/input.js";
import type { Report } from "../model/report.js";
import type { TableKey } from "../templates/layout.js";
import { yearPatterns } from "../templates/page.js";
import {
  detectTemplateByKey,
  isTemplateVersion,
  TEMPLATE_VERSIONS_TEXT,
  templateDefinition,
  templateFor,
} from "../templates/registry.js";
import type { SectionKey, TemplateVersion } from "../templates/types.js";
import { isBlankCode } from "../text/blank.js";
import { hasAsciiDigit } from "../text/digits.js";
import { append } from "../text/lists.js";
import { type Meter, tick } from "../text/meter.js";
import { keyStream, toSimplified } from "../text/normalize.js";
import { quoteDepth } from "../text/quotes.js";
import { withTableAnchors } from "./anchors.js";
import { tableLines, takesRowsBetweenGrids, withRowsBetweenGrids } from "./betweengrids.js";
import {
  canonicalText,
  cleanText,
  looksLikeHtml,
  looksLikeMarkdown,
  type MarkdownBySource,
  markdownBySource,
} from "./clean.js";
import { laterReports, type ReportStart } from "./compilation.js";
import { readFront } from "./front.js";
import type { SourceDocument } from "./grid.js";
import { mapTable } from "./gridmap/index.js";
import { gridTables, withoutRanges } from "./gridtables.js";
import { readShown } from "./htmldom.js";
import { withLayoutMended } from "./layout.js";
import { withMixedTableMerged } from "./mixedtable.js";
import { redecoded } from "./mojibake.js";
import { type PlacedGrid, type PlacedImage, renderDocument, type TextRange } from "./render.js";
import { forgetTokens, type TableSource } from "./rows.js";
import { findHeadings, type HeadingCandidate, headingCandidates } from "./sections.js";
import { sniffText } from "./sniff.js";
import {
  readActiveDisclosure,
  readApplications,
  readReviews,
  type TableReading,
} from "./tables.js";
import { withUnreadCellsMerged } from "./unreadcells.js";

/** Options of {@link parseText}: `locale`, `severity`, and two overrides of what the text says. */
export interface ParseOptions extends CommonOptions {
  /** The reporting year, when the text does not say (or says it wrongly). */
  readonly year?: number | undefined;
  /** The template, instead of detecting it. */
  readonly template?: TemplateVersion | undefined;
}

/** What {@link parseText} returns. */
export interface ParseResult {
  /** False iff a finding is an `error` (after severity overrides). */
  readonly ok: boolean;
  /** The report, or `undefined` when no template can be told from the text or the options. */
  readonly report: Report | undefined;
  readonly findings: readonly Finding[];
}

/** The options as read: the overrides checked, a bad one reported and ignored. */
export interface ParseSettings {
  readonly words: Pick<LocalizeOptions, "locale" | "severity">;
  readonly year: number | undefined;
  readonly template: TemplateVersion | undefined;
  readonly drafts: readonly FindingDraft[];
  /**
   * Every report of a compilation is read (the `…Reports` readers), the ones after the first
   * given in {@link Reading}'s `later`; else the first alone, with `SOURCE_MULTIPLE_REPORTS`.
   */
  readonly all?: boolean;
}

/**
 * Internal: what a reader returns inside the library. With `settings.all`, a compilation's
 * reports after the first ride along in `later`, through the readers' own steps (a mojibake page
 * read again, a file reader's checks), to {@link everyReport}; the public single-report readers
 * never ask for them, so their results never hold `later`.
 */
export interface Reading extends ParseResult {
  readonly later?: readonly ParseResult[];
}

/**
 * Internal: a reading made into the list the `…Reports` readers return: the first report, then
 * each one after it, in the order printed. One report (or none) gives a list of one.
 */
export function everyReport(reading: Reading): readonly ParseResult[] {
  if (reading.later === undefined) return Object.freeze([reading]);
  const { later, ...first } = reading;
  return Object.freeze([Object.freeze(first), ...later]);
}

/**
 * An option a reader takes beyond the shared ones (`parsePdf`'s `cMaps`): its key, and what its
 * value must be, as `OPTION_INVALID` says when it is not. The reader takes the value itself.
 */
export interface OwnOption {
  readonly key: string;
  readonly expected: string;
  readonly valid: (value: unknown) => boolean;
}

/**
 * Internal: the options read and checked (shared with `readDocument`), `own` the reader's own
 * options, checked here too so that each bad one gives one `OPTION_INVALID` in its place.
 */
export function settingsOf(options: unknown, own: readonly OwnOption[] = []): ParseSettings {
  const read = readOptions(options, ["year", "template", ...own.map((option) => option.key)]);
  const drafts = [...read.drafts];
  const { year, template } = read.fields;
  const invalid = (key: string, value: unknown, expected: string) =>
    drafts.push(optionInvalid([key], expected, show(value)));
  const validYear = typeof year === "number" && Number.isSafeInteger(year);
  if (year !== undefined && !validYear) invalid("year", year, "an integer year");
  const validTemplate = isTemplateVersion(template);
  if (template !== undefined && !validTemplate) {
    invalid("template", template, TEMPLATE_VERSIONS_TEXT);
  }
  for (const { key, expected, valid } of own) {
    const value = read.fields[key];
    if (value !== undefined && !valid(value)) invalid(key, value, expected);
  }
  return {
    words: { locale: read.locale, severity: read.severity },
    year: validYear ? (year as number) : undefined,
    template: validTemplate ? (template as TemplateVersion) : undefined,
    drafts,
  };
}

/**
 * Internal: the settings read with `all` set, written field by field: `{ ...settings, all }` took
 * the runtime's slow path (an object spread followed by a property), about a microsecond a parse.
 */
export function withAll(settings: ParseSettings, all: boolean): ParseSettings {
  return {
    words: settings.words,
    year: settings.year,
    template: settings.template,
    drafts: settings.drafts,
    all,
  };
}

/** Internal: a frozen result. */
export function parsed(report: Report | undefined, findings: Finding[]): ParseResult {
  return Object.freeze({ ok: isOk(findings), report, findings: Object.freeze(findings) });
}

const TABLE_READERS: Partial<
  Record<SectionKey, (source: TableSource, version: TemplateVersion, meter?: Meter) => TableReading>
> = {
  activeDisclosure: readActiveDisclosure,
  applications: readApplications,
  reviewsAndLitigation: readReviews,
};

/**
 * A table's reading by its reader; the tokens split for it are let go then ({@link forgetTokens}:
 * nothing reads the source after its reader).
 */
function readTable(
  reader: (source: TableSource, version: TemplateVersion, meter?: Meter) => TableReading,
  source: TableSource,
  version: TemplateVersion,
  meter?: Meter,
): TableReading {
  const reading = reader(source, version, meter);
  forgetTokens(source);
  return reading;
}

/**
 * The text reader's reading of a table section's text outside its grids (see betweengrids.ts),
 * when that text prints a digit: its lines that may be a table's, on a key stream of their own,
 * read as a table body of its own.
 */
function textBetweenGrids(
  between: string,
  last: boolean,
  read: (source: Omit<TableSource, "markdown">) => TableReading,
  meter?: Meter,
): { readonly text: string; readonly reading: TableReading } | undefined {
  tick(meter, between.length);
  if (!hasAsciiDigit(between)) return undefined;
  // Its prose and notes left out: a sentence naming a row (`其中行政许可事项 5 项。`) prints no cell.
  // Its lines are read again to tell the rows printed whole (betweengrids.ts).
  tick(meter, 3 * between.length);
  const lines = tableLines(between);
  const shape = tableSource(lines, 0, lines.length, last, false, meter);
  const stream = keyStream(lines, meter);
  return { text: lines, reading: read({ ...shape, stream, anchored: false, opening: false }) };
}

/**
 * Where the document's table that ends the text of `[from, to)` starts (nothing but blanks after
 * the last grid that starts in it), or `undefined`.
 */
function endingGrid(
  text: string,
  grids: readonly PlacedGrid[],
  from: number,
  to: number,
  meter?: Meter,
): number | undefined {
  tick(meter, 1 + grids.length);
  let last: PlacedGrid | undefined;
  for (const grid of grids) if (grid.from >= from && grid.from < to) last = grid;
  if (last === undefined) return undefined;
  tick(meter, 1 + Math.max(0, to - last.to));
  for (let at = last.to; at < to; at++) if (!isBlankCode(text.charCodeAt(at))) return undefined;
  return last.from;
}

function tableSource(
  text: string,
  from: number,
  to: number,
  last: boolean,
  tabs: boolean,
  meter?: Meter,
): Omit<TableSource, "stream" | "markdown" | "anchored" | "opening"> {
  if (tabs) return { text, from, to, last, pipes: true, separated: true, tabs };
  let pipeLines = 0;
  let closed = 0;
  let separatedRow = false;
  // Only the lines holding a pipe count: the search goes from one such line's end to the next
  // pipe, past the lines between without looking at them. The searches read the body once.
  tick(meter, 1 + (to - from));
  for (let pipe = text.indexOf("|", from); pipe !== -1 && pipe < to; ) {
    const newline = text.indexOf("\n", pipe);
    const end = newline === -1 || newline > to ? to : newline;
    // Back to the line start (to the body's start at most), and back over the blanks at its end;
    // for a row, one more search (isSeparatedRow).
    const start = pipe === from ? from : Math.max(from, text.lastIndexOf("\n", pipe - 1) + 1);
    tick(meter, 1 + 3 * (end - start));
    pipeLines++;
    if (closedByPipe(text, pipe, end)) closed++;
    else if (!separatedRow) separatedRow = isSeparatedRow(text, start, pipe, end);
    pipe = end >= to ? -1 : text.indexOf("|", end + 1);
  }
  return {
    text,
    from,
    to,
    last,
    pipes: pipeLines >= 2,
    separated: closed * 2 < pipeLines || separatedRow,
    tabs,
  };
}

/** Whether the line ending at `end` ends with a pipe after its trailing blanks (one is at `pipe`). */
function closedByPipe(text: string, pipe: number, end: number): boolean {
  let at = end - 1;
  while (at > pipe && isBlankCode(text.charCodeAt(at))) at--;
  return text.charCodeAt(at) === 0x7c;
}

/**
 * Whether a line not closed by a pipe (`text[start, end)`, its first pipe at `first`) is a row written `a | b | c` (not opened by a pipe either):
 * then the table separates its cells without closing them, and a trailing pipe opens a blank last
 * cell (`a | 14 | |`). A majority of closed lines proves nothing then: a column that is blank on
 * most rows closes most lines.
 */
function isSeparatedRow(text: string, start: number, first: number, end: number): boolean {
  // A pipe in the first column is Markdown's opening pipe (after spaces it ends a blank cell).
  if (first === start) return false;
  const second = text.indexOf("|", first + 1);
  return second !== -1 && second < end;
}

// A pipe in the first column before a cell (`| 规章 | 0 |`) opens the row and ends nothing. A pipe
// after leading spaces is not one: renderings that pad cells (`toText`, converted HTML) write a
// blank first cell that way.
const OPENING_PIPE = /^\|(?=[ \t]*[^\s|])/gm;

/** Whether `text[from, to)` has tabs on two lines (three searches, each on from the last). */
function tabsOnTwoLines(text: string, from: number, to: number, meter?: Meter): boolean {
  tick(meter, 1 + (to - from));
  const tab = text.indexOf("\t", from);
  if (tab === -1 || tab >= to) return false;
  const newline = text.indexOf("\n", tab);
  if (newline === -1 || newline >= to) return false;
  const second = text.indexOf("\t", newline);
  return second !== -1 && second < to;
}

/**
 * The table bodies prepared for the readers, positions unchanged: opening pipes become spaces;
 * in a body written with tabs between cells and no pipe (the `innerText` of an HTML table), each
 * tab becomes a pipe, which keeps every blank cell. Text sections are left as written.
 */
function prepareBodies(
  text: string,
  bodies: readonly { readonly from: number; readonly to: number }[],
  meter?: Meter,
): { readonly text: string; readonly tabbed: ReadonlySet<number> } {
  const tabbed = new Set<number>();
  const parts: string[] = [];
  let copied = 0;
  // The copy into parts and the join: the text twice (the bodies do not overlap).
  tick(meter, 2 * text.length);
  for (const { from, to } of bodies) {
    // The search for a pipe, the slice, and one replacement: OPENING_PIPE looks ahead over the
    // blanks after a pipe at a line start (one run per line), `\t` is one character. A body
    // with neither a pipe nor tabs is not sliced.
    tick(meter, 3 * (to - from));
    const pipe = text.indexOf("|", from);
    let prepared: string | undefined;
    if (pipe !== -1 && pipe < to) {
      const body = text.slice(from, to);
      const replaced = body.replace(OPENING_PIPE, " ");
      if (replaced !== body) prepared = replaced;
    } else if (tabsOnTwoLines(text, from, to, meter)) {
      prepared = text.slice(from, to).replace(/\t/g, "|");
      tabbed.add(from);
    }
    if (prepared === undefined) continue;
    parts.push(text.slice(copied, from), prepared);
    copied = to;
  }
  if (copied === 0) return { text, tabbed };
  parts.push(text.slice(copied));
  return { text: parts.join(""), tabbed };
}

/**
 * Where a section body ends: at the next heading, or at the start of its line when only marks
 * precede it there (`## 三、…`, `**三、…`, `| 三、…`), which belong to the heading, not to the
 * last row of a table before it.
 */
function bodyEnd(text: string, next: number | undefined, meter?: Meter): number {
  if (next === undefined) return text.length;
  const start = text.lastIndexOf("\n", next - 1) + 1;
  // Back to the line start, the slice, one anchored character class: once per heading.
  tick(meter, 1 + 3 * (next - start));
  return /^[ \t#*|]*$/.test(text.slice(start, next)) ? start : next;
}

/**
 * Where the last section's body ends: at the first navigation line after its heading (a web page's
 * 上一篇/下一篇, its links and what follows them are the page's, not the report's), else at the end.
 * A heading that is itself on a navigation line (markup leaving a link open over the whole
 * article, which a browser shows as one long link) tells nothing: the body runs to the end.
 */
function reportEnd(
  text: string,
  heading: { readonly start: number; readonly end: number },
  navigation: readonly TextRange[],
  meter: Meter | undefined,
): number {
  tick(meter, 1 + navigation.length);
  if (inNavigation(navigation, heading.start)) return text.length;
  return navigation.find((range) => range.from >= heading.end)?.from ?? text.length;
}

/**
 * What {@link namedYear} keeps of each pattern, made once: the fixed words it ends with, and a copy
 * of its own to run `exec` on (the shared pattern is global, and never `exec`'d: see `yearPatterns`).
 * `matchAll` made such a copy and an iterator at every call: about 0.3 µs of the 0.4 a call took
 * when the text holds the fixed words (measured alone), several calls a parse without a stated year.
 */
const SEARCHES = new Map<RegExp, { readonly end: string; readonly own: RegExp }>();

function searchOf(pattern: RegExp): { readonly end: string; readonly own: RegExp } {
  let search = SEARCHES.get(pattern);
  if (search === undefined) {
    // `[^…]*$` is tried from every position of the source (quadratic in its length): a few
    // thousand steps, once.
    const end = /[^\\^$.*+?()[\]{}|]*$/.exec(pattern.source)![0];
    const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
    search = { end, own: new RegExp(pattern.source, flags) };
    SEARCHES.set(pattern, search);
  }
  return search;
}

/**
 * The year of the report named in a sentence (`现公布我局2022年度政府信息公开工作年度报告`), skipping
 * names inside 《…》, “…”, 「…」 (text/quotes.ts): one forward pass keeps the quote depth up to
 * each match, so the whole search is linear.
 */
function namedYear(
  text: string,
  navigation: readonly TextRange[],
  meter: Meter | undefined,
  pattern: RegExp = yearPatterns.reportNamed,
): number | null {
  tick(meter, 2 * text.length);
  const { end, own } = searchOf(pattern);
  // The pattern ends with fixed words: a text without them (most) names no report.
  if (!text.includes(end)) return null;
  const step = quoteDepth();
  let depth = 0;
  let at = 0;
  // The matches `matchAll` gives, in order, from the start: the copy is left at 0 for the next
  // call, whichever way this one ends (a failed `exec` resets it).
  own.lastIndex = 0;
  for (let match = own.exec(text); match !== null; match = own.exec(text)) {
    // As `matchAll`, past an empty match (no pattern here has one).
    if (match[0] === "") own.lastIndex++;
    for (; at < match.index; at++) depth = step(text[at]!);
    // A link to another report (a list of other years' reports beside this one) names no year of
    // this one. One binary search per match.
    tick(meter, 1 + Math.log2(1 + navigation.length));
    if (depth === 0 && !inNavigation(navigation, match.index)) {
      own.lastIndex = 0;
      return Number(match[1]);
    }
  }
  return null;
}

/**
 * The year of the work named before the tables (`汇报我镇2023年政府信息公开工作`, else
 * `现将我局2020年度政府信息公开情况报告如下`), outside 《…》, in simplified characters (a mirror in
 * traditional script writes 政府信息公開工作; the conversion keeps positions).
 */
function workYear(
  text: string,
  to: number,
  navigation: readonly TextRange[],
  meter: Meter | undefined,
): number | null {
  const before = toSimplified(text.slice(0, to), meter);
  return (
    namedYear(before, navigation, meter, yearPatterns.workNamed) ??
    namedYear(before, navigation, meter, yearPatterns.situationNamed)
  );
}

/** The year of a 年报 the front names (`Page 9 - 2020年报_审计局`): the weakest evidence. */
function frontAnnualReport(front: string, meter: Meter | undefined): number | null {
  // Four digits, then `\s*` and fixed words: a run follows one start only.
  tick(meter, 1 + front.length);
  const match = yearPatterns.annualReport.exec(front);
  return match ? Number(match[1]) : null;
}

/** The end of the first line holding a word from `from` (the text's length if none). */
function firstLineEnd(text: string, from: number, meter: Meter | undefined): number {
  let at = from;
  while (at < text.length && /\s/.test(text.charAt(at))) at++;
  const end = text.indexOf("\n", at);
  tick(meter, 1 + (end === -1 ? text.length : end) - from);
  return end === -1 ? text.length : end;
}

/**
 * A year opening a line of the overview (`2019年，我局…`): its first line, or the first of its
 * lines that starts with a year (the overview may open with a sub-heading), and where that line
 * starts in `text`.
 */
function openingYear(
  text: string,
  from: number,
  to: number,
  meter: Meter | undefined,
): { readonly year: number; readonly at: number } | null {
  const body = text.slice(from, to);
  // Anchored at line starts: a year and 年 after a line's blanks, each line looked at once.
  tick(meter, 1 + 2 * body.length);
  const match = yearPatterns.opening.exec(body);
  return match ? { year: Number(match[1]), at: from + match.index } : null;
}

/**
 * Internal: what the pipeline reads. `cleaned` is the text after {@link cleanText}; `source`, when
 * given, is the text as published, looked at only to tell Markdown (a document's rendering is never
 * Markdown); `grids` are the tables of a `SourceDocument`, each at its range of `cleaned`.
 */
export interface PipelineInput {
  readonly cleaned: string;
  readonly source?: string;
  readonly grids: readonly PlacedGrid[];
  /** The lines of page navigation in `cleaned`, in order (an HTML page's menus and links). */
  readonly navigation?: readonly TextRange[];
  /** The document's pictures, where they stand in `cleaned` (see `Block`). */
  readonly images?: readonly PlacedImage[];
  /**
   * What `source` says of Markdown, when found already: once for a compilation's whole text,
   * whose reports are each read from a piece of `cleaned`.
   */
  readonly markdownBySource?: MarkdownBySource;
}

/**
 * The text with its navigation lines emptied (their line breaks kept): the front of a web page as
 * far as the report is concerned.
 */
function withoutNavigation(
  text: string,
  navigation: readonly TextRange[],
  meter: Meter | undefined,
): string {
  // The slices and the join: the text once, the line breaks once more.
  tick(meter, 1 + 2 * text.length);
  if (navigation.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const { from, to } of navigation) {
    if (from >= text.length) break;
    parts.push(
      text.slice(at, from),
      "\n".repeat(lineBreaks(text, from, Math.min(to, text.length))),
    );
    at = Math.min(to, text.length);
  }
  parts.push(text.slice(at));
  return parts.join("");
}

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) {
    count++;
  }
  return count;
}

/** Whether a position of the text is on a navigation line (ranges in order: a binary search). */
function inNavigation(navigation: readonly TextRange[], position: number): boolean {
  let low = 0;
  let high = navigation.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (navigation[middle]!.to <= position) low = middle + 1;
    else high = middle;
  }
  return low < navigation.length && navigation[low]!.from <= position;
}

function parse(source: string, settings: ParseSettings, meter: Meter | undefined): Reading {
  const result = parseSource(source, settings, meter);
  // A PDF, a Word file or an image read as a string: said once, as the file readers say it. Only
  // when the text read as no report: a report whose first letters look like a signature (`PK赛`,
  // `%PDF` named in its first lines) is read as the text it is.
  if (result.report !== undefined) return result;
  const foreign = sniffText(source, meter);
  if (foreign === undefined) {
    return withMojibakeRead(
      source,
      settings,
      result,
      (text, again) => parseSource(text, again, meter),
      meter,
    );
  }
  const draft: FindingDraft = {
    code: "SOURCE_UNREADABLE",
    path: [],
    expected: "text",
    actual: foreign,
  };
  return parsed(undefined, localizeFindings([...settings.drafts, draft], settings.words));
}

/**
 * Internal: a text that read as no report (`result`), read again by `read` when it is mojibake
 * (mojibake.ts: a page's bytes decoded one byte a character) and so reads as a report, with a
 * `SOURCE_MOJIBAKE` warning saying how it was decoded; else `result` as it was. A text that read
 * as a report is never read again, so that no text Latin-1 by right is changed.
 */
export function withMojibakeRead(
  source: string,
  settings: ParseSettings,
  result: Reading,
  read: (text: string, settings: ParseSettings) => Reading,
  meter: Meter | undefined,
): Reading {
  if (result.report !== undefined) return result;
  tick(meter, source.length);
  const again = redecoded(source);
  if (again === undefined) return result;
  const draft: FindingDraft = {
    code: "SOURCE_MOJIBAKE",
    path: [],
    expected: again.encoding,
    actual: "latin1",
  };
  const reread = read(again.text, { ...settings, drafts: [...settings.drafts, draft] });
  return reread.report === undefined ? result : reread;
}

function parseSource(source: string, settings: ParseSettings, meter: Meter | undefined): Reading {
  if (looksLikeHtml(source, meter)) {
    // Markup is read as markup: the HTML reader's blocks and grids (spans kept), the same
    // pipeline as parseHTML. A page data file holds the HTML in a JavaScript string literal, its
    // quotes and line breaks escaped.
    // Up to two searches and three replacements.
    tick(meter, 5 * source.length);
    // Most markup has no backslash: one search spares the three replacements. Escaped markup
    // mostly escapes its quotes alone: a second search spares the two replacements left (no
    // replacement makes a backslash, so one left by the first is one the source had).
    let markup = source;
    if (markup.includes("\\")) {
      markup = markup.replace(/\\"/g, '"');
      if (markup.includes("\\")) markup = markup.replace(/\\n/g, "\n").replace(/\\t/g, "\t");
    }
    return readShown(markup, meter, (document) => readRendered(document, settings, meter));
  }
  // A PDF laid out as text cuts a wrapped label with the side column's group label, and prints its
  // values beside its middle line or above its first: the group label's words moved before it, the
  // values after it.
  const cleaned = withLayoutMended(cleanText(source, meter), meter);
  return readPipeline({ cleaned, source, grids: [] }, settings, meter);
}

/** Internal: a source document (HTML's, Word's, a PDF's) rendered to text and grids, then read. */
export function readRendered(
  document: SourceDocument,
  settings: ParseSettings,
  meter: Meter | undefined,
): Reading {
  const rendered = renderDocument(document, meter);
  return readPipeline(
    {
      cleaned: rendered.text,
      grids: rendered.grids,
      navigation: rendered.navigation,
      images: rendered.images,
    },
    settings,
    meter,
  );
}

/**
 * Internal: the one reading pipeline of every source (ARCHITECTURE §1): front matter, year,
 * headings, prose sections, then each table read from its grids when the source printed it as
 * grids, from the text otherwise.
 */
export function readPipeline(
  input: PipelineInput,
  settings: ParseSettings,
  meter: Meter | undefined,
): Reading {
  const sections = templateDefinition("2021").sections;
  const candidates = headingCandidates(input.cleaned, sections, meter);
  const later = laterReports(input.cleaned, candidates, tablePositions(input, meter), meter);
  if (later === undefined) return readReport(input, settings, candidates, meter);
  // Every report's piece when all are read; else the first's (and the rest, unread).
  const cuts = settings.all === true ? later.starts : later.starts.slice(0, 1);
  const pieces = reportPieces(
    input,
    cuts.map((start) => start.at),
    meter,
  );
  const read = (piece: PipelineInput, pieceSettings: ParseSettings) =>
    readReport(piece, pieceSettings, headingCandidates(piece.cleaned, sections, meter), meter);
  if (settings.all === true) {
    // Each report read as if alone: its own text, grids, pictures and navigation. A report whose
    // start fell inside the grid the one before it starts in (two titles in one table) could not
    // be cut from it: that piece says it holds more than one.
    const merged = mergedStarts(input.grids, later.starts);
    const [first, ...rest] = pieces.map((piece, index) => {
      const more = merged[index] ?? [];
      if (more.length === 0) return read(piece, settings);
      const draft: FindingDraft = {
        code: "SOURCE_MULTIPLE_REPORTS",
        path: [],
        expected: 1,
        actual: 1 + more.length,
        detail: more[0]!.title.slice(0, MAX_QUOTED_TITLE),
      };
      return read(piece, { ...settings, drafts: [...settings.drafts, draft] });
    });
    return Object.freeze({ ...first!, later: Object.freeze(rest) });
  }
  // The first report alone, and a finding that more follow.
  const draft: FindingDraft = {
    code: "SOURCE_MULTIPLE_REPORTS",
    path: [],
    expected: 1,
    actual: later.count,
    detail: later.starts[0].title.slice(0, MAX_QUOTED_TITLE),
  };
  return read(pieces[0]!, { ...settings, drafts: [...settings.drafts, draft] });
}

/**
 * Where the source printed a table as a grid or a picture, in order: a report's tables, which a
 * compilation's next report may follow (see `laterReports`).
 */
function tablePositions(input: PipelineInput, meter: Meter | undefined): number[] {
  const grids = input.grids.map((placed) => placed.from);
  const images = (input.images ?? []).map((image) => image.at);
  tick(meter, 1 + grids.length + images.length);
  if (images.length === 0) return grids;
  // Two lists in order, merged.
  const merged: number[] = [];
  let g = 0;
  let i = 0;
  while (g < grids.length || i < images.length) {
    if (i >= images.length || (g < grids.length && grids[g]! <= images[i]!))
      merged.push(grids[g++]!);
    else merged.push(images[i++]!);
  }
  return merged;
}

/** The longest title (or first line) quoted in a finding: a line may run on into a page's chrome. */
const MAX_QUOTED_TITLE = 80;

/**
 * Where the piece before each cut ends: at the cut, or before the grid it would halve; undefined
 * when that leaves nothing after the piece before (two cuts in one grid): no piece ends there.
 * The grids are in order: one walk for all the cuts.
 */
function cutEnds(grids: readonly PlacedGrid[], cuts: readonly number[]): (number | undefined)[] {
  let grid = 0;
  let last = 0;
  return cuts.map((cut) => {
    while (grid < grids.length && grids[grid]!.to <= cut) grid++;
    const halved = grids[grid];
    const end = halved !== undefined && halved.from < cut ? halved.from : cut;
    if (end <= last) return undefined;
    last = end;
    return end;
  });
}

/** For each piece, the reports whose start could not be cut from it (see {@link cutEnds}). */
function mergedStarts(
  grids: readonly PlacedGrid[],
  starts: readonly ReportStart[],
): ReportStart[][] {
  const merged: ReportStart[][] = [[]];
  cutEnds(
    grids,
    starts.map((start) => start.at),
  ).forEach((end, index) => {
    if (end === undefined) merged[merged.length - 1]!.push(starts[index]!);
    else merged.push([]);
  });
  return merged;
}

/**
 * Internal: the input cut where each report after the first starts (`cuts`, in order), each
 * piece with its grids, pictures and navigation, their positions made the piece's own. A grid a
 * cut would halve (a title printed in a table's cell) goes with what follows the cut; a cut that
 * leaves nothing before it (two inside one grid) is none.
 */
export function reportPieces(
  input: PipelineInput,
  cuts: readonly number[],
  meter: Meter | undefined,
): PipelineInput[] {
  const { cleaned, grids, source } = input;
  // The source is the whole text's: what it says of Markdown is found once, not once a report.
  const bySource = source === undefined ? undefined : markdownBySource(source, meter);
  const navigation = input.navigation ?? [];
  const images = input.images ?? [];
  const ends = [...cutEnds(grids, cuts).filter((end) => end !== undefined), cleaned.length];
  tick(meter, 1 + cleaned.length + cuts.length + grids.length + navigation.length + images.length);
  let from = 0;
  let nextGrid = 0;
  let nextLine = 0;
  let nextImage = 0;
  return ends.map((to) => {
    const pieceGrids: PlacedGrid[] = [];
    for (; nextGrid < grids.length && grids[nextGrid]!.from < to; nextGrid++) {
      const placed = grids[nextGrid]!;
      pieceGrids.push({ ...placed, from: placed.from - from, to: placed.to - from });
    }
    const pieceNavigation: TextRange[] = [];
    for (; nextLine < navigation.length && navigation[nextLine]!.from < to; nextLine++) {
      const range = navigation[nextLine]!;
      pieceNavigation.push({
        from: Math.max(range.from, from) - from,
        to: Math.min(range.to, to) - from,
      });
    }
    // A line running past the cut goes on in the next piece too.
    if (nextLine > 0 && navigation[nextLine - 1]!.to > to) nextLine--;
    const pieceImages: PlacedImage[] = [];
    for (; nextImage < images.length && images[nextImage]!.at < to; nextImage++) {
      const image = images[nextImage]!;
      pieceImages.push({ ...image, at: image.at - from });
    }
    const piece: PipelineInput = {
      ...input,
      cleaned: cleaned.slice(from, to),
      grids: pieceGrids,
      navigation: pieceNavigation,
      images: pieceImages,
      ...(bySource !== undefined && { markdownBySource: bySource }),
    };
    from = to;
    return piece;
  });
}

/** The pipeline on one report's text, its heading candidates found. */
function readReport(
  input: PipelineInput,
  settings: ParseSettings,
  candidates: readonly HeadingCandidate[],
  meter: Meter | undefined,
): ParseResult {
  const { words } = settings;
  const { cleaned, source } = input;
  const navigation = input.navigation ?? [];
  const sections = templateDefinition("2021").sections;
  const printed = findHeadings(cleaned, sections, meter, candidates);
  const markdown =
    source !== undefined &&
    looksLikeMarkdown(
      input.markdownBySource ?? markdownBySource(source, meter),
      cleaned,
      printed,
      meter,
    );
  // One key stream serves the tables found without a heading, template detection and table
  // reading: preparing the table bodies below only changes separators, which keys drop, and keeps
  // every position.
  const stream = keyStream(cleaned, meter, true);
  const headings = withTableAnchors(printed, sections, stream, meter, cleaned);
  const frontEnd = headings[0]?.start ?? cleaned.length;
  tick(meter, frontEnd);
  const frontText = withoutNavigation(cleaned.slice(0, frontEnd), navigation, meter);
  const front = readFront(frontText, markdown, meter);
  // The year: the option, else the title, else the statistical period (`自2021年1月1日起`) anywhere
  // in the text. One search: fixed characters and bounded digits between `\s*` runs.
  tick(meter, cleaned.length);
  const period = yearPatterns.periodStart.exec(cleaned);
  // Titles of several years with nothing in the front to tell them apart make the title's year
  // weaker evidence (PARSE_YEAR_UNCERTAIN): the statistical period anywhere in the text still wins.
  const titled = front.uncertain ? null : front.year;
  const stated = settings.year ?? titled ?? (period ? Number(period[1]) : null);
  const bodies = headings.map((heading, index) => ({
    from: heading.end,
    to:
      index + 1 < headings.length
        ? bodyEnd(cleaned, headings[index + 1]!.start, meter)
        : reportEnd(cleaned, heading, navigation, meter),
    table: TABLE_READERS[heading.section.key] !== undefined,
  }));
  // Weaker evidence, each reported as PARSE_YEAR_UNCERTAIN: the likeliest of titles of several
  // years, the report named in a sentence outside 《…》 (a quoted title is often last year's
  // report), the year's work named before the tables (later, 五 plans next year's) and before a
  // year opening a line of 一、总体情况, then that year; a page's 年报 heading; then, last, a year
  // opening the sentence or the line after a sub-heading of the overview, the year-end up to which
  // the overview counts (`截止2024年12月31日`) before the tables, and, weakest, a year opening a
  // sentence of the introduction or the overview's first line (`…运行。2019年，我局共主动公开…`).
  const overview = headings.findIndex((heading) => heading.section.key === "overview");
  const firstTable = headings.find((heading) => TABLE_READERS[heading.section.key] !== undefined);
  const opening =
    stated !== null || overview === -1
      ? null
      : openingYear(cleaned, bodies[overview]!.from, bodies[overview]!.to, meter);
  // The year's work counts only when named in the introduction: before 一、总体情况 or on its
  // first line, and before a year opening one of its lines. Further on, the overview names other
  // years' work (`对照2023年度政府信息公开工作考核反馈…`).
  const workEnd = Math.min(
    firstTable?.start ?? cleaned.length,
    opening?.at ?? cleaned.length,
    overview === -1 ? cleaned.length : firstLineEnd(cleaned, bodies[overview]!.from, meter),
  );
  // The weakest evidence, a year opening a sentence or the line after a sub-heading, is read in the
  // introduction and the overview only: a text with no table reaches 五, which plans the next
  // year's work (`…。2022年，我局计划加强培训`).
  const proseEnd = headings.reduce(
    (end, heading) => (heading.section.key === "overview" ? end : Math.min(end, heading.start)),
    workEnd,
  );
  // A report named before the sections after the overview is the report itself
  // (`现公布我局2022年度政府信息公开工作年度报告`); one named later may be another year's, cited in
  // 五 or 六 (`对照2018年政府信息公开工作年度报告，逐项整改`): the weakest evidence, after the rest.
  const beforeSections = headings.reduce(
    (end, heading) => (heading.section.key === "overview" ? end : Math.min(end, heading.start)),
    cleaned.length,
  );
  const weaker =
    stated !== null
      ? null
      : ((front.uncertain ? front.year : null) ??
        namedYear(cleaned.slice(0, beforeSections), navigation, meter) ??
        workYear(cleaned, workEnd, navigation, meter) ??
        opening?.year ??
        frontAnnualReport(frontText, meter) ??
        namedYear(cleaned.slice(0, proseEnd), navigation, meter, yearPatterns.subheadedOpening) ??
        namedYear(
          cleaned.slice(0, firstTable?.start ?? cleaned.length),
          navigation,
          meter,
          yearPatterns.yearEnd,
        ) ??
        namedYear(cleaned.slice(0, proseEnd), navigation, meter, yearPatterns.sentenceOpening) ??
        namedYear(cleaned.slice(beforeSections), navigation, meter));
  const year = stated ?? weaker;
  const { text, tabbed } = prepareBodies(
    cleaned,
    bodies.filter((body) => body.table),
    meter,
  );
  // A year the report states (the option, the title, the statistical period) makes the template
  // the one the law prescribes for it; a layout printed otherwise is reported where it is read
  // (TEMPLATE_MIXED). Without a stated year, the printed labels decide, then a weaker year.
  const lawful = stated === null ? undefined : templateFor(stated);
  const template =
    settings.template ??
    lawful ??
    detectTemplateByKey(stream.key, meter) ??
    (year === null ? undefined : templateFor(year));
  const drafts: FindingDraft[] = [...settings.drafts];
  if (template === undefined) {
    for (const section of sections) drafts.push({ code: "SECTION_MISSING", path: [section.key] });
    return parsed(undefined, localizeFindings(drafts, words));
  }
  // Only a report has a year to be unsure of: with no template found, SECTION_MISSING says it all.
  if (stated === null) {
    drafts.push({
      code: "PARSE_YEAR_UNCERTAIN",
      path: ["year"],
      ...(year !== null && { actual: year }),
    });
  }
  const report: Record<string, unknown> = {
    formatVersion: 1,
    template,
    year,
    agency: { name: front.agency },
  };
  if (Object.keys(front.meta).length > 0) report["meta"] = front.meta;
  if (front.preamble !== undefined) report["preamble"] = front.preamble;
  const lastFound = headings[headings.length - 1];
  let stopped = false;
  const fromGrids = gridTables(
    input.grids,
    headings.map((heading, index) => ({
      key: heading.section.key,
      from: heading.end,
      to: bodies[index]!.to,
    })),
    meter,
  );
  // A table printed as grids is read from them by their labels; the text reader reads it
  // otherwise (and where the grids gave no row).
  const gridReading = (key: SectionKey) => {
    const matrices = fromGrids.tables.get(key);
    const reading = matrices && mapTable(key as TableKey, matrices, template, meter);
    return reading?.table ? reading : undefined;
  };
  for (const section of templateDefinition(template).sections) {
    const index = headings.findIndex((h) => h.section.key === section.key);
    if (index === -1) {
      const reading = TABLE_READERS[section.key] ? gridReading(section.key) : undefined;
      if (reading) {
        append(drafts, reading.drafts);
        report[section.key] = reading.table;
      } else drafts.push({ code: "SECTION_MISSING", path: [section.key] });
      continue;
    }
    const heading = headings[index]!;
    const last = heading === lastFound;
    const to = bodies[index]!.to;
    const reader = TABLE_READERS[section.key];
    if (!reader) {
      tick(meter, to - heading.end);
      report[section.key] = canonicalText(
        withoutRanges(text, heading.end, to, fromGrids.mapped, meter),
        markdown,
        meter,
      );
      if (last && section.key !== sections[sections.length - 1]!.key) stopped = true;
      continue;
    }
    const shape = tableSource(text, heading.end, to, last, tabbed.has(heading.end), meter);
    // A table body ending with a document's table: its rows are whole (see TableSource).
    const wholeRowsFrom = last ? endingGrid(text, input.grids, heading.end, to, meter) : undefined;
    // A table found by its own labels, first in the text: the copy may start inside it.
    const anchored = "anchored" in heading;
    const opening = anchored && index === 0;
    const fromGrid = gridReading(section.key);
    const reading =
      fromGrid !== undefined
        ? withRowsBetweenGrids(
            section.key,
            template,
            fromGrid,
            !takesRowsBetweenGrids(section.key, template)
              ? undefined
              : textBetweenGrids(
                  withoutRanges(text, heading.end, to, fromGrids.mapped, meter),
                  // Cut by the text's end only where no grid ends the section.
                  last && wholeRowsFrom === undefined,
                  (source) => readTable(reader, { ...source, markdown }, template, meter),
                  meter,
                ),
          )
        : readTable(
            reader,
            {
              text: shape.text,
              from: shape.from,
              to: shape.to,
              last: shape.last,
              pipes: shape.pipes,
              separated: shape.separated,
              tabs: shape.tabs,
              stream,
              markdown,
              anchored,
              opening,
              // Last: a conditional spread followed by a property takes the runtime's slow path
              // when it gives a key only sometimes. The source is read by its fields alone.
              ...(wholeRowsFrom !== undefined && { wholeRowsFrom }),
            },
            template,
            meter,
          );
    // A table section that holds a picture and nothing of a table (no row, no value quoted; the
    // text's end after the picture cut no table short): its table was printed as a picture.
    const picture =
      reading.table === undefined &&
      reading.drafts.every((d) => d.code === "SECTION_MISSING" || d.code === "PARSE_TRUNCATED")
        ? input.images?.find((image) => image.at >= heading.end && image.at <= to)
        : undefined;
    if (picture !== undefined) {
      drafts.push({
        code: "PARSE_TABLE_IMAGE",
        path: [section.key],
        ...(picture.name !== undefined && { actual: picture.name }),
      });
      continue;
    }
    append(drafts, reading.drafts);
    if (reading.table) report[section.key] = reading.table;
    else if (!reading.truncated && !reading.drafts.some((d) => d.code === "SECTION_MISSING")) {
      drafts.push({ code: "SECTION_MISSING", path: [section.key] });
    }
  }
  if (stopped && lastFound) drafts.push({ code: "PARSE_TRUNCATED", path: [lastFound.section.key] });
  return parsed(
    deepFreeze(report) as unknown as Report,
    localizeFindings(
      withUnreadCellsMerged(
        withMixedTableMerged(drafts, template, report, meter),
        template,
        report,
        meter,
      ),
      // Written field by field: an object spread followed by a property cost about a microsecond
      // (the runtime's slow path), more than wording a short page's findings. A field left
      // undefined reads as one left out there.
      { locale: words.locale, severity: words.severity, template } as LocalizeOptions,
    ),
  );
}

/**
 * Reads a published report (plain text in any of the renderings seen in practice, Markdown, HTML,
 * the text a browser copies from a web page, with tabs between table cells, or the output of
 * `toText`/`toMarkdown`/`toHTML`) into a report and findings. Never throws. Every rendering of ours
 * reads back to an equal report (the agency as the title names it). In Markdown input (a `#` title,
 * `##` section headings or a GFM table), heading marks and backslash escapes are syntax; in plain
 * text they are content.
 *
 * Nothing is guessed silently: a cell that cannot be read is absent with `PARSE_CELL_UNREADABLE`;
 * a section or table not in the text gives `SECTION_MISSING`; text that stops inside a table or
 * section gives `PARSE_TRUNCATED`; glued digits are split only when the table's identities leave
 * one possibility (`PARSE_CELLS_RECOVERED`). Units written in a cell (`251000元`) are dropped when
 * they agree with the column, and make the cell unreadable when they do not.
 *
 * @param text - The report text.
 * @param options - `locale` and `severity` of the findings; `year`/`template` to override
 *   detection. A bad option is ignored and reported as `OPTION_INVALID`.
 * @returns `ok` (no `error` finding), the report (absent sections and cells left out) and the
 *   findings.
 * @example
 * ```ts
 * const { report, findings } = parseText(publishedText);
 * report?.template; // '2021'
 * report?.applications?.newlyReceived.total; // 70
 * findings.filter((f) => f.code === "PARSE_CELLS_RECOVERED").map((f) => f.actual); // ['64/0/0/2/0/4/70', …]
 * ```
 */
export function parseText(text: string, options: ParseOptions = {}): ParseResult {
  return parseTextMetered(text, options, undefined);
}

/**
 * Reads every report of a text that holds several one after another (a compilation, 汇编: a
 * county's reports of its townships and departments, or a page printing two years' reports), each
 * as {@link parseText} reads a report printed alone: its own title, year, template, sections and
 * tables. A text of one report gives a list of one, equal to `[parseText(text, options)]`.
 *
 * `parseText` reads the first report of such a text and says that more follow
 * (`SOURCE_MULTIPLE_REPORTS`); this reader reads them all and gives no such finding. A further
 * report starts at its own `一、总体情况` after a report that reached its tables, and its text
 * from its title (or, without one, from that heading's line). The options apply to every report:
 * a `year` or `template` given is each one's.
 *
 * @param text - The text of the compilation.
 * @param options - As for `parseText`.
 * @returns One `{ ok, report, findings }` per report, in the order printed; never empty.
 * @example
 * ```ts
 * const results = parseTextReports(compilationText);
 * results.length; // 2
 * results.map((result) => result.report?.agency.name); // ['宁晋县大曹庄镇人民政府', '上海市人民政府办公厅']
 * ```
 */
export function parseTextReports(text: string, options: ParseOptions = {}): readonly ParseResult[] {
  return everyReport(parseTextMetered(text, options, undefined, true));
}

/**
 * Internal: {@link parseText}, counting its work in `meter` (see `src/meter.ts`). For the
 * linear-time tests; not exported from the package root.
 */
export function parseTextMetered(
  text: string,
  options: ParseOptions,
  meter: Meter | undefined,
  all = false,
): Reading {
  const settings = withAll(settingsOf(options), all);
  if (typeof text !== "string") {
    // Untyped callers: the input is not text at all.
    const draft: FindingDraft = {
      code: "CELL_TYPE",
      path: [],
      expected: "string",
      actual: show(text),
    };
    return parsed(undefined, localizeFindings([...settings.drafts, draft], settings.words));
  }
  return parse(text, settings, meter);
}
