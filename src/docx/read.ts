/**
 * A .docx file's bytes → the {@link SourceDocument} its body prints, or one `SOURCE_UNREADABLE`
 * draft saying why there is none. Never throws, on any input.
 *
 * @module
 */
import type { FindingDraft } from "../findings/finding.js";
import type { SourceDocument } from "../read/grid.js";
import type { Element } from "../read/markup.js";
import type { Meter } from "../text/meter.js";
import { readBody } from "./body.js";
import { createNumberer, numberingOf } from "./numbering.js";
import {
  contentTypesOf,
  folderOf,
  mainPartOf,
  relationshipsOf,
  relationshipsPartOf,
} from "./parts.js";
import { stylesOf } from "./styles.js";
import { decodeXML, parseXML, prefixesOf, wordChild, wordName } from "./xml.js";
import { extract, listZip, type ZipEntry } from "./zip.js";

/** What {@link readDocx} found: the document, or the draft that says why there is none. */
export interface DocxReading {
  readonly document?: SourceDocument;
  readonly drafts: readonly FindingDraft[];
}

/** The first bytes of an OLE compound file: an old .doc, or a .docx encrypted with a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

/** The first characters of the bytes as ASCII, a byte-order mark and leading blanks skipped. */
function head(bytes: Uint8Array): string {
  let from = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (from < bytes.length && from < 1024 && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[from]!)) {
    from++;
  }
  return String.fromCharCode(...bytes.subarray(from, from + 16)).toLowerCase();
}

/**
 * What the bytes look like, for the finding's `actual`: a known signature, else their first bytes.
 * Web pages and RTF saved under a Word name are named: sites that offer a "Word" download often
 * serve one of them.
 */
function describe(bytes: Uint8Array): string {
  if (startsWith(bytes, [0x50, 0x4b])) return "zip archive";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "PDF";
  const text = head(bytes);
  if (text.startsWith("{\\rtf")) return "RTF";
  if (text.startsWith("mime-version:")) return "MHT (a saved web page)";
  if (text.startsWith("<")) return "HTML or XML text";
  const first = Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, "0"));
  return `bytes ${first.join(" ")}`;
}

function unreadable(actual: string, detail: string): DocxReading {
  return { drafts: [{ code: "SOURCE_UNREADABLE", path: [], expected: "docx", actual, detail }] };
}

/**
 * The bytes of the input: a `Uint8Array` (a Node `Buffer` is one), another typed array or a
 * `DataView` (its bytes), an `ArrayBuffer` or `SharedArrayBuffer`, from this realm or another.
 */
function bytesOf(input: unknown): Uint8Array | undefined {
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  const tag = Object.prototype.toString.call(input);
  if (tag === "[object ArrayBuffer]" || tag === "[object SharedArrayBuffer]") {
    return new Uint8Array(input as ArrayBuffer);
  }
  return undefined;
}

/** The parts of a package the reader needs, each parsed, or why one could not be read. */
type Parts =
  | {
      readonly ok: true;
      readonly has: (part: string) => boolean;
      readonly parse: (part: string) => Element | undefined | string;
    }
  | { readonly ok: false; readonly reason: string };

function packageOf(bytes: Uint8Array, meter?: Meter): Parts {
  const listing = listZip(bytes, meter);
  if (!listing.ok) return listing;
  const { entries } = listing;
  // A part absent is `undefined`; a part present but unreadable is the reason, as a string.
  const parse = (part: string): Element | undefined | string => {
    const entry: ZipEntry | undefined = entries.get(part);
    if (entry === undefined) return undefined;
    const read = extract(bytes, entry, undefined, meter);
    if (!read.ok) return read.reason;
    return parseXML(decodeXML(read.data, meter), meter) ?? `${entry.name}: no XML in it`;
  };
  return { ok: true, has: (part) => entries.has(part), parse };
}

function readPackage(bytes: Uint8Array, meter?: Meter): DocxReading {
  const parts = packageOf(bytes, meter);
  if (!parts.ok) {
    const actual = describe(bytes);
    const page = actual.startsWith("HTML") || actual.startsWith("MHT");
    const hint = page ? "; a web page saved under a Word name, which parseHTML reads" : "";
    return unreadable(actual, parts.reason + hint);
  }
  let failure: string | undefined;
  /** A part parsed, `undefined` when absent; a part present but unreadable fails the package. */
  const part = (name: string): Element | undefined => {
    const read = parts.parse(name);
    if (typeof read === "string") failure ??= read;
    return typeof read === "string" ? undefined : read;
  };
  const contentTypes = contentTypesOf(part("[content_types].xml"), meter);
  const packageRelationships = relationshipsOf(part("_rels/.rels"), "", meter);
  if (failure !== undefined) return unreadable("zip archive", failure);
  const main = mainPartOf(packageRelationships, contentTypes, parts.has, meter);
  if (!main.ok) return unreadable("zip archive", main.reason);
  const documentRoot = part(main.part);
  const related = relationshipsOf(part(relationshipsPartOf(main.part)), folderOf(main.part), meter);
  const stylesPart = related.get("styles");
  const numberingPart = related.get("numbering");
  const stylesRoot = stylesPart === undefined ? undefined : part(stylesPart);
  const numberingRoot = numberingPart === undefined ? undefined : part(numberingPart);
  if (failure !== undefined) return unreadable("zip archive", failure);
  const prefixes = documentRoot && prefixesOf(documentRoot);
  const body = prefixes && documentRoot && wordChild(documentRoot, prefixes, "body");
  if (documentRoot === undefined || prefixes === undefined || body === undefined) {
    return unreadable("zip archive", `${main.part}: no Word document body (w:body) in it`);
  }
  if (wordName(documentRoot, prefixes) !== "document") {
    return unreadable(
      "zip archive",
      `${main.part}: not a Word document (its root is <${documentRoot.name}>)`,
    );
  }
  const blocks = readBody(body, {
    prefixes,
    styles: stylesOf(stylesRoot, stylesRoot ? prefixesOf(stylesRoot) : prefixes, meter),
    numberer: createNumberer(
      numberingOf(numberingRoot, numberingRoot ? prefixesOf(numberingRoot) : prefixes, meter),
    ),
    meter,
  });
  return { document: { blocks }, drafts: [] };
}

/**
 * Reads a .docx file's body into a {@link SourceDocument}: paragraphs and tables in reading order,
 * merged cells with their spans. Unreadable input (not a zip, a zip without a Word document,
 * truncated or damaged, encrypted, a part declaring an absurd size) gives no document and one
 * `SOURCE_UNREADABLE` draft (`expected` "docx", `actual` what the bytes look like, `detail` why).
 * Never throws.
 *
 * @example
 * ```ts
 * readDocx(docxBytes).document?.blocks[0]; // { kind: 'text', text: '宁晋县大曹庄镇2022年政府信息公开工作年度报告' }
 * readDocx(new Uint8Array([1, 2, 3])).drafts[0]?.code; // 'SOURCE_UNREADABLE'
 * ```
 */
export function readDocx(input: unknown, meter?: Meter): DocxReading {
  let bytes: Uint8Array | undefined;
  try {
    bytes = bytesOf(input);
  } catch {
    // A proxy or a detached buffer that throws when looked at is no file either.
  }
  if (bytes === undefined) {
    return unreadable(typeof input, "not bytes (a Uint8Array or an ArrayBuffer)");
  }
  if (bytes.length === 0) return unreadable("empty", "an empty file");
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return unreadable(
      "OLE compound file",
      "a password-protected .docx or an old Word .doc (save it as .docx without a password)",
    );
  }
  try {
    return readPackage(bytes, meter);
  } catch (error) {
    // Nothing above throws by design; this keeps the promise of never throwing if a dependency does.
    const message = error instanceof Error ? error.message : String(error);
    return unreadable(describe(bytes), `damaged (${message.slice(0, 120)})`);
  }
}
