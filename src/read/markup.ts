/**
 * The one door to the HTML/XML parser (htmlparser2): the HTML reader and the Word reader both parse
 * through this module, so that the build inlines the parser once (tsup.config.ts inlines it and
 * lowers it to ES2019; each module importing it directly would carry its own copy).
 *
 * @module
 */
export type { ChildNode, Document, Element, Text } from "domhandler";
export { Parser, parseDocument } from "htmlparser2";

/** An element's attributes as the parser hands them over: names in lower case, the first of each. */
export type Attributes = Record<string, string>;
