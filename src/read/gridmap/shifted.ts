/**
 * Table 三's rows that may stand a column left of their headers in a table without lines or ruled
 * across only (a label cell written a column short, 自然人 printed blank, which leaves no trace
 * there) and whose own cells cannot tell: 其他 and 总计 printed blank, so that read a column right
 * the row has no 总计 either. Read as printed and read a column right are weighed with the
 * identities of the whole table (the column totals of （七）总计, 一 + 二 = （七） + 四, the rows'
 * totals), through the settling the text reader uses for its open rows: a reading is kept only
 * where the other is ruled out. Both kept (the identities reach no known cell) or both ruled out
 * (a report's sums broken): the row is quoted, not placed.
 *
 * @module
 */
import { identitiesOf } from "../../templates/identities.js";
import { templateDefinition } from "../../templates/registry.js";
import type { TemplateVersion } from "../../templates/types.js";
import type { Meter } from "../../text/meter.js";
import { settleRows } from "../crossrows.js";
import type { RowResult } from "../rows.js";
import type { Collected } from "./collect.js";
import type { RowInput } from "./place.js";

/**
 * Keeps each of `rows`, placed in `collected` as printed after every other row of the table, as
 * printed or moves it a column right, where the table's identities leave one of the two; quotes
 * the others (their printed values, `input`). Each of `rows` counts as unknown to the others'.
 *
 * @example
 * ```ts
 * // 一、 printed `3 _ _ _ _ _ _`: 自然人 3 when （七） and 四 leave 商业企业 no room for it.
 * settleShifted([{ key: "newlyReceived", input }], collected, "2021");
 * ```
 */
export function settleShifted(
  rows: readonly { readonly key: string; readonly input: RowInput }[],
  collected: Collected,
  version: TemplateVersion,
  meter?: Meter,
): void {
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
    identitiesOf(version),
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
