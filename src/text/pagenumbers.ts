/**
 * Page numbers as documents print them, for the readers that drop them: the PDF reader in a page's
 * top and bottom bands, the text reader on a line of its own. A page number left in a table's text
 * is read as a value (`第 2 页` between a label and its `0` gave the row a 2).
 *
 * @module
 */

/**
 * Page numbers that say so in words: `第 3 页`, `第3页 共8页`, `共8页 第3页`, `Page 3 of 8`; 页 or
 * 頁 (a page served in traditional characters).
 */
const WORDED = [
  /^第\s*\d{1,4}\s*[页頁](\s*[,，、/]?\s*共\s*\d{1,4}\s*[页頁])?$/,
  /^共\s*\d{1,4}\s*[页頁]\s*[,，、/]?\s*第\s*\d{1,4}\s*[页頁]$/,
  /^page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
];

/**
 * A page number in words sharing its line with other words (`2022年政府信息公开工作年度报告 第 2 页`,
 * a running header and its page number): its number is no value either. Blanks on the line only.
 */
const WORDED_INSIDE = /[第共][ \t\u00a0\u3000]*\d{1,4}[ \t\u00a0\u3000]*[页頁]/g;

/**
 * A text with the numbers of the page numbers in words it holds taken out (`第 2 页` → `第页`), the
 * rest as it was; each character looked at a bounded number of times.
 *
 * @example
 * ```ts
 * withoutWordedPageNumbers("年度报告 第 2 页"); // "年度报告 第页"
 * withoutWordedPageNumbers("第二十条第（一）项"); // unchanged
 * ```
 */
export function withoutWordedPageNumbers(text: string): string {
  if (!text.includes("页") && !text.includes("頁")) return text;
  return text.replace(WORDED_INSIDE, (phrase) => `${phrase[0]}${phrase[phrase.length - 1]}`);
}

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
