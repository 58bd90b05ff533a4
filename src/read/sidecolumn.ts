/**
 * Row labels cut by a side column, joined. Table 三 prints its group labels (`（六）其他处理`,
 * `三、本年度办理结果`) in a column of their own left of the row labels, over the rows they span: a
 * PDF laid out as text (`pdftotext -layout`) then puts the group label's pieces at the start of
 * some lines of a wrapped row label, or on lines of their own between them:
 *
 * ```text
 *       1.申请人无正当理由逾期不补正、
 *       行政机关不再处理其政府信息公      0    0    0      0     0   0    0
 *   （六） 开申请
 * ```
 *
 * Read as it is, `（六）` stands inside the row's label and the row is not found. The pieces are
 * taken out of the label's lines (the row label says which group the row is in): out of the first
 * line too, and before a label whole on its line, where they would follow the row above's values
 * (`… 3` then `其他处 2.申请人…` reads as the label `3.其他`, which then takes the row's values). They go only when a registry row label is then read exactly across the
 * lines, laid out with its values (a run of several on one of its lines, or on the line below),
 * and only pieces of the registry's own group labels go (a word opening a line whose key lies
 * inside one): never a guess at a label.
 *
 * @module
 */
import { templateDefinition, templateVersions } from "../templates/registry.js";
import { isBlankCode } from "../text/blank.js";
import { hasAsciiDigit } from "../text/digits.js";
import { most } from "../text/lists.js";
import { type Meter, tick } from "../text/meter.js";
import { isPlainIdeograph, matchKey } from "../text/normalize.js";
import { isValueText } from "./cells.js";
import { DISTINCTIVE, labelForms } from "./labels.js";
import { lineEnd, lineStarts, withLineEdits } from "./lines.js";

/** Lines a row label with the side column's pieces may span (a narrow cell wraps a label over 10). */
const SPAN = 24;

/** Internal: table 三's side labels and value rows, as keys. */
export interface Labels {
  /** The keys of table 三's heading and group labels: the side column's words. */
  readonly side: readonly string[];
  /** The keys of the row labels that hold values (with the ordinal, and without it when distinctive). */
  readonly rows: readonly string[];
}

/** Internal: the keys of table 三's labels, for sidecolumn.ts and above.ts. */
export const LABELS: Labels = (() => {
  const side = new Set<string>();
  const rows = new Set<string>();
  for (const version of templateVersions) {
    for (const row of templateDefinition(version).applications.rows) {
      const grouping = row.role === "heading" || row.role === "group";
      for (const { ordinal, core } of labelForms([row.label, ...row.variants])) {
        if (core === "") continue;
        if (grouping) side.add(ordinal + core);
        else {
          rows.add(ordinal + core);
          if (core.length >= DISTINCTIVE || ordinal === "") rows.add(core);
        }
      }
    }
  }
  return { side: [...side], rows: [...rows] };
})();

/**
 * The row labels' keys in one string, each between NULs (a key holds letters and digits only): a
 * key lies inside some row label when this string holds it, found by one search instead of one per
 * label.
 */
const ROWS_TEXT = `\u0000${LABELS.rows.join("\u0000")}\u0000`;

/**
 * The side labels' keys in one string, each between NULs: a key lies inside some side label when
 * this string holds it (one search, not one per label).
 */
const SIDE_TEXT = `\u0000${LABELS.side.join("\u0000")}\u0000`;

/** The row labels' keys, for telling a key that is one. */
const ROWS = new Set(LABELS.rows);

/** The side labels' keys, for telling a key that is a whole one. */
const SIDE = new Set(LABELS.side);

/**
 * The row labels' keys by their first character, in the order of LABELS.rows: the labels a key
 * may start are among those of its first character.
 */
const ROWS_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const label of LABELS.rows) {
    const list = map.get(label[0]!) ?? [];
    list.push(label);
    map.set(label[0]!, list);
  }
  return map;
})();

/**
 * The side labels' keys of each value row's group, by the row's keys (with its ordinal, and
 * without it when distinctive): whether a row is one of a side label's rows.
 */
const GROUP_OF: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const version of templateVersions) {
    const rows = templateDefinition(version).applications.rows;
    for (const row of rows) {
      const parent = rows.find((other) => other.key === row.parent);
      if (row.role === "heading" || row.role === "group" || parent?.role !== "group") continue;
      const sides = [parent.label, ...parent.variants].flatMap((text) =>
        labelForms([text]).map(({ ordinal, core }) => ordinal + core),
      );
      for (const { ordinal, core } of labelForms([row.label, ...row.variants])) {
        for (const key of core.length >= DISTINCTIVE ? [ordinal + core, core] : [ordinal + core]) {
          const set = map.get(key) ?? new Set<string>();
          for (const side of sides) set.add(side);
          map.set(key, set);
        }
      }
    }
  }
  return map;
})();

/** A count in ASCII digits (made once; neither global nor sticky). */
const COUNT = /^\d+$/;

/**
 * Whether the values ending `line` (a whole side label's) cannot be its group's subtotal: the line
 * `above` is a whole row of that group, as many values, one of them above the count below it. A
 * subtotal sums its rows, so it is below none of them: these values are another row's (the digits
 * of the row above wrapped in narrow cells, `1002` over `（三）不予公开 1 2 …`, 10021 printed).
 */
function belowItsRow(line: Line, above: Line, side: string, meter?: Meter): boolean {
  const width = line.words.length - line.values;
  if (above.words.length - above.values !== width || above.values === 0) return false;
  if (GROUP_OF.get(labelKey(above, above.side, meter))?.has(side) !== true) return false;
  tick(meter, width);
  for (let index = 0; index < width; index++) {
    const here = line.words[line.values + index]!;
    const there = above.words[above.values + index]!;
    if (COUNT.test(here) && COUNT.test(there) && Number(there) > Number(here)) return true;
  }
  return false;
}

/** The longest side label's key: a longer word (a line of prose) is no piece of one. */
const LONGEST = most(LABELS.side.map((label) => label.length));

/** The longest row label's key: a longer key (a line of prose) lies inside none. */
const LONGEST_ROW = most(LABELS.rows.map((label) => label.length));

/** The characters of the side labels' keys. */
const SIDE_CHARACTERS = new Set(LABELS.side.join(""));

/**
 * What a character opening a word says of it, learnt on first sight per BMP code unit: 1 when it
 * is an ideograph or an ASCII letter or digit whose key (itself, or its simplified form) is no
 * character of a side label, so that the word is no piece of one, known without its key (nearly
 * every line of prose, of table 二 or of values opens with such a character); 2 when it may open
 * one; 0 not yet seen. A key starts with its first character's, except where a Taiwan word is
 * replaced (檔案 → 文件), and 文件 holds no side character either.
 */
const OPENING = new Uint8Array(0x10000);

function opensForeign(code: number, meter?: Meter): boolean {
  let kind = OPENING[code]!;
  if (kind === 0) {
    const character = String.fromCharCode(code);
    let foreign = false;
    // An ASCII letter or digit is its own key (a value, an English word).
    if (/[0-9A-Za-z]/.test(character)) foreign = !SIDE_CHARACTERS.has(character);
    else if (code >= 0x4e00 && code <= 0x9fff) {
      const key = matchKey(character, meter);
      foreign = key.length === 1 && !SIDE_CHARACTERS.has(key);
    }
    kind = foreign ? 1 : 2;
    OPENING[code] = kind;
  }
  return kind === 1;
}

/** Whether a word's key lies inside a side label: a piece of the side column. */
function isSideWord(word: string, meter?: Meter): boolean {
  // A word of more characters than twice the longest label (brackets, punctuation) is prose, and
  // a word holding a foreign character is none either: most label words are told so without
  // their key.
  return sideWordEnd(word, 0, word.length, meter) === word.length && hasSideKey(word, meter);
}

/** Whether a word's key (not empty) lies inside a side label. */
function hasSideKey(word: string, meter?: Meter): boolean {
  const key = matchKey(word, meter);
  tick(meter, SIDE_TEXT.length);
  return key !== "" && SIDE_TEXT.includes(key);
}

/** Internal: a line cut into its words, each with its offset. */
export interface Line {
  readonly words: readonly string[];
  readonly starts: readonly number[];
  /** Index of the first word of the run of values ending the line (words.length when none). */
  readonly values: number;
  /** How many words open the line that are pieces of the side column. */
  readonly side: number;
}

/** Internal: a line cut into words, with its trailing values and opening side words told. */
export function cut(text: string, meter?: Meter): Line {
  tick(meter, text.length);
  const words: string[] = [];
  const starts: number[] = [];
  // The words as `\S+` finds them, by a walk over the code units (no match object per word).
  let word = -1;
  for (let at = 0; at <= text.length; at++) {
    if (at < text.length && !isBlankCode(text.charCodeAt(at))) {
      if (word === -1) word = at;
    } else if (word !== -1) {
      words.push(text.slice(word, at));
      starts.push(word);
      word = -1;
    }
  }
  let values = words.length;
  while (values > 0 && isValueText(words[values - 1]!, meter)) values--;
  // A line of values only keeps them as values; a run needs a digit (a row's values, not a `—`).
  if (values < words.length && !someHasDigit(words, values)) values = words.length;
  let side = 0;
  while (side < values && isSideWord(words[side]!, meter)) side++;
  return { words, starts, values, side };
}

/** Whether a word from index `from` on holds an ASCII digit (no array sliced off to look). */
function someHasDigit(words: readonly string[], from: number): boolean {
  for (let index = from; index < words.length; index++)
    if (hasAsciiDigit(words[index]!)) return true;
  return false;
}

/** The key of a line's label words from word `from` (its values left out). */
export function labelKey(line: Line, from: number, meter?: Meter): string {
  return matchKey(line.words.slice(from, line.values).join(""), meter);
}

/** A row label read across lines `[first, last]`, with the side words each line gives up. */
interface Join {
  readonly last: number;
  /** For each line after the first, how many of its opening words are the side column's. */
  readonly dropped: readonly number[];
}

/**
 * The row label starting at line `first` (after its own side words) and read exactly across the
 * lines below it once their opening side words are left out, or undefined. A line's words are
 * kept when they continue the label; its side words are left out only when they do not.
 */
function joinAt(
  lineAt: (index: number) => Line,
  count: number,
  first: number,
  key: (index: number, from: number) => string,
  meter?: Meter,
): Join | undefined {
  const start = lineAt(first);
  const head = key(first, start.side);
  if (head === "") return undefined;
  tick(meter, LABELS.rows.length);
  // A label whole on its first line, its values beside it: the side words before it go (after
  // the row above's total 3, `其他处 2.申请人…` reads as the label 3.其他).
  if (run(start) === 1 && ROWS.has(head)) {
    return start.side > 0 ? { last: first, dropped: [] } : undefined;
  }
  const candidates = (ROWS_BY_FIRST.get(head[0]!) ?? []).filter(
    (label) => label.length > head.length && label.startsWith(head),
  );
  for (const label of candidates) {
    let read = head;
    let runs = run(start);
    const dropped: number[] = [];
    for (let index = first + 1; index < count && index <= first + SPAN; index++) {
      const line = lineAt(index);
      runs += run(line);
      // A blank line, two runs of values (two rows), or a value alone (text in stream order,
      // where a row's values come apart from its label): no label laid out with its values.
      if (line.words.length === 0 || runs > 1 || Number.isNaN(runs)) break;
      const whole = key(index, 0);
      let skip = 0;
      if (!label.startsWith(whole, read.length)) {
        skip = line.side;
        if (skip === 0 || !label.startsWith(key(index, skip), read.length)) break;
      }
      read += skip === 0 ? whole : key(index, skip);
      dropped.push(skip);
      if (read === label) {
        // The row's values beside the label's lines, or on the line below it.
        const below = index + 1 < count ? lineAt(index + 1) : undefined;
        const values =
          runs === 1 || (below !== undefined && below.values === 0 && run(below) === 1);
        return values && dropped.some((count) => count > 0) ? { last: index, dropped } : undefined;
      }
    }
  }
  return undefined;
}

/** 1 for a line ending in a run of several values, 0 for none, NaN for a value alone. */
function run(line: Line): number {
  const width = line.words.length - line.values;
  return width === 0 ? 0 : width === 1 ? Number.NaN : 1;
}

/**
 * Where the word at `at` (ending at a blank or at `end`) ends, or -1 when it holds a foreign
 * character ({@link opensForeign}) or is longer than a side word may be: then it is no piece of a
 * side label (its key holds that character's, or a Latin letter it composes into). Most lines are
 * told so by their first character or two.
 */
function sideWordEnd(text: string, at: number, end: number, meter?: Meter): number {
  for (let index = at; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isBlankCode(code)) return index;
    if (index - at >= 2 * LONGEST || opensForeign(code, meter)) return -1;
  }
  return end;
}

/** The lines of a text that open with side words, cut, by line index. */
function sideLines(text: string, starts: readonly number[], meter?: Meter): Map<number, Line> {
  const found = new Map<number, Line>();
  for (let line = 0; line < starts.length; line++) {
    const start = starts[line]!;
    const end = lineEnd(text, starts, line);
    let at = start;
    while (at < end && isBlankCode(text.charCodeAt(at))) at++;
    // The line's first word, when it may be a piece of the side column: else cut finds no side word.
    const wordEnd = at < end ? sideWordEnd(text, at, end, meter) : -1;
    if (wordEnd !== -1 && hasSideKey(text.slice(at, wordEnd), meter)) {
      const cutLine = cut(text.slice(start, end), meter);
      if (cutLine.side > 0) found.set(line, cutLine);
    }
  }
  return found;
}

/**
 * The ASCII digits no row label's key holds (the ordinals run from 1 to 8): a key holding one lies
 * inside none. A digit is its own key, whatever stands around it (no character composes with it,
 * and no Taiwan word holds one).
 */
const FOREIGN_DIGITS: Uint8Array = (() => {
  // By code unit, ASCII only (a table read per character of a line, not a hash look-up).
  const table = new Uint8Array(128);
  for (const digit of "0123456789") if (!ROWS_TEXT.includes(digit)) table[digit.charCodeAt(0)] = 1;
  return table;
})();

/** Whether a code unit is one of {@link FOREIGN_DIGITS}. */
function isForeignDigit(code: number): boolean {
  return code < 128 && FOREIGN_DIGITS[code] === 1;
}

/**
 * Whether line `[start, end)` is blank, or has a key no row label holds, told without cutting the
 * line (see {@link outsideRows}). A paragraph before table 三, or a row of a pipe table (`| 0 |`),
 * is told so.
 */
function blankOrOutside(text: string, start: number, end: number, meter?: Meter): boolean {
  let at = start;
  while (at < end && isBlankCode(text.charCodeAt(at))) at++;
  if (at === end) return true;
  let last = end;
  while (last > at && isBlankCode(text.charCodeAt(last - 1))) last--;
  return outsideRows(text, at, last, meter);
}

/**
 * Whether the words `[at, last)` have a label key no row label holds: longer than any, or holding a
 * digit none has. Each ideograph gives the key one character (a Taiwan word is replaced by one of
 * its length), and a word that is no value is a label word with every word before it (cut's
 * values end a line): the first word for the length, the last for the digits.
 */
function outsideRows(text: string, at: number, last: number, meter?: Meter): boolean {
  let stop = at;
  let ideographs = 0;
  for (; stop < last; stop++) {
    const code = text.charCodeAt(stop);
    if (isBlankCode(code)) break;
    if (isPlainIdeograph(code)) ideographs++;
  }
  tick(meter, stop - at);
  if (ideographs > LONGEST_ROW && !isValueText(text.slice(at, stop), meter)) return true;
  let digit = at;
  while (digit < last && !isForeignDigit(text.charCodeAt(digit))) digit++;
  tick(meter, digit - at);
  if (digit === last) return false;
  let lastWord = last;
  while (lastWord > at && !isBlankCode(text.charCodeAt(lastWord - 1))) lastWord--;
  tick(meter, last - lastWord);
  return !isValueText(text.slice(lastWord, last), meter);
}

/**
 * The lines where a label joined across side words may start, in order. A join drops the side
 * words of a line `side` at most SPAN below its first line (or the first line's own), and the
 * lines from its first to the one above `side` read, one after the other, as the start of a row
 * label. So only the lines up from each side line whose keys, put together down to it, still lie
 * inside a row label may start one: a line or two (table 二's rows and values above table 三's
 * heading, or the row above in a column of wrapped labels, read as none).
 *
 * @param sides - The side lines, in order.
 */
function labelStarts(
  sides: readonly number[],
  key: (index: number, from: number) => string,
  outside: (index: number) => boolean,
  meter?: Meter,
): number[] {
  // The walk up from a side line stops at the side line before it: the lines above that one were
  // walked from it already, within its SPAN, as far as this walk would go (its chain is a part of
  // this one's). So each side line gives the run of lines just above it down to itself, the runs
  // in the order of the side lines and apart: pushed as found, with no set and no sort.
  const found: number[] = [];
  let previous = -1;
  for (const side of sides) {
    // The keys of the lines walked, put together. Each is a line's whole key: a line with side
    // words is a side line, where the walk stops.
    let chain = "";
    let first = side;
    for (let index = side - 1; index > previous && index >= side - SPAN; index--) {
      // A blank line ends a label, and a line of prose is inside none: told without cutting it.
      if (outside(index)) break;
      chain = key(index, 0) + chain;
      tick(meter, LABELS.rows.length);
      if (!ROWS_TEXT.includes(chain)) break;
      first = index;
    }
    tick(meter, 1 + side - first);
    for (let index = first; index <= side; index++) found.push(index);
    previous = side;
  }
  return found;
}

/**
 * The text with the side column's words that cut a wrapped row label taken out of the label's
 * lines (a line left empty is dropped). Returns the text itself when there is none.
 *
 * @param starts - The text's {@link lineStarts}, when the caller has them.
 * @example
 * ```ts
 * withCutLabelsJoined("1.申请人无正当理由逾期不补正、\n行政机关不再处理其政府信息公 0 0\n（六） 开申请");
 * // '1.申请人无正当理由逾期不补正、\n行政机关不再处理其政府信息公 0 0\n开申请'
 * ```
 */
export function withCutLabelsJoined(
  text: string,
  meter?: Meter,
  starts: readonly number[] = lineStarts(text, meter),
): string {
  tick(meter, text.length);
  // A label is joined only across a line with side words, and nearly every text has few (a
  // line's side words start with its first word). The lines are read by their offsets without
  // splitting the text, most told apart by their first character alone: a pass over the text
  // costs more than the rest of this function on nearly every text.
  const found = sideLines(text, starts, meter);
  if (found.size === 0) return text;
  const count = starts.length;
  // A line's end: the next line's start, less its line break.
  const rawAt = (index: number) => text.slice(starts[index]!, lineEnd(text, starts, index));
  // Lines are cut when looked at.
  const lines: (Line | undefined)[] = new Array(count);
  const lineAt = (index: number) => {
    lines[index] ??= found.get(index) ?? cut(rawAt(index), meter);
    return lines[index]!;
  };
  const sides = [...found.keys()];
  // The lines changed, by index: their new text, or "" for a line dropped (left empty).
  const edits = new Map<number, string>();
  const dropped = new Set<number>();
  // Each line's key (whole, or after its side words) is taken once, whichever label looks at it.
  const keys = new Map<number, string>();
  const key = (index: number, from: number) => {
    const slot = 2 * index + (from === 0 ? 0 : 1);
    const known = keys.get(slot);
    if (known !== undefined) return known;
    const made = labelKey(lineAt(index), from, meter);
    keys.set(slot, made);
    return made;
  };
  const outside = (index: number) =>
    blankOrOutside(text, starts[index]!, lineEnd(text, starts, index), meter);
  const firsts = labelStarts(sides, key, outside, meter);
  let after = -1;
  for (const first of firsts) {
    if (first <= after) continue;
    const join = joinAt(lineAt, count, first, key, meter);
    if (join === undefined) continue;
    join.dropped.forEach((words, offset) => {
      if (words === 0) return;
      const index = first + 1 + offset;
      const line = lineAt(index);
      const raw = rawAt(index);
      const rest = words < line.words.length ? raw.slice(line.starts[words]) : "";
      edits.set(index, rest === "" ? "" : raw.slice(0, line.starts[0]) + rest);
      if (rest === "") dropped.add(index);
    });
    // The first line's own side words go too: left before the label, they would follow the row
    // above's values (`… 3` then `其他处 2.申请人…` reads as the label 3.其他).
    const start = lineAt(first);
    if (start.side > 0) {
      const raw = rawAt(first);
      edits.set(first, raw.slice(0, start.starts[0]) + raw.slice(start.starts[start.side]));
    }
    after = join.last;
  }
  // A line of side words then a run of values, no label joined across it, under a line ending in
  // values: they are no side label's (a group prints none beside a row's label), and no label
  // stands before them on their line, so they go on the run above or are a row's below, printed
  // above its label: a number wrapped in a narrow cell (`（四）无 2.没有现成… 1005 … 1005` over
  // `法提供 1 2 3 4 5 6 7`, 10051 … printed). Read with its words, the line ended the run above
  // and its values were lost (`1005` taken for 10051). Its side words go, and the line of values
  // left is read as any such line: too many values for the row above, or moved under the label it
  // stands above (above.ts). A whole side label printing a group's subtotal is kept (values no row
  // of its group above exceeds); so is a line under a label without values (the values beside or
  // under their own label).
  for (const [index, line] of found) {
    if (edits.has(index) || line.side !== line.values || run(line) !== 1) continue;
    let above = index - 1;
    while (above >= 0 && lineAt(above).words.length === 0) above--;
    if (above < 0 || run(lineAt(above)) !== 1) continue;
    const side = labelKey(line, 0, meter);
    if (SIDE.has(side) && !belowItsRow(line, lineAt(above), side, meter)) continue;
    const raw = rawAt(index);
    edits.set(index, raw.slice(0, line.starts[0]) + raw.slice(line.starts[line.side]));
  }
  if (edits.size === 0) return text;
  return withLineEdits(text, starts, edits, dropped, meter);
}
