/**
 * The text similarity behind REPEATED_TEXT: the Dice coefficient of the character 8-gram multisets
 * of two texts, after NFKC, with every digit run replaced by one placeholder (so that a text copied
 * with only its years and figures changed still counts as copied) and whitespace and punctuation
 * dropped. Linear in the length of the texts (one pass each, a hash map of shingles).
 *
 * Why 8-grams: character bigrams of Chinese official prose are shared by any two reports
 * (政府, 信息, 公开 …) — unrelated agencies' reports score ≈ 0.5 on bigrams — while 8 characters
 * (about four words) are rarely shared unless a passage was copied.
 *
 * @module
 */

import { type Meter, tick } from "../text/meter.js";

/** Shingle length in characters. */
export const SHINGLE = 8;

/** Texts shorter than this (normalised) are not compared: "无。" repeated is not copying. */
export const MIN_LENGTH = 50;

/** The normalised form compared: NFKC, digit runs → "#", no whitespace, punctuation or symbols. */
export function comparable(text: string, meter?: Meter): string {
  // NFKC, then two replacements of single characters or runs (`\d+` is read once per run).
  tick(meter, 3 * text.length);
  return text
    .normalize("NFKC")
    .replace(/\d+/g, "#")
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

function shingles(text: string, meter?: Meter): Map<string, number> {
  // One shingle per position, each SHINGLE characters sliced and hashed.
  tick(meter, SHINGLE * text.length);
  const counts = new Map<string, number>();
  for (let i = 0; i + SHINGLE <= text.length; i += 1) {
    const gram = text.slice(i, i + SHINGLE);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Similarity of two texts in [0, 1]; `undefined` when either is too short to compare.
 *
 * @example
 * ```ts
 * textSimilarity(a, a); // 1 (for a text of at least 50 characters)
 * ```
 */
export function textSimilarity(a: string, b: string): number | undefined {
  return similarityMetered(a, b, undefined);
}

/**
 * Internal: {@link textSimilarity}, counting its work in `meter` (see `src/meter.ts`). Not
 * exported from the package root.
 */
export function similarityMetered(
  a: string,
  b: string,
  meter: Meter | undefined,
): number | undefined {
  const x = comparable(a, meter);
  const y = comparable(b, meter);
  if (x.length < MIN_LENGTH || y.length < MIN_LENGTH) return undefined;
  const first = shingles(x, meter);
  const second = shingles(y, meter);
  // One look-up per distinct shingle of the first text.
  tick(meter, SHINGLE * first.size);
  let shared = 0;
  for (const [gram, count] of first) shared += Math.min(count, second.get(gram) ?? 0);
  const total = x.length - SHINGLE + 1 + (y.length - SHINGLE + 1);
  return (2 * shared) / total;
}
