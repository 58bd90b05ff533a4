/**
 * Runs raised or lowered from their paragraph's line: a footnote's reference printed small and high
 * beside a value (`7` then a raised `1`). Word marks it with `w:vertAlign` (superscript,
 * subscript); LibreOffice writes HTML's `<sup>` as a run moved up by `w:position` (half-points).
 * Read as plain text the two runs make `71`, a number never printed: digits raised next to a number
 * are read as marks instead (text/marks.ts), which the value readers drop.
 *
 * `w:position` alone does not say which run is moved: a paragraph's runs may all be moved alike.
 * The line is the position most of the paragraph's characters stand at; a run at least
 * {@link RAISE} half-points off it is set apart, and so is a run moved less that is printed smaller
 * than the line (LibreOffice's `<sub>`: 1 pt down, at 80 % size).
 *
 * @module
 */
import { asMarks, endsInDigit, startsWithDigit } from "../text/marks.js";
import { type Meter, tick } from "../text/meter.js";

/**
 * How far from its line (half-points) a run is moved to be set apart: 2 pt, a third of a small
 * table font's size. LibreOffice moves `<sup>` 3–4 pt; digits nudged to align fonts move less.
 */
export const RAISE = 4;

/** A run read as one piece of its paragraph's text. */
export interface RunPiece {
  /** The pieces the run's text went into, and its index there. */
  readonly pieces: readonly string[];
  readonly at: number;
  /** `w:position`, half-points up (0 when absent). */
  readonly position: number;
  /** `w:sz` (half-points) when the run sets it. */
  readonly size: number | undefined;
  /** Whether `w:vertAlign` makes it superscript or subscript. */
  readonly aligned: boolean;
}

/**
 * The value most of the runs' characters have. A tie goes to the value `rank` puts lowest, then to
 * the one met first.
 */
function mostOf<T>(
  runs: readonly RunPiece[],
  value: (run: RunPiece) => T,
  rank: (value: T) => number = () => 0,
): T | undefined {
  const counts = new Map<T, number>();
  for (const run of runs) {
    const key = value(run);
    counts.set(key, (counts.get(key) ?? 0) + run.pieces[run.at]!.length);
  }
  let most: T | undefined;
  let count = -1;
  for (const [key, total] of counts) {
    if (total > count || (total === count && rank(key) < rank(most as T))) {
      most = key;
      count = total;
    }
  }
  return most;
}

/** Whether a run stands off the line: moved far enough, or moved and printed smaller. */
function offLine(run: RunPiece, line: number, lineSize: number | undefined): boolean {
  const moved = Math.abs(run.position - line);
  if (run.aligned || moved >= RAISE) return true;
  return moved > 0 && run.size !== undefined && (lineSize === undefined || run.size < lineSize);
}

/** The index of the first piece before `at` (step -1) or after it (step 1) that is not empty. */
function nearest(pieces: readonly string[], at: number, step: 1 | -1): number | undefined {
  for (let index = at + step; index >= 0 && index < pieces.length; index += step) {
    if (pieces[index] !== "") return index;
  }
  return undefined;
}

/**
 * Turns into marks, in place, the digits of the raised runs of a paragraph read into `pieces` that
 * stand next to a number: right after a digit (`7` `¹`, or after another such run), or right
 * before one (`¹` `25`). A number raised alone (`11` printed as a superscript) is the value and is
 * kept.
 *
 * @example
 * ```ts
 * const pieces = ["7", "1"];
 * markRaised(pieces, [
 *   { pieces, at: 0, position: 0, size: undefined, aligned: false },
 *   { pieces, at: 1, position: 8, size: undefined, aligned: false },
 * ]);
 * pieces; // ['7', '¹']
 * ```
 */
export function markRaised(pieces: string[], runs: readonly RunPiece[], meter?: Meter): void {
  const own = runs.filter((run) => run.pieces === pieces);
  tick(meter, 2 * own.length);
  if (!own.some((run) => run.aligned || run.position !== 0)) return;
  // A tie goes to the position nearest 0: `7` and a raised `1` stand on the line of `7`, and so
  // do a raised `1` and `7` after it.
  const line = mostOf(own, (run) => run.position, Math.abs) ?? 0;
  const lineSize = mostOf(
    own.filter((run) => run.position === line),
    (run) => run.size,
  );
  let marked: number | undefined;
  for (const run of own) {
    if (pieces[run.at] === "" || !offLine(run, line, lineSize)) continue;
    const before = nearest(pieces, run.at, -1);
    const after = nearest(pieces, run.at, 1);
    tick(
      meter,
      (before === undefined ? 0 : run.at - before) + (after === undefined ? 0 : after - run.at),
    );
    const afterNumber = before !== undefined && (before === marked || endsInDigit(pieces[before]!));
    const beforeNumber = after !== undefined && startsWithDigit(pieces[after]!);
    if (afterNumber || beforeNumber) {
      pieces[run.at] = asMarks(pieces[run.at]!);
      marked = run.at;
    }
  }
}
