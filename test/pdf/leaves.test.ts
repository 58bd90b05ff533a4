import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { headerColumns, leafExtents } from "../../src/pdf/leaves.js";

const at = (x0: number, x1: number, top = 0) => ({ x0, x1, top });

describe("leafExtents: the headers no other header stands under", () => {
  it("drops a header over two headers apart, joins a header wrapped over two lines", () => {
    // 申请人情况 over 商业/企业 and 科研/机构: it spans them; 商业 over 企业 is one header.
    expect(
      leafExtents([at(0, 100, 0), at(10, 30, 10), at(60, 80, 10), at(12, 28, 20), at(58, 82, 20)]),
    ).toEqual([
      { x0: 10, x1: 30 },
      { x0: 58, x1: 82 },
    ]);
  });

  it("keeps a header standing over one header only (its own second line)", () => {
    expect(leafExtents([at(0, 40, 0), at(5, 35, 10)])).toEqual([{ x0: 0, x1: 40 }]);
  });
});

describe("headerColumns: columns of values by the leaf headers", () => {
  const leaves = [
    { x0: 0, x1: 20 },
    { x0: 30, x1: 50 },
    { x0: 60, x1: 80 },
  ];

  it("gives the columns no row fills, each column of values under its own header", () => {
    expect(
      headerColumns(leaves, [
        { x0: 5, x1: 15 },
        { x0: 62, x1: 90 },
      ]),
    ).toEqual([
      { x0: 0, x1: 20 },
      { x0: 30, x1: 50 },
      { x0: 60, x1: 90 },
    ]);
  });

  it("refuses a column of values between two headers, under none, or two under one", () => {
    expect(headerColumns(leaves, [{ x0: 22, x1: 28 }])).toBeUndefined();
    expect(headerColumns(leaves, [{ x0: 15, x1: 35 }])).toBeUndefined();
    expect(
      headerColumns(leaves, [
        { x0: 2, x1: 6 },
        { x0: 10, x1: 14 },
      ]),
    ).toBeUndefined();
    // As many columns of values as headers: the values alone show every column.
    expect(
      headerColumns(leaves, [
        { x0: 5, x1: 15 },
        { x0: 35, x1: 45 },
        { x0: 65, x1: 75 },
      ]),
    ).toBeUndefined();
  });

  it("places each column of values in the one header it overlaps, or refuses (property)", () => {
    const extent = fc
      .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 40 }))
      .map(([x0, w]) => ({ x0, x1: x0 + w }));
    // Extents apart from one another, left to right (as leaves and columns of values are).
    const disjoint = (list: { x0: number; x1: number }[]) => {
      const kept: { x0: number; x1: number }[] = [];
      for (const e of [...list].sort((a, b) => a.x0 - b.x0)) {
        const last = kept[kept.length - 1];
        if (last === undefined || e.x0 >= last.x1) kept.push(e);
      }
      return kept;
    };
    fc.assert(
      fc.property(
        fc.array(extent, { maxLength: 8 }),
        fc.array(extent, { maxLength: 6 }),
        (l, c) => {
          const heads = disjoint(l);
          const clusters = disjoint(c);
          const columns = headerColumns(heads, clusters);
          if (columns === undefined) return;
          expect(columns).toHaveLength(heads.length);
          // Columns are in order and apart; each cluster lies in exactly one column, its header's.
          for (let i = 1; i < columns.length; i++) {
            expect(columns[i]!.x0).toBeGreaterThanOrEqual(columns[i - 1]!.x1);
          }
          for (const cluster of clusters) {
            const holding = columns.filter((col) => col.x0 <= cluster.x0 && cluster.x1 <= col.x1);
            expect(holding).toHaveLength(1);
            const over = heads.filter(
              (h) => Math.min(h.x1, cluster.x1) > Math.max(h.x0, cluster.x0),
            );
            expect(over).toHaveLength(1);
          }
        },
      ),
    );
  });
});
