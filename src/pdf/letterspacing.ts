/**
 * Letter-spaced text told from words. pdf.js writes a space into an item wherever two glyphs stand
 * more than a tenth of the font size apart, so that a number set with letter spacing (CSS
 * `letter-spacing`, Word's expanded character spacing, a cell's distributed alignment) comes out
 * `1 1`, `1 0 2`: in a ruled cell, two values where one was printed.
 *
 * A space typed between two numbers in one cell (`1 1`) gives the same run, and its width cannot
 * tell it apart: a space glyph is a quarter of the type or less, and digits are 0.45 to 0.6 of it
 * by font, so that the gap estimated from the run's width says little. What tells letter spacing
 * is that it spaces every number of the page alike ({@link letterSpacedPage}): the spaces are
 * taken out only on a page whose numbers in cells are all so spaced, and then only where the gap
 * is no wider than the reader's own space between those characters ({@link spaceThreshold}).
 *
 * @module
 */
import type { TextRun } from "./geometry.js";
import { spaceThreshold } from "./lines.js";
import { emsOf } from "./widths.js";

/** Characters, each alone, one space between each two: what letter spacing gives (`1 0 2`). */
const SPACED = /^\S(?: \S)+$/u;

/**
 * The run with its spaces taken out when it is letter-spaced: every character alone between
 * spaces, and the run no wider than its characters ({@link emsOf}) and gaps each narrower than a
 * space between those characters. Any other run is returned as it is.
 *
 * @example
 * ```ts
 * // 10.5 pt digits 1.5 pt apart (0.14 em): one number.
 * withoutLetterSpacing({ text: "1 1", x0: 0, x1: 13.05, top: 0, bottom: 10.5, size: 10.5, vertical: false }).text; // '11'
 * // 5 pt apart (0.48 em): two.
 * withoutLetterSpacing({ text: "1 1", x0: 0, x1: 16.55, top: 0, bottom: 10.5, size: 10.5, vertical: false }).text; // '1 1'
 * ```
 */
export function withoutLetterSpacing(run: TextRun): TextRun {
  if (run.vertical || !SPACED.test(run.text)) return run;
  const characters = [...run.text.replaceAll(" ", "")];
  const gaps = characters.length - 1;
  const gap = ((run.x1 - run.x0) / run.size - emsOf(characters.join(""))) / gaps;
  for (let i = 0; i < gaps; i++) {
    if (gap > spaceThreshold(characters[i]!, characters[i + 1]!)) return run;
  }
  return { ...run, text: characters.join("") };
}

/** A number of two digits or more, and one written with a space between every two digits. */
const NUMBER = /^\d{2,}$/;
const SPACED_NUMBER = /^\d(?: \d)+$/;

/**
 * Whether a page's numbers are letter-spaced: no run prints a number of two digits or more
 * unspaced (`12`), and runs print numbers with a space between every two digits: one of three
 * digits at least (`1 0 2`), with another, or five at least (`1 1`). A cell or two with a space
 * typed between two numbers (`1 1`) is no such page, whether the page's other numbers are printed
 * whole or are all single digits (a small agency's tables of 0s and 1s).
 *
 * @param runs - The page's runs.
 * @param inCell - Whether a run lies in one table cell: asked only of runs printing a number,
 *   the page's words never measured against its cells.
 * @example
 * ```ts
 * const anyCell = () => true;
 * letterSpacedPage([run("1 1"), run("1 0 2"), run("7")], anyCell); // true
 * letterSpacedPage([run("1 1"), run("1 0 2"), run("12")], anyCell); // false
 * letterSpacedPage([run("1 1"), run("2 5"), run("7")], anyCell); // false
 * ```
 */
export function letterSpacedPage(
  runs: readonly TextRun[],
  inCell: (run: TextRun) => boolean,
): boolean {
  let spaced = 0;
  let long = false;
  for (const run of runs) {
    if (run.vertical) continue;
    const whole = NUMBER.test(run.text);
    if (!whole && !SPACED_NUMBER.test(run.text)) continue;
    if (!inCell(run)) continue;
    if (whole) return false;
    spaced++;
    // Three digits spaced alike: no one types a space between each digit of 102.
    if (run.text.length >= 5) long = true;
  }
  return spaced >= 5 || (long && spaced >= 2);
}
