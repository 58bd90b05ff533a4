/**
 * Deriving totals from the identities of the template: every cell that is the single left side of
 * a total identity (the 总计 column, （七）总计, the table-四 总计) is computed from its parts, never
 * taken from the caller. Derivation and checks are the model's one identity evaluator
 * (`src/model/identities.ts`); nothing here names a row or column or adds numbers.
 *
 * @module
 */

import type { FindingDraft } from "../findings/finding.js";
import type { Cell } from "../model/cell.js";
import {
  type CellReader,
  cellKey,
  cellsOf,
  deriveTotals,
  totalIdentities,
  violation,
} from "../model/identities.js";
import { type CellPath, identitiesOf } from "../templates/identities.js";
import type { TemplateVersion } from "../templates/types.js";

export { cellKey };

/** Tables under construction: table → row → column → cell. */
export type Tables = Record<string, Record<string, Record<string, Cell>>>;

/** Totals the caller gave, by cell key; checked against the derived ones. */
export type GivenTotals = ReadonlyMap<string, Cell>;

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

function place(tables: Tables, [table, row, column]: CellPath, value: Cell): void {
  tables[table] ??= {};
  tables[table][row] ??= {};
  tables[table][row][column] = value;
}

/**
 * Fills every total cell of `tables` whose parts are known (a part rejected as `CELL_TYPE` is
 * unknown), then checks every identity with the model's evaluator and pushes one draft per
 * identity that is violated (T3_ROW_TOTAL, T3_RESULT_TOTAL, T4_GROUP_TOTAL, then T3_BALANCE).
 *
 * - A given total that can be derived is checked against its parts and replaced by the derived
 *   value (a given total that differs gives one draft per identity it breaks, at the given cell,
 *   `expected` the sum of the parts, `actual` the given value).
 * - A given total that cannot be derived (a part unknown) is kept, and checked as far as it is
 *   decidable: below the known parts, it is reported (`expected` is then `≥ n`).
 * - T3_BALANCE is checked on the cells the report ends up with; its draft sits on 四 of the
 *   column, `expected` Σleft, `actual` Σright.
 *
 * @example
 * ```ts
 * const drafts: FindingDraft[] = [];
 * settleTotals(tables, new Map([[cellKey(["applications", "disclosed", "total"]), 9]]), "2021", drafts);
 * tables.applications.disclosed.total; // the sum of the row's six applicant cells
 * drafts[0]?.code; // 'T3_ROW_TOTAL', unless that sum is 9
 * ```
 */
export function settleTotals(
  tables: Tables,
  given: GivenTotals,
  version: TemplateVersion,
  drafts: FindingDraft[],
): void {
  const derived = deriveTotals(version, cellsOf(tables));
  for (const { path, value } of derived.values()) place(tables, path, value);
  for (const identity of totalIdentities(version)) {
    const path = identity.left[0]!;
    const offered = given.get(cellKey(path));
    if (offered !== undefined && !derived.has(cellKey(path))) place(tables, path, offered);
  }
  const read = cellsOf(tables);
  const totals = totalIdentities(version);
  const others = identitiesOf(version).filter((identity) => !totals.includes(identity));
  for (const identity of [...totals, ...others]) {
    let reader: CellReader = read;
    if (identity.left.length === 1) {
      // A derived total stands in the report; the caller's value for it is what is checked.
      const target = cellKey(identity.left[0]!);
      const offered = derived.has(target) ? given.get(target) : undefined;
      if (offered !== undefined) reader = (p) => (cellKey(p) === target ? offered : read(p));
    }
    const draft = violation(identity, reader);
    if (draft !== undefined) drafts.push(draft);
  }
}
