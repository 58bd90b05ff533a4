/**
 * Chromium (Debian's, driven by playwright-core) loads the standalone page of each report:
 * nothing is fetched; every td/th has a border on all four sides; no cell's text overflows its
 * box; every merged cell's box spans exactly the rows and columns the registry gives it; the A4
 * print repeats the column header of table 三 on every page the table is on. Screenshots of the
 * seed and of 平潭 2020 with its findings marked are left in artifacts/.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TemplateVersion } from "../../src/index.js";
import { templates, toHTML } from "../../src/index.js";
import {
  ARTIFACTS,
  findLabel,
  launchChromium,
  pagesWithTableThree,
  pdfPageTexts,
  publishedReports,
} from "./support.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A cell as laid out: its text, spans, place on the grid and box. */
interface LaidCell {
  readonly table: string;
  readonly tag: string;
  readonly text: string;
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly box: { left: number; right: number; top: number; bottom: number };
  readonly borders: readonly string[];
  readonly overflow: boolean;
}

/**
 * Every cell of every table of the page, placed on its table's grid the way the browser places
 * it. Run in the page, written as a script: the project's types have no DOM.
 */
const LAY_OUT_CELLS = `(() => {
  const out = [];
  for (const table of document.querySelectorAll("table")) {
    const taken = new Set();
    Array.from(table.rows).forEach((tr, r) => {
      let column = 0;
      for (const cell of Array.from(tr.cells)) {
        while (taken.has(r + "," + column)) column++;
        for (let dr = 0; dr < cell.rowSpan; dr++)
          for (let dc = 0; dc < cell.colSpan; dc++) taken.add((r + dr) + "," + (column + dc));
        const rect = cell.getBoundingClientRect();
        const style = getComputedStyle(cell);
        const range = document.createRange();
        range.selectNodeContents(cell);
        const text = range.getBoundingClientRect();
        const outside = cell.textContent !== "" && (text.left < rect.left - 0.5 ||
          text.right > rect.right + 0.5 || text.top < rect.top - 0.5 || text.bottom > rect.bottom + 0.5);
        out.push({
          table: table.getAttribute("data-table") || "",
          tag: cell.tagName.toLowerCase(),
          text: cell.textContent || "",
          row: r,
          column,
          rowSpan: cell.rowSpan,
          colSpan: cell.colSpan,
          box: { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom },
          borders: ["top", "right", "bottom", "left"].map((side) =>
            style.getPropertyValue("border-" + side + "-style") + " " +
            style.getPropertyValue("border-" + side + "-width")),
          overflow: outside || cell.scrollWidth > cell.clientWidth + 1,
        });
        column += cell.colSpan;
      }
    });
  }
  return out;
})()`;

async function cellsOf(page: Page): Promise<LaidCell[]> {
  return (await page.evaluate(LAY_OUT_CELLS)) as LaidCell[];
}

/** The spans the registry gives the labels of a template, counted from it here. */
function registrySpans(
  version: TemplateVersion,
): Map<string, { rowSpan?: number; colSpan?: number }> {
  const spans = new Map<string, { rowSpan?: number; colSpan?: number }>();
  const { rows, columns, headers, applicantHeader } = templates[version].applications;
  const results = rows.filter((r) => r.role === "result" || r.role === "resultTotal").length;
  for (const row of rows) {
    if (row.role === "heading") spans.set(row.label, { rowSpan: results });
    if (row.role === "group") {
      spans.set(row.label, {
        rowSpan: rows.filter((r) => "parent" in r && r.parent === row.key).length,
      });
    }
  }
  spans.set(applicantHeader.label, { colSpan: columns.length });
  for (const header of headers) {
    spans.set(header.label, {
      colSpan: columns.filter((c) => "header" in c && c.header === header.key).length,
    });
  }
  const review = templates[version].reviewsAndLitigation;
  for (const group of review.groups) spans.set(group.label, { colSpan: review.columns.length });
  for (const header of review.headers) {
    const under = review.groups.filter((g) => "header" in g && g.header === header.key).length;
    spans.set(header.label, { colSpan: under * review.columns.length });
  }
  return spans;
}

/** The edges of the grid's rows and columns, from the cells that span one row or one column. */
function gridEdges(cells: readonly LaidCell[]) {
  const rows = new Map<number, { top: number; bottom: number }>();
  const columns = new Map<number, { left: number; right: number }>();
  for (const cell of cells) {
    if (cell.rowSpan === 1) rows.set(cell.row, { top: cell.box.top, bottom: cell.box.bottom });
    if (cell.colSpan === 1) {
      columns.set(cell.column, { left: cell.box.left, right: cell.box.right });
    }
  }
  return { rows, columns };
}

const reports = publishedReports();

describe.each(reports)("the standalone page of $name in Chromium", ({ name, report, findings }) => {
  let page: Page;
  let cells: LaidCell[];
  const requests: string[] = [];

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.route("**/*", (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const html = toHTML(report, { standalone: true, ...(findings && { findings }) });
    writeFileSync(join(ARTIFACTS, `${name}.html`), html);
    await page.setContent(html, { waitUntil: "load" });
    cells = await cellsOf(page);
  });

  afterAll(async () => {
    await page?.close();
  });

  it("fetches nothing", () => {
    expect(requests).toEqual([]);
  });

  it("draws a border on every side of every cell", () => {
    expect(cells.length).toBeGreaterThan(100);
    const bare = cells.filter((c) => c.borders.some((b) => !/^solid [1-9]/.test(b)));
    expect(bare.map((c) => `${c.text}: ${c.borders.join(", ")}`)).toEqual([]);
  });

  it("keeps every cell's text inside its box", () => {
    expect(cells.filter((c) => c.overflow).map((c) => `${c.table} ${c.text}`)).toEqual([]);
  });

  it("spans each merged cell over exactly the rows and columns the registry gives", () => {
    const spans = registrySpans(report.template);
    const checked = new Set<string>();
    for (const table of new Set(cells.map((c) => c.table))) {
      const inTable = cells.filter((c) => c.table === table);
      const { rows, columns } = gridEdges(inTable);
      for (const cell of inTable) {
        const expected = spans.get(cell.text);
        if (expected?.rowSpan !== undefined) expect(cell.rowSpan, cell.text).toBe(expected.rowSpan);
        if (expected?.colSpan !== undefined) expect(cell.colSpan, cell.text).toBe(expected.colSpan);
        if (expected !== undefined) checked.add(cell.text);
        const first = { row: rows.get(cell.row), column: columns.get(cell.column) };
        const last = {
          row: rows.get(cell.row + cell.rowSpan - 1),
          column: columns.get(cell.column + cell.colSpan - 1),
        };
        // The box starts at its first row and column and ends with its last (borders collapse:
        // a pixel either way).
        expect(Math.abs(cell.box.top - first.row!.top), cell.text).toBeLessThan(1.5);
        expect(Math.abs(cell.box.bottom - last.row!.bottom), cell.text).toBeLessThan(1.5);
        expect(Math.abs(cell.box.left - first.column!.left), cell.text).toBeLessThan(1.5);
        expect(Math.abs(cell.box.right - last.column!.right), cell.text).toBeLessThan(1.5);
      }
    }
    expect([...checked].sort()).toEqual([...spans.keys()].sort());
  });

  it("prints on A4 with table 三's column header on every page the table is on", async () => {
    const file = join(ARTIFACTS, `${name}.page.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const { applications } = templates[report.template];
    const withRows = pagesWithTableThree(pdfPageTexts(file), report.template);
    expect(withRows.length).toBeGreaterThan(0);
    for (const text of withRows) {
      expect(findLabel(text.split("\n"), applications.applicantHeader.label)).toBeGreaterThan(-1);
    }
    tableThreePages.set(name, withRows.length);
    // A4 is 595 × 842 points.
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(pdfInfo(file))!;
    expect([Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([595, 842]);
  });

  it("leaves screenshots: the whole page, and each table on its own", async () => {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"]) {
      const section = page.locator(`section[data-section="${table}"]`);
      if ((await section.count()) === 0) continue;
      await section.screenshot({ path: join(ARTIFACTS, `${name}.${table}.png`) });
    }
  });
});

const tableThreePages = new Map<string, number>();

it("has table 三 cross a printed page in some of them, so that the header check means something", () => {
  expect([...tableThreePages.values()].some((n) => n > 1)).toBe(true);
});

function pdfInfo(file: string): string {
  return execFileSync("pdfinfo", [file], { encoding: "utf8" });
}
