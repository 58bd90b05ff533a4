/**
 * Whether a grid's columns can be trusted as the columns of a header read over another grid.
 *
 * @module
 */
import { type Meter, tick } from "../../text/meter.js";
import { isValueText } from "../cells.js";
import type { Matrix } from "./expand.js";

/**
 * Whether the values of a grid's rows (from `first`; numbers or marks) stand in every column from
 * `valueFrom` on, and its numbers in none before it but where labels start: then a layout moved
 * onto the grid gives each column its own values, even in a row with blanks. A grid built from where values stand (a PDF table without ruling lines) has a
 * column only where some row printed one; a column none of its rows fills is not there at all.
 */
export function valuesFill(
  matrix: Matrix,
  first: number,
  valueFrom: number,
  meter?: Meter,
): boolean {
  const filled = new Set<number>();
  // The columns before `valueFrom` a number stands in, and those a label starts in.
  const early = new Set<number>();
  const labels = new Set<number>();
  for (let r = first; r < matrix.rows.length; r++) {
    for (const slot of matrix.rows[r]!) {
      tick(meter, 1);
      if (slot === undefined || slot.copy) continue;
      const text = slot.text.trim();
      // Words where values stand (a label printed there: `（七）总计` over the columns another
      // row's values took) say the columns were not drawn from the values alone.
      if (text !== "" && slot.column >= valueFrom && !isValueText(text, meter)) return false;
      if (text !== "" && !isValueText(text, meter)) labels.add(slot.column);
      if (text === "" || !isValueText(text, meter)) continue;
      // A mark (`无`, `—`) fills its column as a number does: the columns were drawn where either
      // stood. Only a number says the values start before `valueFrom` (a side column's character
      // `无` may stand in the labels' columns), and only in a column no label starts in (below).
      if (slot.column < valueFrom) {
        if (/\d/.test(text)) early.add(slot.column);
      } else if (slot.colSpan === 1) filled.add(slot.column);
    }
  }
  // A number where the rows' labels start (the sub-rows' column) is a row's own value printed a
  // column left (pandoc's rows whose label spans columns, a span written short: see
  // `oneColumnLeft`), weighed on its own; only one in a column of its own is a column missed.
  for (const c of early) if (!labels.has(c)) return false;
  for (let c = valueFrom; c < matrix.width; c++) if (!filled.has(c)) return false;
  return true;
}
