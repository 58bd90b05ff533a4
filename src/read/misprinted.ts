/**
 * Row labels printed with one character wrong, read as the registry's row where their place leaves
 * no other: `5.属于三类内容事务信息` between the rows 4. and 6. of （三）不予公开 is row 5,
 * `属于三类内部事务信息`. Its values would otherwise be lost (the label found nowhere, the row left
 * unread) or fall to the row above.
 *
 * Taken only when every sign agrees: the rows found before and after it leave exactly one row of
 * the registry between them; the printed label opens with that row's ordinal and its mark (`5.`),
 * standing apart from any value before it; the rest is at most one edit (a character replaced, added or left out) from
 * that row's label, holds no digit, and is within one edit of no other row's label; and it is
 * printed once in the gap. A short label (`予以公开`) is never taken so: one character is too much
 * of it. The reader reports each such row (`PARSE_LABEL_MISPRINTED`, with the printed label).
 *
 * The same place reads a short label printed without its ordinal (`其他` for `3.其他`: a list
 * numbered by Word loses its numbers when copied), which is too common a word to be looked for
 * alone (labels.ts): taken only as the one row left between the rows found, printed once there
 * as a word of its own (a line, a cell or blanks around it, no digit fused before it) and followed
 * by a value. Nothing is misprinted there, so nothing is reported: a long label printed without
 * its ordinal is read so too.
 *
 * @module
 */
import { hasAsciiDigit, isAsciiDigitCode } from "../text/digits.js";
import { withinOneEdit } from "../text/edits.js";
import { type Meter, tick } from "../text/meter.js";
import type { KeyStream } from "../text/normalize.js";
import { DISTINCTIVE, type Form, type LabelHit, type Mask, masked } from "./labels.js";

/** The shortest label core (key characters, its ordinal left out) read with one character wrong. */
export const MISPRINT_MIN = 6;

/** A row as this pass needs it: its forms, and whether it is the registry's own data row. */
export interface MisprintSpec {
  readonly id: string;
  readonly forms?: readonly Form[];
  /** A local row or the other template's: printed by some reports only, never expected. */
  readonly optional: boolean;
  /** A row that holds values (not a heading or group label). */
  readonly data: boolean;
}

/** A label hit taken from a misprinted label. */
export interface MisprintedHit extends LabelHit {
  readonly misprinted: true;
}

/**
 * What may stand in the source between a label's ordinal and its words, spaces left out: the
 * ordinal's own mark (a dot, 、 or a comma, or the closing bracket of `（二）`), after a Markdown
 * escape (`5\.`). Spaces are taken out first: a pattern with several `\s*` would backtrack over a
 * long run of them.
 */
const ORDINAL_MARK = /^\\?(?:[)）][.．、,，]?|[.．、,，])$/;
const SPACES = /\s+/g;

/**
 * Whether the ordinal ending before key offset `core` is followed in the source by its mark. A
 * value equal to the ordinal (`| 5 | 属于三类内容事务信息 |`: row 4's total, then a label printed
 * without its ordinal) has none: taken for the ordinal, it would cut the row above's last value.
 */
function markedOrdinal(text: string, stream: KeyStream, core: number, meter?: Meter): boolean {
  const from = stream.ends[core - 1]!;
  const to = stream.starts[core]!;
  // The characters between two key characters: each ordinal's own, read once.
  tick(meter, 1 + to - from);
  return ORDINAL_MARK.test(text.slice(from, to).replace(SPACES, ""));
}

/**
 * Whether key character `at` is printed joined to the one before it: nothing between them in the
 * source, or one space (a label spaced out). A cell's border, a column's gap or a line break is more.
 */
function joined(text: string, stream: KeyStream, at: number): boolean {
  const from = stream.ends[at - 1]!;
  const to = stream.starts[at]!;
  return to === from || (to === from + 1 && text.charCodeAt(from) === 0x20);
}

/** Whether the source character before key offset `at` is a digit (the ordinal fused to a value). */
function afterDigit(text: string, stream: KeyStream, at: number): boolean {
  const before = stream.starts[at]! - 1;
  if (before < 0) return false;
  const code = text.charCodeAt(before);
  return isAsciiDigitCode(code);
}

/**
 * The one place in key range `[from, to)` where a form's ordinal opens a word at most one edit
 * from its core, or undefined (none, or several).
 */
function placeOf(
  text: string,
  stream: KeyStream,
  form: Form,
  from: number,
  to: number,
  mask: Mask | undefined,
  meter?: Meter,
): { readonly start: number; readonly end: number; readonly word: string } | undefined {
  // Searches stop at the gap's end: the key cut there (a slice shares the key's characters).
  const key = stream.key.slice(0, to);
  // The ordinal's occurrences are searched for across the gap once.
  tick(meter, to - from);
  const length = form.core.length;
  let found: { start: number; end: number; word: string } | undefined;
  for (let at = key.indexOf(form.ordinal, from); at !== -1; ) {
    // Each occurrence of the ordinal: three windows of about the core's length.
    tick(meter, 1 + 3 * (length + 1));
    const core = at + form.ordinal.length;
    if (
      !masked(mask, at, meter) &&
      !afterDigit(text, stream, at) &&
      core < to &&
      markedOrdinal(text, stream, core, meter)
    ) {
      // The shortest word first, then a longer one only where its further characters are printed
      // joined to the word (nothing or one space between): a label printed with its last character
      // left out is one edit from the core's length too, taking the next key character with it,
      // and that may be a cell (`5.属于三类内部事务信 | 无 | …`), which the row then lacked.
      let end: number | undefined;
      for (const size of [length - 1, length, length + 1]) {
        if (core + size > to) continue;
        if (end !== undefined && !joined(text, stream, core + size - 1)) break;
        const word = key.slice(core, core + size);
        if (hasAsciiDigit(word) || !withinOneEdit(word, form.core, meter)) continue;
        end = core + size;
      }
      if (end !== undefined) {
        if (found !== undefined) return undefined;
        found = { start: at, end, word: key.slice(core, end) };
      }
    }
    at = key.indexOf(form.ordinal, at + 1);
  }
  return found;
}

/** What may stand around a word of its own in the source: blanks and a cell's border. */
const APART = /[\s|]/;

/**
 * The one place in key range `[from, to)` where a form's short core is printed as a word of its
 * own followed by a value, or undefined (none, or several). The core's occurrences across the gap
 * are searched for once.
 */
function barePlace(
  text: string,
  stream: KeyStream,
  form: Form,
  from: number,
  to: number,
  mask: Mask | undefined,
  meter?: Meter,
): { readonly start: number; readonly end: number } | undefined {
  const key = stream.key.slice(0, to);
  tick(meter, to - from);
  let found: { start: number; end: number } | undefined;
  for (let at = key.indexOf(form.core, from); at !== -1; at = key.indexOf(form.core, at + 1)) {
    const end = at + form.core.length;
    const before = stream.starts[at]! - 1;
    const after = stream.ends[end - 1]!;
    // The word's neighbours in the source.
    tick(meter, 3);
    if (masked(mask, at, meter)) continue;
    if (before >= 0 && !APART.test(text.charAt(before))) continue;
    if (after < text.length && !APART.test(text.charAt(after))) continue;
    if (!valueNext(text, after, stream.starts[to] ?? text.length, meter)) continue;
    // Printed twice in the gap: which is the label is not told.
    if (found !== undefined) return undefined;
    found = { start: at, end };
  }
  return found;
}

/**
 * Whether the first character after `from` that is no blank nor a cell's border, before `to`, is
 * a digit (the text is NFKC-normalised): the word is followed by a value, as a row label is, and
 * not by another word, as a column header is (`其他 总计`). Each character looked at once: the
 * blanks up to the next key character, which the next occurrence starts after.
 */
function valueNext(text: string, from: number, to: number, meter?: Meter): boolean {
  let at = from;
  while (at < to && APART.test(text.charAt(at))) at++;
  tick(meter, 1 + at - from);
  return at < to && isAsciiDigitCode(text.charCodeAt(at));
}

/** Each spec list's positions by id, made once per list (the plans' lists are kept). */
const INDICES = new WeakMap<readonly MisprintSpec[], ReadonlyMap<string, number>>();

function indicesOf(specs: readonly MisprintSpec[]): ReadonlyMap<string, number> {
  let indices = INDICES.get(specs);
  if (indices === undefined) {
    indices = new Map(specs.map((spec, index) => [spec.id, index]));
    INDICES.set(specs, indices);
  }
  return indices;
}

/**
 * The hit of a row whose short label is printed without its ordinal in key range `[from, to)`,
 * the one row the registry leaves there; undefined when it has no short label, or when its forms
 * (the label and its variants) read no place or different places.
 */
function bareHit(
  text: string,
  stream: KeyStream,
  row: MisprintSpec,
  from: number,
  to: number,
  mask: Mask | undefined,
  meter?: Meter,
): LabelHit | undefined {
  const short = (row.forms ?? []).filter(
    (form) => form.ordinal !== "" && form.core.length < DISTINCTIVE,
  );
  if (short.length === 0) return undefined;
  const places = short.map((form) => barePlace(text, stream, form, from, to, mask, meter));
  const place = places[0];
  if (place === undefined || places.some((p) => p?.start !== place.start || p.end !== place.end)) {
    return undefined;
  }
  return { id: row.id, start: place.start, end: place.end };
}

/**
 * The hits with a hit added for each row printed with a misprinted label (see the module), in
 * order of position. `hits` are the labels found, in the order of `specs`.
 *
 * @example
 * ```ts
 * // Between rows 4. and 6., `5.属于三类内容事务信息` is read as row 5 (withheldInternalAffairs).
 * withMisprintedLabels(text, stream, specs, hits, undefined).filter((hit) => "misprinted" in hit);
 * ```
 */
export function withMisprintedLabels(
  text: string,
  stream: KeyStream,
  specs: readonly MisprintSpec[],
  hits: readonly LabelHit[],
  mask: Mask | undefined,
  meter?: Meter,
): readonly LabelHit[] {
  if (hits.length < 2) return hits;
  const indexOf = indicesOf(specs);
  // Each pair of neighbouring hits, and the specs between them (a fixed number in all).
  tick(meter, hits.length + specs.length);
  const added: LabelHit[] = [];
  for (let k = 0; k + 1 < hits.length; k++) {
    const before = indexOf.get(hits[k]!.id)!;
    const after = indexOf.get(hits[k + 1]!.id)!;
    // The one row the registry expects between them, if it is one (most neighbours leave none).
    let row: MisprintSpec | undefined;
    let expected = 0;
    for (let index = before + 1; index < after && expected < 2; index++) {
      if (specs[index]!.optional) continue;
      row = specs[index];
      expected++;
    }
    if (expected !== 1 || row === undefined || !row.data) continue;
    const from = hits[k]!.end;
    const to = hits[k + 1]!.start;
    const bare = bareHit(text, stream, row, from, to, mask, meter);
    if (bare !== undefined) {
      added.push(bare);
      continue;
    }
    const forms = (row.forms ?? []).filter(
      (form) => form.ordinal !== "" && form.core.length >= MISPRINT_MIN,
    );
    const places = forms
      .map((form) => placeOf(text, stream, form, from, to, mask, meter))
      .filter((place) => place !== undefined);
    // Every form (the label and its variants) that reads there must read the same place.
    const place = places[0];
    if (place === undefined || places.some((p) => p.start !== place.start || p.end !== place.end)) {
      continue;
    }
    // The word must be no other row's label misprinted just as well.
    tick(meter, specs.length);
    const other = specs.some(
      (spec) =>
        spec !== row &&
        (spec.forms ?? []).some((form) => withinOneEdit(place.word, form.core, meter)),
    );
    if (other) continue;
    const hit: MisprintedHit = { id: row.id, start: place.start, end: place.end, misprinted: true };
    added.push(hit);
  }
  if (added.length === 0) return hits;
  return [...hits, ...added].sort((a, b) => a.start - b.start);
}
