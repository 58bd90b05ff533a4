/**
 * How wide text is printed, told from its characters alone: for the few places where the reader
 * must place text pdf.js gave no position for (a word inside a run printed across cells, the
 * first word of a line that did not fit on the line before).
 *
 * @module
 */

/** Full-width characters: Han, CJK punctuation, full-width forms. One font size wide. */
export const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

// Of the font size, the advance of a character that is not full-width (digits, Latin letters,
// ASCII punctuation): the average of the CJK fonts reports are set in.
const NARROW = 0.55;

/**
 * How many font sizes long a text is printed, by its characters.
 *
 * @example
 * ```ts
 * emsOf("规章"); // 2
 * emsOf("2024年"); // 3.2
 * ```
 */
export function emsOf(text: string): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : NARROW;
  return ems;
}
