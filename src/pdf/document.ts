/**
 * Pages → {@link SourceDocument}: on each page the tables drawn with ruling lines are read from
 * their lines and the rest of its text is read as lines; page furniture is dropped; tables printed
 * without borders are found among the lines by their positions; a table cut by a page break is
 * joined again; prose lines become paragraphs. Blocks come in reading order, top to bottom, page
 * after page.
 *
 * @module
 */
import type { Block, SourceDocument } from "../read/grid.js";
import { agreedGaps } from "./align.js";
import { withoutFurniture } from "./furniture.js";
import type { PageContent } from "./geometry.js";
import { latticeTables } from "./lattice.js";
import { type Line, linesOf } from "./lines.js";
import { linePitch, type ProseLine, paragraphsOf } from "./paragraphs.js";
import { streamTables } from "./stream.js";
import { continues, fillCells, gridOf, joinTables, type TableBox } from "./tables.js";

/** A page's content in reading order: its tables and prose lines, top to bottom. */
type Item =
  | { readonly kind: "table"; table: TableBox }
  | { readonly kind: "line"; readonly line: Line };

interface PageItems {
  readonly items: readonly Item[];
  readonly left: number;
  readonly right: number;
  readonly pitch: number;
}

/** A page's tables drawn with ruling lines, filled, and the lines of the rest of its text. */
function latticePage(page: PageContent): { tables: TableBox[]; lines: Line[] } {
  const tables: TableBox[] = [];
  let runs = page.runs;
  for (const lattice of latticeTables(page.segments)) {
    const { table, used } = fillCells(lattice.cells, runs);
    tables.push(table);
    runs = runs.filter((run) => !used.has(run));
  }
  return { tables, lines: linesOf(runs) };
}

function pageItems(tables: readonly TableBox[], lines: readonly Line[]): PageItems {
  const items: Item[] = [
    ...tables.map((table): Item => ({ kind: "table", table })),
    ...lines.map((line): Item => ({ kind: "line", line })),
  ];
  const topOf = (item: Item) => (item.kind === "table" ? item.table.top : item.line.top);
  items.sort((a, b) => topOf(a) - topOf(b));
  return {
    items,
    left: Math.min(...lines.map((line) => line.x0)),
    right: Math.max(...lines.map((line) => line.x1)),
    pitch: linePitch(lines),
  };
}

/**
 * Whether a table's part on the next page stands in the same columns: each of its guessed edges
 * agrees with one of the first part's, and it has as many (a value in every column).
 */
function sameColumns(upper: TableBox, lower: TableBox): boolean {
  const count = lower.gaps?.length ?? 0;
  return (
    count > 0 && upper.gaps?.length === count && agreedGaps(upper, lower).gaps.length === count
  );
}

/**
 * How many lines open a page before its first table, repeating the last lines of prose printed
 * just above the table before (a table's header lines repeated on each page, read as prose): 0
 * when the page opens otherwise.
 */
function repeatedLines(items: readonly Item[], before: readonly string[]): number {
  const count = items.findIndex((item) => item.kind === "table");
  if (count <= 0 || count > before.length) return 0;
  const tail = before.slice(before.length - count);
  const same = items
    .slice(0, count)
    .every((item, i) => item.kind === "line" && item.line.text === tail[i]);
  return same ? count : 0;
}

/**
 * The pages of a PDF as a source document: paragraphs and tables in reading order.
 *
 * @param pages - Each page's text runs and ruling lines ({@link readPdf}).
 * @example
 * ```ts
 * const reading = await readPdf(bytes);
 * if (reading.ok) sourceDocumentOf(reading.pages).blocks[0]; // { kind: 'text', text: '淮安市洪泽区人民政府' }
 * ```
 */
export function sourceDocumentOf(pages: readonly PageContent[]): SourceDocument {
  const read = pages.map(latticePage);
  const prose = withoutFurniture(
    read.map((page, index) => ({ height: pages[index]?.height ?? 0, lines: page.lines })),
  );
  const laidOut = read.map((page, index) => {
    const found = streamTables(prose[index] ?? []);
    return pageItems([...page.tables, ...found.tables], found.lines);
  });
  const blocks: Block[] = [];
  let pending: ProseLine[] = [];
  let table: TableBox | undefined;
  // The prose a pending table of lone rows ({@link TableBox.alone}) is, if no table joins it.
  let held: ProseLine[] = [];
  const flushProse = () => {
    for (const text of paragraphsOf(pending)) blocks.push({ kind: "text", text });
    pending = [];
  };
  const flushTable = () => {
    if (table?.alone !== undefined) pending.push(...held);
    else if (table !== undefined) blocks.push({ kind: "table", grid: gridOf(table) });
    table = undefined;
    held = [];
  };
  // The prose lines just before the pending table: a page going on with the table may repeat
  // them above its part (header lines the stream reader took for prose).
  let before: readonly string[] = [];
  for (const page of laidOut) {
    const skip = table === undefined ? 0 : repeatedLines(page.items, before);
    const proseOf = (line: Line, index: number, afterTable: boolean): ProseLine => ({
      line,
      left: page.left,
      right: page.right,
      pitch: page.pitch,
      afterTable,
      pageStart: index === 0,
    });
    page.items.forEach((item, index) => {
      // Lines repeating the ones above the table's part on the page before, then a part of it.
      if (index < skip) return;
      if (item.kind === "line") {
        const afterTable = table !== undefined && table.alone === undefined;
        flushTable();
        pending.push(proseOf(item.line, index, afterTable));
        return;
      }
      const next = item.table;
      const lone = (next.alone ?? []).map((line, i) => proseOf(line, index + i, false));
      // A table opening a page continues the table that closed the page before. A part of lone
      // rows, whose columns are only where their own values stand, joins (or is joined) only in
      // the same columns; parts of lone rows alone stay lone, and are prose if nothing joins them.
      if (index === skip && table !== undefined && continues(table, next)) {
        const lonely = table.alone !== undefined || next.alone !== undefined;
        if (!lonely || sameColumns(table, next)) {
          const both = table.alone !== undefined && next.alone !== undefined;
          const joined = joinTables(table, next);
          table = both
            ? { ...joined, alone: [...(table.alone ?? []), ...(next.alone ?? [])] }
            : joined;
          held = both ? [...held, ...lone] : [];
          return;
        }
      }
      if (index === skip && skip > 0) {
        // Not the same table after all: the lines it repeated are prose of this page.
        flushTable();
        page.items.slice(0, skip).forEach((line, i) => {
          if (line.kind === "line") pending.push(proseOf(line.line, i, false));
        });
      }
      flushTable();
      before = pending.map((prose) => prose.line.text);
      flushProse();
      table = next;
      held = lone;
    });
  }
  flushProse();
  flushTable();
  return { blocks };
}
