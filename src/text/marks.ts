/**
 * Numbers printed as marks: superscript and subscript digits, circled, parenthesized and full-stop
 * numbers (`¹`, `₂`, `①`, `⑴`, `⒈`). A cell prints them after its value as a footnote's reference
 * (`11①`, `12<sup>1</sup>`), and NFKC makes them plain digits: `11①` read 111, a number never
 * printed.
 *
 * @module
 */

// The characters of Unicode's "other number" category that NFKC makes a number (`1`, `(1)`, `1.`):
// superscript and subscript digits, circled, parenthesized and full-stop numbers, and 🄀.
const MARK =
  "\\u00b2\\u00b3\\u00b9\\u2070\\u2074-\\u2079\\u2080-\\u2089\\u2460-\\u249b\\u24ea\\u3251-\\u325f\\u32b1-\\u32bf\\u{1f100}";
const HAS_MARK = new RegExp(`[${MARK}]`, "u");
// Marks next to a digit (ASCII or full-width), after it or before it, set close or a space apart:
// the number's footnote reference (`11①`, `25 ①`, `①26`).
const AFTER_DIGIT = new RegExp(
  `(?<=[0-9\\uff10-\\uff19][ \\u00a0\\u3000]*)[${MARK}]+|[${MARK}]+(?=[ \\u00a0\\u3000]*[0-9\\uff10-\\uff19])`,
  "gu",
);
const ONLY_MARKS = new RegExp(`^[${MARK}]+$`, "u");
const MARKS = new RegExp(`([${MARK}]+)`, "u");

/**
 * Whether a word is marks only (`①`): a footnote's reference set apart from the value before it
 * (`25 ① 26`), no value and no word of a label.
 *
 * @example
 * ```ts
 * onlyMarks("①"); // true
 * onlyMarks("1①"); // false
 * ```
 */
export function onlyMarks(word: string): boolean {
  return ONLY_MARKS.test(word);
}

/** Whether a text holds a number printed as a mark. */
export function hasMark(text: string): boolean {
  return HAS_MARK.test(text);
}

/**
 * NFKC of a text holding marks: the marks next to a digit taken out (a footnote's reference, not
 * more of the number), any other kept as printed, so that no digit is made of it.
 *
 * @example
 * ```ts
 * nfkcOfMarked("１１①"); // '11'
 * nfkcOfMarked("12¹"); // '12'
 * nfkcOfMarked("①26"); // '26'
 * nfkcOfMarked("①"); // '①'
 * ```
 */
export function nfkcOfMarked(text: string): string {
  return text
    .replace(AFTER_DIGIT, "")
    .split(MARKS)
    .map((piece, index) => (index % 2 === 1 ? piece : piece.normalize("NFKC")))
    .join("");
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

// A footnote's number in square brackets alone, as Word's HTML prints a reference (`[1]`).
const BRACKETED = /^(\s*)[[\uff3b]\s*([0-9\uff10-\uff19]{1,3})\s*[\]\uff3d](\s*)$/;

/**
 * Whether a text printed raised is a footnote's reference by its characters: digits alone, or a
 * number of up to three digits in square brackets (Word's HTML: `<span
 * class=MsoFootnoteReference>[1]</span>`).
 *
 * @example
 * ```ts
 * isReferenceText("12"); // true
 * isReferenceText("[1]"); // true
 * isReferenceText("2024年"); // false
 * ```
 */
export function isReferenceText(text: string): boolean {
  return /^[\s0-9\uff10-\uff19]+$/.test(text) || BRACKETED.test(text);
}

/**
 * A text's digits (ASCII or full-width) as superscript digits: a footnote's reference printed
 * raised (`<sup>1</sup>`, Word's superscript run) told from the number it follows as
 * {@link nfkcOfMarked} tells it. A number in square brackets alone (`[1]`, Word's HTML) is the
 * reference whole, its brackets part of it: they are left out, so that the number before it reads.
 *
 * @example
 * ```ts
 * asMarks("1"); // '¹'
 * asMarks("注2"); // '注²'
 * asMarks("[1]"); // '¹'
 * ```
 */
export function asMarks(text: string): string {
  const bracketed = BRACKETED.exec(text);
  const bare = bracketed === null ? text : `${bracketed[1]}${bracketed[2]}${bracketed[3]}`;
  // Full-width digits too: `１２<sup>１</sup>` is 12 and its reference.
  return bare.replace(/[0-9\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return SUPERSCRIPT_DIGITS[code >= 0xff10 ? code - 0xff10 : code - 0x30]!;
  });
}

/** Whether a text ends in a digit, ASCII or full-width. */
export function endsInDigit(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** Whether a text holds a digit, ASCII or full-width: a number printed, however it reads. */
export function holdsDigit(text: string): boolean {
  return /[0-9\uff10-\uff19]/.test(text);
}

/** Whether a text starts with a digit, ASCII or full-width, after blanks. */
export function startsWithDigit(text: string): boolean {
  return /^[ \u00a0\u3000]*[0-9\uff10-\uff19]/.test(text);
}
