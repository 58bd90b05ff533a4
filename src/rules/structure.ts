/**
 * Single-report rules outside the identities: SECTION_MISSING for empty text sections (absent ones
 * are reported by the reader), TEMPLATE_YEAR and the 2019 T2_STOCK_BELOW_FLOW.
 *
 * @module
 */

import type { FindingDraft } from "../findings/finding.js";
import type { Report } from "../model/report.js";
import { tableLayout } from "../templates/layout.js";
import { templateDefinition, templateFor } from "../templates/registry.js";
import { type Meter, tick } from "../text/meter.js";
import { countAt } from "./cells.js";

/** Column keys of the 2019 table 二 (一): this year's flow and the cumulative stock. */
const FLOW = "newlyPublished";
const STOCK = "totalPublished";

/**
 * SECTION_MISSING for a text section that is present but holds nothing but whitespace: the reader
 * reports absent sections, so each missing section is reported exactly once.
 */
export function checkEmptySections(report: Report, meter?: Meter): FindingDraft[] {
  const texts = report as unknown as Record<string, unknown>;
  return templateDefinition(report.template)
    .sections.filter((section) => section.body === "text")
    .filter((section) => {
      const text = texts[section.key];
      if (typeof text !== "string") return false;
      // The trim reads the blanks at either end, at most the text.
      tick(meter, 1 + text.length);
      return text.trim() === "";
    })
    .map((section) => ({ code: "SECTION_MISSING", path: [section.key] }));
}

/** TEMPLATE_YEAR: the template must be `templateFor(year)`; unknown years are not checked. */
export function checkTemplateYear(report: Report): FindingDraft[] {
  if (report.year === null) return [];
  const expected = templateFor(report.year);
  if (expected === report.template) return [];
  return [
    {
      code: "TEMPLATE_YEAR",
      path: ["template"],
      ...(expected !== undefined && { expected }),
      actual: report.template,
      detail: String(report.year),
    },
  ];
}

/** T2_STOCK_BELOW_FLOW (2019 table 二 (一)): 对外公开总数量 ≥ 本年新公开数量, per row. */
export function checkStockBelowFlow(report: Report): FindingDraft[] {
  const table = tableLayout(report.template).find((t) => t.key === "activeDisclosure")!;
  const drafts: FindingDraft[] = [];
  for (const row of table.rows) {
    const keys = row.columns.map((c) => c.key);
    if (!keys.includes(FLOW) || !keys.includes(STOCK)) continue;
    const flow = countAt(report, [table.key, row.key, FLOW]);
    const stock = countAt(report, [table.key, row.key, STOCK]);
    if (flow === undefined || stock === undefined || stock >= flow) continue;
    drafts.push({
      code: "T2_STOCK_BELOW_FLOW",
      path: [table.key, row.key, STOCK],
      expected: flow,
      actual: stock,
      related: [[table.key, row.key, FLOW]],
    });
  }
  return drafts;
}
