/**
 * Letter-spaced text told from words. pdf.js writes a space into an item wherever two glyphs stand
 * more than a tenth of the font size apart, so that a number set with letter spacing (CSS
 * `letter-spacing`, Word's expanded character spacing, a cell's distributed alignment) comes out
 * `1 1`, `1 0 2`: in a ruled cell, two values where one was printed. The reader's own rule for a
 * space between runs ({@link spaceThreshold}: a third of the font size between digits) is applied
 * to those spaces too, their width estimated from the run's.
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
