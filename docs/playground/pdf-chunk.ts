/**
 * The PDF chunk (pdf-reader.js), loaded when a PDF is opened. pdf.js reads in a Web Worker when it
 * can start one, which a `file://` page cannot; its worker code is bundled here instead, and
 * evaluating it sets `globalThis.pdfjsWorker`, which pdf.js (5.6, `PDFWorker`) takes as the
 * main-thread handler of its "fake worker": no worker file, no `import()`, no request.
 */
import "pdfjs-dist/legacy/build/pdf.worker.mjs";
import { parsePdf } from "../../src/pdf.js";
import { CHUNKS, type PdfChunk } from "./chunks.js";

const chunk: PdfChunk = { parsePdf };
(globalThis as Record<string, unknown>)[CHUNKS.pdf.global] = chunk;
