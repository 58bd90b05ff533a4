/**
 * Annotations in parentheses inside table text: local filling instructions printed in labels and
 * headers (`上一年项目数量（指2019年事项数）`, `其他对外管理服务事项（指…行政处罚、行政强制…）`,
 * format-spec D4, §13). Their words are no labels and their numbers no cell values.
 *
 * An annotation is a bracketed span whose words include a Chinese character other than a numeral,
 * closed within {@link MAX_NOTE} characters and inside one cell (no `|` in it). `（0）` is a value
 * in brackets and `（四）` a row's ordinal, neither an annotation; an unclosed bracket opens none.
 *
 * @module
 */

import { type Meter, tick } from "../text/meter.js";
import type { KeyStream } from "../text/normalize.js";
import { keyIndexAt } from "./labels.js";

/** The longest annotation, in characters: Hubei's definition of 其他对外管理服务事项 fits. */
const MAX_NOTE = 200;
const PIPE = 0x7c;
const isOpening = (code: number) => code === 0xff08 || code === 0x28; // （ (
const isClosing = (code: number) => code === 0xff09 || code === 0x29; // ） )
const HAN = /\p{Script=Han}/u;
const NUMERALS = "一二三四五六七八九十";

/**
 * Whether a code unit is a Chinese character other than a numeral, as `HAN` tests it on the unit
 * alone (a surrogate half is none), remembered per unit: the walk below meets every character of
 * a table, and a pattern test on each cost more than the rest of the walk.
 */
const wordy = new Uint8Array(0x10000); // 0 not yet seen, 1 yes, 2 no
function isWordyHan(code: number): boolean {
  let known = wordy[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = !NUMERALS.includes(char) && HAN.test(char) ? 1 : 2;
    wordy[code] = known;
  }
  return known === 1;
}

/** A span `[start, end)` of the text, brackets included. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The outermost annotations of `text[from, to)`, in order.
 *
 * @example
 * ```ts
 * annotations("上一年项目数量（指2019年事项数） | 0", 0, 21); // [{ start: 7, end: 18 }]
 * ```
 */
export function annotations(text: string, from: number, to: number, meter?: Meter): Span[] {
  const spans: Span[] = [];
  // Open brackets, innermost last, each with whether a Chinese character followed it so far.
  const open: { at: number; han: boolean }[] = [];
  // One pass; a Chinese-character test per character (one code unit, the BMP block). With no
  // bracket open, the walk jumps to the next opening one: nothing else matters there, and most of
  // a table is outside brackets. The two searches only move forward: the range once more.
  tick(meter, 1 + 3 * Math.max(0, to - from));
  // The next `（` and `(` at or after the walk, -1 when there is none; -2 before the first search.
  let full = -2;
  let half = -2;
  for (let at = from; at < to; at++) {
    if (open.length === 0) {
      if (full !== -1 && full < at) full = text.indexOf("（", at);
      if (half !== -1 && half < at) half = text.indexOf("(", at);
      const next = full === -1 ? half : half === -1 ? full : Math.min(full, half);
      if (next === -1 || next >= to) break;
      at = next;
    }
    const code = text.charCodeAt(at);
    if (open.length > 0 && at - open[0]!.at > MAX_NOTE) open.length = 0;
    if (code === PIPE) open.length = 0;
    else if (isOpening(code)) open.push({ at, han: false });
    else if (isClosing(code)) {
      const opened = open.pop();
      if (opened === undefined) continue;
      if (open.length > 0 && opened.han) open[open.length - 1]!.han = true;
      if (open.length === 0 && opened.han) {
        // An outer span contains every inner one: drop those it covers.
        while (spans.length > 0 && spans[spans.length - 1]!.start > opened.at) spans.pop();
        spans.push({ start: opened.at, end: at + 1 });
      }
    } else if (open.length > 0 && isWordyHan(code)) {
      open[open.length - 1]!.han = true;
    }
  }
  return spans;
}

/**
 * `text` with its annotations and its prose sentences (see {@link sentences}) blanked out (each
 * replaced by a space, so that the words on either side stay apart): the numbers of a note between
 * a table's rows (`注：本年度共办理申请12件，其中3件转办。`) are no cell values either.
 *
 * @example
 * ```ts
 * withoutAnnotations("55（含自然失效 29 件）"); // '55 '
 * ```
 */
export function withoutAnnotations(text: string, meter?: Meter): string {
  // Searches for an opening bracket and for a sentence's marks first: most regions hold none.
  // One pattern's scan, then up to four searches where it finds one: five passes at most.
  tick(meter, 5 * text.length);
  // One pattern's scan tells most regions (none of them): four searches read each such region
  // whole four times.
  if (!NOTE_OR_PROSE.test(text)) return text;
  const bracketed = text.indexOf("（") !== -1 || text.indexOf("(") !== -1;
  const prose = text.indexOf(FULL_STOP) !== -1 || PROSE_MARK.test(text);
  if (!bracketed && !prose) return text;
  const notes = bracketed ? annotations(text, 0, text.length, meter) : [];
  const told = prose ? sentences(text, 0, text.length, meter) : [];
  if (notes.length === 0 && told.length === 0) return text;
  const spans = told.length === 0 ? notes : merged([...notes, ...told]);
  // The pieces between the spans, and their join.
  tick(meter, 2 * text.length);
  const parts: string[] = [];
  let copied = 0;
  for (const span of spans) {
    parts.push(text.slice(copied, span.start), " ");
    copied = span.end;
  }
  parts.push(text.slice(copied));
  return parts.join("");
}

const FULL_STOP = "。";
/** The marks that end a clause (prose's words run on after one): written once, for the patterns below. */
const CLAUSE_MARKS = "，；：,;";
/** A clause's mark or a full stop: a text without one holds no sentence. */
const PROSE_MARK = new RegExp(`[${CLAUSE_MARKS}${FULL_STOP}]`);
/** An opening bracket, a clause's mark or a full stop: a text without one holds no span. */
const NOTE_OR_PROSE = new RegExp(`[（(${CLAUSE_MARKS}${FULL_STOP}]`);
/** A clause's mark, global: searched from a position (`lastIndex`). */
const CLAUSES = new RegExp(`[${CLAUSE_MARKS}]`, "g");

/** Whether `text[start, end)` holds a clause's mark, without slicing it. */
function holdsClauseMark(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (CLAUSE_MARKS.includes(text[at]!)) return true;
  return false;
}

/** Blanks at a line's end. */
const BLANK = " \r\u3000";
/** A number standing alone between blanks (or a line's ends): a table's cell, never prose's. */
const BARE_NUMBER = /(?:^|[\s\u3000])[-+]?[0-9０-９][0-9０-９,.]*(?=[\s\u3000]|$)/;
/** The numbers of a text (a decimal or a grouped number as one), global for `matchAll`. */
const NUMBER = /[0-9０-９]+(?:[.,．][0-9０-９]+)*/g;
/** A number starting at `lastIndex` (sticky: `matchAll` would start {@link NUMBER} where it was left). */
const NUMBER_AT = /[0-9０-９]+(?:[.,．][0-9０-９]+)*/y;
/**
 * What prose glues after a number (`8份`, `2件`, `2022年`, `51.85%`, `60号）`): a measure word or a
 * punctuation mark. A table's values glued together are followed by the next label (`000规范性文件`,
 * `0000000（三）`, `00000002.其他`) or a line's end: a number followed by anything else is no
 * prose's count, and the text around it is not taken for a sentence.
 */
const PROSE_AFTER =
  /[件份条个项人次家篇期场名位万亿千元年月日号时天周类批宗起户套台辆册页倍岁座届余多%％，,、；;：:。）)」”’〕】》~～至\-－]/;
/** What may close a sentence after its full stop: closing brackets and quotes, blanks, line ends. */
const AFTER_STOP = /[）)】」”’\s\u3000]*/y;
/** A cell's mark standing alone (`/`, `—`): a table's, not prose's. */
const BARE_MARK = /[/／—\-－](?=[\s\u3000|]|$)/y;

/**
 * How `sentence` counts things: `"prose"` when it holds a number or more, each glued to a word of
 * prose after it (see {@link PROSE_AFTER}); `"none"` when it holds no number; `"table"` when a
 * number is glued to anything else (a table's values run into the next label).
 */
function counts(sentence: string): "prose" | "none" | "table" {
  let counted = false;
  for (const match of sentence.matchAll(NUMBER)) {
    const after = sentence[match.index + match[0].length];
    if (after === undefined || !PROSE_AFTER.test(after)) return "table";
    counted = true;
  }
  return counted ? "prose" : "none";
}

/**
 * Whether a cell follows the full stop at `stop` (past closing brackets and blanks, lines
 * included): a pipe, a tab, a number that is no prose's count, or a mark standing alone. The
 * full stop then ended a cell's words (`（二）部分公开（…情形。） | 2 |`, or the label on a line of its
 * own above its values), not a sentence.
 */
function cellFollows(text: string, stop: number): boolean {
  AFTER_STOP.lastIndex = stop + 1;
  const skipped = AFTER_STOP.exec(text)![0];
  const at = stop + 1 + skipped.length;
  if (skipped.includes("\t") || text[at] === "|") return true;
  BARE_MARK.lastIndex = at;
  if (BARE_MARK.test(text)) return true;
  NUMBER_AT.lastIndex = at;
  const number = NUMBER_AT.exec(text);
  if (number === null) return false;
  const after = text[at + number[0].length];
  return after === undefined || !PROSE_AFTER.test(after);
}

/**
 * The prose sentences of `text[from, to)`, in order: on one line, from the line's start or the
 * last full stop to a full stop (`。`), holding no `|`, no tab and no number standing alone between
 * blanks (a table's cells are written so; prose glues its counts to their words, `予以公开2件`),
 * each number glued to a measure word or a punctuation mark (a table's values glued together run
 * into the next label, `规章000规范性文件…`), counting something unless it follows another sentence
 * on its line (a label cell may end on a full stop and count nothing, `规章。`), and no cell after
 * the full stop (`（二）部分公开（…情形。） | 2 |`).
 * A page may tell its table in a sentence before printing it (`其中，予以公开2件，部分公开2件。`):
 * the labels there are words of the sentence, and the table's rows must not be looked for in it.
 *
 * @example
 * ```ts
 * sentences("其中,予以公开2件,部分公开2件。\n(一)予以公开 | 2 |", 0, 28); // [{ start: 0, end: 17 }]
 * sentences("(二)部分公开。 | 2 |", 0, 14); // []
 * ```
 */
export function sentences(text: string, from: number, to: number, meter?: Meter): Span[] {
  const spans: Span[] = [];
  // One search per full stop and per line break, and each sentence's tests once: the range a few
  // times over.
  tick(meter, 1 + 6 * Math.max(0, to - from));
  // The next full stop, or the last character of a line before it (`-2 - lineEnd` for a line of
  // blanks): prose may break a sentence over lines (`其中，予以公开2件，⏎部分公开2件。`) or end a
  // line without a full stop. The full stop found is searched for again only once passed: one
  // search per full stop, not per line (a text without one was read to its end for every line).
  let fullStop = -2;
  // The next clause mark likewise: a line holding neither it nor a full stop ends no sentence,
  // and the search goes on at the line of the next mark (a table a cell a line has few).
  let clause = -2;
  const next = (from: number) => {
    let at = from;
    for (;;) {
      if (fullStop !== -1 && fullStop < at) fullStop = text.indexOf(FULL_STOP, at);
      if (clause !== -1 && clause < at) {
        CLAUSES.lastIndex = at;
        clause = CLAUSES.exec(text)?.index ?? -1;
      }
      const stop = fullStop;
      const lineEnd = text.indexOf("\n", at);
      if (lineEnd === -1 || (stop !== -1 && stop < lineEnd)) return stop;
      if (clause === -1 || clause > lineEnd) {
        const mark = clause === -1 ? stop : stop === -1 ? clause : Math.min(clause, stop);
        if (mark === -1) return -1;
        at = text.lastIndexOf("\n", mark) + 1;
        continue;
      }
      let last = lineEnd - 1;
      while (last >= at && BLANK.includes(text[last]!)) last--;
      // A line of blanks: on to the next.
      return last < at ? -2 - lineEnd : last;
    }
  };
  let lineStart = text.lastIndexOf("\n", from - 1) + 1;
  let lineBreak = text.indexOf("\n", from);
  // The last full stop before `from` (lastIndexOf with a negative start would look at 0 too).
  let previous = from > 0 ? text.lastIndexOf(FULL_STOP, from - 1) : -1;
  for (let stop = next(from); stop !== -1 && stop < to; ) {
    if (stop < -1) {
      stop = next(-2 - stop + 1);
      continue;
    }
    // Where the line starts and the last full stop before this one, both carried along: read back
    // from each stop, a long line of many sentences (a page flattened to one line) was read over
    // and over.
    if (lineBreak !== -1 && lineBreak < stop) {
      lineStart = text.lastIndexOf("\n", stop) + 1;
      lineBreak = text.indexOf("\n", stop);
    }
    const start = Math.max(from, lineStart, previous + 1);
    // Words up to a line's end without a full stop are prose only as a clause counting things
    // (`其中，予以公开2件，部分公开2件`): a label cell's line has no such count. Told first, without
    // the line's slice: most lines of a table (one cell a line) hold no clause mark.
    const open = text[stop] !== FULL_STOP;
    const sentence =
      !open || holdsClauseMark(text, start, stop + 1) ? text.slice(start, stop + 1) : "";
    if (sentence !== "" && !sentence.includes("|") && !sentence.includes("\t")) {
      // A sentence counting nothing is one only after another on its line (`…其他1件。无下年度结转。`):
      // a line starting with words and a full stop may be a label cell (`规章。` over its values).
      const counted = counts(sentence);
      const follows = previous >= lineStart && start === previous + 1;
      if (
        // An open clause was sliced only when it holds a clause mark.
        (open ? counted === "prose" : counted === "prose" || (counted === "none" && follows)) &&
        !BARE_NUMBER.test(sentence) &&
        !cellFollows(text, stop)
      ) {
        spans.push({ start, end: stop + 1 });
      }
    }
    if (!open) previous = stop;
    stop = next(stop + 1);
  }
  return spans;
}

/** Spans in order, one inside or across another joined to it (a bracket inside a sentence). */
function merged(all: Span[]): Span[] {
  const spans: Span[] = [];
  for (const span of all.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = spans[spans.length - 1];
    if (last !== undefined && span.start < last.end) {
      if (span.end > last.end) spans[spans.length - 1] = { start: last.start, end: span.end };
    } else spans.push(span);
  }
  return spans;
}

/** The mask of a range without annotations: no span. Never written. */
const NO_SPANS: readonly number[] = Object.freeze([]);

/**
 * Which key characters of `[fromKey, toKey)` lie inside an annotation or a prose sentence (see
 * {@link sentences}) of the source, as key ranges: `[start0, end0, start1, end1, …]`, in order. A
 * label found there is a word of the annotation or the sentence, not a label. Ranges, not a flag
 * per key character: a table holds an annotation or two, and a flag array was made and walked over
 * the whole table for them.
 *
 * @example
 * ```ts
 * annotationMask(text, stream, 0, stream.key.length); // [12, 30]: key characters 12 to 29 inside a definition
 * ```
 */
export function annotationMask(
  text: string,
  stream: KeyStream,
  fromKey: number,
  toKey: number,
  meter?: Meter,
): readonly number[] {
  if (toKey <= fromKey) return NO_SPANS;
  const from = stream.starts[fromKey]!;
  const to = stream.ends[toKey - 1]!;
  const notes = annotations(text, from, to, meter);
  const prose = sentences(text, from, to, meter);
  // No annotation and no sentence: nothing allocated.
  if (notes.length === 0 && prose.length === 0) return NO_SPANS;
  const spans = merged([...notes, ...prose]);
  const keys: number[] = [];
  // The key characters whose source start lies in a span (the starts only grow): two binary
  // searches a span, clipped to the range.
  for (const { start, end } of spans) {
    const first = Math.max(fromKey, keyIndexAt(stream, start, meter));
    const last = Math.min(toKey, keyIndexAt(stream, end, meter));
    if (first < last) keys.push(first, last);
  }
  return keys;
}
