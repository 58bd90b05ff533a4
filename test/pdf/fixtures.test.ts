/**
 * The PDF fixtures made from reports (scripts/pdf-fixtures.ts): the seed and Shanghai 2019 reports
 * rendered with toHTML, printed by Chromium (ruled by a style sheet, or by the `border` attribute
 * alone: cells drawn apart) and converted by LibreOffice. Each reads back to the
 * page it was printed from (every paragraph, every table with its merged cells) and to its source
 * report's cells.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type Report, readDocument, tableLayout, toHTML } from "../../src/index.js";
import { sourceDocumentOf } from "../../src/pdf/document.js";
import type { PageContent } from "../../src/pdf/geometry.js";
import type { SourceDocument } from "../../src/read/grid.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { rowsOf } from "../read/support.js";
import { htmlBlocks, pagesOf, squeeze, squeezed } from "./support.js";

const cases: readonly [string, Report][] = [
  ["seed-chromium.pdf", seedReport],
  ["seed-libreoffice.pdf", seedReport],
  ["shanghai-2019-chromium.pdf", shanghai2019Report],
  ["shanghai-2019-libreoffice.pdf", shanghai2019Report],
  // The seed page under a seal drawn as one filled polygon of 140,000 points: more than a call
  // takes as arguments; the page was lost to a RangeError (src/text/lists.ts).
  ["seed-chromium-vector-seal.pdf", seedReport],
];
// Tables not drawn as a full grid of solid lines: `<table border="1">` with no style sheet (each
// cell its own box, 2 px from the next), tables ruled across only (each cell's top and bottom
// border), and tables ruled with dashes (Chromium draws each dash: src/pdf/dashes.ts).
const partlyRuled: readonly [string, Report][] = [
  ["seed-chromium-separate.pdf", seedReport],
  ["shanghai-2019-chromium-separate.pdf", shanghai2019Report],
  ["seed-chromium-across.pdf", seedReport],
  ["shanghai-2019-chromium-across.pdf", shanghai2019Report],
  ["seed-chromium-dashed.pdf", seedReport],
  ["shanghai-2019-chromium-dashed.pdf", shanghai2019Report],
];

const read = new Map<string, { pages: readonly PageContent[]; document: SourceDocument }>();
beforeAll(async () => {
  for (const [name] of [...cases, ...partlyRuled, ["seed-chromium-borderless.pdf"] as const]) {
    const pages = await pagesOf(name);
    read.set(name, { pages, document: sourceDocumentOf(pages) });
  }
  // pdf.js reads eleven PDFs: seconds, more on a loaded machine.
}, 120_000);
const documentOf = (name: string): SourceDocument => read.get(name)?.document ?? { blocks: [] };

/** The number of the page a text is printed on, from the page's runs (-1 when on none). */
function pageOf(name: string, text: string): number {
  const pages = read.get(name)?.pages ?? [];
  return pages.findIndex((page) => page.runs.some((run) => squeeze(run.text).includes(text)));
}

const tables = ["activeDisclosure", "applications", "reviewsAndLitigation"] as const;

describe.each(cases)("%s", (name, report) => {
  it("reads back the page it was printed from: every paragraph, every table, every merged cell", () => {
    const expected = htmlBlocks(toHTML(report)).map(squeezed);
    expect(documentOf(name).blocks.map(squeezed)).toEqual(expected);
  });

  it("says its ruled tables' columns are drawn, not inferred", () => {
    const grids = documentOf(name).blocks.flatMap((b) => (b.kind === "table" ? [b.grid] : []));
    expect(grids.length).toBeGreaterThan(0);
    expect(grids.filter((grid) => grid.inferred === true)).toEqual([]);
  });

  it("reads back to its report's cells, year and template", () => {
    const result = readDocument(documentOf(name));
    expect(result.report?.year).toBe(report.year);
    expect(result.report?.template).toBe(report.template);
    for (const table of tables) expect(rowsOf(result.report, table)).toEqual(rowsOf(report, table));
  });
});

describe.each(partlyRuled)("%s (not a full grid)", (name, report) => {
  it("reads back to its report's cells, year and template, with no finding", () => {
    const result = readDocument(documentOf(name));
    expect(result.report?.year).toBe(report.year);
    expect(result.report?.template).toBe(report.template);
    for (const table of tables) expect(rowsOf(result.report, table)).toEqual(rowsOf(report, table));
    expect(result.findings).toEqual([]);
  });

  it("says its ruled tables' columns are drawn, not inferred", () => {
    const grids = documentOf(name).blocks.flatMap((b) => (b.kind === "table" ? [b.grid] : []));
    expect(grids.length).toBeGreaterThan(0);
    expect(grids.filter((grid) => grid.inferred === true)).toEqual([]);
  });

  // Ruled across only: every cell merged over columns is found, also where its text crosses not
  // every joint of its row (a centred title, `第二十条第（一）项` over four columns; `（七）总计`
  // centred over two, crossing none), by the span it is centred on (src/pdf/rowrules.ts). Ruled
  // with dashes: the dashes joined, the lines of a full grid.
  // BUG, drawn apart: where table 三 breaks across pages, Chromium draws the rest of a cut merged
  // cell at the next page's top as a box of its own, shorter than the row beside it: the grid gets
  // rows of empty cells there. The cells are read right all the same.
  const exact = !name.includes("-separate");
  const test = exact ? it : it.fails;
  test(`${exact ? "" : "BUG: "}reads back the page's tables, every merged cell`, () => {
    const expected = htmlBlocks(toHTML(report)).map(squeezed);
    expect(documentOf(name).blocks.map(squeezed)).toEqual(expected);
  });
});

describe("what the fixtures hold (so that the tests above test it)", () => {
  it("table 三 continues across a page break in every fixture, its header printed again by Chromium", () => {
    const { rows } = tableLayout("2021").find((table) => table.key === "applications") ?? {
      rows: [],
    };
    const first = squeeze(rows[0]?.label ?? "");
    const last = squeeze(rows[rows.length - 1]?.label ?? "");
    expect(first).not.toBe("");
    for (const [name] of cases) {
      expect(pageOf(name, last), name).toBeGreaterThan(pageOf(name, first));
    }
    // Chromium repeats a table's <thead> on each page: the joined table holds it once.
    const header = "申请人情况";
    const printed = read
      .get("seed-chromium.pdf")
      ?.pages.filter((page) => page.runs.some((run) => run.text.includes(header)));
    expect(printed?.length).toBe(2);
    const cells = documentOf("seed-chromium.pdf").blocks.flatMap((block) =>
      block.kind === "table" ? block.grid.rows.flat() : [],
    );
    expect(cells.filter((cell) => cell.text === header)).toHaveLength(1);
  });

  it("header cells are printed over several lines and read as one cell", () => {
    const pages = read.get("seed-chromium.pdf")?.pages ?? [];
    // Chromium wraps 自然人 in its narrow column one character a line.
    const wrapped = pages.flatMap((page) => page.runs.filter((run) => run.text === "然"));
    expect(wrapped.length).toBeGreaterThan(0);
    const cells = documentOf("seed-chromium.pdf").blocks.flatMap((block) =>
      block.kind === "table" ? block.grid.rows.flat() : [],
    );
    expect(cells.map((cell) => cell.text)).toContain("自然人");
  });
});

describe("seed-chromium-borderless.pdf: tables with no ruling line, read from positions", () => {
  it("places no number wrongly, and reads the rows it can tell apart", () => {
    const result = readDocument(documentOf("seed-chromium-borderless.pdf"));
    const got = rowsOf(result.report, "applications");
    const want = rowsOf(seedReport, "applications");
    let right = 0;
    for (const [row, cells] of Object.entries(want)) {
      const read = (got[row] ?? "").split("|");
      cells.split("|").forEach((cell, i) => {
        // A cell is right or absent ("?"), never another number.
        expect([cell, "?"], `${row}[${i}]`).toContain(read[i] ?? "?");
        if (read[i] === cell) right++;
      });
    }
    // Only the rows whose labels the page interleaves with a group label are lost.
    expect(right).toBeGreaterThan(0.9 * Object.keys(want).length * 7);
    expect(result.report?.activeDisclosure).toBeDefined();
  });
});
