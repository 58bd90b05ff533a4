/**
 * `parsePdf`: PDF bytes → the report and its findings, through the same pipeline as every other
 * source. The bytes are checked and copied, pdf.js reads each page's text runs and ruling lines,
 * the pages become a {@link SourceDocument}, and `readDocument` reads it.
 *
 * @module
 */
import type { Finding, FindingDraft } from "../findings/finding.js";
import { readDocumentSettled } from "../read/document.js";
import type { ParseOptions, ParseResult } from "../read/index.js";
import { everyReport, type OwnOption, parsed, type Reading, settingsOf } from "../read/text.js";
import { unreadableDraft, unreadableResult } from "../read/unreadable.js";
import { tableLayout } from "../templates/layout.js";
import { templateVersions } from "../templates/registry.js";
import { checkBytes, type PdfFailure } from "./bytes.js";
import type { CMapFiles } from "./cmaps.js";
import { sourceDocumentOf } from "./document.js";
import { garbledFailure, readPdf } from "./engine.js";
import type { PageContent } from "./geometry.js";
import { rareIdeographGarble } from "./textlayer.js";

/** The options of {@link parsePdf}: those of every reader, and where pdf.js's CMap files come from. */
export interface PdfOptions extends ParseOptions {
  /**
   * The bytes of one of pdf.js's CMap files (`pdfjs-dist/cmaps/`) by its name, for the PDFs
   * whose text is in a font they do not embed (see {@link parsePdf}). Without it such a file left
   * with no Chinese text gives `SOURCE_UNREADABLE` with `actual: "no-cmap"`.
   */
  readonly cMaps?: CMapFiles | undefined;
}

/** `parsePdf`'s own option, checked with the others. */
const PDF_OPTIONS: readonly OwnOption[] = [
  {
    key: "cMaps",
    expected: "a function from a CMap file's name to its bytes",
    valid: (value) => typeof value === "function",
  },
];

/** The `cMaps` function given, if it is one; an option that throws when read is none. */
function cMapsOf(options: unknown): CMapFiles | undefined {
  try {
    const value = (options as { cMaps?: unknown } | null | undefined)?.cMaps;
    return typeof value === "function" ? (value as CMapFiles) : undefined;
  } catch {
    return undefined;
  }
}

/** The result for bytes that could not be read: no report, one `SOURCE_UNREADABLE`. */
function unreadable(options: unknown, failure: Omit<PdfFailure, "ok">): ParseResult {
  return unreadableResult(
    [unreadableDraft("pdf", failure.reason, failure.detail)],
    options,
    PDF_OPTIONS,
  );
}

/**
 * Reads a PDF report: the text pdf.js finds on each page, with its position, rebuilt into
 * paragraphs and tables, then read like any other source: a number goes into a cell only when the
 * printed row label and column header leave exactly one place for it.
 *
 * Tables are rebuilt from the lines drawn with them where there are some (most PDFs exported from
 * Word, WPS, LibreOffice or a browser draw every cell's border, which gives rows, columns and
 * merged cells exactly) and from the positions of their text otherwise. A header cell wrapped over
 * several lines is one cell; a table continued on the next page is joined again, the header rows
 * it repeats dropped; page numbers (`- 3 -`, `第3页`, `3/8`) and running headers are left out. A
 * page drawn sideways or upside down (its text running down, up or right to left) is turned
 * upright first. A table printed as a picture (a screenshot pasted where the table stands) gives
 * `PARSE_TABLE_IMAGE` rather than `SECTION_MISSING`: such a file is read a second time with its
 * images decoded, which the first reading of every file skips.
 *
 * Never throws and never rejects: bytes that are not a PDF, a truncated, damaged or encrypted file,
 * a PDF with no text layer (a scan, which needs OCR first, also when a page number or a stamp was
 * added as text) and one whose text does not decode to Chinese (its fonts lack their Unicode maps:
 * garble, which needs OCR too) give `ok: false`, no report and one `SOURCE_UNREADABLE` finding
 * whose `actual` says why, from a closed set a program can switch on (`UnreadableReason`: `zip`,
 * `old-office`, `html`, `image`, `text`, `unknown` for other formats; `empty`, `truncated`,
 * `damaged`, `encrypted`, `no-text-layer`, `garbled-text`, `no-cmap`, `no-worker`), worded in the
 * requested locale by its message. pdf.js runs without `eval`, loads no font into the page and
 * fetches nothing; no pdf.js setting is changed.
 *
 * **Fonts not embedded.** A PDF written by iText or ReportLab with their STSong-Light, or by
 * Acrobat with SimSun left out, encodes its Chinese text by one of Adobe's CMaps (`UniGB-UCS2-H`,
 * `GBK-EUC-H`…), whose files pdf.js ships in `pdfjs-dist/cmaps/` but does not fetch by itself.
 * Give them with the `cMaps` option, a function from a file's name to its bytes; the reader asks
 * only for the files a PDF needs, and waits for what it gives. Without them (or with bytes that
 * are no CMap) such a font's text is lost: a PDF left with no Chinese text gives
 * `SOURCE_UNREADABLE` with `actual: "no-cmap"`, one whose other Chinese text is read is read
 * without it. The `zfxxgk` command gives them from its own install.
 *
 * ```ts
 * // Node, from the pdfjs-dist this package depends on (readFile, createRequire and
 * // pathToFileURL imported from node:fs/promises, node:module and node:url)
 * const beside = createRequire(import.meta.resolve("zfxxgk-annual-report/pdf"));
 * const cmaps = new URL("cmaps/", pathToFileURL(beside.resolve("pdfjs-dist/package.json")));
 * await parsePdf(bytes, { cMaps: (file) => readFile(new URL(file, cmaps)) });
 * // A browser: where the app serves a copy of that folder (a 404 page is no CMap)
 * await parsePdf(bytes, {
 *   cMaps: async (file) => {
 *     const response = await fetch(`/pdfjs/cmaps/${file}`);
 *     return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
 *   },
 * });
 * ```
 *
 * **Node**: nothing else to set up; pdf.js runs on the main thread.
 *
 * **Browsers**: pdf.js reads in a Web Worker. Point the worker of the pdf.js copy this package
 * uses (its legacy build) at its worker file once, in your app, before the first call:
 *
 * ```ts
 * import { GlobalWorkerOptions } from "pdfjs-dist/legacy/build/pdf.mjs";
 * // With Vite; with another bundler, or none, the URL where you serve that file.
 * import workerSrc from "pdfjs-dist/legacy/build/pdf.worker.min.mjs?url";
 * GlobalWorkerOptions.workerSrc = workerSrc;
 * ```
 *
 * Without it, `parsePdf` returns `SOURCE_UNREADABLE` with `actual: "no-worker"`.
 *
 * @param bytes - The file's bytes. They are copied first: your buffer is never detached.
 * @param options - As for `parseText`: `locale`, `severity`, and the `year` and `template`
 *   overrides; and `cMaps`, pdf.js's CMap files by name.
 * @returns A promise of `{ ok, report, findings }`, as `parseText` returns them.
 * @example
 * ```ts
 * import { parsePdf } from "zfxxgk-annual-report/pdf";
 *
 * // bytes: the file, e.g. Node's `await readFile("report.pdf")`, or a File's arrayBuffer()
 * const { ok, report, findings } = await parsePdf(bytes);
 * report?.applications?.newlyReceived?.total; // 95
 * for (const finding of findings) console.log(finding.code, finding.message);
 * ```
 */
export async function parsePdf(
  bytes: Uint8Array | ArrayBuffer,
  options?: PdfOptions,
): Promise<ParseResult> {
  return readPdfReports(bytes, options, false);
}

/**
 * Reads every report of a PDF that holds several one after another (a compilation, 汇编: a
 * county's reports of its townships and departments in one file), each as {@link parsePdf} reads
 * a report alone; a PDF of one report (or one that cannot be read) gives a list of one. See
 * `parseTextReports` for how a further report is found. The file is read by pdf.js once.
 *
 * @param bytes - The file's bytes. They are copied first: your buffer is never detached.
 * @param options - As for `parsePdf`; they apply to every report.
 * @returns A promise of one `{ ok, report, findings }` per report, in the order printed; never
 *   empty.
 * @example
 * ```ts
 * import { parsePdfReports } from "zfxxgk-annual-report/pdf";
 *
 * const results = await parsePdfReports(bytes);
 * for (const { report, findings } of results) console.log(report?.agency.name, findings.length);
 * ```
 */
export async function parsePdfReports(
  bytes: Uint8Array | ArrayBuffer,
  options?: PdfOptions,
): Promise<readonly ParseResult[]> {
  return everyReport(await readPdfReports(bytes, options, true));
}

/** The sections whose body is a table, and may be printed as a picture of it. */
const TABLE_KEYS: ReadonlySet<string> = new Set(
  templateVersions.flatMap((version) => tableLayout(version).map((table) => table.key)),
);

/**
 * Whether a reading (any report of it) misses a table (`SECTION_MISSING` at a table: its heading
 * printed with no table under it, or not printed at all; the finding does not tell which).
 */
function missesTable(reading: Reading): boolean {
  return everyReport(reading).some((one) =>
    one.findings.some(
      (finding) => finding.code === "SECTION_MISSING" && TABLE_KEYS.has(String(finding.path[0])),
    ),
  );
}

const isTableImage = (finding: Finding): boolean => finding.code === "PARSE_TABLE_IMAGE";

/**
 * Internal (exported for its test): one `SOURCE_PAGE_UNREADABLE` per page pdf.js or the reader
 * failed on, its number of the file's pages: what was on it comes back missing, and this says why.
 *
 * @example
 * ```ts
 * lostPages({ pages: [a, b, c], lost: [2] }); // [{ code: "SOURCE_PAGE_UNREADABLE", path: [], expected: 3, actual: 2 }]
 * ```
 */
export function lostPages(reading: {
  readonly pages: readonly unknown[];
  readonly lost: readonly number[];
}): FindingDraft[] {
  return reading.lost.map((page) => ({
    code: "SOURCE_PAGE_UNREADABLE",
    path: [],
    expected: reading.pages.length,
    actual: page,
  }));
}

/**
 * Internal (exported for its test): the first reading with each `SECTION_MISSING` at a table replaced by the second reading's
 * `PARSE_TABLE_IMAGE` at the same table, report by report; nothing else of the second is taken
 * (a picture also parts the paragraphs around it, which the first reading joins as printed). A
 * compilation read into another number of reports keeps the first reading.
 *
 * @example
 * ```ts
 * withPictures(first, second).findings; // first's, PARSE_TABLE_IMAGE where second names one
 * ```
 */
export function withPictures(first: Reading, second: Reading): Reading {
  const before = everyReport(first);
  const after = everyReport(second);
  if (before.length !== after.length) return first;
  const merged = before.map((one, index) => {
    const images = new Map(
      after[index]!.findings.filter(isTableImage).map((f) => [String(f.path[0]), f]),
    );
    let changed = false;
    const findings = one.findings.map((finding) => {
      const image =
        finding.code === "SECTION_MISSING" ? images.get(String(finding.path[0])) : undefined;
      if (image === undefined || finding.path.length !== 1) return finding;
      changed = true;
      return image;
    });
    return changed ? parsed(one.report, findings) : one;
  });
  const [head, ...later] = merged;
  if (merged.every((one, index) => one === before[index])) return first;
  return first.later === undefined
    ? head!
    : Object.freeze({ ...head!, later: Object.freeze(later) });
}

/** {@link parsePdf}; with `all`, every report of a compilation (see {@link Reading}). */
async function readPdfReports(
  bytes: Uint8Array | ArrayBuffer,
  options: PdfOptions | undefined,
  all: boolean,
): Promise<Reading> {
  try {
    const checked = checkBytes(bytes);
    if (!checked.ok) return unreadable(options, checked);
    const cMaps = cMapsOf(options);
    const reading = await readPdf(checked.bytes, cMaps);
    if (!reading.ok) return unreadable(options, reading);
    const settings = settingsOf(options ?? {}, PDF_OPTIONS);
    // The pages lost are said in every report read, as the options' findings are.
    const drafts = [...settings.drafts, ...lostPages(reading)];
    const read = (pages: readonly PageContent[]) =>
      readDocumentSettled(sourceDocumentOf(pages), { ...settings, drafts, all }, undefined);
    const first = read(reading.pages);
    if (everyReport(first).every((one) => one.report === undefined)) {
      // No report in a text of rare ideographs: garble that passed the text layer's test for
      // ideographs (textlayer.ts), not a document without the report's sections.
      const garble = rareIdeographGarble(reading.pages.map((page) => page.runs.map((r) => r.text)));
      if (garble !== undefined) return unreadable(options, garbledFailure(garble));
    }
    // A table section holding no table may hold its table as a picture, which the first reading
    // cannot see (it decodes no image). Only then is the file read again with its images, for its
    // PARSE_TABLE_IMAGE findings alone (withPictures).
    if (!missesTable(first)) return first;
    // A copy again: pdf.js took the first one over.
    const again = checkBytes(bytes);
    const pictured = again.ok ? await readPdf(again.bytes, cMaps, true) : undefined;
    if (!pictured?.ok || !pictured.pages.some((page) => (page.pictures?.length ?? 0) > 0)) {
      return first;
    }
    return withPictures(first, read(pictured.pages));
  } catch (error) {
    // Nothing above should throw (readPdf catches pdf.js's errors); if a reader does on some
    // input, that is a bug, and the caller still gets a result that says so.
    return unreadable(options, {
      reason: "unexpected",
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}
