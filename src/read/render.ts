/**
 * A {@link SourceDocument} as one text for the shared pipeline: paragraphs as lines, each table as
 * pipe rows (` cell | cell |`, the rendering the text reader has always read), and the range of
 * the text each table took, so that the pipeline reads a table section from its grids while front
 * matter, year, headings and prose come from the text as for any other source.
 *
 * @module
 */
import { type Meter, tick } from "../text/meter.js";
import { cleanCellText, cleanLines } from "./clean.js";
import type { Grid, GridCell, SourceDocument } from "./grid.js";

/** A grid with the range `[from, to)` of the rendered text that its rows took. */
export interface PlacedGrid {
  readonly grid: Grid;
  readonly from: number;
  readonly to: number;
}

/** A range `[from, to)` of the rendered text. */
export interface TextRange {
  readonly from: number;
  readonly to: number;
}

/** A picture of the document (see `Block`): where it stands in the rendered text, and its name. */
export interface PlacedImage {
  /** The position in the rendered text where the block after it starts (it takes no text). */
  readonly at: number;
  readonly name?: string;
}

/** The rendered text, where each grid stands in it, and the lines of page navigation. */
export interface RenderedDocument {
  readonly text: string;
  readonly grids: readonly PlacedGrid[];
  /** The ranges of the navigation blocks' lines, in order (see `Block`). */
  readonly navigation: readonly TextRange[];
  /** The pictures, in order. */
  readonly images: readonly PlacedImage[];
}

/**
 * A cell's text on one line: line breaks become spaces, a pipe (content here, a cell separator in
 * the rendering) too.
 */
export function cellLine(cell: GridCell, meter?: Meter): string {
  // One replacement and the trim.
  tick(meter, 1 + 2 * cell.text.length);
  return cell.text.replace(/[\r\n|]+/g, " ").trim();
}

/**
 * A grid with its cells' text cleaned as paragraphs are ({@link cleanCellText}: pinyin glosses,
 * Kangxi radicals), so that the mapper matches the labels a mirror glossed (`本年制發(fā)件數(shù)`). The
 * same grid when no cell changes.
 */
function cleanGrid(grid: Grid, meter?: Meter): Grid {
  let changed = false;
  const rows = grid.rows.map((row) =>
    row.map((cell) => {
      const text = cleanCellText(cell.text, meter);
      if (text === cell.text) return cell;
      changed = true;
      return { ...cell, text };
    }),
  );
  return changed ? { ...grid, rows } : grid;
}

/**
 * Renders the blocks in reading order. Paragraphs are cleaned as text is (page markers and
 * pinyin glosses dropped), table cells as {@link cleanGrid} does; a table's rows are written as
 * the cells that start in them.
 */
export function renderDocument(document: SourceDocument, meter?: Meter): RenderedDocument {
  const parts: string[] = [];
  const grids: PlacedGrid[] = [];
  const navigation: TextRange[] = [];
  const images: PlacedImage[] = [];
  let length = 0;
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  for (const block of document.blocks) {
    tick(meter, 1);
    if (block.kind === "text") {
      const text = cleanLines(block.text.replace(/\r\n?/g, "\n"), meter);
      tick(meter, 2 * block.text.length);
      const from = length;
      push(`${text}\n`);
      if (block.navigation === true) navigation.push({ from, to: length });
      continue;
    }
    if (block.kind === "image") {
      images.push(block.name === undefined ? { at: length } : { at: length, name: block.name });
      continue;
    }
    const from = length;
    const grid = cleanGrid(block.grid, meter);
    for (const row of grid.rows) {
      tick(meter, 1 + row.length);
      push(`${row.map((cell) => ` ${cellLine(cell, meter)} |`).join("")}\n`);
    }
    grids.push({ grid, from, to: length });
  }
  // The join.
  tick(meter, length);
  return { text: parts.join(""), grids, navigation, images };
}
