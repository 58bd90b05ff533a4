/**
 * One cause, one finding, across a reading and a validation: what `validate` finds in a report
 * that a reader has already said while reading it.
 *
 * @module
 */
import type { RuleCode } from "./codes.js";
import type { Finding } from "./finding.js";

/**
 * Rule findings a reading finding explains at the same path, besides its own code: a table printed
 * as a picture is the reason the section's table is absent, which `validate` calls missing.
 */
const EXPLAINS: Partial<Record<RuleCode, readonly RuleCode[]>> = {
  PARSE_TABLE_IMAGE: ["SECTION_MISSING"],
};

const keyOf = (code: RuleCode, finding: Finding) => `${code}|${finding.path.map(String).join(".")}`;

/**
 * The findings of `validate` that a reader's findings do not already give: not the same code at
 * the same path (an absent section both call `SECTION_MISSING`), nor one a reading finding
 * explains (`PARSE_TABLE_IMAGE` for the table's `SECTION_MISSING`). In their order.
 *
 * @param reading - The findings of `parseText`, `parseHTML`, `parseDocx`, `parsePdf` or `readDocument`.
 * @param rules - The findings of `validate` on the report read.
 * @example
 * ```ts
 * const read = parseHTML(page);
 * const checked = validate(read.report ?? null);
 * const all = [...read.findings, ...newRuleFindings(read.findings, checked.findings)];
 * ```
 */
export function newRuleFindings(reading: readonly Finding[], rules: readonly Finding[]): Finding[] {
  const said = new Set<string>();
  for (const finding of reading) {
    said.add(keyOf(finding.code, finding));
    for (const code of EXPLAINS[finding.code] ?? []) said.add(keyOf(code, finding));
  }
  return rules.filter((finding) => !said.has(keyOf(finding.code, finding)));
}
