// The readers by format, each loaded when the first file of its format is met: validating text
// never loads the Word or PDF libraries, and `zfxxgk --version` loads no reader at all.
// Adding a reader is one line here.
import type { Finding } from "../findings/finding.js";
import type { Report } from "../model/report.js";
import type { SourceFormat } from "../read/source.js";
import type { ParseOptions } from "../read/text.js";

/** What every reader returns (`parseText`, `parseHTML`, `fromJSON`, `parseDocx`, `parsePdf`). */
export interface ReadResult {
  readonly report: Report | undefined;
  readonly findings: readonly Finding[];
}

type Read<Input> = (input: Input, options: ParseOptions) => ReadResult | Promise<ReadResult>;

/** A reader of every report of a compilation (`parseTextReports`, …): one result each. */
type ReadAll<Input> = (
  input: Input,
  options: ParseOptions,
) => readonly ReadResult[] | Promise<readonly ReadResult[]>;

/**
 * A reader of decoded text, or of the file's bytes: `load` the single reader, `loadAll` the one of
 * every report (`--all-reports`).
 */
export type Reader =
  | {
      readonly input: "text";
      readonly load: () => Promise<Read<string>>;
      readonly loadAll: () => Promise<ReadAll<string>>;
    }
  | {
      readonly input: "bytes";
      readonly load: () => Promise<Read<Uint8Array>>;
      readonly loadAll: () => Promise<ReadAll<Uint8Array>>;
    };

/** The readers of this version; a format without one gives `UNSUPPORTED_FORMAT`. */
export const READERS: Readonly<Partial<Record<SourceFormat, Reader>>> = {
  text: {
    input: "text",
    load: async () => (await import("../index.js")).parseText,
    loadAll: async () => (await import("../index.js")).parseTextReports,
  },
  html: {
    input: "text",
    load: async () => (await import("../index.js")).parseHTML,
    loadAll: async () => (await import("../index.js")).parseHTMLReports,
  },
  // Canonical JSON is one report.
  json: {
    input: "text",
    load: async () => (await import("../index.js")).fromJSON,
    loadAll: async () => {
      const { fromJSON } = await import("../index.js");
      return (text, options) => [fromJSON(text, options)];
    },
  },
  // The reader's own module, not the ./docx entry, which also holds toDocx and its Word writer.
  docx: {
    input: "bytes",
    load: async () => (await import("../docx/parse.js")).parseDocx,
    loadAll: async () => (await import("../docx/parse.js")).parseDocxReports,
  },
  // With pdf.js's CMap files from the install, for PDFs whose fonts are not embedded.
  pdf: {
    input: "bytes",
    load: async () => {
      const [{ parsePdf }, cMaps] = await withCMaps();
      return (bytes, options) => parsePdf(bytes, { ...options, cMaps });
    },
    loadAll: async () => {
      const [{ parsePdfReports }, cMaps] = await withCMaps();
      return (bytes, options) => parsePdfReports(bytes, { ...options, cMaps });
    },
  },
};

/** The PDF entry and the install's CMap files (`parsePdf`'s `cMaps`), loaded together. */
async function withCMaps() {
  const [pdf, { cMapFile }] = await Promise.all([import("../pdf.js"), import("./cmaps.js")]);
  withoutPdfJsWarnings();
  return [pdf, cMapFile] as const;
}

/** How pdf.js opens a warning (its `warn()`, in `pdf.mjs` and `pdf.worker.mjs`). */
const PDFJS_WARNING = "Warning: ";
let pdfJsQuiet = false;

/**
 * pdf.js's warnings left out of standard error. It writes them with `console.warn`, each opening
 * `Warning: `: one per image of every file (`Image exceeded maximum allowed size and was
 * removed.`: the reader decodes no image on purpose, and most reports carry a seal or a logo),
 * and others about a font's or a file's quirks, whose effect on the reading the findings say. In a
 * run over thousands of files they bury the command's own lines. The library leaves pdf.js's
 * verbosity alone (a global of the app's pdf.js, set only through a document's options); this
 * command is the app, and reads every PDF in this thread, pdf.js's worker included (Node has no
 * Worker for it): so here, once per thread that reads a PDF.
 */
function withoutPdfJsWarnings(): void {
  if (pdfJsQuiet) return;
  pdfJsQuiet = true;
  const warn = console.warn.bind(console);
  console.warn = (...data: unknown[]) => {
    if (typeof data[0] === "string" && data[0].startsWith(PDFJS_WARNING)) return;
    warn(...data);
  };
}
