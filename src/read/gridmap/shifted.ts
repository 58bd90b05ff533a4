/**
 * Table 三's rows that may stand a column left of their headers in a table without lines or ruled
 * across only (a label cell written a column short, 自然人 printed blank, which leaves no trace
 * there) and whose own cells cannot tell: 总计 printed blank, and read a column right no 总计
 * below one of its parts. Read as printed and read a column right are weighed with the
 * identities of the whole table, through the settling the text reader uses for its open rows: a
 * reading is kept only where the other is ruled out. Both kept (the identities reach no known
 * cell) or both ruled out (a report's sums broken): the row is quoted, not placed.
 *
 * A row whose 其他 is a number (`12 13 14 15 16 17 _`) has a 总计 read a column right, and its own
 * row total may rule that reading out (17 below 12 + … + 16); the reading as printed has none. A
 * total below the sum of its parts is no proof where a report's sums are wrong, so such a row is
 * weighed with the rows' totals alone (the column identities, read with it either way, tell a
 * slip of the report from a shift as little), and only where the table keeps them: some other
 * row's printed total put to the test (not 0, beside two parts at least other than 0) and none broken
 * (every value distinct breaks them). Then the rows whose 其他 and 总计 are both blank (no 总计
 * either way) are weighed with the table's every identity (the column totals of （七）总计,
 * 一 + 二 = （七） + 四, the rows' totals), the rows settled before read with it.
 *
 * So are the rows of a table with cells of its own that print a cell under the label's header
 * and their last column blank, and those of a table without lines that print a number or mark
 * before their first header and their last column blank or their last value under 其他 and 总计
 * together (pandoc's rows, see {@link ShiftedRow}): read a column right, that cell is the row's
 * first value. Such a row has a 总计 either way, so its own total tells nothing; and as printed
 * that cell would be no cell's, so the row is read only a column right, never as printed (quoted
 * then, with the cell).
 *
 * @module
 */

import type { Cell } from "../../model/cell.js";
import { evaluateIdentity } from "../../model/identities.js";
import { type CellPath, type Identity, identitiesOf } from "../../templates/identities.js";
import { templateDefinition } from "../../templates/registry.js";
import type { ColumnDefinition, TemplateVersion } from "../../templates/types.js";
import { type Meter, tick } from "../../text/meter.js";
import { readCell } from "../cells.js";
import { settleRows } from "../crossrows.js";
import type { RowResult } from "../rows.js";
import type { Collected } from "./collect.js";
import type { RowInput } from "./place.js";

/**
 * Keeps each of `rows`, placed in `collected` as printed after every other row of the table, as
 * printed or moves it a column right, where the table's identities leave one of the two; quotes
 * the others (their printed values, `input`). Each of `rows` counts as unknown to the others';
 * those whose 其他 is a number are settled first (by the rows' totals), the rest with them so.
 *
 * @example
 * ```ts
 * // 一、 printed `3 _ _ _ _ _ _`: 自然人 3 when （七） and 四 leave 商业企业 no room for it.
 * settleShifted([{ key: "newlyReceived", input }], collected, "2021");
 * // 一、 printed `12 13 14 15 16 17 _`, 二、 `21 22 23 24 25 26 141`: as printed (17 < 12 + … + 16).
 * ```
 */
export function settleShifted(
  rows: readonly ShiftedRow[],
  collected: Collected,
  version: TemplateVersion,
  meter?: Meter,
): void {
  const { columns } = templateDefinition(version).applications;
  const other = columns[columns.length - 2]!.key;
  // A row with a cell before its first column has a 总计 either way: its row total tells nothing.
  const counted = rows.filter(
    (row) => row.first === undefined && typeof collected.cells.get(row.key)?.[other] === "number",
  );
  const open = new Set(rows.map((row) => row.key));
  const read = ([section, row, column]: CellPath) =>
    section === "applications" && !open.has(row) ? collected.cells.get(row)?.[column] : undefined;
  // A part counts where it is a number other than 0: a row of zeros (二、上年结转 `0 0 … 0`, as
  // most reports print it) holds its total in any report, and shows nothing of its sums.
  const known = (paths: readonly CellPath[]) =>
    paths.filter((path) => {
      const value = read(path);
      return typeof value === "number" && value !== 0;
    }).length;
  let tested = false;
  let broken = false;
  const totals = identitiesOf(version).filter((identity) => identity.code === "T3_ROW_TOTAL");
  for (const identity of counted.length > 0 ? totals : []) {
    tick(meter, 1 + identity.right.length);
    if (evaluateIdentity(identity, read).verdict === "violated") broken = true;
    else if (known(identity.left) > 0 && known(identity.right) > 1) tested = true;
  }
  weigh(counted, collected, version, tested && !broken ? totals : [], meter);
  weigh(
    rows.filter((row) => !counted.includes(row)),
    collected,
    version,
    identitiesOf(version),
    meter,
  );
}

/**
 * A row to weigh: its key, its values as printed under the headers, and the cell printed before
 * its first column (under the label's header), if any: pandoc's HTML writes a label's span a
 * column short and pads the row with an empty cell after its values, so that each value stands a
 * column left of its header, the first under the label's header and the last column blank.
 */
export interface ShiftedRow {
  readonly key: string;
  readonly input: RowInput;
  readonly first?: string;
  /**
   * With `first`, the row's cells as printed in the template's column order, where no header
   * places its last value: it stands under 其他 and 总计 together (a table without lines), given
   * here under 其他 with 总计 blank. As printed it is either column's: both are weighed.
   */
  readonly printed?: readonly string[];
}

/**
 * The first column's cell of a row read a column right: blank where the row prints no cell before
 * its values, else that cell read as the column's (`undefined`: not a value of it).
 */
function firstCell(row: ShiftedRow, column: ColumnDefinition, meter?: Meter): Cell | undefined {
  return row.first === undefined ? null : cellOf(row.first, column, meter);
}

/** A cell's text read as the column's value (`undefined`: not a value of it). */
function cellOf(text: string, column: ColumnDefinition, meter?: Meter): Cell | undefined {
  const read = readCell(text, column, meter);
  return read.ok ? read.value : undefined;
}

/** {@link settleShifted} of `rows` with `identities`: none leaves every row quoted. */
function weigh(
  rows: readonly ShiftedRow[],
  collected: Collected,
  version: TemplateVersion,
  identities: readonly Identity[],
  meter?: Meter,
): void {
  if (rows.length === 0) return;
  const { columns, rows: lines } = templateDefinition(version).applications;
  const keys = columns.map((column) => column.key);
  const table = new Map<string, RowResult>();
  // The reading a column right of each row, by the row.
  const moved = new Map<string, readonly (Cell | undefined)[]>();
  for (const { key } of lines) {
    const cells = collected.cells.get(key) ?? {};
    const row = rows.find((one) => one.key === key);
    const ordered =
      row?.printed === undefined
        ? keys.map((column) => cells[column])
        : row.printed.map((text, at) => cellOf(text, columns[at]!, meter));
    const open = row !== undefined;
    if (open) moved.set(key, [firstCell(row, columns[0]!, meter), ...ordered.slice(0, -1)]);
    // As printed, a last value under 其他 and 总计 together is either's.
    const printed =
      row?.printed === undefined
        ? [ordered]
        : [ordered, [...ordered.slice(0, -2), null, ordered[ordered.length - 2]]];
    table.set(key, {
      id: key,
      cells,
      unreadable: [],
      columnKeys: keys,
      ordered: open ? ordered.map(() => undefined) : ordered,
      // A value not placed, or a cell not read: nothing to weigh, the row is quoted.
      ...(open && {
        placements:
          ordered.includes(undefined) ||
          moved.get(key)!.includes(undefined) ||
          collected.ambiguous.has(key)
            ? []
            : [...printed, moved.get(key)!],
      }),
    });
  }
  const pathOf = (id: string, index: number): CellPath => ["applications", id, keys[index]!];
  const settled = settleRows(table, identities, pathOf, meter);
  const right = movedRows(rows, table, settled, moved, identities, pathOf, meter);
  for (const { key, input, first } of rows) {
    const [reading, other] = settled.get(key)?.placements ?? [];
    // A row with a cell before its first column is read only a column right: as printed, that
    // cell would be no cell's, and the row is quoted with it.
    const kept =
      first === undefined
        ? other === undefined
          ? reading
          : undefined
        : right.includes(key)
          ? moved.get(key)
          : undefined;
    if (kept === undefined) {
      collected.cells.delete(key);
      collected.ambiguous.set(key, [
        ...(first === undefined ? [] : [first]),
        ...input.values.map((value) => value.text.trim()),
      ]);
    } else {
      collected.cells.set(key, Object.fromEntries(keys.map((column, at) => [column, kept[at]!])));
    }
  }
}

/**
 * The keys of the rows with a cell before their first column read a column right: each that the
 * identities leave so alone; and where there is one, every other that they leave so too (beside
 * the reading as printed: a row of zeros, marks leaving its sums open), when all of them so read
 * keep the identities together. pandoc writes every row whose label spans columns alike: one row
 * shown a column left shows the others so. Not a row printing that cell blank: an aligned row (a
 * blank cell before its values, its 总计 blank) prints the same cells, placed as printed.
 */
function movedRows(
  rows: readonly ShiftedRow[],
  table: ReadonlyMap<string, RowResult>,
  settled: ReadonlyMap<string, RowResult>,
  moved: ReadonlyMap<string, readonly (Cell | undefined)[]>,
  identities: readonly Identity[],
  pathOf: (id: string, index: number) => CellPath,
  meter?: Meter,
): readonly string[] {
  const candidates = rows.flatMap(({ key, first }) =>
    first !== undefined && settled.get(key)?.placements?.includes(moved.get(key)!) ? [key] : [],
  );
  const alone = candidates.filter((key) => settled.get(key)!.placements!.length === 1);
  // A row printing its first cell blank has a reading as printed that places every value it
  // prints (an aligned row, a blank cell before its values and its 总计 blank, prints the same
  // cells): only one printing a value there leaves that value no cell as printed.
  const blankFirst = new Set(
    rows.flatMap(({ key, first }) => (first?.trim() === "" && !alone.includes(key) ? [key] : [])),
  );
  const joined = candidates.filter((key) => !blankFirst.has(key));
  if (alone.length === 0 || alone.length === joined.length) return alone;
  // Every open row's cells unknown, but the candidates', each read a column right alone.
  tick(meter, settled.size);
  const again = new Map(
    [...settled].map(([key, row]) => [
      key,
      moved.has(key)
        ? { ...table.get(key)!, placements: joined.includes(key) ? [moved.get(key)!] : [] }
        : row,
    ]),
  );
  const result = settleRows(again, identities, pathOf, meter);
  // All of them read so must keep the identities; else only those shown alone.
  return joined.every((key) => result.get(key)?.placements?.length === 1) ? joined : alone;
}
