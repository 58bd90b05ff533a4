/**
 * Settling glued rows of table 三 that their own row total leaves ambiguous, with the identities
 * across rows (result total, balance): a candidate split survives only if every identity whose
 * other cells are all known holds. A row is taken only when exactly one candidate survives.
 *
 * @module
 */
import type { Cell } from "../model/cell.js";
import { identitiesOf } from "../templates/identities.js";
import { templateDefinition } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
import type { RowResult, RowsResult } from "./rows.js";

/**
 * The rows with ambiguous splits settled where the column identities allow.
 *
 * @example
 * ```ts
 * resolveAcrossRows(readRows(source, specs), "2021").rows.get("newlyReceived")?.cells;
 * ```
 */
export function resolveAcrossRows(result: RowsResult, version: TemplateVersion): RowsResult {
  const pending = [...result.rows.values()].filter((row) => row.candidates);
  if (pending.length === 0) return result;
  const columns = templateDefinition(version).applications.columns.map((c) => c.key);
  const identities = identitiesOf(version).filter(
    (identity) => identity.code === "T3_RESULT_TOTAL" || identity.code === "T3_BALANCE",
  );
  const rows = new Map(result.rows);
  const known = (row: string, column: string): number | undefined => {
    const cell = rows.get(row)?.cells[column];
    return typeof cell === "number" ? cell : undefined;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const row of [...rows.values()].filter((r) => r.candidates)) {
      const survivors = row.candidates!.filter((candidate) =>
        identities.every((identity) => {
          const column = identity.scope;
          const value = candidate[columns.indexOf(column)];
          const side = (paths: typeof identity.left) => {
            let sum = 0;
            for (const [, rowKey] of paths) {
              const cell = rowKey === row.id ? value : known(rowKey, column);
              if (typeof cell !== "number") return undefined;
              sum += cell;
            }
            return sum;
          };
          const involved = [...identity.left, ...identity.right].some(
            ([, rowKey]) => rowKey === row.id,
          );
          if (!involved) return true;
          const left = side(identity.left);
          const right = side(identity.right);
          return left === undefined || right === undefined || left === right;
        }),
      );
      if (survivors.length === 1) {
        const ordered: Cell[] = [...survivors[0]!];
        const cells = Object.fromEntries(columns.map((key, index) => [key, ordered[index]!]));
        const settled: RowResult = {
          id: row.id,
          cells,
          ordered,
          unreadable: [],
          glued: row.glued!,
        };
        rows.set(row.id, settled);
        changed = true;
      } else if (survivors.length !== row.candidates!.length) {
        rows.set(row.id, { ...row, candidates: survivors });
        changed = survivors.length > 0;
      }
    }
  }
  return { ...result, rows };
}
