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
import { type Meter, tick } from "../text/meter.js";
import type { RowResult, RowsResult } from "./rows.js";

/**
 * The rows with ambiguous splits settled where the column identities allow.
 *
 * @example
 * ```ts
 * resolveAcrossRows(readRows(source, specs), "2021").rows.get("newlyReceived")?.cells;
 * ```
 */
export function resolveAcrossRows(
  result: RowsResult,
  version: TemplateVersion,
  meter?: Meter,
): RowsResult {
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
      // Each candidate against each identity (a row has at most MAX_CANDIDATES of them, and a
      // round settles or narrows a row, else the loop stops).
      tick(meter, 1 + row.candidates!.length * identities.length);
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
  return { ...result, rows: settleJointly(rows, identities, columns, meter) };
}

const JOINT_LIMIT = 10_000;

/**
 * Rows still ambiguous after one-at-a-time filtering (two glued rows in the same column sum):
 * every combination of their candidates is tried, when there are few enough, and taken only
 * when exactly one combination satisfies every identity it makes decidable.
 */
function settleJointly(
  rows: Map<string, RowResult>,
  identities: ReturnType<typeof identitiesOf>,
  columns: readonly string[],
  meter?: Meter,
): Map<string, RowResult> {
  const open = [...rows.values()].filter((row) => row.candidates && row.candidates.length > 0);
  if (open.length < 2) return rows;
  const combinations = open.reduce((product, row) => product * row.candidates!.length, 1);
  if (combinations > JOINT_LIMIT) return rows;
  const choice = new Map<string, readonly Cell[]>();
  const cellOf = (row: string, column: string): number | undefined => {
    const chosen = choice.get(row);
    const cell = chosen ? chosen[columns.indexOf(column)] : rows.get(row)?.cells[column];
    return typeof cell === "number" ? cell : undefined;
  };
  const consistent = () =>
    identities.every((identity) => {
      const sum = (paths: typeof identity.left) => {
        let total = 0;
        for (const [, row] of paths) {
          const value = cellOf(row, identity.scope);
          if (value === undefined) return undefined;
          total += value;
        }
        return total;
      };
      const left = sum(identity.left);
      const right = sum(identity.right);
      return left === undefined || right === undefined || left === right;
    });
  const found: Map<string, readonly Cell[]>[] = [];
  const visit = (index: number): void => {
    if (found.length > 1) return;
    if (index === open.length) {
      // At most JOINT_LIMIT combinations, each checked against every identity.
      tick(meter, 1 + identities.length);
      if (consistent()) found.push(new Map(choice));
      return;
    }
    for (const candidate of open[index]!.candidates!) {
      choice.set(open[index]!.id, candidate);
      visit(index + 1);
    }
    choice.delete(open[index]!.id);
  };
  visit(0);
  if (found.length !== 1) return rows;
  const settled = new Map(rows);
  for (const [id, candidate] of found[0]!) {
    const ordered: Cell[] = [...candidate];
    const cells = Object.fromEntries(columns.map((key, index) => [key, ordered[index]!]));
    settled.set(id, { id, cells, ordered, unreadable: [], glued: rows.get(id)!.glued! });
  }
  return settled;
}
