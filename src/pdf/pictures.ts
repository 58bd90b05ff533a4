/**
 * The pictures of a page that may be a table printed as a picture (a screenshot of a table pasted
 * into the report): wide as a table is, tall enough for a few rows, and with no text over them. A
 * seal, a logo or a signature is narrower; a scanned page behind its recognised text (a
 * searchable scan) or a background has text over it, and is the page, not a picture in it.
 *
 * @module
 */
import { type Box, centreX, centreY, contains, type PageContent } from "./geometry.js";

/** The least width of a table's picture, as a share of the page's width. */
const WIDTH_SHARE = 0.4;

/** The least height of a table's picture, in points: a caption's line and a row or two. */
const MIN_HEIGHT = 30;

/**
 * The page's pictures that may be a table, in order from the top: those of
 * {@link PageContent.pictures} wide and tall enough, holding the centre of no text run.
 *
 * @example
 * ```ts
 * tablePictures({ width: 595, height: 842, runs: [], segments: [], pictures: [box] });
 * // [box] for a box 420 points wide and 270 tall; [] for a seal 120 points wide
 * ```
 */
export function tablePictures(page: PageContent): Box[] {
  const pictures = page.pictures ?? [];
  return pictures
    .filter(
      (box) =>
        box.x1 - box.x0 >= WIDTH_SHARE * page.width &&
        box.bottom - box.top >= MIN_HEIGHT &&
        !page.runs.some((run) => contains(box, centreX(run), centreY(run))),
    )
    .sort((a, b) => a.top - b.top);
}
