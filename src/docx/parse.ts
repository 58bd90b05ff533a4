/**
 * `parseDocx`: a .docx file in, typed report and findings out, through the one reading pipeline
 * (`readDocument`): the document's paragraphs and its tables with their merged cells.
 *
 * @module
 */
import { readDocumentMetered } from "../read/document.js";
import type { ParseOptions, ParseResult } from "../read/index.js";
import { everyReport, type Reading } from "../read/text.js";
import { unreadableResult } from "../read/unreadable.js";
import type { Meter } from "../text/meter.js";
import { readDocx } from "./read.js";

/**
 * Reads a Word report (.docx) into a report and findings. The body's paragraphs and tables are read
 * as Word prints them: runs joined without spaces, tracked changes accepted, Word's automatic
 * numbering (一、 （一）) rendered, merged cells (gridSpan, vMerge) kept as spans; then one pipeline
 * reads the year, the sections and each table by the labels printed in it, as for `parseText`.
 * Headers and footers (running headers, page numbers) are not read.
 *
 * Never throws and never rejects. Bytes that are no readable .docx give no report and one
 * `SOURCE_UNREADABLE` error whose `actual` says why, from a closed set a program can switch on
 * (`UnreadableReason`): another format (`pdf`, `html`, `rtf`, `old-office` for an old .doc, …),
 * `empty`, `truncated`, `damaged`, `encrypted` (saved with a password), `too-large` (a part
 * declaring an absurd size), `unsupported-compression`, `no-document` (a zip without a Word
 * document in it). Its message words the reason in the requested locale. A readable document with
 * no section or table of the format in it gives no report and `SECTION_MISSING`, as `parseText`
 * does for such text. Bad options are ignored with `OPTION_INVALID`, as everywhere.
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
 * const bad = await parseDocx(await pdfFile.arrayBuffer());
 * bad.findings[0]?.code; // 'SOURCE_UNREADABLE'
 * bad.findings[0]?.actual; // 'pdf'
 * bad.findings[0]?.message; // '文件无法作为 docx 读取：这是 PDF 文件'
 * ```
 */
export async function parseDocx(
  bytes: Uint8Array | ArrayBuffer,
  options?: ParseOptions,
): Promise<ParseResult> {
  return parseDocxMetered(bytes, options, undefined);
}

/**
 * Reads every report of a Word file that holds several one after another (a compilation, 汇编),
 * each as {@link parseDocx} reads a report alone; a file of one report (or one that cannot be
 * read) gives a list of one. See `parseTextReports` for how a further report is found.
 *
 * @param bytes - The file's bytes.
 * @param options - As for `parseDocx`; they apply to every report.
 * @returns A promise of one `{ ok, report, findings }` per report, in the order printed; never
 *   empty.
 * @example
 * ```ts
 * import { parseDocxReports } from "zfxxgk-annual-report/docx";
 *
 * const results = await parseDocxReports(await file.arrayBuffer());
 * results.map((result) => result.report?.agency.name); // ['某镇人民政府', '某县财政局']
 * ```
 */
export async function parseDocxReports(
  bytes: Uint8Array | ArrayBuffer,
  options?: ParseOptions,
): Promise<readonly ParseResult[]> {
  return everyReport(parseDocxMetered(bytes, options, undefined, true));
}

/**
 * Internal: {@link parseDocx}, synchronous and counting its work in `meter`, for the tests; with
 * `all`, every report of a compilation (see {@link Reading}).
 */
export function parseDocxMetered(
  bytes: unknown,
  options: unknown,
  meter: Meter | undefined,
  all = false,
): Reading {
  const { document, drafts } = readDocx(bytes, meter);
  if (document !== undefined) {
    return readDocumentMetered(document, options as ParseOptions, meter, [], all);
  }
  return unreadableResult(drafts, options);
}
