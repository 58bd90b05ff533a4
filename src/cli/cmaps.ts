// pdf.js's CMap files for `parsePdf`'s `cMaps` option, read from the pdfjs-dist this command was
// installed with: the library fetches nothing itself, and the command is where files are read.
// A PDF whose Chinese text is in a font it does not embed (iText's and ReportLab's STSong-Light,
// SimSun left out by Acrobat) is otherwise reported as needing them (`no-cmap`).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

let folder: URL | undefined;

/** The cmaps/ folder beside pdfjs-dist's package.json, found once. */
function cMapFolder(): URL {
  folder ??= new URL(
    "cmaps/",
    pathToFileURL(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")),
  );
  return folder;
}

/**
 * One CMap file's bytes by its name (`UniGB-UCS2-H.bcmap`), or `undefined` when pdfjs-dist has
 * none: the reader then reports the file as `no-cmap`.
 *
 * @example
 * ```ts
 * (await cMapFile("UniGB-UCS2-H.bcmap"))?.length; // 43366
 * ```
 */
export async function cMapFile(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(new URL(file, cMapFolder()));
  } catch {
    return undefined;
  }
}
