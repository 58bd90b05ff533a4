/**
 * Whether a report is complete: every table present, every row and cell of the template present
 * and numeric. What makes a builder's or `aggregate`'s report a `CompleteReport`.
 *
 * @module
 */
import { tableLayout } from "../templates/layout.js";
import { isNumeric } from "./cell.js";
import type { Report } from "./report.js";

/**
 * Whether every cell of the template's three tables holds a number (no blank, mark or absent cell).
 *
 * @example
 * ```ts
 * isComplete(createReport({ template: "2021", year: 2022, agency: "某镇" }).report!); // true
 * isComplete(parseText(pageWithABlankCell).report!); // false
 * ```
 */
export function isComplete(report: Report): boolean {
  return tableLayout(report.template).every((table) => {
    const rows = report[table.key] as
      | Record<string, Record<string, unknown> | undefined>
      | undefined;
    return (
      rows !== undefined &&
      table.rows.every((row) =>
        row.columns.every((column) => isNumeric(rows[row.key]?.[column.key] as never)),
      )
    );
  });
}
