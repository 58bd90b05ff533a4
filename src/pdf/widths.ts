/**
 * Text told from its characters alone: how wide it is printed, for the few places where the reader
 * must place text pdf.js gave no position for (a word inside a run printed across cells, the first
 * word of a line that did not fit on the line before), and how the lines of a paragraph or a cell
 * join.
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

/**
 * Where each character of a text printed from `x0` to `x1` starts, and where the last ends: the
 * space shared out by {@link emsOf} (figures equally wide, ideographs square), as pdf.js gives no
 * position inside a run. One more place than the text has characters.
 *
 * @example
 * ```ts
 * characterEdges("9404", 148, 172); // [148, 154, 160, 166, 172]
 * ```
 */
export function characterEdges(text: string, x0: number, x1: number): number[] {
  const scale = (x1 - x0) / emsOf(text);
  const edges = [x0];
  for (const char of text) edges.push(edges[edges.length - 1]! + emsOf(char) * scale);
  return edges;
}

const ALNUM = /[A-Za-z0-9]/;

/**
 * Two lines of one paragraph or one cell joined as the text was before it wrapped: a PDF's line
 * breaks are where the line was full, so Chinese text joins without a break, and only two Latin
 * letters or digits keep a space between them.
 *
 * @example
 * ```ts
 * joinWrapped("（二）部分公开（区分处理的，只计这一情形，", "不计其他情形）"); // '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'
 * joinWrapped("http://www.gov.cn", "index.html"); // 'http://www.gov.cn index.html'
 * ```
 */
export function joinWrapped(left: string, right: string): string {
  if (left === "") return right;
  if (right === "") return left;
  const space = ALNUM.test(left.charAt(left.length - 1)) && ALNUM.test(right.charAt(0));
  return `${left}${space ? " " : ""}${right}`;
}

// A space pdf.js inferred between a Han character and a Latin letter or digit: word processors
// set a quarter-em gap there (LibreOffice's and WPS's autospace), which pdf.js reads as a space.
const AUTOSPACE = new RegExp(
  `(?<=${WIDE.source}) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=${WIDE.source})`,
  "g",
);

/**
 * Text as it was typed: the space a word processor's autospace puts between Han characters and
 * Latin letters or digits taken out (`2024 年` → `2024年`).
 *
 * @example
 * ```ts
 * withoutAutospace("统计期限为 2022 年 1 月 1 日"); // '统计期限为2022年1月1日'
 * ```
 */
export function withoutAutospace(text: string): string {
  return text.replace(AUTOSPACE, "");
}
