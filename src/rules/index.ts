/**
 * The public surface of the rules: `validate`, the test helper `assertConsistent`, the catalogue
 * and its Markdown.
 *
 * @module
 */
export type { AssertOptions } from "./assert.js";
export { assertConsistent, formatFindings, InconsistentReportError } from "./assert.js";
export type { AgencyLevel } from "./deadline.js";
export { publicationDeadline } from "./deadline.js";
export type { ValidateOptions, ValidationResult } from "./validate.js";
export { validate } from "./validate.js";
