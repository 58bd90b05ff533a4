/**
 * The Word writer: `toDocx` and its options. The `./docx` entry exports these beside `parseDocx`.
 *
 * @module
 */
export { type DocxOptions, toDocx } from "./document.js";
