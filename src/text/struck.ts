/**
 * Digits struck out: a correction shown on the page (`<del>5</del>`, Word's `w:strike`). A person
 * reads no number in a crossed-out `5`, so neither may a reader: each digit keeps a combining long
 * stroke overlay (U+0336), which no normalisation removes and no number holds. A cell of struck
 * digits is then unreadable, and its finding quotes them as printed (`5̶`).
 *
 * @module
 */

const DIGIT = /[0-9\uff10-\uff19]/g;

/**
 * A text with each of its digits (ASCII or full-width) struck through; any other character is
 * kept as it is, so that the words of a struck label still read.
 *
 * @example
 * ```ts
 * asStruck("5"); // '5̶'
 * asStruck("共12件"); // '共1̶2̶件'
 * ```
 */
export function asStruck(text: string): string {
  return text.replace(DIGIT, "$&\u0336");
}
