/**
 * The columns of a table printed without ruling lines, from its column headers: each leaf header
 * (a header no other header stands under) is printed over its own column, and every value stands
 * under one. A table with many blank cells (no row printing a value in every column) has columns
 * its values alone do not show; its headers do.
 *
 * @module
 */

/** Anything with a left and a right edge and a top. */
interface Placed {
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
}

/** An extent across the page. */
export interface Extent {
  readonly x0: number;
  readonly x1: number;
}

/** The most header pieces {@link leafExtents} compares, each with all the others. */
export const MAX_HEADER_PIECES = 1000;

const overlaps = (a: Extent, b: Extent): boolean => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0);

/**
 * The leaf headers' extents, left to right: the header pieces that do not stand over two pieces
 * apart from each other on lower lines (申请人情况 stands over 社会公 and 法律服, which do not
 * overlap: it spans columns), merged where they overlap (商业 over 企业 is one header wrapped over
 * two lines, and spans the lines it occupies).
 *
 * @param pieces - The header's pieces on the values' side of the table, from all its lines; more
 *   than {@link MAX_HEADER_PIECES} give no leaves.
 * @example
 * ```ts
 * leafExtents([
 *   { x0: 0, x1: 100, top: 0 }, // 申请人情况
 *   { x0: 0, x1: 40, top: 10 },
 *   { x0: 60, x1: 100, top: 10 },
 *   { x0: 62, x1: 98, top: 20 },
 * ]); // [{ x0: 0, x1: 40 }, { x0: 60, x1: 100 }]
 * ```
 */
export function leafExtents(pieces: readonly Placed[]): Extent[] {
  // A real header has dozens of pieces; a page with thousands on its header lines is no table
  // header to trust (and would cost millions of comparisons): its columns stay the values' own.
  if (pieces.length > MAX_HEADER_PIECES) return [];
  const leaves = pieces.filter((piece) => {
    // Two pieces under this one stand apart iff the leftmost right edge among them is at or left
    // of the rightmost left edge (the two pieces holding those edges are apart): one pass.
    let leastRight = Number.POSITIVE_INFINITY;
    let mostLeft = Number.NEGATIVE_INFINITY;
    for (const other of pieces) {
      if (other.top <= piece.top || !overlaps(piece, other)) continue;
      leastRight = Math.min(leastRight, other.x1);
      mostLeft = Math.max(mostLeft, other.x0);
    }
    return leastRight > mostLeft;
  });
  const sorted = [...leaves].sort((a, b) => a.x0 - b.x0);
  const merged: { x0: number; x1: number }[] = [];
  for (const leaf of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && leaf.x0 < last.x1) last.x1 = Math.max(last.x1, leaf.x1);
    else merged.push({ x0: leaf.x0, x1: leaf.x1 });
  }
  return merged;
}

/**
 * The table's value columns by its leaf headers: each leaf's extent joined with the values
 * standing under it, when every column of values (`clusters`, the values of all rows merged where
 * they overlap) overlaps exactly one leaf and no leaf has two over it. Otherwise `undefined`: a
 * value between two headers, or under none, has no one column, and the columns stay those of the
 * values alone.
 *
 * @example
 * ```ts
 * headerColumns([{ x0: 0, x1: 40 }, { x0: 60, x1: 100 }], [{ x0: 70, x1: 80 }]);
 * // [{ x0: 0, x1: 40 }, { x0: 60, x1: 100 }]
 * ```
 */
export function headerColumns(
  leaves: readonly Extent[],
  clusters: readonly Extent[],
): Extent[] | undefined {
  if (leaves.length <= clusters.length) return undefined;
  const owner: number[] = [];
  for (const cluster of clusters) {
    const under = leaves.flatMap((leaf, i) => (overlaps(leaf, cluster) ? [i] : []));
    const only = under[0];
    if (only === undefined || under.length > 1) return undefined;
    if (owner.length > 0 && only <= (owner[owner.length - 1] ?? -1)) return undefined;
    owner.push(only);
  }
  return leaves.map((leaf, i) => {
    const cluster = clusters[owner.indexOf(i)];
    return cluster === undefined
      ? { x0: leaf.x0, x1: leaf.x1 }
      : { x0: Math.min(leaf.x0, cluster.x0), x1: Math.max(leaf.x1, cluster.x1) };
  });
}
