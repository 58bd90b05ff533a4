/**
 * The caller's bytes, checked and copied before pdf.js sees them: pdf.js hands its input to its
 * worker, which detaches the buffer, and the caller's buffer must stay theirs. Bytes that are no
 * PDF at all are told apart here, by their first bytes, so that the finding can say what they are.
 *
 * @module
 */
import { show } from "../findings/values.js";

/** The bytes copied, or what the input looked like and why it is not read. */
export type BytesCheck =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly actual: string; readonly reason: string };

// A PDF's header may follow some junk, within the first 1024 bytes (PDF 32000-1, annex H).
const HEADER_WITHIN = 1024;
const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** The bytes of an `ArrayBuffer`, a view of one, or a `SharedArrayBuffer`, copied. */
function copyOf(input: unknown): Uint8Array | undefined {
  if (input instanceof ArrayBuffer) return new Uint8Array(input.slice(0));
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength).slice();
  }
  if (typeof SharedArrayBuffer !== "undefined" && input instanceof SharedArrayBuffer) {
    return new Uint8Array(input).slice();
  }
  return undefined;
}

function startsWith(bytes: Uint8Array, at: number, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/** Where `%PDF-` starts in the first 1024 bytes, or -1. */
function headerAt(bytes: Uint8Array): number {
  const end = Math.min(bytes.length - HEADER.length, HEADER_WITHIN);
  for (let at = 0; at <= end; at++) if (startsWith(bytes, at, HEADER)) return at;
  return -1;
}

/** What bytes that are no PDF look like, by their first bytes. */
function kindOf(bytes: Uint8Array): string {
  if (startsWith(bytes, 0, [0x50, 0x4b, 0x03, 0x04])) return "a ZIP file (.docx, .xlsx, .ofd?)";
  if (startsWith(bytes, 0, [0xd0, 0xcf, 0x11, 0xe0])) return "an OLE file (.doc, .xls, .wps?)";
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff]) || startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47])) {
    return "an image";
  }
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 64));
  if (/^\uFEFF?\s*</.test(head)) return "text or HTML";
  return "not a PDF";
}

/**
 * The input copied, if it is bytes with a PDF header; else what it looked like and why it is not
 * read. Never throws (a detached buffer, an object whose getters throw: all are "not bytes").
 *
 * @example
 * ```ts
 * checkBytes(new TextEncoder().encode("%PDF-1.7 …")).ok; // true
 * checkBytes(new Uint8Array()); // { ok: false, actual: '0 bytes', reason: 'the file is empty' }
 * checkBytes("report.pdf").actual; // '"report.pdf"'
 * ```
 */
export function checkBytes(input: unknown): BytesCheck {
  let bytes: Uint8Array | undefined;
  try {
    bytes = copyOf(input);
  } catch {
    bytes = undefined;
  }
  if (bytes === undefined) {
    return {
      ok: false,
      actual: show(input),
      reason: "expected the file's bytes (a Uint8Array or an ArrayBuffer)",
    };
  }
  if (bytes.length === 0) return { ok: false, actual: "0 bytes", reason: "the file is empty" };
  if (headerAt(bytes) === -1) {
    return {
      ok: false,
      actual: kindOf(bytes),
      reason: `no %PDF- header in its first ${HEADER_WITHIN} bytes`,
    };
  }
  return { ok: true, bytes };
}
