/**
 * Locating registry labels in a section of text, in registry order, through the key stream (width,
 * script, spacing and punctuation do not matter). A label's ordinal (`（二）`, `2.`, `一、`) is
 * optional when the rest of the label is distinctive, and is taken out of the text before it, so
 * that a value run fused with the next label's number (`…3252.没有现成…`) loses that number.
 *
 * @module
 */
import { type Meter, tick } from "../text/meter.js";
import { type KeyStream, matchKey } from "../text/normalize.js";

/** A label to look for: its key and every variant. */
export interface LabelSpec {
  readonly id: string;
  readonly texts: readonly string[];
  /** The match keys of `texts`, split into ordinal and core (see {@link labelForms}). */
  readonly forms?: readonly Form[];
}

/** A label found: key offsets `[start, end)` in the stream. */
export interface LabelHit {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A label text as matched: the key of its ordinal (`二`, or `""`) and of the rest. */
export interface Form {
  readonly ordinal: string;
  readonly core: string;
}

const ORDINAL = /^\s*[（(]?\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]?\s*[、.．,，]?/;
// A sub-row's number (`1.`; `7.8.` holds two), not a decimal's digits (`2.5`).
const SUB_ROW_NUMBER = /(?<!\d)(\d{1,2})[.．](?!\d+(?![.．\d]))/g;

/**
 * The sub-row numbers a text prints (`7.8.` → `['7', '8']`, `3.确` → `['3']`), decimals aside.
 *
 * @example
 * ```ts
 * subRowNumbers("7.8."); // ['7', '8']
 * subRowNumbers("（含2.5万元）"); // []
 * ```
 */
export function subRowNumbers(text: string): string[] {
  return [...text.matchAll(SUB_ROW_NUMBER)].map((match) => match[1]!);
}

/**
 * A label's sub-row number (`1` of `1.属于国家秘密`), from its forms; `undefined` for a label
 * without one (`（一）予以公开`, `规章`).
 */
export function subRowNumberOf(forms: readonly Form[]): string | undefined {
  // `/^\d+$/` by code unit (asked for every row read): a pattern literal is an object a call.
  for (const { ordinal } of forms) if (isAsciiDigits(ordinal)) return ordinal;
  return undefined;
}

/** Whether a text is one or more ASCII digits and nothing else. */
function isAsciiDigits(text: string): boolean {
  if (text === "") return false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Below this length a core without its ordinal is too common a word (其他, 总计) to stand alone. */
export const DISTINCTIVE = 4;
const LOOKAHEAD = 3;

/**
 * The forms of a label's texts. Specs built from the registry compute them once, at module load,
 * and carry them as `forms`; a spec without them has them computed at each look-up.
 *
 * @example
 * ```ts
 * labelForms(["（二）部分公开"]); // [{ ordinal: '二', core: '部分公开' }]
 * ```
 */
export function labelForms(texts: readonly string[]): readonly Form[] {
  return Object.freeze(
    texts.map((text) => {
      const ordinal = ORDINAL.exec(text);
      const hasOrdinal = ordinal !== null && ordinal[0].trim().length > ordinal[1]!.length;
      const ordinalKey = hasOrdinal ? matchKey(ordinal[0]) : "";
      return Object.freeze({ ordinal: ordinalKey, core: matchKey(text).slice(ordinalKey.length) });
    }),
  );
}

/**
 * Key characters inside annotations, as ranges of key offsets `[start0, end0, start1, end1, …]`
 * in order (see `annotationMask`).
 */
export type Mask = readonly number[];

/** Internal: whether key offset `at` lies in one of the mask's ranges: a binary search over their starts. */
export function masked(mask: Mask | undefined, at: number, meter?: Meter): boolean {
  if (mask === undefined) return false;
  // How many ranges start at or before `at`; the last of them holds it or none does.
  let low = 0;
  let high = mask.length >> 1;
  while (low < high) {
    tick(meter, 1);
    const middle = (low + high) >> 1;
    if (mask[2 * middle]! <= at) low = middle + 1;
    else high = middle;
  }
  return low > 0 && at < mask[2 * low - 1]!;
}

/** A label form as searched for: the text looked for, with or without its ordinal. */
interface Needle {
  readonly ordinal: string;
  readonly text: string;
  /** Key characters of the ordinal at the start of `text`: a short core is looked for with it. */
  readonly skip: number;
  /** The needle's index in its spec list, where a `findLabels` call keeps its next occurrence. */
  readonly slot: number;
}

/** A spec list's needles, by spec, and how many there are. */
interface Needles {
  readonly bySpec: readonly (readonly Needle[])[];
  readonly count: number;
}

/** Each spec list's needles, made once per list (the registry's plans), not at every look-up. */
const NEEDLES = new WeakMap<readonly LabelSpec[], Needles>();

function needlesOf(specs: readonly LabelSpec[]): Needles {
  let needles = NEEDLES.get(specs);
  if (needles === undefined) {
    let count = 0;
    const bySpec = specs.map((spec) =>
      (spec.forms ?? labelForms(spec.texts))
        .filter((form) => form.core !== "")
        .map((form) => {
          const skip = form.core.length < DISTINCTIVE ? form.ordinal.length : 0;
          const text = form.ordinal.slice(0, skip) + form.core;
          return { ordinal: form.ordinal, text, skip, slot: count++ };
        }),
    );
    needles = { bySpec, count };
    NEEDLES.set(specs, needles);
  }
  return needles;
}

/**
 * Whether the key characters `[ordinal, core)`, digits, are no ordinal of the label whose core
 * starts at `core`, but a value's: printed with no ordinal mark (`.`, `、`, `）`) before the core,
 * and either the end of a longer number (`13其他`: the ordinal `3` is no word of its own) or
 * apart from the core by a line break or a cell's pipe (`… 0 | 3\n其他 | 4 |`: a row's last value,
 * then a label printed without its ordinal). A value taken as a label's ordinal leaves its row a
 * value short, and the value may then be read elsewhere.
 */
type Detached = (ordinal: number, core: number) => boolean;

/** Ordinal marks between a numbered label's number and its words (`3.其他`, `3、其他`, `3）其他`). */
const ORDINAL_MARKS = ".．、,，)）";

function detachedOrdinal(text: string, stream: KeyStream, meter?: Meter): Detached {
  const { key, starts, ends } = stream;
  return (ordinal, core) => {
    const first = key.charCodeAt(ordinal);
    if (first < 48 || first > 57) return false;
    const from = ends[core - 1]!;
    const to = starts[core]!;
    // The few characters between the ordinal and the core, read once.
    tick(meter, 1 + to - from);
    let apart = false;
    for (let at = from; at < to; at++) {
      const character = text.charAt(at);
      if (ORDINAL_MARKS.includes(character)) return false;
      if (character === "\n" || character === "|") apart = true;
    }
    if (apart) return true;
    const before = key.charCodeAt(ordinal - 1);
    return ordinal > 0 && before >= 48 && before <= 57 && ends[ordinal - 1] === starts[ordinal];
  };
}

/**
 * The first occurrence of a spec's label in `key` (the stream's key cut at the range's end) at or
 * after `cursor`. `next` keeps, by needle, the first occurrence outside annotations at or after
 * an earlier cursor (`-1`: none): the cursor only moves forward, so while that occurrence is not
 * behind it, it is still the first, and the key is searched again only past it.
 */
function locate(
  key: string,
  id: string,
  needles: readonly Needle[],
  cursor: number,
  mask: Mask | undefined,
  next: number[],
  detached: Detached | undefined,
  meter?: Meter,
): LabelHit | undefined {
  // The best occurrence so far by its offsets, made a hit once at the end: a label's forms are
  // several, and an object for each better one was garbage at the next.
  let bestStart = -1;
  let bestEnd = -1;
  for (const { slot, skip, ordinal, text } of needles) {
    let at = next[slot]!;
    if (at !== -1 && at < cursor) {
      // Overlapping occurrences count: a masked one must not hide the next. A label whose words
      // start inside an annotation (`（指…行政处罚、行政强制…）`) is a word of it: the search goes on
      // after it. So does a short label whose ordinal is a value's digits (`… 13\n其他`).
      at = key.indexOf(text, cursor);
      while (
        at !== -1 &&
        (masked(mask, at + skip, meter) || (skip > 0 && detached?.(at, at + skip) === true))
      ) {
        at = key.indexOf(text, at + 1);
      }
      // The searches read from the cursor to the occurrence (a needle is a short fixed word): a
      // later search starts past it.
      tick(meter, 1 + (at === -1 ? key.length : at + text.length) - cursor);
      next[slot] = at;
    }
    if (at === -1) continue;
    let start = at;
    if (skip === 0 && ordinal !== "" && at - ordinal.length >= cursor) {
      if (
        key.startsWith(ordinal, at - ordinal.length) &&
        detached?.(at - ordinal.length, at) !== true
      ) {
        start = at - ordinal.length;
      }
    }
    const end = at + text.length;
    if (bestStart === -1 || start < bestStart || (start === bestStart && end > bestEnd)) {
      bestStart = start;
      bestEnd = end;
    }
  }
  return bestStart === -1 ? undefined : { id, start: bestStart, end: bestEnd };
}

/**
 * The labels found in key range `[from, to)`, in order. A label is taken as absent when one of the
 * next few labels occurs before it (it then only appears later, as a word elsewhere).
 *
 * @example
 * ```ts
 * findLabels(keyStream("规章 0 0 0 行政规范性文件 1 0 1"), specs, 0, Infinity).map((h) => h.id);
 * // ['regulations', 'normativeDocuments']
 * ```
 */
export function findLabels(
  stream: KeyStream,
  specs: readonly LabelSpec[],
  from: number,
  to: number,
  meter?: Meter,
  mask?: Mask,
  text?: string,
): LabelHit[] {
  // With the text the stream was made from, an ordinal that is a value's digits is not taken.
  const detached = text === undefined ? undefined : detachedOrdinal(text, stream, meter);
  const hits: LabelHit[] = [];
  let cursor = from;
  // The key cut at the range's end (a slice shares the key's characters): a label the range does
  // not hold is searched for up to there, not on through the rest of the text.
  const key = to < stream.key.length ? stream.key.slice(0, Math.max(from, to)) : stream.key;
  // Each needle's next occurrence, searched for when the cursor passes it (-2: not yet): a label
  // looked up again after the cursor moved (as a later label's lookahead, then as itself) reads
  // none of the key again.
  const { bySpec, count } = needlesOf(specs);
  const next: number[] = new Array(count).fill(-2);
  // Look-ups at the current cursor, by spec index: each spec is looked up once per cursor, not
  // once more for every label whose lookahead it is part of.
  let located: (LabelHit | null | undefined)[] = [];
  const at = (index: number): LabelHit | undefined => {
    let hit = located[index];
    if (hit === undefined) {
      hit =
        locate(key, specs[index]!.id, bySpec[index]!, cursor, mask, next, detached, meter) ?? null;
      located[index] = hit;
    }
    return hit ?? undefined;
  };
  for (let i = 0; i < specs.length; i++) {
    const hit = at(i);
    if (!hit) continue;
    let overtaken = false;
    for (let j = i + 1; j < Math.min(specs.length, i + 1 + LOOKAHEAD) && !overtaken; j++) {
      const later = at(j);
      if (later && later.start < hit.start) overtaken = true;
    }
    if (overtaken) continue;
    hits.push(hit);
    cursor = hit.end;
    located = [];
  }
  return hits;
}

/**
 * The hits whose label is printed again before the next hit (a label copied onto another row, a
 * heading naming the row above it), with where that second printing starts and ends in the source. `to` is the key range's end, as for
 * {@link findLabels}. Each label is searched for once past its hit.
 *
 * @example
 * ```ts
 * const stream = keyStream("规章 1 2 3 规章 4 5 6");
 * const hits = findLabels(stream, specs, 0, Infinity);
 * repeatedLabels(stream, specs, hits, Infinity).size; // 1
 * ```
 */
export function repeatedLabels(
  stream: KeyStream,
  specs: readonly LabelSpec[],
  hits: readonly LabelHit[],
  to: number,
  meter?: Meter,
  mask?: Mask,
  text?: string,
): ReadonlyMap<LabelHit, { readonly start: number; readonly end: number }> {
  const repeated = new Map<LabelHit, { readonly start: number; readonly end: number }>();
  if (hits.length === 0) return repeated;
  const detached = text === undefined ? undefined : detachedOrdinal(text, stream, meter);
  const key = to < stream.key.length ? stream.key.slice(0, to) : stream.key;
  const { bySpec, count } = needlesOf(specs);
  const next: number[] = new Array(count).fill(-2);
  // The specs by id: a fixed handful (a table's rows), indexed once per list of specs.
  tick(meter, specs.length);
  const index = specIndexes(specs);
  hits.forEach((hit, k) => {
    const i = index.get(hit.id);
    if (i === undefined) return;
    const again = locate(key, hit.id, bySpec[i]!, hit.end, mask, next, detached, meter);
    const limit = hits[k + 1]?.start ?? key.length;
    if (again !== undefined && again.start < limit) {
      repeated.set(hit, { start: stream.starts[again.start]!, end: stream.ends[again.end - 1]! });
    }
  });
  return repeated;
}

/** Each spec list's indexes by id, made once per list (the registry's plans), not at every call. */
const SPEC_INDEXES = new WeakMap<readonly LabelSpec[], ReadonlyMap<string, number>>();

function specIndexes(specs: readonly LabelSpec[]): ReadonlyMap<string, number> {
  let index = SPEC_INDEXES.get(specs);
  if (index === undefined) {
    index = new Map(specs.map((spec, i) => [spec.id, i]));
    SPEC_INDEXES.set(specs, index);
  }
  return index;
}

/** The first key offset at or after a source position. */
export function keyIndexAt(stream: KeyStream, position: number, meter?: Meter): number {
  let low = 0;
  let high = stream.starts.length;
  while (low < high) {
    // A binary search: log2 of the key's length, a few times per table.
    tick(meter, 1);
    const middle = (low + high) >> 1;
    if (stream.starts[middle]! < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
