/**
 * sniffBytes: what bytes of another format are, by their first bytes, and for an OLE file whether
 * it holds an encrypted Office package. Work: a prefix, and one pass over an OLE file.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { sniffBytes, sniffText } from "../../src/read/sniff.js";
import { sniffSource } from "../../src/read/source.js";

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
const text = (value: string) => new TextEncoder().encode(value);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE header, then `name` in UTF-16LE somewhere in `size` bytes, as a directory entry holds it. */
/** An OLE file whose last directory entry (128 bytes) is a stream of the name. */
function oleWith(name: string, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(OLE);
  const at = size - 128;
  for (let i = 0; i < name.length; i++) bytes[at + 2 * i] = name.charCodeAt(i);
  bytes[at + 0x40] = 2 * (name.length + 1);
  bytes[at + 0x42] = 2;
  return bytes;
}

describe("sniffBytes", () => {
  it("names real files of each kind", () => {
    expect(sniffBytes(fixture("pdf/seed-chromium.pdf"))).toBe("pdf");
    expect(sniffBytes(fixture("docx/seed-2022.docx"))).toBe("zip");
    expect(sniffBytes(fixture("unreadable/seed-2022.doc"))).toBe("old-office");
    expect(sniffBytes(fixture("unreadable/seed-2022-encrypted.docx"))).toBe("encrypted");
  });

  it("names markup, Rich Text, images and text, after a byte-order mark and blanks", () => {
    expect(sniffBytes(text("\ufeff\r\n  <!DOCTYPE html>"))).toBe("html");
    expect(sniffBytes(text("<?xml version='1.0'?>"))).toBe("html");
    expect(sniffBytes(text("MIME-Version: 1.0\r\n"))).toBe("html");
    expect(sniffBytes(text("{\\rtf1\\ansi"))).toBe("rtf");
    expect(sniffBytes(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBe("image");
    expect(sniffBytes(text("一、总体情况\n本年度…\t1\f"))).toBe("text");
    expect(sniffBytes(new Uint8Array([0xff, 0xfe, 0x00, 0x4e]))).toBe("text");
  });

  it("text cut inside a character at the sample's end is still text; control bytes are not", () => {
    const long = text("报".repeat(400)); // 1200 bytes: the 1024-byte sample ends inside a character
    expect(sniffBytes(long)).toBe("text");
    expect(sniffBytes(text("abc\u0000def"))).toBe("unknown");
    expect(sniffBytes(new Uint8Array([0xc3, 0x28]))).toBe("unknown"); // invalid UTF-8
  });

  it("an OLE file is encrypted only when it holds an EncryptedPackage stream", () => {
    expect(sniffBytes(oleWith("EncryptedPackage", 4096))).toBe("encrypted");
    expect(sniffBytes(oleWith("EncryptedPackagX", 4096))).toBe("old-office");
    expect(sniffBytes(oleWith("WordDocument", 4096))).toBe("old-office");
  });

  // A Word 97–2003 file whose text names the stream (Word keeps text in UTF-16) was called
  // encrypted (a review, 2026-12-06): the name counts only as a directory entry's.
  it("the name in a document's text, not in a directory entry, makes no encrypted file", () => {
    const mention = oleWith("WordDocument", 4096);
    const at = 1000; // inside a sector's content, no entry's start
    for (let i = 0; i < 16; i++) mention[at + 2 * i] = "EncryptedPackage".charCodeAt(i);
    expect(sniffBytes(mention)).toBe("old-office");
    // At an entry's place but without the entry's name length and stream type: text still.
    const aligned = oleWith("WordDocument", 4096);
    for (let i = 0; i < 16; i++) aligned[2048 + 2 * i] = "EncryptedPackage".charCodeAt(i);
    expect(sniffBytes(aligned)).toBe("old-office");
    const entry = oleWith("EncryptedPackage", 4096);
    entry[4096 - 128 + 0x42] = 1; // a storage, not a stream
    expect(sniffBytes(entry)).toBe("old-office");
  });

  it("looks through an OLE file in one pass, whatever its bytes", () => {
    for (const size of [1 << 12, 1 << 16, 1 << 20]) {
      // Every other byte the name's first letter: a candidate at each, each failing at once.
      const bytes = oleWith("WordDocument", size);
      for (let i = 8; i < size - 128; i += 2) bytes[i] = 0x45;
      const meter = { steps: 0 };
      expect(sniffBytes(bytes, meter)).toBe("old-office");
      expect(meter.steps).toBeLessThanOrEqual(4 * size);
      // And a near miss at every place: each candidate reads the whole name before failing.
      const near = new Uint8Array(size);
      near.set(OLE);
      const miss = "EncryptedPackagX";
      for (let at = 8; at + 32 <= size; at += 32) {
        for (let i = 0; i < miss.length; i++) near[at + 2 * i] = miss.charCodeAt(i);
      }
      const nearMeter = { steps: 0 };
      expect(sniffBytes(near, nearMeter)).toBe("old-office");
      expect(nearMeter.steps).toBeLessThanOrEqual(4 * size);
    }
  });
});

describe("sniffBytes and sniffSource tell formats by the same signatures", () => {
  const pdf = fixture("pdf/seed-chromium.pdf");
  const docx = fixture("docx/seed-2022.docx");
  const doc = fixture("unreadable/seed-2022.doc");
  const junk = (bytes: Uint8Array, count: number) => {
    const out = new Uint8Array(count + bytes.length);
    out.fill(0x20, 0, count);
    out.set(bytes, count);
    return out;
  };

  it("bytes that only start as a PDF or a zip does are named so by sniffBytes (damaged)", () => {
    expect(sniffBytes(text("%PDF1.4 no dash"))).toBe("pdf");
    expect(sniffSource(text("%PDF1.4 no dash")).kind).toBe("text");
    expect(sniffBytes(new Uint8Array([0x50, 0x4b, 0x07, 0x08, 1, 2]))).toBe("zip");
    expect(sniffBytes(new Uint8Array([0x50, 0x4b]))).toBe("zip");
  });

  it("a PDF header after junk within the first 1024 bytes is a PDF to both, not after", () => {
    for (const count of [0, 3, 1024]) {
      expect(sniffBytes(junk(pdf, count))).toBe("pdf");
      expect(sniffSource(junk(pdf, count))).toEqual({ kind: "bytes", format: "pdf" });
    }
    expect(sniffBytes(junk(pdf, 1025))).not.toBe("pdf");
    expect(sniffSource(junk(pdf, 1025)).kind).not.toBe("bytes");
  });

  it("agree on every signature, whatever follows it (property)", () => {
    const heads = [
      pdf,
      docx,
      doc,
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      text("PK\u0005\u0006"),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...heads),
        fc.integer({ min: 4, max: 64 }),
        fc.uint8Array({ maxLength: 64 }),
        (head, keep, tail) => {
          const bytes = new Uint8Array([...head.subarray(0, keep), ...tail]);
          const source = sniffSource(bytes);
          const kind = sniffBytes(bytes);
          // What sniffSource routes to a reader, sniffBytes names so too; sniffBytes also names
          // bytes that only start as a PDF or a zip does (a damaged one).
          const pdfStart =
            bytes[0] === 0x25 && String.fromCharCode(...bytes.subarray(0, 4)) === "%PDF";
          expect(kind === "pdf").toBe(
            (source.kind === "bytes" && source.format === "pdf") || pdfStart,
          );
          expect(kind === "zip").toBe(!pdfStart && bytes[0] === 0x50 && bytes[1] === 0x4b);
          if (
            (source.kind === "bytes" && source.format === "docx") ||
            (source.kind === "binary" && source.what === "zip")
          ) {
            expect(kind).toBe("zip");
          }
          expect(kind === "old-office" || kind === "encrypted").toBe(
            source.kind === "unsupported" && source.format === "doc",
          );
          expect(kind === "image").toBe(
            source.kind === "binary" && ["png", "jpeg", "gif"].includes(source.what),
          );
        },
      ),
    );
  });
});

describe("sniffText and parseText: a file of another format read as a string", () => {
  const asLatin1 = (path: string) => Buffer.from(fixture(path)).toString("latin1");
  const asUtf8 = (path: string) => Buffer.from(fixture(path)).toString("utf8");

  it("names a PDF, a Word file, an old Office file and Rich Text read as text", () => {
    expect(sniffText(asLatin1("pdf/seed-chromium.pdf"))).toBe("pdf");
    expect(sniffText(asUtf8("pdf/seed-chromium.pdf"))).toBe("pdf");
    expect(sniffText(asLatin1("docx/seed-2022.docx"))).toBe("zip");
    expect(sniffText(asUtf8("docx/seed-2022.docx"))).toBe("zip");
    expect(sniffText(asLatin1("unreadable/seed-2022.doc"))).toBe("old-office");
    expect(sniffText("{\\rtf1\\ansi 某镇2022年政府信息公开工作年度报告}")).toBe("rtf");
  });

  it("leaves text and markup to the text reader", () => {
    const report = readFileSync(
      new URL("../fixtures/corpus/seed-dacaozhuang-2022.txt", import.meta.url),
      "utf8",
    );
    expect(sniffText(report)).toBeUndefined();
    expect(
      sniffText("<!DOCTYPE html><html><body>二、主动公开政府信息情况</body></html>"),
    ).toBeUndefined();
    expect(sniffText("")).toBeUndefined();
    // Any text of CJK, ASCII letters and digits is text.
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("年", "报", "告", "a", "1", " ", "\n") }),
        (t) => {
          expect(sniffText(t)).toBeUndefined();
        },
      ),
    );
  });

  it("parseText says so once (SOURCE_UNREADABLE), not six SECTION_MISSING", () => {
    const { ok, report, findings } = parseText(asLatin1("pdf/seed-chromium.pdf"), { locale: "en" });
    expect(ok).toBe(false);
    expect(report).toBeUndefined();
    expect(findings.map((f) => [f.code, f.path, f.expected, f.actual])).toEqual([
      ["SOURCE_UNREADABLE", [], "text", "pdf"],
    ]);
    expect(findings[0]!.message).toBe("The file could not be read as text: it is a PDF");
    expect(parseText(asUtf8("docx/seed-2022.docx")).findings.map((f) => f.actual)).toEqual(["zip"]);
  });

  it.each([
    ["PK", "PK赛事服务中心\n"],
    ["%PDF", "%PDF格式附件另行发布\n"],
    ["%PDF- in the first lines", "附件格式：%PDF-1.7\n"],
    ["{\\rtf", "{\\rtf 说明}\n"],
    ["GIF8", "GIF89a\n"],
  ])("reads a report whose first letters look like a signature (%s)", (_case, head) => {
    // Before: one SOURCE_UNREADABLE and no report, for a text that reads as one.
    const report = readFileSync(
      new URL("../fixtures/corpus/seed-dacaozhuang-2022.txt", import.meta.url),
      "utf8",
    );
    const plain = parseText(report);
    const headed = parseText(head + report);
    expect(headed.findings.some((f) => f.code === "SOURCE_UNREADABLE")).toBe(false);
    expect(headed.report?.applications).toEqual(plain.report?.applications);
    expect(headed.report?.activeDisclosure).toEqual(plain.report?.activeDisclosure);
  });
});
