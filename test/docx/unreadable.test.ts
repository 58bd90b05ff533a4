/**
 * Bytes that are no readable .docx give no document and one SOURCE_UNREADABLE draft (expected
 * "docx", actual what the bytes look like, detail why), never an exception.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/docx/read.js";
import { MAX_PART_BYTES } from "../../src/docx/zip.js";
import { docx, p, texts } from "./support.js";

/** Changes the central directory entry of `name` in a copy of `bytes`. */
function patchDirectory(
  bytes: Uint8Array,
  name: string,
  patch: (view: DataView, entry: number) => void,
): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const found = copy.subarray(at + 46, at + 46 + length);
    if (found.length === wanted.length && found.every((b, i) => b === wanted[i])) {
      patch(view, at);
      return copy;
    }
  }
  throw new Error(`no directory entry ${name}`);
}

const unreadable = (input: unknown) => {
  const { document, drafts } = readDocx(input);
  expect(document).toBeUndefined();
  expect(drafts).toHaveLength(1);
  const [draft] = drafts;
  expect(draft).toMatchObject({ code: "SOURCE_UNREADABLE", path: [], expected: "docx" });
  return draft!;
};

const good = docx(p("正文"));

describe("unreadable bytes", () => {
  it("the well-formed file of these tests reads (so that each case below can fail)", () => {
    expect(texts(readDocx(good).document?.blocks)).toEqual(["正文"]);
    expect(readDocx(good).drafts).toEqual([]);
  });

  it("reads an ArrayBuffer, a Buffer and a view into a larger buffer", () => {
    const larger = new Uint8Array(good.length + 10);
    larger.set(good, 5);
    for (const input of [
      good.slice().buffer,
      Buffer.from(good),
      new DataView(larger.buffer, 5, good.length),
    ]) {
      expect(texts(readDocx(input).document?.blocks)).toEqual(["正文"]);
    }
  });

  it("refuses what is not bytes", () => {
    expect(unreadable("PK…")).toMatchObject({ actual: "string" });
    expect(unreadable(undefined)).toMatchObject({ actual: "undefined" });
    expect(unreadable([80, 75])).toMatchObject({ actual: "object" });
  });

  it("refuses an empty file", () => {
    expect(unreadable(new Uint8Array(0))).toMatchObject({ actual: "empty" });
  });

  it("refuses an OLE compound file: an encrypted .docx or an old .doc", () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(unreadable(ole)).toMatchObject({
      actual: "OLE compound file",
      detail: expect.stringContaining("password"),
    });
  });

  it("refuses bytes that are no zip archive, saying what they look like", () => {
    expect(unreadable(strToU8("%PDF-1.7\n…"))).toMatchObject({
      actual: "PDF",
      detail: expect.stringContaining("not a zip archive"),
    });
    expect(unreadable(strToU8("\ufeff\n <html>"))).toMatchObject({
      actual: "HTML or XML text",
      detail: expect.stringContaining("which parseHTML reads"),
    });
    expect(unreadable(strToU8("MIME-Version: 1.0"))).toMatchObject({
      actual: "MHT (a saved web page)",
    });
    expect(unreadable(strToU8("{\\rtf1\\ansi"))).toMatchObject({ actual: "RTF" });
    expect(unreadable(new Uint8Array([1, 2, 3]))).toMatchObject({ actual: "bytes 01 02 03" });
  });

  it("refuses a truncated zip archive", () => {
    expect(unreadable(good.subarray(0, good.length - 30))).toMatchObject({ actual: "zip archive" });
    expect(unreadable(good.subarray(0, 40))).toMatchObject({ actual: "zip archive" });
  });

  it("refuses a zip archive without a Word document in it", () => {
    const other = zipSync({ "readme.txt": strToU8("hello") });
    expect(unreadable(other).detail).toContain("without a Word document");
    expect(unreadable(zipSync({})).detail).toContain("without a Word document");
  });

  it("refuses a main part that is no Word document, or no XML", () => {
    const noBody = zipSync({
      "word/document.xml": strToU8(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
      ),
    });
    expect(unreadable(noBody).detail).toContain("w:body");
    const notXML = zipSync({ "word/document.xml": new Uint8Array([1, 2, 3, 4]) });
    expect(unreadable(notXML).detail).toContain("word/document.xml");
  });

  it("refuses a part declaring more than MAX_PART_BYTES (a zip bomb) before inflating it", () => {
    const bomb = patchDirectory(good, "word/document.xml", (view, at) =>
      view.setUint32(at + 24, MAX_PART_BYTES + 1, true),
    );
    expect(unreadable(bomb).detail).toBe(
      `word/document.xml: declares ${MAX_PART_BYTES + 1} bytes, more than the ${MAX_PART_BYTES} a report can need`,
    );
  });

  it("stops inflating a part that inflates past its declared size", () => {
    // 4 MB of zeros deflate to a few kilobytes; the directory claims 100 bytes.
    const big = zipSync({ "word/document.xml": new Uint8Array(4_000_000) });
    const lying = patchDirectory(big, "word/document.xml", (view, at) =>
      view.setUint32(at + 24, 100, true),
    );
    expect(unreadable(lying).detail).toBe(
      "word/document.xml: damaged (it inflates past its declared size)",
    );
    const short = patchDirectory(good, "word/document.xml", (view, at) =>
      view.setUint32(at + 24, view.getUint32(at + 24, true) + 1, true),
    );
    expect(unreadable(short).detail).toContain("short of its declared size");
  });

  it("refuses a part whose CRC-32 does not match", () => {
    const damaged = patchDirectory(good, "word/document.xml", (view, at) =>
      view.setUint32(at + 16, view.getUint32(at + 16, true) ^ 1, true),
    );
    expect(unreadable(damaged).detail).toContain("CRC-32");
  });

  it("refuses an encrypted part and an unknown compression method", () => {
    const encrypted = patchDirectory(good, "word/document.xml", (view, at) =>
      view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true),
    );
    expect(unreadable(encrypted).detail).toBe("word/document.xml: encrypted");
    const method = patchDirectory(good, "word/document.xml", (view, at) =>
      view.setUint16(at + 10, 12, true),
    );
    expect(unreadable(method).detail).toContain("unsupported method (12)");
  });

  it("refuses a damaged deflate stream", () => {
    const damaged = good.slice();
    const view = new DataView(damaged.buffer);
    // The first part's data follows its local header: 30 bytes, its name and its extra field.
    const nameLength = view.getUint16(26, true);
    const start = 30 + nameLength + view.getUint16(28, true);
    expect(new TextDecoder().decode(good.subarray(30, 30 + nameLength))).toBe("word/document.xml");
    damaged.fill(0xff, start, start + 16);
    expect(unreadable(damaged).detail).toMatch(/^word\/document\.xml: damaged/);
  });

  it("refuses a directory that does not fit in the file", () => {
    const copy = good.slice();
    const view = new DataView(copy.buffer);
    const end = copy.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    view.setUint16(end + 10, 0xfffe, true);
    expect(unreadable(copy).detail).toContain("directory lies outside the file");
  });
});
