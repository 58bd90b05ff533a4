/**
 * What bytes are, by their first bytes, for readers that were handed a file of another format:
 * `parseDocx` given a PDF, `parsePdf` given a Word file. The answer is a reason of
 * `SOURCE_UNREADABLE`, so that the user is told what the file is and can take it to the right
 * reader (or save it again).
 *
 * @module
 */
import type { UnreadableReason } from "../findings/unreadable.js";
import { type Meter, tick } from "../text/meter.js";
import {
  isImage,
  isOle,
  magicOf,
  pdfHeaderAt,
  startsAsPdf,
  startsAsZip,
  startsWith,
} from "./signatures.js";

/** What {@link sniffBytes} can tell. */
export type SniffedKind = Extract<
  UnreadableReason,
  "pdf" | "zip" | "old-office" | "encrypted" | "html" | "rtf" | "image" | "text" | "unknown"
>;

/** How much of the start is looked at: enough for a signature after a byte-order mark and blanks. */
const HEAD = 1024;
/** The stream an Office file encrypted with a password keeps its package in (MS-OFFCRYPTO 2.3.4). */
const ENCRYPTED_PACKAGE = "EncryptedPackage";

/** The size of an OLE compound file's directory entry (MS-CFB 2.6): entries start at multiples of it. */
const DIRECTORY_ENTRY = 128;
/** Where an entry keeps its name's length in bytes (its terminating NUL included), and its type. */
const NAME_LENGTH_AT = 0x40;
const OBJECT_TYPE_AT = 0x42;
/** The object type of a stream. */
const STREAM_OBJECT = 2;

/**
 * Whether an OLE compound file's directory has a stream of the name: an entry (at a multiple of
 * 128 bytes: sectors of 512 or 4096 bytes hold whole entries) naming it in UTF-16LE, with the
 * name's length and the stream type in their fields. Not the name anywhere in the bytes: a
 * document whose text mentions `EncryptedPackage` (stored in UTF-16 as Word stores text) is no
 * encrypted file. One pass over the entries' places.
 */
function hasUtf16Name(bytes: Uint8Array, name: string, meter?: Meter): boolean {
  tick(meter, 1 + bytes.length / DIRECTORY_ENTRY);
  const first = name.charCodeAt(0);
  const nameBytes = 2 * (name.length + 1);
  const end = bytes.length - DIRECTORY_ENTRY;
  for (let at = 0; at <= end; at += DIRECTORY_ENTRY) {
    if (bytes[at] !== first || bytes[at + 1] !== 0) continue;
    if (bytes[at + NAME_LENGTH_AT] !== nameBytes || bytes[at + NAME_LENGTH_AT + 1] !== 0) continue;
    if (bytes[at + OBJECT_TYPE_AT] !== STREAM_OBJECT) continue;
    let i = 1;
    while (
      i < name.length &&
      bytes[at + 2 * i] === name.charCodeAt(i) &&
      bytes[at + 2 * i + 1] === 0
    ) {
      i++;
    }
    tick(meter, i);
    if (i === name.length) return true;
  }
  return false;
}

/** The first characters, a byte-order mark and leading blanks skipped, lower case. */
function headText(bytes: Uint8Array): string {
  let from = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (from < HEAD && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[from] ?? -1)) from++;
  return String.fromCharCode(...bytes.subarray(from, from + 16)).toLowerCase();
}

/** Whether the start reads as text: UTF-16 with its mark, or UTF-8 without control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  let text: string;
  try {
    // `stream` so that a character cut at the end of the sample is no error.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, HEAD), {
      stream: true,
    });
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text);
}

/**
 * What the bytes are, by their first bytes: a PDF (`%PDF-` in the first 1024 bytes, or `%PDF` at
 * the start), a zip archive (`PK` at the start), an Office 97–2003 file (an OLE compound file; `encrypted` when it holds an Office
 * file's encrypted package, as a .docx saved with a password does), a web page or XML (HTML,
 * MHT), Rich Text, an image, plain text, or `unknown`. Work: the first 1024 bytes, and one pass
 * over an OLE file.
 *
 * @example
 * ```ts
 * sniffBytes(new TextEncoder().encode("%PDF-1.7")); // 'pdf'
 * sniffBytes(new TextEncoder().encode("<!DOCTYPE html>")); // 'html'
 * sniffBytes(new Uint8Array([1, 2, 3])); // 'unknown'
 * ```
 */
export function sniffBytes(bytes: Uint8Array, meter?: Meter): SniffedKind {
  const binary = binaryKind(bytes, meter);
  if (binary !== undefined) return binary;
  const head = headText(bytes);
  // A saved web page (MHT) starts with its MIME headers; sites serve both as "Word" files.
  if (head.startsWith("<") || head.startsWith("mime-version:")) return "html";
  return looksLikeText(bytes) ? "text" : "unknown";
}

/** The kinds of file no text reader reads: what {@link binaryKind} tells. */
type BinaryKind = Extract<
  SniffedKind,
  "pdf" | "zip" | "old-office" | "encrypted" | "image" | "rtf"
>;

/**
 * The kind of file the bytes are when no text reader reads them (a PDF, a zip, an OLE file, an
 * image, Rich Text), by their signatures, or `undefined`: {@link sniffBytes} without telling text
 * from markup or from unknown bytes, which needs the head decoded.
 */
function binaryKind(bytes: Uint8Array, meter?: Meter): BinaryKind | undefined {
  tick(meter, Math.min(bytes.length, HEAD));
  // Also a PDF or a zip damaged in its first bytes: the reason names what they were meant to be.
  if (pdfHeaderAt(bytes) !== -1 || startsAsPdf(bytes)) return "pdf";
  if (startsAsZip(bytes)) return "zip";
  if (isOle(bytes)) {
    return hasUtf16Name(bytes, ENCRYPTED_PACKAGE, meter) ? "encrypted" : "old-office";
  }
  if (isImage(magicOf(bytes))) return "image";
  return headText(bytes).startsWith("{\\rtf") ? "rtf" : undefined;
}

/**
 * What a text is when it is a file of another format read as a string (a PDF or a .docx file read
 * with `readFileSync(path, "latin1")` or `"utf8"`), by its first characters as {@link sniffBytes}
 * tells bytes; `undefined` for text (HTML and XML included: the text reader reads markup). A
 * character past U+00FF (UTF-8 decoding of binary bytes gives U+FFFD) stands for no byte, so
 * binary decoded as UTF-8 is told by its ASCII signatures only (`%PDF-`, `PK`, `{\rtf`).
 *
 * @example
 * ```ts
 * sniffText("%PDF-1.7\n%âãÏÓ"); // 'pdf'
 * sniffText("某镇2022年政府信息公开工作年度报告"); // undefined
 * ```
 */
export function sniffText(text: string, meter?: Meter): SniffedKind | undefined {
  const head = new Uint8Array(Math.min(text.length, HEAD));
  tick(meter, head.length);
  for (let at = 0; at < head.length; at++) {
    const code = text.charCodeAt(at);
    head[at] = code <= 0xff ? code : 0;
  }
  // Text, markup or unknown bytes are all read as text: only the binary signatures count, and
  // the head is not decoded (a decoder made per call was a third of reading an empty text).
  return binaryKind(head, meter);
}
