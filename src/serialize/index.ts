/**
 * Renderers of a report (text, Markdown, HTML) and the conventions they share with the parser.
 *
 * @module
 */

export { type HtmlOptions, toHTML } from "./html.js";
export { toMarkdown } from "./markdown.js";
export { toText } from "./text.js";
