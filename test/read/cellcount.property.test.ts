/**
 * A row with one cell too few or too many (a blank `<td>` dropped, an empty one added) is one
 * row's problem: no number is read into a cell where it does not stand. Property over Shanghai
 * 2019's page (many cells printed blank) and consistent reports, rendered by `toHTML`, the table
 * printed whole or cut in two before any row (a page break: the second part without its header),
 * any row losing or gaining one cell. The oracle knows only the page: each `<td>` carries its
 * cell's path (`data-path`), so a value read is right when it is the report's, or, in the changed
 * row, the one now standing under that cell's header (where a reader of the page sees it). A cell
 * may be read blank or left out (the row quoted); it may never hold another cell's number.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHTML, type Report, toHTML } from "../../src/index.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { consistentReport } from "../support/arbitraries.js";
import { cellsOf } from "../support/cells.js";

const RUNS = Number(process.env.CELL_COUNT_RUNS ?? 150);

/** The page's rows, each with where it stands and its value cells (path and text). */
function rowsOf(html: string) {
  return [...html.matchAll(/<tr>.*?<\/tr>/gs)].map((row) => ({
    text: row[0],
    index: row.index,
    cells: [...row[0].matchAll(/<td[^>]*data-path="([^"]*)"[^>]*>(.*?)<\/td>/gs)].map((td) => ({
      path: td[1]!,
      text: td[2]!,
      from: td.index,
      to: td.index + td[0].length,
    })),
  }));
}

/** A cell's text as `cellsOf` gives a cell's value: blank is `null`, a number bare. */
const asRead = (text: string) => {
  const trimmed = text.trim();
  if (trimmed === "") return "null";
  return /^\d+(\.\d+)?$/.test(trimmed) ? trimmed : JSON.stringify(trimmed);
};

const page = fc.oneof(
  { weight: 2, arbitrary: fc.constant(shanghai2019Report as Report) },
  { weight: 1, arbitrary: consistentReport() },
);

describe("a row with a cell too few or too many", () => {
  it("never reads a number into a cell it does not stand in", () => {
    fc.assert(
      fc.property(
        page,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom("drop", "add"),
        (report, cutPick, rowPick, cellPick, change) => {
          let html = toHTML(report);
          // Cut the table before a row with values (none when the pick lands past the rows).
          const valued = rowsOf(html).filter((row) => row.cells.length > 0);
          const cut = valued[cutPick % (valued.length + 1)];
          if (cut !== undefined) {
            html = `${html.slice(0, cut.index)}</table><p>续表</p><table>${html.slice(cut.index)}`;
          }
          const rows = rowsOf(html).filter((row) => row.cells.length > 1);
          const row = rows[rowPick % rows.length]!;
          const at = cellPick % (row.cells.length - (change === "drop" ? 1 : 0));
          const cell = row.cells[at]!;
          const texts = row.cells.map((c) => c.text);
          let changed: string;
          if (change === "drop") {
            changed = row.text.slice(0, cell.from) + row.text.slice(cell.to);
            texts.splice(at, 1);
          } else {
            changed = `${row.text.slice(0, cell.to)}<td></td>${row.text.slice(cell.to)}`;
            texts.splice(at + 1, 0, "");
          }
          const mutated =
            html.slice(0, row.index) + changed + html.slice(row.index + row.text.length);
          // Under each header of the changed row, the text now standing there.
          const seen = new Map(row.cells.map((c, i) => [c.path, asRead(texts[i] ?? "")]));
          const expected = cellsOf(report);
          const read = cellsOf(parseHTML(mutated).report);
          const wrong = [...expected].flatMap(([path, value]) => {
            const got = read.get(path);
            if (got === undefined || got === "null" || got === value || seen.get(path) === got) {
              return [];
            }
            return [`${path}: ${got}, not ${value}`];
          });
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
