import { describe, expect, it } from "vitest";
import type { Matrix } from "../../src/pdf/geometry.js";
import { textRuns } from "../../src/pdf/runs.js";

// An A4 page's viewport at scale 1: y turned downward from the top.
const flip: Matrix = [1, 0, 0, -1, 0, 842];

describe("textRuns", () => {
  it("measures a horizontal item on the page, y down, its box around the baseline", () => {
    const [run] = textRuns(
      [{ str: "规章", transform: [12, 0, 0, 12, 81, 700], width: 24, height: 12 }],
      flip,
    );
    expect(run?.text).toBe("规章");
    expect(run?.x0).toBeCloseTo(81);
    expect(run?.x1).toBeCloseTo(105);
    // The baseline is at 842 - 700 = 142 on the page; the box reaches above it more than below.
    expect(run?.top).toBeCloseTo(142 - 12 * 0.85);
    expect(run?.bottom).toBeCloseTo(142 + 12 * 0.15);
    expect(run).toMatchObject({ size: 12, vertical: false });
  });

  // Cairo (`pdftocairo -pdf`) writes Chromium's Type 3 text with its text matrix flipped (`d`
  // negative), the font's own matrix flipping the glyphs back upright: the box was built down
  // from the baseline, rows merged with the ones below (a PDF producers' hunt, 2026-12-06).
  it("builds a mirrored item's box above its baseline, as its glyphs print", () => {
    const [run] = textRuns(
      [{ str: "规章", transform: [12, 0, 0, -12, 81, 700], width: 24, height: 12 }],
      flip,
    );
    expect(run?.top).toBeCloseTo(142 - 12 * 0.85);
    expect(run?.bottom).toBeCloseTo(142 + 12 * 0.15);
    expect(run).toMatchObject({ size: 12, vertical: false });
  });

  it("ends a run of full-width text where its characters end, not where pdf.js's space does", () => {
    // LibreOffice's PDF of a header `商业企业`, `科研` of the next column on the line below: pdf.js
    // gives `商业企业 `, 54.1 points wide, its space reaching to `科研`. The run reached into that
    // column, and the header was read over both (the column's cells then quoted, never placed).
    const [run, digits] = textRuns(
      [
        { str: "商业企业 ", transform: [12, 0, 0, 12, 292.1, 700], width: 54.1, height: 12 },
        { str: "2024 ", transform: [12, 0, 0, 12, 81, 600], width: 40, height: 12 },
      ],
      flip,
    );
    expect(run?.text).toBe("商业企业");
    expect(run?.x1).toBeCloseTo(340.1);
    // Other text's width is not known from its characters: kept as pdf.js gives it.
    expect(digits?.x1).toBeCloseTo(121);
  });

  it("reads Kangxi radicals as the ideographs their glyphs print (`⼀、` is `一、`)", () => {
    // Chromium's CJK fonts map 一 and 行 to the radicals' code points: a label's ordinal then
    // opened no row (`⼀、本年新收政` was taken for prose).
    const [run] = textRuns(
      [{ str: "⼀、本年新收⾏政", transform: [12, 0, 0, 12, 81, 700], width: 96, height: 12 }],
      flip,
    );
    expect(run?.text).toBe("一、本年新收行政");
  });

  it("leaves out blank items, marked content, broken matrices and text turned off the axes", () => {
    const turned = Math.SQRT1_2 * 12;
    const runs = textRuns(
      [
        { str: " ", transform: [12, 0, 0, 12, 0, 0], width: 3000 },
        { str: "", transform: [12, 0, 0, 12, 0, 0], width: 0 },
        { type: "beginMarkedContent" } as never,
        { str: "水印", transform: [turned, turned, -turned, turned, 100, 100], width: 24 },
        { str: "坏", transform: [12, 0, 0, Number.NaN, 0, 0], width: 12 },
        { str: "零", transform: [0, 0, 0, 0, 0, 0], width: 12 },
        { str: " 留下 ", transform: [12, 0, 0, 12, 10, 10], width: 24 },
      ],
      flip,
    );
    expect(runs.map((run) => run.text)).toEqual(["留下"]);
  });

  it("a vertical font's item runs down the page from its origin", () => {
    const [run] = textRuns(
      [{ str: "三、本", dir: "ttb", transform: [10, 0, 0, 10, 90, 227], width: 10, height: 30 }],
      flip,
    );
    expect(run).toMatchObject({ vertical: true, x0: 90, x1: 100, top: 615, bottom: 645 });
  });

  it("text turned a quarter reads down the page", () => {
    const [run] = textRuns(
      [{ str: "合计", transform: [0, -12, 12, 0, 100, 700], width: 24 }],
      flip,
    );
    expect(run?.vertical).toBe(true);
    expect((run?.bottom ?? 0) - (run?.top ?? 0)).toBeCloseTo(24);
  });

  it("text printed twice a fraction of a point apart (fake bold) is kept once", () => {
    const item = (x: number, str = "规章") => ({
      str,
      transform: [12, 0, 0, 12, x, 700],
      width: 24,
    });
    expect(textRuns([item(81), item(81.3), item(81.6)], flip)).toHaveLength(1);
    expect(textRuns([item(81), item(150)], flip)).toHaveLength(2);
    expect(textRuns([item(81), item(81.3, "行政")], flip)).toHaveLength(2);
  });
});
