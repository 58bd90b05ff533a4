/**
 * Word files (`zfxxgk-annual-report/docx`): `parseDocx` reads a .docx report through the same
 * pipeline as `parseText`, its tables with their merged cells; `toDocx` writes the statutory
 * document (GB/T 9704 page, the official tables with their merged cells) with the `docx` library.
 *
 * An entry of its own, so that the root entry never loads the zip reader (fflate) nor the Word
 * writer: a page that only validates or renders reports does not download them.
 *
 * @example
 * ```ts
 * import { parseDocx } from "zfxxgk-annual-report/docx";
 *
 * const { ok, report, findings } = await parseDocx(bytes); // a Uint8Array or an ArrayBuffer
 * report?.year; // 2022
 * ```
 *
 * @module
 */
export { parseDocx, parseDocxReports } from "./docx/parse.js";
export { type DocxOptions, toDocx } from "./docx/write/index.js";
export type { UnreadableReason } from "./findings/unreadable.js";
export type { ParseOptions, ParseResult } from "./read/index.js";
