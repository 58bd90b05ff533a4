/**
 * parsePdf on what it cannot read: it never throws nor rejects, and says why in one
 * SOURCE_UNREADABLE finding, with no report: `actual` the reason, its message worded from the zh
 * and en catalogues.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkBytes, hasEndMarker } from "../../src/pdf/bytes.js";
import { parsePdf } from "../../src/pdf.js";
import { fixture } from "./support.js";

// pdf.js warns on the console about what it repairs in a broken file; not the tests' output.
beforeAll(() => {
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(() => {
  vi.restoreAllMocks();
});

async function unreadable(input: unknown, options?: unknown) {
  const result = await parsePdf(input as Uint8Array, options as never);
  expect(result.ok).toBe(false);
  expect(result.report).toBeUndefined();
  const found = result.findings.filter((f) => f.code === "SOURCE_UNREADABLE");
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ severity: "error", path: [], expected: "pdf" });
  return { result, finding: found[0] };
}

describe("parsePdf: unreadable input", () => {
  it("bytes that are no PDF say what they are", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    expect((await unreadable(zip)).finding?.actual).toBe("zip");
    const html = new TextEncoder().encode("<html><body>政府信息公开</body></html>");
    expect((await unreadable(html)).finding?.actual).toBe("html");
    expect((await unreadable(new Uint8Array([1, 2, 3]))).finding?.actual).toBe("unknown");
  });

  it("an empty file, a detached buffer and values that are not bytes", async () => {
    expect((await unreadable(new Uint8Array())).finding?.actual).toBe("empty");
    const buffer = new ArrayBuffer(8);
    structuredClone(buffer, { transfer: [buffer] });
    expect(buffer.byteLength).toBe(0);
    // Its bytes went with the transfer: there is no file left to read.
    expect((await unreadable(buffer)).finding?.actual).toBe("not-bytes");
    for (const value of [undefined, null, "report.pdf", 42, {}, [1, 2, 3]]) {
      expect((await unreadable(value)).finding?.actual).toBe("not-bytes");
    }
    const hostile = new Proxy(new Uint8Array(4), {
      get() {
        throw new Error("no");
      },
    });
    expect((await unreadable(hostile)).finding?.actual).toBe("not-bytes");
  });

  it("an encrypted PDF needs its password", async () => {
    const { finding } = await unreadable(fixture("encrypted.pdf"));
    expect(finding?.actual).toBe("encrypted");
  });

  it("a PDF encrypted with an owner password only (printing, copying forbidden) is read", async () => {
    // Many published PDFs forbid copying and printing: encrypted, with an empty password to open
    // them. Made from seed-chromium.pdf by qpdf (`qpdf --encrypt "" zfxxgk-owner 256
    // --print=none --extract=n --modify=none -- seed-chromium.pdf …`; 128-bit RC4, as older
    // Acrobat writes it, with `128 --use-aes=n` and `--allow-weak-crypto`).
    const plain = await parsePdf(fixture("seed-chromium.pdf"));
    for (const name of [
      "seed-chromium-restricted-aes256.pdf",
      "seed-chromium-restricted-rc4.pdf",
    ]) {
      const bytes = fixture(name);
      // Encrypted indeed: its trailer names the encryption dictionary.
      expect(new TextDecoder("latin1").decode(bytes)).toMatch(/\/Encrypt\s+\d+ 0 R/);
      const result = await parsePdf(bytes);
      expect(result.findings).toEqual(plain.findings);
      expect(result.report).toEqual(plain.report);
      expect(result.report?.year).toBe(2022);
    }
  });

  it("a scan has no text layer", async () => {
    const { finding } = await unreadable(fixture("scanned.pdf"), { locale: "en" });
    expect(finding?.actual).toBe("no-text-layer");
  });

  it("a PDF cut short is truncated; one that ends as a PDF but does not open is damaged", async () => {
    const bytes = fixture("seed-chromium.pdf");
    expect(hasEndMarker(bytes)).toBe(true);
    for (const cut of [bytes.length / 3, bytes.length / 2, bytes.length - 100]) {
      const part = bytes.subarray(0, Math.floor(cut));
      expect(hasEndMarker(part)).toBe(false);
      expect((await unreadable(part)).finding?.actual).toBe("truncated");
    }
    // The header and the end of a real file, with nothing between: no object pdf.js can find.
    const hollow = new Uint8Array([
      ...bytes.subarray(0, 16),
      ...bytes.subarray(bytes.length - 600),
    ]);
    expect(hasEndMarker(hollow)).toBe(true);
    expect((await unreadable(hollow)).finding?.actual).toBe("damaged");
  });

  it("reports bad options beside the unreadable file, in the language asked for", async () => {
    const { result } = await unreadable(new Uint8Array([1]), { locale: "en", colour: "red" });
    expect(result.findings.map((f) => f.code)).toEqual(["OPTION_INVALID", "SOURCE_UNREADABLE"]);
    expect(result.findings[1]?.message).toBe(
      "The file could not be read as pdf: its format is not recognised",
    );
    const silenced = await parsePdf(new Uint8Array([1]), {
      severity: { SOURCE_UNREADABLE: "off" },
    });
    expect(silenced).toMatchObject({ ok: true, report: undefined, findings: [] });
  });

  it("its result is frozen", async () => {
    const { result } = await unreadable(new Uint8Array([1]));
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.findings[0])).toBe(true);
  });
});

describe("parsePdf: the reason, worded in zh and en", () => {
  const text = (value: string) => new TextEncoder().encode(value);
  // One case per reason that bytes can give, each with words its zh and en messages must hold.
  const cases: readonly {
    readonly reason: string;
    readonly input: () => unknown;
    readonly zh: string;
    readonly en: string;
  }[] = [
    {
      reason: "not-bytes",
      input: () => "report.pdf",
      zh: "不是文件的字节数据",
      en: "not the file's bytes",
    },
    { reason: "empty", input: () => new Uint8Array(), zh: "文件为空", en: "the file is empty" },
    {
      reason: "zip",
      input: () => fixture("../docx/seed-2022.docx"),
      zh: "zip 压缩包",
      en: "zip archive",
    },
    {
      reason: "old-office",
      input: () => fixture("../unreadable/seed-2022.doc"),
      zh: "旧版",
      en: "Office 97–2003",
    },
    { reason: "html", input: () => text("<!DOCTYPE html><html>"), zh: "网页", en: "web page" },
    { reason: "rtf", input: () => text("{\\rtf1\\ansi"), zh: "RTF 格式", en: "RTF file" },
    {
      reason: "image",
      input: () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
      zh: "图片",
      en: "image",
    },
    {
      reason: "text",
      input: () => text("某镇2022年政府信息公开工作年度报告"),
      zh: "纯文本",
      en: "plain text",
    },
    {
      reason: "unknown",
      input: () => new Uint8Array([1, 2, 3]),
      zh: "无法识别",
      en: "not recognised",
    },
    {
      reason: "truncated",
      input: () => fixture("seed-chromium.pdf").subarray(0, 9000),
      zh: "不完整",
      en: "cut short",
    },
    {
      reason: "damaged",
      input: () => {
        const bytes = fixture("seed-chromium.pdf");
        return new Uint8Array([...bytes.subarray(0, 16), ...bytes.subarray(bytes.length - 600)]);
      },
      zh: "已损坏",
      en: "damaged",
    },
    {
      reason: "encrypted",
      input: () => fixture("encrypted.pdf"),
      zh: "需要密码",
      en: "needs a password",
    },
    {
      reason: "no-text-layer",
      input: () => fixture("scanned.pdf"),
      zh: "文字识别（OCR）",
      en: "needs OCR first",
    },
  ];

  it.each(cases)("$reason", async ({ reason, input, zh, en }) => {
    const inZh = await unreadable(input());
    expect(inZh.finding?.actual).toBe(reason);
    expect(inZh.finding?.message).toMatch(/^文件无法作为 pdf 读取：/);
    expect(inZh.finding?.message).toContain(zh);
    const inEn = await unreadable(input(), { locale: "en" });
    expect(inEn.finding?.actual).toBe(reason);
    expect(inEn.finding?.message).toMatch(/^The file could not be read as pdf: /);
    expect(inEn.finding?.message).toContain(en);
  });

  it("the whole sentence, in each language", async () => {
    expect((await unreadable(fixture("scanned.pdf"))).finding?.message).toBe(
      "文件无法作为 pdf 读取：各页均无文字层，或仅有页码、印章等零星文字（扫描件），需先进行文字识别（OCR）",
    );
    expect((await unreadable(fixture("scanned.pdf"), { locale: "en" })).finding?.message).toBe(
      "The file could not be read as pdf: its pages have no text layer, or none but a page number or a stamp (a scan): it needs OCR first",
    );
  });
});

describe("parsePdf: the caller's bytes", () => {
  it("are copied, never detached nor changed, whatever pdf.js does with its copy", async () => {
    const bytes = fixture("seed-chromium.pdf");
    const before = bytes.slice();
    const result = await parsePdf(bytes);
    expect(result.report?.year).toBe(2022);
    expect(bytes.byteLength).toBe(before.byteLength);
    expect(bytes).toEqual(before);
    const buffer = before.buffer.slice(0);
    await parsePdf(buffer);
    expect(buffer.byteLength).toBe(before.byteLength);
  }, 60_000);

  it("a view into a larger buffer is read from its own bytes", () => {
    const inner = new TextEncoder().encode("%PDF-1.7");
    const outer = new Uint8Array(32);
    outer.set(inner, 8);
    const checked = checkBytes(outer.subarray(8, 16));
    expect(checked.ok && [...checked.bytes]).toEqual([...inner]);
    expect(checkBytes(new DataView(outer.buffer, 8, 8)).ok).toBe(true);
    expect(checkBytes(new SharedArrayBuffer(4)).ok).toBe(false);
  });
});
