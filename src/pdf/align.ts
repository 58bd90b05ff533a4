/**
 * The column edges of a table's part on the next page, moved onto the edges of its first part. A
 * table printed without ruling lines gets its columns from where its text stands on each page:
 * where the labels end, how wide the values printed there are. Two parts of one table then draw
 * the same column a few points apart, and joined, they would make two columns of each (a value
 * spanning both, the header over one of them). Each edge of the second part within reach of an
 * edge of the first is that edge; an edge with none near it stays where it is (a column only the
 * second part prints).
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
  const narrowest = Math.min(...edges.slice(1).map((edge, i) => edge - (edges[i] ?? edge)));
  const reach = Math.min(REACH, COLUMN_SHARE * narrowest);
  const snap = (x: number): number => {
    let nearest = edges[0] ?? x;
    for (const edge of edges) if (Math.abs(edge - x) < Math.abs(nearest - x)) nearest = edge;
    return Math.abs(nearest - x) <= reach ? nearest : x;
  };
  return lower.map((box) => ({ ...box, x0: snap(box.x0), x1: snap(box.x1) }));
}
