/**
 * The ruling lines of a page, from its pdf.js operator list: every straight horizontal or vertical
 * piece of a stroked path (Word, WPS and LibreOffice stroke their borders) and every thin filled
 * rectangle (Chromium fills a bar for each border). Larger filled rectangles are backgrounds, not
 * borders: WPS paints one behind each shaded line of prose, and their edges would make a table
 * of a page of text. Clipping paths draw nothing and are skipped.
 *
 * @module
 */

import { least, most } from "../text/lists.js";
import { apply, type Box, type Matrix, multiply, type Segment } from "./geometry.js";

/** The pdf.js operator codes the walk needs (`OPS` of pdf.js, passed in by the engine). */
export interface PathOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly clip: number;
  readonly eoClip: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
}

/** An operator list as pdf.js returns it: parallel arrays of operator codes and arguments. */
export interface OperatorListLike {
  readonly fnArray: ArrayLike<number>;
  readonly argsArray: ArrayLike<unknown>;
}

// pdf.js 5 hands a path to `constructPath` as one flat array of commands and coordinates (its
// internal `DrawOPS`); the dependency is pinned to 5.6, and the real-PDF test fails if it changes.
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

// A filled rectangle thinner than this is a line (a border drawn as a bar), in points.
const BAR = 3;
// A piece of a path this far off the axes still counts as straight, in points.
const STRAIGHT = 0.75;
// Beyond this many pieces a page is a drawing, not a document with tables: the rules are ignored
// (the tables are then read from positions) and the work stays bounded.
export const MAX_SEGMENTS = 20_000;

const isMatrix = (value: unknown): value is Matrix =>
  Array.isArray(value) && value.length === 6 && value.every(Number.isFinite);

/** The piece from `(ax, ay)` to `(bx, by)` as a segment, if it is straight and not a point. */
function segment(ax: number, ay: number, bx: number, by: number): Segment | undefined {
  if (Math.abs(ay - by) <= STRAIGHT && Math.abs(ax - bx) >= 1) {
    const y = (ay + by) / 2;
    return { x0: Math.min(ax, bx), x1: Math.max(ax, bx), top: y, bottom: y };
  }
  if (Math.abs(ax - bx) <= STRAIGHT && Math.abs(ay - by) >= 1) {
    const x = (ax + bx) / 2;
    return { x0: x, x1: x, top: Math.min(ay, by), bottom: Math.max(ay, by) };
  }
  return undefined;
}

/** The subpaths of a pdf.js path, as lists of points on the page (a curve breaks a subpath). */
function subpaths(data: ArrayLike<number>, ctm: Matrix): number[][][] {
  const paths: number[][][] = [];
  let current: number[][] = [];
  const flush = () => {
    if (current.length > 1) paths.push(current);
    current = [];
  };
  let at = 0;
  while (at < data.length) {
    const command = data[at++];
    if (command === MOVE_TO || command === LINE_TO) {
      if (command === MOVE_TO) flush();
      const [x, y] = apply(ctm, data[at] ?? 0, data[at + 1] ?? 0);
      current.push([x, y]);
      at += 2;
    } else if (command === CLOSE_PATH) {
      const first = current[0];
      if (first !== undefined) current.push(first);
      flush();
    } else if (command === CURVE_TO || command === QUADRATIC_CURVE_TO) {
      // A curve (a rounded corner) is no line: the path goes on straight from where it ends.
      const end = at + (command === CURVE_TO ? 4 : 2);
      flush();
      current.push([...apply(ctm, data[end] ?? 0, data[end + 1] ?? 0)]);
      at = end + 2;
    } else break;
  }
  flush();
  return paths;
}

/** The pieces of a subpath, for a stroke. */
function strokeSegments(points: readonly number[][], out: Segment[]): void {
  for (let i = 1; i < points.length; i++) {
    const [ax = 0, ay = 0] = points[i - 1] ?? [];
    const [bx = 0, by = 0] = points[i] ?? [];
    const piece = segment(ax, ay, bx, by);
    if (piece) out.push(piece);
  }
}

/** A filled subpath: a thin rectangle is one line along its middle; anything else draws no line. */
function fillSegments(points: readonly number[][], out: Segment[]): void {
  const xs = points.map(([x = 0]) => x);
  const ys = points.map(([, y = 0]) => y);
  const x0 = least(xs);
  const x1 = most(xs);
  const top = least(ys);
  const bottom = most(ys);
  const rectangular =
    points.length <= 6 &&
    points.every(
      ([x = 0, y = 0]) =>
        (Math.abs(x - x0) <= STRAIGHT || Math.abs(x - x1) <= STRAIGHT) &&
        (Math.abs(y - top) <= STRAIGHT || Math.abs(y - bottom) <= STRAIGHT),
    );
  if (!rectangular) return;
  const width = x1 - x0;
  const height = bottom - top;
  if (height < BAR && width >= 1) {
    const y = (top + bottom) / 2;
    out.push({ x0, x1, top: y, bottom: y });
  } else if (width < BAR && height >= 1) {
    const x = (x0 + x1) / 2;
    out.push({ x0: x, x1: x, top, bottom });
  }
}

/** The box of the rectangle `[x0, y0, x1, y1]` of user space, drawn with `ctm`, on the page. */
function boxOf(rectangle: ArrayLike<number>, ctm: Matrix): Box {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = Array.from(rectangle);
  const corners = [apply(ctm, x0, y0), apply(ctm, x1, y0), apply(ctm, x0, y1), apply(ctm, x1, y1)];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return {
    x0: least(xs),
    x1: most(xs),
    top: least(ys),
    bottom: most(ys),
  };
}

/** The part of `box` inside `clip` (all of it without a clip); undefined when none is. */
function clipped(box: Box, clip: Box | undefined): Box | undefined {
  if (clip === undefined) return box;
  const x0 = Math.max(box.x0, clip.x0);
  const x1 = Math.min(box.x1, clip.x1);
  const top = Math.max(box.top, clip.top);
  const bottom = Math.min(box.bottom, clip.bottom);
  return x0 < x1 && top < bottom ? { x0, x1, top, bottom } : undefined;
}

// A line this close outside its clip is still drawn (a border along the clip's edge, half its
// width inside), in points.
const CLIP_SLACK = 2;

/**
 * The segments of `out` from `from` on cut to what `clip` lets show: a line outside it is dropped,
 * one crossing its edge shortened. wkhtmltopdf paints the whole table on every page and clips it
 * to the page's content: read as drawn, a row the page break cut was closed by its bottom border
 * below the page (and the next page's part opened above it), so no cut was seen.
 */
function clipSegments(out: Segment[], from: number, clip: Box): void {
  const kept = out.splice(from).flatMap((line): Segment[] => {
    const horizontal = line.top === line.bottom;
    const x0 = horizontal ? Math.max(line.x0, clip.x0) : line.x0;
    const x1 = horizontal ? Math.min(line.x1, clip.x1) : line.x1;
    const top = horizontal ? line.top : Math.max(line.top, clip.top);
    const bottom = horizontal ? line.bottom : Math.min(line.bottom, clip.bottom);
    const across = horizontal
      ? line.top >= clip.top - CLIP_SLACK && line.top <= clip.bottom + CLIP_SLACK
      : line.x0 >= clip.x0 - CLIP_SLACK && line.x0 <= clip.x1 + CLIP_SLACK;
    return across && x0 <= x1 && top <= bottom ? [{ x0, x1, top, bottom }] : [];
  });
  for (const line of kept) out.push(line);
}

const isRectangle = (value: unknown): value is ArrayLike<number> =>
  value !== null &&
  typeof value === "object" &&
  (value as ArrayLike<number>).length === 4 &&
  Array.from(value as ArrayLike<number>).every(Number.isFinite);

/**
 * Calls `visit` with each operator of a list, its arguments, the current transformation matrix it
 * is drawn with and the box it is clipped to (the bounds of the clipping paths and form bounding
 * boxes in force; undefined for none), the list walked with `save`/`restore`, `transform`, clips
 * and form XObjects. `visit` returns `false` to stop the walk.
 */
function eachOperator(
  list: OperatorListLike,
  ops: PathOps,
  viewport: Matrix,
  visit: (fn: number | undefined, args: unknown, ctm: Matrix, clip: Box | undefined) => boolean,
): void {
  const stack: { ctm: Matrix; clip: Box | undefined }[] = [];
  let ctm: Matrix = viewport;
  let clip: Box | undefined;
  // A clipping operator comes before the path it clips to (`re W n`: the path is built first,
  // handed over with its painting operator, `n`).
  let clipping = false;
  // What nothing can be drawn in: a clip that left no area.
  const nowhere: Box = { x0: 0, x1: 0, top: 0, bottom: 0 };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (fn === ops.save) stack.push({ ctm, clip });
    else if (fn === ops.restore) ({ ctm, clip } = stack.pop() ?? { ctm, clip });
    else if (fn === ops.transform) {
      if (isMatrix(args)) ctm = multiply(args, ctm);
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ctm, clip });
      const matrix = Array.isArray(args) ? args[0] : undefined;
      if (isMatrix(matrix)) ctm = multiply(matrix, ctm);
      const bounds = Array.isArray(args) ? args[1] : undefined;
      if (isRectangle(bounds)) clip = clipped(boxOf(bounds, ctm), clip) ?? nowhere;
    } else if (fn === ops.paintFormXObjectEnd) ({ ctm, clip } = stack.pop() ?? { ctm, clip });
    else if (fn === ops.clip || fn === ops.eoClip) clipping = true;
    else {
      if (fn === ops.constructPath && clipping) {
        // pdf.js gives the path's bounds in user space beside it.
        const bounds = Array.isArray(args) ? args[2] : undefined;
        if (isRectangle(bounds)) {
          const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = Array.from(bounds);
          clip = clipped(boxOf([x0, y0, x1, y1], ctm), clip) ?? nowhere;
        }
        clipping = false;
      }
      if (!visit(fn, args, ctm, clip)) return;
    }
  }
}

/**
 * The ruling lines of a page: its operator list walked with the current transformation matrix
 * (`save`/`restore`, `transform`, form XObjects), each painted path cut into straight horizontal
 * and vertical pieces in page coordinates. Returns `[]` past {@link MAX_SEGMENTS}.
 *
 * @param list - `page.getOperatorList()`.
 * @param ops - pdf.js's `OPS`.
 * @param viewport - The page's viewport matrix at scale 1.
 * @example
 * ```ts
 * rulingSegments(page.getOperatorList(), OPS, viewport.transform);
 * // [{ x0: 75.4, x1: 517.4, top: 79.9, bottom: 79.9 }, …]
 * ```
 */
export function rulingSegments(list: OperatorListLike, ops: PathOps, viewport: Matrix): Segment[] {
  const out: Segment[] = [];
  const strokes = new Set([ops.stroke, ops.closeStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const both = new Set([
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  let over = false;
  eachOperator(list, ops, viewport, (fn, args, ctm, clip) => {
    if (fn !== ops.constructPath || !Array.isArray(args)) return true;
    const paint = args[0];
    const data = Array.isArray(args[1]) ? args[1][0] : undefined;
    if (typeof paint !== "number" || data === null || typeof data !== "object") return true;
    const painted =
      strokes.has(paint) || both.has(paint) ? "stroke" : fills.has(paint) ? "fill" : undefined;
    if (painted === undefined) return true;
    const from = out.length;
    for (const points of subpaths(data as ArrayLike<number>, ctm)) {
      if (painted === "stroke") strokeSegments(points, out);
      else fillSegments(points, out);
    }
    if (clip !== undefined) clipSegments(out, from, clip);
    over = out.length > MAX_SEGMENTS;
    return !over;
  });
  return over ? [] : out;
}

/** The pdf.js operator codes that paint one image into the unit square of the current matrix. */
export interface ImageOps extends PathOps {
  readonly paintImageXObject: number;
  readonly paintInlineImageXObject: number;
  readonly paintImageMaskXObject: number;
}

/** Beyond this many images a page is not a document's page: none is looked at further. */
const MAX_PICTURES = 1000;

/**
 * Where a page's images show, in page coordinates: each image fills the unit square of the matrix
 * it is painted with, cut to the clip in force. Only the images pdf.js kept (it keeps none unless
 * the engine asks it to decode them, `maxImageSize`).
 *
 * @param list - `page.getOperatorList()`.
 * @param ops - pdf.js's `OPS`.
 * @param viewport - The page's viewport matrix at scale 1.
 * @example
 * ```ts
 * pictureBoxes(page.getOperatorList(), OPS, viewport.transform);
 * // [{ x0: 75.6, x1: 495.6, top: 86.2, bottom: 354.1 }]
 * ```
 */
export function pictureBoxes(list: OperatorListLike, ops: ImageOps, viewport: Matrix): Box[] {
  const painting = new Set([
    ops.paintImageXObject,
    ops.paintInlineImageXObject,
    ops.paintImageMaskXObject,
  ]);
  const out: Box[] = [];
  eachOperator(list, ops, viewport, (fn, _args, ctm, clip) => {
    if (fn === undefined || !painting.has(fn)) return true;
    // Only what the clip lets show: a picture cropped in Word, or by a page's overflow, is drawn
    // whole and clipped to its frame.
    const shown = clipped(boxOf([0, 0, 1, 1], ctm), clip);
    if (shown !== undefined) out.push(shown);
    return out.length < MAX_PICTURES;
  });
  return out;
}

/** The pdf.js operator codes that show text. */
export interface TextOps extends PathOps {
  readonly showText: number;
  readonly showSpacedText: number;
  readonly nextLineShowText: number;
  readonly nextLineSetSpacingShowText: number;
}

/** Beyond this many distinct clips text is shown in, a page's clips are not looked at. */
const MAX_TEXT_CLIPS = 200;

/**
 * The boxes a page's text is clipped to, in page coordinates: the clip in force (the bounds of
 * the clipping paths and form bounding boxes) at each operator that shows text, each distinct box
 * once. Text shown with no clip gives none. `[]` past {@link MAX_TEXT_CLIPS}.
 *
 * @param list - `page.getOperatorList()`.
 * @param ops - pdf.js's `OPS`.
 * @param viewport - The page's viewport matrix at scale 1.
 * @example
 * ```ts
 * textClips(page.getOperatorList(), OPS, viewport.transform);
 * // [{ x0: 56.2, x1: 540.2, top: 56.2, bottom: 787.3 }]: Chromium's A4 page, 20 mm margins
 * ```
 */
export function textClips(list: OperatorListLike, ops: TextOps, viewport: Matrix): Box[] {
  return textClipping(list, ops, viewport).clips;
}

/**
 * {@link textClips}, and whether every operator that shows text shows it under a clip (`all`):
 * then a run outside every clip is shown nowhere. False past {@link MAX_TEXT_CLIPS}.
 *
 * @example
 * ```ts
 * textClipping(page.getOperatorList(), OPS, viewport.transform);
 * // { clips: [{ x0: 28.3, x1: 566.9, top: 28.3, bottom: 813.5 }], all: true }: wkhtmltopdf's A4 page
 * ```
 */
export function textClipping(
  list: OperatorListLike,
  ops: TextOps,
  viewport: Matrix,
): { readonly clips: Box[]; readonly all: boolean } {
  const showing = new Set([
    ops.showText,
    ops.showSpacedText,
    ops.nextLineShowText,
    ops.nextLineSetSpacingShowText,
  ]);
  const seen = new Set<Box>();
  const out: Box[] = [];
  let over = false;
  let all = true;
  eachOperator(list, ops, viewport, (fn, _args, _ctm, clip) => {
    if (fn === undefined || !showing.has(fn)) return true;
    if (clip === undefined) all = false;
    if (clip === undefined || seen.has(clip)) return true;
    seen.add(clip);
    const same = out.some(
      (box) =>
        Math.abs(box.x0 - clip.x0) < 0.01 &&
        Math.abs(box.x1 - clip.x1) < 0.01 &&
        Math.abs(box.top - clip.top) < 0.01 &&
        Math.abs(box.bottom - clip.bottom) < 0.01,
    );
    if (!same) out.push(clip);
    over = out.length > MAX_TEXT_CLIPS;
    return !over;
  });
  return over ? { clips: [], all: false } : { clips: out, all };
}
