/**
 * Tables printed without ruling lines, found among a page's lines by their positions.
 *
 * @module
 */
import type { Line } from "./lines.js";
import type { TableBox } from "./tables.js";

/** The tables among a page's lines, and the lines left to prose. */
export function streamTables(lines: readonly Line[]): { tables: TableBox[]; lines: Line[] } {
  return { tables: [], lines: [...lines] };
}
