/**
 * A grid's merged cells spread over the positions they cover: the matrix the mapper reads. A merged
 * cell's text belongs to every position it covers (a label spanning its rows labels each of them,
 * a header spanning its columns heads each of them); positions other than its top-left one are
 * marked as copies, so that a value is never counted twice.
 *
 * @module
 */
import { type Meter, tick } from "../../text/meter.js";
import { matchKey } from "../../text/normalize.js";
import type { Grid } from "../grid.js";

/** One position of the matrix: the cell covering it. */
export interface Slot {
  /** The cell's text as printed (lines joined by `\n`). */
  readonly text: string;
  /** The text's match key (width, script, spacing and punctuation dropped). */
  readonly key: string;
  /** The cell's number in the grid, the same at every position it covers. */
  readonly cell: number;
  /** The cell's first row and column, and its spans (after the matrix's edges cut them). */
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** Whether this position is not the cell's top-left one. */
  readonly copy: boolean;
}

/** The positions of a grid: `rows[r][c]` is `undefined` where no cell stands (a short row). */
export interface Matrix {
  readonly rows: readonly (readonly (Slot | undefined)[])[];
  readonly width: number;
  /** The grid's columns were inferred from where its text stands ({@link Grid.inferred}). */
  readonly inferred?: boolean;
  /** The grid's cells' sides were guessed ({@link Grid.acrossOnly}). */
  readonly acrossOnly?: boolean;
}

/**
 * The widest matrix read. A report's widest table has about twenty columns (table 四: fifteen
 * values and a label or two); positions past this are dropped, so that hostile spans cannot make
 * the matrix larger than a constant times the grid.
 */
export const MAX_WIDTH = 128;

/**
 * Spreads the cells of a grid over the positions they cover, as a browser lays out a table: each
 * cell takes the first free position of its row, a row span reaches down into the rows below
 * (never past the last row), a column span to the right.
 *
 * @example
 * ```ts
 * const matrix = expandGrid({ rows: [[{ text: "a", rowSpan: 2 }, { text: "b" }], [{ text: "c" }]] });
 * matrix.rows[1]?.map((slot) => `${slot?.text}${slot?.copy ? "*" : ""}`); // ['a*', 'c']
 * ```
 */
export function expandGrid(grid: Grid, meter?: Meter): Matrix {
  const height = grid.rows.length;
  const rows: (Slot | undefined)[][] = grid.rows.map(() => []);
  let width = 0;
  let id = 0;
  grid.rows.forEach((cells, r) => {
    const row = rows[r]!;
    let column = 0;
    for (const cell of cells) {
      while (column < MAX_WIDTH && row[column] !== undefined) column++;
      if (column >= MAX_WIDTH) break;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, height - r));
      const colSpan = Math.max(1, Math.min(cell.colSpan ?? 1, MAX_WIDTH - column));
      const key = matchKey(cell.text, meter);
      const number = id++;
      // Each position the cell covers is written once; the spans are capped, the rows below exist.
      tick(meter, 1 + rowSpan * colSpan);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = rows[r + dr]!;
        for (let dc = 0; dc < colSpan; dc++) {
          if (target[column + dc] !== undefined) continue;
          target[column + dc] = {
            text: cell.text,
            key,
            cell: number,
            row: r,
            column,
            rowSpan,
            colSpan,
            copy: dr > 0 || dc > 0,
          };
        }
      }
      column += colSpan;
      width = Math.max(width, column);
    }
  });
  // Holes left by spans that ended a row's cells are read as no cell.
  for (const row of rows) {
    tick(meter, 1 + width);
    for (let c = 0; c < row.length; c++) if (!(c in row)) row[c] = undefined;
  }
  return {
    rows,
    width,
    ...(grid.inferred === true && { inferred: true }),
    ...(grid.acrossOnly === true && { acrossOnly: true }),
  };
}
