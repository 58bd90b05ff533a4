/**
 * The plain shapes the PDF reader works on, in page coordinates: points, x to the right, y down
 * from the top of the page as displayed (pdf.js's viewport at scale 1, rotation applied). Nothing
 * here knows pdf.js; the one module that calls it (`engine.ts`) hands over these shapes.
 *
 * @module
 */

/** A 2-D affine matrix `[a, b, c, d, e, f]`, as PDF and pdf.js write them. */
export type Matrix = readonly [number, number, number, number, number, number];

/** An axis-aligned rectangle. */
export interface Box {
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
}

/** A piece of text as pdf.js placed it: one item of `getTextContent()`, measured on the page. */
export interface TextRun extends Box {
  readonly text: string;
  /** The font size in points (the text's height on the page). */
  readonly size: number;
  /** Written top to bottom (a vertical font, or text turned a quarter). */
  readonly vertical: boolean;
  /** The PDF's name of its font (pdf.js's `fontName`), when known: bold figures are wider. */
  readonly font?: string;
}

/** A ruling line drawn on the page: horizontal (`top === bottom`) or vertical (`x0 === x1`). */
export type Segment = Box;

/** What the reader takes from one page. */
export interface PageContent {
  readonly width: number;
  readonly height: number;
  readonly runs: readonly TextRun[];
  readonly segments: readonly Segment[];
  /**
   * Where the page paints images, when the engine was asked for them (a second reading, for a
   * table section holding no table: its table may be a picture). Absent otherwise.
   */
  readonly pictures?: readonly Box[];
  /**
   * This page goes on the drawing of the page before, `follows` points further down it (a point
   * at `y` here stands at `y + follows` there): wkhtmltopdf paints the whole document on every
   * page and clips it page by page (edges.ts `onOneCanvas`). Absent: a page of its own.
   */
  readonly follows?: number;
  /**
   * This page may go on the drawing of the page before, this far down it: both are clipped as
   * wkhtmltopdf clips its pages, but no text stands hidden across the break to tell (it fell
   * between two lines). Only the lines closing the page before, left out of every table there
   * (header lines of a table whose rows open this page), are read with this page's (document.ts).
   */
  readonly mayFollow?: number;
}

/** The product `m × n` (apply `m` first, then `n`), as pdf.js's `Util.transform(n, m)`. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** The point `(x, y)` moved by `m`. */
export function apply(m: Matrix, x: number, y: number): readonly [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The horizontal centre of a box. */
export const centreX = (box: Box): number => (box.x0 + box.x1) / 2;

/** The vertical centre of a box. */
export const centreY = (box: Box): number => (box.top + box.bottom) / 2;

/** Whether a point lies in a box, its edges included. */
export function contains(box: Box, x: number, y: number): boolean {
  return x >= box.x0 && x <= box.x1 && y >= box.top && y <= box.bottom;
}

/** The smallest box holding every box given (`undefined` for none). */
export function boundsOf(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let x0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    x0 = Math.min(x0, box.x0);
    x1 = Math.max(x1, box.x1);
    top = Math.min(top, box.top);
    bottom = Math.max(bottom, box.bottom);
  }
  return { x0, x1, top, bottom };
}
