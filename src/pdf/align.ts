import { append, least } from "../text/lists.js";

/**
 * The column edges of a table's part on the next page, moved onto the edges of its first part. A
 * table printed without ruling lines gets its columns from where its text stands on each page:
 * where the labels end, how wide the values printed there are. Two parts of one table then draw
 * the same column a few points apart, and joined, they would make two columns of each (a value
 * spanning both, the header over one of them). Each edge of the second part within reach of an
 * edge of the first is that edge; an edge with none near it stays where it is (a column only the
 * second part prints).
 *
 * Edges a table without ruling lines guessed (the middle of the space between its labels and its
 * first values, or between two value columns) are first agreed on: the page whose labels are
 * longer puts its label edge further right, 30 points from the other's, too far to move onto it,
 * and the joined table had a column of its own there, under one header and half of another. Where
 * the spaces of both parts overlap, one edge in both serves both, and both parts' edges move there.
 *
 * @module
 */

/** Anything with a left and a right edge. */
interface Spanned {
  readonly x0: number;
  readonly x1: number;
}

// An edge of the second part is within reach of the first part's edge at most this many points
// away, and at most this part of the narrowest column of the first part.
const REACH = 12;
const COLUMN_SHARE = 0.4;

/** The distinct edges of a list of boxes, in order. */
function edgesOf(boxes: readonly Spanned[]): number[] {
  return [...new Set(boxes.flatMap((box) => [box.x0, box.x1]))].sort((a, b) => a - b);
}

/**
 * The lower part's boxes with their edges moved onto the upper part's.
 *
 * @param upper - The boxes of the part printed first.
 * @param lower - The boxes of the part that continues it.
 * @example
 * ```ts
 * alignedEdges([{ x0: 0, x1: 100 }, { x0: 100, x1: 130 }], [{ x0: 0, x1: 96, text: "0" }]);
 * // [{ x0: 0, x1: 100, text: '0' }]
 * ```
 */
export function alignedEdges<T extends Spanned>(
  upper: readonly Spanned[],
  lower: readonly T[],
): T[] {
  const edges = edgesOf(upper);
  if (edges.length < 2) return [...lower];
  const narrowest = least(edges.slice(1).map((edge, i) => edge - (edges[i] ?? edge)));
  const reach = Math.min(REACH, COLUMN_SHARE * narrowest);
  const snap = (x: number): number => {
    let nearest = edges[0] ?? x;
    for (const edge of edges) if (Math.abs(edge - x) < Math.abs(nearest - x)) nearest = edge;
    return Math.abs(nearest - x) <= reach ? nearest : x;
  };
  return lower.map((box) => ({ ...box, x0: snap(box.x0), x1: snap(box.x1) }));
}

/**
 * A column edge guessed from where text stands (a table printed without ruling lines): any place
 * between `x0` and `x1`, where no value or label of the table's rows stands, would serve as well
 * as `at`, the middle of that space.
 */
export interface Gap {
  readonly at: number;
  readonly x0: number;
  readonly x1: number;
}

/** A part of a table: its boxes, and the edges among theirs that are guesses. */
interface Part<T extends Spanned> {
  readonly cells: readonly T[];
  readonly gaps?: readonly Gap[];
}

const overlap = (a: Spanned, b: Spanned): number => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

// An edge is a gap's when it stands this close to it (they are the same computed number).
const SAME = 1e-6;

/**
 * The boxes with each edge standing at a key of `moves` moved to its value; a left edge standing
 * at a key of `starts`, a right edge at a key of `ends`, to theirs.
 */
function moved<T extends Spanned>(
  boxes: readonly T[],
  moves: ReadonlyMap<number, number>,
  starts: ReadonlyMap<number, number> = new Map(),
  ends: ReadonlyMap<number, number> = new Map(),
): T[] {
  const to = (x: number, side: ReadonlyMap<number, number>): number => {
    for (const map of [side, moves]) {
      for (const [from, place] of map) if (Math.abs(from - x) <= SAME) return place;
    }
    return x;
  };
  return boxes.map((box) => ({ ...box, x0: to(box.x0, starts), x1: to(box.x1, ends) }));
}

/**
 * Two parts of a table with the edges both guessed in overlapping spaces moved to one place: the
 * middle of the space both leave free. Only a pair whose spaces overlap each other's alone is
 * moved so. A space of the second part holding several edges of the first (a column the second
 * part leaves blank all down: no value of its rows stands there) agrees on no single edge: the
 * second part's cells left of it end at the first of them, those right of it start at the last,
 * and the columns between are blank on the second part. A space of either part across edges it
 * does not hold stays as it was.
 *
 * @returns Both parts' boxes moved, and the spaces agreed on (the joined table's guessed edges).
 * @example
 * ```ts
 * const { upper, lower } = agreedGaps(
 *   { cells: [{ x0: 0, x1: 80 }, { x0: 80, x1: 120 }], gaps: [{ at: 80, x0: 60, x1: 100 }] },
 *   { cells: [{ x0: 0, x1: 95 }, { x0: 95, x1: 120 }], gaps: [{ at: 95, x0: 90, x1: 100 }] },
 * );
 * upper[0]?.x1; // 95
 * lower[0]?.x1; // 95
 * ```
 */
export function agreedGaps<T extends Spanned>(
  upper: Part<T>,
  lower: Part<T>,
): { upper: T[]; lower: T[]; gaps: Gap[] } {
  const ups = upper.gaps ?? [];
  const downs = lower.gaps ?? [];
  const upMoves = new Map<number, number>();
  const downMoves = new Map<number, number>();
  const downStarts = new Map<number, number>();
  const downEnds = new Map<number, number>();
  const gaps: Gap[] = [];
  for (const down of downs) {
    const over = ups.filter((up) => overlap(up, down) > 0);
    const up = over[0];
    if (up === undefined) continue;
    if (over.length > 1) {
      // A space of the second part holding several of the first's edges: the first part's columns
      // between them stand in it, blank on the second (no value of its rows there). The cells
      // left of it end at the first of those edges, those right of it start at the last.
      const last = over[over.length - 1]!;
      if (over.every((one) => one.at > down.x0 && one.at < down.x1)) {
        downEnds.set(down.at, up.at);
        downStarts.set(down.at, last.at);
        append(gaps, over);
      }
      continue;
    }
    if (downs.filter((other) => overlap(up, other) > 0).length > 1) continue;
    const x0 = Math.max(up.x0, down.x0);
    const x1 = Math.min(up.x1, down.x1);
    const at = (x0 + x1) / 2;
    upMoves.set(up.at, at);
    downMoves.set(down.at, at);
    gaps.push({ at, x0, x1 });
  }
  return {
    upper: moved(upper.cells, upMoves),
    lower: moved(lower.cells, downMoves, downStarts, downEnds),
    gaps,
  };
}
