/**
 * Ruling lines → table cells. The lines drawn with a table give its cells exactly, merged cells
 * included: pieces of one line are joined, crossings found, and each cell is the smallest
 * rectangle whose four corners are crossings joined by drawn lines (the method of pdfplumber and
 * Tabula's lattice mode). Cells that share corners make one table.
 *
 * @module
 */
import { bandsAcross } from "./bands.js";
import { type Box, boundsOf, type Segment } from "./geometry.js";
import { closeSpacing } from "./spacing.js";

/** A table found from its ruling lines: its cells' boxes, in page coordinates. */
export interface LatticeTable extends Box {
  readonly cells: readonly Box[];
  /**
   * A table of one ruled row: a table's last row printed alone at the top of the next page (a
   * browser's page break), or a framed line of prose. Only what it continues tells which.
   */
  readonly single?: boolean;
  /**
   * Its cells along its bottom whose bottom edge no drawn line closes: a page break may have cut
   * them (or the table is drawn without a bottom line), and a browser may print the cut row's last
   * lines below the cut, outside every cell.
   */
  readonly openBelow?: readonly Box[];
  /** Whether a cell along its top has no drawn top edge: a part continued from the page before. */
  readonly openAbove?: boolean;
  /** Its cells' sides were guessed: the table is ruled across only (rowrules.ts). */
  readonly acrossOnly?: boolean;
}

// Pieces of a line closer than this (in points) are one line: borders are drawn cell by cell, and
// a cell's background edge lies a fraction of a point from its border.
const SNAP = 2;
// More crossings than this is a drawing (a chart, a form grid), not a report's table: no table is
// looked for on the page, and its tables are read from positions instead.
const MAX_CROSSINGS = 10_000;
// The search for cells tries at most this many corner pairs on a page: a lattice with many lines
// missing (a hostile drawing) cannot make it run long. A report's page takes a few thousand.
const MAX_TRIES = 2_000_000;

interface Line {
  /** The line's place across (y of a horizontal line, x of a vertical one). */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Pieces along one axis joined into lines: pieces within {@link SNAP} across (of the one before
 * them, in order across) that touch along, in turn, are one line, at their own mean place across.
 * A line of another table a point or two away across, elsewhere on the page, stays where it is
 * drawn.
 */
function joinPieces(pieces: readonly Line[]): Line[] {
  const lines: Line[] = [];
  // Chained: a table's borders drawn cell by cell 1.7 points apart (wkhtmltopdf's separate
  // borders) stay one line where another table's line stands as near on one side, which would
  // start the band and leave the far border a line of its own, a column of overlapping cells.
  for (const along of bandsAcross(pieces, SNAP, true)) {
    // Each run of touching pieces is a line, at the mean of its own pieces.
    let run: Line[] = [];
    let to = Number.NEGATIVE_INFINITY;
    const close = () => {
      if (run.length === 0) return;
      const at = run.reduce((sum, piece) => sum + piece.at, 0) / run.length;
      lines.push({ at, from: run[0]?.from ?? 0, to });
    };
    for (const piece of along) {
      if (run.length > 0 && piece.from > to + SNAP) {
        close();
        run = [];
        to = Number.NEGATIVE_INFINITY;
      }
      run.push(piece);
      to = Math.max(to, piece.to);
    }
    close();
  }
  return lines;
}

interface Crossing {
  readonly x: number;
  readonly y: number;
  readonly horizontal: number;
  readonly vertical: number;
}

/** The crossings of horizontal and vertical lines, each knowing the two lines it lies on. */
function crossingsOf(horizontals: readonly Line[], verticals: readonly Line[]): Crossing[] {
  const out: Crossing[] = [];
  horizontals.forEach((h, hi) => {
    verticals.forEach((v, vi) => {
      if (
        v.at >= h.from - SNAP &&
        v.at <= h.to + SNAP &&
        h.at >= v.from - SNAP &&
        h.at <= v.to + SNAP
      ) {
        out.push({ x: v.at, y: h.at, horizontal: hi, vertical: vi });
      }
    });
  });
  return out;
}

/** Whether a crossing of `byX` (sorted by x) lies inside the box, more than {@link SNAP} within. */
function crossedInside(
  byX: readonly Crossing[],
  x0: number,
  x1: number,
  top: number,
  bottom: number,
): boolean {
  // The first crossing right of the left edge, by bisection.
  let low = 0;
  let high = byX.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((byX[mid]?.x ?? Number.POSITIVE_INFINITY) <= x0 + SNAP) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < byX.length; i++) {
    const crossing = byX[i]!;
    if (crossing.x >= x1 - SNAP) return false;
    if (crossing.y > top + SNAP && crossing.y < bottom - SNAP) return true;
  }
  return false;
}

/**
 * The cells: from each crossing, the nearest crossing below and right that closes a rectangle
 * with no lines crossing inside it.
 */
function cellsOf(crossings: readonly Crossing[]): { box: Box; corners: Crossing[] }[] {
  const at = new Map<string, Crossing>();
  const down = new Map<number, Crossing[]>();
  const across = new Map<number, Crossing[]>();
  for (const crossing of crossings) {
    at.set(`${crossing.horizontal}:${crossing.vertical}`, crossing);
    const column = down.get(crossing.vertical) ?? [];
    column.push(crossing);
    down.set(crossing.vertical, column);
    const row = across.get(crossing.horizontal) ?? [];
    row.push(crossing);
    across.set(crossing.horizontal, row);
  }
  // Where each crossing stands in its column and its row, so that the search starts after it.
  const downAt = new Map<Crossing, number>();
  const acrossAt = new Map<Crossing, number>();
  for (const column of down.values()) {
    column.sort((a, b) => a.y - b.y);
    column.forEach((crossing, i) => {
      downAt.set(crossing, i);
    });
  }
  for (const row of across.values()) {
    row.sort((a, b) => a.x - b.x);
    row.forEach((crossing, i) => {
      acrossAt.set(crossing, i);
    });
  }
  const byX = [...crossings].sort((a, b) => a.x - b.x);
  const cells: { box: Box; corners: Crossing[] }[] = [];
  let tries = 0;
  for (const corner of crossings) {
    const column = down.get(corner.vertical) ?? [];
    const row = across.get(corner.horizontal) ?? [];
    search: for (let i = (downAt.get(corner) ?? 0) + 1; i < column.length; i++) {
      const b = column[i];
      if (b === undefined || b.y <= corner.y + SNAP) continue;
      for (let j = (acrossAt.get(corner) ?? 0) + 1; j < row.length; j++) {
        const r = row[j];
        if (r === undefined || r.x <= corner.x + SNAP) continue;
        if (++tries > MAX_TRIES) return cells;
        const opposite = at.get(`${b.horizontal}:${r.vertical}`);
        if (opposite === undefined) continue;
        // Lines crossing inside the rectangle: it frames cells, none of its own (a row printed
        // with fewer cells than the table is wide leaves its end unruled, and the void there joins
        // the lines of the rows around it into a rectangle over them). Larger ones frame them too.
        if (crossedInside(byX, corner.x, r.x, corner.y, b.y)) break search;
        cells.push({
          box: { x0: corner.x, x1: r.x, top: corner.y, bottom: b.y },
          corners: [corner, r, b, opposite],
        });
        break search;
      }
    }
  }
  return cells;
}

/** Whether a drawn horizontal line covers a cell's edge at `y` (within {@link SNAP}). */
function drawnAlong(horizontals: readonly Line[], y: number, cell: Box): boolean {
  return horizontals.some(
    (line) =>
      Math.abs(line.at - y) <= SNAP && line.from <= cell.x0 + SNAP && line.to >= cell.x1 - SNAP,
  );
}

/** How many distinct places (within {@link SNAP}) a list of coordinates has. */
function distinct(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const value of sorted) {
    if (value - last > SNAP) count++;
    last = value;
  }
  return count;
}

/** The horizontal and vertical lines of a page's segments, pieces joined. */
function linesOf(segments: readonly Segment[]): { horizontals: Line[]; verticals: Line[] } {
  return {
    horizontals: joinPieces(
      segments.filter((s) => s.top === s.bottom).map((s) => ({ at: s.top, from: s.x0, to: s.x1 })),
    ),
    verticals: joinPieces(
      segments
        .filter((s) => s.x0 === s.x1 && s.top !== s.bottom)
        .map((s) => ({ at: s.x0, from: s.top, to: s.bottom })),
    ),
  };
}

/** The bounding rectangle, as four segments, of each group of lines that cross one another. */
function framesOf(horizontals: readonly Line[], verticals: readonly Line[]): Segment[] {
  const crossings = crossingsOf(horizontals, verticals);
  // Lines are numbered horizontals first, then verticals; union-find over the crossings.
  const parent = [...horizontals, ...verticals].map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  for (const crossing of crossings) {
    parent[find(crossing.horizontal)] = find(horizontals.length + crossing.vertical);
  }
  const boxes = new Map<number, { box: Box; crossings: number }>();
  for (const crossing of crossings) {
    const root = find(crossing.horizontal);
    const h = horizontals[crossing.horizontal];
    const v = verticals[crossing.vertical];
    if (h === undefined || v === undefined) continue;
    const box = {
      x0: Math.min(h.from, v.at),
      x1: Math.max(h.to, v.at),
      top: Math.min(v.from, h.at),
      bottom: Math.max(v.to, h.at),
    };
    const known = boxes.get(root);
    boxes.set(root, {
      box: known === undefined ? box : (boundsOf([known.box, box]) ?? box),
      crossings: (known?.crossings ?? 0) + 1,
    });
  }
  const frames: Segment[] = [];
  for (const { box, crossings: count } of boxes.values()) {
    // A lone crossing (an underline meeting a rule) frames nothing.
    if (count < 4) continue;
    frames.push(
      { x0: box.x0, x1: box.x1, top: box.top, bottom: box.top },
      { x0: box.x0, x1: box.x1, top: box.bottom, bottom: box.bottom },
      { x0: box.x0, x1: box.x0, top: box.top, bottom: box.bottom },
      { x0: box.x1, x1: box.x1, top: box.top, bottom: box.bottom },
    );
  }
  return frames;
}

/**
 * The tables drawn on a page: its ruling lines joined, their crossings found, cells closed, and
 * cells sharing a corner grouped. A group is a table when its cells make at least two rows and two
 * columns (a framed paragraph or a page border is not one).
 *
 * @param drawn - The page's ruling lines ({@link rulingSegments}).
 * @example
 * ```ts
 * latticeTables(rulingSegments(operatorList, OPS, viewport.transform));
 * // [{ x0: 75.4, x1: 517.4, top: 79.9, bottom: 353.3, cells: [{ x0: 75.4, x1: 231.3, … }, …] }]
 * ```
 */
export function latticeTables(drawn: readonly Segment[]): LatticeTable[] {
  // Cells drawn apart (borders not collapsed) are brought together first: see spacing.ts.
  const segments = closeSpacing(drawn);
  const found = linesOf(segments);
  if (found.horizontals.length * found.verticals.length > MAX_CROSSINGS) return [];
  // A table cut by a page break is left open at the break: the cell merged down across the break
  // has no bottom border on this page (nor a top one on the next). Each group of crossing lines is
  // closed by its bounding rectangle, which a closed table already has.
  const frames = framesOf(found.horizontals, found.verticals);
  const { horizontals, verticals } = linesOf([...segments, ...frames]);
  const cells = cellsOf(crossingsOf(horizontals, verticals));
  // Cells sharing a corner belong to one table (union-find over the cells).
  const parent = cells.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  const owner = new Map<string, number>();
  cells.forEach((cell, i) => {
    for (const corner of cell.corners) {
      const key = `${corner.horizontal}:${corner.vertical}`;
      const other = owner.get(key);
      if (other === undefined) owner.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, Box[]>();
  cells.forEach((cell, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(cell.box);
    groups.set(root, group);
  });
  const tables: LatticeTable[] = [];
  for (const group of groups.values()) {
    const columns = distinct(group.flatMap((cell) => [cell.x0, cell.x1])) - 1;
    const rows = distinct(group.flatMap((cell) => [cell.top, cell.bottom])) - 1;
    const bounds = boundsOf(group);
    if (columns < 2 || rows < 1 || bounds === undefined) continue;
    const openBelow = group.filter(
      (cell) =>
        cell.bottom >= bounds.bottom - SNAP && !drawnAlong(found.horizontals, cell.bottom, cell),
    );
    const openAbove = group.some(
      (cell) => cell.top <= bounds.top + SNAP && !drawnAlong(found.horizontals, cell.top, cell),
    );
    tables.push({
      ...bounds,
      cells: group,
      ...(rows === 1 && { single: true }),
      ...(openBelow.length > 0 && { openBelow }),
      ...(openAbove && { openAbove }),
    });
  }
  return tables.sort((a, b) => a.top - b.top);
}
