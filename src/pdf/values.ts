/**
 * What a table cell of a PDF prints as a value, word by word: a number, a mark (`—`, `/`), `无`,
 * a change written with a sign word (`增10`).
 *
 * @module
 */
import { isSignedWord } from "../read/cells.js";
import { NONE_MARK_CLASS } from "../text/nonemarks.js";

// A value may carry a footnote's reference taken in as marks (raised.ts): `191¹²`, `²186`.
const VALUE = new RegExp(
  `^(?:[\\u2070\\u00b9\\u00b2\\u00b3\\u2074-\\u2079]*[-−+]?\\d[\\d,，]*(?:\\.\\d+)?%?[\\u2070\\u00b9\\u00b2\\u00b3\\u2074-\\u2079]*|[${NONE_MARK_CLASS}]{1,2}|无)$`,
  "u",
);

/**
 * Whether a word (no blank inside) prints a value as a cell does.
 *
 * @example
 * ```ts
 * isValueWord("1,016"); // true
 * isValueWord("无"); // true
 * isValueWord("增10"); // false (a change: see isValueOrChange)
 * isValueWord("行政许可"); // false
 * ```
 */
export function isValueWord(word: string): boolean {
  return VALUE.test(word);
}

/**
 * Whether a word is a value, a change written with a sign word (`增10`) included: one value, not
 * a label's word with a number printed against it.
 *
 * @example
 * ```ts
 * isValueOrChange("增10"); // true
 * isValueOrChange("规章"); // false
 * ```
 */
export function isValueOrChange(word: string): boolean {
  return VALUE.test(word) || isSignedWord(word);
}
