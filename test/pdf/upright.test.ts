/**
 * Pages drawn sideways or upside down are turned so that their text reads left to right before
 * anything is laid out (src/pdf/upright.ts). The fixtures are seed-chromium.pdf with its pages
 * turned by qpdf (Debian's qpdf: `qpdf --rotate=+90 seed-chromium.pdf seed-chromium-turned.pdf`;
 * `--rotate=+270:2-3 --rotate=+180:4` for seed-chromium-turned-mixed.pdf): shown as the viewer
 * shows them, their text runs down, up or right to left, as in a PDF whose landscape table was
 * printed sideways on a portrait page.
 */
import { describe, expect, it } from "vitest";
import { sourceDocumentOf } from "../../src/pdf/document.js";
import type { Matrix } from "../../src/pdf/geometry.js";
import { apply, multiply } from "../../src/pdf/geometry.js";
import { uprightFrame } from "../../src/pdf/upright.js";
import { parsePdf } from "../../src/pdf.js";
import { fixture, pagesOf, squeezed } from "./support.js";

// pdf.js's viewport of an A4 page at scale 1: PDF space (y up) to the page (y down).
const A4: Matrix = [1, 0, 0, -1, 0, 842];

/** A text item of `chars` characters, running along (dx, dy) in PDF space from (x, y). */
const item = (str: string, dx: number, dy: number, x = 100, y = 400) => ({
  str,
  transform: [12 * dx, 12 * dy, -12 * dy, 12 * dx, x, y],
  width: 12 * str.length,
  height: 12,
});

describe("uprightFrame", () => {
  it("leaves a page whose text reads left to right as it is", () => {
    const frame = uprightFrame([item("规章规范性文件", 1, 0)], A4, 595, 842);
    expect(frame).toEqual({ matrix: A4, width: 595, height: 842 });
  });

  it("turns a page whose text runs down, up or right to left, and keeps it on the page", () => {
    // In PDF space (y up): running down the page is (0, -1), up is (0, 1), right to left (-1, 0).
    for (const [dx, dy, size] of [
      [0, -1, [842, 595]],
      [0, 1, [842, 595]],
      [-1, 0, [595, 842]],
    ] as const) {
      const text = item("规章规范性文件", dx, dy);
      const frame = uprightFrame([text], A4, 595, 842);
      expect([frame.width, frame.height]).toEqual(size);
      // The text now runs left to right.
      const [a, b] = multiply(text.transform as unknown as Matrix, frame.matrix);
      expect(Math.sign(Math.round(a))).toBe(1);
      expect(Math.round(b)).toBe(0);
      // Every corner of the page lands on the turned page.
      for (const [x, y] of [
        [0, 0],
        [595, 0],
        [0, 842],
        [595, 842],
      ] as const) {
        const [px, py] = apply(frame.matrix, x, y);
        expect(px).toBeGreaterThanOrEqual(-1e-9);
        expect(py).toBeGreaterThanOrEqual(-1e-9);
        expect(px).toBeLessThanOrEqual(frame.width + 1e-9);
        expect(py).toBeLessThanOrEqual(frame.height + 1e-9);
      }
    }
  });

  it("goes by most of the characters: a header set vertically in its cell turns nothing", () => {
    const items = [item("申请人情况", 0, -1), item("本年新收政府信息公开申请数量", 1, 0)];
    expect(uprightFrame(items, A4, 595, 842).matrix).toEqual(A4);
    // Half and half is no majority either; blanks, a vertical font's text and items without a
    // matrix are not counted.
    const even = [item("规章", 0, -1), item("件数", 1, 0), item("　 ", 0, -1)];
    expect(uprightFrame(even, A4, 595, 842).matrix).toEqual(A4);
    const ttb = [{ ...item("三本年度办理结果", 0, -1), dir: "ttb" }, item("规章", 1, 0)];
    expect(uprightFrame(ttb, A4, 595, 842).matrix).toEqual(A4);
    expect(uprightFrame([{ str: "规章", transform: "no" }], A4, 595, 842).matrix).toEqual(A4);
    // Nor does a watermark across the page at 50°, however long.
    const [cos, sin] = [Math.cos((50 * Math.PI) / 180), Math.sin((50 * Math.PI) / 180)];
    const marked = [
      item("年度报告", 1, 0),
      item("内部资料严禁外传内部资料严禁外传内部资料", cos, sin),
    ];
    expect(uprightFrame(marked, A4, 595, 842).matrix).toEqual(A4);
  });
});

describe("a PDF whose pages are turned", () => {
  it("reads as the same PDF upright: its pages' paragraphs and tables, and its report", async () => {
    const upright = sourceDocumentOf(await pagesOf("seed-chromium.pdf")).blocks.map(squeezed);
    const plain = await parsePdf(fixture("seed-chromium.pdf"));
    expect(plain.report?.year).toBe(2022);
    for (const name of ["seed-chromium-turned.pdf", "seed-chromium-turned-mixed.pdf"]) {
      const blocks = sourceDocumentOf(await pagesOf(name)).blocks.map(squeezed);
      expect(blocks).toEqual(upright);
      const result = await parsePdf(fixture(name));
      expect(result.report).toEqual(plain.report);
      expect(result.findings).toEqual(plain.findings);
    }
  });
});
