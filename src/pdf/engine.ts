/**
 * The one module that calls pdf.js: PDF bytes → each page's text runs and ruling lines
 * ({@link PageContent}), or why the bytes could not be read.
 *
 * pdf.js runs with the settings a library must use inside someone else's app: no `eval`
 * (`isEvalSupported: false`), no fonts loaded into the page and no system fonts
 * (`useSystemFonts: false`; `disableFontFace` in a browser, a document that discards the fonts
 * where there is none, fonts.ts), nothing fetched (no CMap, standard-font or wasm
 * URL; `useWorkerFetch: false`: the CMap files come from the app, cmaps.ts), no image decoded
 * (`maxImageSize: 0`), errors in a page's content skipped rather than fatal
 * (`stopAtErrors: false`). No pdf.js global is changed: not `GlobalWorkerOptions`, not the
 * verbosity (which `getDocument` would set globally if it were passed one); and the built-ins its
 * legacy build's polyfills replace in Node 20 are put back (natives.ts).
 *
 * The worker: in Node, pdf.js finds no `Worker` and runs its "fake worker", importing
 * `pdf.worker.mjs` from beside its own `pdf.mjs`, with nothing to configure. In a browser, pdf.js
 * starts a Web Worker from `GlobalWorkerOptions.workerSrc` of its legacy build, which the app sets
 * (it is the app's page and the app's worker URL); see `parsePdf`.
 *
 * @module
 */
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { hasEndMarker, type PdfFailure } from "./bytes.js";
import { binaryDataFactory, type CMapFiles, cMapVerdict } from "./cmaps.js";
import { withDashesJoined } from "./dashes.js";
import { cutAtClips, cutAtEdges, onOneCanvas, withoutHidden } from "./edges.js";
import { fontSettings } from "./fonts.js";
import type { Box, Matrix, PageContent } from "./geometry.js";
import { restoreNatives } from "./natives.js";
import { pictureBoxes, rulingSegments, textClipping } from "./rules.js";
import { type TextItemLike, textRuns } from "./runs.js";
import { bareScan, type Garble, garbledText } from "./textlayer.js";
import { uprightFrame } from "./upright.js";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded by the first document. Loaded on demand rather than imported: natives.ts must
 * capture the thread's built-ins before pdf.js replaces them, and a static import gives no such
 * order once bundled, since a bundler that keeps pdf.js external (tsup for our own command, an
 * app's Rollup or esbuild) hoists its import above every line of the chunk that inlines natives.ts.
 * That happened: the built `zfxxgk` captured the built-ins already replaced, and put nothing back.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs").then(
    (module) => {
      // pdf.js has loaded: the user's built-ins go back (the reading does not need core-js's).
      restoreNatives();
      return module;
    },
    (error: unknown) => {
      // Not cached: a later document tries again (an app may install or serve it meanwhile).
      pdfjs = undefined;
      throw error;
    },
  );
  return pdfjs;
}

/**
 * What the bytes gave: the pages, or why they could not be read. `lost` numbers (from 1) the
 * pages that pdf.js or the reader failed on, each left empty in `pages`: the rest of the file is
 * still read, and the reader says which pages it could not see.
 */
export type PdfReading =
  | {
      readonly ok: true;
      readonly pages: readonly PageContent[];
      readonly lost: readonly number[];
    }
  | PdfFailure;

/**
 * The largest image decoded when pictures are looked for, in pixels: a table's screenshot is one
 * or two million; a page scanned at 300 dpi (8.7 million, the page behind a searchable scan's
 * text, no picture in it) or a hostile file's huge image is left out undecoded.
 */
const MAX_PICTURE_PIXELS = 4_000_000;

/** Pages beyond this are not read: no report runs that long, and a hostile count stays bounded. */
export const MAX_PAGES = 1000;

const failure = (reason: PdfFailure["reason"], detail: string): PdfFailure => ({
  ok: false,
  reason,
  detail,
});

/**
 * The `garbled-text` failure for what was counted of a garbled text: its ideographs (the rare ones
 * too, when counted) and its first characters.
 *
 * @example
 * ```ts
 * garbledFailure({ characters: 59, ideographs: 0, sample: "!\"#$%&'()*+,-./0" }).detail;
 * // '0 ideographs in 59 characters; it reads !"#$%&\'()*+,-./0…'
 * ```
 */
export function garbledFailure({ characters, ideographs, rare, sample }: Garble): PdfFailure {
  const rareOnes = rare === undefined ? "" : ` (${rare} of them rare)`;
  return failure(
    "garbled-text",
    `${ideographs} ideographs${rareOnes} in ${characters} characters; it reads ${sample}…`,
  );
}

/** The name and message of whatever pdf.js threw (it throws its own exception classes). */
function describe(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "", message: String(error) };
}

/**
 * One page's text runs and ruling lines; the ruling lines only where there is text to place. With
 * `pictures`, where it paints images too, on every page (a page may be one picture). `clip`: the
 * one clip every text of the page is shown under, if there is one (for `onOneCanvas`).
 */
async function readPage(
  page: PDFPageProxy,
  { AnnotationMode, OPS }: PdfJs,
  pictures: boolean,
): Promise<{ content: PageContent; clip: Box | undefined }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items as readonly TextItemLike[];
  // Turned so that its text reads upright (a page drawn sideways), lines and text alike.
  const { matrix, width, height } = uprightFrame(
    items,
    viewport.transform as unknown as Matrix,
    viewport.width,
    viewport.height,
  );
  // A number the page's edge cut (a table wider than its page) is marked so (see edges.ts).
  const printed = cutAtEdges(textRuns(items, matrix), width);
  const list =
    printed.length === 0 && !pictures
      ? undefined
      : await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const clipping = list === undefined ? undefined : textClipping(list, OPS, matrix);
  // A border drawn dash by dash is read as the line it draws (see dashes.ts).
  const segments =
    list === undefined || printed.length === 0
      ? []
      : withDashesJoined(rulingSegments(list, OPS, matrix));
  // So is a number a clip cut (Chromium's page margins). Text no clip lets show is left out
  // inside a ruled table that runs off the clip (`withoutHidden`): there the lattice joins the two
  // shown parts of a row the page break cut. Elsewhere it goes where the next or last page shows
  // it (`onOneCanvas`, readPages): those pages are then read as one drawing.
  const runs =
    clipping === undefined
      ? printed
      : cutAtClips(withoutHidden(printed, clipping.clips, clipping.all, segments), clipping.clips);
  const [first, another] = clipping?.all === true ? clipping.clips : [];
  const clip = another === undefined ? first : undefined;
  if (!pictures || list === undefined) {
    page.cleanup();
    return { content: { width, height, runs, segments }, clip };
  }
  // pdf.js hands the operator list over before its images are decoded, and goes on decoding
  // them after: waited for here, so that no work of the reading goes on once it has returned.
  await decoded(page, list, OPS);
  page.cleanup();
  const pictured = { width, height, runs, segments, pictures: pictureBoxes(list, OPS, matrix) };
  return { content: pictured, clip };
}

/**
 * How long a page's images are waited for at most, in milliseconds. pdf.js settles an image's
 * object when its decoding fails too, so the wait ends sooner on every file seen; this bounds it
 * should one never settle (a pipeline reading thousands of files must not hang on one). The
 * pictures' boxes come from the operator list, not from the decoded pixels: the reading is the
 * same after the limit, only pdf.js may go on decoding after it returned.
 */
const IMAGE_WAIT_MS = 30_000;

/**
 * Internal: resolves once every image the operator list paints has been decoded (or failed to
 * be), or after `wait` milliseconds.
 */
export function decoded(
  page: Pick<PDFPageProxy, "objs" | "commonObjs">,
  list: { readonly fnArray: ArrayLike<number>; readonly argsArray: ArrayLike<unknown> },
  ops: Pick<PdfJs["OPS"], "paintImageXObject" | "paintImageMaskXObject">,
  wait = IMAGE_WAIT_MS,
): Promise<unknown> {
  const waits: Promise<void>[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    // An image's data goes by its id: the first argument, or its `data` for a mask.
    const first: unknown = Array.isArray(args) ? args[0] : undefined;
    const id =
      fn === ops.paintImageXObject
        ? first
        : fn === ops.paintImageMaskXObject
          ? (first as { data?: unknown } | undefined)?.data
          : undefined;
    if (typeof id !== "string") continue;
    // Images kept for the whole document are pdf.js's common objects (ids starting `g_`).
    const objects = id.startsWith("g_") ? page.commonObjs : page.objs;
    waits.push(new Promise((resolve) => objects.get(id, () => resolve())));
  }
  if (waits.length === 0) return Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, wait);
  });
  // The timer cleared once the images are in: a pending one would keep Node's loop alive.
  return Promise.race([Promise.all(waits), limit]).finally(() => clearTimeout(timer));
}

/**
 * Internal (exported for its test): every page in order, and the numbers of those that could not
 * be read. A page pdf.js fails on (a page tree pointing at no page dictionary) or one the reader
 * fails on is left empty, the other pages still read; its number is kept so that the loss is
 * said (`SOURCE_PAGE_UNREADABLE`) rather than seen only as sections missing.
 *
 * @example
 * ```ts
 * const { pages, lost } = await readPages(opened, library, false);
 * lost; // [5] when pdf.js cannot find the fifth page's dictionary
 * ```
 */
export async function readPages(
  document: Pick<PDFDocumentProxy, "numPages" | "getPage">,
  library: PdfJs,
  pictures: boolean,
): Promise<{ pages: PageContent[]; lost: number[] }> {
  const pages: PageContent[] = [];
  const clips: (Box | undefined)[] = [];
  const lost: number[] = [];
  const count = Math.min(document.numPages, MAX_PAGES);
  for (let number = 1; number <= count; number++) {
    try {
      const { content, clip } = await readPage(await document.getPage(number), library, pictures);
      pages.push(content);
      clips.push(clip);
    } catch {
      pages.push({ width: 0, height: 0, runs: [], segments: [] });
      clips.push(undefined);
      lost.push(number);
    }
  }
  // Pages that are one drawing clipped page by page (wkhtmltopdf's) read as one (edges.ts).
  return { pages: onOneCanvas(pages, clips), lost };
}

/**
 * Opens PDF bytes with pdf.js and reads every page's text runs and ruling lines. Never rejects:
 * bytes pdf.js cannot open (`truncated` when they lack the `%%EOF` a PDF ends with, else
 * `damaged`), an encrypted file (`encrypted`), a file without a text layer (`no-text-layer`: a
 * scan, maybe with page numbers or a stamp as text), one left with no Chinese text by fonts whose
 * CMap files `cMaps` did not give (`no-cmap`, the detail naming the CMaps asked for), one whose
 * text does not decode to Chinese (`garbled-text`: its fonts lack their Unicode maps; the detail
 * counts and quotes it) and a browser without pdf.js's worker (`no-worker`) come back as
 * `{ ok: false, reason, detail }`, the detail otherwise in pdf.js's words.
 *
 * @param bytes - The file's bytes; pdf.js takes them over (its worker detaches the buffer), so
 *   the caller passes a copy.
 * @param cMaps - pdf.js's CMap files by name, for fonts that are not embedded (cmaps.ts).
 * @param pictures - Decode the images and give each page's {@link PageContent.pictures}: slower
 *   (a scan's page costs more than its text), so asked only when a table may be a picture.
 * @example
 * ```ts
 * const reading = await readPdf(copyOfBytes);
 * if (reading.ok) reading.pages[0]?.runs[0]?.text; // '淮安市洪泽区人民政府'
 * ```
 */
export async function readPdf(
  bytes: Uint8Array,
  cMaps?: CMapFiles,
  pictures = false,
): Promise<PdfReading> {
  let task: ReturnType<PdfJs["getDocument"]> | undefined;
  // The CMaps the fonts asked for: their text is lost where `cMaps` gave none (or no CMap).
  const asked = new Set<string>();
  // Looked at before pdf.js takes the bytes over (its worker detaches their buffer).
  const ended = hasEndMarker(bytes);
  // Outside the try: pdf.js missing from the install is not the file's fault, and rejects as the
  // static import it replaces would have failed.
  const library = await loadPdfJs();
  try {
    task = library.getDocument({
      data: bytes,
      isEvalSupported: false,
      // No font loaded into a page; and where there is no page, no glyph drawn as paths either.
      // pdf.js types `ownerDocument` as a whole DOM document (where the DOM types are loaded);
      // it uses only what fonts.ts's RuleSink has.
      ...(fontSettings((globalThis as { document?: unknown }).document !== undefined) as {
        disableFontFace: boolean;
        ownerDocument?: never;
      }),
      useSystemFonts: false,
      useWorkerFetch: false,
      // What pdf.js would fetch comes from the app: the CMaps from `cMaps`, nothing else.
      BinaryDataFactory: binaryDataFactory(cMaps, asked),
      useWasm: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      stopAtErrors: false,
      enableXfa: false,
      // No image is decoded: the reader needs the text and the lines, and a scanned seal or photo
      // would cost more than the rest of the page. pdf.js then leaves the images out of the
      // operator list (there is no setting that keeps them undecoded): a reading that looks for
      // pictures (`pictures`) decodes them (up to a size), and is made only where one may hold a
      // table.
      maxImageSize: pictures ? MAX_PICTURE_PIXELS : 0,
    });
    const opened = await task.promise;
    const { pages, lost } = await readPages(opened, library, pictures);
    // No page read at all: the file is damaged, whatever a scan test would make of no text.
    if (lost.length === pages.length && lost.length > 0) {
      return failure("damaged", `none of its ${pages.length} page(s) could be read`);
    }
    // The text layer's verdicts (textlayer.ts), no-cmap first: such a file may have no text at
    // all, and is no scan. A scan before garble: its few characters (`Page 1`) are no Chinese.
    const texts = pages.map((page) => page.runs.map((run) => run.text));
    if (cMapVerdict(asked, texts)) return failure("no-cmap", [...asked].join(", "));
    if (bareScan(texts)) {
      const count = pages.filter((page) => page.runs.length > 0).length;
      const some = count === 0 ? "" : `, but for a few characters on ${count}`;
      return failure("no-text-layer", `none of its ${pages.length} page(s) has text${some}`);
    }
    const garble = garbledText(texts);
    if (garble !== undefined) return garbledFailure(garble);
    return { ok: true, pages, lost };
  } catch (error) {
    const { name, message } = describe(error);
    const words = message === "" ? name || "pdf.js could not open it" : message;
    if (name === "PasswordException") return failure("encrypted", words);
    // In a browser whose app has not pointed pdf.js at its worker file: not the file's fault.
    if (/worker/i.test(message)) return failure("no-worker", words);
    return failure(ended ? "damaged" : "truncated", words);
  } finally {
    // Ends the document and its worker; a failure to clean up changes nothing for the reader.
    await task?.destroy().catch(() => undefined);
    // The worker module, loaded with the first document, replaces the built-ins again.
    restoreNatives();
  }
}
