/**
 * The second part of a table continued on the next page, its column edges moved onto the first
 * part's: tables without ruling lines get their columns from the text on each page, a few points
 * apart from page to page.
 */
import { describe, expect, it } from "vitest";
import { agreedGaps, alignedEdges } from "../../src/pdf/align.js";
import { gridOf, joinTables, type TableBox } from "../../src/pdf/tables.js";

const cell = (text: string, x0: number, x1: number, top: number) => ({
  text,
  x0,
  x1,
  top,
  bottom: top + 12,
});
const box = (cells: ReturnType<typeof cell>[]): TableBox => ({
  x0: Math.min(...cells.map((c) => c.x0)),
  x1: Math.max(...cells.map((c) => c.x1)),
  top: Math.min(...cells.map((c) => c.top)),
  bottom: Math.max(...cells.map((c) => c.bottom)),
  cells,
});

describe("alignedEdges", () => {
  it("moves each edge within reach onto the first part's, and leaves the others", () => {
    const upper = [cell("a", 0, 100, 0), cell("b", 100, 130, 0), cell("c", 130, 160, 0)];
    const lower = [cell("x", 0, 105, 0), cell("y", 105, 131, 0), cell("z", 131, 200, 0)];
    expect(alignedEdges(upper, lower).map((c) => [c.x0, c.x1])).toEqual([
      [0, 100],
      [100, 130],
      [130, 200],
    ]);
  });

  it("never moves an edge across a column (reach under half the narrowest)", () => {
    const upper = [cell("a", 0, 100, 0), cell("b", 100, 120, 0)];
    // 111 is nearer 120 than 100, but 9 points from it: more than 0.4 of the 20-point column.
    expect(alignedEdges(upper, [cell("x", 0, 111, 0)]).map((c) => c.x1)).toEqual([111]);
  });
});

describe("joinTables of two parts without ruling lines", () => {
  it("keeps each column one column when the second part's label edge stands elsewhere", () => {
    // Page one's labels are longer: its label column ends at 104, page two's at 98.
    const upper = box([
      cell("一、本年新收政府信息公开申请数量", 0, 104, 0),
      cell("3", 104, 130, 0),
      cell("4", 130, 160, 0),
    ]);
    const lower = box([
      cell("2.重复申请", 0, 98, 100),
      cell("1", 98, 131, 100),
      cell("5", 131, 160, 100),
    ]);
    // Three columns, no cell spanning two.
    expect(gridOf(joinTables(upper, lower)).rows).toEqual([
      [{ text: "一、本年新收政府信息公开申请数量" }, { text: "3" }, { text: "4" }],
      [{ text: "2.重复申请" }, { text: "1" }, { text: "5" }],
    ]);
  });
});

describe("joinTables: a header the next page repeats over more columns", () => {
  it("takes the second page's header cells where they are narrower (a column the first left empty)", () => {
    // LibreOffice's print of table 三 opening at a page's foot with rows a column short (print-hunt
    // sr-lo, seed 2, file 4): nothing stands under 总计 there, so 其他 and 总计 head one column;
    // the next page, repeating the header over full rows, prints them apart. Kept as the first
    // page's, neither header named a column of the table, and every row after the break was quoted.
    const header = (totalFrom: number, otherTo: number, top: number) => [
      cell("自然人", 100, 140, top),
      cell("总计", totalFrom, 200, top),
      cell("其他", 140, otherTo, top + 12),
    ];
    const upper = box([
      ...header(140, 200, 0),
      cell("一、本年新收政府信息公开申请数量", 0, 100, 24),
      cell("12", 100, 140, 24),
      cell("17", 140, 200, 24),
    ]);
    const lower = box([
      ...header(170, 170, 100),
      cell("1.属于国家秘密", 0, 100, 124),
      cell("39", 100, 140, 124),
      cell("44", 140, 170, 124),
      cell("45", 170, 200, 124),
    ]);
    expect(gridOf(joinTables(upper, lower)).rows).toEqual([
      [{ text: "" }, { text: "自然人" }, { text: "" }, { text: "总计" }],
      [{ text: "" }, { text: "" }, { text: "其他" }, { text: "" }],
      [{ text: "一、本年新收政府信息公开申请数量" }, { text: "12" }, { text: "17", colSpan: 2 }],
      [{ text: "1.属于国家秘密" }, { text: "39" }, { text: "44" }, { text: "45" }],
    ]);
  });
});

describe("agreedGaps: edges both parts guessed", () => {
  it("moves both parts' edges to the middle of the space both leave free", () => {
    // Page one's labels end at 60, its values start at 100; page two's labels end at 90.
    const { upper, lower, gaps } = agreedGaps(
      { cells: [cell("a", 0, 80, 0), cell("1", 80, 120, 0)], gaps: [{ at: 80, x0: 60, x1: 100 }] },
      { cells: [cell("b", 0, 95, 0), cell("2", 95, 120, 0)], gaps: [{ at: 95, x0: 90, x1: 100 }] },
    );
    expect(upper.map((c) => [c.x0, c.x1])).toEqual([
      [0, 95],
      [95, 120],
    ]);
    expect(lower.map((c) => [c.x0, c.x1])).toEqual([
      [0, 95],
      [95, 120],
    ]);
    expect(gaps).toEqual([{ at: 95, x0: 90, x1: 100 }]);
  });

  // A space of the second part holding two of the first's edges: the column between them is
  // blank all down the second part (github-004 printed by wkhtmltopdf without borders: 科研机构 and
  // 社会公益组织 blank on the page after the header, 商业企业's cells read over them, 23 cells of
  // table 三 quoted, not placed). Its cells end at the first edge and start at the last.
  const first = {
    cells: [cell("a", 0, 50, 0), cell("1", 50, 80, 0), cell("2", 80, 110, 0)],
    gaps: [
      { at: 50, x0: 45, x1: 55 },
      { at: 80, x0: 75, x1: 85 },
    ],
  };
  it("leaves the first part's column blank where a space of the second holds two of its edges", () => {
    const { lower, gaps } = agreedGaps(first, {
      cells: [cell("b", 0, 65, 0), cell("3", 65, 110, 0)],
      gaps: [{ at: 65, x0: 48, x1: 82 }],
    });
    expect(lower.map((c) => [c.x0, c.x1])).toEqual([
      [0, 50],
      [80, 110],
    ]);
    expect(gaps).toEqual(first.gaps);
  });

  it("moves nothing when a space of one part overlaps two of the other's without holding both edges", () => {
    const { lower, gaps } = agreedGaps(first, {
      cells: [cell("b", 0, 65, 0), cell("3", 65, 110, 0)],
      gaps: [{ at: 65, x0: 52, x1: 78 }],
    });
    expect(lower.map((c) => [c.x0, c.x1])).toEqual([
      [0, 65],
      [65, 110],
    ]);
    expect(gaps).toEqual([]);
  });

  it("joins two parts whose label edges stand 30 points apart into one column of labels", () => {
    const upper: TableBox = {
      ...box([cell("1.属于国家秘密", 0, 60, 0), cell("3", 60, 100, 0)]),
      gaps: [{ at: 60, x0: 40, x1: 80 }],
    };
    const lower: TableBox = {
      ...box([cell("5.要求行政机关确认或重新出具已获取信息", 0, 90, 100), cell("4", 90, 100, 100)]),
      gaps: [{ at: 90, x0: 78, x1: 82 }],
    };
    expect(gridOf(joinTables(upper, lower)).rows).toEqual([
      [{ text: "1.属于国家秘密" }, { text: "3" }],
      [{ text: "5.要求行政机关确认或重新出具已获取信息" }, { text: "4" }],
    ]);
  });
});
