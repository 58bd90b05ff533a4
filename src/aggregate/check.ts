/**
 * `checkAggregate`: does a published consolidated report equal the sum of its members?
 *
 * @module
 */

import { Decimal } from "decimal.js";
import { type Finding, type FindingPath, isOk } from "../findings/finding.js";
import { type CommonOptions, optionInvalid, readOptions } from "../findings/options.js";
import { deepFreeze } from "../model/freeze.js";
import { snapshot } from "../model/input.js";
import type { Report } from "../model/report.js";
import { isTemplateVersion, TEMPLATE_VERSIONS_TEXT } from "../templates/registry.js";
import { asText, cellSlots, cellState, field, isObject, memberPath, shown } from "./cells.js";
import { consolidate, keyOf } from "./consolidate.js";
import { type PendingFinding, word } from "./findings.js";
import { agencyKey } from "./names.js";

/** What {@link checkAggregate} returns: `ok` when no finding is an `error`. */
export interface AggregateCheck {
  readonly ok: boolean;
  readonly findings: readonly Finding[];
}

/** Options of {@link checkAggregate}. */
export interface CheckAggregateOptions extends CommonOptions {
  /** Agency names of the members the consolidated report must cover; each one missing is a finding. */
  readonly expectedMembers?: readonly string[];
}

function isZero(value: number | Decimal): boolean {
  return typeof value === "number" ? value === 0 : value.isZero();
}

function equal(a: number | Decimal, b: number | Decimal): boolean {
  return new Decimal(a).equals(new Decimal(b));
}

/**
 * Compares a published consolidated report with the sum of its members' reports.
 *
 * One `AGGREGATE_MISMATCH` per cell of tables 二, 三 and 四 where the consolidated report differs
 * from the members' sum (totals recomputed from the members' leaves), with `expected` the sum,
 * `actual` the published value and `related` the members' cells (`["members", index, table, row,
 * column]`, index into `members`). A cell is not judged when some member does not give it as a
 * number (the sum is unknown), when the consolidated cell is absent, or when it is blank/marked and
 * the sum is 0. Also `AGGREGATE_MISMATCH` for each refused member (another template or year, a
 * duplicate) at `["members", index, …]`, and for each name of `expectedMembers` that no member
 * bears, at `["members"]` with the name as the message detail. Never throws.
 *
 * @param published - The published consolidated report.
 * @param members - The members' reports.
 * @param options - `expectedMembers`, `locale`, `severity`.
 * @returns `ok` (no `error` finding) and the findings, worded in `options.locale`; no finding when
 *   the report is the exact sum.
 * @example
 * ```ts
 * checkAggregate(county, [townA, townB, townC], { expectedMembers: ["甲镇人民政府"], locale: "en" });
 * // { ok: false, findings: [{ code: "AGGREGATE_MISMATCH", path: ["applications", "newlyReceived", "total"],
 * //    expected: 12, actual: 13, related: [["members", 0, "applications", "newlyReceived", "total"], …] }] }
 * ```
 */
export function checkAggregate(
  published: Report,
  members: readonly Report[],
  options: CheckAggregateOptions = {},
): AggregateCheck {
  const read = readOptions(options, ["expectedMembers"]);
  // Snapshots: nothing below meets a getter or a Proxy that throws.
  const consolidated = snapshot(published);
  const memberList = snapshot(members);
  const template = field(consolidated, "template");
  if (!isTemplateVersion(template)) {
    const actual = asText(template);
    const draft = { code: "AGGREGATE_MISMATCH" as const, path: ["template"], actual, detail: "" };
    return checked(
      word([{ draft: { ...draft, expected: TEMPLATE_VERSIONS_TEXT } }], "2021", read, read.drafts),
    );
  }
  const summed = consolidate(memberList, template, field(consolidated, "year"));
  const pending: PendingFinding[] = summed.pending.filter(
    (p) => p.draft.code === "AGGREGATE_MISMATCH",
  );
  for (const slot of cellSlots(template)) {
    const expected = summed.tables[slot.table]?.[slot.row]?.[slot.column];
    if (expected === undefined || summed.uncertain.has(keyOf(slot.path))) continue;
    const published = cellState(consolidated, slot.path, slot.kind);
    let actual: number | string | undefined;
    if (published.state === "number" || published.state === "money") {
      if (!equal(published.value, expected)) actual = shown(published.value);
    } else if (published.state === "blank" || published.state === "mark") {
      if (!isZero(expected)) actual = published.state === "mark" ? published.mark.mark : "null";
    } else if (published.state === "invalid") {
      actual = published.raw;
    }
    if (actual === undefined) continue;
    const related: FindingPath[] = summed.accepted
      .filter((m) => isObject(field(m.report, slot.table)))
      .map((m) => memberPath(m.index, slot.path));
    pending.push({
      draft: {
        code: "AGGREGATE_MISMATCH",
        path: slot.path,
        expected: shown(expected),
        actual,
        related,
      },
    });
  }
  const names = new Set(
    (Array.isArray(memberList) ? memberList : []).flatMap((m) => {
      const name = field(field(m, "agency"), "name");
      const key = typeof name === "string" ? agencyKey(name) : undefined;
      return key === undefined ? [] : [key];
    }),
  );
  const expectedMembers = read.fields["expectedMembers"];
  const optionDrafts = [...read.drafts];
  if (Array.isArray(expectedMembers)) {
    for (const name of expectedMembers) {
      if (typeof name !== "string") continue;
      const key = agencyKey(name);
      if (key !== undefined && names.has(key)) continue;
      pending.push({ draft: { code: "AGGREGATE_MISMATCH", path: ["members"], detail: name } });
    }
  } else if (expectedMembers !== undefined) {
    optionDrafts.push(optionInvalid(["expectedMembers"], "string[]", asText(expectedMembers)));
  }
  return checked(word(pending, template, read, optionDrafts));
}

function checked(findings: readonly Finding[]): AggregateCheck {
  return deepFreeze({ ok: isOk(findings), findings: [...findings] });
}
