/**
 * SOURCE_PAGE_UNREADABLE: a page that pdf.js (or the reader) fails on is read as an empty page,
 * the other pages as usual, and the loss is said with the page's number; before, the page was
 * dropped with no finding, and what it printed came back only as sections missing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readPages } from "../../src/pdf/engine.js";
import { parsePdf } from "../../src/pdf.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { fixture } from "./support.js";

beforeAll(() => {
  // pdf.js warns on the console about the page tree it cannot follow.
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterAll(() => {
  vi.restoreAllMocks();
});

const lost = <F extends { code: string }>(findings: readonly F[]) =>
  findings.filter((finding) => finding.code === "SOURCE_PAGE_UNREADABLE");

describe("a page that cannot be read", () => {
  it("is said with its number, the other pages read as in the whole file", async () => {
    // seed-chromium.pdf with its page tree's fifth kid pointing at no page (scripts/pdf-fixtures.ts).
    const whole = await parsePdf(fixture("seed-chromium.pdf"));
    const result = await parsePdf(fixture("seed-chromium-page-lost.pdf"));
    expect(lost(whole.findings)).toEqual([]);
    expect(lost(result.findings)).toEqual([
      expect.objectContaining({
        path: [],
        severity: "warning",
        expected: 5,
        actual: 5,
        message: "文件第 5 页（共 5 页）无法读取，该页所印内容未能读入",
      }),
    ]);
    // Pages 1–4 hold the tables: every cell as the whole file reads it.
    const { right, wrong, absent } = compareCells(cellsOf(result.report), cellsOf(whole.report));
    expect(wrong).toEqual([]);
    expect(absent).toEqual([]);
    expect(right.length).toBeGreaterThan(100);
    // Page 5 held 六、其他需要报告的事项: missing, as before, now with the reason beside it.
    const missing = result.findings.filter((finding) => finding.code === "SECTION_MISSING");
    expect(missing.map((finding) => finding.path)).toEqual([["otherMatters"]]);
  });

  it("is worded in English on request", async () => {
    const result = await parsePdf(fixture("seed-chromium-page-lost.pdf"), { locale: "en" });
    expect(lost(result.findings).map((finding) => finding.message)).toEqual([
      "Page 5 of 5 could not be read; what it prints is not in the reading",
    ]);
  });

  it("readPages keeps every page's place and numbers the ones it could not read", async () => {
    // A document whose every page fails: pdf.js's page proxy is never reached.
    const failing = {
      numPages: 3,
      getPage: (page: number) => Promise.reject(new Error(`no page ${page}`)),
    };
    const { pages, lost: numbers } = await readPages(failing, {} as never, false);
    expect(numbers).toEqual([1, 2, 3]);
    expect(pages).toEqual(
      Array.from({ length: 3 }, () => ({ width: 0, height: 0, runs: [], segments: [] })),
    );
  });
});
