/**
 * The page a web archive (MHTML: Word's "single file web page", a `.mht`) holds. Sites serve such
 * files as "Word" documents; html-docx-js (a "download as Word" many sites use) puts one in a
 * .docx. Read here for both: {@link sniffSource} hands the page to the HTML reader, the Word reader
 * reads it where the .docx imports it.
 *
 * A few lines of MIME, not a library: the part wanted is the first `text/html` one, its transfer
 * encoding is one of two, and its charset is the decoder's (the `parseDocx` and root bundles have
 * no room for a MIME package).
 *
 * @module
 */
import { type Meter, tick } from "../text/meter.js";

/** A web archive's page as bytes, with the charset its part names (for the decoder). */
export interface ArchivedPage {
  readonly bytes: Uint8Array;
  readonly charset?: string;
}

/**
 * The first `text/html` part of a web archive (MHTML), its transfer encoding (quoted-printable,
 * base64) undone, with the charset it names; `undefined` without such a part, or with base64
 * that is no base64. Never throws.
 *
 * @param data - The archive's bytes.
 * @example
 * ```ts
 * const mht = new TextEncoder().encode(
 *   'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n' +
 *     'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' +
 *     "<p>=E4=B8=80=E3=80=81</p>\r\n--b--",
 * );
 * const page = webArchivePage(mht);
 * new TextDecoder(page?.charset).decode(page?.bytes); // '<p>一、</p>\r\n'
 * ```
 */
export function webArchivePage(data: Uint8Array, meter?: Meter): ArchivedPage | undefined {
  tick(meter, 8 * data.length);
  // The bytes as characters one for one: the headers are ASCII, the body's bytes stay as they are.
  let binary = "";
  for (let at = 0; at < data.length; at += 8192) {
    binary += String.fromCharCode(...data.subarray(at, at + 8192));
  }
  // The boundary the message's own header names (a page may say `boundary=` in its text).
  const boundary = /boundary="?([^"\s;]+)/i.exec(binary.slice(0, binary.search(/\r?\n\r?\n/)))?.[1];
  for (const part of boundary === undefined ? [binary] : binary.split(`--${boundary}`)) {
    const end = /\r?\n\r?\n/.exec(part);
    const head = end === null ? "" : part.slice(0, end.index);
    if (end === null || !/content-type:\s*text\/html/i.test(head)) continue;
    let body = part.slice(end.index + end[0].length);
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    try {
      if (encoding === "base64") body = atob(body.replace(/[^\w+/=]/g, ""));
    } catch {
      return undefined;
    }
    if (encoding === "quoted-printable") {
      body = body
        .replace(/=\r?\n/g, "")
        .replace(/=([\dA-F]{2})/gi, (_, hex: string) =>
          String.fromCharCode(Number.parseInt(hex, 16)),
        );
    }
    const charset = /charset="?([\w-]+)/i.exec(head)?.[1];
    const bytes = Uint8Array.from(body, (character) => character.charCodeAt(0));
    return charset === undefined ? { bytes } : { bytes, charset };
  }
  return undefined;
}
