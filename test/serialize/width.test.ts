import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { templates } from "../../src/index.js";
import { charWidth, displayWidth, padToWidth } from "../../src/text/width.js";

describe("displayWidth", () => {
  it("counts every printable ASCII character as one column", () => {
    for (let code = 0x20; code <= 0x7e; code++) {
      expect(charWidth(code), String.fromCharCode(code)).toBe(1);
    }
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii" }), (text) => {
        expect(displayWidth(text)).toBe(text.length);
      }),
    );
  });

  it("counts CJK ideographs as two columns", () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c));
    fc.assert(
      fc.property(fc.array(han, { maxLength: 30 }), (chars) => {
        expect(displayWidth(chars.join(""))).toBe(2 * chars.length);
      }),
    );
    expect(displayWidth("政府信息公开")).toBe(12);
    // Extension B, outside the BMP: still one character, two columns.
    expect(displayWidth("𠀀")).toBe(2);
  });

  it("counts full-width punctuation and forms as two columns", () => {
    for (const character of "，。、：；（）！？《》【】「」　") {
      expect(displayWidth(character), character).toBe(2);
    }
    for (let code = 0xff01; code <= 0xff60; code++) expect(charWidth(code)).toBe(2);
    expect(displayWidth("（一）")).toBe(6);
  });

  it("counts mixed text column by column", () => {
    expect(displayWidth("2022年")).toBe(6);
    expect(displayWidth("第二十条第（一）项")).toBe(18);
    expect(displayWidth("한글")).toBe(4);
  });

  it("gives combining marks and format characters no width", () => {
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("a\u200db")).toBe(2);
  });

  it("keeps Ambiguous characters (curly quotes, middle dot) narrow", () => {
    expect(displayWidth("“”·")).toBe(3);
  });

  it("is additive over concatenation and covers every registry label", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (a, b) => {
        expect(displayWidth(a + b)).toBe(displayWidth(a) + displayWidth(b));
      }),
    );
    for (const template of Object.values(templates)) {
      for (const row of template.applications.rows) {
        const han = [...row.label].filter((c) => /\p{Script=Han}/u.test(c)).length;
        expect(displayWidth(row.label)).toBeGreaterThanOrEqual(2 * han);
      }
    }
  });
});

describe("padToWidth", () => {
  it("pads to the display width and never truncates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.nat(80), (text, width) => {
        const padded = padToWidth(text, width);
        expect(padded.startsWith(text)).toBe(true);
        expect(displayWidth(padded)).toBe(Math.max(width, displayWidth(text)));
      }),
    );
    expect(padToWidth("总计", 6)).toBe("总计  ");
  });
});
