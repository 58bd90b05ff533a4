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
 * they overlap) has exactly one leaf and no leaf has two. A column of values overlaps its leaf, or
 * stands in the space beside it: a header centred in its cell over a value set flush left (a
 * narrow `/` starting half an em left of `尚未审结`). Such a column gets the one leaf the columns
 * on either side leave it: between the leaves of the nearest columns that overlap theirs, as many
 * leaves as columns standing in spaces there, taken in order. Otherwise `undefined`: a value
 * overlapping two headers, or with two leaves free beside it, has no one column, and the columns
 * stay those of the values alone.
 *
 * But for one column of values left of every leaf, a whole column away from the first (its left
 * edge at least as far left of the first leaf's as the nearest two leaves are apart): kept as a
 * column of its own before the leaves' (as the values alone would give it). pandoc's HTML → Word
 * writes a row label's span a column short, and LibreOffice prints each value of such a row a
 * column left of its header, the first under the labels' header; with columns printed blank in
 * every row (科研机构, 社会公益组织), the values alone would run those columns together and the
 * headers over them with them, and the mapper could not see the rows a column left (it weighs
 * them so, `oneColumnLeft`). A value nearer the first leaf than that (a mark set just left of a
 * narrow header) is not a column of its own, nor is one of two such columns.
 *
 * @example
 * ```ts
 * headerColumns([{ x0: 0, x1: 40 }, { x0: 60, x1: 100 }], [{ x0: 70, x1: 80 }]);
 * // [{ x0: 0, x1: 40 }, { x0: 60, x1: 100 }]
 * headerColumns([{ x0: 60, x1: 80 }, { x0: 100, x1: 120 }], [{ x0: 20, x1: 30 }, { x0: 100, x1: 110 }]);
 * // [{ x0: 20, x1: 30 }, { x0: 60, x1: 80 }, { x0: 100, x1: 120 }]
 * ```
 */
export function headerColumns(
  leaves: readonly Extent[],
  clusters: readonly Extent[],
): Extent[] | undefined {
  // A column of values left of every leaf, its left edge as far from the first leaf's as the
  // nearest two leaves' are apart at least: a column of its own (see above).
  const first = leaves[0];
  const lone = clusters[0];
  const ahead =
    first !== undefined &&
    lone !== undefined &&
    lone.x1 <= first.x0 &&
    leaves.some((leaf, i) => i > 0 && first.x0 - lone.x0 >= leaf.x0 - leaves[i - 1]!.x0);
  const under = ahead ? clusters.slice(1) : clusters;
  if (leaves.length <= under.length) return undefined;
  // Each cluster's leaf: the one it overlaps, -1 when it overlaps none (placed below).
  const owner: number[] = [];
  for (const cluster of under) {
    const over = leaves.flatMap((leaf, i) => (overlaps(leaf, cluster) ? [i] : []));
    if (over.length > 1) return undefined;
    owner.push(over[0] ?? -1);
  }
  const overlapping = owner.filter((leaf) => leaf >= 0);
  if (overlapping.some((leaf, i) => i > 0 && leaf <= (overlapping[i - 1] ?? -1))) return undefined;
  // A run of clusters overlapping no leaf, between the leaves of the clusters either side, takes
  // the leaves between those in order when there are exactly as many: no other place is left.
  for (let i = 0; i < owner.length; i++) {
    if (owner[i] !== -1) continue;
    let end = i;
    while (owner[end] === -1) end++;
    const before = owner[i - 1] ?? -1;
    const after = owner[end] ?? leaves.length;
    if (after - before - 1 !== end - i) return undefined;
    for (let k = i; k < end; k++) owner[k] = before + 1 + (k - i);
    i = end;
  }
  const columns = leaves.map((leaf, i) => {
    const cluster = under[owner.indexOf(i)];
    return cluster === undefined
      ? { x0: leaf.x0, x1: leaf.x1 }
      : { x0: Math.min(leaf.x0, cluster.x0), x1: Math.max(leaf.x1, cluster.x1) };
  });
  // A column of values placed beside its leaf must not reach into the next column.
  if (columns.some((column, i) => i > 0 && column.x0 < (columns[i - 1]?.x1 ?? 0))) return undefined;
  return ahead ? [{ x0: lone.x0, x1: lone.x1 }, ...columns] : columns;
}
