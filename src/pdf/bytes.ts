/**
 * The caller's bytes, checked and copied before pdf.js sees them: pdf.js hands its input to its
 * worker, which detaches the buffer, and the caller's buffer must stay theirs. Bytes that are no
 * PDF at all are told apart here, by their first bytes, so that the finding can say what they are.
 *
 * @module
 */
import type { UnreadableReason } from "../findings/unreadable.js";
import { show } from "../findings/values.js";
import { pdfHeaderAt, startsWith } from "../read/signatures.js";
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

/**
 * The bytes of an `ArrayBuffer`, a view of one, or a `SharedArrayBuffer`, copied; `undefined` for
 * anything else.
 *
 * @example
 * ```ts
 * copyOf(new Uint8Array([37, 80]).buffer); // Uint8Array [37, 80], a buffer of its own
 * copyOf("report.pdf"); // undefined
 * ```
 */
export function copyOf(input: unknown): Uint8Array | undefined {
  if (input instanceof ArrayBuffer) return new Uint8Array(input.slice(0));
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength).slice();
  }
  if (typeof SharedArrayBuffer !== "undefined" && input instanceof SharedArrayBuffer) {
    return new Uint8Array(input).slice();
  }
  return undefined;
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
    if (startsWith(bytes, END_MARKER, at)) return true;
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
  if (pdfHeaderAt(bytes) === -1) {
    // No header: what the bytes are instead (never "pdf": sniffBytes looks for the same header).
    const kind = sniffBytes(bytes);
    return {
      ok: false,
      reason: kind === "pdf" ? "damaged" : kind,
      detail: "no %PDF- header in its first 1024 bytes",
    };
  }
  return { ok: true, bytes };
}
