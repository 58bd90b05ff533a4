/**
 * Consolidated (汇总) reports and year-over-year comparison.
 *
 * @module
 */
export type { AggregateInit, AggregateOptions, AggregateResult } from "./aggregate.js";
export { aggregate } from "./aggregate.js";
export type { AggregateCheck, CheckAggregateOptions } from "./check.js";
export { checkAggregate } from "./check.js";
export type { CellChange, ComparedReport, CompareOptions, Comparison } from "./compare.js";
export { compare } from "./compare.js";
