import { describe, expect, it } from "vitest";
import { withDashesJoined } from "../../src/pdf/dashes.js";
import type { Segment } from "../../src/pdf/geometry.js";
import { latticeTables } from "../../src/pdf/lattice.js";

const h = (y: number, x0: number, x1: number): Segment => ({ x0, x1, top: y, bottom: y });
const v = (x: number, top: number, bottom: number): Segment => ({ x0: x, x1: x, top, bottom });

/**
 * The pieces of a dashed line from `from` to `to`: dashes `dash` long, `gap` apart, the last one
 * ending at `to`.
 */
function dashes(
  from: number,
  to: number,
  make: (a: number, b: number) => Segment,
  dash = 2.25,
  gap = 1.5,
): Segment[] {
  const out: Segment[] = [];
  for (let at = from; at + dash < to; at += dash + gap) out.push(make(at, at + dash));
  out.push(make(to - dash, to));
  return out;
}

describe("withDashesJoined", () => {
  it("joins a run of dashes along a line, across or down, into one segment", () => {
    const across = dashes(10, 100, (a, b) => h(50, a, b));
    expect(withDashesJoined(across)).toEqual([h(50, 10, 100)]);
    const down = dashes(20, 80, (a, b) => v(30, a, b));
    expect(withDashesJoined(down)).toEqual([v(30, 20, 80)]);
  });

  it("leaves solid lines as they are, also pieces of a border cut by a merged cell", () => {
    const solid = [h(50, 10, 100), h(50, 130, 200), v(10, 50, 90), v(100, 50, 90)];
    expect(withDashesJoined(solid)).toBe(solid);
  });

  it("joins no two short pieces alone, nor dashes on lines apart or far apart along", () => {
    const two = [h(50, 10, 12), h(50, 14, 16)];
    expect(withDashesJoined(two)).toBe(two);
    // Three short pieces on three lines a point apart across.
    const stacked = [h(50, 10, 12), h(51, 14, 16), h(52, 18, 20)];
    expect(withDashesJoined(stacked)).toBe(stacked);
    // Two dashed lines along one rule, 20 points apart: two lines.
    const split = [
      ...dashes(10, 40, (a, b) => h(50, a, b)),
      ...dashes(60, 90, (a, b) => h(50, a, b)),
    ];
    expect(withDashesJoined(split)).toEqual([h(50, 10, 40), h(50, 60, 90)]);
  });

  it("joins no run of short pieces end to end: narrow cells' borders drawn cell by cell", () => {
    // A rule across four columns 7.5 points wide, each cell's border a piece of its own: the
    // joints are the columns of a table ruled across only (rowrules.ts).
    const narrow = [0, 7.5, 15, 22.5].map((x) => h(50, x, x + 7.5));
    expect(withDashesJoined(narrow)).toBe(narrow);
  });

  it("joins each line of dashes a fraction of a point off the next, wherever it lies along", () => {
    const right = dashes(200, 214, (a, b) => h(50, a, b));
    const left = dashes(10, 24, (a, b) => h(50.2, a, b));
    expect(withDashesJoined([...right, ...left])).toEqual([h(50.2, 10, 24), h(50, 200, 214)]);
  });

  it("a table ruled with dashes has the cells of the same table ruled solid", () => {
    const solid = [
      h(0, 0, 200),
      h(20, 0, 200),
      h(40, 0, 200),
      v(0, 0, 40),
      v(100, 0, 40),
      v(200, 0, 40),
    ];
    // A 2 px dashed border: dashes 4.5 points long, 3 apart (farther than the lattice joins).
    const dashed = solid.flatMap((s) =>
      s.top === s.bottom
        ? dashes(s.x0, s.x1, (a, b) => h(s.top, a, b), 4.5, 3)
        : dashes(s.top, s.bottom, (a, b) => v(s.x0, a, b), 4.5, 3),
    );
    const cells = (segments: readonly Segment[]) => latticeTables(segments).map((t) => t.cells);
    expect(cells(dashed)).toEqual([]);
    expect(cells(withDashesJoined(dashed))).toEqual(cells(solid));
    expect(cells(solid)[0]).toHaveLength(4);
  });
});
