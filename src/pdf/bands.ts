/**
 * Pieces of lines along one axis, in bands across: the pieces that lie at nearly one place across
 * (a line drawn in pieces, cell by cell or dash by dash), each band in order along. The lattice
 * joins a band's touching pieces into lines; dashes.ts joins its dashes.
 *
 * @module
 */

/** A piece of a line along one axis: its place across, and its extent along. */
export interface AlongPiece {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The pieces in bands: each band the pieces within `within` across of its first (the pieces
 * taken in order across), or with `chained` of the piece before it, sorted along by where they
 * start.
 *
 * @param pieces - The pieces, in any order.
 * @param within - How far across (in points) a piece may lie from its band's first.
 * @param chained - Whether `within` is measured from the piece before instead: a line drawn twice
 *   a point or two apart (each cell's own border) stays one band even beside another line as near.
 * @example
 * ```ts
 * bandsAcross([{ at: 10, from: 5, to: 8 }, { at: 10.2, from: 0, to: 4 }, { at: 30, from: 0, to: 9 }], 1);
 * // [[{ at: 10.2, from: 0, to: 4 }, { at: 10, from: 5, to: 8 }], [{ at: 30, from: 0, to: 9 }]]
 * ```
 */
export function bandsAcross<T extends AlongPiece>(
  pieces: readonly T[],
  within: number,
  chained = false,
): T[][] {
  const sorted = [...pieces].sort((a, b) => a.at - b.at || a.from - b.from);
  const bands: T[][] = [];
  for (const piece of sorted) {
    const band = bands[bands.length - 1];
    const first = chained ? band?.at(-1) : band?.[0];
    if (band !== undefined && first !== undefined && piece.at - first.at <= within)
      band.push(piece);
    else bands.push([piece]);
  }
  for (const band of bands) band.sort((a, b) => a.from - b.from);
  return bands;
}
