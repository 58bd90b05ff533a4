/**
 * Values printed in the middle of a wrapped row label, moved after it. A table cell whose label
 * wraps over several lines prints its row's values beside the middle of the label: a PDF laid out
 * as text (`pdftotext -layout`, a copy from a PDF viewer) then gives the label's first lines, the
 * values, and the label's last lines:
 *
 * ```text
 * 5.要求行政机关确认或重新出具
 *                    0   0   0   0   0   0 0
 * 已获取信息
 * ```
 *
 * The values lie inside the label's text, so they are that row's, or the row's above when that one
 * printed nothing (a PDF's text in stream order may print a row's values after the next label's
 * first line). Moved onto a line of their own after the label's last line, they read as values
 * printed apart from their label, placed only when the values before them leave no other row (see
 * `readRows`). A value run is moved only when a registry row label (or the annotation in brackets
 * that follows one) starts before it and ends after it; anything else is left as printed.
 *
 * @module
 */
import { templateDefinition, templateVersions } from "../templates/registry.js";
import { isBlankCode } from "../text/blank.js";
import { append } from "../text/lists.js";
import { type Meter, tick } from "../text/meter.js";
import { NONE_MARKS } from "../text/nonemarks.js";
import { matchKey } from "../text/normalize.js";
import { isValueText } from "./cells.js";
import { DISTINCTIVE, labelForms } from "./labels.js";
import { lineEnd, lineStarts, withLineEdits } from "./lines.js";

/** Lines of label text looked at on either side of a value run (a label wraps over 2–4 lines). */
const WINDOW = 6;

/**
 * The match keys of every row label that carries values, in both templates (table 二's rows, table
 * 三's rows that are not headings or groups), with their variants: with the ordinal, and without
 * it when the rest is distinctive.
 */
const NEEDLES: readonly string[] = (() => {
  const texts: string[] = [];
  for (const version of templateVersions) {
    const definition = templateDefinition(version);
    for (const group of definition.activeDisclosure.groups) {
      for (const row of [...group.rows, ...(group.localRows ?? [])]) {
        append(texts, [row.label, ...row.variants]);
      }
    }
    for (const row of definition.applications.rows) {
      if (row.role !== "heading" && row.role !== "group")
        append(texts, [row.label, ...row.variants]);
    }
  }
  const needles = new Set<string>();
  for (const { ordinal, core } of labelForms(texts)) {
    if (core === "") continue;
    needles.add(ordinal + core);
    if (core.length >= DISTINCTIVE || ordinal === "") needles.add(core);
  }
  return [...needles];
})();

/**
 * The needles by each pair of adjacent key characters they hold: a label that crosses a value run
 * holds the pair made of the last key character before the run and the first after it, and most
 * runs (a table's last row before a caption, a sentence's number) have a pair no label holds.
 */
const BY_PAIR: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const needle of NEEDLES) {
    for (let at = 0; at + 1 < needle.length; at++) {
      const pair = needle.slice(at, at + 2);
      const list = map.get(pair) ?? [];
      if (!list.includes(needle)) list.push(needle);
      map.set(pair, list);
    }
  }
  return map;
})();

/** The key characters that some needle holds after its first: a crossing label's first after the run. */
const INNER: ReadonlySet<string> = new Set(NEEDLES.flatMap((needle) => [...needle.slice(1)]));

/**
 * The code units of the marks a cell prints for none (`isNoneMarkCharacter`'s, each one unit), as
 * 1 in a table by code unit: the last character of every line that ends in no digit is looked up
 * there, without a string made of it and searched for (nor a hash look-up).
 */
const NONE_MARK_CODES: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const mark of NONE_MARKS) table[mark.charCodeAt(0)] = 1;
  return table;
})();

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * Where the run of value tokens ending a line starts (tokens between blanks, at least one with a
 * digit, the last ending in a digit), or -1. A line of label words ends in no value: one look at
 * its last character.
 */

/**
 * Whether the text's range `[start, end)` (a line) ends in a digit, blanks aside, or in a run of
 * values that ends in a mark and holds a digit (`— 0 0 0 — / —`: a row printing / or — for none).
 * Only a line ending in a mark character is looked at further back.
 */
function endsInDigitAt(text: string, start: number, end: number, meter?: Meter): boolean {
  let at = end;
  while (at > start && isBlankCode(text.charCodeAt(at - 1))) at--;
  tick(meter, 1 + end - at);
  if (at === start) return false;
  const last = text.charCodeAt(at - 1);
  if (isDigitCode(last)) return true;
  // The last character of a mark a cell prints for none (`/`, `—`, `-` …), ideographs aside.
  if (NONE_MARK_CODES[last] !== 1) return false;
  // The words back from the end while they are values, until one holds a digit.
  const words = text.slice(start, at).split(/\s+/);
  for (let k = words.length - 1; k >= 0 && isValueText(words[k]!, meter); k--)
    if (/\d/.test(words[k]!)) return true;
  return false;
}

function endsInDigit(line: string, meter?: Meter): boolean {
  return endsInDigitAt(line, 0, line.length, meter);
}

/**
 * Whether the text has a bracket opening in `[start, end)`. Read over the range only: a search
 * from `start` would read on to the text's end wherever no bracket follows, at each line asked.
 */
function opensIn(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0xff08 || code === 0x28) return true;
  }
  return false;
}

/**
 * Whether the line `[start, end)` after a line ending in a value may continue a row label (its
 * first key character is inside some label) or an annotation (a bracket opens in the window before
 * it, from `windowStart`). Most value lines end a table or a sentence: neither.
 */
function mayContinue(
  text: string,
  windowStart: number,
  start: number,
  end: number,
  meter?: Meter,
): boolean {
  let at = start;
  while (at < end && isBlankCode(text.charCodeAt(at))) at++;
  tick(meter, 1 + at - start + start - windowStart);
  if (at === end) return false;
  return INNER.has(matchKey(text.slice(at, at + 1), meter)) || opensIn(text, windowStart, start);
}

function valueRunStart(line: string, meter?: Meter): number {
  if (!endsInDigit(line, meter)) return -1;
  let end = line.length;
  let start = -1;
  while (end > 0) {
    let from = end;
    while (from > 0 && !isBlankCode(line.charCodeAt(from - 1))) from--;
    tick(meter, end - from);
    if (!isValueText(line.slice(from, end), meter)) break;
    start = from;
    end = from;
    while (end > 0 && isBlankCode(line.charCodeAt(end - 1))) end--;
    tick(meter, from - end);
  }
  return start;
}

/** The key offset where the label crossing `boundary` in `joined` ends, or -1. */
function crossingEnd(joined: string, boundary: number, meter?: Meter): number {
  tick(meter, 1);
  if (boundary === 0 || boundary === joined.length) return -1;
  for (const needle of BY_PAIR.get(joined.slice(boundary - 1, boundary + 1)) ?? []) {
    const from = Math.max(0, boundary - needle.length + 1);
    const at = joined.indexOf(needle, from);
    tick(meter, 1 + needle.length + joined.length - from);
    if (at !== -1 && at < boundary) return at + needle.length;
  }
  return -1;
}

/** +1 for an opening bracket (full or half width), -1 for a closing one, 0 otherwise. */
function bracket(code: number): number {
  return code === 0xff08 || code === 0x28 ? 1 : code === 0xff09 || code === 0x29 ? -1 : 0;
}

/** The offset of the last bracket of `text` left open, or -1. */
function openBracket(text: string, meter?: Meter): number {
  const open: number[] = [];
  tick(meter, text.length);
  for (let at = 0; at < text.length; at++) {
    const step = bracket(text.charCodeAt(at));
    if (step === 1) open.push(at);
    else if (step === -1) open.pop();
  }
  return open.length === 0 ? -1 : open[open.length - 1]!;
}

/** Whether the key of `text` ends with a row label. */
function endsWithLabel(text: string, meter?: Meter): boolean {
  const key = matchKey(text, meter);
  tick(meter, NEEDLES.length);
  return NEEDLES.some((needle) => key.endsWith(needle));
}

/** Whether the run starting at `run` of `line` may move to the lines after `next`. */
function movable(line: string, run: number, next: string): boolean {
  if (next.includes("\f")) return false;
  return /\S\s+\S/.test(line.slice(run).trim()) || line.slice(0, run).trim() === "";
}

/** Whether a line's first word is a value (a line of values only, as a row's centred run). */
function startsWithValue(line: string | undefined, meter?: Meter): boolean {
  if (line === undefined) return false;
  const words = line.trim().split(/\s+/, 1);
  tick(meter, line.length);
  return words[0] !== "" && isValueText(words[0]!, meter);
}

/**
 * The index of the line after value line `index` that the values belong at the end of, or -1:
 * the line where a row label started before the values ends, or the next line when it closes the
 * annotation in brackets after such a label. `digits` tells the lines that end in a digit; `run` is where line
 * `index`'s values start.
 */
function labelEnd(
  lineAt: (index: number) => string,
  count: number,
  digits: readonly boolean[],
  index: number,
  run: number,
  meter?: Meter,
): number {
  // The window's lines end in no digit: a line that does holds a row's values (or a number of
  // prose), and the label before or after it is another row's.
  const before: string[] = [lineAt(index).slice(0, run)];
  for (let k = index - 1; k >= Math.max(0, index - WINDOW) && !digits[k]; k--) {
    const line = lineAt(k);
    if (line.trim() === "") break;
    before.unshift(line);
  }
  const after: number[] = [];
  for (let k = index + 1; k < count && after.length < WINDOW && !digits[k]; k++) {
    if (lineAt(k).trim() === "") break;
    after.push(k);
  }
  if (after.length === 0) return -1;
  tick(meter, after.length + before.length);
  // A label that starts before the values and ends after them (keys per line, put end to end),
  // looked for only when the key characters on either side of the run make a pair some label has.
  // The keys are taken from the run outwards, only as far as the pair needs: most runs have a pair
  // no label holds, told by a line's key on either side.
  const beforeKeys: (string | undefined)[] = new Array(before.length);
  const afterKeys: (string | undefined)[] = new Array(after.length);
  const beforeAt = (k: number) => (beforeKeys[k] ??= matchKey(before[k]!, meter));
  const afterAt = (k: number) => (afterKeys[k] ??= matchKey(lineAt(after[k]!), meter));
  let last = "";
  for (let k = before.length - 1; k >= 0 && last === ""; k--) last = beforeAt(k).slice(-1);
  let first = "";
  for (let k = 0; k < after.length && first === ""; k++) first = afterAt(k).slice(0, 1);
  if (last !== "" && first !== "" && BY_PAIR.has(last + first)) {
    const beforeKey = before.map((_, k) => beforeAt(k)).join("");
    const afterKey = after.map((_, k) => afterAt(k)).join("");
    const ends = crossingEnd(beforeKey + afterKey, beforeKey.length, meter);
    let reached = beforeKey.length;
    for (let k = 0; ends !== -1 && k < after.length; k++) {
      reached += afterAt(k).length;
      // The label ends its line (what follows it there would stand between it and the values).
      if (ends <= reached) return ends === reached ? after[k]! : -1;
    }
  }
  // An annotation opened after a label just before the values (on their line, or on the line
  // above a line of values only), closed on the next line.
  const own = before[before.length - 1]!;
  const text = own.trim() !== "" || before.length < 2 ? own : before[before.length - 2]!;
  const open = openBracket(text, meter);
  if (open === -1 || !endsWithLabel(text.slice(0, open), meter)) return -1;
  const next = lineAt(after[0]!);
  tick(meter, next.length);
  let depth = 1;
  for (let at = 0; at < next.length; at++) {
    depth += bracket(next.charCodeAt(at));
    // The annotation ends the line, as the label would (see above), and the line is not the start
    // of another wrapped label (`5.要求行政机关确认或重新出具）` / `已获取信息`): values put there would
    // stand inside that label, and a second pass would move them again.
    if (depth === 0) {
      if (next.slice(at + 1).trim() !== "") return -1;
      const nextKey = matchKey(next, meter);
      const following = after.length > 1 ? matchKey(lineAt(after[1]!), meter) : "";
      return crossingEnd(nextKey + following, nextKey.length, meter) === -1 ? after[0]! : -1;
    }
  }
  return -1;
}

/**
 * The text with each run of values printed inside a wrapped row label moved onto a line of its own
 * after the label's last line (the value line left empty is dropped). Returns the text itself when there is
 * none.
 *
 * @param starts - The text's {@link lineStarts}, when the caller has them.
 * @example
 * ```ts
 * withCentredValuesMoved("5.要求行政机关确认或重新出具\n  0 0 0 0 0 0 0\n已获取信息");
 * // '5.要求行政机关确认或重新出具\n已获取信息\n0 0 0 0 0 0 0'
 * ```
 */
export function withCentredValuesMoved(
  text: string,
  meter?: Meter,
  starts: readonly number[] = lineStarts(text, meter),
): string {
  // One pass over the lines without cutting them: a text without a value line that a line of label
  // words may continue (nearly every text) is returned as it is.
  // The starts of the three lines before this one: the value line and the label lines above it.
  let third = 0;
  let second = 0;
  let first = 0;
  let previousDigit = false;
  for (let line = 0; line < starts.length; line++) {
    const start = starts[line]!;
    const end = lineEnd(text, starts, line);
    const digit = endsInDigitAt(text, start, end, meter);
    if (previousDigit && !digit && mayContinue(text, third, start, end, meter)) {
      return moved(text, starts, meter);
    }
    previousDigit = digit;
    third = second;
    second = first;
    first = start;
  }
  return text;
}

/**
 * {@link withCentredValuesMoved} once some line may continue a label: line by line, each read by
 * its offsets (a few are looked at, fewer changed).
 */
function moved(text: string, starts: readonly number[], meter?: Meter): string {
  const count = starts.length;
  // The lines changed so far, by index: what the passes below read of a line is its text now.
  const edits = new Map<number, string>();
  const lineAt = (index: number) => {
    // Most texts change no line before the one read: no look-up then.
    const edited = edits.size === 0 ? undefined : edits.get(index);
    return edited ?? text.slice(starts[index]!, lineEnd(text, starts, index));
  };
  const digits = starts.map((start, index) =>
    endsInDigitAt(text, start, lineEnd(text, starts, index), meter),
  );
  const dropped = new Set<number>();
  // A line that received values is not a value line to move again: values move once.
  const targets = new Set<number>();
  for (let index = 0; index + 1 < count; index++) {
    // A value line followed by a line of words: the only place a centred run can be.
    if (!digits[index] || digits[index + 1] || targets.has(index)) continue;
    const next = lineAt(index + 1);
    if (next.trim() === "") continue;
    const line = lineAt(index);
    const run = valueRunStart(line, meter);
    // A number alone moves only from a line of its own (stream order prints a row's values one per
    // line), and never across a page break: at the end of words it is a sentence's, and before a
    // form feed a page number.
    if (run === -1 || !movable(line, run, next)) continue;
    const target = labelEnd(lineAt, count, digits, index, run, meter);
    // The values must end the row where they land: a line of values after the label's last line
    // belongs to the next row (its label printed below it), and the two runs would read as one.
    if (
      target === -1 ||
      startsWithValue(target + 1 < count ? lineAt(target + 1) : undefined, meter)
    ) {
      continue;
    }
    const kept = line.slice(0, run).trimEnd();
    edits.set(index, kept);
    if (kept === "") dropped.add(index);
    edits.set(target, `${lineAt(target).trimEnd()}\n${line.slice(run).trim()}`);
    digits[index] = false;
    digits[target] = true;
    targets.add(target);
  }
  if (edits.size === 0) return text;
  return withLineEdits(text, starts, edits, dropped, meter);
}
