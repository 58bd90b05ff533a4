/**
 * What a PDF's text layer says before anything is laid out: that there is no report's text in it,
 * for one of two causes a reader can tell apart and a user can act on (both need OCR first).
 *
 * **A scan** (`no-text-layer`): its pages are images. Some carry a line of text all the same, a
 * page number (`第 1 页 共 5 页`, `- 1 -`) or a stamp added by the program that made the PDF;
 * a page of a report, even a table's last rows, has more. Read as a report, such a file came back
 * as six missing sections.
 *
 * **Garble** (`garbled-text`): a PDF's text is a list of glyph codes; what characters they stand
 * for comes from each font's Unicode map (`/ToUnicode`). Some producers leave the map out:
 * LibreOffice's and Word's subset TrueType fonts then give their glyph numbers as characters
 * (`!"#$%&'()`…), Chromium's CID fonts give them as Latin letters (`ńǣøĸǪű`…). Copying text from
 * such a file in any viewer gives the same garble, and pdf.js reads it too. The test is on the
 * whole document's text, not per font: a report's text is Chinese through and through (about four
 * fifths of its non-blank characters are ideographs, its tables' digits included), while garble
 * has none, or a stray few where one font kept its map (a title). A file whose headings or tables
 * kept their map while the body lost it is read: what it holds is read, and what it lost is
 * missing with its own findings.
 *
 * A CID font without its map whose glyph numbers pdf.js takes for the characters themselves
 * (Ghostscript's rewrite of a WeasyPrint PDF) garbles into valid ideographs, many of them rare
 * ones, mixed with letters of a dozen scripts: such a text passes the share of ideographs. A
 * document read into no report whose text is that is garbled too ({@link rareIdeographGarble}).
 *
 * @module
 */

/**
 * A page with fewer non-blank characters than this is bare: a scanned page with at most a page
 * number or a stamp as text. A page holding table 四 alone, heading and all, has 115; a page
 * number with its words (`第 12 页 共 30 页`) 8, a running title about 20.
 */
export const MIN_PAGE_CHARACTERS = 40;

/**
 * A bare page has fewer ideographs than this: a page number has 4 (`第 页 共 页`), an agency's
 * stamp about 10 (`宁晋县大曹庄镇人民政府`, 11). A page of a report's title alone (`2021年度政府信息
 * 公开工作年度报告（全文见附件）`, 24) has a text layer, and is read as one.
 */
export const MAX_BARE_IDEOGRAPHS = 11;

/**
 * Under this share of ideographs among its non-blank characters, a document's text is garbled.
 * Real reports, PDFs of every producer here (Chromium, LibreOffice, Word, ReportLab), read 0.74 to
 * 0.85; every garbled one read 0. A page of table 三 alone (labels and numbers) is about 0.4.
 */
export const MIN_IDEOGRAPH_SHARE = 0.05;

/**
 * Fewer non-blank characters than this in the whole document say nothing of garble: a scan with a
 * page number stamped as text (`- 1 -`) is not called garbled for its digits.
 */
export const MIN_CHARACTERS = 40;

/**
 * A text at least this share of whose non-blank characters are letters of ASCII words (two or
 * more letters) is another language's, not garble: an English page reads about 0.8; the garble of
 * LibreOffice's and Word's fonts 0.13 to 0.15 (its letters stand between symbols), Chromium's 0.01.
 */
export const MAX_WORD_LETTER_SHARE = 0.5;

/**
 * At or over this share of its ideographs rare ones (outside the block of common ones,
 * U+4E00–U+9FFF: Extension A and later, the compatibility ideographs), a document's text is
 * garbled. The corpus reports and every PDF fixture here read 0 (a place name may hold one); the
 * Ghostscript garble 0.35 to 0.68, glyph numbers spread over the code points as they are. A share
 * of the ideographs, not of all characters: digits and Latin letters keep their code points in
 * such a file, and a report printing many numbers (six-digit values, WenQuanYi Micro Hei) fell
 * to 0.09 of its characters.
 */
export const MIN_RARE_IDEOGRAPH_SHARE = 0.1;

/** How many characters of the garble the finding quotes, for the user to recognise it. */
const SAMPLE_LENGTH = 16;

const IDEOGRAPH = /\p{Script=Han}/u;
const BLANK = /\s/u;
const ASCII_WORD = /[A-Za-z]{2,}/g;

/**
 * Whether an ideograph is rare: outside the block of common ones (U+4E00–U+9FFF), Extension A
 * (from U+3400) and later, the compatibility ideographs. Not the radicals (some producers map 一
 * or 行 to the Kangxi radical `⼀`, `⾏`) nor `〇` (二〇二二年), which real reports print.
 */
const isRare = (character: string): boolean => {
  const code = character.codePointAt(0)!;
  return code >= 0x3400 && (code < 0x4e00 || code > 0x9fff);
};

/** Whether a page's texts are bare: few characters, few of them ideographs. */
function isBare(texts: readonly string[]): boolean {
  let characters = 0;
  let ideographs = 0;
  for (const text of texts) {
    for (const character of text) {
      if (BLANK.test(character)) continue;
      characters++;
      if (IDEOGRAPH.test(character)) ideographs++;
    }
  }
  return characters < MIN_PAGE_CHARACTERS && ideographs <= MAX_BARE_IDEOGRAPHS;
}

/**
 * Whether every page (each its runs' texts) is bare: fewer than {@link MIN_PAGE_CHARACTERS}
 * non-blank characters, at most {@link MAX_BARE_IDEOGRAPHS} of them ideographs; none at all
 * included (and so a document with no page).
 *
 * @example
 * ```ts
 * bareScan([["第 1 页 共 2 页"], ["第 2 页 共 2 页"]]); // true: a scan with page numbers
 * bareScan([[], []]); // true: a scan
 * bareScan([["2021年度政府信息公开工作年度报告", "（全文见附件）"]]); // false: a title, as text
 * ```
 */
export function bareScan(pages: readonly (readonly string[])[]): boolean {
  return pages.every(isBare);
}

/** What was counted of a garbled document's text, for the finding's detail. */
export interface Garble {
  /** Its non-blank characters. */
  readonly characters: number;
  /** How many of them are ideographs. */
  readonly ideographs: number;
  /** How many of them are rare ideographs (see {@link rareIdeographGarble}), when counted. */
  readonly rare?: number;
  /** Its first non-blank characters, as read. */
  readonly sample: string;
}

/**
 * Whether the text of a document's pages (each page its runs' texts) is garbled: at least
 * {@link MIN_CHARACTERS} non-blank characters, fewer than {@link MIN_IDEOGRAPH_SHARE} of them
 * ideographs, and fewer than {@link MAX_WORD_LETTER_SHARE} of them letters of ASCII words (a
 * document in English is not garble, and no report either: it is read as such). Returns what was
 * counted when it is, `undefined` when it is not (or has too little text to tell).
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
  const { characters, ideographs, sample, wordLetters } = counted(pages);
  if (
    characters < MIN_CHARACTERS ||
    ideographs >= characters * MIN_IDEOGRAPH_SHARE ||
    wordLetters >= characters * MAX_WORD_LETTER_SHARE
  ) {
    return undefined;
  }
  return { characters, ideographs, sample };
}

/** The counts of a document's text both tests for garble look at. */
function counted(
  pages: readonly (readonly string[])[],
): Required<Garble> & { wordLetters: number } {
  let characters = 0;
  let ideographs = 0;
  let rare = 0;
  let wordLetters = 0;
  let sample = "";
  for (const texts of pages) {
    for (const text of texts) {
      for (const word of text.match(ASCII_WORD) ?? []) wordLetters += word.length;
      for (const character of text) {
        if (BLANK.test(character)) continue;
        characters++;
        if (IDEOGRAPH.test(character)) {
          ideographs++;
          if (isRare(character)) rare++;
        }
        if (characters <= SAMPLE_LENGTH) sample += character;
      }
    }
  }
  return { characters, ideographs, rare, sample, wordLetters };
}

/**
 * Whether the text of a document's pages (each page its runs' texts) is garbled into ideographs:
 * at least {@link MIN_CHARACTERS} ideographs, {@link MIN_RARE_IDEOGRAPH_SHARE} or more of them
 * rare ones. Asked only of a document read into no report: one whose tables kept
 * their fonts' maps is read for what it holds. Returns what was counted when it is garbled.
 *
 * @example
 * ```ts
 * rareIdeographGarble([["㱕侔⹁㛻傶䇹ꜝ䇗䷓䈢⟔䕜⪝䋯䄄⛼䇗䈲䥊⼔⹠䄭儬冘㛻傶䇹ꜝ⹠䄭仼僿碠䌖⺙ED[Y儗".repeat(2)]]);
 * // { characters: 80, ideographs: 54, rare: 32, sample: "㱕侔⹁㛻傶䇹ꜝ䇗䷓䈢⟔䕜⪝䋯䄄⛼" }
 * rareIdeographGarble([["宁晋县大曹庄镇2022年政府信息公开工作年度报告，发布机构：大曹庄镇人民政府"]]);
 * // undefined
 * ```
 */
export function rareIdeographGarble(pages: readonly (readonly string[])[]): Garble | undefined {
  const { characters, ideographs, rare, sample } = counted(pages);
  if (ideographs < MIN_CHARACTERS || rare < ideographs * MIN_RARE_IDEOGRAPH_SHARE) return undefined;
  return { characters, ideographs, rare, sample };
}
