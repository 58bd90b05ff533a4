/**
 * Rules that compare a report with last year's (`options.previous`): CARRY_OVER, STOCK_FLOW,
 * ITEM_COUNT_FLOW and REPEATED_TEXT. Each applies wherever both reports hold the fields it reads,
 * so a previous report of the other template works where the rule makes sense (2020 → 2021:
 * CARRY_OVER and REPEATED_TEXT; STOCK_FLOW needs 2021 fields on both sides, ITEM_COUNT_FLOW 2019
 * fields on both sides).
 *
 * Paths in `related` that point into last year's report start with `"previous"`.
 *
 * @module
 */

import type { FindingDraft, FindingPath } from "../findings/finding.js";
import type { Report } from "../model/report.js";
import { tableLayout } from "../templates/layout.js";
import { templateDefinition } from "../templates/registry.js";
import { type Meter, tick } from "../text/meter.js";
import { countAt } from "./cells.js";
import { similarityMetered } from "./similarity.js";

/** Above this similarity a text section counts as repeated ("more than half identical"). */
export const REPEATED_THRESHOLD = 0.5;

// Field keys of table 二 read by the flow rules (registry keys of the 2021 (一) and 2019 item rows).
const ISSUED = "issued";
const REPEALED = "repealed";
const IN_FORCE = "inForce";
const PREVIOUS_ITEMS = "previousItems";
const CHANGE = "change";

const PREVIOUS = "previous";

function previousPath(path: FindingPath): FindingPath {
  return [PREVIOUS, ...path];
}

/** CARRY_OVER: this year's 二、上年结转 equals last year's 四、结转下年度, per column. */
export function checkCarryOver(report: Report, previous: Report): FindingDraft[] {
  const { rows, columns } = templateDefinition(report.template).applications;
  const carriedOver = rows.filter((r) => r.role === "intake")[1];
  const before = templateDefinition(previous.template).applications.rows;
  const carriedForward = before.find((r) => r.role === "carriedForward");
  if (carriedOver === undefined || carriedForward === undefined) return [];
  const drafts: FindingDraft[] = [];
  for (const column of columns) {
    const path: FindingPath = ["applications", carriedOver.key, column.key];
    const lastYear: FindingPath = ["applications", carriedForward.key, column.key];
    const actual = countAt(report, path);
    const expected = countAt(previous, lastYear);
    if (actual === undefined || expected === undefined || actual === expected) continue;
    drafts.push({ code: "CARRY_OVER", path, expected, actual, related: [previousPath(lastYear)] });
  }
  return drafts;
}

function disclosureRows(report: Report, fields: readonly string[]): string[] {
  const table = tableLayout(report.template).find((t) => t.key === "activeDisclosure")!;
  return table.rows
    .filter((row) => fields.every((f) => row.columns.some((c) => c.key === f)))
    .map((row) => row.key);
}

/** STOCK_FLOW: 现行有效(Y) = 现行有效(Y−1) + 本年制发(Y) − 本年废止(Y), for rows with those fields. */
export function checkStockFlow(report: Report, previous: Report): FindingDraft[] {
  const lastYearRows = disclosureRows(previous, [IN_FORCE]);
  const drafts: FindingDraft[] = [];
  for (const row of disclosureRows(report, [ISSUED, REPEALED, IN_FORCE])) {
    if (!lastYearRows.includes(row)) continue;
    const at = (field: string): FindingPath => ["activeDisclosure", row, field];
    const stock = countAt(report, at(IN_FORCE));
    const issued = countAt(report, at(ISSUED));
    const repealed = countAt(report, at(REPEALED));
    const lastStock = countAt(previous, at(IN_FORCE));
    if (stock === undefined || issued === undefined || repealed === undefined) continue;
    if (lastStock === undefined) continue;
    const expected = lastStock + issued - repealed;
    if (stock === expected) continue;
    drafts.push({
      code: "STOCK_FLOW",
      path: at(IN_FORCE),
      expected,
      actual: stock,
      related: [previousPath(at(IN_FORCE)), at(ISSUED), at(REPEALED)],
    });
  }
  return drafts;
}

/** ITEM_COUNT_FLOW (2019): 上一年项目数量(Y) = 上一年项目数量(Y−1) + 本年增/减(Y−1). */
export function checkItemCountFlow(report: Report, previous: Report): FindingDraft[] {
  const lastYearRows = disclosureRows(previous, [PREVIOUS_ITEMS, CHANGE]);
  const drafts: FindingDraft[] = [];
  for (const row of disclosureRows(report, [PREVIOUS_ITEMS])) {
    if (!lastYearRows.includes(row)) continue;
    const at = (field: string): FindingPath => ["activeDisclosure", row, field];
    const items = countAt(report, at(PREVIOUS_ITEMS));
    const lastItems = countAt(previous, at(PREVIOUS_ITEMS));
    const lastChange = countAt(previous, at(CHANGE));
    if (items === undefined || lastItems === undefined || lastChange === undefined) continue;
    const expected = lastItems + lastChange;
    if (items === expected) continue;
    drafts.push({
      code: "ITEM_COUNT_FLOW",
      path: at(PREVIOUS_ITEMS),
      expected,
      actual: items,
      related: [previousPath(at(PREVIOUS_ITEMS)), previousPath(at(CHANGE))],
    });
  }
  return drafts;
}

/** REPEATED_TEXT: each prose section (一, 五, 六) against the same section last year. */
export function checkRepeatedText(report: Report, previous: Report, meter?: Meter): FindingDraft[] {
  const texts = (r: Report) => r as unknown as Record<string, unknown>;
  const drafts: FindingDraft[] = [];
  for (const section of templateDefinition(report.template).sections) {
    if (section.body !== "text") continue;
    const text = texts(report)[section.key];
    const lastYear = texts(previous)[section.key];
    if (typeof text !== "string" || typeof lastYear !== "string") continue;
    tick(meter, 1);
    const similarity = similarityMetered(text, lastYear, meter);
    if (similarity === undefined || similarity <= REPEATED_THRESHOLD) continue;
    drafts.push({
      code: "REPEATED_TEXT",
      path: [section.key],
      expected: REPEATED_THRESHOLD,
      // Rounded up, so that the figure shown is above the threshold whenever the rule fires.
      actual: Math.ceil(similarity * 100) / 100,
      related: [previousPath([section.key])],
    });
  }
  return drafts;
}

/** Every cross-year rule. */
export function checkCrossYear(report: Report, previous: Report, meter?: Meter): FindingDraft[] {
  return [
    ...checkCarryOver(report, previous),
    ...checkStockFlow(report, previous),
    ...checkItemCountFlow(report, previous),
    ...checkRepeatedText(report, previous, meter),
  ];
}
