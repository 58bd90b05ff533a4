/**
 * The arithmetic identities of each template, derived from the registry: which cells are totals
 * of which. Rules check them, builders compute totals from them, the parser uses them to split
 * glued digits, and property tests perturb against them.
 *
 * @module
 */
import { perTemplate, templates } from "./registry.js";
import type { ApplicationRowDefinition, TemplateVersion } from "./types.js";

/** A path to one cell in the canonical JSON, e.g. `['applications', 'carriedForward', 'total']`. */
export type CellPath = readonly [section: string, row: string, column: string];

/** The rule codes of the identities. */
export type IdentityCode =
  | "T3_ROW_TOTAL"
  | "T3_RESULT_TOTAL"
  | "T3_BALANCE"
  | "T4_GROUP_TOTAL"
  | "T3_SUBTOTAL";

/**
 * An identity `Σ left = Σ right`. For a total, `left` is the single total cell and `right` its
 * parts; for the balance of table 三, `left` is 一 + 二 and `right` is （七） + 四.
 */
export interface Identity {
  readonly code: IdentityCode;
  /** The row, column or group the identity is about (one identity instance per scope). */
  readonly scope: string;
  readonly left: readonly CellPath[];
  readonly right: readonly CellPath[];
}

function buildIdentities(version: TemplateVersion): readonly Identity[] {
  const { applications, reviewsAndLitigation } = templates[version];
  const dataRows = applications.rows.filter((r) => r.role !== "heading" && r.role !== "group");
  const resultRows = applications.rows.filter((r) => r.role === "result");
  const applicants = applications.columns.filter((c) => c.role === "applicant");
  const totalColumn = applications.columns.find((c) => c.role === "total")!;
  const resultTotal = applications.rows.find((r) => r.role === "resultTotal")!;
  const intake = applications.rows.filter((r) => r.role === "intake");
  const forward = applications.rows.find((r) => r.role === "carriedForward")!;
  const cell = (row: string, column: string): CellPath => ["applications", row, column];

  const identities: Identity[] = [];
  for (const row of dataRows) {
    identities.push({
      code: "T3_ROW_TOTAL",
      scope: row.key,
      left: [cell(row.key, totalColumn.key)],
      right: applicants.map((c) => cell(row.key, c.key)),
    });
  }
  for (const column of applications.columns) {
    identities.push({
      code: "T3_RESULT_TOTAL",
      scope: column.key,
      left: [cell(resultTotal.key, column.key)],
      right: resultRows.map((r) => cell(r.key, column.key)),
    });
  }
  for (const column of applications.columns) {
    identities.push({
      code: "T3_BALANCE",
      scope: column.key,
      left: intake.map((r) => cell(r.key, column.key)),
      right: [cell(resultTotal.key, column.key), cell(forward.key, column.key)],
    });
  }
  const outcomes = reviewsAndLitigation.columns.filter((c) => c.role === "outcome");
  const groupTotal = reviewsAndLitigation.columns.find((c) => c.role === "total")!;
  for (const group of reviewsAndLitigation.groups) {
    identities.push({
      code: "T4_GROUP_TOTAL",
      scope: group.key,
      left: [["reviewsAndLitigation", group.key, groupTotal.key]],
      right: outcomes.map((c) => ["reviewsAndLitigation", group.key, c.key] as const),
    });
  }
  return identities;
}

const cache = perTemplate<readonly Identity[]>((version) =>
  Object.freeze(buildIdentities(version)),
);

/**
 * Every arithmetic identity of a template, one per row, column or group.
 *
 * @example
 * ```ts
 * identitiesOf('2021').filter((i) => i.code === 'T3_BALANCE').length; // 7, one per column
 * ```
 */
export function identitiesOf(version: TemplateVersion): readonly Identity[] {
  return cache[version];
}

/**
 * A group of table 三's result rows whose subtotal a report printed on the group's own line
 * (format-spec R5, D9): the template has no cells for it, so these identities are not among
 * {@link identitiesOf}'s. `left` is the group's cell of a column, a path the model never holds
 * (only a reader that saw the printed subtotal can give its value); `right` the group's rows'.
 */
function buildSubtotals(version: TemplateVersion): ReadonlyMap<string, readonly Identity[]> {
  const { applications } = templates[version];
  const groups = new Map<string, readonly Identity[]>();
  for (const group of applications.rows) {
    if (group.role !== "group") continue;
    const rows = (applications.rows as readonly ApplicationRowDefinition[]).filter(
      (row) => row.parent === group.key,
    );
    groups.set(
      group.key,
      Object.freeze(
        applications.columns.map(
          (column): Identity => ({
            code: "T3_SUBTOTAL",
            scope: `${group.key}.${column.key}`,
            left: [["applications", group.key, column.key]],
            right: rows.map((row) => ["applications", row.key, column.key] as const),
          }),
        ),
      ),
    );
  }
  return groups;
}

const subtotals = perTemplate(buildSubtotals);

/**
 * The subtotal identities of table 三's groups (format-spec R5), by group key, one per column in
 * the template's column order: a printed subtotal equals the sum of its group's rows.
 *
 * @example
 * ```ts
 * subtotalIdentities("2021").get("otherProcessing")?.[6]?.right.length; // 3: （六）1–3, 总计 column
 * ```
 */
export function subtotalIdentities(
  version: TemplateVersion,
): ReadonlyMap<string, readonly Identity[]> {
  return subtotals[version];
}
