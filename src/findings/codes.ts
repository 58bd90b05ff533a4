/**
 * The closed set of rule codes (ARCHITECTURE §5). Codes are stable: they are part of the public
 * contract, and users filter and override findings by them.
 *
 * @module
 */

/** Every rule code, in catalogue order. */
export const ruleCodes = [
  "CELL_TYPE",
  "CELL_BLANK",
  "SECTION_MISSING",
  "TEMPLATE_YEAR",
  "T3_ROW_TOTAL",
  "T3_RESULT_TOTAL",
  "T3_BALANCE",
  "T4_GROUP_TOTAL",
  "T2_STOCK_BELOW_FLOW",
  "CARRY_OVER",
  "STOCK_FLOW",
  "ITEM_COUNT_FLOW",
  "NARRATIVE_MISMATCH",
  "FEE_NOT_REPORTED",
  "REPEATED_TEXT",
  "PUBLISHED_LATE",
  "AGGREGATE_MISMATCH",
  "PARSE_CELL_UNREADABLE",
  "PARSE_TRUNCATED",
  "PARSE_CELLS_RECOVERED",
  "PARSE_YEAR_UNCERTAIN",
  "PARSE_CELL_AMBIGUOUS",
  "PARSE_ROWS_BY_ORDER",
  "PARSE_EXTRA_ROW",
  "PARSE_LABEL_MISPRINTED",
  "TEMPLATE_MIXED",
  "SOURCE_UNREADABLE",
  "OPTION_INVALID",
] as const;

/** A rule code. */
export type RuleCode = (typeof ruleCodes)[number];

/** How serious a finding is: `error` makes `validate` return `ok: false`. */
export type Severity = "error" | "warning" | "info";

/** The languages of the message catalogues. */
export type Locale = "zh" | "en";

/**
 * Whether a value is a rule code.
 *
 * @example
 * ```ts
 * isRuleCode("T3_BALANCE"); // true
 * isRuleCode("T3_SUM"); // false
 * ```
 */
export function isRuleCode(value: unknown): value is RuleCode {
  return typeof value === "string" && (ruleCodes as readonly string[]).includes(value);
}
