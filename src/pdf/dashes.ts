/**
 * Dashed borders → solid lines. Word and LibreOffice stroke a dashed border as one path with a
 * dash pattern, which the rules read as the solid line it follows; Chromium draws it dash by dash,
 * a short piece every few points (a dotted border too, its dots close enough to join already).
 * Read as they are, those dashes are no line a cell can close on, and a rule across made of them
 * looks like one drawn cell by cell: each dash's end a joint between columns (see rowrules.ts),
 * so a table gains a column at every dash. Here each run of short pieces along one line, a few
 * points apart, is joined into the line it draws.
 *
 * Only short pieces join: a cell's border is as long as the cell is wide or tall, and a line that
 * stops at a merged cell leaves a gap of a cell's width, so no border drawn solid is changed.
 *
 * @module
 */
import type { Segment } from "./geometry.js";

// A piece no longer than this (in points) may be a dash: Chromium draws a 1 px dashed border as
// dashes of 3 px (2.25 pt), and a thicker one longer in proportion.
const DASH = 8;
// Dashes of one line stand at most this far apart (Chromium: under 2 pt at 1 px).
const GAP = 6;
// A line of dashes has at least this many: two short pieces are as likely two short lines.
const RUN = 3;
// Pieces at most this far apart across lie on one line (a dashed line's pieces share it exactly).
const ACROSS = 0.5;

/** A piece along one axis: its place across, and its extent along. */
interface Piece {
  readonly at: number;
  readonly from: number;
  readonly to: number;
  readonly segment: Segment;
}

/** The pieces along one axis with each run of dashes joined into one piece (see the module). */
function joined(pieces: readonly Piece[], make: (line: Piece) => Segment): Segment[] {
  const sorted = [...pieces].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  let run: Piece[] = [];
  const close = () => {
    const first = run[0];
    if (first !== undefined && run.length >= RUN) {
      const to = Math.max(...run.map((piece) => piece.to));
      out.push(make({ at: first.at, from: first.from, to, segment: first.segment }));
    } else for (const piece of run) out.push(piece.segment);
    run = [];
  };
  for (const piece of sorted) {
    const last = run[run.length - 1];
    const short = piece.to - piece.from <= DASH;
    if (
      last !== undefined &&
      short &&
      Math.abs(piece.at - last.at) <= ACROSS &&
      piece.from - last.to <= GAP
    ) {
      run.push(piece);
      continue;
    }
    close();
    if (short) run = [piece];
    else out.push(piece.segment);
  }
  close();
  return out;
}

/**
 * The page's ruling segments with every run of three or more dashes along one line (pieces at
 * most 8 points long, at most 6 points apart) joined into one segment; every other segment as it
 * is. Returns the segments given when no run is found.
 *
 * @param segments - A page's ruling segments (horizontal ones have `top === bottom`, vertical
 *   ones `x0 === x1`).
 * @example
 * ```ts
 * const dashes = [0, 4, 8].map((x) => ({ x0: x, x1: x + 2.25, top: 10, bottom: 10 }));
 * withDashesJoined(dashes); // [{ x0: 0, x1: 10.25, top: 10, bottom: 10 }]
 * ```
 */
export function withDashesJoined(segments: readonly Segment[]): readonly Segment[] {
  const horizontals: Piece[] = [];
  const verticals: Piece[] = [];
  for (const segment of segments) {
    if (segment.top === segment.bottom) {
      horizontals.push({ at: segment.top, from: segment.x0, to: segment.x1, segment });
    } else verticals.push({ at: segment.x0, from: segment.top, to: segment.bottom, segment });
  }
  const out = [
    ...joined(horizontals, (line) => ({
      x0: line.from,
      x1: line.to,
      top: line.at,
      bottom: line.at,
    })),
    ...joined(verticals, (line) => ({ x0: line.at, x1: line.at, top: line.from, bottom: line.to })),
  ];
  return out.length === segments.length ? segments : out;
}
