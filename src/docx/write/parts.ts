/**
 * The last touch to the package the `docx` library writes: our font table (fonts.ts), document
 * properties without the creation and modification times (the library stamps the clock's time,
 * which would make the same report give different files), and every part zipped with one fixed
 * time, `[Content_Types].xml` first as Word writes it.
 *
 * @module
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { fontTable } from "./fonts.js";

/** What the document properties (docProps/core.xml) say. */
export interface CoreProperties {
  readonly title: string;
  readonly creator: string;
  /** BCP 47 language of the document. */
  readonly language: string;
}

const escapeXML = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function coreXML({ title, creator, language }: CoreProperties): string {
  const element = (name: string, value: string) =>
    value === "" ? "" : `<${name}>${escapeXML(value)}</${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element("dc:title", title) +
    element("dc:creator", creator) +
    element("dc:language", language) +
    "</cp:coreProperties>"
  );
}

/** The zip time of every part: the earliest a zip can say, built from local parts so no zone moves it. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * The package with our font table and properties, zipped deterministically.
 *
 * @param packed - The .docx the `docx` library wrote.
 * @param properties - What docProps/core.xml says.
 * @returns The .docx bytes.
 */
export function packageParts(packed: Uint8Array, properties: CoreProperties): Uint8Array {
  const parts = unzipSync(packed);
  parts["word/fontTable.xml"] = strToU8(fontTable());
  parts["docProps/core.xml"] = strToU8(coreXML(properties));
  const names = Object.keys(parts).sort((a, b) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0,
  );
  return zipSync(Object.fromEntries(names.map((name) => [name, parts[name]!])), {
    mtime: ZIP_TIME,
  });
}
