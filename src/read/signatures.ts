/**
 * The first bytes that tell a file's format, written once for every reader that looks: the
 * routing of files to readers (`sniffSource`), the reason a reader gives for bytes of another
 * format (`sniffBytes`), and the PDF reader's own check of its input.
 *
 * @module
 */

/** Whether `signature` stands in the bytes at `at`. */
export const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

/** Where `needle` (ASCII) first occurs in the bytes before `limit`, or -1. One pass. */
export function indexOfAscii(bytes: Uint8Array, needle: string, limit = bytes.length): number {
  const codes = ascii(needle);
  const end = Math.min(limit, bytes.length) - codes.length;
  for (let i = 0; i <= end; i += 1) {
    if (bytes[i] === codes[0] && startsWith(bytes, codes, i)) return i;
  }
  return -1;
}

/** `%PDF-`, which may follow some junk within the first 1024 bytes (PDF 32000-1, annex H). */
const PDF_HEADER = "%PDF-";
const PDF_HEADER_WITHIN = 1024;

/**
 * Where a PDF's `%PDF-` header starts in the first 1024 bytes, or -1.
 *
 * @example
 * ```ts
 * pdfHeaderAt(new TextEncoder().encode("\r\n%PDF-1.7")); // 2
 * ```
 */
export function pdfHeaderAt(bytes: Uint8Array): number {
  return indexOfAscii(bytes, PDF_HEADER, PDF_HEADER_WITHIN + PDF_HEADER.length);
}

const PK = ascii("PK");

/** A zip archive: a local file header, or the end record of an empty archive. */
export const isZip = (bytes: Uint8Array): boolean =>
  startsWith(bytes, [...PK, 0x03, 0x04]) || startsWith(bytes, [...PK, 0x05, 0x06]);

/**
 * Bytes that start as a PDF's header or a zip's records do, whole or not (`%PDF` without its
 * dash, `PK` and a spanned archive's marker, a file cut after two bytes): no reader takes them,
 * but a reason can name the format they were meant to be in (damaged, cut short).
 */
const PDF_START = ascii("%PDF");
export const startsAsPdf = (bytes: Uint8Array): boolean => startsWith(bytes, PDF_START);
export const startsAsZip = (bytes: Uint8Array): boolean => startsWith(bytes, PK);

/** An OLE compound file: Office 97–2003 documents, and Office files encrypted with a password. */
export const isOle = (bytes: Uint8Array): boolean =>
  startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Images and archives told by their first bytes: kinds of {@link BinaryKind} (no report). */
export type MagicKind = "png" | "jpeg" | "gif" | "gzip" | "7z" | "rar";

const MAGIC: readonly (readonly [MagicKind, readonly number[]])[] = [
  ["png", [0x89, 0x50, 0x4e, 0x47]],
  ["jpeg", [0xff, 0xd8, 0xff]],
  ["gif", ascii("GIF8")],
  ["gzip", [0x1f, 0x8b]],
  ["7z", [0x37, 0x7a, 0xbc, 0xaf]],
  ["rar", ascii("Rar!")],
];

/** The image or archive the bytes start as, or `undefined`. */
export function magicOf(bytes: Uint8Array): MagicKind | undefined {
  return MAGIC.find(([, signature]) => startsWith(bytes, signature))?.[0];
}

/** The images among {@link MagicKind}. */
export const isImage = (kind: MagicKind | undefined): boolean =>
  kind === "png" || kind === "jpeg" || kind === "gif";
