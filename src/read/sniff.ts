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

/** What {@link sniffBytes} can tell. */
export type SniffedKind = Extract<
  UnreadableReason,
  "pdf" | "zip" | "old-office" | "encrypted" | "html" | "rtf" | "image" | "text" | "unknown"
>;

const ZIP = [0x50, 0x4b]; // PK: a local header, or the end record of an empty archive
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGES: readonly (readonly number[])[] = [
  [0xff, 0xd8, 0xff], // JPEG
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
];
/** How much of the start is looked at: enough for a signature after a byte-order mark and blanks. */
const HEAD = 1024;
/** The stream an Office file encrypted with a password keeps its package in (MS-OFFCRYPTO 2.3.4). */
const ENCRYPTED_PACKAGE = "EncryptedPackage";

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, i) => bytes[at + i] === byte);

/**
 * Whether the name is in the bytes in UTF-16LE, as an OLE compound file's directory stores its
 * stream names. One pass: a candidate is checked only where its first byte matches.
 */
function hasUtf16Name(bytes: Uint8Array, name: string, meter?: Meter): boolean {
  tick(meter, bytes.length);
  const first = name.charCodeAt(0);
  const end = bytes.length - 2 * name.length;
  for (let at = 0; at <= end; at++) {
    if (bytes[at] !== first || bytes[at + 1] !== 0) continue;
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
 * What the bytes are, by their first bytes: a PDF, a zip archive, an Office 97–2003 file (an OLE
 * compound file; `encrypted` when it holds an Office file's encrypted package, as a .docx saved
 * with a password does), a web page or XML (HTML, MHT), Rich Text, an image, plain text, or
 * `unknown`. Work: the first 1024 bytes, and one pass over an OLE file.
 *
 * @example
 * ```ts
 * sniffBytes(new TextEncoder().encode("%PDF-1.7")); // 'pdf'
 * sniffBytes(new TextEncoder().encode("<!DOCTYPE html>")); // 'html'
 * sniffBytes(new Uint8Array([1, 2, 3])); // 'unknown'
 * ```
 */
export function sniffBytes(bytes: Uint8Array, meter?: Meter): SniffedKind {
  tick(meter, Math.min(bytes.length, HEAD));
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, OLE)) {
    return hasUtf16Name(bytes, ENCRYPTED_PACKAGE, meter) ? "encrypted" : "old-office";
  }
  if (IMAGES.some((signature) => startsWith(bytes, signature))) return "image";
  const head = headText(bytes);
  if (head.startsWith("{\\rtf")) return "rtf";
  // A saved web page (MHT) starts with its MIME headers; sites serve both as "Word" files.
  if (head.startsWith("<") || head.startsWith("mime-version:")) return "html";
  return looksLikeText(bytes) ? "text" : "unknown";
}
