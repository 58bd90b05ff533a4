/**
 * Renderers of a report (text, Markdown, HTML) and the conventions they share with the parser.
 *
 * @module
 */

export { charWidth, displayWidth, padToWidth } from "../text/width.js";
export { escapeHTML, toHTML } from "./html.js";
export { escapeInline, escapeMarkdown, MARKDOWN_HEADER_JOINER, toMarkdown } from "./markdown.js";
export type { MetaEntry } from "./metaLabels.js";
export {
  META_SEPARATOR,
  metaEntries,
  metaLabels,
  reportTitle,
  TITLE_SUFFIX,
} from "./metaLabels.js";
export { ABSENT_CELL, cellToken } from "./tables.js";
export { TEXT_CELL_SEPARATOR, toText } from "./text.js";
