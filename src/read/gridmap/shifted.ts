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
 * @module
 */
import { evaluateIdentity } from "../../model/identities.js";
import { type CellPath, type Identity, identitiesOf } from "../../templates/identities.js";
import { templateDefinition } from "../../templates/registry.js";
import type { TemplateVersion } from "../../templates/types.js";
import { type Meter, tick } from "../../text/meter.js";
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
  rows: readonly { readonly key: string; readonly input: RowInput }[],
  collected: Collected,
  version: TemplateVersion,
  meter?: Meter,
): void {
  const { columns } = templateDefinition(version).applications;
  const other = columns[columns.length - 2]!.key;
  const counted = rows.filter((row) => typeof collected.cells.get(row.key)?.[other] === "number");
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

/** {@link settleShifted} of `rows` with `identities`: none leaves every row quoted. */
function weigh(
  rows: readonly { readonly key: string; readonly input: RowInput }[],
  collected: Collected,
  version: TemplateVersion,
  identities: readonly Identity[],
  meter?: Meter,
): void {
  if (rows.length === 0) return;
  const { columns, rows: lines } = templateDefinition(version).applications;
  const keys = columns.map((column) => column.key);
  const table = new Map<string, RowResult>();
  for (const { key } of lines) {
    const cells = collected.cells.get(key) ?? {};
    const ordered = keys.map((column) => cells[column]);
    const open = rows.some((row) => row.key === key);
    table.set(key, {
      id: key,
      cells,
      unreadable: [],
      columnKeys: keys,
      ordered: open ? ordered.map(() => undefined) : ordered,
      // A value not placed, or a cell not read: nothing to weigh, the row is quoted.
      ...(open && {
        placements:
          ordered.includes(undefined) || collected.ambiguous.has(key)
            ? []
            : [ordered, [null, ...ordered.slice(0, -1)]],
      }),
    });
  }
  const settled = settleRows(
    table,
    identities,
    (id, index) => ["applications", id, keys[index]!],
    meter,
  );
  for (const { key, input } of rows) {
    const [reading, other] = settled.get(key)?.placements ?? [];
    if (reading === undefined || other !== undefined) {
      collected.cells.delete(key);
      collected.ambiguous.set(
        key,
        input.values.map((value) => value.text.trim()),
      );
    } else {
      collected.cells.set(
        key,
        Object.fromEntries(keys.map((column, at) => [column, reading[at]!])),
      );
    }
  }
}
