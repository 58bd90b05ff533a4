/**
 * The three tables of a template flattened to rows of typed columns, in registry order: the one
 * walk over the tables that JSON, schemas, renderers and rules share.
 *
 * @module
 */
import { perTemplate, templateDefinition } from "./registry.js";
import type { ColumnDefinition, TemplateVersion } from "./types.js";

/** Keys of the three tables. */
export type TableKey = "activeDisclosure" | "applications" | "reviewsAndLitigation";

/** One row of a table with the columns it holds. */
export interface LayoutRow {
  readonly key: string;
  readonly label: string;
  readonly columns: readonly ColumnDefinition[];
}

/** One table with its rows. */
export interface LayoutTable {
  readonly key: TableKey;
  readonly rows: readonly LayoutRow[];
}

function layoutOf(version: TemplateVersion): readonly LayoutTable[] {
  const definition = templateDefinition(version);
  return Object.freeze([
    {
      key: "activeDisclosure",
      rows: definition.activeDisclosure.groups.flatMap((group) =>
        group.rows.map((row) => ({ key: row.key, label: row.label, columns: group.columns })),
      ),
    },
    {
      key: "applications",
      rows: definition.applications.rows
        .filter((row) => row.role !== "heading" && row.role !== "group")
        .map((row) => ({
          key: row.key,
          label: row.label,
          columns: definition.applications.columns,
        })),
    },
    {
      key: "reviewsAndLitigation",
      rows: definition.reviewsAndLitigation.groups.map((group) => ({
        key: group.key,
        label: group.label,
        columns: definition.reviewsAndLitigation.columns,
      })),
    },
  ] as const);
}

const layouts = perTemplate(layoutOf);

/**
 * The tables of a template as rows of typed columns, in registry order.
 *
 * @example
 * ```ts
 * tableLayout("2021").find((t) => t.key === "applications")?.rows.length; // 25
 * ```
 */
export function tableLayout(version: TemplateVersion): readonly LayoutTable[] {
  return layouts[version];
}
