/**
 * zfxxgk-annual-report: model, build, validate, parse and render China's
 * 政府信息公开工作年度报告 (Government Information Disclosure Annual Report), both official
 * templates (国办公开办函〔2019〕60号 and 〔2021〕30号).
 *
 * @packageDocumentation
 */

export * from "./aggregate/index.js";
export * from "./build/index.js";
export type { RuleDescription } from "./findings/catalogue.js";
export { rules } from "./findings/catalogue.js";
export type { Locale, RuleCode, Severity } from "./findings/codes.js";
export { defaultSeverities, isRuleCode, ruleCodes } from "./findings/codes.js";
export type { Finding, FindingOf, FindingPath } from "./findings/finding.js";
export type { CommonOptions, SeverityLevel, SeverityOverrides } from "./findings/options.js";
export { newRuleFindings } from "./findings/repeats.js";
export type { UnreadableReason } from "./findings/unreadable.js";
export { isUnreadableReason, unreadableReasons } from "./findings/unreadable.js";
export type { Cell, CountCell, Mark, MoneyCell } from "./model/cell.js";
export { isMark, isNumeric, mark } from "./model/cell.js";
export type {
  ActiveDisclosure,
  Agency,
  ApplicantKey,
  ApplicationRow,
  Applications,
  ColumnKey,
  CompleteReport,
  CompleteReportOf,
  DisclosureFieldKey,
  DisclosureRowKey,
  RegistryOf,
  Report,
  Report2019,
  Report2021,
  ReportMeta,
  ReportOf,
  ResultRowKey,
  ReviewColumnKey,
  ReviewGroup,
  ReviewGroupKey,
  ReviewsAndLitigation,
  RowKey,
} from "./model/report.js";
export * from "./read/index.js";
export * from "./rules/index.js";
export type { FromJSONOptions, FromJSONResult } from "./serialize/fromJSON.js";
export { fromJSON } from "./serialize/fromJSON.js";
export * from "./serialize/index.js";
export type { JsonValue, ReportJSON } from "./serialize/json.js";
export { toJSON } from "./serialize/json.js";
export type { CellPath, Identity, IdentityCode } from "./templates/identities.js";
export { identitiesOf, subtotalIdentities } from "./templates/identities.js";
export type { LayoutRow, LayoutTable, TableKey } from "./templates/layout.js";
export { tableLayout } from "./templates/layout.js";
export {
  applicationColumns,
  applicationDataRows,
  applicationResultRows,
  detectTemplate,
  templateFor,
  templates,
  templateVersions,
} from "./templates/registry.js";
export type * from "./templates/types.js";
