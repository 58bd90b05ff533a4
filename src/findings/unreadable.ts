/**
 * Why a file could not be read: the closed set of `actual` values of a `SOURCE_UNREADABLE`
 * finding. Readers (`parseDocx`, `parsePdf`) pick one; the zh and en catalogues word it. A program
 * switches on the key, never on the message.
 *
 * @module
 */

/**
 * Every reason, in the order of `docs/rules.md`. First what the bytes are when they are another
 * format (so the user can hand them to the right reader, or save them again), then why bytes of
 * the right format could not be read.
 */
export const unreadableReasons = [
  // Not a file at all.
  "not-bytes",
  "empty",
  // Another format than the one expected.
  "pdf",
  "zip",
  "old-office",
  "html",
  "rtf",
  "image",
  "text",
  "unknown",
  // The expected format, but not readable.
  "truncated",
  "damaged",
  "encrypted",
  "too-large",
  "unsupported-compression",
  "no-document",
  "no-text-layer",
  "no-cmap",
  "garbled-text",
  "no-worker",
  "unexpected",
] as const;

/**
 * Why a file could not be read, the `actual` of a `SOURCE_UNREADABLE` finding:
 *
 * - `not-bytes`: the value given is no bytes (a `Uint8Array` or an `ArrayBuffer`).
 * - `empty`: the file has no bytes.
 * - `pdf`, `zip`, `old-office`, `html`, `rtf`, `image`, `text`: the bytes are of another format:
 *   a PDF; a zip archive (a .docx, .xlsx or .ofd); an Office 97–2003 file (.doc, .xls, .wps); a web
 *   page or XML text (HTML, MHT); Rich Text; an image; plain text.
 * - `unknown`: the bytes are of no format the reader knows.
 * - `truncated`: the file is cut short (an interrupted download or copy).
 * - `damaged`: the file is of the format but damaged.
 * - `encrypted`: it needs a password.
 * - `too-large`: a part would inflate past what a report can need (a zip bomb); not inflated.
 * - `unsupported-compression`: a part is compressed by a method Word never uses.
 * - `no-document`: a zip archive without a Word document in it.
 * - `no-text-layer`: a PDF whose pages have no text, or none but a page number or a stamp (a scan:
 *   it needs OCR first).
 * - `no-cmap`: a PDF left with no Chinese text because it is in fonts it does not embed, encoded
 *   by Adobe's CMaps (`UniGB-UCS2-H`, `GBK-EUC-H`…) whose files were not given (`parsePdf`'s
 *   `cMaps` option).
 * - `garbled-text`: a PDF whose text does not decode to Chinese: its fonts lack their Unicode maps
 *   (`/ToUnicode`), so that glyph numbers come out as `!"#$%` or Latin letters, as they do when
 *   its text is copied in any viewer. Like a scan, it needs OCR first.
 * - `no-worker`: pdf.js had no worker to run in (the app has not set one up; not the file's fault).
 * - `unexpected`: the reader stopped unexpectedly (a bug: please report it with the file).
 */
export type UnreadableReason = (typeof unreadableReasons)[number];

/**
 * Whether a value is one of the {@link unreadableReasons}.
 *
 * @example
 * ```ts
 * isUnreadableReason("encrypted"); // true
 * isUnreadableReason("it is encrypted"); // false
 * ```
 */
export function isUnreadableReason(value: unknown): value is UnreadableReason {
  return typeof value === "string" && (unreadableReasons as readonly string[]).includes(value);
}
