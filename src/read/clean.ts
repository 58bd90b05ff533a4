/**
 * The one cleaning pass over published text before sections and tables are read: page markers,
 * Markdown separator rows and pinyin glosses removed (HTML markup is read by the HTML reader,
 * `htmldom.ts`, before any of this). Nothing here knows a label; the result keeps the report's
 * words as published.
 *
 * @module
 */
import { isBlankCode } from "../text/blank.js";
import { type Meter, tick } from "../text/meter.js";
import { isWordedPageNumber } from "../text/pagenumbers.js";

/** Whether the text carries HTML markup worth reading as HTML (a table, paragraph or line break). */
export function looksLikeHtml(text: string, meter?: Meter): boolean {
  // `[^<>]*>` stops at the next `<`: the runs read from different tag starts do not overlap.
  // A search for `<` first: most text has none, and the pattern costs several times the search.
  tick(meter, 2 * text.length);
  return text.includes("<") && /<(?:table|tr|td|th|p|div|br)\b[^<>]*>/i.test(text);
}

/**
 * A PDF page number on its own line: `- 4 -`, `— 1 —`, `－2－`, or in words (`第 2 页`,
 * `第2页 共6页`). A bare number on a line is a value as much as a page number: it stays.
 */
export function isPageMarker(line: string, meter?: Meter): boolean {
  // Anchored at the start, bounded repetitions between the `\s*` runs, which cannot overlap; the
  // forms in words, anchored too, only for a line that opens with one of their words.
  tick(meter, 2 * line.length);
  if (/^\s*[-—–－]{1,2}\s*\d{1,3}\s*[-—–－]{1,2}\s*$/.test(line)) return true;
  const trimmed = line.trim();
  return WORDED_OPENERS.includes(trimmed.charAt(0)) && isWordedPageNumber(trimmed);
}

/** The characters a page number in words opens with (`第`, `共`, `Page`). */
const WORDED_OPENERS = "第共Pp";

/** A Markdown table separator row: `|---|:---:|`. */
function isMarkdownSeparator(line: string, meter?: Meter): boolean {
  // Two searches and a single anchored character class.
  tick(meter, 3 * line.length);
  return line.includes("|") && line.includes("--") && /^[\s|:-]+$/.test(line);
}

// A pinyin gloss injected after a character by some mirrors: 項(xiàng), 數(shù).
const PINYIN_GLOSS =
  /(\p{Script=Han})\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)/gu;
// A gloss needs a tone mark: a plain scan for one spares the costly Han-script regex on the
// reports (nearly all) that have none. The tone marks lie in U+00E0–U+01DC, and a scan for that
// one range is several times faster than for the marks themselves, which are looked for only when
// a character of the range is there.
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const TONE_RANGE = /[\u00e0-\u01dc]/;

// The Kangxi radicals (U+2F00–U+2FD5). Fonts embedded in PDFs (Chromium's and others' CJK fonts)
// often map a common ideograph's glyph to its radical's code point: `⼀、总体情况`, `⾏政许可`. The
// page shows 一 and 行; every radical of the block is one BMP ideograph after NFKC, the same glyph.
const KANGXI_RADICAL = /[\u2f00-\u2fd5]/;
const KANGXI_RADICALS = /[\u2f00-\u2fd5]/g;
// The one radical whose glyph in the simplified-Chinese fonts (Noto Sans CJK SC, Source Han Sans
// SC: their character maps give ⼾ U+2F3E the glyph of 户 U+6237) is not its NFKC ideograph (戶
// U+6236, the traditional form): the page shows 户.
const PRINTED_AS: Readonly<Record<string, string>> = { "\u2f3e": "\u6237" };

/**
 * The Kangxi radicals of a text as the ideographs they print (NFKC: `⼀` → `一`), one code unit
 * for one, so that every offset holds.
 *
 * @example
 * ```ts
 * withIdeographs("⼀、本年新收政"); // '一、本年新收政'
 * ```
 */
export function withIdeographs(text: string, meter?: Meter): string {
  // One search; the replacement only where a radical is.
  tick(meter, text.length);
  return KANGXI_RADICAL.test(text)
    ? text.replace(KANGXI_RADICALS, (radical) => PRINTED_AS[radical] ?? radical.normalize("NFKC"))
    : text;
}

/**
 * Characters that print nothing: zero-width space, joiners and word joiner, soft hyphen, the
 * direction marks and embeddings, invisible operators, a byte order mark inside the text. Pasted
 * into a CMS page (`11&#8203;`), they made a value of two characters no number: a cell read as
 * unreadable that prints 11.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;
const INVISIBLES = new RegExp(INVISIBLE.source, "g");

/**
 * Any character that one of {@link cleanCellText}'s steps changes: an invisible one, a Kangxi
 * radical, a character of the tone marks' range. One scan for the three classes costs what one of
 * them costs, and nearly every text holds none: it is returned as it is, without the three scans.
 */
const UNCLEAN = /[\u00ad\u00e0-\u01dc\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2f00-\u2fd5\ufeff]/;

/**
 * A table cell's text as printed: characters that print nothing taken out, pinyin glosses dropped
 * and Kangxi radicals read as the ideographs they print, as {@link cleanLines} does for
 * paragraphs. The same string when there is nothing to clean (nearly every cell).
 *
 * @example
 * ```ts
 * cleanCellText("本年制發(fā)件數(shù)"); // "本年制發件數"
 * ```
 */
export function cleanCellText(text: string, meter?: Meter): string {
  // The scan for a character to clean.
  tick(meter, text.length);
  if (!UNCLEAN.test(text)) return text;
  // The two tone-mark scans and the gloss replacement (its look-ahead reads the letters after one
  // `(`, and different `(` have different letters after them), the search for an invisible
  // character and its replacement: the text once each.
  tick(meter, 5 * text.length);
  const visible = INVISIBLE.test(text) ? text.replace(INVISIBLES, "") : text;
  const unified = withIdeographs(visible, meter);
  return TONE_RANGE.test(unified) && TONE_MARK.test(unified)
    ? unified.replace(PINYIN_GLOSS, "$1")
    : unified;
}

/**
 * The cleaned text: line endings unified, page markers, Markdown separator rows, pinyin glosses and
 * characters that print nothing dropped, Kangxi radicals read as the ideographs they print (`⼀` →
 * `一`). Every other character is kept as published.
 *
 * @example
 * ```ts
 * cleanText("规章 | 0 |\r\n- 4 -\r\n|---|---|\r\n"); // "规章 | 0 |\n"
 * ```
 */
export function cleanText(text: string, meter?: Meter): string {
  // A search for a carriage return, and the replacement where there is one.
  tick(meter, 2 * text.length);
  return cleanLines(text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text, meter);
}

/**
 * {@link cleanText} on text whose line endings are unified: for the paragraphs of a document,
 * which a reader has already taken out of their markup.
 *
 * @example
 * ```ts
 * cleanLines("规章\n- 4 -\n"); // "规章\n"
 * ```
 */
export function cleanLines(plain: string, meter?: Meter): string {
  // The search for line starts and the join (the tone-mark scans and the gloss replacement are
  // cleanCellText's): the text once each.
  tick(meter, 2 * plain.length);
  const text = cleanCellText(plain, meter);
  // The lines dropped, as `[start, end)` ranges: only a line opening with a character that may
  // open a marker (mayOpenMarker) can be one, and one search finds those starts (an empty line
  // is never dropped). Most texts drop none, and their lines need no copy.
  let dropped: number[] | undefined;
  const opening = /\n(?=[^\S\n]|[-:|\u2013\u2014\uff0d第共Pp])/g;
  for (
    let start = mayOpenMarker(text.charCodeAt(0)) ? 0 : nextOpening(text, opening);
    start !== -1;
  ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    tick(meter, 1);
    const line = text.slice(start, end);
    if (isPageMarker(line, meter) || isMarkdownSeparator(line, meter)) {
      dropped ??= [];
      dropped.push(start, end);
    }
    if (newline === -1) break;
    opening.lastIndex = newline;
    start = nextOpening(text, opening);
  }
  if (dropped === undefined) return text;
  // The kept lines between the dropped ones, each run of them one slice (its line breaks kept).
  const runs: string[] = [];
  let at = 0;
  for (let i = 0; i < dropped.length; i += 2) {
    if (dropped[i]! > at) runs.push(text.slice(at, dropped[i]! - 1));
    at = dropped[i + 1]! + 1;
  }
  if (at <= text.length) runs.push(text.slice(at));
  return runs.join("\n");
}

/** The start of the next line that may open a marker, searched from `search.lastIndex`; or -1. */
function nextOpening(text: string, search: RegExp): number {
  return search.test(text) ? search.lastIndex : -1;
}

/**
 * Whether a line starting with this code unit may be a page marker or a separator row: both start
 * with blanks, a dash (`-` `—` `–` `－`), `|` or `:`, or a page number's word (`第`, `共`, `Page`);
 * a line starting otherwise is neither, and needs no pattern. `NaN` (an empty line) is neither.
 */
function mayOpenMarker(code: number): boolean {
  return (
    isBlankCode(code) ||
    code === 0x2d ||
    code === 0x3a ||
    code === 0x7c ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0xff0d ||
    WORDED_OPENERS.includes(String.fromCharCode(code))
  );
}

/**
 * A Markdown backslash escape undone (CommonMark: a backslash before ASCII punctuation stands for
 * that character). Only for Markdown input: in plain text a backslash is content.
 *
 * @example
 * ```ts
 * unescapeMarkdown("1\\. A\\|B \\*c\\* \\\\ 中\\文"); // '1. A|B *c* \\ 中\\文'
 * ```
 */
export function unescapeMarkdown(text: string, meter?: Meter): string {
  // A search, then a pattern of two characters.
  tick(meter, 2 * text.length);
  return text.includes("\\") ? text.replace(/\\([!-/:-@[-`{-~])/g, "$1") : text;
}

/**
 * What the text as given says of Markdown by itself: `"html"` (markup, never Markdown), `"table"`
 * (a GFM table separator row: Markdown), else `"headings"` (the headings decide, see
 * {@link looksLikeMarkdown}). Found once for a whole text, however many reports it holds.
 *
 * @param source - The text as given.
 */
export function markdownBySource(source: string, meter?: Meter): MarkdownBySource {
  if (looksLikeHtml(source, meter)) return "html";
  // Each line holding `--` is looked at once: the search goes on after its end.
  let at = source.indexOf("--");
  tick(meter, at === -1 ? source.length : at);
  while (at !== -1) {
    const start = source.lastIndexOf("\n", at) + 1;
    const newline = source.indexOf("\n", at);
    const end = newline === -1 ? source.length : newline;
    // Back to the line start, on to its end, the slice; then on to the next `--`.
    tick(meter, 2 * (end - start));
    if (isMarkdownSeparator(source.slice(start, end), meter)) return "table";
    at = newline === -1 ? -1 : source.indexOf("--", end);
    tick(meter, (at === -1 ? source.length : at) - end);
  }
  return "headings";
}

/** See {@link markdownBySource}. */
export type MarkdownBySource = "html" | "table" | "headings";

/**
 * Whether the text is Markdown, so that `#` heading marks and backslash escapes are syntax: a GFM
 * table separator row, a section heading written as a Markdown heading (`## 一、总体情况`), or a
 * first line that is one (`# 某镇2022年…报告`). A text line that merely starts with `# ` in plain
 * text does not make it Markdown. HTML is never Markdown.
 *
 * @param bySource - What the text as given says ({@link markdownBySource}).
 * @param cleaned - The text after {@link cleanText}.
 * @param headings - Where the section headings start in `cleaned`.
 */
export function looksLikeMarkdown(
  bySource: MarkdownBySource,
  cleaned: string,
  headings: readonly { readonly start: number }[],
  meter?: Meter,
): boolean {
  if (bySource !== "headings") return bySource === "table";
  const headingMark = /^[ \t]*#{1,6}[ \t]*$/;
  for (const heading of headings) {
    const start = cleaned.lastIndexOf("\n", heading.start - 1) + 1;
    // Back to the line start, the slice, one anchored test without nested repetition. A heading
    // at the line start (most) has no mark before it.
    tick(meter, 3 * (heading.start - start));
    if (start < heading.start && headingMark.test(cleaned.slice(start, heading.start))) return true;
  }
  // Anchored at the start: the leading whitespace, then a bounded run of `#`.
  tick(meter, cleaned.length);
  return /^\s*#{1,6}[ \t]+\S/.test(cleaned);
}

/**
 * A section's text in canonical form: each line trimmed, blank lines and attachment file names
 * dropped, lines joined by `"\n"`. In Markdown, heading marks are dropped and escapes undone.
 */
export function canonicalText(text: string, markdown = false, meter?: Meter): string {
  // The split and the join.
  tick(meter, 2 * text.length);
  if (!markdown) {
    const span = canonicalSpan(text, meter);
    if (span !== undefined) return span;
  }
  const kept: string[] = [];
  for (const line of text.split("\n")) {
    // The anchored heading mark, the trim, and the file-name test (a fixed word after a `.`,
    // looked for only in a line holding one).
    tick(meter, 1 + 4 * line.length);
    const canonical = markdown
      ? unescapeMarkdown(line.replace(/^[\s\u3000]*#{1,6}[ \t]+/, "").trim(), meter)
      : line.trim();
    if (canonical === "" || (canonical.includes(".") && FILE_NAME.test(canonical))) continue;
    kept.push(canonical);
  }
  return kept.join("\n");
}

/**
 * {@link canonicalText} of plain text when it is one slice of it: its lines from the first
 * non-blank one to the last are already trimmed, none is blank or a file name (a section's text
 * is mostly that, between the line breaks around it). `undefined` otherwise.
 */
function canonicalSpan(text: string, meter?: Meter): string | undefined {
  let first = -1;
  let last = -1;
  let gap = false;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    let at = start;
    while (at < end && isBlankCode(text.charCodeAt(at))) at++;
    // The search for the line's end, the blanks at its start, the file-name test.
    tick(meter, 1 + 2 * (end - start));
    if (at === end) gap = first !== -1;
    else if (gap || at !== start || isBlankCode(text.charCodeAt(end - 1))) return undefined;
    else {
      const line = text.slice(start, end);
      if (line.includes(".") && FILE_NAME.test(line)) return undefined;
      if (first === -1) first = start;
      last = end;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return first === -1 ? "" : text.slice(first, last);
}

/** An attachment's file name, at the end of a line. */
const FILE_NAME = /\.(?:docx?|pdf|xlsx?|wps|ofd|zip|rar)$/i;
