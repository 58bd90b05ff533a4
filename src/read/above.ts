/**
 * Values printed above their row's label, moved after it. A tall table-三 row whose label is
 * centred in its cell can print its values on a line of their own above the label's first line,
 * when the PDF is laid out as text (`pdftotext -layout`):
 *
 * ```text
 *   （二）部分公开                 2    0    0      0     0   0    2
 *                           3    0    0      0     0   0    3
 *       1.属于国家秘密
 *                           4    0    0      0     0   0    4
 *       2.其他法律行政法规禁止公开
 * ```
 *
 * Read as printed, a label followed by a line of values takes them: 1.属于国家秘密 would take the
 * next row's `4 …`. A line of values right under a whole row (its label and values on one line)
 * has no label of its own above it, so it is the row's below, and moves to the end of that label's
 * last line. It moves only when it has as many values as the row above, and the lines below it
 * read exactly as a registry row label that ends before the next row's values (or a blank line);
 * moved, it leaves the next run of values in the same place to the row below.
 *
 * @module
 */
import { isBlankCode } from "../text/blank.js";
import { type Meter, tick } from "../text/meter.js";
import { isValueText } from "./cells.js";
import { lineEnd, lineStarts, withLineEdits } from "./lines.js";
import { cut, LABELS, type Line, labelKey } from "./sidecolumn.js";

/** Lines a row label printed below its values may wrap over. */
const SPAN = 12;

/** Spaces, tabs and the other ASCII blanks `\s` matches (a line break aside). */
function isAsciiBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13 && code !== 10);
}

/** A digit (ASCII or full width), or a blank outside ASCII (which `\s` may match): either may be. */
function mayBeDigit(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code > 127 && isBlankCode(code))
  );
}

/**
 * Whether a line may start with a digit right under a line that may end with one, blanks aside:
 * where {@link withValuesAboveMoved} looks. Errs towards yes (a blank outside ASCII may be one).
 */
function digitUnderDigit(text: string, starts: readonly number[]): boolean {
  let previous = false;
  for (let line = 0; line < starts.length; line++) {
    const start = starts[line]!;
    const end = lineEnd(text, starts, line);
    let first = start;
    while (first < end && isAsciiBlank(text.charCodeAt(first))) first++;
    if (previous && first < end && mayBeDigit(text.charCodeAt(first))) return true;
    let last = end - 1;
    while (last >= start && isAsciiBlank(text.charCodeAt(last))) last--;
    previous = last >= start && mayBeDigit(text.charCodeAt(last));
  }
  return false;
}

/** Whether a cut line holds values only (a digit among them). */
function valuesOnly(line: Line): boolean {
  return line.words.length > 0 && line.values === 0;
}

/** Whether a cut line holds side-column words and nothing else. */
function sideOnly(line: Line): boolean {
  return line.words.length > 0 && line.side === line.words.length;
}

/** Whether a cut line is a whole row: label words, then values. */
function wholeRow(line: Line): boolean {
  return line.values > 0 && line.values < line.words.length;
}

/**
 * The last line of the row label that lines `first…` read exactly, or -1: label words only on
 * each line, the label ending where the next row's values (or a blank line, or the text) start.
 */
function labelBelow(
  lineAt: (index: number) => Line,
  count: number,
  first: number,
  meter?: Meter,
): number {
  let read = "";
  for (let index = first; index < count && index < first + SPAN; index++) {
    const line = lineAt(index);
    if (line.words.length === 0 || line.values < line.words.length) return -1;
    read += labelKey(line, index === first ? line.side : 0, meter);
    tick(meter, LABELS.rows.length);
    if (!LABELS.rows.some((label) => label.startsWith(read))) return -1;
    // A line of side-column words alone (`不予公` beside the label's cell) is neither the label's
    // nor the next row's: the row below is the next line after it.
    let after = index + 1;
    while (after < count && sideOnly(lineAt(after))) after++;
    const next = after < count ? lineAt(after) : undefined;
    if (
      LABELS.rows.includes(read) &&
      (next === undefined || next.words.length === 0 || next.values < next.words.length)
    ) {
      return index;
    }
  }
  return -1;
}

/**
 * The text with each line of values printed above its row's label moved to the end of the
 * label's last line. Returns the text itself when there is none.
 *
 * @param starts - The text's {@link lineStarts}, when the caller has them.
 * @example
 * ```ts
 * withValuesAboveMoved("1.属于国家秘密 3 0\n  4 0\n2.其他法律行政法规禁止公开\n3.危及“三安全一稳定” 5 0");
 * // '1.属于国家秘密 3 0\n2.其他法律行政法规禁止公开 4 0\n3.危及“三安全一稳定” 5 0'
 * ```
 */
export function withValuesAboveMoved(
  text: string,
  meter?: Meter,
  starts: readonly number[] = lineStarts(text, meter),
): string {
  tick(meter, text.length);
  // Nearly every text has no line starting with a digit under one ending in one: told without
  // splitting it. The lines are read by their offsets: few are looked at, fewer changed.
  if (!digitUnderDigit(text, starts)) return text;
  const count = starts.length;
  const rawAt = (index: number) => text.slice(starts[index]!, lineEnd(text, starts, index));
  // Lines are cut when looked at: only a line starting with a digit under a line ending in one
  // (nearly none in a text) may be values above a label.
  const lines: (Line | undefined)[] = new Array(count);
  const lineAt = (index: number) => {
    lines[index] ??= cut(rawAt(index), meter);
    return lines[index]!;
  };
  const edits = new Map<number, string>();
  const dropped = new Set<number>();
  for (let index = 1; index + 1 < count; index++) {
    const start = starts[index]!;
    const end = lineEnd(text, starts, index);
    if (!opensWithDigit(text, start, end)) continue;
    // The line above as it stands now: a label's last line may have taken values already.
    const above = edits.get(index - 1);
    const aboveStart = above === undefined ? starts[index - 1]! : 0;
    const aboveEnd = above === undefined ? start - 1 : above.length;
    if (!closesWithDigit(above ?? text, aboveStart, aboveEnd)) continue;
    tick(meter, 2 * (end - start + aboveEnd - aboveStart));
    // A whole row above a line of its values has more words (its label's too): a stack of whole
    // rows (`1.属于国家秘密 2 0 …` over `2.其他… 30 1 …`) is told so by counting words. And a line of
    // values opens with one: a row's label opening with its number is told so without cutting it.
    if (wordCount(above ?? text, aboveStart, aboveEnd) <= wordCount(text, start, end)) continue;
    if (!opensWithValue(text, start, end, meter)) continue;
    const line = lineAt(index);
    if (!valuesOnly(line) || !wholeRow(lineAt(index - 1)) || dropped.has(index - 1)) continue;
    if (line.words.length !== lineAt(index - 1).words.length - lineAt(index - 1).values) continue;
    const last = labelBelow(lineAt, count, index + 1, meter);
    if (last === -1) continue;
    const joined = `${(edits.get(last) ?? rawAt(last)).trimEnd()} ${rawAt(index).trim()}`;
    edits.set(last, joined);
    // The label's last line is a whole row now: the next line of values may be the next row's.
    lines[last] = cut(joined, meter);
    dropped.add(index);
    index = last;
  }
  if (dropped.size === 0) return text;
  return withLineEdits(text, starts, edits, dropped, meter);
}

/** A digit, ASCII or full width (what `[0-9０-９]` matches). */
function isDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/** Whether `text[start, end)` opens with a digit, blanks aside (`/^\s*[0-9０-９]/`). */
function opensWithDigit(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && isBlankCode(text.charCodeAt(at))) at++;
  return at < end && isDigitCode(text.charCodeAt(at));
}

/** How many words `text[start, end)` holds (as cut finds them: runs of non-blanks). */
function wordCount(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  for (let at = start; at < end; at++) {
    const blank = isBlankCode(text.charCodeAt(at));
    if (!blank && !inWord) count++;
    inWord = !blank;
  }
  return count;
}

/** Whether the first word of `text[start, end)` is a value (a blank line has none). */
function opensWithValue(text: string, start: number, end: number, meter?: Meter): boolean {
  let at = start;
  while (at < end && isBlankCode(text.charCodeAt(at))) at++;
  let stop = at;
  while (stop < end && !isBlankCode(text.charCodeAt(stop))) stop++;
  tick(meter, stop - start);
  return stop > at && isValueText(text.slice(at, stop), meter);
}

/** Whether `text[start, end)` closes with a digit, blanks aside (`/[0-9０-９]\s*$/`). */
function closesWithDigit(text: string, start: number, end: number): boolean {
  let at = end - 1;
  while (at >= start && isBlankCode(text.charCodeAt(at))) at--;
  return at >= start && isDigitCode(text.charCodeAt(at));
}

/**
 * Whether a row's text (its label's end to the next label) holds, after the line with its values,
 * a line of several values and nothing else: values printed above the next row's label that
 * {@link withValuesAboveMoved} could not move (the label below not read exactly, or a blank cell
 * left out). The values after that label may then be the row below it's.
 *
 * @example
 * ```ts
 * valuesBelowRow(" 2 0 2\n 3 0 3\n"); // true
 * valuesBelowRow(" 2 0 2\n"); // false
 * ```
 */
export function valuesBelowRow(region: string, meter?: Meter): boolean {
  tick(meter, region.length);
  // The row's own run and a line of values below it, on two lines: a region without (nearly every
  // row) is answered without cutting its lines.
  if (!runsOnTwoLines(region)) return false;
  let own = false;
  for (let start = 0; start <= region.length; ) {
    let end = region.indexOf("\n", start);
    if (end === -1) end = region.length;
    // Only a line of two words or more with a digit may hold a run of several values (cut's runs
    // need a digit): the others are not cut.
    if (mayHoldRun(region, start, end)) {
      const line = cut(region.slice(start, end), meter);
      if (own && valuesOnly(line) && line.words.length > 1) return true;
      // The row's own line prints a run of several values (with its label or under it): stream-order
      // text prints a value per line, and a row's last two values on one line are no row below.
      if (line.words.length - line.values > 1) own = true;
    }
    start = end + 1;
  }
  return false;
}

/**
 * Whether two lines of a text each hold an ASCII digit and two words or more: a run of several
 * values needs both (cut's runs need a digit).
 */
function runsOnTwoLines(text: string): boolean {
  let found = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (mayHoldRun(text, start, end) && ++found === 2) return true;
    start = end + 1;
  }
  return false;
}

/** Whether `text[start, end)` holds an ASCII digit and two words or more. */
function mayHoldRun(text: string, start: number, end: number): boolean {
  let digit = false;
  let words = 0;
  let inWord = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isBlankCode(code)) {
      inWord = false;
    } else {
      if (!inWord) words++;
      inWord = true;
      if (code >= 48 && code <= 57) digit = true;
    }
    if (digit && words > 1) return true;
  }
  return false;
}

/**
 * Whether a row's text (its label's end to the next label) prints its values on a line after the
 * label's, not beside it: only such values may be the row below's, printed above its label.
 *
 * @example
 * ```ts
 * valuesBelowLabel("\n 4 0 4\n"); // true
 * valuesBelowLabel(" 4 0 4\n"); // false
 * ```
 */
export function valuesBelowLabel(region: string, meter?: Meter): boolean {
  const end = region.indexOf("\n");
  tick(meter, end === -1 ? region.length : end);
  if (end === -1) return false;
  const line = cut(region.slice(0, end), meter);
  return line.values === line.words.length;
}

/**
 * Whether a row's text (its label's end to the next label) prints nothing on the label's line and
 * its values on one line after it, set in under their columns: a line of values between two
 * labels, which may be this row's (printed under its label) or the next row's (printed above its
 * label).
 *
 * @example
 * ```ts
 * oneLineBelowLabel("\n 4 0 4\n"); // true
 * oneLineBelowLabel(" 4 0 4\n"); // false
 * oneLineBelowLabel("\n 4 0 4\n 5 0 5\n"); // false
 * oneLineBelowLabel("\n4 0 4\n"); // false: moved out of a wrapped label
 * ```
 */
export function oneLineBelowLabel(region: string, meter?: Meter): boolean {
  // Nothing at all on the label's line (a digit there, cut as words or between pipes, is a value).
  const labelEnd = region.indexOf("\n");
  tick(meter, region.length);
  if (labelEnd === -1 || DIGIT_IN.test(region.slice(0, labelEnd))) return false;
  if (!valuesBelowLabel(region, meter)) return false;
  let lines = 0;
  for (let start = labelEnd + 1; start <= region.length; ) {
    let end = region.indexOf("\n", start);
    if (end === -1) end = region.length;
    if (DIGIT_IN.test(region.slice(start, end))) {
      // Set in under its columns, as laid out: a line of values opening with its first value is
      // one src/read/centred.ts moved out of the middle of its row's wrapped label, and is its own.
      if (++lines > 1 || !isBlankCode(region.charCodeAt(start))) return false;
    }
    start = end + 1;
  }
  return lines === 1;
}

const DIGIT_IN = /[0-9０-９]/;
