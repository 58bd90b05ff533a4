/**
 * Runs raised or lowered from their paragraph's line: a footnote's reference printed small and high
 * beside a value (`7` then a raised `1`). Word marks it with `w:vertAlign` (superscript,
 * subscript); LibreOffice writes HTML's `<sup>` as a run moved up by `w:position` (half-points).
 * Read as plain text the two runs make `71`, a number never printed: digits raised next to a number
 * are read as marks instead (text/marks.ts), which the value readers drop.
 *
 * `w:position` alone does not say which run is moved: a paragraph's runs may all be moved alike.
 * The line is 0 when any printed character stands there, else the position most of them stand
 * at; a run at least {@link RAISE} half-points off it is set apart. (A run moved less is not, even
 * printed smaller: LibreOffice's `<sub>` moves 1 pt, but a converter's runs of one digit each may
 * move as little with a size of their own, and those are the value's digits.)
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
  /** Whether `w:vertAlign` makes it superscript or subscript. */
  readonly aligned: boolean;
}

/**
 * The paragraph's line: 0 when a printed character (no blank) stands at 0, else the position most
 * printed characters stand at, a tie to the one nearest 0. A footnote's reference longer than its
 * value (`7` and a raised `12`) does not make the line; blanks moved with nothing printed do not.
 */
function lineOf(runs: readonly RunPiece[]): number {
  const counts = new Map<number, number>();
  for (const run of runs) {
    const printed = run.pieces[run.at]!.replace(/\s+/g, "").length;
    if (printed > 0) counts.set(run.position, (counts.get(run.position) ?? 0) + printed);
  }
  if (counts.has(0)) return 0;
  let line = 0;
  let most = 0;
  for (const [position, count] of counts) {
    if (count > most || (count === most && Math.abs(position) < Math.abs(line))) {
      line = position;
      most = count;
    }
  }
  return line;
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
 * stand next to a number: right after a digit (`7` `¹`, runs set apart one after the other taken
 * together), or right before one (`¹` `25`). A number raised alone (`11` printed as a
 * superscript, in one run or a run a digit) is the value and is kept.
 *
 * @example
 * ```ts
 * const pieces = ["7", "1"];
 * markRaised(pieces, [
 *   { pieces, at: 0, position: 0, aligned: false },
 *   { pieces, at: 1, position: 8, aligned: false },
 * ]);
 * pieces; // ['7', '¹']
 * ```
 */
export function markRaised(pieces: string[], runs: readonly RunPiece[], meter?: Meter): void {
  const own = runs.filter((run) => run.pieces === pieces);
  tick(meter, 2 * own.length);
  if (!own.some((run) => run.aligned || run.position !== 0)) return;
  const line = lineOf(own);
  const off = own
    .filter((run) => pieces[run.at] !== "")
    .filter((run) => run.aligned || Math.abs(run.position - line) >= RAISE)
    .map((run) => run.at);
  // Runs set apart one after the other are one mark (`7` then raised `1` and `2`), or one value
  // printed raised digit by digit (a number alone raised is the value): judged together, by what
  // stands before the first and after the last.
  for (let first = 0; first < off.length; ) {
    let last = first;
    while (last + 1 < off.length && nearest(pieces, off[last]!, 1) === off[last + 1]) last++;
    const before = nearest(pieces, off[first]!, -1);
    const after = nearest(pieces, off[last]!, 1);
    tick(meter, off[last]! - off[first]! + 2);
    const afterNumber = before !== undefined && endsInDigit(pieces[before]!);
    const beforeNumber = after !== undefined && startsWithDigit(pieces[after]!);
    if (afterNumber || beforeNumber) {
      for (let index = first; index <= last; index++) {
        pieces[off[index]!] = asMarks(pieces[off[index]!]!);
      }
    }
    first = last + 1;
  }
}
