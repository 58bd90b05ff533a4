/**
 * The engine under `aggregate` and `checkAggregate`: which members are accepted, the sum of their
 * leaf cells, totals recomputed from the summed leaves, and the findings about the members.
 *
 * @module
 */

import type { Decimal } from "decimal.js";
import type { FindingPath } from "../findings/finding.js";
import { sumMoney } from "../model/decimal.js";
import {
  cellsOf,
  deriveTotals,
  evaluateIdentity,
  identityPath,
  identityRelated,
  showBound,
  totalIdentities,
} from "../model/identities.js";
import { identitiesOf } from "../templates/identities.js";
import type { TableKey } from "../templates/layout.js";
import { tableLayout } from "../templates/layout.js";
import { isTemplateVersion } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
import { append } from "../text/lists.js";
import {
  asText,
  type CellSlot,
  cellSlots,
  cellState,
  field,
  isObject,
  memberPath,
} from "./cells.js";
import type { PendingFinding } from "./findings.js";
import { agencyKey } from "./names.js";

/** A member taken into the sum, with its index in the input list. */
export interface AcceptedMember {
  readonly index: number;
  readonly report: unknown;
}

/** The summed tables: table → row → column → value. */
export type SummedTables = Partial<
  Record<TableKey, Record<string, Record<string, number | Decimal>>>
>;

/** What consolidation yields before it is shaped into a report. */
export interface Consolidation {
  readonly template: TemplateVersion;
  readonly year: number | null;
  readonly accepted: readonly AcceptedMember[];
  readonly tables: SummedTables;
  /** Keys (`table/row/column`) of cells some accepted member did not give as a number. */
  readonly uncertain: ReadonlySet<string>;
  readonly pending: readonly PendingFinding[];
}

const keyOf = (path: FindingPath): string => path.join("/");

function nameOf(report: unknown): string | null {
  const name = field(field(report, "agency"), "name");
  return typeof name === "string" ? name : null;
}

/** The template and year of the consolidated report: the init's, else the first member's. */
function settle(members: readonly unknown[], template: unknown, year: unknown) {
  const first = members.find((m) => isTemplateVersion(field(m, "template")));
  const version: TemplateVersion = isTemplateVersion(template)
    ? template
    : isTemplateVersion(field(first, "template"))
      ? (field(first, "template") as TemplateVersion)
      : "2021";
  const sameTemplate = members.find((m) => field(m, "template") === version);
  const memberYear = field(sameTemplate, "year");
  const settledYear =
    typeof year === "number" && Number.isSafeInteger(year)
      ? year
      : typeof memberYear === "number" && Number.isSafeInteger(memberYear)
        ? memberYear
        : null;
  return { version, year: settledYear };
}

/** Members of the template and year, each agency once; every other member is refused. */
function accept(members: readonly unknown[], version: TemplateVersion, year: number | null) {
  const pending: PendingFinding[] = [];
  const accepted: AcceptedMember[] = [];
  const seen = new Map<string, number>();
  members.forEach((report, index) => {
    const name = nameOf(report);
    const detail = name ?? "";
    const refuse = (path: FindingPath, expected: string | number, actual: string | number) =>
      pending.push({ draft: { code: "AGGREGATE_MISMATCH", path, expected, actual, detail } });
    if (!isObject(report)) {
      refuse(["members", index], "Report", report === null ? "null" : typeof report);
      return;
    }
    const template = field(report, "template");
    if (template !== version) {
      refuse(["members", index, "template"], version, asText(template));
      return;
    }
    const memberYear = field(report, "year");
    if (memberYear !== year) {
      refuse(["members", index, "year"], String(year), asText(memberYear));
      return;
    }
    const key = name === null ? undefined : agencyKey(name);
    if (key !== undefined && seen.has(key)) {
      pending.push({
        draft: {
          code: "AGGREGATE_MISMATCH",
          path: ["members", index, "agency", "name"],
          actual: detail,
          detail,
          related: [["members", seen.get(key)!, "agency", "name"]],
        },
      });
      return;
    }
    if (key !== undefined) seen.set(key, index);
    accepted.push({ index, report });
  });
  return { accepted, pending };
}

/**
 * A member's violated identities, located in the member, judged by the model's one evaluator: a
 * blank, marked, absent or ill-typed operand is an unknown count, as in `validate`.
 */
function memberIdentities(member: AcceptedMember, version: TemplateVersion): PendingFinding[] {
  const pending: PendingFinding[] = [];
  const read = cellsOf(member.report);
  for (const identity of identitiesOf(version)) {
    const verdict = evaluateIdentity(identity, read);
    if (verdict.verdict !== "violated") continue;
    pending.push({
      draft: {
        code: identity.code,
        path: identityPath(identity),
        expected: showBound(verdict.expected),
        actual: showBound(verdict.actual),
        related: identityRelated(identity),
      },
      member: member.index,
    });
  }
  return pending;
}

/** Sums one leaf cell over the members holding its table; reports every non-number. */
function sumLeaf(slot: CellSlot, holders: readonly AcceptedMember[], pending: PendingFinding[]) {
  const counts: number[] = [];
  const amounts: Decimal[] = [];
  let certain = true;
  for (const member of holders) {
    const state = cellState(member.report, slot.path, slot.kind);
    const related = [memberPath(member.index, slot.path)];
    if (state.state === "number") counts.push(state.value);
    else if (state.state === "money") amounts.push(state.value);
    else {
      certain = false;
      const draft =
        state.state === "invalid"
          ? { code: "CELL_TYPE" as const, path: slot.path, actual: state.raw, related }
          : state.state === "absent"
            ? { code: "CELL_BLANK" as const, path: slot.path, detail: "absent", related }
            : state.state === "mark"
              ? {
                  code: "CELL_BLANK" as const,
                  path: slot.path,
                  detail: "mark",
                  actual: state.mark.mark,
                  related,
                }
              : { code: "CELL_BLANK" as const, path: slot.path, related };
      pending.push({ draft });
    }
  }
  const value =
    slot.kind === "money" ? sumMoney(amounts) : counts.reduce((total, n) => total + n, 0);
  return { value, certain };
}

/**
 * Fills every total cell of the present tables from the summed leaves, through the model's
 * derivation (the evaluator's `implies` verdict); a total is uncertain when a part it was derived
 * from is.
 */
function fillTotals(tables: SummedTables, version: TemplateVersion, uncertain: Set<string>) {
  for (const { path, value, identity } of deriveTotals(version, cellsOf(tables)).values()) {
    const [table, row, column] = path as readonly [TableKey, string, string];
    const cells = tables[table]?.[row];
    if (cells === undefined) continue;
    cells[column] = value;
    if (identity.right.some((part) => uncertain.has(keyOf(part)))) uncertain.add(keyOf(path));
  }
}

/**
 * Consolidates members: refuses those of another template or year and duplicates, sums the leaf
 * cells of the rest, recomputes the totals, and collects the findings about the members.
 */
export function consolidate(members: unknown, template: unknown, year: unknown): Consolidation {
  const pending: PendingFinding[] = [];
  let list: readonly unknown[] = [];
  if (Array.isArray(members)) list = members;
  else {
    const actual = members === null ? "null" : typeof members;
    pending.push({
      draft: {
        code: "AGGREGATE_MISMATCH",
        path: ["members"],
        expected: "Report[]",
        actual,
        detail: "",
      },
    });
  }
  const settled = settle(list, template, year);
  const { accepted, pending: refused } = accept(list, settled.version, settled.year);
  append(pending, refused);
  for (const member of accepted) append(pending, memberIdentities(member, settled.version));

  const totals = new Set(totalIdentities(settled.version).map((i) => keyOf(i.left[0]!)));
  const tables: SummedTables = {};
  const uncertain = new Set<string>();
  const slots = cellSlots(settled.version);
  for (const layout of tableLayout(settled.version)) {
    const holders = accepted.filter((m) => isObject(field(m.report, layout.key)));
    for (const member of accepted) {
      if (holders.includes(member)) continue;
      const related = [memberPath(member.index, [layout.key])];
      pending.push({ draft: { code: "SECTION_MISSING", path: [layout.key], related } });
    }
    if (holders.length === 0) continue;
    const table: Record<string, Record<string, number | Decimal>> = {};
    for (const row of layout.rows) table[row.key] = {};
    for (const slot of slots) {
      if (slot.table !== layout.key) continue;
      const key = keyOf(slot.path);
      if (holders.length < accepted.length) uncertain.add(key);
      if (totals.has(key)) continue;
      const { value, certain } = sumLeaf(slot, holders, pending);
      if (!certain) uncertain.add(key);
      table[slot.row]![slot.column] = value;
    }
    tables[layout.key] = table;
  }
  fillTotals(tables, settled.version, uncertain);
  return { template: settled.version, year: settled.year, accepted, tables, uncertain, pending };
}

export { keyOf };
