/**
 * A .docx file's bytes → the {@link SourceDocument} its body prints, or one `SOURCE_UNREADABLE`
 * draft saying why there is none. Never throws, on any input.
 *
 * @module
 */
import type { FindingDraft } from "../findings/finding.js";
import type { UnreadableReason } from "../findings/unreadable.js";
import type { Block, SourceDocument } from "../read/grid.js";
import { htmlDocument } from "../read/htmldom.js";
import type { Element } from "../read/markup.js";
import { sniffBytes } from "../read/sniff.js";
import { decodeText } from "../read/source.js";
import { unreadableDraft } from "../read/unreadable.js";
import { webArchivePage } from "../read/webarchive.js";
import type { Meter } from "../text/meter.js";
import { readBody } from "./body.js";
import { createNumberer, numberingOf } from "./numbering.js";
import {
  contentTypesOf,
  folderOf,
  mainPartOf,
  relationshipsById,
  relationshipsOf,
  relationshipsPartOf,
} from "./parts.js";
import { stylesOf } from "./styles.js";
import { decodeXML, parseXML, prefixesOf, wordChild, wordName } from "./xml.js";
import { extract, listZip, type ZipEntry, type ZipFailure } from "./zip.js";

/** What {@link readDocx} found: the document, or the draft that says why there is none. */
export interface DocxReading {
  readonly document?: SourceDocument;
  readonly drafts: readonly FindingDraft[];
}

function unreadable(reason: UnreadableReason, detail?: string): DocxReading {
  return { drafts: [unreadableDraft("docx", reason, detail)] };
}

/**
 * The bytes of the input: a `Uint8Array` (a Node `Buffer` is one), another typed array or a
 * `DataView` (its bytes), an `ArrayBuffer` or `SharedArrayBuffer`, from this realm or another.
 */
function bytesOf(input: unknown): Uint8Array | undefined {
  // A view of its own over the bytes, a Uint8Array's too: one whose `length` is its own getter
  // (a subclass, a property defined on it) or a proxy's would be looked at, and throw, later
  // outside the guard (a hunt of 2026-12-06: `parseDocx` rejected its promise).
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
      readonly parse: (part: string) => Element | undefined | ZipFailure;
      /** A part's bytes, `undefined` when absent or unreadable. */
      readonly raw: (part: string) => Uint8Array | undefined;
    }
  | ZipFailure;

function packageOf(bytes: Uint8Array, meter?: Meter): Parts {
  const listing = listZip(bytes, meter);
  if (!listing.ok) return listing;
  const { entries } = listing;
  // A part absent is `undefined`; a part present but unreadable is why.
  const parse = (part: string): Element | undefined | ZipFailure => {
    const entry: ZipEntry | undefined = entries.get(part);
    if (entry === undefined) return undefined;
    const read = extract(bytes, entry, undefined, meter);
    if (!read.ok) return read;
    return (
      parseXML(decodeXML(read.data, meter), meter) ?? {
        ok: false,
        reason: "damaged",
        detail: `${entry.name}: no XML in it`,
      }
    );
  };
  const raw = (part: string): Uint8Array | undefined => {
    const entry: ZipEntry | undefined = entries.get(part);
    if (entry === undefined) return undefined;
    const read = extract(bytes, entry, undefined, meter);
    return read.ok ? read.data : undefined;
  };
  return { ok: true, has: (part) => entries.has(part), parse, raw };
}

/** The parts whose content an alternative format chunk may be, by name: HTML and plain text. */
const HTML_CHUNK = /\.(?:x?html?|xht)$/;
const TEXT_CHUNK = /\.txt$/;
const HTML_TYPE = /^(?:text\/html|application\/xhtml\+xml)\b/i;
/** A web archive (MHTML) chunk, by its name or content type. */
const ARCHIVE_CHUNK = /\.mht(?:ml)?$/;
const ARCHIVE_TYPE = /^(?:message\/rfc822|multipart\/related)\b/i;

/**
 * The blocks of an alternative format chunk's part (`w:altChunk`, the way programs that write
 * .docx files from web pages put a page's HTML in for Word to import where it stands): HTML read
 * as parseHTML reads a page, a web archive's (MHTML) page so too, plain text a paragraph a line.
 * None for another format (a .docx, Rich Text), which no reader here takes from a chunk.
 */
function chunkBlocks(
  data: Uint8Array,
  part: string,
  type: string | undefined,
  meter?: Meter,
): readonly Block[] {
  if (
    (type !== undefined && HTML_TYPE.test(type)) ||
    (type === undefined && HTML_CHUNK.test(part))
  ) {
    return htmlDocument(decodeText(data), meter).blocks;
  }
  if (
    (type !== undefined && ARCHIVE_TYPE.test(type)) ||
    (type === undefined && ARCHIVE_CHUNK.test(part))
  ) {
    const page = webArchivePage(data, meter);
    if (page === undefined) return [];
    const text = decodeText(
      page.bytes,
      page.charset === undefined ? {} : { encoding: page.charset },
    );
    return htmlDocument(text, meter).blocks;
  }
  if (type?.startsWith("text/plain") || (type === undefined && TEXT_CHUNK.test(part))) {
    return decodeText(data)
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "")
      .map((text) => ({ kind: "text" as const, text }));
  }
  return [];
}

function readPackage(bytes: Uint8Array, meter?: Meter): DocxReading {
  const parts = packageOf(bytes, meter);
  if (!parts.ok) {
    if (parts.reason !== "unknown") return unreadable(parts.reason, parts.detail);
    // No zip directory: a zip cut short (it starts like one), or bytes of another format, named
    // so that the user can take them to the right reader (a web page saved as .doc: parseHTML).
    const kind = sniffBytes(bytes);
    return unreadable(kind === "zip" ? "truncated" : kind, parts.detail);
  }
  // The parts present but unreadable (set by `part`): the first fails the package.
  const failures: ZipFailure[] = [];
  /** A part parsed, `undefined` when absent or unreadable. */
  const part = (name: string): Element | undefined => {
    const read = parts.parse(name);
    if (read !== undefined && "ok" in read) {
      failures.push(read);
      return undefined;
    }
    return read;
  };
  const contentTypes = contentTypesOf(part("[content_types].xml"), meter);
  const packageRelationships = relationshipsOf(part("_rels/.rels"), "", meter);
  if (failures.length > 0) return unreadable(failures[0]!.reason, failures[0]!.detail);
  const main = mainPartOf(packageRelationships, contentTypes, parts.has, meter);
  if (!main.ok) return unreadable("no-document", main.reason);
  const documentRoot = part(main.part);
  const relationshipsRoot = part(relationshipsPartOf(main.part));
  const related = relationshipsOf(relationshipsRoot, folderOf(main.part), meter);
  const stylesPart = related.get("styles");
  const numberingPart = related.get("numbering");
  const stylesRoot = stylesPart === undefined ? undefined : part(stylesPart);
  const numberingRoot = numberingPart === undefined ? undefined : part(numberingPart);
  if (failures.length > 0) return unreadable(failures[0]!.reason, failures[0]!.detail);
  const prefixes = documentRoot && prefixesOf(documentRoot);
  const body = prefixes && documentRoot && wordChild(documentRoot, prefixes, "body");
  if (documentRoot === undefined || prefixes === undefined || body === undefined) {
    return unreadable("no-document", `${main.part}: no Word document body (w:body) in it`);
  }
  if (wordName(documentRoot, prefixes) !== "document") {
    return unreadable(
      "no-document",
      `${main.part}: not a Word document (its root is <${documentRoot.name}>)`,
    );
  }
  // The main part's relationships by id, read when a chunk first asks, and the chunks imported.
  let byId: ReadonlyMap<string, string> | undefined;
  const imported = new Set<string>();
  const blocks = readBody(body, {
    prefixes,
    styles: stylesOf(stylesRoot, stylesRoot ? prefixesOf(stylesRoot) : prefixes, meter),
    numberer: createNumberer(
      numberingOf(numberingRoot, numberingRoot ? prefixesOf(numberingRoot) : prefixes, meter),
    ),
    meter,
    chunk: (id) => {
      byId ??= relationshipsById(relationshipsRoot, folderOf(main.part), meter);
      const target = byId.get(id);
      // Each part is imported once: a hostile file naming one large chunk many times would
      // otherwise have it read (and its blocks copied) as often.
      if (target === undefined || imported.has(target)) return [];
      imported.add(target);
      const data = parts.raw(target);
      return data === undefined ? [] : chunkBlocks(data, target, contentTypes.get(target), meter);
    },
  });
  return { document: { blocks }, drafts: [] };
}

/**
 * Reads a .docx file's body into a {@link SourceDocument}: paragraphs and tables in reading order,
 * merged cells with their spans. Unreadable input gives no document and one `SOURCE_UNREADABLE`
 * draft: `expected` "docx", `actual` the reason (`not-bytes`, `empty`, `encrypted`, `old-office`,
 * another format such as `pdf` or `html`, `truncated`, `damaged`, `too-large`,
 * `unsupported-compression`, `no-document`, `unexpected`), `detail` the technical words. Never
 * throws.
 *
 * @example
 * ```ts
 * readDocx(docxBytes).document?.blocks[0]; // { kind: 'text', text: '宁晋县大曹庄镇2022年政府信息公开工作年度报告' }
 * readDocx(new Uint8Array([1, 2, 3])).drafts[0]?.actual; // 'unknown'
 * ```
 */
export function readDocx(input: unknown, meter?: Meter): DocxReading {
  let bytes: Uint8Array | undefined;
  try {
    bytes = bytesOf(input);
  } catch {
    // A proxy or a detached buffer that throws when looked at is no file either.
  }
  if (bytes === undefined) return unreadable("not-bytes", typeof input);
  if (bytes.length === 0) return unreadable("empty");
  try {
    // An OLE compound file is an old .doc, or a .docx saved with a password (its package
    // encrypted inside one): no zip to look for.
    const kind = sniffBytes(bytes, meter);
    if (kind === "old-office" || kind === "encrypted") return unreadable(kind);
    return readPackage(bytes, meter);
  } catch (error) {
    // Nothing above throws by design; this keeps the promise of never throwing if a dependency does.
    const message = error instanceof Error ? error.message : String(error);
    return unreadable("unexpected", message.slice(0, 120));
  }
}
