/**
 * Page numbers as documents print them, for the readers that drop them: the PDF reader in a page's
 * top and bottom bands, the text reader on a line of its own. A page number left in a table's text
 * is read as a value (`第 2 页` between a label and its `0` gave the row a 2).
 *
 * @module
 */

/** Page numbers that say so in words: `第 3 页`, `第3页 共8页`, `共8页 第3页`, `Page 3 of 8`. */
const WORDED = [
  /^第\s*\d{1,4}\s*页(\s*[,，、/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，、/]?\s*第\s*\d{1,4}\s*页$/,
  /^page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
];

/**
 * Whether a line's text (trimmed) is a page number in words: on a line of its own it can be
 * nothing else, wherever it stands.
 *
 * @example
 * ```ts
 * isWordedPageNumber("第 3 页 共 8 页"); // true
 * isWordedPageNumber("第二十条第（一）项"); // false
 * ```
 */
export function isWordedPageNumber(trimmed: string): boolean {
  return WORDED.some((pattern) => pattern.test(trimmed));
}
