/**
 * `parseDocx`: a .docx file in, typed report and findings out, through the one reading pipeline
 * (`readDocument`): the document's paragraphs and its tables with their merged cells.
 *
 * @module
 */
import { isOk, localizeFindings } from "../findings/finding.js";
import { readOptions } from "../findings/options.js";
import { deepFreeze } from "../model/freeze.js";
import { type ParseOptions, type ParseResult, readDocument } from "../read/index.js";
import type { Meter } from "../text/meter.js";
import { readDocx } from "./read.js";

/**
 * Reads a Word report (.docx) into a report and findings. The body's paragraphs and tables are read
 * as Word prints them: runs joined without spaces, tracked changes accepted, Word's automatic
 * numbering (一、 （一）) rendered, merged cells (gridSpan, vMerge) kept as spans; then one pipeline
 * reads the year, the sections and each table by the labels printed in it, as for `parseText`.
 * Headers and footers (running headers, page numbers) are not read.
 *
 * Never throws and never rejects. Bytes that are no readable .docx (not a zip, no Word document in
 * it, truncated, damaged, a part declaring an absurd size, or an OLE file: an old .doc or a .docx
 * encrypted with a password) give no report and a `SOURCE_UNREADABLE` error with the reason. Bad
 * options are ignored with `OPTION_INVALID`, as everywhere.
 *
 * @param bytes - The file's bytes (a Node `Buffer` is a `Uint8Array`).
 * @param options - As for `parseText`: `locale`, `severity`, `year`, `template`.
 * @returns `ok` (no `error` finding), the report (or `undefined`) and the findings.
 * @example
 * ```ts
 * import { parseDocx } from "zfxxgk-annual-report/docx";
 *
 * // In a browser, a file from an <input type="file">; in Node, the Buffer of fs.readFile.
 * const { ok, report, findings } = await parseDocx(await file.arrayBuffer());
 * report?.applications?.newlyReceived?.total; // 3
 *
 * const bad = await parseDocx(new Uint8Array([1, 2, 3]));
 * bad.findings[0]?.code; // 'SOURCE_UNREADABLE'
 * ```
 */
export async function parseDocx(
  bytes: Uint8Array | ArrayBuffer,
  options?: ParseOptions,
): Promise<ParseResult> {
  return parseDocxMetered(bytes, options, undefined);
}

/** Internal: {@link parseDocx}, synchronous and counting its work in `meter`, for the tests. */
export function parseDocxMetered(
  bytes: unknown,
  options: unknown,
  meter: Meter | undefined,
): ParseResult {
  const { document, drafts } = readDocx(bytes, meter);
  if (document !== undefined) return readDocument(document, options as ParseOptions);
  // No document: the options are still checked by the readers' own rules (an empty document's
  // reading reports exactly the options' findings), and the reason is worded in their locale.
  const optionFindings = readDocument({ blocks: [] }, options as ParseOptions).findings.filter(
    (finding) => finding.code === "OPTION_INVALID",
  );
  const { locale, severity } = readOptions(options, ["year", "template"]);
  const findings = [...optionFindings, ...localizeFindings(drafts, { locale, severity })];
  return deepFreeze({ ok: isOk(findings), report: undefined, findings });
}
