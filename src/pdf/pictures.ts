/**
 * The pictures of a document's pages that may be a table printed as a picture (a screenshot of a
 * table pasted into the report): wide as a table is, tall enough for a few rows, with no text over
 * them, and not printed at the same spot on another page. A seal, a logo or a signature is
 * narrower; a scanned page behind its recognised text (a searchable scan) or a background has text
 * over it, and is the page, not a picture in it; a banner or logo repeated on every page is the
 * page's furniture, as its running header is.
 *
 * @module
 */
import { type Box, centreX, centreY, contains, type PageContent } from "./geometry.js";

/** The least width of a table's picture, as a share of the page's width. */
const WIDTH_SHARE = 0.4;

/** The least height of a table's picture, in points: a caption's line and a row or two. */
const MIN_HEIGHT = 30;

/** Points two pictures' edges may differ by and still stand at the same spot of their pages. */
const SAME_SPOT = 2;

const sameSpot = (a: Box, b: Box): boolean =>
  Math.abs(a.x0 - b.x0) <= SAME_SPOT &&
  Math.abs(a.x1 - b.x1) <= SAME_SPOT &&
  Math.abs(a.top - b.top) <= SAME_SPOT &&
  Math.abs(a.bottom - b.bottom) <= SAME_SPOT;

/**
 * Each page's pictures that may be a table, in order from the top: those of
 * {@link PageContent.pictures} wide and tall enough, holding the centre of no text run, and
 * printed at that spot on no other page.
 *
 * @example
 * ```ts
 * tablePictures([{ width: 595, height: 842, runs: [], segments: [], pictures: [box] }]);
 * // [[box]] for a box 420 points wide and 270 tall; [[]] for a seal 120 points wide
 * ```
 */
export function tablePictures(pages: readonly PageContent[]): Box[][] {
  const large = pages.map((page) =>
    (page.pictures ?? []).filter(
      (box) =>
        box.x1 - box.x0 >= WIDTH_SHARE * page.width &&
        box.bottom - box.top >= MIN_HEIGHT &&
        !page.runs.some((run) => contains(box, centreX(run), centreY(run))),
    ),
  );
  return large.map((boxes, index) =>
    boxes
      .filter(
        (box) => !large.some((other, at) => at !== index && other.some((o) => sameSpot(o, box))),
      )
      .sort((a, b) => a.top - b.top),
  );
}
