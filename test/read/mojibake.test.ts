/**
 * Mojibake: a page's bytes decoded one byte a character (ISO-8859-1, or Windows-1252 as browsers
 * read `latin1`), as a pipeline does that decodes a GBK or UTF-8 page in an encoding the page did
 * not say. `parseText` and `parseHTML` read such a text again from its bytes when it read as no
 * report, and say so in `SOURCE_MOJIBAKE` (src/read/mojibake.ts). The oracles are the same reports
 * read from the right text, the platform's own decoders, and the WHATWG table written out below.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { parseHTML, parseText, toHTML, toText } from "../../src/index.js";
import { redecoded } from "../../src/read/mojibake.js";
import { decodeText } from "../../src/read/source.js";
import { type ParseSettings, settingsOf, withMojibakeRead } from "../../src/read/text.js";
import { toJSON } from "../../src/serialize/json.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { corpusFiles } from "./support.js";

/**
 * Bytes read as Windows-1252, as browsers read the labels `latin1` and `windows-1252`: written out
 * here from the WHATWG table, since Node's TextDecoder reads that label as ISO-8859-1. The five
 * bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as their code points.
 */
const SPECIALS: Record<number, string> = {
  128: "€",
  130: "‚",
  131: "ƒ",
  132: "„",
  133: "…",
  134: "†",
  135: "‡",
  136: "ˆ",
  137: "‰",
  138: "Š",
  139: "‹",
  140: "Œ",
  142: "Ž",
  145: "‘",
  146: "’",
  147: "“",
  148: "”",
  149: "•",
  150: "–",
  151: "—",
  152: "˜",
  153: "™",
  154: "š",
  155: "›",
  156: "œ",
  158: "ž",
  159: "Ÿ",
};
const windows1252 = (bytes: Uint8Array) =>
  Array.from(bytes, (byte) => SPECIALS[byte] ?? String.fromCharCode(byte)).join("");
/** Bytes read as ISO-8859-1 (what Python's `latin-1` and `requests` do): each byte its code point. */
const iso88591 = (bytes: Uint8Array) =>
  Array.from(bytes, (byte) => String.fromCharCode(byte)).join("");
const utf8 = (text: string) => new TextEncoder().encode(text);

const gb18030Seed = new Uint8Array(
  readFileSync(new URL("../fixtures/seed-gb18030.txt", import.meta.url)),
);

describe("redecoded", () => {
  it("takes back the bytes of every character either decoding gives, and decodes them again", () => {
    // Every byte above ASCII, each after an ideograph's first two UTF-8 bytes: a byte sequence no
    // decoding leaves alone, read back whole only if each of the 128 characters maps to its byte.
    const bytes = new Uint8Array([
      ...utf8("政府信息公开"),
      ...Array.from({ length: 128 }, (_, i) => 0x80 + i),
    ]);
    for (const read of [windows1252, iso88591]) {
      const again = redecoded(read(bytes));
      expect(again?.encoding).toBe("gb18030"); // the bytes are no valid UTF-8 as a whole
      expect(again?.text).toBe(new TextDecoder("gb18030").decode(bytes));
    }
  });

  it("gives back any Chinese text from its UTF-8 read either way", () => {
    const chinese = fc
      .array(
        fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fa5 }), fc.integer({ min: 0x20, max: 0x7e })),
        {
          minLength: 6,
          maxLength: 80,
        },
      )
      // Six ideographs at least: 18 bytes above ASCII, over the 16 mojibake is told by.
      .map((codes) => `政府${String.fromCodePoint(...codes)}信息公开`);
    fc.assert(
      fc.property(chinese, (text) => {
        for (const read of [windows1252, iso88591]) {
          expect(redecoded(read(utf8(text)))).toEqual({ text, encoding: "utf-8" });
        }
      }),
    );
  });

  it("gives back GBK text as GB18030", () => {
    const again = redecoded(iso88591(gb18030Seed));
    expect(again?.encoding).toBe("gb18030");
    expect(again?.text).toBe(decodeText(gb18030Seed));
    expect(redecoded("Õþ¸®ÐÅÏ¢¹«¿ª Õþ¸®ÐÅÏ¢¹«¿ª")).toEqual({
      text: "政府信息公开 政府信息公开",
      encoding: "gb18030",
    });
  });

  it("leaves what is no mojibake: ideographs, a few accents, Latin-1 text that decodes to none", () => {
    expect(redecoded("一、总体情况")).toBeUndefined();
    expect(redecoded("Café, crème brûlée, naïve")).toBeUndefined();
    expect(redecoded("")).toBeUndefined();
    // Five ideographs are 15 bytes above ASCII: too few to tell mojibake by; six are enough.
    expect(redecoded(windows1252(utf8("政府 信息公")))).toBeUndefined();
    expect(redecoded(windows1252(utf8("政府 信息公开")))?.text).toBe("政府 信息公开");
    // Sixteen accented letters apart: their bytes decode to no ideograph either way.
    expect(redecoded("é a ".repeat(16))).toBeUndefined();
    // A character no single byte decodes to.
    expect(redecoded(`${windows1252(utf8("政府信息公开工作年度报告"))}Ā`)).toBeUndefined();
  });
});

describe("parseText and parseHTML on mojibake", () => {
  it("read the seed report's text decoded as Latin-1 as the report, with SOURCE_MOJIBAKE", () => {
    const text = toText(seedReport);
    const right = parseText(text);
    for (const read of [windows1252, iso88591]) {
      const result = parseText(read(utf8(text)));
      expect(toJSON(result.report!)).toEqual(toJSON(right.report!));
      expect(result.findings).toMatchObject([
        {
          code: "SOURCE_MOJIBAKE",
          severity: "warning",
          path: [],
          expected: "utf-8",
          actual: "latin1",
        },
      ]);
      expect(result.ok).toBe(true);
    }
  });

  it("read a GB18030 file decoded as Latin-1, in both languages", () => {
    const right = parseText(decodeText(gb18030Seed));
    for (const [locale, words] of [
      ["zh", "按 gb18030 重新解码"],
      ["en", "decoded again as gb18030"],
    ] as const) {
      const result = parseText(iso88591(gb18030Seed), { locale });
      expect(toJSON(result.report!)).toEqual(toJSON(right.report!));
      expect(result.findings.map((f) => [f.code, f.expected])).toEqual([
        ["SOURCE_MOJIBAKE", "gb18030"],
      ]);
      expect(result.findings[0]?.message).toContain(words);
    }
  });

  it("parseHTML reads a page decoded as Latin-1, and so does parseText given the markup", () => {
    const html = toHTML(shanghai2019Report);
    const right = parseHTML(html);
    for (const result of [parseHTML(windows1252(utf8(html))), parseText(windows1252(utf8(html)))]) {
      expect(toJSON(result.report!)).toEqual(toJSON(right.report!));
      expect(result.findings.map((f) => f.code)).toEqual([
        "SOURCE_MOJIBAKE",
        ...right.findings.map((f) => f.code),
      ]);
    }
  });

  it("read every corpus report's mojibake as the report itself, with one finding more", () => {
    let read = 0;
    for (const { name, text } of corpusFiles()) {
      const right = parseText(text);
      if (right.report === undefined) continue;
      const result = parseText(windows1252(utf8(text)));
      expect(result.report && toJSON(result.report), name).toEqual(toJSON(right.report));
      expect(result.findings, name).toEqual([
        expect.objectContaining({ code: "SOURCE_MOJIBAKE" }),
        ...right.findings,
      ]);
      read++;
    }
    expect(read).toBeGreaterThan(40);
  });

  it("leave a text that reads as no report decoded again too as it was: no finding of it", () => {
    const notReport = "这是一段与政府信息公开工作年度报告无关的文字，说明会议的安排。".repeat(3);
    const mojibake = windows1252(utf8(notReport));
    expect(redecoded(mojibake)?.text).toBe(notReport);
    const result = parseText(mojibake);
    expect(result.report).toBeUndefined();
    expect(result.findings.map((f) => f.code)).not.toContain("SOURCE_MOJIBAKE");
    expect(result.findings).toEqual(parseText("").findings);
  });

  it("never read a report again: withMojibakeRead reads only a text that read as no report", () => {
    const mojibake = windows1252(utf8(toText(seedReport)));
    const read = vi.fn((text: string, settings: ParseSettings) => parseText(text, settings.words));
    const settings = settingsOf({});
    const report = parseText(toText(seedReport));
    expect(withMojibakeRead(mojibake, settings, report, read, undefined)).toBe(report);
    expect(read).not.toHaveBeenCalled();
    const none = parseText("");
    expect(withMojibakeRead(mojibake, settings, none, read, undefined).report).toBeDefined();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("reads mojibake after a byte order mark decoded as one", () => {
    const result = parseText(`\uFEFF${windows1252(utf8(toText(seedReport)))}`);
    expect(result.findings.map((f) => f.code)).toEqual(["SOURCE_MOJIBAKE"]);
  });

  it("on a platform without GB18030 or without TextDecoder: the text as given, no throw", () => {
    const gbk = iso88591(gb18030Seed);
    const original = globalThis.TextDecoder;
    try {
      // A TextDecoder that knows UTF-8 only, as some engines' builds have.
      globalThis.TextDecoder = class extends original {
        constructor(label?: string, options?: ConstructorParameters<typeof TextDecoder>[1]) {
          if (label !== undefined && label !== "utf-8")
            throw new RangeError(`${label} is not supported`);
          super(label, options);
        }
      } as typeof TextDecoder;
      expect(redecoded(gbk)).toBeUndefined();
      expect(parseText(gbk).report).toBeUndefined();
      (globalThis as { TextDecoder?: unknown }).TextDecoder = undefined;
      expect(redecoded(gbk)).toBeUndefined();
      expect(parseText(gbk).report).toBeUndefined();
    } finally {
      globalThis.TextDecoder = original;
    }
    expect(redecoded(gbk)?.encoding).toBe("gb18030");
  });
});
