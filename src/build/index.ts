/**
 * Builders: complete, consistent reports from the numbers an office knows, with every total
 * derived from the template's identities.
 *
 * @module
 */

export type { ReportBuilder } from "./builder.js";
export { reportBuilder } from "./builder.js";
export { createReport } from "./create.js";
export type {
  ActiveDisclosureInit,
  ApplicationCase,
  ApplicationOutcome,
  ApplicationsInit,
  BuildOptions,
  BuildResult,
  CarriedForwardKey,
  CellInput,
  MoneyInput,
  ReceivedApplication,
  ReportInit,
  ReviewOutcomeKey,
  ReviewsAndLitigationInit,
  TextSectionKey,
} from "./types.js";
