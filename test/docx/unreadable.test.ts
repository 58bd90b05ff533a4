/**
 * Bytes that are no readable .docx give no document and one SOURCE_UNREADABLE draft (expected
 * "docx", actual the reason, detail the zip reader's own words), never an exception; parseDocx
 * words the reason in zh and en.
 *
 * Two fixtures (test/fixtures/unreadable/, apart from the readable Word fixtures) are real Office
 * files: seed-2022.doc is docx/seed-2022.docx saved by LibreOffice 7.4 as
 * Word 97–2003 (`soffice --headless --convert-to doc`); seed-2022-encrypted.docx is seed-2022.docx
 * encrypted with the password `zfxxgk` by officecrypto-tool 0.0.19 (ECMA-376 agile encryption, as
 * Word's "Encrypt with Password" writes it; decrypting it gives seed-2022.docx back byte for byte).
 */
import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/docx/read.js";
import { MAX_PART_BYTES } from "../../src/docx/zip.js";
import { parseDocx } from "../../src/docx.js";
import { docx, p, texts } from "./support.js";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/unreadable/${name}`, import.meta.url)));

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
    expect(unreadable("PK…")).toMatchObject({ actual: "not-bytes", detail: "string" });
    expect(unreadable(undefined)).toMatchObject({ actual: "not-bytes", detail: "undefined" });
    expect(unreadable([80, 75])).toMatchObject({ actual: "not-bytes", detail: "object" });
  });

  it("refuses an empty file", () => {
    expect(unreadable(new Uint8Array(0))).toMatchObject({ actual: "empty" });
  });

  it("tells an old .doc from a .docx saved with a password (both OLE compound files)", () => {
    expect(unreadable(fixture("seed-2022.doc"))).toMatchObject({ actual: "old-office" });
    expect(unreadable(fixture("seed-2022-encrypted.docx"))).toMatchObject({ actual: "encrypted" });
    // Another OLE file (a bare header: .xls, .wps, …) is an old Office file too.
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(unreadable(ole)).toMatchObject({ actual: "old-office" });
  });

  it("refuses bytes that are no zip archive, saying what they are", () => {
    expect(unreadable(strToU8("%PDF-1.7\n…"))).toMatchObject({
      actual: "pdf",
      detail: expect.stringContaining("not a zip archive"),
    });
    expect(unreadable(strToU8("\ufeff\n <html>"))).toMatchObject({ actual: "html" });
    expect(unreadable(strToU8("MIME-Version: 1.0"))).toMatchObject({ actual: "html" });
    expect(unreadable(strToU8("{\\rtf1\\ansi"))).toMatchObject({ actual: "rtf" });
    expect(unreadable(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({
      actual: "image",
    });
    expect(unreadable(strToU8("某镇2022年政府信息公开工作年度报告\n"))).toMatchObject({
      actual: "text",
    });
    expect(unreadable(new Uint8Array([1, 2, 3]))).toMatchObject({ actual: "unknown" });
  });

  it("refuses a truncated zip archive", () => {
    expect(unreadable(good.subarray(0, good.length - 30))).toMatchObject({ actual: "truncated" });
    expect(unreadable(good.subarray(0, 40))).toMatchObject({ actual: "truncated" });
  });

  it("refuses a zip archive without a Word document in it", () => {
    const other = zipSync({ "readme.txt": strToU8("hello") });
    expect(unreadable(other)).toMatchObject({
      actual: "no-document",
      detail: expect.stringContaining("without a Word document"),
    });
    expect(unreadable(zipSync({}))).toMatchObject({ actual: "no-document" });
  });

  it("refuses a main part that is no Word document, or no XML", () => {
    const noBody = zipSync({
      "word/document.xml": strToU8(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
      ),
    });
    expect(unreadable(noBody)).toMatchObject({
      actual: "no-document",
      detail: expect.stringContaining("w:body"),
    });
    const notXML = zipSync({ "word/document.xml": new Uint8Array([1, 2, 3, 4]) });
    expect(unreadable(notXML)).toMatchObject({
      actual: "damaged",
      detail: "word/document.xml: no XML in it",
    });
  });

  it("refuses a part declaring more than MAX_PART_BYTES (a zip bomb) before inflating it", () => {
    const bomb = patchDirectory(good, "word/document.xml", (view, at) =>
      view.setUint32(at + 24, MAX_PART_BYTES + 1, true),
    );
    expect(unreadable(bomb).actual).toBe("too-large");
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
    expect(unreadable(lying)).toMatchObject({
      actual: "damaged",
      detail: "word/document.xml: damaged (it inflates past its declared size)",
    });
    const short = patchDirectory(good, "word/document.xml", (view, at) =>
      view.setUint32(at + 24, view.getUint32(at + 24, true) + 1, true),
    );
    expect(unreadable(short).detail).toContain("short of its declared size");
  });

  it("refuses a part whose CRC-32 does not match", () => {
    const damaged = patchDirectory(good, "word/document.xml", (view, at) =>
      view.setUint32(at + 16, view.getUint32(at + 16, true) ^ 1, true),
    );
    expect(unreadable(damaged)).toMatchObject({
      actual: "damaged",
      detail: expect.stringContaining("CRC-32"),
    });
  });

  it("refuses an encrypted part and an unknown compression method", () => {
    const encrypted = patchDirectory(good, "word/document.xml", (view, at) =>
      view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true),
    );
    expect(unreadable(encrypted)).toMatchObject({
      actual: "encrypted",
      detail: "word/document.xml: encrypted",
    });
    const method = patchDirectory(good, "word/document.xml", (view, at) =>
      view.setUint16(at + 10, 12, true),
    );
    expect(unreadable(method)).toMatchObject({
      actual: "unsupported-compression",
      detail: expect.stringContaining("unsupported method (12)"),
    });
  });

  it("refuses a damaged deflate stream", () => {
    const damaged = good.slice();
    const view = new DataView(damaged.buffer);
    // The first part's data follows its local header: 30 bytes, its name and its extra field.
    const nameLength = view.getUint16(26, true);
    const start = 30 + nameLength + view.getUint16(28, true);
    expect(new TextDecoder().decode(good.subarray(30, 30 + nameLength))).toBe("word/document.xml");
    damaged.fill(0xff, start, start + 16);
    expect(unreadable(damaged)).toMatchObject({
      actual: "damaged",
      detail: expect.stringMatching(/^word\/document\.xml: damaged/),
    });
  });

  it("refuses a directory that does not fit in the file", () => {
    const copy = good.slice();
    const view = new DataView(copy.buffer);
    const end = copy.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    view.setUint16(end + 10, 0xfffe, true);
    expect(unreadable(copy)).toMatchObject({
      actual: "damaged",
      detail: expect.stringContaining("directory lies outside the file"),
    });
  });
});

describe("parseDocx: the reason, worded in zh and en", () => {
  // The same cases as above, one per reason that bytes can give, each with words its zh and en
  // messages must hold: the catalogues' wording, not the reader's.
  const cases: readonly {
    readonly reason: string;
    readonly input: unknown;
    readonly zh: string;
    readonly en: string;
  }[] = [
    {
      reason: "not-bytes",
      input: "report.docx",
      zh: "不是文件的字节数据",
      en: "not the file's bytes",
    },
    { reason: "empty", input: new Uint8Array(0), zh: "文件为空", en: "the file is empty" },
    { reason: "pdf", input: strToU8("%PDF-1.7\n"), zh: "这是 PDF 文件", en: "it is a PDF" },
    { reason: "html", input: strToU8("<html><body>"), zh: "网页", en: "web page" },
    { reason: "rtf", input: strToU8("{\\rtf1"), zh: "RTF 格式", en: "RTF file" },
    { reason: "image", input: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), zh: "图片", en: "image" },
    { reason: "text", input: strToU8("年度报告"), zh: "纯文本", en: "plain text" },
    { reason: "unknown", input: new Uint8Array([1, 2, 3]), zh: "无法识别", en: "not recognised" },
    { reason: "old-office", input: fixture("seed-2022.doc"), zh: "旧版", en: "Office 97–2003" },
    {
      reason: "encrypted",
      input: fixture("seed-2022-encrypted.docx"),
      zh: "需要密码",
      en: "needs a password",
    },
    { reason: "truncated", input: good.subarray(0, 40), zh: "不完整", en: "cut short" },
    {
      reason: "damaged",
      input: patchDirectory(good, "word/document.xml", (view, at) =>
        view.setUint32(at + 16, view.getUint32(at + 16, true) ^ 1, true),
      ),
      zh: "已损坏",
      en: "damaged",
    },
    {
      reason: "too-large",
      input: patchDirectory(good, "word/document.xml", (view, at) =>
        view.setUint32(at + 24, MAX_PART_BYTES + 1, true),
      ),
      zh: "32 兆字节",
      en: "32 MiB",
    },
    {
      reason: "unsupported-compression",
      input: patchDirectory(good, "word/document.xml", (view, at) =>
        view.setUint16(at + 10, 12, true),
      ),
      zh: "压缩方式",
      en: "compressed by a method",
    },
    {
      reason: "no-document",
      input: zipSync({ "readme.txt": strToU8("hello") }),
      zh: "没有 Word 文档",
      en: "no Word document",
    },
  ];

  it.each(cases)("$reason", async ({ reason, input, zh, en }) => {
    const inZh = await parseDocx(input as Uint8Array);
    expect(inZh).toMatchObject({ ok: false, report: undefined });
    expect(inZh.findings).toEqual([
      expect.objectContaining({ code: "SOURCE_UNREADABLE", expected: "docx", actual: reason }),
    ]);
    expect(inZh.findings[0]?.message).toMatch(/^文件无法作为 docx 读取：/);
    expect(inZh.findings[0]?.message).toContain(zh);
    const inEn = await parseDocx(input as Uint8Array, { locale: "en" });
    expect(inEn.findings[0]?.actual).toBe(reason);
    expect(inEn.findings[0]?.message).toMatch(/^The file could not be read as docx: /);
    expect(inEn.findings[0]?.message).toContain(en);
  });

  it("the whole sentence, in each language", async () => {
    const bytes = fixture("seed-2022-encrypted.docx");
    expect((await parseDocx(bytes)).findings[0]?.message).toBe(
      "文件无法作为 docx 读取：文件已加密，需要密码才能打开，请另存一份不加密的文件",
    );
    expect((await parseDocx(bytes, { locale: "en" })).findings[0]?.message).toBe(
      "The file could not be read as docx: the file is encrypted and needs a password: save a copy without one",
    );
  });
});
