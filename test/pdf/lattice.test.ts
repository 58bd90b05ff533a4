import { describe, expect, it } from "vitest";
import type { Segment } from "../../src/pdf/geometry.js";
import { latticeTables } from "../../src/pdf/lattice.js";
import { h, v } from "./support.js";

/** The cells of the tables found, as [x0, x1, top, bottom], sorted. */
const cellsOf = (segments: Segment[]) =>
  latticeTables(segments).map((table) =>
    table.cells
      .map((c) => [c.x0, c.x1, c.top, c.bottom].map((n) => Math.round(n)))
      .sort((a, b) => (a[2] ?? 0) - (b[2] ?? 0) || (a[0] ?? 0) - (b[0] ?? 0)),
  );

describe("latticeTables", () => {
  it("a grid's cells, a cell merged over two rows where no line divides it", () => {
    // Three columns (0, 100, 200, 300), three rows (0, 20, 40, 60); column 0 merged over rows 2-3.
    const segments = [
      h(0, 0, 300),
      h(20, 0, 300),
      h(40, 100, 300),
      h(60, 0, 300),
      v(0, 0, 60),
      v(100, 0, 60),
      v(200, 0, 60),
      v(300, 0, 60),
    ];
    expect(cellsOf(segments)).toEqual([
      [
        [0, 100, 0, 20],
        [100, 200, 0, 20],
        [200, 300, 0, 20],
        [0, 100, 20, 60],
        [100, 200, 20, 40],
        [200, 300, 20, 40],
        [100, 200, 40, 60],
        [200, 300, 40, 60],
      ],
    ]);
  });

  it("no cell over the rows around the unruled end of rows printed with fewer cells", () => {
    // A frame (0-300 by 0-80); the rows at 0-20 and 60-80 print one cell (0-100), the two between
    // two (0-100, 100-200): the rest of each row is unruled. The frame's top, right and bottom
    // sides close a rectangle from (100, 0) over all four rows, the middle rows' lines crossing
    // inside it: no cell (before, the middle rows' cells were read as one with it).
    const segments = [
      h(0, 0, 300),
      h(20, 0, 200),
      h(40, 0, 200),
      h(60, 0, 200),
      h(80, 0, 300),
      v(0, 0, 80),
      v(100, 0, 80),
      v(200, 20, 60),
      v(300, 0, 80),
    ];
    const [cells] = cellsOf(segments);
    expect(cells).toEqual([
      [0, 100, 0, 20],
      [0, 100, 20, 40],
      [100, 200, 20, 40],
      [0, 100, 40, 60],
      [100, 200, 40, 60],
      [0, 100, 60, 80],
    ]);
  });

  it("joins a border drawn cell by cell and lines a fraction of a point apart", () => {
    const segments = [
      h(0, 0, 50),
      h(0.4, 50, 100),
      h(20, 0, 100),
      h(40, 0, 100),
      v(0, 0, 40),
      v(50.5, 0, 20),
      v(50, 20, 40),
      v(100, 0, 40),
    ];
    expect(cellsOf(segments)[0]).toHaveLength(4);
  });

  it("closes a table a page break left open at the bottom (no border under a merged cell)", () => {
    const segments = [
      h(0, 0, 200),
      h(20, 0, 200),
      h(40, 100, 200),
      // the bottom border is drawn under the second column only
      h(60, 100, 200),
      v(0, 0, 60),
      v(100, 0, 60),
      v(200, 0, 60),
    ];
    const [cells] = cellsOf(segments);
    expect(cells).toContainEqual([0, 100, 20, 60]);
  });

  it("a framed paragraph, an underline and a page border make no table", () => {
    expect(latticeTables([h(0, 0, 500), h(100, 0, 500), v(0, 0, 100), v(500, 0, 100)])).toEqual([]);
    expect(latticeTables([h(50, 10, 200)])).toEqual([]);
    expect(latticeTables([])).toEqual([]);
  });

  it("one ruled row of several cells is a table marked single (a row a page break left alone)", () => {
    const segments = [
      h(0, 0, 300),
      h(20, 0, 300),
      v(0, 0, 20),
      v(100, 0, 20),
      v(200, 0, 20),
      v(300, 0, 20),
    ];
    const tables = latticeTables(segments);
    expect(tables.map((t) => [t.cells.length, t.single])).toEqual([[3, true]]);
    // Two rows are no single row.
    expect(
      latticeTables([...segments, h(40, 0, 300), v(0, 20, 40), v(300, 20, 40)])[0]?.single,
    ).toBe(undefined);
  });

  it("two tables apart on a page are two tables, top first", () => {
    const grid = (top: number) => [
      h(top, 0, 200),
      h(top + 20, 0, 200),
      h(top + 40, 0, 200),
      v(0, top, top + 40),
      v(100, top, top + 40),
      v(200, top, top + 40),
    ];
    const tables = latticeTables([...grid(300), ...grid(100)]);
    expect(tables.map((table) => [table.top, table.cells.length])).toEqual([
      [100, 4],
      [300, 4],
    ]);
  });

  it("a drawing of too many lines is no table (the page's tables are then read from positions)", () => {
    const segments = Array.from({ length: 120 }, (_, i) => [
      h(i * 5, 0, 600),
      v(i * 5, 0, 600),
    ]).flat();
    expect(latticeTables(segments)).toEqual([]);
  });
});

describe("latticeTables: cells a page break cut", () => {
  it("names the cells along the bottom that no drawn line closes (openBelow)", () => {
    // Two columns, two rows; the page break cuts the second row: its left cell has no bottom
    // line (the frame closes it), its right cell ends on a drawn line (a row inside it ended).
    const segments = [
      h(0, 0, 200),
      h(20, 0, 200),
      h(40, 100, 200),
      v(0, 0, 40),
      v(100, 0, 40),
      v(200, 0, 40),
    ];
    const [table] = latticeTables(segments);
    expect(table?.openBelow?.map((c) => [c.x0, c.x1, c.top, c.bottom])).toEqual([[0, 100, 20, 40]]);
    // A table closed at its bottom has none.
    const [closed] = latticeTables([...segments, h(40, 0, 100)]);
    expect(closed?.openBelow).toBeUndefined();
  });

  it("says whether a cell along the top has no drawn top edge (openAbove: a continued part)", () => {
    const sides = [v(0, 0, 40), v(100, 0, 40), v(200, 0, 40)];
    const rows = [h(20, 0, 200), h(40, 0, 200)];
    expect(latticeTables([h(0, 0, 200), ...rows, ...sides])[0]?.openAbove).toBeUndefined();
    expect(latticeTables([...rows, ...sides])[0]?.openAbove).toBe(true);
  });

  it("a line of another table a point or two away across, elsewhere on the page, moves no border", () => {
    // Two tables far apart down the page, the lower one's columns 1.5 pt right of the upper's:
    // each keeps its own lines (they were once joined page-wide, each moved to their mean).
    const grid = (dx: number, dy: number) => [
      h(dy, dx, 200 + dx),
      h(20 + dy, dx, 200 + dx),
      h(40 + dy, dx, 200 + dx),
      v(dx, dy, 40 + dy),
      v(100 + dx, dy, 40 + dy),
      v(200 + dx, dy, 40 + dy),
    ];
    const tables = latticeTables([...grid(0, 0), ...grid(1.5, 300)]);
    expect(tables.map((table) => [table.x0, table.x1])).toEqual([
      [0, 200],
      [1.5, 201.5],
    ]);
  });

  it("a border drawn twice 1.7 pt apart stays one line beside another table's line as near", () => {
    // wkhtmltopdf's separate borders: each cell draws its own sides, 1.7 pt apart. The table
    // below has a column line 1.8 pt left of the upper's nearer side: measured from it, the far
    // side was a line of its own, and each cell of the column two overlapping cells.
    const upper = [
      h(0, 0, 200),
      h(40, 0, 200),
      v(0, 0, 40),
      v(98.3, 0, 40),
      v(100, 0, 40),
      v(200, 0, 40),
    ];
    const lower = [
      h(300, 0, 200),
      h(340, 0, 200),
      v(0, 300, 340),
      v(96.5, 300, 340),
      v(200, 300, 340),
    ];
    expect(cellsOf([...upper, ...lower])[0]).toHaveLength(2);
  });
});
