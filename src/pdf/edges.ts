/**
 * Numbers cut by the page's edge. A table wider than its page (a row with a cell too many, a
 * column set too wide) runs past the paper: LibreOffice writes the glyphs that still touch the
 * page and drops the ones past it, so `101` in the last column is written `10`, the run reaching
 * past the edge. Read as printed, that is a wrong number; such a run's text is marked cut, so that
 * its cell is read as unreadable, never as the digits left.
 *
 * @module
 */
import type { TextRun } from "./geometry.js";

// A run ending nearer the paper's edge than this part of its font size may have lost glyphs past
// it: LibreOffice drops the glyph that starts past the edge, leaving a run that ends just short of
// it (`38` written `3`, ending 0.05 em from the edge). Whole numbers of a page printed without
// margins end half an em from it or more (a cell's padding, the body's margin).
const NEAR = 0.2;

/** What a number cut by the page's edge is written as: no value, so its cell is unreadable. */
export const CUT = "…";

/**
 * The runs with those that reach the page's left or right edge (or run off it) marked cut
 * ({@link CUT} on the side of the edge) where digits stand at that edge: a number may go on past
 * it. Words are left as they are (a label cut short is still read as what it shows).
 *
 * @example
 * ```ts
 * const run = { text: "10", x0: 588, x1: 600, top: 225, bottom: 235, size: 10, vertical: false };
 * cutAtEdges([run], 595.3)[0]!.text; // '10…'
 * ```
 */
export function cutAtEdges(runs: readonly TextRun[], width: number): readonly TextRun[] {
  let cut: TextRun[] | undefined;
  runs.forEach((run, index) => {
    const text = run.text.trim();
    const near = NEAR * run.size;
    const right = run.x1 > width - near && /\d$/.test(text);
    const left = run.x0 < near && /^\d/.test(text);
    if (!right && !left) return;
    cut ??= runs.slice();
    cut[index] = { ...run, text: `${left ? CUT : ""}${text}${right ? CUT : ""}` };
  });
  return cut ?? runs;
}
