/**
 * A Word table (`w:tbl`) as a {@link Grid}: its rows (`w:tr`) and cells (`w:tc`) as printed,
 * merged cells written once with their spans.
 *
 * - `w:gridSpan` is the cell's column span.
 * - `w:vMerge`: a cell marked `restart` opens a vertical merge; each cell marked as continuing it
 *   (below, at the same grid column) is removed and adds a row to the opening cell's span. Text in a
 *   continuing cell (Word hides it) is appended to the opening cell, never lost.
 * - `w:hMerge` (the older horizontal merge) joins a continuing cell to the cell before it.
 * - `w:gridBefore` / `w:gridAfter` (grid columns a row leaves out) become an empty cell spanning
 *   them, so that every row starts at the table's first column.
 * - A table nested in a cell is a grid of its own, after its table; the cell keeps its paragraphs.
 *   But a table whose cells hold the report's tables is a page's frame (a web page pasted into
 *   Word, its menu | its article): its cells' content is read as blocks in order, as HTML's is.
 * - A deleted row or cell (tracked change) is dropped, as the table reads with its changes accepted.
 * - A grid column too narrow to hold text (a border dragged a little off in some rows) is dropped
 *   when no cell holds text in it alone: the cells spanning it span one column fewer.
 *
 * A table that Word prints across pages is one `w:tbl`; a table typed as several (split by page
 * breaks) stays several grids: the mapper joins grids that continue one another.
 *
 * @module
 */
import type { Block, Grid, GridCell } from "../read/grid.js";
import type { Element } from "../read/markup.js";
import { tick } from "../text/meter.js";
import { alternative, MAX_DEPTH, type ReadContext } from "./context.js";
import {
  elements,
  integerAttribute,
  isOn,
  type Prefixes,
  wordAttribute,
  wordChild,
  wordName,
} from "./xml.js";

/** Elements that wrap rows or cells without being one (content controls, custom XML, edits). */
const WRAPPERS = new Set(["sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"]);

/** A cell while its table is read: its span grows as continuing cells below are merged into it. */
interface OpenCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  /** The grid column it starts at. */
  readonly column: number;
}

// A grid column narrower than this (twips; 0.35 cm) holds no text: Word's cell margins alone take
// 0.19 cm a side. Such slivers come of borders dragged a little off their column's in some rows.
const SLIVER = 200;

/** The widths of the table's grid columns (`w:tblGrid`'s `w:gridCol`), in twips. */
function gridWidths(table: Element, prefixes: Prefixes, context: ReadContext): number[] {
  const grid = wordChild(table, prefixes, "tblGrid");
  if (grid === undefined) return [];
  tick(context.meter, table.children.length + grid.children.length);
  return elements(grid)
    .filter((column) => wordName(column, prefixes) === "gridCol")
    .map((column) => Number(wordAttribute(column, prefixes, "w") ?? Number.NaN));
}

/**
 * The rows without the table's sliver columns ({@link SLIVER}) that no cell holds text in alone: a
 * cell spanning one spans one column fewer, an empty cell in it alone is dropped. A border dragged
 * a little off its column in the data rows (or a narrow empty cell left of a split) makes a column
 * of its own that the header rows span: its rows then had one cell more than the header has
 * columns, and the table's columns went unread.
 */
function withoutSlivers(rows: readonly OpenCell[][], widths: readonly number[]): OpenCell[][] {
  const slivers = new Set(
    widths.flatMap((width, column) => (width >= 0 && width < SLIVER ? [column] : [])),
  );
  if (slivers.size === 0 || slivers.size === widths.length) return [...rows];
  for (const row of rows) {
    for (const cell of row) {
      if (cell.colSpan === 1 && cell.text.trim() !== "") slivers.delete(cell.column);
    }
  }
  if (slivers.size === 0) return [...rows];
  return rows.map((row) =>
    row.flatMap((cell) => {
      let spanned = 0;
      for (let column = cell.column; column < cell.column + cell.colSpan; column++) {
        if (slivers.has(column)) spanned++;
      }
      if (spanned === 0) return [cell];
      if (spanned === cell.colSpan) return [];
      return [{ ...cell, colSpan: cell.colSpan - spanned }];
    }),
  );
}

/** The elements named `local` inside `container`, through content controls and the like. */
function collect(
  container: Element,
  local: string,
  prefixes: Prefixes,
  depth: number,
  out: Element[],
  context: ReadContext,
): Element[] {
  if (depth > MAX_DEPTH) return out;
  for (const child of elements(container)) {
    tick(context.meter, 1);
    const name = wordName(child, prefixes);
    if (name === local) out.push(child);
    else if (WRAPPERS.has(name)) collect(child, local, prefixes, depth + 1, out, context);
    else if (name === "mc:AlternateContent") {
      const branch = alternative(child, prefixes);
      if (branch) collect(branch, local, prefixes, depth + 1, out, context);
    }
  }
  return out;
}

function property(
  owner: Element,
  prefixes: Prefixes,
  properties: string,
  local: string,
): Element | undefined {
  const found = wordChild(owner, prefixes, properties);
  return found && wordChild(found, prefixes, local);
}

/** How many children the properties element `properties` of `owner` has (0 without one). */
function childCount(owner: Element, prefixes: Prefixes, properties: string): number {
  return wordChild(owner, prefixes, properties)?.children.length ?? 0;
}

/** A grid-column count (`w:gridSpan`, `w:gridBefore`): a positive integer, else `fallback`. */
function count(element: Element | undefined, prefixes: Prefixes, fallback: number): number {
  const value = integerAttribute(element, prefixes);
  return value !== undefined && value > 0 ? value : fallback;
}

/** `restart`, `continue` or `undefined` for a `w:vMerge` / `w:hMerge` property. */
function merge(element: Element | undefined, prefixes: Prefixes): string | undefined {
  if (element === undefined) return undefined;
  return wordAttribute(element, prefixes, "val") === "restart" ? "restart" : "continue";
}

const joinText = (above: string, below: string) =>
  below === "" ? above : above === "" ? below : `${above}\n${below}`;

function gridCell(cell: OpenCell): GridCell {
  return {
    text: cell.text,
    ...(cell.rowSpan > 1 && { rowSpan: cell.rowSpan }),
    ...(cell.colSpan > 1 && { colSpan: cell.colSpan }),
  };
}

/**
 * The table as a grid block, followed by the grids of the tables nested in its cells; or, when
 * tables are nested in it (a page's frame), its cells' blocks in order.
 *
 * @example
 * ```ts
 * // <w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>…一…</w:tc>…</w:tr>
 * //        <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>…</w:tc>…</w:tr></w:tbl>
 * readTable(table, context, 0)[0]; // { kind: 'table', grid: { rows: [[{ text: '一', rowSpan: 2 }, …], […]] } }
 * ```
 */
export function readTable(table: Element, context: ReadContext, depth: number): Block[] {
  const { prefixes } = context;
  const nested: Block[] = [];
  // Every cell's blocks in reading order, for a table that turns out to be a frame.
  const inOrder: Block[] = [];
  const rows: OpenCell[][] = [];
  // The cells whose vertical merge may go on in the next row, by the grid column they start at.
  let open = new Map<number, OpenCell>();
  // Whether a cell was deleted: the grid's columns (`w:tblGrid`) are then no longer the cells'.
  let cellsDeleted = false;
  for (const row of collect(table, "tr", prefixes, depth + 1, [], context)) {
    // Three property lookups, each a search of the row's children and of its properties'.
    tick(context.meter, 3 * (row.children.length + childCount(row, prefixes, "trPr")));
    if (isOn(property(row, prefixes, "trPr", "del"), prefixes)) continue;
    const cells: OpenCell[] = [];
    const next = new Map<number, OpenCell>();
    let column = 0;
    // The cell the last grid column read belongs to: this row's, or one merged down from above.
    let previous: OpenCell | undefined;
    const skipped = (columns: number) => {
      if (columns === 0) return;
      cells.push({ text: "", rowSpan: 1, colSpan: columns, column });
      column += columns;
    };
    skipped(count(property(row, prefixes, "trPr", "gridBefore"), prefixes, 0));
    for (const cell of collect(row, "tc", prefixes, depth + 1, [], context)) {
      tick(context.meter, 4 * (cell.children.length + childCount(cell, prefixes, "tcPr")));
      // A deleted cell (tracked: a column deleted cell by cell) is gone once changes are accepted.
      if (property(cell, prefixes, "tcPr", "cellDel") !== undefined) {
        cellsDeleted = true;
        continue;
      }
      const span = count(property(cell, prefixes, "tcPr", "gridSpan"), prefixes, 1);
      const vertical = merge(property(cell, prefixes, "tcPr", "vMerge"), prefixes);
      const horizontal = merge(property(cell, prefixes, "tcPr", "hMerge"), prefixes);
      const text: string[] = [];
      for (const block of context.readBlocks(cell, depth + 1)) {
        inOrder.push(block);
        if (block.kind === "text") text.push(block.text);
        else nested.push(block);
      }
      const content = text.join("\n");
      tick(context.meter, 2 * content.length);
      const above = open.get(column);
      if (horizontal === "continue" && previous !== undefined) {
        // A cell of this row grows; one merged down from above (`w:hMerge` and `w:vMerge` on one
        // block) spans its columns from the row that opened it.
        if (previous.rowSpan === 1) previous.colSpan += span;
        previous.text = joinText(previous.text, content);
      } else if (vertical === "continue" && above !== undefined) {
        above.rowSpan += 1;
        above.text = joinText(above.text, content);
        next.set(column, above);
        previous = above;
      } else {
        const opened: OpenCell = { text: content, rowSpan: 1, colSpan: span, column };
        cells.push(opened);
        // A continuing cell with nothing above it opens the merge (as Word displays it).
        if (vertical !== undefined) next.set(column, opened);
        previous = opened;
      }
      column += span;
    }
    skipped(count(property(row, prefixes, "trPr", "gridAfter"), prefixes, 0));
    open = next;
    rows.push(cells);
  }
  // No table of a report holds another: one that does frames a page.
  if (nested.length > 0) return inOrder;
  const kept = cellsDeleted ? rows : withoutSlivers(rows, gridWidths(table, prefixes, context));
  const grid: Grid = { rows: kept.map((cells) => cells.map(gridCell)) };
  return [{ kind: "table", grid }, ...nested];
}
