/**
 * Footnote references printed raised or lowered beside a number (`7` then a smaller `1` above its
 * baseline: HTML's `<sup>`, Word's superscript), as marks. pdf.js gives the reference as a run of
 * its own; the line builder, which goes by the runs' centres, sets it on a line of its own above
 * or below the value (`1 7` in the cell), or with the value (`71`): a number never printed, or a
 * cell that reads as two. A short run of digits (or a star, a `※`, a circled number) set against
 * a number, printed smaller, its baseline moved off the number's and standing out above the
 * number's top (or below its bottom), with no ruling line between the two, is the number's mark:
 * taken into the number's run, its digits as superscript digits (text/marks.ts), which the value
 * readers drop (a star they quote). A piece of a reference pdf.js gave as two runs (`※` then `1`)
 * is left as printed.
 *
 * All of it tells a mark. Smaller type on the number's baseline, or set at the top, middle or
 * bottom of a line beside it (a cell of smaller type touching the next cell's value), stays inside
 * the number's height, or nearly, when the two cells have the same leading and padding; with more
 * of either in one cell it may stand out as a reference does, but a padding's width apart, where a
 * reference touches its number. Digits of the number's size nudged off it (to align fonts) are
 * not smaller.
 * LibreOffice lowers `<sub>` by 1 pt only, which smaller type set at the bottom of a line nearly
 * does too: it stays digits, as in the Word reader (docx/raised.ts).
 *
 * @module
 */
import { asMarks } from "../text/marks.js";
import type { PageContent, Segment, TextRun } from "./geometry.js";
import { baselineOf } from "./runs.js";

/** At most this part of the number's font size: a mark is printed smaller (Chromium's `<sup>` at 0.83). */
const SMALLER = 0.86;
/**
 * Its baseline at least this part of the number's size off the number's: Chromium and LibreOffice
 * raise `<sup>` 0.4 of it, Chromium lowers `<sub>` 0.27.
 */
const MOVED = 0.2;
/** At most this part of the number's size off it: more is a line above or below. */
const MOST_MOVED = 0.7;
/**
 * A raised mark's top stands above the number's top (a lowered one's bottom below its bottom) by
 * at least this part of the number's size: 0.2–0.25 for the marks above. Smaller type set beside
 * a number at the top, middle or bottom of a line stays inside the number's height, or nearly
 * (a value in a cell of smaller type, touching the next cell's).
 */
const STANDS_OUT = 0.1;
/**
 * Touching the number: a gap (or overlap) of at most this part of its size. Chromium and
 * LibreOffice set a reference against its number (no gap); a neighbouring cell's value in smaller
 * type, with more leading or padding than the number's cell, may stand as high as a reference
 * does, but a cell's padding apart (second review: 1.5 pt, 0.17 of a 9-point number's size).
 */
const TOUCHING = 0.08;
/** How far (points) a ruling line may stand inside a run's box and still part it from the next. */
const LINE_SLACK = 1;
/**
 * A footnote's reference: one to three digits (a longer run is a value of its own), or a mark that
 * is no digit (`*`, `※`, `①`), which is taken in as printed (the value readers drop a circled
 * number beside a value, and quote a value printed with a star).
 */
const REFERENCE = /^(?:[0-9\uff10-\uff19]{1,3}|[*\uff0a\u203b]{1,2}|[\u2460-\u249b])$/;
const ENDS_IN_DIGIT = /[0-9\uff10-\uff19]$/;
const STARTS_WITH_DIGIT = /^[0-9\uff10-\uff19]/;

/** Whether `mark` stands raised or lowered off `number`'s line (see the constants). */
function offLine(mark: TextRun, number: TextRun): boolean {
  const size = number.size;
  const moved = baselineOf(number) - baselineOf(mark);
  if (Math.abs(moved) < MOVED * size || Math.abs(moved) > MOST_MOVED * size) return false;
  return moved > 0
    ? mark.top <= number.top - STANDS_OUT * size
    : mark.bottom >= number.bottom + STANDS_OUT * size;
}

/** Whether a vertical ruling line stands between two runs side by side: two cells' texts. */
function ruledApart(left: TextRun, right: TextRun, lines: readonly Segment[]): boolean {
  const top = Math.max(left.top, right.top);
  const bottom = Math.min(left.bottom, right.bottom);
  return lines.some(
    (line) =>
      line.x0 >= left.x1 - LINE_SLACK &&
      line.x0 <= right.x0 + LINE_SLACK &&
      line.top <= bottom &&
      line.bottom >= top,
  );
}

/**
 * Whether a mark that is no digit (`※`) goes on away from its number (after it, when `after`) in
 * another run of its size and line (`※` then `1`: a reference pdf.js gave as two runs): then it
 * is only a piece of the reference, which is left as printed.
 */
function goesOn(mark: TextRun, runs: readonly TextRun[], after: boolean): boolean {
  if (/[0-9\uff10-\uff19]/.test(mark.text)) return false;
  const reach = TOUCHING * mark.size;
  return runs.some(
    (run) =>
      run !== mark &&
      !run.vertical &&
      Math.abs(run.size - mark.size) <= 0.1 * mark.size &&
      Math.abs(baselineOf(run) - baselineOf(mark)) <= 0.1 * mark.size &&
      Math.abs(after ? run.x0 - mark.x1 : mark.x0 - run.x1) <= reach,
  );
}

/** A mark and the number it is printed beside, after it or before it. */
interface Placed {
  readonly number: number;
  readonly after: boolean;
}

/** The number `mark` is printed beside as its reference, or undefined (see the module's notes). */
function markedNumber(
  mark: TextRun,
  runs: readonly TextRun[],
  lines: readonly Segment[],
): Placed | undefined {
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!;
    if (run === mark || run.vertical || mark.size > SMALLER * run.size) continue;
    if (!offLine(mark, run)) continue;
    const reach = TOUCHING * run.size;
    const after = mark.x0 - run.x1;
    if (after >= -reach && after <= reach && ENDS_IN_DIGIT.test(run.text)) {
      if (!ruledApart(run, mark, lines) && !goesOn(mark, runs, true)) {
        return { number: index, after: true };
      }
    }
    const before = run.x0 - mark.x1;
    if (before >= -reach && before <= reach && STARTS_WITH_DIGIT.test(run.text)) {
      if (!ruledApart(mark, run, lines) && !goesOn(mark, runs, false)) {
        return { number: index, after: false };
      }
    }
  }
  return undefined;
}

/**
 * The page with each footnote reference printed raised or lowered beside a number taken into the
 * number's run as marks (see the module's notes); the number's run keeps its place and size, so
 * that the gap to the next cell's text is what it was. Returns the page itself when it has none.
 *
 * @example
 * ```ts
 * const page = { width: 595, height: 842, segments: [], runs: [
 *   { text: "7", x0: 100, x1: 106, top: 411.8, bottom: 423.8, size: 12, vertical: false },
 *   { text: "1", x0: 106, x1: 111, top: 408.5, bottom: 418.5, size: 10, vertical: false },
 * ] };
 * withMarksPlaced(page).runs.map((run) => run.text); // ['7¹']
 * ```
 */
export function withMarksPlaced<P extends PageContent>(page: P): P {
  const { runs } = page;
  // The candidates first, then their numbers: a run that is a mark itself takes no mark.
  const candidates: number[] = [];
  runs.forEach((run, index) => {
    if (!run.vertical && REFERENCE.test(run.text)) candidates.push(index);
  });
  if (candidates.length === 0) return page;
  const lines = page.segments.filter((segment) => segment.x0 === segment.x1);
  const marks = new Map<number, Placed>();
  for (const index of candidates) {
    const placed = markedNumber(runs[index]!, runs, lines);
    if (placed !== undefined) marks.set(index, placed);
  }
  if (marks.size === 0) return page;
  const merged = new Map<number, TextRun>();
  for (const [index, { number, after }] of marks) {
    if (marks.has(number)) continue;
    const into = merged.get(number) ?? runs[number]!;
    const mark = runs[index]!;
    // Digits as superscript digits; a star or a circled number as printed.
    const text = /^[0-9\uff10-\uff19]+$/.test(mark.text)
      ? asMarks(mark.text.normalize("NFKC"))
      : mark.text;
    // A run of several words (pdf.js gives a row's cells set close as one) is cut into its words
    // by their characters' widths: it takes in the mark's width too, so that its words stay where
    // they stand. A run of one word keeps its box: the gap to the next cell stays as printed.
    const several = /\s/.test(into.text);
    merged.set(number, {
      ...into,
      text: after ? into.text + text : text + into.text,
      x0: several && !after ? Math.min(into.x0, mark.x0) : into.x0,
      x1: several && after ? Math.max(into.x1, mark.x1) : into.x1,
    });
  }
  const kept: TextRun[] = [];
  runs.forEach((run, index) => {
    const placed = marks.get(index);
    // A mark whose number is a mark too stays as printed.
    if (placed !== undefined && !marks.has(placed.number)) return;
    kept.push(merged.get(index) ?? run);
  });
  return { ...page, runs: kept };
}
