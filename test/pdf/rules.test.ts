import { describe, expect, it } from "vitest";
import type { Matrix } from "../../src/pdf/geometry.js";
import {
  type ImageOps,
  MAX_SEGMENTS,
  pictureBoxes,
  rulingSegments,
  type TextOps,
  textClipping,
  textClips,
} from "../../src/pdf/rules.js";

const ops: ImageOps = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  clip: 35,
  eoClip: 36,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  paintImageXObject: 85,
  paintInlineImageXObject: 86,
  paintImageMaskXObject: 83,
};
const END_PATH = 28;
const identity: Matrix = [1, 0, 0, 1, 0, 0];
// pdf.js 5's path commands: moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4.
const rectangle = (x: number, y: number, w: number, h: number) => [
  0,
  x,
  y,
  1,
  x + w,
  y,
  1,
  x + w,
  y + h,
  1,
  x,
  y + h,
  4,
];
const path = (paint: number, data: number[]) => [ops.constructPath, [paint, [data], null]] as const;

function list(...entries: (readonly [number, unknown])[]) {
  return { fnArray: entries.map(([fn]) => fn), argsArray: entries.map(([, args]) => args) };
}

describe("rulingSegments", () => {
  it("a stroked rectangle is four lines; a stroked polyline each straight piece", () => {
    const segments = rulingSegments(
      list(path(ops.stroke, rectangle(10, 20, 100, 50))),
      ops,
      identity,
    );
    expect(segments).toEqual([
      { x0: 10, x1: 110, top: 20, bottom: 20 },
      { x0: 110, x1: 110, top: 20, bottom: 70 },
      { x0: 10, x1: 110, top: 70, bottom: 70 },
      { x0: 10, x1: 10, top: 20, bottom: 70 },
    ]);
    const diagonal = rulingSegments(
      list(path(ops.stroke, [0, 0, 0, 1, 50, 50, 1, 100, 50])),
      ops,
      identity,
    );
    expect(diagonal).toEqual([{ x0: 50, x1: 100, top: 50, bottom: 50 }]);
  });

  it("a thin filled bar is one line along its middle; a larger fill and a clip draw none", () => {
    const segments = rulingSegments(
      list(
        path(ops.fill, rectangle(10, 20, 100, 0.8)),
        path(ops.eoFill, rectangle(10, 20, 0.8, 60)),
        path(ops.fill, rectangle(10, 20, 100, 50)),
        path(END_PATH, rectangle(0, 0, 500, 800)),
      ),
      ops,
      identity,
    );
    expect(segments).toEqual([
      { x0: 10, x1: 110, top: 20.4, bottom: 20.4 },
      { x0: 10.4, x1: 10.4, top: 20, bottom: 80 },
    ]);
  });

  it("cuts lines to the clip in force: one outside dropped, one crossing its edge shortened", () => {
    // wkhtmltopdf paints the whole table on every page, clipped to the page's content (y 90–756):
    // a column line running past the clip's bottom, a row's bottom border below it, and a border
    // along the clip's edge, half its width outside.
    const segments = rulingSegments(
      list(
        [ops.save, null],
        [ops.clip, null],
        [ops.constructPath, [END_PATH, [rectangle(28, 90, 539, 666)], [28, 90, 567, 756]]],
        path(ops.stroke, [0, 100, 700, 1, 100, 960]),
        path(ops.stroke, [0, 100, 960, 1, 300, 960]),
        path(ops.stroke, [0, 100, 757, 1, 300, 757]),
        [ops.restore, null],
        path(ops.stroke, [0, 100, 960, 1, 300, 960]),
      ),
      ops,
      identity,
    );
    expect(segments).toEqual([
      { x0: 100, x1: 100, top: 700, bottom: 756 },
      { x0: 100, x1: 300, top: 757, bottom: 757 },
      // After the restore no clip is in force.
      { x0: 100, x1: 300, top: 960, bottom: 960 },
    ]);
  });

  it("follows the transformation matrix through save, restore and form XObjects", () => {
    const segments = rulingSegments(
      list(
        [ops.save, null],
        [ops.transform, [2, 0, 0, 2, 5, 5]],
        path(ops.stroke, [0, 0, 0, 1, 10, 0]),
        [ops.restore, null],
        [ops.paintFormXObjectBegin, [[1, 0, 0, 1, 100, 0], null]],
        path(ops.stroke, [0, 0, 0, 1, 10, 0]),
        [ops.paintFormXObjectEnd, null],
        path(ops.stroke, [0, 0, 0, 1, 10, 0]),
      ),
      ops,
      [1, 0, 0, -1, 0, 800],
    );
    expect(segments.map((s) => [s.x0, s.x1, s.top])).toEqual([
      [5, 25, 795],
      [100, 110, 800],
      [0, 10, 800],
    ]);
  });

  it("a curve is no line, the path going on from its end; a point is no line", () => {
    const data = [0, 0, 0, 2, 5, 5, 10, 5, 10, 0, 1, 50, 0, 3, 55, 0, 55, 5, 1, 55, 40];
    expect(rulingSegments(list(path(ops.stroke, data)), ops, identity)).toEqual([
      { x0: 10, x1: 50, top: 0, bottom: 0 },
      { x0: 55, x1: 55, top: 5, bottom: 40 },
    ]);
    const point = [0, 60, 60, 1, 60.2, 60.2];
    expect(rulingSegments(list(path(ops.stroke, point)), ops, identity)).toEqual([]);
  });

  it("a page of more pieces than a table ever has is taken as a drawing: no line", () => {
    const many = Array.from({ length: MAX_SEGMENTS / 4 + 1 }, (_, i) =>
      rectangle(i, 0, 50, 50),
    ).flat();
    expect(rulingSegments(list(path(ops.stroke, many)), ops, identity)).toEqual([]);
  });

  it("a filled shape of 140,000 points (a vector seal) is no line, and no RangeError", () => {
    // More points than an engine takes as a call's arguments: they were spread into Math.min.
    const star = [0, 50, 0, 1, 61, 35, 1, 98, 35, 1, 68, 57, 1, 79, 91, 1, 50, 70];
    const seal = [...star, ...Array.from({ length: 28_000 }, () => star.slice(3)).flat(), 4];
    expect(seal.filter((command, i) => i % 3 === 0 && command === 1).length).toBeGreaterThan(
      130_000,
    );
    const bar = rectangle(10, 20, 100, 0.8);
    expect(rulingSegments(list(path(ops.fill, seal), path(ops.fill, bar)), ops, identity)).toEqual([
      { x0: 10, x1: 110, top: 20.4, bottom: 20.4 },
    ]);
  });
});

describe("pictureBoxes", () => {
  it("each image fills the unit square of the matrix it is painted with, page coordinates", () => {
    // The viewport turns PDF space (y up) into the page's (y down), as pdf.js's at scale 1.
    const viewport: Matrix = [1, 0, 0, -1, 0, 842];
    const boxes = pictureBoxes(
      list(
        [ops.save, null],
        [ops.transform, [420, 0, 0, 270, 75, 400]],
        [ops.paintImageXObject, ["img_1", 1264, 806]],
        [ops.restore, null],
        // After the restore the matrix is the viewport's again: a 1 × 1 image at the origin.
        [ops.paintInlineImageXObject, [{}]],
        [ops.paintFormXObjectBegin, [[2, 0, 0, 2, 10, 10], null]],
        [ops.transform, [50, 0, 0, 20, 0, 0]],
        [ops.paintImageMaskXObject, [{}]],
        [ops.paintFormXObjectEnd, null],
        // A path is no image.
        path(ops.fill, rectangle(0, 0, 500, 500)),
      ),
      ops,
      viewport,
    );
    expect(boxes).toEqual([
      { x0: 75, x1: 495, top: 172, bottom: 442 },
      { x0: 0, x1: 1, top: 841, bottom: 842 },
      { x0: 10, x1: 110, top: 792, bottom: 832 },
    ]);
  });

  it("an image shows only inside its clip: a picture cropped to its frame", () => {
    const boxes = pictureBoxes(
      list(
        [ops.save, null],
        // `re W n`: the clip first, then its path handed over with `n` (its bounds beside it).
        [ops.clip, null],
        [ops.constructPath, [END_PATH, [rectangle(100, 100, 200, 100)], [100, 100, 300, 200]]],
        [ops.save, null],
        [ops.transform, [600, 0, 0, 400, 0, 0]],
        [ops.paintImageXObject, ["img_3", 1200, 800]],
        [ops.restore, null],
        [ops.restore, null],
        // The clip ended with the restore; a form's bounding box clips what it paints.
        [
          ops.paintFormXObjectBegin,
          [
            [1, 0, 0, 1, 0, 0],
            [0, 0, 50, 50],
          ],
        ],
        [ops.transform, [100, 0, 0, 100, 0, 0]],
        [ops.paintImageXObject, ["img_4", 10, 10]],
        [ops.paintFormXObjectEnd, null],
        // Clipped to nothing: not shown at all.
        [ops.save, null],
        [ops.eoClip, null],
        [ops.constructPath, [END_PATH, [rectangle(0, 0, 0, 0)], [0, 0, 0, 0]]],
        [ops.transform, [100, 0, 0, 100, 0, 0]],
        [ops.paintImageXObject, ["img_5", 10, 10]],
        [ops.restore, null],
      ),
      ops,
      identity,
    );
    expect(boxes).toEqual([
      { x0: 100, x1: 300, top: 100, bottom: 200 },
      { x0: 0, x1: 50, top: 0, bottom: 50 },
    ]);
  });

  it("an image turned or flipped by its matrix still gives its box", () => {
    const boxes = pictureBoxes(
      list([ops.transform, [0, -300, 200, 0, 50, 400]], [ops.paintImageXObject, ["img_2", 1, 1]]),
      ops,
      identity,
    );
    expect(boxes).toEqual([{ x0: 50, x1: 250, top: 100, bottom: 400 }]);
  });
});

describe("textClips", () => {
  const textOps: TextOps = {
    ...ops,
    showText: 44,
    showSpacedText: 45,
    nextLineShowText: 46,
    nextLineSetSpacingShowText: 47,
  };
  it("the boxes text is shown clipped to, each once; text shown with no clip gives none", () => {
    const clips = textClips(
      list(
        // Text before any clip.
        [textOps.showText, [[]]],
        [ops.save, null],
        // Chromium's page within its margins.
        [ops.clip, null],
        [ops.constructPath, [END_PATH, [rectangle(56, 54, 484, 731)], [56, 54, 540, 785]]],
        [textOps.showText, [[]]],
        [textOps.showSpacedText, [[]]],
        // A cell's clip within it (WPS clips each cell).
        [ops.save, null],
        [ops.clip, null],
        [ops.constructPath, [END_PATH, [rectangle(100, 100, 50, 20)], [100, 100, 150, 120]]],
        [textOps.nextLineShowText, [[]]],
        [ops.restore, null],
        // A path painted inside the clip is no text.
        path(ops.fill, rectangle(60, 60, 10, 10)),
        [ops.restore, null],
      ),
      textOps,
      identity,
    );
    expect(clips).toEqual([
      { x0: 56, x1: 540, top: 54, bottom: 785 },
      { x0: 100, x1: 150, top: 100, bottom: 120 },
    ]);
  });
});

describe("textClipping", () => {
  const textOps: TextOps = {
    ...ops,
    showText: 44,
    showSpacedText: 45,
    nextLineShowText: 46,
    nextLineSetSpacingShowText: 47,
  };
  const clip = [
    [ops.clip, null],
    [ops.constructPath, [END_PATH, [rectangle(28, 90, 539, 666)], [28, 90, 567, 756]]],
  ] as const;

  it("says whether every text is shown under a clip (wkhtmltopdf's pages)", () => {
    const all = textClipping(
      list([ops.save, null], ...clip, [textOps.showText, [[]]]),
      textOps,
      identity,
    );
    expect(all).toEqual({ clips: [{ x0: 28, x1: 567, top: 90, bottom: 756 }], all: true });
    const some = textClipping(
      list([textOps.showText, [[]]], [ops.save, null], ...clip, [textOps.showText, [[]]]),
      textOps,
      identity,
    );
    expect(some.all).toBe(false);
  });
});
