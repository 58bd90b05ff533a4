/**
 * The zip container of a .docx, read defensively: the central directory is listed without inflating
 * anything, and only the parts the reader asks for are inflated, each within the size it declares.
 *
 * Why not fflate's `unzipSync`: it inflates a part into a buffer of its declared size but goes on
 * decoding the whole stream when the part lies about that size (the overflow is dropped silently),
 * so a small file can make it work for a thousand times its length and return a cut document
 * without saying so; nor does it check the CRC. Here a part is inflated in chunks by fflate's
 * streaming `Inflate` and refused as soon as it inflates past its declared size; a declared size
 * past {@link MAX_PART_BYTES} is refused before any work (a zip bomb), and the CRC-32 is checked.
 *
 * @module
 */
import { Inflate } from "fflate";
import type { UnreadableReason } from "../findings/unreadable.js";
import { type Meter, tick } from "../text/meter.js";

/**
 * The largest part the reader inflates: 32 MiB. The document part of a long report is a few
 * hundred kilobytes (images are separate parts, never inflated); a part declaring more is refused.
 */
export const MAX_PART_BYTES = 32 * 1024 * 1024;

/** One entry of the central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/**
 * Why the archive or a part could not be read: a reason of `SOURCE_UNREADABLE`, and the zip
 * reader's own technical words (which part, what check failed) for tests and debugging.
 */
export interface ZipFailure {
  readonly ok: false;
  readonly reason: UnreadableReason;
  readonly detail: string;
}

/** A part as read, or why it could not be. */
export type Extracted = { readonly ok: true; readonly data: Uint8Array } | ZipFailure;

/** The archive's entries by lower-case name (OPC part names are case-insensitive), or why not. */
export type Listing =
  | { readonly ok: true; readonly entries: ReadonlyMap<string, ZipEntry> }
  | ZipFailure;

const failure = (reason: UnreadableReason, detail: string): ZipFailure => ({
  ok: false,
  reason,
  detail,
});

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of at most 65535. */
const END_SEARCH = 22 + 0xffff;
/** Bytes pushed into the inflater at a time: at most ~1032× that comes out before the check. */
const CHUNK = 16 * 1024;
const FLAG_ENCRYPTED = 1;

const u16 = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);
const u32 = (bytes: Uint8Array, at: number) =>
  (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
/** A 64-bit field as a number; past 2^53 it is only used to be refused as too large. */
const u64 = (bytes: Uint8Array, at: number) => u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;

/** Whether `length` bytes from `at` lie inside the archive. */
const inside = (bytes: Uint8Array, at: number, length: number) =>
  at >= 0 && length >= 0 && at + length <= bytes.length;

function findEnd(bytes: Uint8Array, meter?: Meter): number {
  const lowest = Math.max(0, bytes.length - END_SEARCH);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    tick(meter, 1);
    if (u32(bytes, at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** Where the central directory starts and how many entries it has, Zip64 records read. */
function directoryOf(
  bytes: Uint8Array,
  end: number,
): { readonly count: number; readonly offset: number } {
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  const locator = end - 20;
  if ((count === 0xffff || offset === 0xffffffff) && locator >= 0) {
    if (u32(bytes, locator) === ZIP64_LOCATOR) {
      const record = u64(bytes, locator + 8);
      if (inside(bytes, record, 56) && u32(bytes, record) === ZIP64_END) {
        count = u64(bytes, record + 32);
        offset = u64(bytes, record + 48);
      }
    }
  }
  return { count, offset };
}

/** The Zip64 extra field's sizes and offset, for the fields that the entry marks as 0xffffffff. */
function zip64Fields(
  bytes: Uint8Array,
  from: number,
  length: number,
  entry: { size: number; compressedSize: number; localOffset: number },
): void {
  for (let at = from; at + 4 <= from + length; ) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 1) {
      let field = at + 4;
      for (const key of ["size", "compressedSize", "localOffset"] as const) {
        if (entry[key] !== 0xffffffff) continue;
        if (field + 8 > at + 4 + size) return;
        entry[key] = u64(bytes, field);
        field += 8;
      }
      return;
    }
    at += 4 + size;
  }
}

/**
 * Lists the archive's entries from its central directory, inflating nothing. Work is bounded by
 * the archive's length: the end record is searched in the last 65557 bytes, and an entry count
 * that cannot fit in the archive is refused before the loop.
 *
 * @example
 * ```ts
 * const listing = listZip(zipSync({ "word/document.xml": strToU8("<w:document/>") }));
 * listing.ok && listing.entries.has("word/document.xml"); // true
 * ```
 */
export function listZip(bytes: Uint8Array, meter?: Meter): Listing {
  const end = findEnd(bytes, meter);
  if (end === -1) {
    // The reader tells a truncated archive (it starts like one) from bytes of another format.
    return failure("unknown", "not a zip archive, or a truncated one (no end of its directory)");
  }
  const { count, offset } = directoryOf(bytes, end);
  // Each directory entry takes at least 46 bytes: a count that does not fit is a damaged archive.
  if (!inside(bytes, offset, count * 46)) {
    return failure("damaged", "damaged zip archive (its directory lies outside the file)");
  }
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let index = 0; index < count; index++) {
    tick(meter, 1);
    if (!inside(bytes, at, 46) || u32(bytes, at) !== DIRECTORY_ENTRY) {
      return failure("damaged", "damaged zip archive (a directory entry is unreadable)");
    }
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (!inside(bytes, at + 46, nameLength + extraLength + commentLength)) {
      return failure("damaged", "damaged zip archive (a directory entry is cut)");
    }
    const entry = {
      name: latin1(bytes, at + 46, nameLength, meter),
      method: u16(bytes, at + 10),
      flags: u16(bytes, at + 8),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    zip64Fields(bytes, at + 46 + nameLength, extraLength, entry);
    // The first entry of a name wins, as in readers that stop at the first match.
    const key = entry.name.toLowerCase();
    if (!entries.has(key)) entries.set(key, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/**
 * A name's bytes as Latin-1: the parts a .docx reader looks for have ASCII names, and a name in
 * another encoding only has to stay distinct, not readable.
 */
function latin1(bytes: Uint8Array, from: number, length: number, meter?: Meter): string {
  tick(meter, length);
  let name = "";
  for (let i = from; i < from + length; i++) name += String.fromCharCode(bytes[i]!);
  return name;
}

/** The CRC-32 (IEEE) of `data`, with its table built per call: no module-level state. */
function crc32(data: Uint8Array, meter?: Meter): number {
  tick(meter, 256 * 8 + data.length);
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** Inflates `compressed` into exactly `size` bytes, stopping as soon as it would give more. */
function inflateBounded(compressed: Uint8Array, size: number, meter?: Meter): Uint8Array | string {
  const out = new Uint8Array(size);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    tick(meter, chunk.length);
    if (overflow) return;
    if (written + chunk.length > size) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  for (let at = 0; at < compressed.length && !overflow; at += CHUNK) {
    const next = Math.min(compressed.length, at + CHUNK);
    tick(meter, next - at);
    inflater.push(compressed.subarray(at, next), next === compressed.length);
  }
  if (compressed.length === 0) return "damaged (an empty compressed stream)";
  if (overflow) return "damaged (it inflates past its declared size)";
  if (written !== size) return "damaged (it inflates short of its declared size)";
  return out;
}

/**
 * Reads one part: checks its local header, refuses a declared size past `limit` (a zip bomb)
 * before inflating, inflates within the declared size and checks the CRC-32. Never throws: a
 * damaged stream is a reason, like every other failure.
 *
 * @example
 * ```ts
 * const bytes = zipSync({ "word/document.xml": strToU8("<w:document/>") });
 * const listing = listZip(bytes);
 * const entry = listing.ok ? listing.entries.get("word/document.xml") : undefined;
 * entry && extract(bytes, entry); // { ok: true, data: Uint8Array [...] }
 * ```
 */
export function extract(
  bytes: Uint8Array,
  entry: ZipEntry,
  limit = MAX_PART_BYTES,
  meter?: Meter,
): Extracted {
  const fail = (reason: UnreadableReason, why: string) => failure(reason, `${entry.name}: ${why}`);
  if (entry.flags & FLAG_ENCRYPTED) return fail("encrypted", "encrypted");
  if (entry.size > limit) {
    return fail(
      "too-large",
      `declares ${entry.size} bytes, more than the ${limit} a report can need`,
    );
  }
  const local = entry.localOffset;
  if (!inside(bytes, local, 30) || u32(bytes, local) !== LOCAL_HEADER) {
    return fail("damaged", "damaged (its local header is missing)");
  }
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  // The directory, at the end, was found: data past the end is a lying header, not a cut file.
  if (!inside(bytes, start, entry.compressedSize)) {
    return fail("damaged", "damaged (its data runs past the end of the file)");
  }
  if (entry.method !== 0 && entry.method !== 8) {
    return fail("unsupported-compression", `compressed by an unsupported method (${entry.method})`);
  }
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  let data: Uint8Array | string;
  if (entry.method === 0) {
    data = entry.compressedSize === entry.size ? compressed : "damaged (stored sizes differ)";
  } else {
    try {
      data = inflateBounded(compressed, entry.size, meter);
    } catch {
      // fflate throws on an invalid deflate stream (a bad block type, a code past the tables).
      data = "damaged (its compressed data is invalid)";
    }
  }
  if (typeof data === "string") return fail("damaged", data);
  if (crc32(data, meter) !== entry.crc)
    return fail("damaged", "damaged (its CRC-32 does not match)");
  return { ok: true, data };
}
