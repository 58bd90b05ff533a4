/**
 * The closed set of rule codes (ARCHITECTURE §5). Codes are stable: they are part of the public
 * contract, and users filter and override findings by them.
 *
 * @module
 */

/**
 * Every rule code with its default severity, in catalogue order: the one place a code's severity
 * is written. The readers and `validate` need the severities alone, not the catalogue's texts
 * ({@link rules}), which they would otherwise carry into every bundle.
 *
 * @example
 * ```ts
 * defaultSeverities.T3_BALANCE; // 'error'
 * defaultSeverities.CELL_BLANK; // 'warning'
 * ```
 */
export const defaultSeverities = Object.freeze({
  CELL_TYPE: "error",
  CELL_BLANK: "warning",
  SECTION_MISSING: "error",
  TEMPLATE_YEAR: "error",
  T3_ROW_TOTAL: "error",
  T3_RESULT_TOTAL: "error",
  T3_BALANCE: "error",
  T3_SUBTOTAL: "error",
  T4_GROUP_TOTAL: "error",
  T2_STOCK_BELOW_FLOW: "warning",
  CARRY_OVER: "warning",
  STOCK_FLOW: "warning",
  ITEM_COUNT_FLOW: "warning",
  NARRATIVE_MISMATCH: "warning",
  FEE_NOT_REPORTED: "warning",
  REPEATED_TEXT: "warning",
  PUBLISHED_LATE: "warning",
  AGGREGATE_MISMATCH: "error",
  PARSE_CELL_UNREADABLE: "error",
  PARSE_TRUNCATED: "warning",
  PARSE_CELLS_RECOVERED: "warning",
  PARSE_YEAR_UNCERTAIN: "info",
  PARSE_CELL_AMBIGUOUS: "warning",
  PARSE_ROWS_BY_ORDER: "info",
  PARSE_EXTRA_ROW: "info",
  PARSE_LABEL_MISPRINTED: "info",
  PARSE_TABLE_IMAGE: "error",
  TEMPLATE_MIXED: "warning",
  SOURCE_UNREADABLE: "error",
  SOURCE_PAGE_UNREADABLE: "warning",
  SOURCE_MOJIBAKE: "warning",
  SOURCE_MULTIPLE_REPORTS: "warning",
  OPTION_INVALID: "warning",
} as const satisfies Record<string, Severity>);

/** Every rule code, in catalogue order. */
export const ruleCodes: readonly RuleCode[] = Object.freeze(
  Object.keys(defaultSeverities) as RuleCode[],
);

/** A rule code. */
export type RuleCode = keyof typeof defaultSeverities;

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
