/**
 * Tables ruled across only (cells with top and bottom borders, no side borders), as a browser
 * draws them: every rule in pieces, one per column. The oracle draws a grid of known columns and
 * rows, some rows one cell over their first columns (their text across the joints), and asks for
 * exactly the grid's cells.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Box, Segment, TextRun } from "../../src/pdf/geometry.js";
import { latticeTables } from "../../src/pdf/lattice.js";
import { sidesOfRowRules } from "../../src/pdf/rowrules.js";
import { h, runningSums, v } from "./support.js";

const run = (text: string, x0: number, x1: number, y: number): TextRun => ({
  text,
  x0,
  x1,
  top: y - 5,
  bottom: y + 5,
  size: 10,
  vertical: false,
});

/** A rule across `xs` at `y`, one piece per column. */
const pieced = (xs: readonly number[], y: number): Segment[] =>
  xs.slice(1).map((x, i) => h(y, xs[i] ?? 0, x));

interface Grid {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  /** For each row, how many first columns are one cell (1: none merged). */
  readonly merged: readonly number[];
}

const grids: fc.Arbitrary<Grid> = fc
  .record({
    widths: fc.array(fc.integer({ min: 30, max: 90 }), { minLength: 2, maxLength: 6 }),
    heights: fc.array(fc.integer({ min: 14, max: 40 }), { minLength: 2, maxLength: 6 }),
    left: fc.integer({ min: 10, max: 100 }),
    top: fc.integer({ min: 10, max: 300 }),
    spans: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ widths, heights, left, top, spans }) => ({
    xs: runningSums(left, widths),
    ys: runningSums(top, heights),
    merged: heights.map((_, r) => Math.min(spans[r] ?? 1, widths.length)),
  }));

/** The grid's rules in pieces, and a run in each cell (across the joints of a merged one). */
function drawn({ xs, ys, merged }: Grid): { segments: Segment[]; runs: TextRun[] } {
  const segments = ys.flatMap((y) => pieced(xs, y));
  const runs: TextRun[] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    const middle = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
    const span = merged[r] ?? 1;
    // The merged cell's text runs from its first column's middle to its last column's middle.
    const first = ((xs[0] ?? 0) + (xs[1] ?? 0)) / 2;
    const last = ((xs[span - 1] ?? 0) + (xs[span] ?? 0)) / 2;
    runs.push(
      run(span > 1 ? "合并的标签文字" : "标签", first - 8, span > 1 ? last + 8 : first + 8, middle),
    );
    for (let c = span; c + 1 < xs.length; c++) {
      const centre = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
      runs.push(run(String(r * 10 + c), centre - 5, centre + 5, middle));
    }
  }
  return { segments, runs };
}

/** The grid's cells as [x0, x1, top, bottom]: a merged row's first cell over its span. */
function expectedCells({ xs, ys, merged }: Grid): number[][] {
  const cells: number[][] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    const span = merged[r] ?? 1;
    const [top, bottom] = [ys[r] ?? 0, ys[r + 1] ?? 0];
    cells.push([xs[0] ?? 0, xs[span] ?? 0, top, bottom]);
    for (let c = span; c + 1 < xs.length; c++)
      cells.push([xs[c] ?? 0, xs[c + 1] ?? 0, top, bottom]);
  }
  return cells.sort((a, b) => (a[2] ?? 0) - (b[2] ?? 0) || (a[0] ?? 0) - (b[0] ?? 0));
}

const boxes = (cells: readonly Box[]) =>
  cells
    .map((c) => [c.x0, c.x1, c.top, c.bottom].map((n) => Math.round(n * 100) / 100))
    .sort((a, b) => (a[2] ?? 0) - (b[2] ?? 0) || (a[0] ?? 0) - (b[0] ?? 0));

const tablesOf = (segments: readonly Segment[], runs: readonly TextRun[]) =>
  latticeTables([...segments, ...sidesOfRowRules(segments, runs)]);

describe("tables ruled across only", () => {
  it("property: a grid ruled across in pieces is found as the grid, merged rows one cell", () => {
    fc.assert(
      fc.property(grids, (grid) => {
        const { segments, runs } = drawn(grid);
        const tables = tablesOf(segments, runs);
        // A grid whose every row is one cell over all its columns has one column: no table.
        if (grid.merged.every((span) => span >= grid.xs.length - 1)) return;
        expect(tables).toHaveLength(1);
        expect(boxes(tables[0]?.cells ?? [])).toEqual(expectedCells(grid));
      }),
      { numRuns: Number(process.env.ROW_RULES_RUNS ?? 200) },
    );
  });

  it("a merged first column (a group's label over its rows) is one cell over them", () => {
    // Columns 0-50-100-150, rows 0-20-40-60; the first column one cell over rows 2 and 3: the
    // rule between them is drawn over the other columns only.
    const xs = [0, 50, 100, 150];
    const segments = [
      ...pieced(xs, 0),
      ...pieced(xs, 20),
      ...pieced([50, 100, 150], 40),
      ...pieced(xs, 60),
    ];
    const runs = [
      run("一、", 10, 40, 10),
      run("三、", 10, 40, 40),
      run("1", 70, 80, 30),
      run("2", 70, 80, 50),
    ];
    expect(boxes(tablesOf(segments, runs)[0]?.cells ?? [])).toEqual([
      [0, 50, 0, 20],
      [50, 100, 0, 20],
      [100, 150, 0, 20],
      [0, 50, 20, 60],
      [50, 100, 20, 40],
      [100, 150, 20, 40],
      [50, 100, 40, 60],
      [100, 150, 40, 60],
    ]);
  });

  it("two values joined into one run across a joint stay in their own cells", () => {
    const xs = [0, 50, 100, 150];
    const segments = [...pieced(xs, 0), ...pieced(xs, 20), ...pieced(xs, 40)];
    // pdf.js joins close glyphs: "11 12" is one run over the joint at 100.
    const runs = [run("标签", 10, 40, 10), run("11 12", 70, 130, 10), run("标签", 10, 40, 30)];
    const [table] = tablesOf(segments, runs);
    expect(table?.cells).toHaveLength(6);
  });

  it("a paragraph between two tables of other columns joins them into no cell", () => {
    // The upper table is the wider: its bottom rule runs over the whole of the lower one's top.
    const [a, b] = [
      [0, 100, 220],
      [0, 80, 200],
    ];
    const upper = [...pieced(a, 0), ...pieced(a, 20), ...pieced(a, 40)];
    const lower = [...pieced(b, 70), ...pieced(b, 90), ...pieced(b, 110)];
    const runs = [run("第二十条第（五）项", 5, 190, 55)];
    const tables = tablesOf([...upper, ...lower], runs);
    expect(tables.map((table) => [table.top, table.bottom])).toEqual([
      [0, 40],
      [70, 110],
    ]);
  });

  it("a short value in a cell merged like the header over it stays one cell; a blank cell keeps its sides", () => {
    // Columns 0-60-100-140-180. Header: 信息内容 | 本年处理决定数量 over the last three columns.
    // Then 行政许可 | 404 (merged like the header), 行政处罚 | 1 (under it, merged too), and a
    // table of four columns below with a blank cell: 规章 | 5 | (blank) | 7.
    const xs = [0, 60, 100, 140, 180];
    const segments = [0, 20, 40, 60].flatMap((y) => pieced(xs, y));
    const merged = [
      run("信息内容", 5, 55, 10),
      run("本年处理决定数量", 65, 175, 10),
      run("行政许可", 5, 55, 30),
      run("404", 65, 80, 30),
      run("行政处罚", 5, 55, 50),
      run("1", 65, 70, 50),
    ];
    const rows = (cells: readonly Box[]) =>
      [...new Set(cells.map((cell) => cell.top))].map(
        (top) => cells.filter((c) => c.top === top).length,
      );
    expect(rows(tablesOf(segments, merged)[0]?.cells ?? [])).toEqual([2, 2, 2]);
    const grid = [
      run("信息内容", 5, 55, 10),
      run("制发", 65, 95, 10),
      run("废止", 105, 135, 10),
      run("有效", 145, 175, 10),
      run("规章", 5, 55, 30),
      run("5", 75, 80, 30),
      run("7", 155, 160, 30),
      run("规范", 5, 55, 50),
      run("8", 75, 80, 50),
      run("9", 115, 120, 50),
      run("10", 155, 165, 50),
    ];
    expect(rows(tablesOf(segments, grid)[0]?.cells ?? [])).toEqual([4, 4, 4]);
  });

  /** The cells of the row of a table whose top is `top`, as [x0, x1]. */
  const rowAt = (cells: readonly Box[], top: number) =>
    boxes(cells.filter((cell) => cell.top === top)).map(([x0, x1]) => [x0, x1]);

  it("a title centred over the table is one cell, though it crosses only the middle joint", () => {
    // Columns 0-60-100-140-200 (unequal: only the whole table is centred on the title, at 100).
    // Under it a row of four cells: the band above every outer joint says "between".
    const xs = [0, 60, 100, 140, 200];
    const segments = [0, 20, 40, 60].flatMap((y) => pieced(xs, y));
    const runs = [
      run("行政许可", 5, 55, 10),
      ...[70, 110, 160].map((x) => run("1", x, x + 6, 10)),
      run("第二十条第（五）项", 70, 130, 30),
      run("信息内容", 5, 55, 50),
      run("上一年", 65, 95, 50),
      run("本年", 105, 135, 50),
      run("处理", 145, 195, 50),
    ];
    expect(rowAt(tablesOf(segments, runs)[0]?.cells ?? [], 20)).toEqual([[0, 200]]);
  });

  it("two headers each centred over its group stay apart where the header above crosses their joint", () => {
    // 行政诉讼 over the six columns 100-400 crosses the joint at 250; under it 未经复议 is
    // centred on 100-250 and 复议后 on 250-400, neither reaching 250.
    const xs = [100, 150, 200, 250, 300, 350, 400];
    const segments = [0, 20, 40, 60].flatMap((y) => pieced(xs, y));
    const runs = [
      run("行政诉讼", 225, 275, 10),
      run("未经复议直接起诉", 135, 215, 30),
      run("复议后起诉", 300, 350, 30),
      ...xs.slice(0, -1).map((x) => run("5", x + 20, x + 26, 50)),
    ];
    const cells = tablesOf(segments, runs)[0]?.cells ?? [];
    expect(rowAt(cells, 0)).toEqual([[100, 400]]);
    expect(rowAt(cells, 20)).toEqual([
      [100, 250],
      [250, 400],
    ]);
  });

  it("a label centred over two columns, crossing no joint, is one cell over them", () => {
    // （七）总计 in 60-140, centred on 0-200 (100) but not on 60-200 (130); a group's labels above.
    const xs = [0, 60, 200, 240];
    const segments = [0, 20, 40].flatMap((y) => pieced(xs, y));
    const runs = [
      run("（六）", 5, 55, 10),
      run("其他处理", 70, 190, 10),
      run("9", 215, 225, 10),
      run("（七）总计", 70, 130, 30),
      run("9", 215, 225, 30),
    ];
    expect(rowAt(tablesOf(segments, runs)[0]?.cells ?? [], 20)).toEqual([
      [0, 200],
      [200, 240],
    ]);
  });

  it("a value is never taken over a blank neighbour, though centred on the two", () => {
    // 40 set right in its cell 0-60: its middle, 50, is that of 0-100, over the blank cell 60-100
    // beside it. A label would be taken as one cell over the two; a value stays in its own: a
    // number (full-width too), a dash, a single 无.
    const xs = [0, 60, 100, 140];
    const segments = [0, 20, 40].flatMap((y) => pieced(xs, y));
    for (const value of ["40", "１２", "—", "无"]) {
      const runs = [
        run("信息内容", 5, 55, 10),
        run("数量", 65, 95, 10),
        run("金额", 105, 135, 10),
        run(value, 44, 56, 30),
        run("7", 115, 121, 30),
      ];
      expect(rowAt(tablesOf(segments, runs)[0]?.cells ?? [], 20)).toEqual([
        [0, 60],
        [60, 100],
        [100, 140],
      ]);
    }
  });

  it("a label centred in its own cell is not taken over blank neighbours centred on it too", () => {
    // Three columns of 50: 规章 centred in the middle one is centred on the whole row as well.
    const xs = [0, 50, 100, 150];
    const segments = [0, 20, 40].flatMap((y) => pieced(xs, y));
    const runs = [...[10, 60, 110].map((x) => run("标题", x, x + 30, 10)), run("规章", 65, 85, 30)];
    expect(rowAt(tablesOf(segments, runs)[0]?.cells ?? [], 20)).toHaveLength(3);
  });

  it("looks for centred words within a budget of steps: past it, a title is split as before", () => {
    // A band of 600 words, each across a joint of a 600-piece rule, takes the whole budget (each
    // word's joints are looked at); the table below it then keeps its outer joints as sides.
    const wide = Array.from({ length: 601 }, (_, i) => i * 10);
    const crowd = {
      segments: [...pieced(wide, 0), ...pieced(wide, 20)],
      runs: wide.slice(1, -1).map((x) => run("字", x - 3, x + 3, 10)),
    };
    const xs = [0, 60, 100, 140, 200];
    const title = {
      segments: [100, 120, 140].flatMap((y) => pieced(xs, y)),
      runs: [
        run("第二十条第（五）项", 70, 130, 110),
        ...[5, 70, 110, 160].map((x) => run("1", x, x + 6, 130)),
      ],
    };
    const alone = tablesOf(title.segments, title.runs);
    expect(rowAt(alone[0]?.cells ?? [], 100)).toEqual([[0, 200]]);
    const crowded = tablesOf(
      [...crowd.segments, ...title.segments],
      [...crowd.runs, ...title.runs],
    ).find((table) => table.top === 100);
    expect(rowAt(crowded?.cells ?? [], 100).length).toBeGreaterThan(1);
  });

  it("a drawing of more rules across than a page of tables holds is left as drawn", () => {
    const rules = Array.from({ length: 3000 }, (_, i) => pieced([0, 10, 20], i * 2)).flat();
    expect(sidesOfRowRules(rules, [])).toEqual([]);
  });

  it("rules in one piece, or meeting drawn sides, are left as they are", () => {
    const whole = [h(0, 0, 150), h(20, 0, 150), h(40, 0, 150)];
    expect(sidesOfRowRules(whole, [])).toEqual([]);
    const ruled = [
      ...pieced([0, 50, 100], 0),
      ...pieced([0, 50, 100], 20),
      v(0, 0, 20),
      v(50, 0, 20),
      v(100, 0, 20),
    ];
    expect(sidesOfRowRules(ruled, [])).toEqual([]);
  });
});
