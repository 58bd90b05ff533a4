/**
 * The grid mapper (ARCHITECTURE §1): a table printed as one or more grids, read into report cells
 * by the labels printed in it. A grid is told apart by its own labels (captions and rows of table
 * 二, applicant columns and rows of table 三, groups and outcomes of table 四), so that a table is
 * found even where its section heading was lost.
 *
 * @module
 */
import type { TableKey } from "../../templates/layout.js";
import { templateVersions } from "../../templates/registry.js";
import type { TemplateVersion } from "../../templates/types.js";
import { most } from "../../text/lists.js";
import { type Meter, tick } from "../../text/meter.js";
import type { TableReading } from "../tables.js";
import { mapActiveDisclosure } from "./active.js";
import { mapApplications } from "./applications.js";
import type { Matrix } from "./expand.js";
import { type Candidate, candidatesFor, matchScore } from "./match.js";
import { type MapPlan, PLANS } from "./plans.js";
import { mapReviews } from "./reviews.js";

export { expandGrid, type Matrix } from "./expand.js";

/** Labels that name each table: a cell matching one counts for that table. */
const NAMES: readonly {
  readonly table: TableKey;
  readonly labels: readonly Candidate<string>[];
}[] = (() => {
  const of = <T>(list: readonly Candidate<T>[], prefix: string): Candidate<string>[] =>
    list.map((candidate) => ({
      ...candidate,
      id: `${prefix}${candidate.id}`,
      value: candidate.id,
    }));
  const both = (pick: (plan: MapPlan) => readonly Candidate<unknown>[]) =>
    templateVersions.flatMap((version) => of(pick(PLANS[version]), `${version}:`));
  return [
    {
      table: "activeDisclosure",
      labels: [
        ...both((p) => p.captions),
        ...both((p) => p.disclosureRows),
        ...both((p) => p.disclosureColumns),
        // 信息内容 heads the label column of every sub-table, and of no other table.
        { id: "labelHeader", forms: PLANS["2021"].labelHeader, value: "labelHeader" },
      ],
    },
    {
      table: "applications",
      labels: [...both((p) => p.applicationRows), ...both((p) => p.applicantColumns)],
    },
    {
      table: "reviewsAndLitigation",
      labels: [...both((p) => p.reviewGroups), ...both((p) => p.reviewColumns)],
    },
  ];
})();

/** Fewer matching cells than this do not make a grid a table of the report. */
const FEWEST_LABELS = 3;

/**
 * The table a grid prints, by the labels in its cells: the table with the most cells naming it,
 * when at least three do and no other table has as many.
 *
 * @example
 * ```ts
 * classifyGrid(expandGrid({ rows: [[{ text: "行政复议" }], [{ text: "结果维持" }], [{ text: "结果纠正" }]] }));
 * // 'reviewsAndLitigation'
 * ```
 */
export function classifyGrid(matrix: Matrix, meter?: Meter): TableKey | undefined {
  const counts = NAMES.map(() => 0);
  for (const row of matrix.rows) {
    for (const slot of row) {
      if (slot === undefined || slot.copy || slot.key === "") continue;
      // Each cell against a fixed list of labels.
      tick(meter, 1 + slot.key.length);
      for (let i = 0; i < NAMES.length; i++) {
        // Only the labels the cell could match (see `candidatesFor`), in their order.
        for (const label of candidatesFor(slot.key, NAMES[i]!.labels)) {
          if (matchScore(slot.key, label.forms, meter) > 0) {
            counts[i]!++;
            break;
          }
        }
      }
    }
  }
  const best = most(counts);
  if (best < FEWEST_LABELS || counts.filter((count) => count === best).length > 1) return undefined;
  return NAMES[counts.indexOf(best)]!.table;
}

/**
 * Reads one table of a report of template `version` from the grids it was printed as (several
 * grids: a table split by page breaks, or table 二 printed one grid per sub-table).
 */
export function mapTable(
  table: TableKey,
  matrices: readonly Matrix[],
  version: TemplateVersion,
  meter?: Meter,
): TableReading {
  switch (table) {
    case "activeDisclosure":
      return mapActiveDisclosure(matrices, version, meter);
    case "applications":
      return mapApplications(matrices, version, meter);
    case "reviewsAndLitigation":
      return mapReviews(matrices, version, meter);
  }
}
