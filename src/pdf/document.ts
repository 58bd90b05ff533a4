/**
 * Pages → {@link SourceDocument}: on each page the tables drawn with ruling lines are read from
 * their lines and the rest of its text is read as lines; page furniture is dropped; tables printed
 * without borders are found among the lines by their positions; a table cut by a page break is
 * joined again; prose lines become paragraphs. Blocks come in reading order, top to bottom, page
 * after page.
 *
 * @module
 */
import { type Block, pictureBlock, type SourceDocument } from "../read/grid.js";
import { append, least, most } from "../text/lists.js";
import { agreedGaps } from "./align.js";
import { isPageNumber, withoutDrawnPageNumbers, withoutFurniture } from "./furniture.js";
import type { Box, PageContent } from "./geometry.js";
import { type LatticeTable, latticeTables } from "./lattice.js";
import { letterSpacedPage } from "./letterspacing.js";
import { type Line, linesOf } from "./lines.js";
import { linePitch, type ProseLine, paragraphsOf } from "./paragraphs.js";
import { tablePictures } from "./pictures.js";
import { withMarksPlaced } from "./raised.js";
import { sidesOfRowRules } from "./rowrules.js";
import { HEADER_LINES, streamTables } from "./stream.js";
import { withStrikesRead } from "./struck.js";
import {
  continues,
  figureWidths,
  fillCells,
  gridOf,
  holdsNoLabel,
  inOneCell,
  joinTables,
  labelsGoingOn,
  type TableBox,
} from "./tables.js";

/**
 * A page's content in reading order: its tables, prose lines and pictures that may be tables
 * (pictures.ts; only in a reading that asked for them), top to bottom.
 */
type Item =
  | { readonly kind: "table"; table: TableBox }
  | { readonly kind: "line"; readonly line: Line }
  | { readonly kind: "picture"; readonly box: Box };

interface PageItems {
  readonly items: readonly Item[];
  /**
   * The page opens inside a table read with the page before, one drawing with it
   * ({@link pageStreams}): its first table is another one, not that table's next part.
   */
  readonly inside: boolean;
  readonly left: number;
  readonly right: number;
  readonly pitch: number;
}

/** A page's ruled tables and its text. */
interface LatticedPage {
  readonly page: PageContent;
  readonly lattices: readonly LatticeTable[];
}

/**
 * The last ruled table of a page when the page break cut it: no line closes its bottom, the next
 * page opens with a ruled table no line opens (its part continued there, before any text but a
 * page number), and no other table stands below it. Undefined otherwise: a table drawn without a
 * bottom line is no cut one.
 */
function cutAtPageEnd(
  here: LatticedPage,
  next: LatticedPage | undefined,
): LatticeTable | undefined {
  const last = here.lattices.at(-1);
  const first = next?.lattices[0];
  if (last?.openBelow === undefined || first?.openAbove !== true || next === undefined) {
    return undefined;
  }
  const above = next.page.runs.filter((run) => run.bottom <= first.top + SNAP_TOP);
  return linesOf(above).every((line) => isPageNumber(line.text)) ? last : undefined;
}

// A run of the next page ending this far into its first table's top still stands above it.
const SNAP_TOP = 2;

/**
 * A page's tables drawn with ruling lines, filled, and the lines of the rest of its text. The
 * table the page break cut (`cut`, {@link cutAtPageEnd}) takes the lines printed just below the
 * cut, as long as nothing but a page number stands below them.
 */
function latticePage(
  { page, lattices }: LatticedPage,
  cut: LatticeTable | undefined,
  figures: ReadonlyMap<string, number>,
): { tables: TableBox[]; lines: Line[] } {
  const tables: TableBox[] = [];
  let runs = page.runs;
  // Whether the numbers in the page's cells are letter-spaced (`1 1` for 11): told by the page.
  const spaced = letterSpacedPage(runs, (run) =>
    lattices.some((lattice) => inOneCell(run, lattice.cells)),
  );
  for (const lattice of lattices) {
    const openBelow = lattice === cut ? lattice.openBelow : undefined;
    let filled = fillCells(lattice.cells, runs, openBelow, spaced, figures);
    let cutHere = lattice === cut;
    if (cutHere) {
      const below = runs.filter((run) => !filled.used.has(run) && run.top > lattice.bottom);
      // Text below it but a page number: the page goes on after the table, which no break cut.
      if (!linesOf(below).every((line) => isPageNumber(line.text))) {
        filled = fillCells(lattice.cells, runs, undefined, spaced, figures);
        cutHere = false;
      }
    }
    const { used } = filled;
    const table = {
      ...filled.table,
      ...(lattice.acrossOnly === true && { acrossOnly: true }),
      ...(cutHere && { cutBelow: true }),
    };
    // A ruled row alone is its lines again unless it continues a table in its columns.
    tables.push(
      lattice.single === true ? { ...table, alone: linesOf([...used]), drawn: true } : table,
    );
    runs = runs.filter((run) => !used.has(run));
  }
  return { tables, lines: linesOf(runs) };
}

function pageItems(
  tables: readonly TableBox[],
  lines: readonly Line[],
  pictures: readonly Box[],
  inside: boolean,
): PageItems {
  const items: Item[] = [
    ...tables.map((table): Item => ({ kind: "table", table })),
    ...lines.map((line): Item => ({ kind: "line", line })),
    ...pictures.map((box): Item => ({ kind: "picture", box })),
  ];
  const topOf = (item: Item) =>
    item.kind === "table" ? item.table.top : item.kind === "line" ? item.line.top : item.box.top;
  items.sort((a, b) => topOf(a) - topOf(b));
  return {
    items,
    left: least(lines.map((line) => line.x0)),
    right: most(lines.map((line) => line.x1)),
    pitch: linePitch(lines),
    inside,
  };
}

/**
 * Whether a table's part on the next page stands in the same columns: each of its guessed edges
 * agrees with one of the first part's, and it has as many (a value in every column).
 */
function sameColumns(upper: TableBox, lower: TableBox): boolean {
  if (lower.drawn === true) return drawnUnder(upper, lower);
  const count = lower.gaps?.length ?? 0;
  return (
    count > 0 && upper.gaps?.length === count && agreedGaps(upper, lower).gaps.length === count
  );
}

/**
 * Whether a ruled row stands in the columns of the table above: each of its cells has the left
 * and right edges of a cell closing that table, so that every value keeps its column.
 */
function drawnUnder(upper: TableBox, lower: TableBox): boolean {
  if (upper.alone !== undefined) return false;
  const closing = upper.cells.filter((cell) => Math.abs(cell.bottom - upper.bottom) <= SIDE_SLACK);
  const near = (a: number, b: number) => Math.abs(a - b) <= SIDE_SLACK;
  return lower.cells.every((cell) =>
    closing.some((above) => near(above.x0, cell.x0) && near(above.x1, cell.x1)),
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
 * The lines of a page printed beside its first table, left of it, where the table before (on the
 * page before) stands wider: the text of its group labels (`三、本年度办理结果`) going on in a
 * column whose cell the page break cut, drawn with no line across on this page, so that no cell of
 * the table holds it. Empty unless the first table continues that table from further right.
 */
function besideLines(items: readonly Item[], upper: TableBox, lower: TableBox): Set<number> {
  const beside = new Set<number>();
  // Tables with their columns drawn: one of lone rows joins only in the same columns.
  const drawn = upper.alone === undefined && lower.alone === undefined;
  if (!drawn || lower.x0 <= upper.x0 + SIDE_SLACK || !continues(upper, lower)) return beside;
  items.forEach((item, index) => {
    if (item.kind !== "line") return;
    const { line } = item;
    const middle = (line.top + line.bottom) / 2;
    if (
      line.x0 >= upper.x0 - SIDE_SLACK &&
      line.x1 <= lower.x0 + SIDE_SLACK &&
      middle >= lower.top &&
      middle <= lower.bottom
    ) {
      beside.add(index);
    }
  });
  return beside;
}

// Points a line beside a table may reach past the table's edges (a glyph's side bearing).
const SIDE_SLACK = 2;

/**
 * Whether the line at `index` and every item after it on the page are lines under the table,
 * each inside one of its cells that close it and hold a label (no value): the rest of such a cell's
 * text, printed below the table's last ruled row where the page break cut the cell.
 */
function inClosingCells(items: readonly Item[], index: number, table: TableBox): boolean {
  if (table.alone !== undefined) return false;
  const closing = table.cells.filter(
    (cell) => Math.abs(cell.bottom - table.bottom) <= SIDE_SLACK && !holdsNoLabel(cell.text),
  );
  return items
    .slice(index)
    .every(
      (item) =>
        item.kind === "line" &&
        item.line.top >= table.bottom - SIDE_SLACK &&
        closing.some(
          (cell) => item.line.x0 >= cell.x0 - SIDE_SLACK && item.line.x1 <= cell.x1 + SIDE_SLACK,
        ),
    );
}

/**
 * Whether every line held under the first table lies in one of its label cells that go on into the
 * second ({@link labelsGoingOn}): the text of those cells, not prose between two tables.
 */
function tailGoesOn(tail: readonly ProseLine[], upper: TableBox, lower: TableBox): boolean {
  if (tail.length === 0) return true;
  const labels = labelsGoingOn(upper, lower);
  return tail.every(({ line }) =>
    labels.some((cell) => line.x0 >= cell.x0 - SIDE_SLACK && line.x1 <= cell.x1 + SIDE_SLACK),
  );
}

/** The line `by` points lower, its runs with it. */
function lowered(line: Line, by: number): Line {
  return {
    ...line,
    top: line.top + by,
    bottom: line.bottom + by,
    runs: line.runs.map((run) => ({ ...run, top: run.top + by, bottom: run.bottom + by })),
  };
}

/** Where a line read with the pages before it stands as printed: its page, its line there. */
interface Home {
  readonly page: number;
  readonly line: Line;
  /** How far down the drawing the page starts. */
  readonly down: number;
}

/** A page's tables printed without ruling lines and its lines of prose ({@link pageStreams}). */
interface PageStream {
  readonly tables: TableBox[];
  readonly lines: Line[];
  /** It opens inside a table read with the page before ({@link PageItems.inside}). */
  inside?: boolean;
}

/**
 * Each page's tables printed without ruling lines and its lines left to prose
 * ({@link streamTables}); pages that go on the drawing of the page before (`follows`, one
 * drawing clipped page by page, as wkhtmltopdf prints) are read as one with it, their lines set
 * below its own where the drawing has them. A row the page break cut (its label's first line at
 * one page's foot, its values and the rest of its label at the next page's top) is then one row,
 * as printed before the drawing was cut. A table found so belongs to the page its first line is
 * on, placed as that page has it; the pages it goes on into open inside it.
 */
function pageStreams(
  prose: readonly (readonly Line[])[],
  pages: readonly PageContent[],
): PageStream[] {
  const out = prose.map((): PageStream => ({ tables: [], lines: [] }));
  const home = new Map<Line, Home>();
  let drawn: Line[] = [];
  // The lines closing the drawing read last that no table took, read again with the next page
  // where it may go on that drawing (`mayFollow`): the header lines of a table whose rows the
  // break put on that page. Until then they are no page's prose.
  let closing: Line[] = [];
  // How many lines open `drawn` carried so from the page before.
  let carried = 0;
  const read = (next?: number) => {
    let found = streamTables(drawn);
    // No table took them: the page is read without them, as before (they would change its
    // pitch, and so where its rows' wrapped labels go); they stay the page before's prose.
    const moved = drawn.slice(0, carried);
    if (moved.length > 0 && moved.every((line) => found.lines.includes(line))) {
      const rest = streamTables(drawn.slice(carried));
      found = { tables: rest.tables, lines: [...moved, ...rest.lines] };
    }
    const left = new Set(found.lines);
    const lowest = most(found.tables.map((table) => table.bottom));
    closing = found.lines
      .filter((line) => home.get(line)?.page === (next ?? 0) - 1 && line.top > lowest)
      .slice(-HEADER_LINES);
    for (const line of found.lines) {
      const at = home.get(line);
      if (at !== undefined && !closing.includes(line)) out[at.page]?.lines.push(at.line);
    }
    for (const table of found.tables) {
      const own = drawn
        .filter((line) => !left.has(line) && line.bottom > table.top && line.top < table.bottom)
        .map((line) => home.get(line));
      const first = own[0];
      const last = own.at(-1)?.page ?? 0;
      if (first === undefined) continue;
      out[first.page]?.tables.push({
        ...table,
        top: table.top - first.down,
        bottom: table.bottom - first.down,
        cells: table.cells.map((cell) => ({
          ...cell,
          top: cell.top - first.down,
          bottom: cell.bottom - first.down,
        })),
        ...(table.alone && { alone: table.alone.map((line) => home.get(line)?.line ?? line) }),
      });
      for (let page = first.page + 1; page <= last; page++) out[page]!.inside = true;
    }
    drawn = [];
  };
  let down = 0;
  prose.forEach((lines, page) => {
    const follows = pages[page]?.follows;
    if (follows === undefined) {
      const may = pages[page]?.mayFollow;
      read(may === undefined ? undefined : page);
      down = 0;
      for (const line of closing) {
        const at = home.get(line)!;
        const moved = lowered(at.line, -may!);
        home.set(moved, { ...at, down: -may! });
        drawn.push(moved);
      }
      carried = closing.length;
    } else down += follows;
    for (const line of lines) {
      const moved = down === 0 ? line : lowered(line, down);
      home.set(moved, { page, line, down });
      drawn.push(moved);
    }
  });
  read();
  return out;
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
export function sourceDocumentOf(printed: readonly PageContent[]): SourceDocument {
  // A footnote's reference printed raised or lowered beside a number is a mark of it, not more
  // digits (raised.ts); then digits with a line drawn through them are struck out, no number
  // (struck.ts): after the marks, so that a value's underline, which crosses a lowered mark at
  // its middle, is measured against the value's baseline.
  const pages = withoutDrawnPageNumbers(printed).map((page) =>
    withStrikesRead(withMarksPlaced(page)),
  );
  // Tables ruled across only get their cells' sides from the pieces of their rules (rowrules.ts),
  // after the page's own lines: guesses, which a table holding one says (Grid.acrossOnly).
  const latticed = pages.map((page) => {
    const sides = sidesOfRowRules(page.segments, page.runs);
    const ruled = sides.length === 0 ? page.segments : [...page.segments, ...sides];
    const lattices = latticeTables(ruled).map((lattice) =>
      sides.some(
        (side) =>
          side.x0 > lattice.x0 &&
          side.x0 < lattice.x1 &&
          side.top >= lattice.top - 1 &&
          side.bottom <= lattice.bottom + 1,
      )
        ? { ...lattice, acrossOnly: true }
        : lattice,
    );
    return { page, lattices };
  });
  // The width of a figure by font and size, over every page's ruled tables (tables.ts).
  const figures = figureWidths(
    latticed.map(({ page, lattices }) => ({
      runs: page.runs,
      boxes: lattices.flatMap((lattice) => lattice.cells),
    })),
  );
  const read = latticed.map((here, index) =>
    latticePage(here, cutAtPageEnd(here, latticed[index + 1]), figures),
  );
  const prose = withoutFurniture(
    read.map((page, index) => ({ height: pages[index]?.height ?? 0, lines: page.lines })),
  );
  const pictures = tablePictures(pages);
  const streams = pageStreams(prose, pages);
  const laidOut = read.map((page, index) => {
    const found = streams[index] ?? { tables: [], lines: [] };
    const { tables, lines, inside = false } = found;
    return pageItems([...page.tables, ...tables], lines, pictures[index] ?? [], inside);
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
  // Lines closing a page under the pending table, inside one of its label cells that close it: the
  // text of a cell the page break cut, if the table goes on beside it on the next page
  // ({@link besideLines}); prose after the table if it does not.
  let tail: ProseLine[] = [];
  const flushTable = () => {
    if (table?.alone !== undefined) append(pending, held);
    else if (table !== undefined) blocks.push({ kind: "table", grid: gridOf(table) });
    append(pending, tail);
    table = undefined;
    held = [];
    tail = [];
  };
  // The prose lines just before the pending table: a page going on with the table may repeat
  // them above its part (header lines the stream reader took for prose).
  let before: readonly string[] = [];
  for (const page of laidOut) {
    const skip = table === undefined ? 0 : repeatedLines(page.items, before);
    // Lines beside the page's first table, in a column of the table before: its text, not prose.
    const first = page.items.findIndex((item) => item.kind === "table");
    const firstTable = page.items[first];
    // (None if the lines held under the table do not go on into it: then it is another table.)
    let beside =
      table === undefined ||
      firstTable?.kind !== "table" ||
      !tailGoesOn(tail, table, firstTable.table)
        ? new Set<number>()
        : besideLines(page.items, table, firstTable.table);
    // The index the page's part of a table continued from the page before opens at: its first
    // item after the repeated lines and the lines beside it. Lines beside it count only when
    // nothing else comes before it.
    let opening = skip;
    while (beside.has(opening)) opening++;
    if (opening !== first) {
      beside = new Set();
      opening = skip;
    }
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
      if (index < skip || beside.has(index)) return;
      if (item.kind === "line" && table !== undefined && inClosingCells(page.items, index, table)) {
        tail.push(proseOf(item.line, index, true));
        return;
      }
      if (item.kind === "line") {
        const afterTable = table !== undefined && table.alone === undefined;
        flushTable();
        pending.push(proseOf(item.line, index, afterTable));
        return;
      }
      if (item.kind === "picture") {
        // A picture ends the table and the paragraph above it: it stands where it is printed.
        flushTable();
        flushProse();
        blocks.push(pictureBlock(undefined));
        return;
      }
      const next = item.table;
      const lone = (next.alone ?? []).map((line, i) => proseOf(line, index + i, false));
      // A table opening a page continues the table that closed the page before. A part of lone
      // rows, whose columns are only where their own values stand, joins (or is joined) only in
      // the same columns; parts of lone rows alone stay lone, and are prose if nothing joins them.
      // Lines held under the table are the text of its label cells cut by the break only if the
      // part goes on under or beside those cells; else they are prose between two tables (a
      // heading under 七、总计), and the part is another table.
      if (
        index === opening &&
        !page.inside &&
        table !== undefined &&
        continues(table, next) &&
        tailGoesOn(tail, table, next)
      ) {
        const lonely = table.alone !== undefined || next.alone !== undefined;
        if (!lonely || sameColumns(table, next)) {
          const both = table.alone !== undefined && next.alone !== undefined;
          const pieces = [
            ...tail.map((prose) => prose.line),
            ...[...beside].map((at) => (page.items[at] as { line: Line }).line),
          ];
          tail = [];
          const joined = joinTables(table, next, pieces);
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
  // The table last, then the prose it may leave: the lines of lone rows nothing joined, or lines
  // held under it.
  flushTable();
  flushProse();
  return { blocks };
}
