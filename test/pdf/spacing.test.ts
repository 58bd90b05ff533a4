/**
 * Cells drawn apart (HTML's default `border-collapse: separate`): each cell its own box, a cell
 * spacing from the next. The oracle draws a grid of known lines, then each cell as a box inset by
 * half the spacing, as a browser prints it; the table found must be the grid's own cells.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Box, Segment } from "../../src/pdf/geometry.js";
import { latticeTables } from "../../src/pdf/lattice.js";
import { closeSpacing } from "../../src/pdf/spacing.js";
import { h, runningSums, v } from "./support.js";

/** A box's four sides, or its sides and top only when cut by a page break below it. */
function boxOf(box: Box, cut = false): Segment[] {
  const sides = [
    h(box.top, box.x0, box.x1),
    v(box.x0, box.top, box.bottom),
    v(box.x1, box.top, box.bottom),
  ];
  return cut ? sides : [...sides, h(box.bottom, box.x0, box.x1)];
}

interface Grid {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly spacing: number;
  readonly frame: boolean;
  /** The last row cut by a page break: its cells drawn without their bottom line. */
  readonly cut: boolean;
}

const grids: fc.Arbitrary<Grid> = fc
  .record({
    widths: fc.array(fc.integer({ min: 20, max: 120 }), { minLength: 2, maxLength: 6 }),
    heights: fc.array(fc.integer({ min: 12, max: 40 }), { minLength: 1, maxLength: 6 }),
    left: fc.integer({ min: 10, max: 200 }),
    top: fc.integer({ min: 10, max: 400 }),
    // A browser's default 2 px spacing puts two cells' lines 2.25 pt apart; up to cellspacing 4.
    spacing: fc.constantFrom(2.25, 3, 3.75, 4.5),
    frame: fc.boolean(),
    cut: fc.boolean(),
  })
  .map(({ widths, heights, left, top, spacing, frame, cut }) => ({
    xs: runningSums(left, widths),
    ys: runningSums(top, heights),
    spacing,
    frame,
    // A lone open row closes no cell drawn either way (the lattice needs a crossing below).
    cut: cut && !frame && heights.length > 1,
  }));

/** The grid printed with its cells apart: each cell inset by half the spacing, and its frame. */
function drawnApart({ xs, ys, spacing, frame, cut }: Grid): Segment[] {
  const half = spacing / 2;
  const segments: Segment[] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    for (let c = 0; c + 1 < xs.length; c++) {
      const box = {
        x0: xs[c]! + half,
        x1: xs[c + 1]! - half,
        top: ys[r]! + half,
        bottom: ys[r + 1]! - half,
      };
      segments.push(...boxOf(box, cut && r + 2 === ys.length));
    }
  }
  if (frame) {
    const [x0, x1] = [xs[0]! - half, xs[xs.length - 1]! + half];
    const [top, bottom] = [ys[0]! - half, ys[ys.length - 1]! + half];
    segments.push(...boxOf({ x0, x1, top, bottom }));
  }
  return segments;
}

/**
 * The cells the grid should give: its own lines, except the outer ones of a table without a frame,
 * which stay at the cells' own outer sides (half a spacing in). A cut last row ends where its
 * sides end, half a spacing above the grid's line, as an uncut one.
 */
function expectedCells({ xs, ys, spacing, frame }: Grid): number[][] {
  const half = spacing / 2;
  const inset = frame ? 0 : half;
  const x = xs.map((at, i) => (i === 0 ? at + inset : i === xs.length - 1 ? at - inset : at));
  const y = ys.map((at, i) => (i === 0 ? at + inset : i === ys.length - 1 ? at - inset : at));
  const cells: number[][] = [];
  for (let r = 0; r + 1 < y.length; r++) {
    for (let c = 0; c + 1 < x.length; c++) cells.push([x[c]!, x[c + 1]!, y[r]!, y[r + 1]!]);
  }
  return cells;
}

const rounded = (cells: readonly Box[]) =>
  cells
    .map((c) => [c.x0, c.x1, c.top, c.bottom].map((n) => Math.round(n * 100) / 100))
    .sort((a, b) => a[2]! - b[2]! || a[0]! - b[0]!);

describe("cells drawn apart (border-collapse: separate)", () => {
  it("property: a grid printed with its cells apart is found as the grid, every cell its own", () => {
    fc.assert(
      fc.property(grids, (grid) => {
        const tables = latticeTables(drawnApart(grid));
        expect(tables).toHaveLength(1);
        const expected = expectedCells(grid).map((cell) =>
          cell.map((n) => Math.round(n * 100) / 100),
        );
        expect(rounded(tables[0]!.cells)).toEqual(expected);
      }),
      { numRuns: Number(process.env.SPACING_RUNS ?? 200) },
    );
  });

  it("a browser's two cells 2.25 pt apart meet halfway; the outer sides stay", () => {
    const cells = [
      ...boxOf({ x0: 7.87, x1: 94.12, top: 108.37, bottom: 127.87 }),
      ...boxOf({ x0: 96.37, x1: 170.62, top: 108.37, bottom: 127.87 }),
    ];
    const xs = closeSpacing(cells)
      .filter((s) => s.x0 === s.x1)
      .map((s) => s.x0)
      .sort((a, b) => a - b);
    expect(xs).toEqual([7.87, 95.245, 95.245, 170.62]);
  });

  it("a table cut by a page break, its last row's cells open below, is one table open below", () => {
    const grid: Grid = {
      xs: [10, 60, 110, 160],
      ys: [100, 120, 140],
      spacing: 2.25,
      frame: false,
      cut: true,
    };
    const [table, ...rest] = latticeTables(drawnApart(grid));
    expect(rest).toEqual([]);
    expect(table?.cells).toHaveLength(6);
    expect(table?.openBelow).toHaveLength(3);
  });

  describe("a table cut by a page break, its merged first column and its frame drawn to the page's edge", () => {
    // Three rows (100-160) of three columns (10-60-110-160), 2.25 pt apart, in a frame; the first
    // column one cell over all three rows, cut: it and the frame run on to the page's edge (180).
    const half = 1.125;
    const page = 180;
    const open = (x0: number, x1: number, top: number): Segment[] => [
      h(top, x0, x1),
      v(x0, top, page),
      v(x1, top, page),
    ];
    const cells = (lastRowCut: boolean) => [
      ...open(10 + half, 60 - half, 100 + half),
      ...[60, 110].flatMap((x) =>
        [100, 120, 140].flatMap((y) => {
          const box = { x0: x + half, x1: x + 50 - half, top: y + half, bottom: y + 20 - half };
          return lastRowCut && y === 140 ? open(box.x0, box.x1, box.top) : boxOf(box);
        }),
      ),
      ...open(10 - half, 160 + half, 100 - half),
    ];

    it("the rows ending before the edge: the table ends with them, no strip of empty cells", () => {
      const [table, ...rest] = latticeTables(cells(false));
      expect(rest).toEqual([]);
      expect(table?.cells).toHaveLength(7);
      expect(table?.bottom).toBeCloseTo(160 - half, 5);
      // The merged cell is cut (it goes on on the next page): open below, and alone.
      expect(table?.openBelow?.map((cell) => [cell.x0, cell.x1])).toEqual([[10, 60]]);
    });

    it("its last row cut too: the table runs to the edge, that row open below", () => {
      const [table, ...rest] = latticeTables(cells(true));
      expect(rest).toEqual([]);
      expect(table?.cells).toHaveLength(7);
      expect(table?.bottom).toBeCloseTo(page, 5);
      expect(table?.openBelow).toHaveLength(3);
    });
  });

  it("lines that close no box are left as drawn: a double rule beside a table", () => {
    const table = drawnApart({
      xs: [10, 60, 110],
      ys: [100, 120, 140],
      spacing: 2.25,
      frame: false,
      cut: false,
    });
    // A double rule 3 pt apart under the table, and a single line 3 pt right of it.
    const others = [h(145, 10, 110), h(148, 10, 110), v(112.125 + 3, 100, 140)];
    const closed = closeSpacing([...table, ...others]);
    for (const line of others) expect(closed).toContain(line);
  });

  it("two tables farther apart than a cell spacing stay two tables", () => {
    const upper = drawnApart({
      xs: [10, 60, 110],
      ys: [100, 120, 140],
      spacing: 2.25,
      frame: false,
      cut: false,
    });
    const lower = drawnApart({
      xs: [10, 60, 110],
      ys: [148, 168, 188],
      spacing: 2.25,
      frame: false,
      cut: false,
    });
    expect(latticeTables([...upper, ...lower])).toHaveLength(2);
  });

  it("nothing to bring together: the same segments back", () => {
    const segments = [...boxOf({ x0: 0, x1: 100, top: 0, bottom: 20 }), h(30, 0, 100)];
    expect(closeSpacing(segments)).toBe(segments);
  });

  it("a hostile drawing (thousands of boxes facing one another) is left as drawn, in bounded work", () => {
    // Two columns of 1,500 boxes 3 pt apart, each box 3 pt below the one before and 20 pt tall:
    // every box of one column is within a spacing across of every box of the other.
    const boxes = Array.from({ length: 3000 }, (_, i) => {
      const [column, row] = [i % 2, Math.floor(i / 2)];
      return boxOf({ x0: column * 23, x1: column * 23 + 20, top: row * 3, bottom: row * 3 + 20 });
    }).flat();
    expect(closeSpacing(boxes)).toBe(boxes);
  });
});
