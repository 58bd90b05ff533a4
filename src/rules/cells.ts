/**
 * Reading cells of a (well-formed, frozen) report by their canonical-JSON path, telling a number
 * from a blank, a mark and an absent cell, so that no rule sums an unknown as zero.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { FindingPath } from "../findings/finding.js";
import { isMark, isNumeric } from "../model/cell.js";
import type { Report } from "../model/report.js";

/** What a cell holds, as the rules see it. */
export type CellState =
  | { readonly state: "number"; readonly value: number | Decimal }
  | { readonly state: "blank" }
  | { readonly state: "mark"; readonly mark: string }
  | { readonly state: "absent" }
  /** The whole table is absent (already a SECTION_MISSING): nothing to say about the cell. */
  | { readonly state: "noTable" };

type Table = Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;

/** The table of a report under a key, if present. */
export function tableOf(report: Report, key: string): Table | undefined {
  const table = (report as unknown as Record<string, unknown>)[key];
  return typeof table === "object" && table !== null ? (table as Table) : undefined;
}

/**
 * The state of the cell at `[table, row, column]`.
 *
 * @example
 * ```ts
 * cellState(report, ["applications", "newlyReceived", "total"]); // { state: "number", value: 0 }
 * ```
 */
export function cellState(report: Report, path: FindingPath): CellState {
  const [tableKey, rowKey, columnKey] = path;
  const table = tableOf(report, String(tableKey));
  if (table === undefined) return { state: "noTable" };
  const row = table[String(rowKey)];
  if (row === undefined || !Object.hasOwn(row, String(columnKey))) return { state: "absent" };
  const value = row[String(columnKey)];
  if (value === null) return { state: "blank" };
  if (isMark(value)) return { state: "mark", mark: value.mark };
  if (isNumeric(value as number)) return { state: "number", value: value as number | Decimal };
  return { state: "absent" };
}

/** The value of a count cell, or `undefined` when it is not a number. */
export function countAt(report: Report, path: FindingPath): number | undefined {
  const cell = cellState(report, path);
  return cell.state === "number" && typeof cell.value === "number" ? cell.value : undefined;
}

/** Whether a path starts with another. */
export function startsWith(path: FindingPath, prefix: FindingPath): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}

/** Whether two paths are the same. */
export function samePath(a: FindingPath, b: FindingPath): boolean {
  return a.length === b.length && startsWith(a, b);
}
