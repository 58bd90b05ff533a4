/**
 * One row's label lost (format-spec D3: the label cell printed blank) is one cause: one finding,
 * and no other row read differently. Property over consistent reports rendered as pipe text
 * (`toMarkdown`), as the same text with cells set apart by spaces (a PDF's text) and as flat
 * HTML tables, any row with a label and a number losing its label. The oracle compares the reading
 * with the unchanged text's, row by row; it knows nothing of the readers. The row whose label was
 * lost is absent, or read by order where a group's count leaves one reading (PARSE_ROWS_BY_ORDER).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ParseResult, parseHTML, parseText, toMarkdown } from "../../src/index.js";
import { consistentReport } from "../support/arbitraries.js";
import { pipeTextAsHTML, spaced } from "./support.js";

const RUNS = Number(process.env.LOST_LABEL_RUNS ?? 60);

/** The pipe rows whose first cell is a label (not a number) and that print a number. */
function labelledRows(lines: readonly string[]): number[] {
  return lines.flatMap((line, index) => {
    if (!line.startsWith("| ")) return [];
    const cells = line
      .slice(1, -1)
      .split("|")
      .map((cell) => cell.trim());
    return /^\D/.test(cells[0]!) && cells.slice(1).some((cell) => /\d/.test(cell)) ? [index] : [];
  });
}

/** Every table row of a reading, as `table.row` → its cells in JSON. */
function rowsRead(result: ParseResult): Map<string, string> {
  const rows = new Map<string, string>();
  const report = (result.report ?? {}) as unknown as Record<string, Record<string, unknown>>;
  for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"]) {
    for (const [row, cells] of Object.entries(report[table] ?? {})) {
      rows.set(`${table}.${row}`, JSON.stringify(cells));
    }
  }
  return rows;
}

const readers: [string, (text: string) => ParseResult][] = [
  ["parseText", parseText],
  ["parseText (cells set apart by spaces)", (text) => parseText(spaced(text))],
  ["parseHTML (flat tables)", (text) => parseHTML(pipeTextAsHTML(text))],
];

describe.each(readers)("a row's label lost, through %s", (_, read) => {
  it("gives one finding, and every other row reads as before", () => {
    fc.assert(
      fc.property(consistentReport(), fc.nat(), (report, pick) => {
        const lines = toMarkdown(report).split("\n");
        const rows = labelledRows(lines);
        const at = rows[pick % rows.length]!;
        const changed = [...lines];
        changed[at] = changed[at]!.replace(/^\|[^|]*\|/, "|  |");
        const before = read(lines.join("\n"));
        const after = read(changed.join("\n"));
        expect(after.findings.length - before.findings.length).toBe(1);
        const [was, now] = [rowsRead(before), rowsRead(after)];
        // Rows that differ: at most the one whose label was lost, and only by being absent or
        // blank-less (its cells gone), never by other values.
        const differ = [...was.keys()].filter((row) => was.get(row) !== now.get(row));
        expect(differ.length).toBeLessThanOrEqual(1);
        for (const row of differ) expect(now.get(row) ?? "{}").toBe("{}");
      }),
      { numRuns: RUNS },
    );
  });
});
