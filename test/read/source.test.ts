import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText, parseHTML, sniffSource, toJSON } from "../../src/index.js";
import { corpus } from "./support.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const sniff = (name: string, data: Uint8Array) => sniffSource(data, { name });
const decode = (data: Uint8Array, encoding?: string) =>
  decodeText(data, encoding === undefined ? {} : { encoding });
const seed = corpus("seed-dacaozhuang-2022").text;

describe("sniffSource", () => {
  it("tells documents by their first bytes, whatever their name", () => {
    expect(sniff("a.txt", bytes("%PDF-1.7\n…"))).toEqual({ kind: "bytes", format: "pdf" });
    expect(sniff("a.pdf", bytes("\n\n%PDF-1.4"))).toEqual({ kind: "bytes", format: "pdf" });
    const docx = new Uint8Array([0x50, 0x4b, 3, 4, ...bytes("....word/document.xml....")]);
    expect(sniff("report", docx)).toEqual({ kind: "bytes", format: "docx" });
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, ...bytes("xl/workbook.xml")]);
    expect(sniff("report.zip", zip)).toEqual({ kind: "binary", what: "zip" });
    // A damaged Word file still goes to the Word reader, which says what is wrong.
    expect(sniff("report.docx", zip)).toEqual({ kind: "bytes", format: "docx" });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(sniff("report.doc", ole)).toEqual({ kind: "unsupported", format: "doc" });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(sniff("report.txt", png)).toEqual({ kind: "binary", what: "png" });
  });

  it("RTF and web archives served as Word files are named, not read as JSON or text", () => {
    expect(sniff("report.doc", bytes("{\\rtf1\\ansi 一、总体情况}"))).toEqual({
      kind: "unsupported",
      format: "rtf",
    });
    const mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x';
    expect(sniff("report.doc", bytes(mht))).toEqual({ kind: "unsupported", format: "mht" });
    // An HTML page served as a Word file is read as the page it is.
    expect(sniff("report.doc", bytes("<html><body><table></table></body></html>"))).toMatchObject({
      format: "html",
    });
  });

  it("a web archive served as a Word file (Word's single file web page) is its page's HTML", () => {
    // Word 2010's page, saved as a single file web page: quoted-printable, GBK labelled gb2312.
    const folder = join("test", "fixtures", "html");
    const archive = new Uint8Array(readFileSync(join(folder, "word2010-pingtan-2021.mht")));
    const page = readFileSync(join(folder, "word2010-pingtan-2021.html"), "utf8");
    const sniffed = sniff("report.doc", archive);
    expect(sniffed).toMatchObject({ kind: "text", format: "html" });
    const text = sniffed.kind === "text" ? sniffed.text : "";
    // The page as Word wrote it but for the charset it declares.
    const crlf = (lines: string) => lines.replace(/\r?\n/g, "\r\n").trimEnd();
    expect(crlf(text)).toBe(crlf(page.replace("charset=utf-8", "charset=gb2312")));
    const read = parseHTML(text);
    expect(read.report?.year).toBe(2021);
    expect(toJSON(read.report!)).toEqual(toJSON(parseHTML(page).report!));
    // Base64 and UTF-8, as other programs write archives.
    const base64 = [
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b',
      'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n',
      `${Buffer.from(page, "utf8").toString("base64")}\r\n--b--`,
    ].join("\r\n");
    expect(sniff("report.mht", bytes(base64))).toEqual({
      kind: "text",
      format: "html",
      text: page,
    });
  });

  it("a web archive saved by Chromium (its own header fields first) is its page's HTML too", () => {
    // `Page.captureSnapshot` (a browser's "save as single file", a crawler's snapshot) writes
    // `From: <Saved by Blink>`, `Subject:` and `Date:` before `MIME-Version:`.
    const folder = join("test", "fixtures", "html");
    const archive = new Uint8Array(readFileSync(join(folder, "seed-libreoffice-chromium.mhtml")));
    expect(new TextDecoder().decode(archive.subarray(0, 22))).toBe("From: <Saved by Blink>");
    const sniffed = sniff("report.mhtml", archive);
    expect(sniffed).toMatchObject({ kind: "text", format: "html" });
    const read = parseHTML(sniffed.kind === "text" ? sniffed.text : "");
    const page = parseHTML(readFileSync(join(folder, "seed-libreoffice.html"), "utf8"));
    expect(read.report?.year).toBe(2022);
    expect(toJSON(read.report!)).toEqual(toJSON(page.report!));
    // A mail whose header block names no multipart/related body is no archive.
    const mail =
      "From: a@b.cn\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n一、总体情况";
    expect(sniff("mail.txt", bytes(mail))).toMatchObject({ kind: "text", format: "text" });
  });

  it("an HTML error page saved as .pdf is read as the HTML it is", () => {
    const page = "<!DOCTYPE html><html><body><p>404 Not Found</p></body></html>";
    expect(sniff("report.pdf", bytes(page))).toMatchObject({ kind: "text", format: "html" });
  });

  it("empty, white space, and binary bytes are no text", () => {
    expect(sniff("a.txt", new Uint8Array())).toEqual({ kind: "empty" });
    expect(sniff("a.txt", bytes(" \n\t\r\n"))).toEqual({ kind: "empty" });
    const noise = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256);
    expect(sniff("a.txt", noise)).toEqual({ kind: "binary", what: "other" });
    expect(sniff("a.txt", bytes(`${seed}\u0000`))).toEqual({ kind: "binary", what: "other" });
  });

  it("text, Markdown, HTML and canonical JSON", () => {
    expect(sniff("a.txt", bytes(seed))).toEqual({ kind: "text", format: "text", text: seed });
    expect(sniff("a.md", bytes("# 标题\n\n| a | b |"))).toMatchObject({ format: "text" });
    expect(sniff("page", bytes("<table><tr><td>1</td></tr></table>"))).toMatchObject({
      format: "html",
    });
    expect(sniff("a.htm", bytes("一、总体情况"))).toMatchObject({ format: "html" });
    expect(sniff("-", bytes(' {"formatVersion": 1} '))).toMatchObject({ format: "json" });
    expect(sniff("r.json", bytes("not json"))).toMatchObject({ format: "json" });
    // Text that quotes a tag is still text.
    expect(sniff("a.txt", bytes(`${seed}\n<br>`))).toMatchObject({ format: "text" });
    // pdftotext separates pages with form feeds.
    expect(sniff("a.txt", bytes(`${seed}\f${seed}`))).toMatchObject({ format: "text" });
  });
});

describe("decodeText", () => {
  it("UTF-8 with or without its mark, UTF-16 with or without a mark, GB18030", () => {
    const text = "一、总体情况 2022";
    expect(decode(bytes(`\uFEFF${text}`))).toBe(text);
    expect(decode(bytes(text))).toBe(text);
    const le = Buffer.from(`\uFEFF${text}`, "utf16le");
    expect(decode(le)).toBe(text);
    const be = Buffer.from(Buffer.from(`\uFEFF${text}`, "utf16le")).swap16();
    expect(decode(be)).toBe(text);
    const ascii = "Annual report 2022, table 3";
    expect(decode(Buffer.from(ascii, "utf16le"))).toBe(ascii);
    expect(decode(Buffer.from(Buffer.from(ascii, "utf16le")).swap16())).toBe(ascii);
    const gb = readFileSync(join("test", "fixtures", "seed-gb18030.txt"));
    expect(decode(gb)).toContain("政府信息公开");
  });

  // A trial from a Python pipeline (2026-12-06): a report saved as UTF-16 without a mark, nearly
  // all Chinese (few zero bytes), was taken for binary, where the documentation says it is read.
  it("UTF-16 without a mark of Chinese text, in either byte order; GB18030 stays GB18030", () => {
    const le = Buffer.from(seed, "utf16le");
    expect(decode(le)).toBe(seed);
    expect(decode(Buffer.from(le).swap16())).toBe(seed);
    expect(sniff("report.txt", le)).toMatchObject({ kind: "text", format: "text" });
    const gb = readFileSync(join("test", "fixtures", "seed-gb18030.txt"));
    expect(decode(gb)).toBe(decode(gb, "gb18030"));
    // GB18030 whose first 4 KB are mostly ASCII (a table of `| 0 |`): two ASCII characters read
    // as one ideograph in either byte order (a review found such text read as UTF-16 garbage).
    const table = Buffer.concat([gb.subarray(0, 40), Buffer.from("| 0 | 0 | 0 |\n".repeat(400))]);
    expect(decode(table)).toBe(decode(table, "gb18030"));
    const spaced = Buffer.concat([gb.subarray(0, 40), Buffer.from(" a b c d 0 0".repeat(400))]);
    expect(decode(spaced)).toBe(decode(spaced, "gb18030"));
  });

  it("an Office file encrypted with a password goes to the Word reader, which says so", () => {
    const encrypted = readFileSync(
      join("test", "fixtures", "unreadable", "seed-2022-encrypted.docx"),
    );
    expect(sniff("report.docx", encrypted)).toEqual({ kind: "bytes", format: "docx" });
    expect(sniff("report.doc", encrypted)).toEqual({ kind: "bytes", format: "docx" });
  });

  it("an encoding given wins over detection", () => {
    const gb = readFileSync(join("test", "fixtures", "seed-gb18030.txt"));
    expect(decode(gb, "gb18030")).toBe(decode(gb));
    expect(decode(bytes("一"), "gb18030")).not.toBe("一");
  });

  it("an encoding no decoder knows is ignored, as are bytes that are no bytes", () => {
    expect(decode(bytes("一"), "no-such-encoding")).toBe("一");
    expect(decodeText(null as unknown as Uint8Array)).toBe("");
    expect(sniffSource("text" as unknown as Uint8Array)).toEqual({ kind: "empty" });
    expect(sniffSource(bytes("一、总体情况"), { encoding: "no-such-encoding" })).toMatchObject({
      format: "text",
      text: "一、总体情况",
    });
  });

  it("the examples of its documentation", () => {
    expect(decodeText(new Uint8Array([0xd5, 0xfe, 0xb8, 0xae]))).toBe("政府");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x4e]))).toBe("一");
  });
});
