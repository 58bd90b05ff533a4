/**
 * What JavaScript's `\s` (and `String.prototype.trim`) takes for a blank, tested on one code unit
 * without a pattern: for walks over text that look at single characters.
 *
 * @module
 */

/**
 * Whether a code unit is a blank as `\s` matches it: line breaks included.
 *
 * @example
 * ```ts
 * isBlankCode(0x3000); // true (ideographic space)
 * isBlankCode("规".charCodeAt(0)); // false
 * ```
 */
export function isBlankCode(code: number): boolean {
  // Most units are ideographs (above U+3000) or printable ASCII: told by two comparisons each.
  if (code > 0x3000) return code === 0xfeff;
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}
