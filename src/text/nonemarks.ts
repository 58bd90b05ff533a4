/**
 * The characters offices print in a cell for "none" (`/`, `—`, `-` and their full-width, small and
 * minus forms, `_`): one list for every reader that tells a cell's mark from a word (the text
 * readers' cells, the PDF reader's values), so that a mark one reader knows is not read as a word,
 * or as blank, by another. Three heuristics that weigh whether a text is a table at all keep
 * shorter lists of their own (notes.ts `BARE_MARK`, compilation.ts `isCellMark`, anchors.ts
 * `PLAIN_COUNT`): a `_` or `−` alone is as often prose's (a form's blank to fill, a minus) there.
 *
 * @module
 */

/**
 * The characters of a mark printed for none: slashes (`/`, `／`), dashes and hyphens (`—`, `–`,
 * `-`, `－`, `﹣`), the minus sign (`−`) and low lines (`_`, `＿`).
 */
export const NONE_MARKS = "/／—–-－﹣−_＿";

/** {@link NONE_MARKS} as the body of a regular expression's character class (`-` escaped). */
export const NONE_MARK_CLASS = NONE_MARKS.replace(/[-\\\]^]/g, "\\$&");

/**
 * Whether a character is one of a mark printed for none ({@link NONE_MARKS}).
 *
 * @example
 * ```ts
 * isNoneMarkCharacter("—"); // true
 * isNoneMarkCharacter("0"); // false
 * ```
 */
export function isNoneMarkCharacter(character: string): boolean {
  return character.length === 1 && NONE_MARKS.includes(character);
}
