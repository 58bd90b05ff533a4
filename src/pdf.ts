/**
 * Reading PDF reports (`zfxxgk-annual-report/pdf`): `parsePdf(bytes, options?)` rebuilds a PDF's
 * paragraphs and tables from its text and the lines drawn with its tables, and reads them like any
 * other source.
 *
 * An entry of its own, so that the root entry never loads pdf.js (about 1 MB with its worker):
 * `import { validate } from "zfxxgk-annual-report"` stays small. pdf.js (`pdfjs-dist`) is a
 * dependency, installed with the package. In a browser, the app points pdf.js's worker at its
 * file once (see {@link parsePdf}); in Node nothing is needed.
 *
 * @example
 * ```ts
 * import { parsePdf } from "zfxxgk-annual-report/pdf";
 *
 * // bytes: the file, e.g. Node's `await readFile("淮安市洪泽区2024年报.pdf")`, or a File's arrayBuffer()
 * const { ok, report, findings } = await parsePdf(bytes);
 * report?.year; // 2024
 * report?.activeDisclosure?.licensing?.decisions; // 9487
 * ok; // false when a finding is an error (an unreadable file gives SOURCE_UNREADABLE)
 * ```
 *
 * @module
 */

export type { UnreadableReason } from "./findings/unreadable.js";
export type { CMapFiles } from "./pdf/cmaps.js";
export { type PdfOptions, parsePdf, parsePdfReports } from "./pdf/parse.js";
export type { ParseOptions, ParseResult } from "./read/index.js";
