/**
 * The cells that consolidation and comparison walk, read off the registries, and a defensive
 * reader of one cell of any value (members and reports come from users and may be malformed).
 *
 * @module
 */

import { Decimal } from "decimal.js";
import type { FindingPath } from "../findings/finding.js";
import { show, UNREADABLE } from "../findings/values.js";
import { type Cell, isMark, type Mark } from "../model/cell.js";
import type { CellPath } from "../templates/identities.js";
import { type TableKey, tableLayout } from "../templates/layout.js";
import type { CellKind, TemplateVersion } from "../templates/types.js";

/** One cell of a template's tables. */
export interface CellSlot {
  readonly table: TableKey;
  readonly row: string;
  readonly column: string;
  readonly kind: CellKind;
  readonly path: CellPath;
}

/** Every cell of a template's three tables, in registry order. */
export function cellSlots(version: TemplateVersion): readonly CellSlot[] {
  return tableLayout(version).flatMap((table) =>
    table.rows.flatMap((row) =>
      row.columns.map((column) => ({
        table: table.key,
        row: row.key,
        column: column.key,
        kind: column.kind,
        path: [table.key, row.key, column.key] as const,
      })),
    ),
  );
}

/** A property of any value, or `undefined` (never throws, even on hostile getters or proxies). */
export function field(value: unknown, key: string | number): unknown {
  if (typeof value !== "object" || value === null) return undefined;
  try {
    return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a value is a non-null object (a table, a row). */
export function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/** What a cell of a report holds, classified against the kind the template expects. */
export type CellState =
  | { readonly state: "number"; readonly value: number }
  | { readonly state: "money"; readonly value: Decimal }
  | { readonly state: "blank" }
  | { readonly state: "mark"; readonly mark: Mark }
  | { readonly state: "absent" }
  | { readonly state: "invalid"; readonly raw: string };

/**
 * A field of a member or report as text for a finding. `String()` throws on objects without a prototype and
 * overflows the stack on deeply nested arrays; a finding must be written anyway.
 */
export function asText(value: unknown): string {
  // A value whose read threw is shown as such, never as the internal marker's name.
  if (value === UNREADABLE) return show(value);
  try {
    const text = String(value);
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  } catch {
    return show(value);
  }
}

function describeRaw(value: unknown): string {
  if (value === UNREADABLE) return show(value);
  try {
    return typeof value === "string" ? value : String(value);
  } catch {
    return typeof value;
  }
}

/** Reads and classifies one cell; a value of the wrong type is `invalid`, never coerced. */
export function cellState(report: unknown, path: readonly (string | number)[], kind: CellKind) {
  let value: unknown = report;
  for (const key of path) value = field(value, key);
  return classify(value, kind);
}

/** Classifies a raw cell value against the kind the template expects. */
export function classify(value: unknown, kind: CellKind): CellState {
  if (value === undefined) return { state: "absent" };
  if (value === null) return { state: "blank" };
  if (isMark(value)) return { state: "mark", mark: value };
  if (kind === "money") {
    if (Decimal.isDecimal(value) && value.isFinite() && !value.isNegative()) {
      return { state: "money", value };
    }
  } else if (typeof value === "number" && Number.isSafeInteger(value)) {
    if (kind === "signedCount" || value >= 0) return { state: "number", value };
  }
  return { state: "invalid", raw: describeRaw(value) };
}

/** The cell a state stands for: absent is `undefined`, invalid is `undefined` too. */
export function cellOf(state: CellState): Cell | undefined {
  switch (state.state) {
    case "number":
    case "money":
      return state.value;
    case "blank":
      return null;
    case "mark":
      return state.mark;
    default:
      return undefined;
  }
}

/** A number or amount as a finding's `expected`/`actual`: counts stay numbers, money a string. */
export function shown(value: number | Decimal): number | string {
  return typeof value === "number" ? value : value.toFixed();
}

/** The path of a member's cell, as findings name it: `["members", index, ...path]`. */
export function memberPath(index: number, path: FindingPath): FindingPath {
  return ["members", index, ...path];
}

/** Whether two paths are the same. */
export function samePath(a: FindingPath, b: FindingPath): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}
