/**
 * The parser: published report text, HTML or a document of paragraphs and table grids → typed
 * report + findings.
 *
 * @module
 */
export { readDocument, readDocumentReports } from "./document.js";
export type { Block, Grid, GridCell, SourceDocument } from "./grid.js";
export { parseHTML, parseHTMLReports } from "./html.js";
export type { MagicKind } from "./signatures.js";
export type {
  BinaryKind,
  DecodeOptions,
  SniffedSource,
  SniffOptions,
  SourceFormat,
} from "./source.js";
export { decodeText, sniffSource } from "./source.js";
export type { ParseOptions, ParseResult } from "./text.js";
export { parseText, parseTextReports } from "./text.js";
