/**
 * One finding for one cause: a table 二 printed wholly in the other template's layout (a 2022
 * report copying 2019's table, jiaxian-xi-2022) said it once per sub-table, plus once at the table
 * for a sub-table only the other template has (（九）政府集中采购): five `TEMPLATE_MIXED` for one
 * fact. When every sub-table the page printed is in the other layout, they are one finding at the
 * table, quoting everything the sub-tables' findings quoted. A page printing some sub-tables in
 * this template's layout (a hybrid) keeps one per sub-table: they say which sub-tables to look at.
 *
 * Applied once to every reader's findings, in the reading pipeline, so that text, HTML, Word and
 * PDF report alike (both table readers put a sub-table's finding at its first row).
 *
 * @module
 */
import type { FindingDraft } from "../findings/finding.js";
import { templateDefinition } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
import { type Meter, tick } from "../text/meter.js";

const CODE = "TEMPLATE_MIXED";
const SECTION = "activeDisclosure";

/** A draft about table 二's layout: at the table, or at a sub-table (its first row). */
function mixedInTable(draft: FindingDraft): boolean {
  return draft.code === CODE && draft.path[0] === SECTION && draft.path.length <= 2;
}

/**
 * The drafts with table 二's `TEMPLATE_MIXED` merged into one at the table when every sub-table
 * printed is in the other template's layout: a sub-table is printed when a cell of it was read or
 * a finding says it is in the other layout (a sub-table the text never reached, whose cells are
 * only said unreadable, is not). The merged finding takes the first one's place; its `detail`
 * joins theirs, in order, so nothing they quoted is lost.
 *
 * @param drafts - The reading's findings, in order.
 * @param template - The report's template: its sub-tables and their rows.
 * @param report - The report read: which sub-tables hold a cell.
 * @example
 * ```ts
 * // A 2022 report printing table 二 in 2019's layout: one finding at [activeDisclosure].
 * withMixedTableMerged(drafts, "2021", report).filter((d) => d.code === "TEMPLATE_MIXED");
 * // [{ code: 'TEMPLATE_MIXED', path: ['activeDisclosure'], expected: '2021', actual: '2019', detail: '政府集中采购: 3 | 12.5；…' }]
 * ```
 */
export function withMixedTableMerged(
  drafts: readonly FindingDraft[],
  template: TemplateVersion,
  report: Readonly<Record<string, unknown>>,
  meter?: Meter,
): readonly FindingDraft[] {
  // One pass to count (most readings have none), then one over the sub-tables and one to merge.
  tick(meter, 1 + drafts.length);
  const mixed = drafts.filter(mixedInTable);
  if (mixed.length < 2) return drafts;
  const first = mixed[0]!;
  // One layout named by all: findings naming different templates are not one cause.
  if (mixed.some((d) => d.expected !== first.expected || d.actual !== first.actual)) return drafts;
  const saidAt = new Set(mixed.map((d) => (d.path.length === 2 ? String(d.path[1]) : SECTION)));
  const table = report[SECTION] as Readonly<Record<string, object | undefined>> | undefined;
  const groups = templateDefinition(template).activeDisclosure.groups;
  tick(meter, 1 + groups.length);
  for (const group of groups) {
    const printed = group.rows.some((row) => Object.keys(table?.[row.key] ?? {}).length > 0);
    // A sub-table read in this template's layout: the page is a hybrid.
    if (printed && !saidAt.has(group.rows[0]!.key)) return drafts;
  }
  const quoted = mixed.flatMap((d) => (d.detail === undefined ? [] : [d.detail]));
  const merged: FindingDraft = {
    code: CODE,
    path: [SECTION],
    ...(first.expected !== undefined && { expected: first.expected }),
    ...(first.actual !== undefined && { actual: first.actual }),
    ...(quoted.length > 0 && { detail: quoted.join("；") }),
  };
  tick(meter, drafts.length);
  return drafts.flatMap((draft) =>
    draft === first ? [merged] : mixedInTable(draft) ? [] : [draft],
  );
}
