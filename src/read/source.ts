/**
 * What a file is, from its bytes first and its name second: report text in UTF-8, UTF-16 or
 * GB18030 (many government pages are served in it), HTML, canonical JSON, a Word document or a
 * PDF, or something no reader takes (empty, binary, an old .doc). Content wins over the name:
 * a server's HTML error page saved as `report.pdf` is read as the HTML it is.
 *
 * Pure (bytes in, a description out, `TextDecoder` only): the command line tells its inputs with
 * it, and a page tells the files a user opens.
 *
 * @module
 */

import { indexOfAscii, isOle, isZip, type MagicKind, magicOf, pdfHeaderAt } from "./signatures.js";
import { sniffBytes } from "./sniff.js";
import { webArchivePage } from "./webarchive.js";

/** The formats the readers take: `parseText`, `parseHTML`, `fromJSON`, `parseDocx`, `parsePdf`. */
export type SourceFormat = "text" | "html" | "json" | "docx" | "pdf";

/** Kinds of bytes that are no report, named in the reason given to the user. */
export type BinaryKind = "zip" | MagicKind | "other";

/**
 * What the bytes of a file are ({@link sniffSource}): a document for a bytes reader (`parseDocx`,
 * `parsePdf`), decoded text for a text reader (`parseText`, `parseHTML`, `fromJSON`), or why no
 * reader takes them.
 */
export type SniffedSource =
  | { readonly kind: "bytes"; readonly format: "docx" | "pdf" }
  | { readonly kind: "text"; readonly format: "text" | "html" | "json"; readonly text: string }
  | { readonly kind: "empty" }
  | { readonly kind: "binary"; readonly what: BinaryKind }
  /**
   * A document no reader takes: `doc` Word 97–2003 (an OLE compound file; one holding an Office
   * file encrypted with a password is given to the Word reader, which says so), `rtf` Rich Text,
   * `mht` a web archive (MIME HTML) with no HTML page in it (one with a page is that page's HTML
   * text). Sites serve all three as "Word" files.
   */
  | { readonly kind: "unsupported"; readonly format: "doc" | "rtf" | "mht" };

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";

/**
 * Whether text is a web archive (MHTML): a MIME message whose header block names a version and a
 * `multipart/related` body. Word's single file web page opens with `MIME-Version:`, Chromium's
 * (a browser's "save as single file", a crawler's `Page.captureSnapshot`) with `From: <Saved by
 * Blink>` and other fields first. Only the header block is looked at (at most 8 kB).
 */
function isWebArchive(text: string): boolean {
  if (!/^[A-Za-z][\w-]*:/.test(text)) return false;
  const start = text.slice(0, 8192);
  const end = start.search(/\r?\n\r?\n/);
  const head = end === -1 ? start : start.slice(0, end);
  return /^MIME-Version:/im.test(head) && /^Content-Type:\s*multipart\/related/im.test(head);
}

/** Options of {@link decodeText} and {@link sniffSource}. */
export interface DecodeOptions {
  /**
   * A WHATWG encoding label (`"gb18030"`, `"utf-16le"`, …) that wins over detection. A label no
   * `TextDecoder` knows is ignored: the text is detected as without it.
   */
  readonly encoding?: string;
}

/** A decoder for a label, or `undefined` when the runtime knows no such encoding. */
function decoderFor(label: unknown): ((bytes: Uint8Array) => string) | undefined {
  if (typeof label !== "string") return undefined;
  try {
    const decoder = new TextDecoder(label);
    return (bytes) => decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes the bytes of a text file: in the encoding given, or else by its UTF-16 byte order mark,
 * as UTF-16 without a mark (a zero in every other byte of ASCII text), as UTF-8 when the bytes are
 * valid UTF-8 (with or without its mark), and as GB18030 for the rest (many government sites
 * serve their pages in it). Never throws: anything but a `Uint8Array` decodes to `""`.
 *
 * @param bytes - The file's bytes.
 * @param options - `encoding`: a label that wins over detection.
 * @returns The text, without a byte order mark.
 * @example
 * ```ts
 * decodeText(new TextEncoder().encode("一、总体情况")); // '一、总体情况'
 * decodeText(new Uint8Array([0xd5, 0xfe, 0xb8, 0xae])); // '政府' (GB18030)
 * decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x4e])); // '一' (UTF-16LE with its mark)
 * ```
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  if (!(bytes instanceof Uint8Array)) return "";
  const given = decoderFor(options?.encoding);
  if (given !== undefined) return given(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  // Before UTF-8: UTF-16 text of ASCII is valid UTF-8 too (with a NUL every other byte).
  const unmarked = utf16WithoutMark(bytes);
  if (unmarked !== undefined) return new TextDecoder(unmarked).decode(bytes);
  try {
    // TextDecoder drops a UTF-8 byte order mark by default.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const chinese = utf16OfChinese(bytes);
    return new TextDecoder(chinese ?? "gb18030").decode(bytes);
  }
}

/**
 * UTF-16 without a byte order mark of text that is mostly Chinese (Windows' "Unicode" text saved
 * without its mark), which has few zero bytes: bytes that are no UTF-8, whose code units in one
 * byte order are nearly all ideographs, CJK punctuation, full-width forms or ASCII, and in the
 * other order not. Only for bytes that are no UTF-8: ASCII read as UTF-16 is ideographs too
 * (`He` is U+6548). GB18030's Chinese is bytes over 0xA0, code units of Hangul and the private
 * use area in either order.
 */
function utf16OfChinese(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 8) return undefined;
  let little = 0;
  let big = 0;
  // Code units with a byte over 0x7F: most of Chinese text's (its ideographs' high bytes run to
  // 0x9F, their low bytes anywhere), none of two ASCII characters', which read as ideographs in
  // either order (`| 0 |` in a GB18030 table is U+7C20 U+3020 …).
  let high = 0;
  for (let i = 0; i < sample; i += 2) {
    if (isTextUnit(bytes[i]! | (bytes[i + 1]! << 8))) little += 1;
    if (isTextUnit((bytes[i]! << 8) | bytes[i + 1]!)) big += 1;
    if ((bytes[i]! | bytes[i + 1]!) >= 0x80) high += 1;
  }
  const units = sample / 2;
  if (high < units * 0.4) return undefined;
  if (little >= units * 0.9 && big < units * 0.5) return "utf-16le";
  if (big >= units * 0.9 && little < units * 0.5) return "utf-16be";
  return undefined;
}

/** A code unit of Chinese text: an ideograph, CJK or full-width punctuation, ASCII text. */
function isTextUnit(unit: number): boolean {
  return (
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0x3000 && unit <= 0x303f) ||
    (unit >= 0xff00 && unit <= 0xffef) ||
    (unit >= 0x20 && unit < 0x7f) ||
    unit === 0x0a ||
    unit === 0x0d ||
    unit === 0x09 ||
    unit === 0x2014 ||
    unit === 0x201c ||
    unit === 0x201d
  );
}

/** UTF-16 without a byte order mark, told by the zero high bytes of ASCII and CJK-free text. */
function utf16WithoutMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return undefined;
}

/**
 * Whether decoded text is binary rather than text: control characters other than tab, line
 * breaks and form feed (pdftotext separates pages by it), or replacement characters from bytes
 * no encoding reads, in more than 1 % of the text (a NUL anywhere counts).
 */
function looksBinary(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (
      (code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) ||
      code === 0xfffd
    ) {
      odd += 1;
    }
  }
  return odd > text.length / 100;
}

const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|table|div|p|meta|title|!--)[\s>/]/i;
const HTML_INSIDE = /<(?:html|body|table)[\s>]/i;

/** Options of {@link sniffSource}. */
export interface SniffOptions extends DecodeOptions {
  /** The file's name; its extension decides only what the bytes leave open. */
  readonly name?: string;
}

/**
 * Tells what a file is, from its bytes first and its name second: a PDF (its `%PDF-` header in
 * the first 1024 bytes), a Word document (a zip holding `word/document.xml`, or an Office file
 * encrypted with a password, which the Word reader says it cannot read), an old Word file
 * (`doc`), RTF (`rtf`; sites serve both as "Word" files), a web archive (Word's single file web
 * page, also served as "Word": the HTML of the page it holds, or `mht` with none), an image or an
 * archive (`binary`), nothing (`empty`), or text, decoded as
 * {@link decodeText} does, told apart as canonical JSON, HTML or plain text (Markdown included).
 * Never throws: anything but a `Uint8Array` is `empty`.
 *
 * @param bytes - The file's bytes.
 * @param options - `name` (its extension settles a damaged document or an `.html` file of bare
 *   text) and `encoding` (as for {@link decodeText}).
 * @returns What the bytes are, with the decoded text for a text format.
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode("一、总体情况\n…");
 * sniffSource(bytes); // { kind: "text", format: "text", text: "一、总体情况\n…" }
 * sniffSource(pdfBytes, { name: "report.pdf" }); // { kind: "bytes", format: "pdf" }
 * sniffSource(new Uint8Array()); // { kind: "empty" }
 * ```
 */
export function sniffSource(bytes: Uint8Array, options: SniffOptions = {}): SniffedSource {
  const name = typeof options?.name === "string" ? options.name : "";
  const encoding = options?.encoding;
  const ext = extension(name);
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return { kind: "empty" };
  // PDF allows bytes before its header (the spec asks readers to look in the first 1024).
  if (pdfHeaderAt(bytes) !== -1) return { kind: "bytes", format: "pdf" };
  if (isZip(bytes)) {
    return indexOfAscii(bytes, "word/document.xml") !== -1 || ext === "docx"
      ? { kind: "bytes", format: "docx" }
      : { kind: "binary", what: "zip" };
  }
  // An Office file saved with a password is an OLE file holding its encrypted package: the Word
  // reader says so (`SOURCE_UNREADABLE`, `encrypted`), as its documentation promises; an old .doc
  // is a format no reader takes.
  if (isOle(bytes)) {
    return sniffBytes(bytes) === "encrypted"
      ? { kind: "bytes", format: "docx" }
      : { kind: "unsupported", format: "doc" };
  }
  const what = magicOf(bytes);
  if (what !== undefined) return { kind: "binary", what };
  const text = decodeText(bytes, encoding === undefined ? {} : { encoding });
  if (looksBinary(text)) {
    // Named as a document: its reader says what is wrong with it (damaged, truncated).
    if (ext === "pdf" || ext === "docx") return { kind: "bytes", format: ext };
    return { kind: "binary", what: "other" };
  }
  if (text.trim() === "") return { kind: "empty" };
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed.startsWith("{\\rtf")) return { kind: "unsupported", format: "rtf" };
  if (isWebArchive(trimmed)) {
    // A single file web page: the page it holds is read as the HTML it is, in the charset its
    // part names unless one is given.
    const page = webArchivePage(bytes);
    if (page === undefined) return { kind: "unsupported", format: "mht" };
    const charset = encoding ?? page.charset;
    const html = decodeText(page.bytes, charset === undefined ? {} : { encoding: charset });
    return { kind: "text", format: "html", text: html };
  }
  if (ext === "json" || (trimmed.startsWith("{") && trimmed.endsWith("}"))) {
    return { kind: "text", format: "json", text };
  }
  const html =
    ext === "html" ||
    ext === "htm" ||
    ext === "xhtml" ||
    (HTML_START.test(trimmed) && HTML_INSIDE.test(trimmed));
  return { kind: "text", format: html ? "html" : "text", text };
}
