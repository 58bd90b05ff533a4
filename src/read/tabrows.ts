/**
 * The rows of a table written with tabs between its cells (the tabs made pipes) when its cells
 * hold paragraphs. A browser's `innerText` puts two line breaks around a paragraph, so Word's HTML
 * (`<td><p>186</p></td>`) comes out one cell a line: `⏎⏎186⏎⏎|⏎⏎187⏎⏎|…`. Read a line at a time, as
 * other renderings write their rows, the values stood on lines without a pipe and were not read.
 *
 * @module
 */

import { type Meter, tick } from "../text/meter.js";
import { isValueText } from "./cells.js";

/**
 * The text's rows, each one string of pipe-separated cells. A line holding only a value and no
 * pipe is a cell of its own line: it continues the row a value so started when that row ends with
 * a pipe (the cell the pipe opened), else it starts one. A line opened by a pipe continues such a
 * row (the pipe closing the cell). Every other line is a row as written, and blank lines are none:
 * where no cell is a paragraph, the rows are the lines.
 *
 * @example
 * ```ts
 * tabRows("结果维持|总计\n\n186\n\n|\n\n187\n"); // ["结果维持|总计", "186|187"]
 * ```
 */
export function tabRows(text: string, meter?: Meter): string[] {
  const rows: string[] = [];
  // Whether the last row was started by a lone value: only such a row is continued, so a header
  // row that ends with a blank cell keeps the values after it out.
  let cellLines = false;
  for (const line of text.split("\n")) {
    // The trims, the search for a pipe, and the look at the line's ends.
    tick(meter, 1 + 3 * line.length);
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const last = rows.length - 1;
    if (!trimmed.includes("|") && isValueText(trimmed, meter)) {
      if (cellLines && rows[last]!.trimEnd().endsWith("|")) rows[last] += trimmed;
      else rows.push(trimmed);
      cellLines = true;
    } else if (cellLines && trimmed.startsWith("|")) {
      rows[last] += trimmed;
    } else {
      rows.push(line);
      cellLines = false;
    }
  }
  return rows;
}
