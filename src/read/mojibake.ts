/**
 * Text whose bytes were decoded one byte a character (ISO-8859-1, as Python and Node read
 * `latin1`; or Windows-1252, as browsers read it): `æ”¿åºœ` for the UTF-8 of `政府`, `Õþ¸®` for
 * its GBK. A pipeline makes it when it decodes a page in an encoding the page did not say:
 * Python's `requests` gives a page served as `text/html` with no charset as ISO-8859-1, and many
 * government sites serve GBK without one. Written to a file in UTF-8, the mojibake is valid text, and the Chinese is gone
 * from it; a reader finds no heading or label in it.
 *
 * Such a decoding loses nothing: each character stands for one byte, and taking the bytes back
 * (Windows-1252's 27 characters above U+00FF to theirs) gives the page's bytes, which are then
 * decoded as `decodeText` decodes a file's (UTF-8 when valid, else GB18030). The readers take the
 * text again this way only when it read as no report and, decoded again, reads as one, and say so
 * (`SOURCE_MOJIBAKE`): a text that is Latin-1 by right (a report in another language, the odd
 * `é`) is never changed.
 *
 * @module
 */

/** The characters Windows-1252 gives bytes 0x80–0x9F, by byte (U+FFFD where it has none). */
const WINDOWS_1252 = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";

/** The byte of each of those characters. */
const BYTE_OF = new Map(
  [...WINDOWS_1252].flatMap((character, index) =>
    character === "\uFFFD" ? [] : [[character, 0x80 + index] as const],
  ),
);

/**
 * Fewer characters above ASCII than this are no mojibake to speak of: a report's heading alone,
 * decoded so, is 30 or more.
 */
const MIN_HIGH_CHARACTERS = 16;

/** What a mojibake text is once decoded again. */
export interface Redecoded {
  /** The text, decoded from its bytes. */
  readonly text: string;
  /** The encoding its bytes are in (what `SOURCE_MOJIBAKE` says it should have been read as). */
  readonly encoding: "utf-8" | "gb18030";
}

/**
 * The bytes of a text decoded one byte a character, or `undefined` when a character stands for no
 * single byte (an ideograph, a character no such decoding gives) or too few are above ASCII.
 */
function bytesOf(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  let high = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const byte = code <= 0xff ? code : BYTE_OF.get(text[index]!);
    if (byte === undefined) return undefined;
    if (byte >= 0x80) high++;
    bytes[index] = byte;
  }
  return high < MIN_HIGH_CHARACTERS ? undefined : bytes;
}

/**
 * A text decoded one byte a character, decoded again from its bytes: as UTF-8 when they are
 * valid UTF-8, else as GB18030. `undefined` when the text cannot be such mojibake (it holds a
 * character no byte decodes to alone, or fewer than 16 characters above ASCII), or when the bytes
 * decode to no ideograph. Whether the result reads as a report is for the reader to find.
 *
 * A decoder the platform lacks (a JavaScript engine without `TextDecoder`, or without GB18030)
 * gives `undefined` too: the text is read as given.
 *
 * @example
 * ```ts
 * redecoded("æ”¿åºœå…¬å¼€å¹´åº¦æŠ¥å‘Š"); // the UTF-8 of 政府公开年度报告 as Windows-1252
 * // { text: '政府公开年度报告', encoding: 'utf-8' }
 * redecoded("Õþ¸®ÐÅÏ¢¹«¿ª Õþ¸®ÐÅÏ¢¹«¿ª");
 * // { text: '政府信息公开 政府信息公开', encoding: 'gb18030' }
 * redecoded("一、总体情况"); // undefined: ideographs are no mojibake
 * redecoded("Café, crème brûlée"); // undefined: too few such characters to tell
 * ```
 */
export function redecoded(text: string): Redecoded | undefined {
  // A byte order mark decoded as such before the rest was not: it is no byte of the mojibake.
  const bytes = bytesOf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (bytes === undefined || typeof TextDecoder !== "function") return undefined;
  let decoded: Redecoded;
  try {
    decoded = { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    try {
      decoded = { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
    } catch {
      // No GB18030 here (a runtime built without it): the text is read as given.
      return undefined;
    }
  }
  return /\p{Script=Han}/u.test(decoded.text) ? decoded : undefined;
}
