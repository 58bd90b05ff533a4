/**
 * Subtotals printed on a group's own line of table 三 (format-spec R5, D9), checked against the
 * group's rows as read. The template has no cells for a subtotal, so the model holds none and
 * `validate` cannot see one: a reader that read such a line is the only place R5 can be judged.
 * Both readers (text and grids) hand their subtotals here, and the identities are the registry's
 * (`subtotalIdentities`), judged by the model's one evaluator.
 *
 * @module
 */
import type { FindingDraft } from "../findings/finding.js";
import { type CellReader, cellsOf, violation } from "../model/identities.js";
import { subtotalIdentities } from "../templates/identities.js";
import { templateDefinition } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
import type { Meter } from "../text/meter.js";
import { readCell } from "./cells.js";

/** A group's line printing values of its own: the group's key, and one printed text per column. */
export interface PrintedSubtotal {
  readonly group: string;
  readonly values: readonly string[];
}

/**
 * T3_SUBTOTAL for each column whose printed subtotal the group's rows, as read into `table`,
 * cannot add up to. Only a line printing one value per column of the template is checked: with
 * fewer or more, which value stands under which column is not printed.
 *
 * @example
 * ```ts
 * // （六）其他处理 printed as 1 … 1 over three rows of 0: the 自然人 and 总计 columns are reported.
 * subtotalDrafts("2021", table, { group: "otherProcessing", values: ["1", "0", "0", "0", "0", "0", "1"] });
 * ```
 */
export function subtotalDrafts(
  version: TemplateVersion,
  table: object | undefined,
  subtotal: PrintedSubtotal,
  meter?: Meter,
): FindingDraft[] {
  const identities = subtotalIdentities(version).get(subtotal.group);
  const { columns } = templateDefinition(version).applications;
  if (table === undefined || identities === undefined) return [];
  if (subtotal.values.length !== columns.length) return [];
  // The printed cells read as the column reads them: a blank or a mark is an unknown operand, and
  // a text no column reads (words) is absent, so neither is ever reported as a wrong subtotal.
  const printed = new Map<string, unknown>();
  columns.forEach((column, index) => {
    const reading = readCell(subtotal.values[index]!, column, meter);
    if (reading.ok) printed.set(column.key, reading.value);
  });
  const cells = cellsOf({ applications: table });
  const read: CellReader = (path) =>
    path[1] === subtotal.group ? printed.get(path[2]) : cells(path);
  const drafts: FindingDraft[] = [];
  for (const identity of identities) {
    const draft = violation(identity, read);
    if (draft !== undefined) drafts.push(draft);
  }
  return drafts;
}
