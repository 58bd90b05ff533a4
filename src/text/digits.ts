/**
 * ASCII digits in text: the readers tell values from words by them.
 *
 * @module
 */

/** Whether a code unit is an ASCII digit. */
export function isAsciiDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether a text holds an ASCII digit, by a walk over its code units (no pattern).
 *
 * @example
 * ```ts
 * hasAsciiDigit("属于三类内部事务信息"); // false
 * hasAsciiDigit("5属于"); // true
 * ```
 */
export function hasAsciiDigit(text: string): boolean {
  for (let at = 0; at < text.length; at++) if (isAsciiDigitCode(text.charCodeAt(at))) return true;
  return false;
}
