/**
 * Numbers cut by the page's edge (src/pdf/edges.ts): a table wider than its page, printed by
 * LibreOffice, which writes only the glyphs that still touch the paper (`101` written `10`).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { fromJSON } from "../../src/index.js";
import { CUT, cutAtEdges } from "../../src/pdf/edges.js";
import type { TextRun } from "../../src/pdf/geometry.js";
import { parsePdf } from "../../src/pdf.js";
import { seedReport } from "../fixtures/seed-report.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { distinctValues } from "../system/support.js";

const WIDTH = 595.3;
const run = (text: string, x0: number, x1: number): TextRun => ({
  text,
  x0,
  x1,
  top: 100,
  bottom: 110,
  size: 10,
  vertical: false,
});

describe("cutAtEdges", () => {
  it("marks digits running off the right edge, or ending within half a glyph of it", () => {
    const runs = [run("10", 588, 600), run("3", 588, 594), run("12", 380, 392)];
    expect(cutAtEdges(runs, WIDTH).map((r) => r.text)).toEqual([`10${CUT}`, `3${CUT}`, "12"]);
  });

  it("leaves whole numbers half an em from the edge (a page printed without margins)", () => {
    const runs = [run("12", 578, 590), run("7", 5, 11)];
    expect(cutAtEdges(runs, WIDTH)).toBe(runs);
  });

  it("marks digits at the left edge on their left", () => {
    expect(cutAtEdges([run("05", -4, 8)], WIDTH)[0]!.text).toBe(`${CUT}05`);
  });

  it("leaves words at the edge, and a page with no run there, as they are", () => {
    const runs = [run("法律服务", 560, 600), run("总计", 40, 64)];
    expect(cutAtEdges(runs, WIDTH)).toBe(runs);
  });
});

describe("seed-distinct-libreoffice-wider.pdf: table 三 set wider than the page", () => {
  let result: Awaited<ReturnType<typeof parsePdf>>;
  beforeAll(async () => {
    const file = new URL("../fixtures/pdf/seed-distinct-libreoffice-wider.pdf", import.meta.url);
    result = await parsePdf(new Uint8Array(readFileSync(file)));
  }, 60_000);

  it("reads no number the edge cut short: the 总计 column is absent, the rest right", () => {
    const expected = cellsOf(fromJSON(distinctValues(seedReport)).report);
    const { right, wrong, absent } = compareCells(cellsOf(result.report), expected);
    // Printed, `101` of 1.本机关不掌握 is written `10`, `38` of （二）部分公开 `3`.
    expect(wrong).toEqual([]);
    expect(absent.every((path) => /^applications\.\w+\.total$/.test(path))).toBe(true);
    expect(absent).toContain("applications.unavailableNotHeld.total");
    expect(right.length).toBe(expected.size - absent.length);
    expect(right.length).toBeGreaterThanOrEqual(170);
  });
});
