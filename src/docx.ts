/**
 * Word files (`zfxxgk-annual-report/docx`): `parseDocx` reads a .docx report through the same
 * pipeline as `parseText`, its tables with their merged cells.
 *
 * An entry of its own, so that the root entry never loads the zip reader (fflate): a page that
 * only validates or renders reports does not download it.
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
export { parseDocx } from "./docx/parse.js";
export type { ParseOptions, ParseResult } from "./read/index.js";
