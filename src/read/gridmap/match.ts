/**
 * Matching a printed cell against registry labels by match key: exactly, with words after the
 * label (an annotation: `上一年項目數量(指2019年事項數)`), or cut short (a header whose last words
 * were lost). The best match wins: an exact one over a longer label, a longer label over a shorter.
 *
 * @module
 */
import { type Meter, tick } from "../../text/meter.js";
import { type Form, labelForms } from "../labels.js";

/** A registry entry to match: its forms (see `labelForms`) and what it stands for. */
export interface Candidate<T> {
  /** Two candidates with the same id stand for the same thing (no tie between them). */
  readonly id: string;
  readonly forms: readonly Form[];
  readonly value: T;
}

/** Below this many key characters, a label cut short is too common a word to stand for one. */
const SHORTEST_CUT = 4;
/** A label without its ordinal must be this long to match alone (as in `labels.ts`). */
const DISTINCTIVE = 4;

/** Forms of a label and its variants, for {@link bestMatch}. */
export function formsOf(label: string, variants: readonly string[]): readonly Form[] {
  return labelForms([label, ...variants]);
}

/**
 * How well a key matches a label's forms: 0 for no match; exact matches score highest, then a key
 * that starts with the label (an annotation after it), then a key that the label starts with (a
 * label cut short); among equals, the longer label scores higher.
 *
 * @example
 * ```ts
 * matchScore("上一年项目数量指2019年事项数", formsOf("上一年项目数量", [])) > 0; // true
 * matchScore("其他", formsOf("3.其他", [])); // 0
 * ```
 */
export function matchScore(key: string, forms: readonly Form[], meter?: Meter): number {
  let best = 0;
  if (key === "") return 0;
  const first = key.charCodeAt(0);
  // Indexed loops here and in `bestMatch`: they run for every cell against every label starting
  // like it, and an iterator's result objects are garbage wherever the loop is not optimised.
  for (let f = 0; f < forms.length; f++) {
    const { ordinal, core } = forms[f]!;
    // Every kind of match below starts the key and the label alike: one character tells most
    // labels apart, so that a cell costs a few steps per label, not the label's length. (Compared
    // as code units: cutting out a one-character string costs an allocation for a CJK character.)
    tick(meter, 1);
    if (
      core === "" ||
      (first !== core.charCodeAt(0) && first !== (ordinal || core).charCodeAt(0))
    ) {
      continue;
    }
    // The comparisons below read the label (a short registry text) a few times.
    tick(meter, 3 * (ordinal.length + core.length));
    const full = ordinal + core;
    const alone = core.length >= DISTINCTIVE || ordinal === "";
    const length = full.length;
    let score = 0;
    if (key === full || (alone && key === core)) score = 3000 + length;
    else if (key.startsWith(full) || (alone && key.startsWith(core))) score = 2000 + length;
    else if (key.length >= SHORTEST_CUT && (full.startsWith(key) || core.startsWith(key))) {
      score = 1000 + key.length;
    }
    best = Math.max(best, score);
  }
  return best;
}

/**
 * The first characters (as UTF-16 code units) a key matching one of the forms can start with: a
 * form's core's, and its ordinal's (see {@link matchScore}, whose every kind of match needs one).
 */
export function firstCodes(forms: readonly Form[]): Set<number> {
  const codes = new Set<number>();
  for (const { ordinal, core } of forms) {
    if (core === "") continue;
    codes.add(core.charCodeAt(0));
    codes.add((ordinal || core).charCodeAt(0));
  }
  return codes;
}

/** No candidate: one list for every key that starts like no label (most cells), not one each. */
const NONE: readonly never[] = [];

/** Candidate lists indexed by {@link firstCodes}: the registry's lists are indexed once each. */
const INDEXES = new WeakMap<
  readonly Candidate<unknown>[],
  ReadonlyMap<number, readonly Candidate<unknown>[]>
>();

/**
 * The candidates that can match `key`, in their order: those with a form whose first characters
 * include the key's. The others score 0 against it, so reading only these changes no result; a
 * cell is then weighed against the few labels starting like it, not against a whole registry.
 * The index of a list is kept (weakly) for the next key: the lists are the registry's, built once.
 */
export function candidatesFor<T>(
  key: string,
  candidates: readonly Candidate<T>[],
): readonly Candidate<T>[] {
  if (key === "") return NONE;
  let index = INDEXES.get(candidates);
  if (index === undefined) {
    const built = new Map<number, Candidate<unknown>[]>();
    for (const candidate of candidates) {
      for (const code of firstCodes(candidate.forms)) {
        const list = built.get(code) ?? [];
        list.push(candidate);
        built.set(code, list);
      }
    }
    index = built;
    INDEXES.set(candidates, index);
  }
  return (index.get(key.charCodeAt(0)) ?? NONE) as readonly Candidate<T>[];
}

/**
 * The candidate that matches `key` best, or `undefined` when none does or two different ones tie.
 *
 * @example
 * ```ts
 * bestMatch("本年增减", [{ id: "change", forms: formsOf("本年增/减", []), value: 1 }]); // 1
 * ```
 */
export function bestMatch<T>(
  key: string,
  candidates: readonly Candidate<T>[],
  meter?: Meter,
): T | undefined {
  let best: Candidate<T> | undefined;
  let bestScore = 0;
  let tied = false;
  const list = candidatesFor(key, candidates);
  for (let c = 0; c < list.length; c++) {
    const candidate = list[c]!;
    const score = matchScore(key, candidate.forms, meter);
    if (score === 0) continue;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
      tied = false;
    } else if (score === bestScore && candidate.id !== best?.id) tied = true;
  }
  return tied ? undefined : best?.value;
}
