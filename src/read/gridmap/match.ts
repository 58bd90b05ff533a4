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

/** The scores of a key that is a label, and of one that starts with a label (an annotation after). */
/** The score of a key that is the label or one of its forms exactly (see {@link matchScore}). */
export const EXACT = 3000;
const ANNOTATED = 2000;

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
    if (key === full || (alone && key === core)) score = EXACT + length;
    else if (key.startsWith(full) || (alone && key.startsWith(core))) score = ANNOTATED + length;
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
 * The candidate matching `key` best with its score, or `undefined` (none, or a tie).
 *
 * @example
 * ```ts
 * bestCandidate("本年增减", [{ id: "change", forms: formsOf("本年增/减", []), value: 1 }])?.score; // 3004
 * ```
 */
export function bestCandidate<T>(
  key: string,
  candidates: readonly Candidate<T>[],
  meter?: Meter,
): { readonly candidate: Candidate<T>; readonly score: number } | undefined {
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
  return tied || best === undefined ? undefined : { candidate: best, score: bestScore };
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
  return bestCandidate(key, candidates, meter)?.candidate.value;
}

/**
 * {@link bestMatch} for a column's header, which names one column: a header going on with another
 * column's label after its own (`上一年项目数量 本年增/减`, two headers printed without a rule
 * between them and read as one cell) names two, and matches neither. Its values are then no
 * column's, where the first label would have taken the values of both.
 *
 * @example
 * ```ts
 * const columns = ["上一年项目数量", "本年增/减"].map((label, value) => ({ id: label, forms: formsOf(label, []), value }));
 * bestHeaderMatch("上一年项目数量指2019年事项数", columns); // 0
 * bestHeaderMatch("上一年项目数量本年增减", columns); // undefined
 * ```
 */
export function bestHeaderMatch<T>(
  key: string,
  candidates: readonly Candidate<T>[],
  meter?: Meter,
): T | undefined {
  const best = bestCandidate(key, candidates, meter);
  // Only a key with words after its label can hold a second one.
  if (best === undefined || best.score >= EXACT) return best?.candidate.value;
  for (let at = 1; at < key.length; at++) {
    tick(meter, 1);
    const other = bestCandidate(key.slice(at), candidates, meter);
    if (
      other !== undefined &&
      other.score >= ANNOTATED &&
      other.candidate.id !== best.candidate.id
    ) {
      return undefined;
    }
  }
  return best.candidate.value;
}
