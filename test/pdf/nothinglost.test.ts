/**
 * Nothing is lost: every number a table of the report prints (a cell's digits, each of its
 * whitespace-separated parts) is read into a cell or quoted in a finding, over every committed PDF
 * fixture. Counted as a multiset, each printing once: a number printed three times must be read or
 * quoted three times. A weak check (a `0` lost may be made up for by a `0` quoted twice), but one
 * that no fixture needs to be chosen for: each number the reader drops silently shows.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sourceDocumentOf } from "../../src/pdf/document.js";
import { readPdf } from "../../src/pdf/engine.js";
import { parsePdfReports } from "../../src/pdf.js";
import { classifyGrid, expandGrid } from "../../src/read/gridmap/index.js";
import { fixture } from "./support.js";

const dir = fileURLToPath(new URL("../fixtures/pdf/", import.meta.url));
const files = readdirSync(dir).filter((name) => name.endsWith(".pdf"));

/**
 * Numbers known to be dropped, by fixture (none now: a gap found is fixed or listed here, with
 * why).
 */
const KNOWN: Readonly<Record<string, readonly string[]>> = {};

const tally = (counts: Map<string, number>, text: string, digits: RegExp) => {
  for (const run of text.match(digits) ?? []) counts.set(run, (counts.get(run) ?? 0) + 1);
};

/** The numbers the report's tables print, each cell part once (labels' numbering left out). */
async function printed(name: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const reading = await readPdf(fixture(name));
  if (!reading.ok) return counts;
  for (const block of sourceDocumentOf(reading.pages).blocks) {
    if (block.kind !== "table" || classifyGrid(expandGrid(block.grid)) === undefined) continue;
    for (const row of block.grid.rows) {
      for (const cell of row) {
        for (const part of cell.text.trim().split(/\s+/)) tally(counts, part, /^\d+$/g);
      }
    }
  }
  return counts;
}

/** The numbers read into the three tables' cells or quoted in a finding, over every report. */
async function accounted(name: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const walk = (value: unknown): void => {
    if (typeof value === "number") tally(counts, String(value), /\d+/g);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(walk);
  };
  for (const { report, findings } of await parsePdfReports(fixture(name))) {
    for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"] as const) {
      walk(report?.[table]);
    }
    for (const finding of findings)
      tally(counts, String(finding.actual ?? finding.message), /\d+/g);
  }
  return counts;
}

describe("every number a table prints is read or quoted", () => {
  it.each(files)(
    "%s",
    async (name) => {
      const [shown, read] = await Promise.all([printed(name), accounted(name)]);
      const lost = [...shown].flatMap(([number, times]) =>
        Array.from({ length: Math.max(0, times - (read.get(number) ?? 0)) }, () => number),
      );
      expect(lost.sort()).toEqual([...(KNOWN[name] ?? [])].sort());
    },
    60_000,
  );
});
