/**
 * Cells drawn apart → cells that share their borders. A browser prints a table whose borders are
 * not collapsed (HTML's default, what every `<table border="1">` gets) with each cell its own
 * closed rectangle, a couple of points from the next; the table's own frame, if any, lies as far
 * outside them. Two lines then stand between two cells, too far apart to be one line and each
 * closing only its own cell, so no table is found from them. Here the facing edges of such boxes
 * are moved to the line between them, as if the borders had been collapsed.
 *
 * Only boxes are moved (two sides of one extent and the line across their top, their bottom or
 * both: a page break leaves a cut cell open at one end), and only against another box's edge that
 * faces them across a gap (or lies along the same side inside a frame): a double rule, an
 * underline or a line of another drawing is left where it is. A cut box's open end is then brought
 * back to the rows beside it (`openEnds`).
 *
 * @module
 */

import { least, most } from "../text/lists.js";
import type { Segment } from "./geometry.js";

// Sides of a box are found within this of one another (in points): a browser draws a cell's four
// bars from the same rectangle, and a collapsed border's bar lies half its width off the corner.
const CORNER = 1;
// Lines closer than this are one line already (the lattice's own tolerance): nothing to move.
const JOINED = 2;
// Two boxes' edges this close face one another across the space between cells: a browser's
// default `border-spacing` (2 px) puts them 2.25 pt apart, a `cellspacing="4"` 3.75 pt. Farther
// apart, they are two tables or a table and a frame around other things.
const SPACING = 5;
// At most this many pairs of edges are compared on a page (a report's page takes a few thousand):
// a hostile drawing cannot make the search run long.
const MAX_TRIES = 1_000_000;

/**
 * A cell drawn as its own box: its two sides, and its top and bottom where drawn (a page break
 * cuts a cell and leaves it open there: a browser draws the cut cell's sides to the page's edge).
 */
interface Drawn {
  readonly left: Segment;
  readonly right: Segment;
  readonly top?: Segment | undefined;
  readonly bottom?: Segment | undefined;
}

/** An edge of a box: where it lies across, its extent along, and which side it is. */
interface Edge {
  readonly box: number;
  readonly side: "top" | "bottom" | "left" | "right";
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= CORNER;

/** Segments by a corner of theirs, rounded to the point, for lookups within {@link CORNER}. */
type Corners = Map<string, Segment[]>;

function cornersOf(segments: readonly Segment[], x: "x0", y: "top" | "bottom"): Corners {
  const index: Corners = new Map();
  for (const segment of segments) {
    const key = `${Math.round(segment[x])},${Math.round(segment[y])}`;
    const bucket = index.get(key) ?? [];
    bucket.push(segment);
    index.set(key, bucket);
  }
  return index;
}

/** How many segments the lookups of one page may look at before it is left as drawn. */
interface Budget {
  left: number;
}

/** The first segment with its corner within {@link CORNER} of `(x, y)` that passes `test`. */
function findAt(
  index: Corners,
  x: number,
  y: number,
  test: (s: Segment) => boolean,
  budget: Budget,
): Segment | undefined {
  const [cx, cy] = [Math.round(x), Math.round(y)];
  for (let i = cx - 1; i <= cx + 1; i++) {
    for (let j = cy - 1; j <= cy + 1; j++) {
      for (const segment of index.get(`${i},${j}`) ?? []) {
        if (--budget.left < 0) return undefined;
        if (test(segment)) return segment;
      }
    }
  }
  return undefined;
}

/**
 * The boxes among the segments: two sides of the same extent joined by a line across their tops,
 * their bottoms, or both (a box with neither is two lines, not a cell).
 */
function drawnBoxes(horizontals: readonly Segment[], verticals: readonly Segment[]): Drawn[] {
  // Many segments at one corner (a hostile drawing) would make each lookup long: past the budget
  // no box is found, and the page is left as drawn.
  const budget: Budget = { left: MAX_TRIES };
  const sides = {
    top: cornersOf(verticals, "x0", "top"),
    bottom: cornersOf(verticals, "x0", "bottom"),
  };
  const lines = cornersOf(horizontals, "x0", "top");
  const boxes: Drawn[] = [];
  const seen = new Map<Segment, Set<Segment>>();
  const add = (left: Segment, right: Segment, top?: Segment, bottom?: Segment) => {
    const known = seen.get(left) ?? new Set<Segment>();
    if (known.has(right)) return;
    known.add(right);
    seen.set(left, known);
    boxes.push({ left, right, top, bottom });
  };
  for (const line of horizontals) {
    for (const end of ["top", "bottom"] as const) {
      // The sides hanging from the line's ends (it is their top), or standing on them.
      const side = (x: number, other?: Segment) =>
        findAt(
          sides[end],
          x,
          line.top,
          (v) =>
            near(v.x0, x) &&
            near(v[end], line.top) &&
            (other === undefined ||
              (v !== other && near(v.top, other.top) && near(v.bottom, other.bottom))),
          budget,
        );
      const left = side(line.x0);
      const right = left && side(line.x1, left);
      if (left === undefined || right === undefined) continue;
      const across = (y: number) =>
        findAt(
          lines,
          line.x0,
          y,
          (h) => h !== line && near(h.top, y) && near(h.x0, line.x0) && near(h.x1, line.x1),
          budget,
        );
      if (end === "top") add(left, right, line, across(left.bottom));
      else add(left, right, across(left.top), line);
    }
  }
  return budget.left < 0 ? [] : boxes;
}

/** The edges of the boxes along one axis (`left`/`right` across x, `top`/`bottom` across y). */
function edgesOf(boxes: readonly Drawn[], vertical: boolean): Edge[] {
  return boxes
    .flatMap((box, i): Edge[] => {
      const { left, right, top, bottom } = box;
      if (vertical) {
        return [
          { box: i, side: "left", at: left.x0, from: left.top, to: left.bottom },
          { box: i, side: "right", at: right.x0, from: right.top, to: right.bottom },
        ];
      }
      const edges: Edge[] = [];
      if (top) edges.push({ box: i, side: "top", at: top.top, from: left.x0, to: right.x0 });
      if (bottom)
        edges.push({ box: i, side: "bottom", at: bottom.top, from: left.x0, to: right.x0 });
      return edges;
    })
    .sort((a, b) => a.at - b.at);
}

/**
 * Whether two edges (`a` before `b` across) are the two lines between two cells: the end of one
 * box facing the start of the next, or the same side of a frame and a box inside it, along the
 * same stretch for at least half the shorter edge.
 */
function facing(a: Edge, b: Edge, boxes: readonly Drawn[]): boolean {
  if (a.box === b.box) return false;
  const overlap = Math.min(a.to, b.to) - Math.max(a.from, b.from);
  if (overlap < Math.min(a.to - a.from, b.to - b.from) / 2) return false;
  const ends = a.side === "right" || a.side === "bottom";
  const starts = b.side === "left" || b.side === "top";
  if (ends && starts) return true;
  if (a.side !== b.side) return false;
  // A frame's start lies before the start of a box inside it; its end after the box's end.
  const outer = ends ? b : a;
  const inner = ends ? a : b;
  const [o, n] = [boxes[outer.box], boxes[inner.box]];
  if (o === undefined || n === undefined) return false;
  return (
    o.left.x0 <= n.left.x0 + CORNER &&
    o.right.x0 >= n.right.x0 - CORNER &&
    o.left.top <= n.left.top + CORNER &&
    o.left.bottom >= n.left.bottom - CORNER
  );
}

/**
 * Each edge's new place: halfway across the edges it faces across a cell spacing (in turn).
 * `undefined` past {@link MAX_TRIES} pairs: a drawing, not a table, left as drawn.
 */
function placesOf(
  edges: readonly Edge[],
  boxes: readonly Drawn[],
): { places: Map<Edge, number>; groups: Edge[][] } | undefined {
  const parent = edges.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  // The edges within a spacing across, past the ones already joined (a sliding start: edges at
  // one place, a column's sides, are not compared with one another).
  let start = 0;
  let tries = 0;
  for (let i = 0; i < edges.length; i++) {
    const a = edges[i]!;
    while (start < edges.length && edges[start]!.at - a.at <= JOINED) start++;
    for (let j = start; j < edges.length; j++) {
      const b = edges[j]!;
      if (b.at - a.at > SPACING) break;
      if (++tries > MAX_TRIES) return undefined;
      if (facing(a, b, boxes)) parent[find(i)] = find(j);
    }
  }
  const byRoot = new Map<number, Edge[]>();
  edges.forEach((edge, i) => {
    const root = find(i);
    const group = byRoot.get(root);
    if (group === undefined) byRoot.set(root, [edge]);
    else group.push(edge);
  });
  const groups = [...byRoot.values()].filter((group) => group.length > 1);
  const places = new Map<Edge, number>();
  for (const group of groups) {
    // Halfway between the outermost: a frame's side meets its cells' sides halfway, however many.
    const low = group.reduce((min, edge) => Math.min(min, edge.at), Number.POSITIVE_INFINITY);
    const high = group.reduce((max, edge) => Math.max(max, edge.at), Number.NEGATIVE_INFINITY);
    const at = (low + high) / 2;
    for (const edge of group) places.set(edge, at);
  }
  return { places, groups };
}

/**
 * Where boxes cut by a page break end. A browser draws a cut cell, and the cut table's frame, to
 * the page's edge (or from it, on the next page), past the rows beside it, which end a spacing or
 * more before: left so, the strip between would be read as a row of empty cells. A cut box's
 * open end is brought to the farthest end of the boxes beside it (those whose sides its sides met),
 * in turn, as collapsed borders end with the last row; a cut row's cells, all running to the
 * page's edge, keep it. Past {@link MAX_TRIES} pairs of neighbours, none is cut short.
 */
function openEnds(
  boxes: readonly Drawn[],
  moved: ReadonlyMap<number, Partial<Record<Edge["side"], number>>>,
  groups: readonly (readonly Edge[])[],
): Map<number, { top?: number; bottom?: number }> {
  const ends = new Map<number, { top?: number; bottom?: number }>();
  const open = new Set(boxes.flatMap((box, i) => (box.top && box.bottom ? [] : [i])));
  if (open.size === 0) return ends;
  if (groups.reduce((sum, group) => sum + group.length ** 2, 0) > MAX_TRIES) return ends;
  const beside = new Map<number, Set<number>>();
  for (const group of groups) {
    for (const a of group) {
      if (!open.has(a.box)) continue;
      const known = beside.get(a.box) ?? new Set<number>();
      // Only the boxes across the line from it (or its frame): a group also holds the sides of
      // the boxes above and below it in its own column, which face the same merged cell.
      for (const b of group) {
        const [first, second] = a.at <= b.at ? [a, b] : [b, a];
        if (facing(first, second, boxes)) known.add(b.box);
      }
      beside.set(a.box, known);
    }
  }
  // Each box's extent down the page: its drawn top and bottom where moved, else its sides'.
  const extent = boxes.map((box, i) => {
    const sides = moved.get(i);
    return {
      top: (box.top && sides?.top) ?? box.left.top,
      bottom: (box.bottom && sides?.bottom) ?? box.left.bottom,
    };
  });
  // The least ends that hold: an open end reaches first as far as the closed boxes beside it
  // (a box with none beside it is a cut row's, and keeps its own), then as far as the open boxes
  // beside it reach, in turn (a cut merged cell beside a cut row reaches the page's edge with it).
  const reach = (end: "top" | "bottom") => {
    const farther = end === "bottom" ? most : least;
    const estimate = new Map<number, number>();
    for (const [i, others] of beside) {
      if (boxes[i]?.[end]) continue;
      const closed = [...others].filter((j) => boxes[j]?.[end]).map((j) => extent[j]![end]);
      estimate.set(i, closed.length === 0 ? extent[i]![end] : farther(closed));
    }
    for (let round = 0, changed = true; changed && round < 8; round++) {
      changed = false;
      for (const [i, was] of estimate) {
        const opened = [...(beside.get(i) ?? [])].flatMap((j) => estimate.get(j) ?? []);
        // Never past the box's own end.
        const now =
          end === "bottom"
            ? Math.min(extent[i]!.bottom, Math.max(was, most(opened)))
            : Math.max(extent[i]!.top, Math.min(was, least(opened)));
        if (now !== was) {
          estimate.set(i, now);
          changed = true;
        }
      }
    }
    for (const [i, at] of estimate) {
      const { top, bottom } = extent[i]!;
      // Cut short only, and never past the box's other end.
      const shorter =
        end === "bottom" ? at < bottom - JOINED && at > top : at > top + JOINED && at < bottom;
      if (shorter) ends.set(i, { ...ends.get(i), [end]: at });
    }
  };
  reach("bottom");
  reach("top");
  return ends;
}

/**
 * The page's ruling lines with the cells drawn apart brought together: the facing edges of closed
 * rectangles a cell spacing apart moved to the line between them, each box's other sides stretched
 * to meet them. Other segments are returned as they are (the same objects).
 *
 * @param segments - The page's ruling lines ({@link rulingSegments}).
 * @example
 * ```ts
 * // Two cells of a `<table border="1">`, 2.25 pt apart: their facing sides meet halfway.
 * closeSpacing(cellsDrawnApart).filter((s) => s.x0 === s.x1).map((s) => s.x0);
 * // [7.87, 95.245, 95.245, 170.62]
 * ```
 */
export function closeSpacing(segments: readonly Segment[]): readonly Segment[] {
  const horizontals = segments.filter((s) => s.top === s.bottom);
  const verticals = segments.filter((s) => s.x0 === s.x1 && s.top !== s.bottom);
  const boxes = drawnBoxes(horizontals, verticals);
  if (boxes.length < 2) return segments;
  const across = placesOf(edgesOf(boxes, true), boxes);
  const down = placesOf(edgesOf(boxes, false), boxes);
  if (across === undefined || down === undefined) return segments;
  const places = new Map([...across.places, ...down.places]);
  if (places.size === 0) return segments;
  // Each box's new sides, by box.
  const moved = new Map<number, Partial<Record<Edge["side"], number>>>();
  for (const [edge, at] of places) moved.set(edge.box, { ...moved.get(edge.box), [edge.side]: at });
  const ends = openEnds(boxes, moved, across.groups);
  const replaced = new Map<Segment, Segment>();
  for (const [i, sides] of moved) {
    const box = boxes[i]!;
    const end = ends.get(i);
    const dx0 = (sides.left ?? box.left.x0) - box.left.x0;
    const dx1 = (sides.right ?? box.right.x0) - box.right.x0;
    // A side moves only where the box has it drawn (the edges are made of drawn sides).
    const dy0 = sides.top === undefined || box.top === undefined ? 0 : sides.top - box.top.top;
    const dy1 =
      sides.bottom === undefined || box.bottom === undefined ? 0 : sides.bottom - box.bottom.top;
    const horizontal = (s: Segment, y: number): Segment => ({
      ...s,
      x0: s.x0 + dx0,
      x1: s.x1 + dx1,
      top: y,
      bottom: y,
    });
    const vertical = (s: Segment, x: number): Segment => ({
      ...s,
      x0: x,
      x1: x,
      top: end?.top ?? s.top + dy0,
      bottom: end?.bottom ?? s.bottom + dy1,
    });
    if (box.top) replaced.set(box.top, horizontal(box.top, box.top.top + dy0));
    if (box.bottom) replaced.set(box.bottom, horizontal(box.bottom, box.bottom.top + dy1));
    replaced.set(box.left, vertical(box.left, box.left.x0 + dx0));
    replaced.set(box.right, vertical(box.right, box.right.x0 + dx1));
  }
  return segments.map((segment) => replaced.get(segment) ?? segment);
}
