/**
 * The parts of the page loaded only when needed, each a classic script of its own that registers
 * itself on a global: Chromium runs no module script and starts no worker from a `file://` page
 * (its origin is opaque), so a dynamic `import()` of a chunk would fail there. The globals' names
 * and types are here, shared by the chunks and the page; the build names the files.
 */
import type { parseDocx, toDocx } from "../../src/docx.js";
import type { parsePdf } from "../../src/pdf.js";

/** The PDF reader: our `parsePdf` with pdf.js and its worker code, run in the page's thread. */
export interface PdfChunk {
  readonly parsePdf: typeof parsePdf;
}

/** The Word reader and writer: `parseDocx` (fflate) and `toDocx` (the docx library). */
export interface DocxChunk {
  readonly parseDocx: typeof parseDocx;
  readonly toDocx: typeof toDocx;
}

/** The chunks, by the global each registers on and the file that holds it. */
export const CHUNKS = {
  pdf: { global: "zfxxgkPlaygroundPdf", file: "pdf-reader.js" },
  docx: { global: "zfxxgkPlaygroundDocx", file: "docx.js" },
} as const;

/** A chunk's contents, by its name. */
export interface ChunkTypes {
  readonly pdf: PdfChunk;
  readonly docx: DocxChunk;
}
