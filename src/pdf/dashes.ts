/**
 * Dashed borders → solid lines. Word and LibreOffice stroke a dashed border as one path with a
 * dash pattern, which the rules read as the solid line it follows; Chromium draws it dash by dash,
 * a short piece every few points. (Chromium's dotted border is round dots, curves the rules do
 * not read: such a table is read from positions.)
 * Read as they are, those dashes are no line a cell can close on, and a rule across made of them
 * looks like one drawn cell by cell: each dash's end a joint between columns (see rowrules.ts),
 * so a table gains a column at every dash. Here each run of short pieces along one line, a few
 * points apart, is joined into the line it draws.
 *
 * Only short pieces standing apart join: a cell's border is as long as the cell is wide or tall,
 * a line that stops at a merged cell leaves a gap of a cell's width, and the borders of narrow
 * cells drawn cell by cell meet end to end (their joints are columns: rowrules.ts), so no border
 * drawn solid is changed.
 *
 * @module
 */
import { type AlongPiece, bandsAcross } from "./bands.js";
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
// Pieces closer than this along (in points) meet end to end, as rowrules.ts has them.
const JOINT = 1;

/** A piece along one axis (its place across, its extent along), and the segment it is. */
interface Piece extends AlongPiece {
  readonly segment: Segment;
}

/**
 * The pieces along one axis with each run of dashes joined into one piece (see the module): the
 * pieces in bands at one place across (within {@link ACROSS} of the band's first), each band
 * walked along in order.
 */
function joined(pieces: readonly Piece[], make: (line: Piece) => Segment): Segment[] {
  const out: Segment[] = [];
  for (const band of bandsAcross(pieces, ACROSS)) {
    let run: Piece[] = [];
    // Where the run reaches along (a piece may lie inside the one before).
    let end = Number.NEGATIVE_INFINITY;
    const close = () => {
      const first = run[0];
      // Dashes stand apart: a run of pieces end to end is a border drawn cell by cell (narrow
      // cells), whose joints are the columns of a table ruled across only (rowrules.ts).
      const apart = run.some((piece, i) => i > 0 && piece.from - run[i - 1]!.to > JOINT);
      if (first !== undefined && run.length >= RUN && apart) {
        out.push(make({ at: first.at, from: first.from, to: end, segment: first.segment }));
      } else for (const piece of run) out.push(piece.segment);
      run = [];
      end = Number.NEGATIVE_INFINITY;
    };
    for (const piece of band) {
      const short = piece.to - piece.from <= DASH;
      if (run.length > 0 && short && piece.from - end <= GAP) {
        run.push(piece);
        end = Math.max(end, piece.to);
        continue;
      }
      close();
      if (short) {
        run = [piece];
        end = piece.to;
      } else out.push(piece.segment);
    }
    close();
  }
  return out;
}

/**
 * The page's ruling segments with every run of three or more dashes along one line (pieces at
 * most 8 points long, at most 6 points apart, not all end to end) joined into one segment; every
 * other segment as it is. Returns the segments given when no run is found.
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
