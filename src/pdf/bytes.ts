/**
 * The caller's bytes, checked and copied before pdf.js sees them: pdf.js hands its input to its
 * worker, which detaches the buffer, and the caller's buffer must stay theirs. Bytes that are no
 * PDF at all are told apart here, by their first bytes, so that the finding can say what they are.
 *
 * @module
 */
import type { UnreadableReason } from "../findings/unreadable.js";
import { show } from "../findings/values.js";
import { sniffBytes } from "../read/sniff.js";

/**
 * Why a PDF could not be read: a reason of `SOURCE_UNREADABLE`, and the technical words (what
 * was given, pdf.js's message) for tests and debugging.
 */
export interface PdfFailure {
  readonly ok: false;
  readonly reason: UnreadableReason;
  readonly detail?: string;
}

/** The bytes copied, or why they are not read. */
export type BytesCheck = { readonly ok: true; readonly bytes: Uint8Array } | PdfFailure;

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

/** Where a PDF ends: its last `%%EOF` is in the last 1024 bytes (PDF 32000-1, 7.5.5). */
const END_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
const END_WITHIN = 1024;

/**
 * Whether the bytes end as a PDF does, with `%%EOF` near the end: a file that pdf.js cannot open
 * and that lacks it was cut short (a download stopped), which is worth telling from damage.
 *
 * @example
 * ```ts
 * hasEndMarker(new TextEncoder().encode("%PDF-1.7 … startxref 9 %%EOF\n")); // true
 * hasEndMarker(new TextEncoder().encode("%PDF-1.7 … 1 0 obj")); // false
 * ```
 */
export function hasEndMarker(bytes: Uint8Array): boolean {
  for (
    let at = bytes.length - END_MARKER.length;
    at >= Math.max(0, bytes.length - END_WITHIN);
    at--
  ) {
    if (startsWith(bytes, at, END_MARKER)) return true;
  }
  return false;
}

/**
 * The input copied, if it is bytes with a PDF header; else why it is not read: `not-bytes`,
 * `empty`, or what the bytes are instead (`zip`, `old-office`, `html`, `image`, `text`, …). Never
 * throws (a detached buffer, an object whose getters throw: all are `not-bytes`).
 *
 * @example
 * ```ts
 * checkBytes(new TextEncoder().encode("%PDF-1.7 …")).ok; // true
 * checkBytes(new Uint8Array()); // { ok: false, reason: 'empty' }
 * checkBytes("report.pdf"); // { ok: false, reason: 'not-bytes', detail: '"report.pdf"' }
 * ```
 */
export function checkBytes(input: unknown): BytesCheck {
  let bytes: Uint8Array | undefined;
  try {
    bytes = copyOf(input);
  } catch {
    bytes = undefined;
  }
  if (bytes === undefined) return { ok: false, reason: "not-bytes", detail: show(input) };
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (headerAt(bytes) === -1) {
    // No header: what the bytes are instead (a header after junk would have been found).
    const kind = sniffBytes(bytes);
    return {
      ok: false,
      reason: kind === "pdf" ? "damaged" : kind,
      detail: `no %PDF- header in its first ${HEADER_WITHIN} bytes`,
    };
  }
  return { ok: true, bytes };
}
