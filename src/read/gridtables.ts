/**
 * Which table each grid of a document prints: the table its own labels name, else the table of
 * the section it stands in. Grids of neither kind (a layout table, a contact table) are left to
 * the text they were rendered into.
 *
 * @module
 */
import type { SectionKey } from "../templates/types.js";
import { type Meter, tick } from "../text/meter.js";
import { classifyGrid, expandGrid, type Matrix } from "./gridmap/index.js";
import type { PlacedGrid } from "./render.js";

const TABLES: readonly SectionKey[] = ["activeDisclosure", "applications", "reviewsAndLitigation"];

/** A section body's range in the rendered text. */
export interface SectionRange {
  readonly key: SectionKey;
  readonly from: number;
  readonly to: number;
}

/** The grids of each table, in reading order, and the ranges of the text they took. */
export interface GridTables {
  readonly tables: ReadonlyMap<SectionKey, readonly Matrix[]>;
  readonly mapped: readonly { readonly from: number; readonly to: number }[];
}

/**
 * Sorts the grids into tables.
 *
 * @example
 * ```ts
 * gridTables([], [], undefined).tables.size; // 0
 * ```
 */
export function gridTables(
  grids: readonly PlacedGrid[],
  sections: readonly SectionRange[],
  meter?: Meter,
): GridTables {
  const tables = new Map<SectionKey, Matrix[]>();
  const mapped: { from: number; to: number }[] = [];
  for (const placed of grids) {
    const matrix = expandGrid(placed.grid, meter);
    // The sections are a fixed handful.
    tick(meter, 1 + sections.length);
    const section = sections.find((s) => placed.from >= s.from && placed.from < s.to)?.key;
    const key =
      classifyGrid(matrix, meter) ??
      (section !== undefined && TABLES.includes(section) ? section : undefined);
    if (key === undefined) continue;
    const list = tables.get(key) ?? [];
    list.push(matrix);
    tables.set(key, list);
    mapped.push({ from: placed.from, to: placed.to });
  }
  return { tables, mapped };
}

/**
 * The text of `[from, to)` without the ranges of grids read as tables: a table printed inside a
 * prose section (its heading lost) is no prose.
 */
export function withoutRanges(
  text: string,
  from: number,
  to: number,
  ranges: readonly { readonly from: number; readonly to: number }[],
  meter?: Meter,
): string {
  const parts: string[] = [];
  let at = from;
  // The ranges in order, each looked at once per prose section (a handful).
  tick(meter, 1 + ranges.length + 2 * (to - from));
  for (const range of ranges) {
    if (range.to <= at || range.from >= to) continue;
    if (range.from > at) parts.push(text.slice(at, range.from));
    at = Math.max(at, range.to);
  }
  if (at < to) parts.push(text.slice(at, to));
  return parts.join("");
}
