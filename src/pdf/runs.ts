/**
 * pdf.js text items → {@link TextRun}s measured on the page. pdf.js gives each item's matrix in
 * PDF space (y up); the page's viewport matrix turns it into page coordinates (y down, rotation
 * applied), so that every later step compares plain boxes.
 *
 * @module
 */
import { withIdeographs } from "../read/clean.js";
import { least, most } from "../text/lists.js";
import { type Matrix, multiply, type TextRun } from "./geometry.js";

/** The fields of a pdf.js `TextItem` the reader uses (marked-content items have no `str`). */
export interface TextItemLike {
  readonly str?: unknown;
  readonly dir?: unknown;
  readonly transform?: unknown;
  readonly width?: unknown;
  readonly height?: unknown;
  readonly fontName?: unknown;
}

// Of a font size, the part above the baseline and the part below it: the usual em box of CJK and
// Latin fonts. Only the centre of a run decides where it belongs, so the split need not be exact.
const ASCENT = 0.85;
const DESCENT = 0.15;

/**
 * The baseline of a horizontal run: where its glyphs stand, whatever their size (a footnote's
 * reference printed smaller on the number's baseline stands where the number does).
 *
 * @example
 * ```ts
 * baselineOf({ text: "7", x0: 100, x1: 106, top: 412, bottom: 424, size: 12, vertical: false }); // 422.2
 * ```
 */
export function baselineOf(run: TextRun): number {
  return run.bottom - DESCENT * run.size;
}

// Text turned by more than this (as the sine of its angle) from the page's axes is a watermark
// or a stamp, never a cell or a paragraph.
export const SKEW = 0.05;

const isMatrix = (value: unknown): value is Matrix =>
  Array.isArray(value) && value.length === 6 && value.every(Number.isFinite);

const finite = (value: unknown): number =>
  typeof value === "number" && Number.isFinite(value) ? value : 0;

// Full-width characters: one font size wide each (widths.ts's WIDE).
const ALL_WIDE = /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+$/u;

/**
 * An item's width without the space pdf.js appended to it: pdf.js ends an item with a space that
 * reaches to where the next text starts (`商业企业 ` of a header cell, 54 points wide for four
 * 12-point characters, up to `科研` of the next column on the line below), so the run would reach
 * into the next cell. Only where the width is known from the text: full-width characters.
 */
function trimmedWidth(raw: string, text: string, width: number, size: number): number {
  if (raw.length === text.length || !/\s$/u.test(raw) || !ALL_WIDE.test(text)) return width;
  return Math.min(width, text.length * size);
}

/**
 * One item as a run, or `undefined` for an item with no visible text (blank, marked content, a
 * broken matrix) or turned off the page's axes.
 */
function runOf(item: TextItemLike, viewport: Matrix): TextRun | undefined {
  // Kangxi radicals read as the ideographs their glyphs print (`⼀、` is `一、`): the layout's
  // tests of a line's text (an enumeration opening a row label) see what the page shows.
  const text = typeof item.str === "string" ? withIdeographs(item.str.trim()) : "";
  if (text === "" || !isMatrix(item.transform)) return undefined;
  const [a, b, c, d, e, f] = multiply(item.transform, viewport);
  const size = Math.hypot(c, d);
  const scale = Math.hypot(a, b);
  if (!(size > 0) || !(scale > 0)) return undefined;
  const width = trimmedWidth(item.str as string, text, Math.max(0, finite(item.width)), size);
  if (item.dir === "ttb") {
    // A vertical font: glyphs go down from the origin, `height` long, one glyph wide.
    const height = Math.max(size, finite(item.height));
    return {
      text,
      x0: e,
      x1: e + Math.max(width, size),
      top: f,
      bottom: f + height,
      size,
      vertical: true,
    };
  }
  const along = [a / scale, b / scale] as const;
  if (Math.abs(along[0]) > SKEW && Math.abs(along[1]) > SKEW) return undefined;
  // The glyphs' up: the item's second axis, unless the item's matrix mirrors the page (a positive
  // determinant here, where the viewport turned y downward). Cairo (`pdftocairo -pdf`) writes
  // Type 3 text with the text matrix flipped and the font's own matrix flipping the glyphs back:
  // they print upright, but along the flipped axis the run's box hung below its baseline, rows
  // merged with the ones under them, and a rule under a row read as a strike through its digits.
  const mirrored = a * d - b * c > 0;
  const up = mirrored ? ([-c / size, -d / size] as const) : ([c / size, d / size] as const);
  const corners = [
    [e - up[0] * size * DESCENT, f - up[1] * size * DESCENT],
    [e + up[0] * size * ASCENT, f + up[1] * size * ASCENT],
  ].flatMap(([x = 0, y = 0]) => [
    [x, y],
    [x + along[0] * width, y + along[1] * width],
  ]);
  const xs = corners.map(([x = 0]) => x);
  const ys = corners.map(([, y = 0]) => y);
  return {
    text,
    x0: least(xs),
    x1: most(xs),
    top: least(ys),
    bottom: most(ys),
    size,
    vertical: Math.abs(along[1]) > Math.abs(along[0]),
    ...(typeof item.fontName === "string" && { font: item.fontName }),
  };
}

/**
 * Where a run stands, to a point: producers fake bold type by printing the text twice, a fraction
 * of a point apart, which would read `规规章章`. A run is dropped when the same text stands within
 * a point of one kept (the key of its own point or of one of the eight around it).
 */
const placeKey = (text: string, x: number, y: number): string => `${x}|${y}|${text}`;

function repeats(run: TextRun, kept: ReadonlySet<string>): boolean {
  const x = Math.round(run.x0);
  const y = Math.round(run.top);
  for (let dx = -1; dx <= 1; dx++) {
    for (let dy = -1; dy <= 1; dy++) if (kept.has(placeKey(run.text, x + dx, y + dy))) return true;
  }
  return false;
}

/**
 * The page's text items as runs in page coordinates, blank and turned items left out and a run
 * printed twice at the same place kept once.
 *
 * @param items - `getTextContent().items` of one page.
 * @param viewport - The page's viewport matrix at scale 1 (`page.getViewport({ scale: 1 }).transform`).
 * @example
 * ```ts
 * const flip: Matrix = [1, 0, 0, -1, 0, 842];
 * textRuns([{ str: "规章", transform: [12, 0, 0, 12, 81, 700], width: 24, height: 12 }], flip);
 * // [{ text: "规章", x0: 81, x1: 105, top: 131.8, bottom: 143.8, size: 12, vertical: false }]
 * ```
 */
export function textRuns(items: readonly TextItemLike[], viewport: Matrix): TextRun[] {
  const kept = new Set<string>();
  const runs: TextRun[] = [];
  for (const item of items) {
    const run = runOf(item, viewport);
    if (run === undefined || repeats(run, kept)) continue;
    runs.push(run);
    kept.add(placeKey(run.text, Math.round(run.x0), Math.round(run.top)));
  }
  return runs;
}
