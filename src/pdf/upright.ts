/**
 * A page turned so that its text reads upright. A page's content may be drawn sideways: a
 * landscape table printed on a portrait page, a page turned in a viewer (`/Rotate`) the wrong way,
 * or not turned back. Read as drawn, every line of it would be a column of single characters and
 * no table would be found. The reader turns such a page by the direction most of its text runs
 * in, a quarter or a half turn at a time; a page whose text mostly reads left to right is left as
 * it is, whatever a few of its runs do (a header set vertically in its cell).
 *
 * @module
 */

import { most } from "../text/lists.js";
import { type Matrix, multiply } from "./geometry.js";
import { SKEW, type TextItemLike } from "./runs.js";

/** A page's matrix (pdf.js's viewport, turned where needed) and its size in that frame. */
export interface Frame {
  readonly matrix: Matrix;
  readonly width: number;
  readonly height: number;
}

const isMatrix = (value: unknown): value is Matrix =>
  Array.isArray(value) && value.length === 6 && value.every(Number.isFinite);

/** The characters of an item that print something (blanks aside). */
const printed = (item: TextItemLike): number =>
  typeof item.str === "string" ? item.str.replace(/\s/g, "").length : 0;

/**
 * Which way a page's text mostly runs in `viewport`'s frame (y down): 0 left to right, 1 down,
 * 2 right to left (upside down), 3 up; by characters, a direction taking more than half of them.
 * Text of a vertical font (`dir: "ttb"`) runs down by design and is not counted, nor is text
 * turned off the page's axes (a watermark or a stamp, which the reader drops).
 */
function direction(items: readonly TextItemLike[], viewport: Matrix): 0 | 1 | 2 | 3 {
  const counts = [0, 0, 0, 0];
  let total = 0;
  for (const item of items) {
    const chars = printed(item);
    if (chars === 0 || item.dir === "ttb" || !isMatrix(item.transform)) continue;
    const [a, b] = multiply(item.transform, viewport);
    const scale = Math.hypot(a, b);
    if (!(scale > 0) || (Math.abs(a) > SKEW * scale && Math.abs(b) > SKEW * scale)) continue;
    const way = Math.abs(a) >= Math.abs(b) ? (a > 0 ? 0 : 2) : b > 0 ? 1 : 3;
    counts[way] = (counts[way] ?? 0) + chars;
    total += chars;
  }
  const usual = counts.indexOf(most(counts)) as 0 | 1 | 2 | 3;
  return (counts[usual] ?? 0) * 2 > total ? usual : 0;
}

/**
 * The frame in which the page's text reads left to right: `viewport` turned by a quarter, half or
 * three quarters where most of the text runs down, right to left or up, the page's size swapped
 * for a quarter turn; else `viewport` as it is.
 *
 * @example
 * ```ts
 * // A portrait page (595 × 842) whose text runs down the page: turned a quarter, 842 × 595.
 * uprightFrame(items, viewport, 595, 842); // { matrix: [...], width: 842, height: 595 }
 * ```
 */
export function uprightFrame(
  items: readonly TextItemLike[],
  viewport: Matrix,
  width: number,
  height: number,
): Frame {
  // Each turn maps the way the text runs to left to right, and the page back onto positive
  // coordinates: down (0, 1) → (1, 0) is (x, y) → (y, W − x); right to left (x, y) → (W − x,
  // H − y); up (x, y) → (H − y, x).
  const turns: Record<1 | 2 | 3, Frame> = {
    1: { matrix: [0, -1, 1, 0, 0, width], width: height, height: width },
    2: { matrix: [-1, 0, 0, -1, width, height], width, height },
    3: { matrix: [0, 1, -1, 0, height, 0], width: height, height: width },
  };
  const way = direction(items, viewport);
  if (way === 0) return { matrix: viewport, width, height };
  const turn = turns[way];
  return { ...turn, matrix: multiply(viewport, turn.matrix) };
}
