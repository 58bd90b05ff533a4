/**
 * Reading the cells of one table row from the text that follows its label: splitting the text
 * into cell tokens (pipe-separated, or whitespace-separated for line and paragraph renderings),
 * dropping the words around the values, and turning each token into a cell value.
 *
 * @module
 */

import { Decimal } from "decimal.js";
import { type Cell, mark } from "../model/cell.js";
import type { ColumnDefinition } from "../templates/types.js";
import { isBlankCode } from "../text/blank.js";
import { isAsciiDigitCode } from "../text/digits.js";
import { onlyMarks } from "../text/marks.js";
import { type Meter, tick } from "../text/meter.js";
import { NONE_MARKS } from "../text/nonemarks.js";
import { isPlainIdeograph, nfkcOfValue } from "../text/normalize.js";
import { withoutWordedPageNumbers } from "../text/pagenumbers.js";

/** One token of a row: a value as written, or `""` for a blank pipe cell. */
export interface Token {
  readonly text: string;
  /** Words, not a value: a header, a label remainder, a note. */
  readonly junk: boolean;
  /**
   * The token is a whole cell as printed: a pipe cell of its own, or the only word on its line.
   * Words that share a line may be cells glued together by the copy (`230 000023`); a whole cell
   * is one value, so a row of whole cells fewer than its columns lost cells, it was not glued.
   */
  readonly whole?: boolean;
  /**
   * The word opens a line after the region's first (the label's): nothing precedes it on its line.
   * A row with a value that opens a line printed its values apart from its label (see `readRows`).
   */
  readonly opens?: boolean;
  /**
   * A blank cell on a line of its own after the row's last value, before a run of adjacent pipes
   * (see `pipeTokens`): a cell where the row has room for it (see `rowValues`).
   */
  readonly beforeRun?: boolean;
}

// A mark printed for none: one of its characters, `——`, or the word 无.
const MARKS = new Set([...NONE_MARKS, "——", "无", "無"]);
const ABSENT = new Set(["?", "？"]);
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
// A unit may follow after spaces inside one cell (`404 件`); whether it agrees is checked per column.
const WITH_UNIT = /^([+-]?\d+(?:\.\d+)?)\s*(万元|元|件|个|項|项|条|次)$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/**
 * A change written with a sign word or the minus sign U+2212, which NFKC leaves alone: `增2`,
 * `增加2`, `减4`, `减少4`, `−3`. Seen in the 2019 column 本年增/减; read as a number only there.
 */
const SIGNED_WORD = /^(增加?|减少?|−)\s*(\d+)\s*(项|項|个)?$/;

/**
 * Whether a text is a change written with a sign word (`增10`, `减少4`), which reads as a value of
 * 本年增/减 though it starts with an ideograph.
 *
 * @example
 * ```ts
 * isSignedWord("增10"); // true
 * isSignedWord("行政许可"); // false
 * ```
 */
export const isSignedWord = (text: string): boolean => SIGNED_WORD.test(text.trim());

/**
 * A number whose sign the copy stuttered (`--253`, `+-3`): it holds its cell's place in the row,
 * but which sign it meant is not for the reader to choose, so the cell reads as unreadable.
 */
const STUTTERED_SIGN = /^[+-]{2,}\d+(?:\.\d+)?$/;

const EDGE_PUNCTUATION = "（()）“”\"'‘’【】「」《》、，,。：:；;";

/**
 * The text without the punctuation at either end. A loop, not `/^[…]+|[…]+$/g`: the second branch
 * of that regex rescans a run of punctuation from each of its characters (quadratic on `x（（（…y`).
 */
export function stripPunctuation(text: string, meter?: Meter): string {
  let start = 0;
  while (start < text.length && EDGE_PUNCTUATION.includes(text[start]!)) start++;
  let end = text.length;
  while (end > start && EDGE_PUNCTUATION.includes(text[end - 1]!)) end--;
  // Each character is looked at once from one end or the other (against a fixed list); the slice.
  tick(meter, 1 + start + (text.length - end) + (end - start));
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * The ideographs a value may start with: the marks' (无, 無) and the sign words' of SIGNED_WORD
 * (增, 减). Every other pattern above starts with a digit, a sign or punctuation.
 */
const VALUE_IDEOGRAPHS = new Set(
  [...MARKS, "增", "减"].map((word) => word.charCodeAt(0)).filter(isPlainIdeograph),
);

/**
 * The ideographs a value may hold anywhere: the units of WITH_UNIT, the sign words and units of
 * SIGNED_WORD, the marks' (无, 無). A text holding any other ideograph that NFKC keeps (a numbered
 * label's words, `1.属于国家秘密`) is no value: NFKC and trimming keep it, and no pattern takes it.
 */
const IDEOGRAPHS_OF_VALUES = new Set(
  [...`${WITH_UNIT.source}${SIGNED_WORD.source}${[...MARKS].join("")}`]
    .map((character) => character.charCodeAt(0))
    .filter(isPlainIdeograph),
);

/** Whether a text holds an ideograph that no value holds (see {@link IDEOGRAPHS_OF_VALUES}). */
function holdsWordIdeograph(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (isPlainIdeograph(code) && !IDEOGRAPHS_OF_VALUES.has(code)) return true;
  }
  return false;
}

/** Whether a text is one or more ASCII digits and nothing else. */
function isAsciiDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Whether a trimmed token is a value (number, number with unit, mark, blank or `?`). */
export function isValueText(text: string, meter?: Meter): boolean {
  // A label's word: an ideograph that NFKC keeps and trimming cannot remove, which starts no value.
  const first = text.charCodeAt(0);
  if (isPlainIdeograph(first) && !VALUE_IDEOGRAPHS.has(first)) {
    tick(meter, 1);
    return false;
  }
  // A run of ASCII digits (most values) is a number: NUMBER below would say so.
  if (isAsciiDigits(text)) {
    tick(meter, 1 + text.length);
    return true;
  }
  // Blank (a pipe cell's): NFKC and the trims would say so.
  if (text === "") {
    tick(meter, 1);
    return true;
  }
  // A word after a digit (a numbered label's, `1.属于国家秘密`): one scan, not NFKC and the patterns.
  tick(meter, 1 + text.length);
  if (holdsWordIdeograph(text)) return false;
  // Besides NFKC: two trims, two hash look-ups and four patterns anchored at both ends whose
  // digit runs, when backtracked, give way one digit at a time to a fixed continuation.
  tick(meter, 8 * text.length);
  const plain = nfkcOfValue(text, meter).trim();
  return (
    plain === "" ||
    MARKS.has(text.trim()) ||
    MARKS.has(plain) ||
    ABSENT.has(plain) ||
    NUMBER.test(plain) ||
    GROUPED.test(plain) ||
    WITH_UNIT.test(plain) ||
    SIGNED_WORD.test(plain) ||
    STUTTERED_SIGN.test(plain)
  );
}

/**
 * Whether a text is a plain count as most cells print it (ASCII digits only, at most fifteen, so
 * a safe integer): its token and its value need none of the patterns below.
 */
function isPlainDigits(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/**
 * The token as a whole cell. Written out rather than spread (`{ ...token, whole: true }`): a
 * spread copies through a generic path that showed in profiles of short pages. `opens` is written
 * in a literal of its own, not spread in: a spread costs more than the object it adds to.
 */
const wholeToken = (token: Token): Token =>
  token.opens
    ? { text: token.text, junk: token.junk, whole: true, opens: true }
    : { text: token.text, junk: token.junk, whole: true };

/** The token of a word or cell; `whole` when it is a whole cell as printed (see {@link Token}). */
function token(text: string, meter?: Meter, whole = false): Token {
  tick(meter, text.length);
  const plain = text.trim();
  if (isPlainDigits(plain)) return { text: plain, junk: false, whole };
  const trimmed = stripPunctuation(plain, meter);
  return { text: trimmed, junk: !isValueText(trimmed, meter), whole };
}

const NEWLINE = 0x0a;

/**
 * Whether a text holds a blank of any kind (`trim` removes the same ones from the ends). A loop,
 * not `/\s/.test`: called on every pipe cell, most of them a few characters long, where the
 * pattern's call cost more than the look.
 */
function holdsBlank(text: string): boolean {
  for (let at = 0; at < text.length; at++) if (isBlankCode(text.charCodeAt(at))) return true;
  return false;
}

/** A blank cell on a line of its own before a run of pipes (see {@link Token}). */
const LONE_BLANK: Token = Object.freeze({ text: "", junk: false, whole: true, beforeRun: true });

/**
 * Tokens of a pipe-rendered region: the text before the first `|` is the rest of the label cell;
 * every `|` ends a cell; text after the last `|` is one more cell when it holds something.
 * `separated`: the table writes `a | b` without a closing pipe, so a trailing `| ` opens a blank cell.
 */
export function pipeTokens(
  region: string,
  separated: boolean,
  meter?: Meter,
  padded?: Token[],
): Token[] {
  tick(meter, region.length);
  // The pieces between pipes, found by searching from pipe to pipe: `split` costs a runtime call
  // and an array per row, more than the row's reading in profiles of short pages.
  const firstPipe = region.indexOf("|");
  if (firstPipe === -1) return [];
  const tokens: Token[] = [];
  // Where the tokens after the last filled cell start, and whether a pipe among them closes
  // nothing (`||`): see the end of the loop.
  let afterFilled = 0;
  let adjacent = false;
  // Where the first run of adjacent pipes after the last filled cell starts among the tokens (its
  // blank lead-in piece included), and the first blank since that cell not on a line of its own.
  let runStart = -1;
  let unlined = -1;
  let previousStart = 0;
  let previousBlank = false;
  let previousEmpty = false;
  // The tokens of pieces that are a line break alone, and whether the first filled piece stands
  // on one line between two pipes (see the end).
  let lineEnds: Set<Token> | undefined;
  let inline: boolean | undefined;
  // Before the first pipe is the rest of the label cell; but on a line of its own after the label
  // (a wrapped label, then a row whose opening pipe became a space: `…情形）\n  2 | 0 |`) a value
  // is the row's first cell.
  const lineBreak = region.lastIndexOf("\n", firstPipe);
  tick(meter, 1 + 2 * firstPipe);
  if (lineBreak !== -1) {
    const first = token(region.slice(lineBreak + 1, firstPipe), meter);
    if (!first.junk && first.text !== "") tokens.push(wholeToken(first));
    afterFilled = tokens.length;
  }
  for (let start = firstPipe + 1; start !== 0; ) {
    const pipe = region.indexOf("|", start);
    const last = pipe === -1;
    let piece = region.slice(start, last ? region.length : pipe);
    start = pipe + 1;
    // In a table written `a | b`, a piece blank up to a line break and words after it (`… | 55 | ⏎
    // 三、本年度办理结果 |`: python-docx's text of a row ending in a blank cell, the next row's
    // merged label repeated) is the row's last cell, blank, then the next line's words. Read as one
    // cell of words, the blank was lost, and the row, a cell short, had its values split as glued
    // digits (`54 | 55` read 5, 4 and 55). Not when the words' first line is a value: that is the
    // cell's own, on its second line (python-docx's text of a cell whose first paragraph is empty,
    // `| ⏎45⏎三、本年度办理结果`), and a blank there would stand for the 45 printed.
    if (separated) {
      const lineBreak = piece.indexOf("\n");
      if (lineBreak !== -1 && piece.slice(0, lineBreak).trim() === "") {
        const rest = piece.slice(lineBreak).trim();
        const restBreak = rest.indexOf("\n");
        const firstLine = restBreak === -1 ? rest : rest.slice(0, restBreak).trim();
        if (rest !== "" && !isValueText(firstLine, meter)) {
          tokens.push({ text: "", junk: false, whole: true });
          piece = piece.slice(lineBreak);
        }
      }
    }
    // In a table written `a | b` (tabs made pipes), a line break ends the row's last cell: what
    // follows is the next line (`续表`, a note, a page's header), not more of the cell, and read
    // as one cell with it (`29\n续表`) the value was lost among words. Not a value and its unit
    // on two lines (`137<br>件`), nor a cell before others on the row: a cell's text may hold a
    // line break of its own (`137\n合计` then the row's next cells), and cut there, the cells
    // after it would stand after words, unread.
    let after = "";
    if (last && separated && !isValueText(piece.trim(), meter)) {
      const filled = piece.search(/\S/);
      const lineBreak = filled === -1 ? -1 : piece.indexOf("\n", filled);
      if (lineBreak !== -1) {
        after = piece.slice(lineBreak).trim();
        piece = piece.slice(0, lineBreak + 1);
      }
    }
    // The trims, the split into words, and the look at the blanks ending the piece.
    tick(meter, 1 + 5 * piece.length);
    // After the last pipe: a cell when it holds something; when blank, a blank cell only where rows
    // are written `a | b` (then a trailing pipe opens the last cell), else the row's closing pipe.
    const trimmed = piece.trim();
    if (last && trimmed === "" && !separated) continue;
    const pieceStart = tokens.length;
    if (piece === "") {
      adjacent = true;
      // The run's first pipe closes the blank piece before it: the line break (or space) leading
      // to the run, not a cell.
      if (runStart === -1 && !previousEmpty) runStart = previousBlank ? previousStart : pieceStart;
    } else if (trimmed === "" && unlined === -1 && !piece.includes("\n")) unlined = pieceStart;
    previousStart = pieceStart;
    previousBlank = trimmed === "";
    previousEmpty = piece === "";
    // A cell holding several values separated by spaces (a merged rendering) gives one token each.
    // Split only when a blank is left inside: most cells hold one word, and the split's array and
    // pattern cost more than the test.
    const words = holdsBlank(trimmed) ? trimmed.split(/\s+/) : undefined;
    if (words?.every((w) => isValueText(w, meter) && w !== "")) {
      for (const word of words) tokens.push(token(word, meter));
    } else {
      // A cell after the last pipe is whole when a line break ends it: else the next label (or
      // whatever follows the region) may be glued to it.
      const whole = !last || piece.slice(piece.trimEnd().length).includes("\n");
      tokens.push(token(trimmed, meter, whole));
    }
    const pushed = tokens[tokens.length - 1];
    if (piece === "\n" || piece === "\r\n") {
      lineEnds ??= new Set();
      lineEnds.add(pushed!);
    } else if (trimmed !== "") inline ??= !piece.includes("\n");
    if (pushed !== undefined && pushed.text !== "") {
      // Words after a run that followed a value (`0 |`, `||`, then a note `单位：件` or a header
      // printed again): the run was the row's padding all the same (see below), not blank cells.
      if (
        pushed.junk &&
        adjacent &&
        !separated &&
        afterFilled > 0 &&
        !tokens[afterFilled - 1]!.junk
      ) {
        tokens.pop();
        dropPadding(tokens, afterFilled, runStart, unlined, padded);
        tokens.push(pushed);
      }
      afterFilled = tokens.length;
      adjacent = false;
      runStart = -1;
      unlined = -1;
    }
    if (after !== "") for (const word of after.split(/\s+/)) tokens.push(token(word, meter));
  }
  // Pipes with nothing between them (`3 | 3 ||||||`) close no cell of their own: a page copied as
  // `text |` per cell writes a merged cell's spanned columns so, as `第二十条第(一)项 | |||` shows.
  // After a row's last value, such a run is padding up to the page's widest row, not blank cells
  // in their columns: the row printed only its values, and the blanks there are dropped (it is
  // then read as a short row, whose values the table's identities place or leave absent). Not in
  // a table written `a | b` (tabs made pipes among them), where `||` is a blank cell in its place.
  // But a lone `|` on a line of its own before the run is a blank cell of a page copied `text |`
  // per line, which writes an empty cell so (`|` seven times, then `||`, for a row printed blank:
  // erdao-fwzs-2022 in fixtures/heldout4); those stay, the run and its lead-in go.
  if (adjacent && !separated) dropPadding(tokens, afterFilled, runStart, unlined, padded);
  // A row written on its line (`|一、…|1011|1013|1017|`: its first cell between two pipes of one
  // line) ends at the line's end: a line break alone between a pipe ending one line and one
  // opening the next is the step to the next line, and lone `|` lines after it (an empty
  // element's separator in a page's text joined by `|`) are no cells of its. Counted as its last
  // cells, they made a short row full, its values placed from the left. Blanks around the break
  // (`| 1016 |  ⏎    |`) are a blank cell folded over two lines, and stay one; a row written a
  // cell a line (`text |` per line) keeps its lone lines: there they are its blanks.
  if (lineEnds !== undefined && inline === true && !separated) {
    return tokens.filter((token) => !lineEnds!.has(token));
  }
  return tokens;
}

/**
 * The run of adjacent pipes after the last filled token (at `afterFilled`; see pipeTokens) taken
 * out of `tokens`, with its blank lead-in; the lone `|` lines before it (from `afterFilled` to
 * `runStart`, none `unlined`) kept as blank cells. The filled token a run so follows goes to
 * `padded`: the row ended there, whether or not its copy closes rows with a pipe of their own.
 * Said aside, not as a field of the token: one more shape of token objects slowed every reader of
 * tokens (a page excerpt read 28 % slower with the field).
 */
function dropPadding(
  tokens: Token[],
  afterFilled: number,
  runStart: number,
  unlined: number,
  padded?: Token[],
): void {
  const lined = runStart > afterFilled && (unlined === -1 || unlined >= runStart);
  tokens.length = lined ? runStart : afterFilled;
  for (let at = afterFilled; at < tokens.length; at++) tokens[at] = LONE_BLANK;
  if (!lined && afterFilled > 0) padded?.push(tokens[afterFilled - 1]!);
}

/**
 * A digit before a character past U+2E7F, where every Chinese character is: without one, the
 * Unicode-property pattern below has nothing to split, and this plain one finds that faster.
 */
const DIGIT_BEFORE_WIDE = /\d[\u2e80-\uffff]/;

/**
 * Internal: a run of digits glued to the letters after it, set apart from them (`3三、` → `3 三、`),
 * unless it is a year (`2022年政府信息公开工作年度报告`, a page's running header printed inside a
 * table): a year is part of its words, never a value.
 */
export function apartFromLetters(digits: string, offset: number, whole: string): string {
  const year =
    digits.length === 4 &&
    (digits.startsWith("19") || digits.startsWith("20")) &&
    whole.charAt(offset + 4) === "年" &&
    !isAsciiDigitCode(whole.charCodeAt(offset - 1));
  return year ? digits : `${digits} `;
}

/**
 * A year set apart from its 年 by blanks on its line (`2022 年政府信息公开工作年度报告`: pdftotext
 * puts a space between Latin digits and the ideographs after them). No label nor column header
 * opens with 年, so a number so followed is a year of the words after it, never a value.
 */
const SPACED_YEAR = /(?<![\d.])((?:19|20)\d\d)[ \t\u00a0\u3000]+(?=年)/g;

// A word of one or two letters, then a value on its line: what a cell printed after its value.
const BETWEEN_VALUES = String.raw`\p{Script=Han}{1,2}[ \t\u00a0\u3000]+\d`;

/**
 * Digits glued to letters (units too), but not to a word of one or two letters between values
 * (see {@link NUMBER_BEFORE_LETTERS}): for a table whose cells are read without units.
 */
export const DIGITS_BEFORE_LETTERS = new RegExp(
  `\\d+(?=\\p{Script=Han})(?!${BETWEEN_VALUES})`,
  "gu",
);

/**
 * Digits glued to the letters after them: set apart (see {@link apartFromLetters}) unless the
 * letters are a unit of the value (`251000元`) or a word of one or two letters between values on
 * the line (`2注  3`, `22余  23`): a cell that printed more than its value, read whole (see
 * `rowValues`), where set apart its word ended the row's values.
 */
const NUMBER_BEFORE_LETTERS = new RegExp(
  `\\d+(?=\\p{Script=Han})(?!万?元|件|个|项|項|条|次|${BETWEEN_VALUES})`,
  "gu",
);

/**
 * Whether a 年 in `text` has one of {@link SPACED_YEAR}'s blanks right before it: without one the
 * pattern matches nothing, and most regions (a 年 in a header's words, or none) are told so
 * without it.
 */
function blankBeforeYear(text: string): boolean {
  for (let at = text.indexOf("年"); at !== -1; at = text.indexOf("年", at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before === 0x20 || before === 0x09 || before === 0xa0 || before === 0x3000) return true;
  }
  return false;
}

/**
 * The text of a region as its words are read: a page number in words sharing a line with a
 * running header is no value; a year set apart from its 年 is glued back to it (and so kept with
 * its words); values glued to the words after them (`0000000三、本年度…`) end where the letters
 * begin, unless the letters are a unit of the value (`251000元`).
 */
function wordText(region: string): string {
  const unpaged = withoutWordedPageNumbers(region);
  const joined = blankBeforeYear(unpaged) ? unpaged.replace(SPACED_YEAR, "$1") : unpaged;
  return DIGIT_BEFORE_WIDE.test(joined)
    ? joined.replace(NUMBER_BEFORE_LETTERS, apartFromLetters)
    : joined;
}

/**
 * Calls `visit` with every blank-separated word of a text: its start, its end, and its line (the
 * line breaks before it); returns the text's line breaks (its lines but the last end with one).
 * One walk for the tokens and for the counts of values: a caller that only counts values reads
 * most words without slicing them (see {@link wordValueCounts}).
 */
function eachWord(text: string, visit: (start: number, end: number, line: number) => void): number {
  let line = 0;
  let word = -1;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : NEWLINE;
    if (!isBlankCode(code)) {
      if (word === -1) word = at;
      continue;
    }
    if (word !== -1) visit(word, at, line);
    word = -1;
    if (code === NEWLINE && at < text.length) line++;
  }
  return line;
}

/** Tokens of a region rendered without pipes: every whitespace-separated word. */
export function wordTokens(region: string, meter?: Meter): Token[] {
  // The replacements look a fixed distance ahead of each digit (the blanks after a year once);
  // the walk reads each character once, and each word once more as it is sliced.
  tick(meter, 5 * region.length);
  const text = wordText(region);
  const tokens: Token[] = [];
  // The first and last lines share their lines with what surrounds the region (the label before
  // it, the next label after it): only a line between, ended by a line break, may hold a whole
  // cell. `line` is the line of the tokens from `lineStart` on.
  let line = 0;
  let lineStart = 0;
  const wholeIfAlone = () => {
    if (line > 0 && tokens.length === lineStart + 1)
      tokens[lineStart] = wholeToken(tokens[lineStart]!);
  };
  const breaks = eachWord(text, (start, end, wordLine) => {
    const word = text.slice(start, end);
    // A footnote's mark set apart (`25 ① 26`) is no word between the values.
    if (onlyMarks(word)) return;
    const read = token(word, meter);
    if (read.text === "") return;
    if (wordLine !== line) {
      wholeIfAlone();
      line = wordLine;
      lineStart = tokens.length;
    }
    const opens = line > 0 && tokens.length === lineStart;
    tokens.push(opens ? { text: read.text, junk: read.junk, opens } : read);
  });
  // The last line with tokens is whole only when a line break ends it.
  if (line < breaks) wholeIfAlone();
  return tokens;
}

/** What a word reads as: nothing (punctuation only), a value, or words (junk). */
const NOTHING = 0;
const VALUE = 1;
const JUNK = 2;
type WordKind = typeof NOTHING | typeof VALUE | typeof JUNK;

/**
 * {@link token}'s verdict on `text[start, end)` (a word: no blank inside), without slicing it when
 * its first character tells: a label's ideograph, or a run of ASCII digits.
 */
function wordKind(text: string, start: number, end: number, meter?: Meter): WordKind {
  const first = text.charCodeAt(start);
  if (isPlainIdeograph(first) && !VALUE_IDEOGRAPHS.has(first)) return JUNK;
  let digits = start;
  while (digits < end && isAsciiDigitCode(text.charCodeAt(digits))) digits++;
  if (digits === end) return VALUE;
  const word = text.slice(start, end);
  if (onlyMarks(word)) return NOTHING;
  const read = token(word, meter);
  return read.text === "" ? NOTHING : read.junk ? JUNK : VALUE;
}

/**
 * Counts, in one pass, the values among a row's tokens and those that read as cells rather than
 * as a number in a sentence: alone on their line, or next to another value on it (a line starts
 * at the first token or at one that opens it). Fed one token at a time, so that words can be
 * counted without being made tokens (see {@link wordValueCounts}).
 */
export class ValueTally {
  // Declared, and set in the constructor: the build's syntax (ES2019) writes a field initialiser
  // as a property definition per field, which showed in profiles (a tally is made per count).
  /** The values. */
  declare all: number;
  /** The values that read as cells. */
  declare cells: number;
  /** The last token's kind, and that of the token before it on its line (Nothing at a line's start). */
  declare private last: WordKind;
  declare private beforeLast: WordKind;

  constructor() {
    this.all = 0;
    this.cells = 0;
    this.last = NOTHING;
    this.beforeLast = NOTHING;
  }

  /** One more token: words or a value, and whether it opens a line. */
  add(junk: boolean, opens: boolean): void {
    this.settle(opens ? NOTHING : junk ? JUNK : VALUE);
    this.beforeLast = opens ? NOTHING : this.last;
    this.last = junk ? JUNK : VALUE;
    if (!junk) this.all++;
  }

  /** The counts, the last token settled. */
  end(): [all: number, cells: number] {
    this.settle(NOTHING);
    this.last = NOTHING;
    return [this.all, this.cells];
  }

  /** The last token counted as a cell or not, now that what follows it on its line is known. */
  private settle(after: WordKind): void {
    if (this.last !== VALUE) return;
    const before = this.beforeLast;
    if ((before === NOTHING && after === NOTHING) || before === VALUE || after === VALUE)
      this.cells++;
  }
}

/**
 * `ValueTally`'s counts of {@link wordTokens}`(region)`, without making the tokens: the values
 * printed in a slice of a table are counted for every row whose values are printed apart from its
 * label, and the tokens' objects and slices were most of that count's time.
 */
export function wordValueCounts(region: string, meter?: Meter): [all: number, cells: number] {
  tick(meter, 5 * region.length);
  const text = wordText(region);
  const tally = new ValueTally();
  let line = 0;
  let lineTokens = 0;
  eachWord(text, (start, end, wordLine) => {
    const kind = wordKind(text, start, end, meter);
    if (kind === NOTHING) return;
    if (wordLine !== line) {
      line = wordLine;
      lineTokens = 0;
    }
    tally.add(kind === JUNK, line > 0 && lineTokens === 0);
    lineTokens++;
  });
  return tally.end();
}

/**
 * Whether a token reads as a value printed with more (`22*`, `22注`, `22（1）`, `*22`, `约22`): a
 * run of digits, and at most four other characters, or any number of them where the caller knows
 * the token for a cell of the row (`ownCell`: table 四's pipe line, `187（其中1件）`; a header cell
 * such as `本年(2023)处理决定` is a pipe cell too); not a year (`2022年度`, a running header's words), a row's
 * ordinal printed in a cell of its own (`8.`, `第8`), nor digits between dashes (`27-` glued to a
 * page number's `- 3 -`).
 */
export function printedMore(token: Token, ownCell = false): boolean {
  const word = token.text;
  const digits = DIGIT_RUN.exec(word)?.[0].length ?? 0;
  return (
    digits > 0 &&
    (ownCell || word.length - digits <= 4) &&
    !/^(?:19|20)\d\d年/.test(word) &&
    !/^[0-9\uff10-\uff19]+[.、．](?![0-9\uff10-\uff19])/.test(word) &&
    !/^[-–—－]*[0-9\uff10-\uff19]+[-–—－]*$/.test(word) &&
    !word.startsWith("第")
  );
}

// A number as printed, grouped or with decimals (`1,207`, `1.5`).
const DIGIT_RUN = /[0-9\uff10-\uff19](?:[0-9\uff10-\uff19,，.]*[0-9\uff10-\uff19])?/;

// How far along its line {@link cellsFollow} looks: a hostile line of marked words stays linear.
const MAX_MARKED_RUN = 32;

/**
 * Whether cells follow `tokens[at]` on its line: past words printing more than their values
 * (`2*  3*`), a value or a blank cell; or the line's end, when every word from `at` on is a cell
 * of its own (a pipe cell), since set apart by spaces a blank cell before them cannot be told.
 */
function cellsFollow(tokens: readonly Token[], at: number): boolean {
  let whole = tokens[at]!.whole === true;
  for (let index = at + 1; index <= at + MAX_MARKED_RUN; index++) {
    const next = tokens[index];
    if (next === undefined || next.opens === true) return whole;
    // A blank (a pipe cell with nothing in it) is a cell of the line too.
    if (!next.junk) return true;
    if (!printedMore(next)) return false;
    whole &&= next.whole === true;
  }
  return false;
}

/**
 * Whether the word `tokens[at]` is a cell of the row that printed more than its value (`22*`,
 * `22注`, `22（1）`), not the end of the row's values: it reads so (see {@link printedMore}),
 * follows the row's values on their line, and cells follow it (see {@link cellsFollow}: a word
 * ending a line set apart by spaces may be a remark or a page number after a blank cell,
 * `5  0  0  0  1  6  1件已撤回` read 1 and 6 a column late). Taken for the row's end, it dropped
 * the values after it, quoted nowhere, and the values before it were read as a short row
 * (`18 19 20 21` split 1/8/1/9/2/0/21, which the total happened to allow).
 */
export function amongValues(tokens: readonly Token[], at: number, taken: number): boolean {
  const word = tokens[at]!;
  if (taken === 0 || word.opens === true || !printedMore(word)) return false;
  return cellsFollow(tokens, at);
}

/**
 * Whether the word `tokens[at]`, before the row's values, is their first cell, which printed more
 * than its value (`1*  2  3`, `1*  2*  3*` in a pipe table): it starts with a digit, or is a pipe
 * cell (set apart by spaces, `行政许可注1  7  9` is a note after the label, no cell), and cells
 * follow it on its line; or the row has one cell and the word is the last of its line
 * (`行政许可  7*`).
 */
export function opensCells(tokens: readonly Token[], at: number, count: number): boolean {
  const word = tokens[at]!;
  const digitFirst = /^[0-9\uff10-\uff19]/.test(word.text);
  if (!printedMore(word) || !(digitFirst || word.whole === true)) return false;
  const next = tokens[at + 1];
  if (count === 1 && (next === undefined || next.opens === true)) return true;
  return cellsFollow(tokens, at);
}

/**
 * Where the row's cells open among the words before its first value (`start`): at the first of the
 * words printing more than their values on the line just before it that {@link opensCells} takes,
 * else at `start`.
 */
function cellsOpen(tokens: readonly Token[], start: number, count: number): number {
  let first = start;
  while (
    first > 0 &&
    start - first < MAX_MARKED_RUN &&
    tokens[first]?.opens !== true &&
    tokens[first - 1]!.junk &&
    printedMore(tokens[first - 1]!)
  ) {
    first--;
  }
  for (let at = first; at < start; at++) if (opensCells(tokens, at, count)) return at;
  return start;
}

/**
 * The value tokens of a row: the words before the values are skipped (label remainders, repeated
 * labels, header rows), the values taken up to the next word (a word that is a cell among them,
 * `22*`, is taken: see {@link amongValues}), trailing blanks past `count` dropped.
 */
export function rowValues(tokens: readonly Token[], count: number, meter?: Meter): Token[] {
  // Five passes over the tokens at most.
  tick(meter, 1 + 5 * tokens.length);
  const firstFilled = tokens.findIndex((t) => !t.junk && t.text !== "");
  let start = 0;
  for (let i = 0; i < (firstFilled === -1 ? tokens.length : firstFilled); i++) {
    if (tokens[i]!.junk) start = i + 1;
  }
  // The row's first cells may be ones that printed more than their values (`1*  2  3`), or its
  // only one (`7*`).
  const begin = cellsOpen(tokens, start, count);
  const values: Token[] = [];
  let tookWord = begin < start;
  for (let i = begin; i < tokens.length; i++) {
    if (tokens[i]!.junk && i >= start) {
      if (!(values.length < count && amongValues(tokens, i, values.length))) break;
      tookWord = true;
    }
    values.push(tokens[i]!);
  }
  // Lone `|` lines kept before a run (pipeTokens) are blank cells on the word of the pages that
  // write a blank cell so and pad a row with one run. A row they make longer than its columns has
  // a piece that is no cell; when a blank stands before the row's last value, whether that piece
  // is before the value or after it decides the value's column (a note in a cell of its own,
  // `（区分处理的…） |`, or a second label column printed between label and values), and that is
  // not printed. The lines go then, as before they were kept: the row is read as a short row,
  // whose values the table's identities place or leave absent.
  if (values.length > count && values[values.length - 1]!.beforeRun) {
    let end = values.length;
    while (end > 0 && values[end - 1]!.beforeRun) end--;
    // They follow the row's last value (values[end - 1]), or a row of blanks places nothing.
    let blankBefore = false;
    for (let i = 0; i < end && !blankBefore; i++) blankBefore = values[i]!.text === "";
    if (blankBefore) values.length = end;
  }
  // Blanks past the row's cells are dropped (a separator ending the line), but not after a word
  // taken for a cell: the word may be a cell too many (`30 | 注1 | 31 | | | 32 | 33 |`, a note
  // printed in a cell of its own), and the blank the row's last cell; the row is then too long,
  // and quoted.
  if (!tookWord)
    while (values.length > count && values[values.length - 1]!.text === "") values.pop();
  return values;
}

/** What reading one cell token gives: a value, or why it could not be read. */
export type CellReading = { readonly ok: true; readonly value: Cell } | { readonly ok: false };

// The readings of a blank cell and of the small counts most cells print (`0`, `3`), made once:
// a table's rows read a cell each, and an object per cell showed among the parse's allocations.
const BLANK_READING: CellReading = Object.freeze({ ok: true, value: null });
const NO_READING: CellReading = Object.freeze({ ok: false });
const COUNT_READINGS: readonly CellReading[] = Array.from({ length: 100 }, (_, value) =>
  Object.freeze({ ok: true, value }),
);

/**
 * The value of a cell token for a column. Blank → `null`; `/ - — 无` → a mark; a number with a unit
 * (`251000元`) → the number when the unit agrees with the column's (or the column names none),
 * otherwise unreadable, since a number in another unit would be a wrong number; the unit itself is
 * not kept (the column's unit is the registry's). Negative numbers only in `signedCount` columns.
 */
export function readCell(text: string, column: ColumnDefinition, meter?: Meter): CellReading {
  // The trim, hash look-ups, anchored patterns (see isValueText), the comma removal, the number.
  tick(meter, 1 + 11 * text.length);
  const raw = text.trim();
  if (raw === "") return BLANK_READING;
  // What the patterns below would conclude for a plain count, without them.
  if (isPlainDigits(raw)) {
    if (column.kind === "money") return { ok: true, value: new Decimal(raw) };
    const value = Number(raw);
    return value < COUNT_READINGS.length ? COUNT_READINGS[value]! : { ok: true, value };
  }
  if (MARKS.has(raw)) return { ok: true, value: mark(raw) };
  // Trimmed again: a footnote's mark taken out may leave the blank before it (`25 ①`).
  const plain = nfkcOfValue(raw, meter).trim();
  if (MARKS.has(plain)) return { ok: true, value: mark(raw) };
  const signed = SIGNED_WORD.exec(plain);
  if (signed) {
    // Only the signed column reads a sign word; elsewhere such a cell is not a count.
    if (column.kind !== "signedCount") return NO_READING;
    const size = Number(signed[2]);
    if (!Number.isSafeInteger(size)) return NO_READING;
    const negative = signed[1]!.startsWith("减") || signed[1] === "−";
    return { ok: true, value: negative && size !== 0 ? -size : size };
  }
  let number = GROUPED.test(plain) ? plain.replace(/,/g, "") : plain;
  const unit = WITH_UNIT.exec(number);
  if (unit) {
    const written = unit[2]!;
    const expected = column.unit;
    if (expected !== "" && expected !== written && !(expected === "项" && written === "項")) {
      return NO_READING;
    }
    number = unit[1]!;
  }
  if (!NUMBER.test(number)) return NO_READING;
  if (column.kind === "money") {
    if (number.startsWith("-")) return NO_READING;
    return { ok: true, value: new Decimal(number.replace(/^\+/, "")) };
  }
  if (!/^[+-]?\d+$/.test(number)) return NO_READING;
  const value = Number(number);
  if (!Number.isSafeInteger(value)) return NO_READING;
  if (value < 0 && column.kind !== "signedCount") return NO_READING;
  return { ok: true, value: value === 0 ? 0 : value };
}
