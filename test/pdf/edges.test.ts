/**
 * Numbers cut by the page's edge (src/pdf/edges.ts): a table wider than its page, printed by
 * LibreOffice, which writes only the glyphs that still touch the paper (`101` written `10`).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { fromJSON } from "../../src/index.js";
import {
  CUT,
  canvasShift,
  cutAtClips,
  cutAtEdges,
  onOneCanvas,
  withoutHidden,
} from "../../src/pdf/edges.js";
import type { TextRun } from "../../src/pdf/geometry.js";
import { parsePdf } from "../../src/pdf.js";
import { seedReport } from "../fixtures/seed-report.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { distinctValues, spilledValues } from "../system/support.js";

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

describe("cutAtClips", () => {
  // Chromium's clip: the page within its margins.
  const page = { x0: 56.2, x1: 540.2, top: 56.2, bottom: 787.3 };

  it("marks digits whose last glyph stands across the clip's side: those after it left out", () => {
    // `100199` written `1001`: the last 1 from 535.5 to 540.5, 0.3 points past the clip.
    const runs = [run("1001", 518.2, 540.5), run("12", 380, 392), run("7", 528, 539.8)];
    expect(cutAtClips(runs, [page]).map((r) => r.text)).toEqual([`1001${CUT}`, "12", "7"]);
    // Its first glyph across the left side.
    expect(cutAtClips([run("05", 54, 66)], [page])[0]!.text).toBe(`${CUT}05`);
  });

  it("leaves a run reaching more than its font size past (every glyph written), and words", () => {
    // A producer that writes every glyph and lets the clip hide them (WPS clips each cell).
    const cell = { x0: 100, x1: 150, top: 90, bottom: 120 };
    const runs = [run("1234567890", 100, 161), run("法律服务机构", 100, 160)];
    expect(cutAtClips(runs, [cell])).toBe(runs);
    // A run shown where no clip is, and no clip at all.
    expect(cutAtClips([run("1001", 600, 620)], [page])[0]!.text).toBe("1001");
    expect(cutAtClips([run("1001", 518.2, 540.5)], [])[0]!.text).toBe("1001");
  });
});

describe("withoutHidden", () => {
  // wkhtmltopdf's A4 page: the whole document painted, clipped to the page's content.
  const page = { x0: 28.3, x1: 566.9, top: 90, bottom: 756 };
  const at = (text: string, top: number): TextRun => ({
    ...run(text, 60, 110),
    top,
    bottom: top + 9,
  });

  // A ruled table's column lines cut by the clip: at its bottom, and at its top (the next page).
  const table = [40, 130, 200, 300].flatMap((x) => [
    { x0: x, x1: x, top: 600, bottom: 756 },
    { x0: x, x1: x, top: 90, bottom: 200 },
  ]);

  it("leaves out the runs no clip lets show inside a ruled table that runs off the clip", () => {
    const runs = [at("1.申请人无正", 732), at("当理由逾期不", 770), at("（五）不予处理", 40)];
    expect(withoutHidden(runs, [page], true, table).map((r) => r.text)).toEqual(["1.申请人无正"]);
  });

  it("keeps a hidden run no table's lines stand beside at the clip's edge", () => {
    const runs = [at("1.申请人无正", 732), at("当理由逾期不", 770), at("（五）不予处理", 40)];
    // No lines; a frame's two sides; lines all on one side of the runs; lines ending short of the edge.
    expect(withoutHidden(runs, [page], true, [])).toBe(runs);
    const frame = table.filter((line) => line.x0 === 40 || line.x0 === 300);
    expect(withoutHidden(runs, [page], true, frame)).toBe(runs);
    const right = table.filter((line) => line.x0 >= 130);
    expect(withoutHidden(runs, [page], true, right)).toBe(runs);
    const short = table.map((line) => ({ ...line, bottom: line.bottom - 10, top: line.top + 10 }));
    expect(withoutHidden(runs, [page], true, short)).toBe(runs);
    // A heading's underline, across the page at the clip's edge: horizontal, no table.
    const underline = { x0: 28.3, x1: 566.9, top: 756, bottom: 756 };
    expect(withoutHidden(runs, [page], true, [underline])).toBe(runs);
  });

  it("keeps every run where some text is shown under no clip, or no run is hidden", () => {
    const runs = [at("1.申请人无正", 732), at("当理由逾期不", 770)];
    expect(withoutHidden(runs, [page], false, table)).toBe(runs);
    expect(withoutHidden(runs, [], true, table)).toBe(runs);
    // Nothing hidden: the very list given back, no copy.
    const shown = runs.slice(0, 1);
    expect(withoutHidden(shown, [page], true, table)).toBe(shown);
  });
});

describe("canvasShift and onOneCanvas: pages that are one drawing clipped page by page", () => {
  // wkhtmltopdf's A4 page (pandoc's margins): a row of a table without borders cut by the break,
  // its label's first line shown at page 3's foot, its values hidden below the clip there and
  // shown at page 4's top, where the label's first line is hidden above the clip.
  const clip = { x0: 90, x1: 504.7, top: 90, bottom: 755.9 };
  const at = (text: string, x0: number, top: number): TextRun => ({
    ...run(text, x0, x0 + 10),
    top,
    bottom: top + 9.2,
  });
  const label = "二、上年结转政府信息公开申请";
  const upper = [at("一、本年新收", 100.9, 717.5), at(label, 100.9, 747.4), at("36", 236.8, 754.4)];
  const lower = [at(label, 100.9, 81.6), at("36", 236.8, 88.5), at("数量", 156.2, 95.4)];
  const page = (runs: TextRun[]) => ({ width: 595, height: 842, runs, segments: [] });

  it("finds the shift where every hidden run is the other page's shown one, shifted", () => {
    expect(canvasShift({ runs: upper, clip }, { runs: lower, clip })).toBeCloseTo(665.9);
  });

  it("finds none without hidden text, or where a hidden run is not the other page's", () => {
    const shown = (runs: TextRun[]) => runs.filter((r) => r.top > 90 && r.top < 750);
    expect(canvasShift({ runs: shown(upper), clip }, { runs: shown(lower), clip })).toBeUndefined();
    // Another value under the clip than the next page shows; a copy a point off.
    const other = [...upper.slice(0, 2), at("37", 236.8, 754.4)];
    expect(canvasShift({ runs: other, clip }, { runs: lower, clip })).toBeUndefined();
    const moved = [...upper.slice(0, 2), at("36", 236.8, 755.4)];
    expect(canvasShift({ runs: moved, clip }, { runs: lower, clip })).toBeUndefined();
  });

  it("finds it where a hidden line's pieces are joined otherwise into runs on the other page", () => {
    // github-004~m5.wk-landscape.pdf: at page 4's foot `（四）` and the row's label are one run (no
    // line of the cell under `（四）` drawn there); hidden above page 5's clip, two. Before, that
    // run was no copy: the pages were not read as one drawing, the row printed twice in the text
    // read (its second printing's numbers, the same, passed over by the table's reader).
    const cut = "1.本机关不掌握相关政府信息";
    const joined = { ...at(`（四） ${cut}`, 100.9, 747.4), x1: 250 };
    const above = [at("一、本年新收", 100.9, 717.5), joined];
    const below = [at("（四）", 100.9, 81.5), at(cut, 130, 81.5), at("36", 236.8, 95.4)];
    expect(canvasShift({ runs: above, clip }, { runs: below, clip })).toBeCloseTo(665.9);
    const [, second] = onOneCanvas([page(above), page(below)], [clip, clip]);
    expect(second?.runs.map((r) => r.text)).toEqual(["36"]);
    // Another label there, or the piece past the run's end: no copy.
    const other = [above[0]!, { ...joined, text: "（四） 2.没有现成信息需要另行制作" }];
    expect(canvasShift({ runs: other, clip }, { runs: below, clip })).toBeUndefined();
    const short = [above[0]!, { ...joined, x1: 135 }];
    expect(canvasShift({ runs: short, clip }, { runs: below, clip })).toBeUndefined();
  });

  it("marks the lower page and leaves out the hidden copies on both sides of the break", () => {
    const [first, second] = onOneCanvas([page(upper), page(lower)], [clip, clip]);
    expect(first?.runs.map((r) => r.text)).toEqual(["一、本年新收", label]);
    expect(first?.follows).toBeUndefined();
    expect(second?.runs.map((r) => r.text)).toEqual(["36", "数量"]);
    expect(second?.follows).toBeCloseTo(665.9);
  });

  it("marks a page that may go on the drawing where no text at all stands hidden across the break", () => {
    // A break between two lines (a table's header lines at page 3's foot, its rows at page 4's
    // top): nothing tells the pages are one drawing, nothing says they are not.
    const shown = (runs: TextRun[]) => runs.filter((r) => r.top > 90 && r.top < 750);
    const [first, second] = onOneCanvas([page(shown(upper)), page(shown(lower))], [clip, clip]);
    expect(first?.mayFollow).toBeUndefined();
    expect(second?.follows).toBeUndefined();
    expect(second?.mayFollow).toBeCloseTo(665.9);
    expect(second?.runs).toEqual(shown(lower));
  });

  it("leaves pages as they are without a clip on both, or without the copies", () => {
    const pages = [page(upper), page(lower)];
    expect(onOneCanvas(pages, [clip, undefined])).toEqual(pages);
    const other = [page([...upper.slice(0, 2), at("37", 236.8, 754.4)]), page(lower)];
    expect(onOneCanvas(other, [clip, clip])).toEqual(other);
  });
});

describe("seed-chromium-clipped.pdf: table 三's totals printed on past the page's margin", () => {
  it("reads no total the clip cut short (before: each read without its last digit)", async () => {
    const file = new URL("../fixtures/pdf/seed-chromium-clipped.pdf", import.meta.url);
    const result = await parsePdf(new Uint8Array(readFileSync(file)));
    const expected = cellsOf(fromJSON(spilledValues({ totals: true })).report);
    const { right, wrong, absent } = compareCells(cellsOf(result.report), expected);
    // Printed, 1000016 is written 100001 (its last glyph across the clip, the 6 left out).
    expect(wrong).toEqual([]);
    const totals = [...expected.keys()].filter((path) => /^applications\.\w+\.total$/.test(path));
    expect(absent).toEqual(totals);
    expect(right.length).toBe(expected.size - totals.length);
    const finding = result.findings.find((f) => f.path.join(".") === totals[0]);
    expect(finding?.code).toBe("PARSE_CELL_UNREADABLE");
  }, 60_000);
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
