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
import { withoutFurniture } from "./furniture.js";
import type { PageContent } from "./geometry.js";
import { latticeTables } from "./lattice.js";
import { type Line, linesOf } from "./lines.js";
import { linePitch, type ProseLine, paragraphsOf } from "./paragraphs.js";
import { streamTables } from "./stream.js";
import { agreedGaps } from "./align.js";
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
  return count > 0 && upper.gaps?.length === count && agreedGaps(upper, lower).gaps.length === count;
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
  const flushProse = () => {
    for (const text of paragraphsOf(pending)) blocks.push({ kind: "text", text });
    pending = [];
  };
  const flushTable = () => {
    if (table !== undefined) blocks.push({ kind: "table", grid: gridOf(table) });
    table = undefined;
  };
  for (const page of laidOut) {
    const proseLine = (line: Line, index: number) => {
      const afterTable = table !== undefined;
      flushTable();
      pending.push({
        line,
        left: page.left,
        right: page.right,
        pitch: page.pitch,
        afterTable,
        pageStart: index === 0,
      });
    };
    page.items.forEach((item, index) => {
      if (item.kind === "line") {
        proseLine(item.line, index);
        return;
      }
      // A table opening a page continues the table that closed the page before.
      const joined = index === 0 && table !== undefined && continues(table, item.table);
      const alone = item.table.alone;
      if (alone !== undefined && !(joined && table !== undefined && sameColumns(table, item.table))) {
        // One row whose columns are only where its own values stand: a table only as the rest of
        // the table before it, in the columns of that table; else its lines are prose.
        alone.forEach((line, i) => proseLine(line, index + i));
        return;
      }
      if (joined && table !== undefined) {
        table = joinTables(table, item.table);
        return;
      }
      flushProse();
      flushTable();
      table = item.table;
    });
  }
  flushProse();
  flushTable();
  return { blocks };
}
