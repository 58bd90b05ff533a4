/**
 * Deriving totals from the identities of the template: every cell that is the single left side of
 * a total identity (the 总计 column, （七）总计, the table-四 总计) is computed from its parts, never
 * taken from the caller. Nothing here names a row or column: it all comes from `identitiesOf`.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import type { FindingDraft } from "../findings/finding.js";
import { type Cell, isNumeric } from "../model/cell.js";
import { sumMoney } from "../model/decimal.js";
import {
  type CellPath,
  type Identity,
  type IdentityCode,
  identitiesOf,
} from "../templates/identities.js";
import type { TemplateVersion } from "../templates/types.js";

/** Tables under construction: table → row → column → cell. */
export type Tables = Record<string, Record<string, Record<string, Cell>>>;

/** Totals the caller gave, by cell key; checked against the derived ones. */
export type GivenTotals = ReadonlyMap<string, Cell>;

// T3_BALANCE relates two given sides (一 + 二 and （七） + 四): it checks, it does not define a cell.
const DERIVING: ReadonlySet<IdentityCode> = new Set<IdentityCode>([
  "T3_ROW_TOTAL",
  "T3_RESULT_TOTAL",
  "T4_GROUP_TOTAL",
]);

/**
 * A stable key of a cell path, for maps and sets.
 *
 * @example
 * ```ts
 * cellKey(["applications", "totalHandled", "total"]) === cellKey(["applications", "totalHandled", "total"]); // true
 * ```
 */
export function cellKey(path: CellPath): string {
  return path.join("\u0000");
}

/**
 * The identities of a version that define a total cell.
 *
 * @example
 * ```ts
 * totalIdentities("2021").some((i) => i.code === "T3_BALANCE"); // false
 * ```
 */
export function totalIdentities(version: TemplateVersion): readonly Identity[] {
  return identitiesOf(version).filter((identity) => DERIVING.has(identity.code));
}

/**
 * Keys of the cells a builder derives (never takes from the caller).
 *
 * @example
 * ```ts
 * derivedCellKeys("2021").has(cellKey(["applications", "totalHandled", "naturalPerson"])); // true
 * ```
 */
export function derivedCellKeys(version: TemplateVersion): ReadonlySet<string> {
  return new Set(totalIdentities(version).map((identity) => cellKey(identity.left[0]!)));
}

function valueAt(tables: Tables, [table, row, column]: CellPath): Cell | undefined {
  return tables[table]?.[row]?.[column];
}

function sum(values: readonly (number | Decimal)[]): number | Decimal {
  if (values.every((value) => typeof value === "number")) {
    return (values as number[]).reduce((a, b) => a + b, 0);
  }
  return sumMoney(values.map((value) => new Decimal(value)));
}

function same(a: number | Decimal, b: number | Decimal): boolean {
  return new Decimal(a).eq(new Decimal(b));
}

function shown(value: number | Decimal): number | string {
  return typeof value === "number" ? value : value.toFixed();
}

function numericParts(
  tables: Tables,
  paths: readonly CellPath[],
): (number | Decimal)[] | undefined {
  const values = paths.map((path) => valueAt(tables, path));
  return values.every((value) => isNumeric(value)) ? (values as (number | Decimal)[]) : undefined;
}

function place(tables: Tables, [table, row, column]: CellPath, value: Cell): void {
  tables[table] ??= {};
  tables[table][row] ??= {};
  tables[table][row][column] = value;
}

/**
 * Fills every total cell of `tables` from its parts, in dependency order (（七）总计 of the 总计
 * column depends on other totals). A total whose parts are not all numbers (a part was rejected)
 * cannot be derived: it takes the caller's value if one was given, else stays absent. A given total
 * that differs from the derived one is dropped, with one draft per identity it breaks.
 *
 * @example
 * ```ts
 * const drafts: FindingDraft[] = [];
 * deriveTotals(tables, new Map([[cellKey(["applications", "disclosed", "total"]), 9]]), "2021", drafts);
 * tables.applications.disclosed.total; // the sum of the row's six applicant cells
 * drafts[0]?.code; // 'T3_ROW_TOTAL', unless that sum is 9
 * ```
 */
export function deriveTotals(
  tables: Tables,
  given: GivenTotals,
  version: TemplateVersion,
  drafts: FindingDraft[],
): void {
  const totals = totalIdentities(version);
  const derived = new Map<string, number | Decimal>();
  const pending = derivedCellKeys(version);
  let progress = true;
  while (progress) {
    progress = false;
    for (const identity of totals) {
      const target = cellKey(identity.left[0]!);
      if (derived.has(target)) continue;
      const waiting = identity.right.some(
        (path) => pending.has(cellKey(path)) && !derived.has(cellKey(path)),
      );
      if (waiting) continue;
      const parts = numericParts(tables, identity.right);
      if (parts === undefined) continue;
      const value = sum(parts);
      derived.set(target, value);
      place(tables, identity.left[0]!, value);
      progress = true;
    }
  }
  for (const identity of totals) {
    const path = identity.left[0]!;
    const target = cellKey(path);
    const value = derived.get(target);
    const offered = given.get(target);
    if (value === undefined) {
      if (offered !== undefined) place(tables, path, offered);
    } else if (isNumeric(offered) && !same(offered, value)) {
      drafts.push({
        code: identity.code,
        path,
        expected: shown(value),
        actual: shown(offered),
        related: identity.right,
      });
    }
  }
}

/**
 * Checks the identities that are not totals (the balance of table 三), where every operand is a
 * number. The draft sits on the last cell of the right side (四、结转下年度继续办理 for the balance),
 * where the app most likely missed an application; `expected` is Σleft, `actual` Σright.
 *
 * @example
 * ```ts
 * const drafts: FindingDraft[] = [];
 * checkRelations(tables, "2021", drafts); // after deriveTotals
 * drafts.map((d) => d.code); // ['T3_BALANCE', …] for each column that does not balance
 * ```
 */
export function checkRelations(
  tables: Tables,
  version: TemplateVersion,
  drafts: FindingDraft[],
): void {
  for (const identity of identitiesOf(version)) {
    if (DERIVING.has(identity.code)) continue;
    const left = numericParts(tables, identity.left);
    const right = numericParts(tables, identity.right);
    if (left === undefined || right === undefined) continue;
    const leftSum = sum(left);
    const rightSum = sum(right);
    if (same(leftSum, rightSum)) continue;
    const path = identity.right[identity.right.length - 1]!;
    drafts.push({
      code: identity.code,
      path,
      expected: shown(leftSum),
      actual: shown(rightSum),
      related: [...identity.left, ...identity.right].filter((p) => cellKey(p) !== cellKey(path)),
    });
  }
}
