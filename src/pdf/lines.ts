/**
 * Runs → lines: runs whose vertical centres agree (relative to their font size) form a line, left
 * to right. pdf.js may give a word as one item or one glyph per item; runs closer than a fraction
 * of the font size join without a space, so that both read the same.
 *
 * @module
 */

import { most } from "../text/lists.js";
import { type Box, boundsOf, centreY, type TextRun } from "./geometry.js";
import { WIDE } from "./widths.js";

/** A line of text: its runs left to right, their text joined, and the box around them. */
export interface Line extends Box {
  readonly runs: readonly TextRun[];
  readonly text: string;
  /** The largest font size on the line. */
  readonly size: number;
}

// Two runs are on one line when their centres are closer than this part of the smaller font size
// (a value in a larger type beside its label still is; the next line of a paragraph, at least a
// whole line lower, is not).
const SAME_LINE = 0.4;
// A gap wider than this part of the font size is a space between words.
const SPACE = 0.3;
// Between two Han characters only a gap of a whole character is a space: justified Chinese text
// spreads its characters apart without meaning a word break.
const HAN_SPACE = 1;
// Between a Han character and a Latin letter or digit, word processors set a quarter-em gap
// (autospace) that is no space either.
const MIXED_SPACE = 0.5;

/** How many sides of a gap are Han (or full-width punctuation): 0, 1 or 2. */
function wideSides(left: string, right: string): number {
  return Number(WIDE.test(left.charAt(left.length - 1))) + Number(WIDE.test(right.charAt(0)));
}

/** The gap between two runs of one line, in points (negative when they overlap). */
const gapBetween = (left: TextRun, right: TextRun): number => right.x0 - left.x1;

/**
 * Of the font size, the widest gap between two texts, side by side, that is no space:
 * {@link SPACE}, half of it between Han and Latin, a whole character between Han characters.
 *
 * @example
 * ```ts
 * spaceThreshold("规", "章"); // 1
 * spaceThreshold("1", "2"); // 0.3
 * ```
 */
export function spaceThreshold(left: string, right: string): number {
  return [SPACE, MIXED_SPACE, HAN_SPACE][wideSides(left, right)] ?? SPACE;
}

/** Whether a gap between two runs is a space: wider than {@link spaceThreshold} of the font size. */
export function isSpace(left: TextRun, right: TextRun): boolean {
  const size = Math.min(left.size, right.size);
  return gapBetween(left, right) > spaceThreshold(left.text, right.text) * size;
}

/**
 * The text of runs on one line, left to right: joined without a space, or with one where the gap
 * between them is a space ({@link isSpace}).
 *
 * @example
 * ```ts
 * joinRuns([run("规", 81, 93), run("章", 93, 105), run("0", 160, 166)]); // '规章 0'
 * ```
 */
export function joinRuns(runs: readonly TextRun[]): string {
  let text = "";
  let previous: TextRun | undefined;
  for (const run of runs) {
    if (previous !== undefined && isSpace(previous, run)) text += " ";
    text += run.text;
    previous = run;
  }
  return text;
}

/** A line of runs (sorted left to right). */
export function lineOf(runs: readonly TextRun[]): Line {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0);
  const box = boundsOf(sorted) ?? { x0: 0, x1: 0, top: 0, bottom: 0 };
  return {
    ...box,
    runs: sorted,
    text: joinRuns(sorted),
    size: most(sorted.map((run) => run.size)),
  };
}

/**
 * Runs grouped into lines, top to bottom. A vertical run (a label written down a merged cell) is
 * a line of its own.
 *
 * @example
 * ```ts
 * linesOf(runs).map((line) => line.text); // ['二、主动公开政府信息情况', '规章 0 0 0', …]
 * ```
 */
export function linesOf(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => centreY(a) - centreY(b) || a.x0 - b.x0);
  const groups: { centre: number; size: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    const centre = centreY(run);
    if (
      !run.vertical &&
      last !== undefined &&
      !(last.runs[0]?.vertical ?? false) &&
      Math.abs(centre - last.centre) <= SAME_LINE * Math.min(run.size, last.size)
    ) {
      last.runs.push(run);
      // The line's centre is the mean of its runs', so that a long line does not drift.
      last.centre += (centre - last.centre) / last.runs.length;
      last.size = Math.min(last.size, run.size);
    } else groups.push({ centre, size: run.size, runs: [run] });
  }
  return groups.map((group) => lineOf(group.runs)).sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

/**
 * A line cut where its runs are far apart (more than `gap` times the font size): the cells of a
 * table printed without borders.
 *
 * @example
 * ```ts
 * pieces(lineOf(runs), 1).map((piece) => piece.text); // ['规章', '0', '0', '0']
 * ```
 */
export function pieces(line: Line, gap: number): Line[] {
  const out: TextRun[][] = [];
  let previous: TextRun | undefined;
  for (const run of line.runs) {
    const current = out[out.length - 1];
    if (
      current === undefined ||
      previous === undefined ||
      gapBetween(previous, run) > gap * Math.min(previous.size, run.size)
    ) {
      out.push([run]);
    } else current.push(run);
    previous = run;
  }
  return out.map(lineOf);
}
