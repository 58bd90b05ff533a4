/** Fixtures and helpers for the PDF reader's tests. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Parser } from "htmlparser2";
import { fromJSON, type ParseResult } from "../../src/index.js";
import { sourceDocumentOf } from "../../src/pdf/document.js";
import { readPdf } from "../../src/pdf/engine.js";
import type { Segment, TextRun } from "../../src/pdf/geometry.js";
import { type Line, lineOf } from "../../src/pdf/lines.js";
import { parsePdf } from "../../src/pdf.js";
import type { Block, SourceDocument } from "../../src/read/grid.js";
import { seedReport } from "../fixtures/seed-report.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { distinctValues } from "../system/support.js";

const dir = fileURLToPath(new URL("../fixtures/pdf/", import.meta.url));

/** A fixture's bytes (a fresh copy each time). */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${dir}${name}`));
}

/**
 * A print of the seed report with distinct values (`distinctValues(seedReport, options)`) read by
 * parsePdf and compared cell by cell with it; `unsaid` are the absent cells no finding covers (its
 * own, its row's or its table's), which should be none: a cell not read is said.
 */
export async function readDistinct(
  name: string,
  options: Parameters<typeof distinctValues>[1] = {},
) {
  const result = await parsePdf(fixture(name));
  const expected = cellsOf(fromJSON(distinctValues(seedReport, options)).report);
  const { right, wrong, absent } = compareCells(cellsOf(result.report), expected);
  const said = (path: string) =>
    result.findings.some((f) => f.path.length > 0 && path.startsWith(f.path.join(".")));
  return { result, right, wrong, absent, unsaid: absent.filter((path) => !said(path)) };
}

/** A fixture's JSON beside it. */
export function fixtureJSON<T>(name: string): T {
  return JSON.parse(readFileSync(`${dir}${name}`, "utf8")) as T;
}

/**
 * A fixture's report read against the cells printed in it (its `.expected.json` beside it, as
 * scripts/wk-hunt.ts writes them): right, wrong and absent cells.
 */
export function comparedToPrinted(report: ParseResult["report"], name: string) {
  return compareCells(
    cellsOf(report),
    new Map(Object.entries(fixtureJSON<Record<string, string>>(`${name}.expected.json`))),
  );
}

/** A fixture's pages as the engine reads them (fails the test on an unreadable fixture). */
export async function pagesOf(name: string) {
  const reading = await readPdf(fixture(name));
  if (!reading.ok) throw new Error(`${name}: ${reading.reason}: ${reading.detail}`);
  return reading.pages;
}

/** A fixture read into a source document. */
export async function documentOf(name: string): Promise<SourceDocument> {
  return sourceDocumentOf(await pagesOf(name));
}

/** Text without its blanks: what the tests compare, since a PDF carries no exact spacing. */
export const squeeze = (text: string): string => text.replace(/\s+/g, "");

/** A block with its texts squeezed, to compare. */
export function squeezed(block: Block): unknown {
  if (block.kind === "text") return { kind: "text", text: squeeze(block.text) };
  if (block.kind === "image") return block;
  return {
    kind: "table",
    rows: block.grid.rows.map((row) =>
      row.map((cell) => ({
        text: squeeze(cell.text),
        rowSpan: cell.rowSpan ?? 1,
        colSpan: cell.colSpan ?? 1,
      })),
    ),
  };
}

/**
 * The blocks an HTML page holds, read with htmlparser2: each `h1`, `h2` and `p` a text block, each
 * table a grid of its `th`/`td` cells with their spans. Enough for `toHTML`'s markup, which has no
 * nesting beyond that.
 */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let text: string | undefined;
  let rows: { text: string; rowSpan?: number; colSpan?: number }[][] | undefined;
  let cell: { text: string; rowSpan?: number; colSpan?: number } | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === "h1" || name === "h2" || name === "p") text = "";
      else if (name === "table") rows = [];
      else if (name === "tr") rows?.push([]);
      else if (name === "td" || name === "th") {
        const rowSpan = Number(attributes["rowspan"] ?? 1);
        const colSpan = Number(attributes["colspan"] ?? 1);
        cell = { text: "", ...(rowSpan > 1 && { rowSpan }), ...(colSpan > 1 && { colSpan }) };
        rows?.[rows.length - 1]?.push(cell);
      }
    },
    ontext(data) {
      if (cell !== undefined) cell.text += data;
      else if (text !== undefined) text += data;
    },
    onclosetag(name) {
      if ((name === "h1" || name === "h2" || name === "p") && text !== undefined) {
        blocks.push({ kind: "text", text });
        text = undefined;
      } else if (name === "td" || name === "th") cell = undefined;
      else if (name === "table" && rows !== undefined) {
        blocks.push({ kind: "table", grid: { rows } });
        rows = undefined;
      }
    },
  });
  parser.write(html);
  parser.end();
  return blocks;
}

/** A run of text for unit tests: horizontal, 12 points unless told, its box from its place. */
export function run(
  text: string,
  x0: number,
  top: number,
  options: Partial<TextRun> = {},
): TextRun {
  const size = options.size ?? 12;
  return {
    text,
    x0,
    x1: options.x1 ?? x0 + [...text].length * size,
    top,
    bottom: options.bottom ?? top + size,
    size,
    vertical: options.vertical ?? false,
  };
}

/** A line of one run, for unit tests. */
export function line(text: string, x0: number, top: number, options: Partial<TextRun> = {}): Line {
  return lineOf([run(text, x0, top, options)]);
}

/** A horizontal ruling line at `y` from `x0` to `x1`. */
export const h = (y: number, x0: number, x1: number): Segment => ({ x0, x1, top: y, bottom: y });

/** A vertical ruling line at `x` from `top` to `bottom`. */
export const v = (x: number, top: number, bottom: number): Segment => ({
  x0: x,
  x1: x,
  top,
  bottom,
});

/** `start`, then `start` plus each running sum of `steps` (a grid's lines from its widths). */
export function runningSums(start: number, steps: readonly number[]): number[] {
  const sums = [start];
  for (const step of steps) sums.push((sums[sums.length - 1] ?? 0) + step);
  return sums;
}
