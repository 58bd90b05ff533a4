/**
 * Prose lines → paragraphs. A PDF breaks every paragraph into lines; its paragraphs are the runs
 * of lines that fill the measure. A line starts a new paragraph when it is indented (Chinese
 * paragraphs open with a two-character indent), when the line before it stopped short of the right
 * margin with room for this line's first word (a heading, a paragraph's last line), when it stands further below than the page's line
 * pitch, when its type size changes, or when it opens with an enumeration (`一、`, `（二）`), which
 * starts a heading. Lines of a paragraph are joined without a break, with a space only between two
 * Latin letters or digits.
 *
 * @module
 */
import type { Line } from "./lines.js";
import { isValueWord } from "./values.js";
import { emsOf, joinWrapped, withoutAutospace } from "./widths.js";

/** A prose line with what the joiner needs to know about its page. */
export interface ProseLine {
  readonly line: Line;
  /** The page's left and right margins (the extent of its prose). */
  readonly left: number;
  readonly right: number;
  /** The page's usual distance from one line's top to the next's. */
  readonly pitch: number;
  /** Whether a table stands between this line and the one before it. */
  readonly afterTable: boolean;
  /** Whether this line opens a page (the one before it is on the previous page). */
  readonly pageStart: boolean;
}

// An indent of more than this part of the font size opens a paragraph (the usual one is 2 em).
const INDENT = 1;
// A line ends its paragraph when the next line's first word would have fitted after it, with this
// many font sizes to spare (a line of justified text reaches the margin; one of ragged text stops
// where the next word did not fit, and that word may be a long number).
const SPARE = 0.5;
// A line that stops short without a sentence's end (a Han character, a digit) ends its paragraph
// only when it stops this many font sizes short: line breakers keep some runs together (`话:0319-
// 5560777。`), and a line hanging its punctuation into the margin makes the margin look wider.
const UNFINISHED = 4;

const TERMINAL = /[。！？；：!?;:.…”’」』）)》]$/;
// A line standing this much further below than the page's pitch opens a paragraph.
const LOOSE = 1.25;
// The least distance from line to line a paragraph is set with, in font sizes: a title in larger
// type than the page's text has a larger pitch of its own.
const NORMAL_LEADING = 1.5;

const ENUMERATION =
  /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[章节条部分])/;

/** Whether `line` continues the paragraph of `previous`. */
function continues(previous: ProseLine, line: ProseLine): boolean {
  const before = previous.line;
  const current = line.line;
  if (line.afterTable) return false;
  // A row of values (table 四's one row, under its headers, left to the text reader) is no line of
  // a paragraph: joined to the header line above, its first value `无` read as a header's word
  // (`审结无 187 188 …`), and the row one value short.
  if (isValueRow(current.text) || isValueRow(before.text)) return false;
  const size = Math.min(before.size, current.size);
  if (Math.abs(before.size - current.size) > 0.15 * size) return false;
  const room = previous.right - before.x1;
  const fits = room > (emsOf(firstWord(current.text)) + SPARE) * size;
  if (fits && (TERMINAL.test(before.text) || room > UNFINISHED * size)) return false;
  if (current.x0 > line.left + INDENT * size) return false;
  if (ENUMERATION.test(current.text)) return false;
  const step = current.top - before.top;
  if (!line.pageStart && step > LOOSE * Math.max(line.pitch, NORMAL_LEADING * size)) return false;
  return true;
}

/** Whether a line's text is two or more words, each a value as a cell prints it (`无 187 188`). */
function isValueRow(text: string): boolean {
  const words = text.split(" ");
  return words.length >= 2 && words.every(isValueWord);
}

// A line's first word, as a line breaker keeps it together: a Latin word or number, or one
// character, with the opening marks before it and the closing marks after it (which Chinese
// line breaking never leaves at a line's start or end).
const FIRST_WORD =
  /^[“‘（《「『([]*(?:[A-Za-z0-9][\w.,%:/-]*|.(?:[:;,.!?%)\]][\w.,%:/-]*)?)[，。、；：？！）》」』”’%,.;:?!)\]]*/u;

const firstWord = (text: string): string => FIRST_WORD.exec(text)?.[0] ?? "";

/**
 * Prose lines (in reading order, across pages) joined into paragraphs.
 *
 * @example
 * ```ts
 * paragraphsOf(lines); // ['一、总体情况', '2024年，淮安市洪泽区人民政府坚持…']
 * ```
 */
export function paragraphsOf(lines: readonly ProseLine[]): string[] {
  const out: string[] = [];
  let previous: ProseLine | undefined;
  for (const line of lines) {
    const last = out.length - 1;
    const text = typedText(line.line);
    if (previous !== undefined && last >= 0 && continues(previous, line)) {
      out[last] = joinWrapped(out[last] ?? "", text);
    } else out.push(text);
    previous = line;
  }
  return out;
}

/**
 * A line's text as it was typed: the autospace between Han characters and Latin letters or digits
 * taken out ({@link withoutAutospace}), but not in a row of values (table 四's one row left to the
 * text reader: `190 无 192`), where every space is a gap between two cells: taken out, `190无192`
 * made two cells one. A space in prose, however wide (a justified line's), is taken out as before.
 */
function typedText(line: Line): string {
  return isValueRow(line.text) ? line.text : withoutAutospace(line.text);
}

/**
 * The usual distance from one line's top to the next's on a page: the median of the distances
 * between consecutive lines closer than three font sizes (farther ones are breaks, not the pitch).
 *
 * @example
 * ```ts
 * linePitch(lines); // 28.8 for 16-point text at 1.8 line spacing
 * ```
 */
export function linePitch(lines: readonly Line[]): number {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1];
    const current = lines[i];
    if (before === undefined || current === undefined) continue;
    const step = current.top - before.top;
    if (step > 0 && step < 3 * before.size) steps.push(step);
  }
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)] ?? 0;
}
