/**
 * The parser: published report text → typed report + findings.
 *
 * @module
 */
export type { ParseOptions, ParseResult } from "./text.js";
export { parseText } from "./text.js";
