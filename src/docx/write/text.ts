/**
 * Text as a Word document may hold it: XML 1.0 allows no control characters but tab, line feed
 * and carriage return, and no lone surrogate or U+FFFE/U+FFFF; Word refuses a file with one. The
 * writer drops them (a report's texts are data and may hold anything).
 *
 * @module
 */

/**
 * The text without the characters XML 1.0 forbids.
 *
 * @example
 * ```ts
 * xmlText("a\u0000b\u0007c"); // 'abc'
 * xmlText("甲\uD800乙"); // '甲乙'
 * ```
 */
export function xmlText(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}
