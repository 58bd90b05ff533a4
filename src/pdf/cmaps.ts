/**
 * The CMap files pdf.js asks for, served from the caller's `cMaps` option. A PDF whose Chinese
 * text is in a font it does not embed (STSong-Light as iText and ReportLab write it, SimSun
 * left out by Acrobat Distiller) encodes that text by one of Adobe's predefined CMaps
 * (`UniGB-UCS2-H`, `GBK-EUC-H`, `UniCNS-UCS2-H`…) and needs the CMap's file to be read, and the
 * `Adobe-GB1-UCS2` file to turn its glyphs back into characters. pdf.js ships these files
 * (`pdfjs-dist/cmaps/`, about 1.7 MB) but fetches them only from where it is told: the reader
 * fetches nothing itself, so the app hands them over, as bytes, by file name. Without them (or
 * with bytes that are no CMap) such a font's text is lost: a file left with no Chinese text is
 * reported as needing them, not as a scan (`cMapVerdict`).
 *
 * @module
 */
import { copyOf } from "./bytes.js";

/**
 * Gives the bytes of one of pdf.js's packed CMap files by its name (`UniGB-UCS2-H.bcmap`), as
 * found in `pdfjs-dist/cmaps/`; `undefined` (or a rejection) when there is no such file.
 */
export type CMapFiles = (
  file: string,
) => Uint8Array | ArrayBuffer | undefined | Promise<Uint8Array | ArrayBuffer | undefined>;

/** What pdf.js's factory is asked: which kind of file (`cMapUrl`, `standardFontDataUrl`, `wasmUrl`) and its name. */
interface DataRequest {
  readonly kind?: unknown;
  readonly filename?: unknown;
}

// pdf.js asks only for the CMaps it knows by name; the file names are still checked before the
// app's function sees them, so that no path (`../`) built from a PDF's bytes ever reaches it.
const CMAP_FILE = /^[A-Za-z0-9-]{1,64}\.bcmap$/;

/** The CMap (its name, without `.bcmap`) of a file pdf.js asked for. */
const cMapName = (file: string): string => file.replace(/\.bcmap$/, "");

/**
 * A class in the shape of pdf.js's `BinaryDataFactory` (its `getDocument` option, used on the main
 * thread when the worker does not fetch): CMap files come from `files`, nothing else is given. Each
 * CMap asked for is added to `asked`, by name.
 *
 * @example
 * ```ts
 * const asked = new Set<string>();
 * const Factory = binaryDataFactory(undefined, asked);
 * await new Factory().fetch({ kind: "cMapUrl", filename: "UniGB-UCS2-H.bcmap" }).catch(() => {});
 * [...asked]; // ['UniGB-UCS2-H']
 * ```
 */
export function binaryDataFactory(
  files: CMapFiles | undefined,
  asked: Set<string>,
): new () => { fetch(request: DataRequest): Promise<Uint8Array> } {
  return class {
    async fetch({ kind, filename }: DataRequest): Promise<Uint8Array> {
      const file = typeof filename === "string" ? filename : "";
      if (kind === "cMapUrl" && CMAP_FILE.test(file)) {
        asked.add(cMapName(file));
        let bytes: Uint8Array | undefined;
        try {
          bytes = files === undefined ? undefined : copyOf(await files(file));
        } catch {
          // The app's function failed for this file: as when it has none.
        }
        if (bytes !== undefined && bytes.length > 0) return bytes;
      }
      // Standard fonts' files are asked for too: pdf.js draws with them, and reads the text of
      // the 14 standard fonts without them.
      throw new Error(`no ${String(kind)} file ${file} was given`);
    }
  };
}

/** Ideographs: what a report's text cannot be without. */
const IDEOGRAPH = /\p{Script=Han}/u;

/**
 * Whether a PDF whose fonts asked for CMaps (`asked`, by name) lost its text for them: it did when
 * none of its text runs has an ideograph left (a report's text is Chinese; digits in another font
 * may remain). Such a file is `no-cmap`, not a scan; a file whose Chinese text was read (a header
 * in a font not embedded, the body embedded) is read, without that font's text.
 *
 * @example
 * ```ts
 * cMapVerdict(new Set(["UniGB-UCS2-H"]), [["1", "2"]]); // true: no ideograph was read
 * cMapVerdict(new Set(["UniGB-UCS2-H"]), [["规章"]]); // false
 * cMapVerdict(new Set(), [[]]); // false: no CMap was asked for (a scan, if no text)
 * ```
 */
export function cMapVerdict(
  asked: ReadonlySet<string>,
  pages: readonly (readonly string[])[],
): boolean {
  return asked.size > 0 && !pages.some((texts) => texts.some((text) => IDEOGRAPH.test(text)));
}
