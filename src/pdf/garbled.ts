/**
 * Whether a PDF's text layer is garbled: text there is, but it does not decode to Chinese.
 *
 * A PDF's text is a list of glyph codes; what characters they stand for comes from each font's
 * Unicode map (`/ToUnicode`). Some producers leave the map out: LibreOffice's and Word's subset
 * TrueType fonts then give their glyph numbers as characters (`!"#$%&'()`…), Chromium's CID fonts
 * give them as Latin letters (`ńǣøĸǪű`…). Copying text from such a file in any viewer gives the
 * same garble, and pdf.js reads it too. A report read from it lost every heading and every label,
 * and would come back as six missing sections: the file is no report without its Chinese, and
 * like a scan it needs OCR first (`garbled-text`).
 *
 * The test is on the whole document's text, not per font: a report's text is Chinese through and
 * through (about four fifths of its non-blank characters are ideographs, also with its tables'
 * digits), while garble has none, or a stray few where one font kept its map (a title). A file
 * whose headings or tables kept their map while the body lost it is read: what it holds is read,
 * and what it lost is missing with its own findings.
 *
 * @module
 */

/**
 * Under this share of ideographs among its non-blank characters, a document's text is garbled.
 * Real reports, PDFs of every producer here (Chromium, LibreOffice, Word, ReportLab), read 0.77 to
 * 0.85; every garbled one read 0. A page of table 三 alone (labels and numbers) is about 0.4.
 */
export const MIN_IDEOGRAPH_SHARE = 0.05;

/**
 * Fewer non-blank characters than this say nothing: a scan with a page number stamped as text
 * (`- 1 -`) is not called garbled for its digits.
 */
export const MIN_CHARACTERS = 40;

/** How many characters of the garble the finding quotes, for the user to recognise it. */
const SAMPLE_LENGTH = 16;

const IDEOGRAPH = /\p{Script=Han}/u;
const BLANK = /\s/u;

/** What was counted of a garbled document's text, for the finding's detail. */
export interface Garble {
  /** Its non-blank characters. */
  readonly characters: number;
  /** How many of them are ideographs. */
  readonly ideographs: number;
  /** Its first non-blank characters, as read. */
  readonly sample: string;
}

/**
 * Whether the text of a document's pages (each page its runs' texts) is garbled: at least
 * {@link MIN_CHARACTERS} non-blank characters, fewer than {@link MIN_IDEOGRAPH_SHARE} of them
 * ideographs. Returns what was counted when it is, `undefined` when it is not (or has too little
 * text to tell).
 *
 * @example
 * ```ts
 * garbledText([["!\"#$%&'()*+,-./0123456%&'()*+,-./01278", "!\"9:5+;6<6=->1278?@AB"]]);
 * // { characters: 59, ideographs: 0, sample: "!\"#$%&'()*+,-./0" }
 * garbledText([["2021年政府信息公开工作年度报告"]]); // undefined
 * garbledText([["- 1 -"]]); // undefined: too little text to tell
 * ```
 */
export function garbledText(pages: readonly (readonly string[])[]): Garble | undefined {
  let characters = 0;
  let ideographs = 0;
  let sample = "";
  for (const texts of pages) {
    for (const text of texts) {
      for (const character of text) {
        if (BLANK.test(character)) continue;
        characters++;
        if (IDEOGRAPH.test(character)) ideographs++;
        if (characters <= SAMPLE_LENGTH) sample += character;
      }
    }
  }
  if (characters < MIN_CHARACTERS || ideographs >= characters * MIN_IDEOGRAPH_SHARE) {
    return undefined;
  }
  return { characters, ideographs, sample };
}
