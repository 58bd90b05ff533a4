import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { isBlankCode } from "../../src/text/blank.js";
import {
  keyStream,
  matchKey,
  nfkc,
  nfkcOfValue,
  TRADITIONAL_TO_SIMPLIFIED,
  toSimplified,
} from "../../src/text/normalize.js";

// The straightforward forms the fast paths in normalize.ts must agree with, character for character.
const TRADITIONAL = Object.keys(TRADITIONAL_TO_SIMPLIFIED).join("");

function referenceSimplified(text: string): string {
  let out = "";
  for (const char of text) out += TRADITIONAL_TO_SIMPLIFIED[char] ?? char;
  return out.split("档案").join("文件");
}

function referenceKey(text: string): string {
  // The Taiwan word is read on the key too, where spaces and punctuation are gone (`檔 案`).
  return referenceSimplified(text.normalize("NFKC"))
    .replace(/[^\p{L}\p{N}]+/gu, "")
    .split("档案")
    .join("文件");
}

function referenceStream(text: string) {
  let key = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const end = index + char.length;
    for (const piece of referenceSimplified(char.normalize("NFKC"))) {
      if (/[\p{L}\p{N}]/u.test(piece)) {
        key += piece;
        for (let unit = 0; unit < piece.length; unit++) {
          starts.push(index);
          ends.push(end);
        }
      }
    }
    index = end;
  }
  // The Taiwan word spans two characters: it is applied to the key, where it has its own length.
  return { key: key.split("档案").join("文件"), starts, ends };
}

// Characters where the fast paths branch: ASCII, ideographs (traditional ones included), CJK and
// full-width punctuation, compatibility forms, combining marks, astral letters, lone surrogates,
// and characters NFKC joins to their neighbours (half-width katakana voiced marks, half-width and
// compatibility Hangul jamo that compose into a syllable, ideographic tone marks).
const tricky = fc.constantFrom(
  ..."aZ09 ,.|-\n\t（）、。：“”１２Ａ①㈠ﾊﾞ\u3000\u00a0\u0301e\u2126\uFA10\u9FFF\u4E00〇々",
  ..."ﾡￂㄱㅏ\u1100\u1161\u302a½…¨\u2017",
  ..."¹²⑴⒈₂㉑⓪❶ⓐ\u2072",
  "\u{1f100}",
  ...TRADITIONAL,
  ..."政府信息公开档案",
  "档案",
  "檔案",
  "\uD83D\uDE00",
  "\u{20000}",
  "\uD800",
  "\uDC00",
);
const text = fc.oneof(
  fc.array(tricky, { maxLength: 40 }).map((chars) => chars.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/**
 * NFKC as the readers take a token (text/marks.ts), by its definition, a character at a time: a
 * mark is an "other number" (`\p{No}`) that NFKC makes a number (`1`, `(1)`, `1.`); a run of marks
 * with a digit beside it (blanks between allowed) is dropped, any other kept as printed, and the
 * text between marks normalised.
 */
function referenceNfkc(value: string): string {
  const chars = [...value];
  const isMark = (c: string | undefined) =>
    c !== undefined &&
    /\p{No}/u.test(c) &&
    c.normalize("NFKC") !== c &&
    /^\(?\d+[.)]?$/.test(c.normalize("NFKC"));
  const isDigit = (c: string | undefined) => c !== undefined && /^[0-9０-９]$/.test(c);
  const isBlank = (c: string | undefined) => c === " " || c === "\u00a0" || c === "\u3000";
  let out = "";
  let plain = "";
  for (let i = 0; i < chars.length; ) {
    if (!isMark(chars[i])) {
      plain += chars[i];
      i++;
      continue;
    }
    let end = i;
    while (isMark(chars[end])) end++;
    let left = i - 1;
    while (isBlank(chars[left])) left--;
    let right = end;
    while (isBlank(chars[right])) right++;
    if (!isDigit(chars[left]) && !isDigit(chars[right])) {
      out += plain.normalize("NFKC") + chars.slice(i, end).join("");
      plain = "";
    }
    i = end;
  }
  return out + plain.normalize("NFKC");
}

describe("normalize fast paths", () => {
  it("matchKey and toSimplified agree with the plain definitions (property)", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(matchKey(value)).toBe(referenceKey(value));
        expect(toSimplified(value)).toBe(referenceSimplified(value));
        expect(nfkc(value)).toBe(value.normalize("NFKC"));
        expect(nfkcOfValue(value)).toBe(referenceNfkc(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("keyStream agrees with the character-by-character definition (property)", () => {
    fc.assert(
      fc.property(text, (value) => {
        const stream = keyStream(value);
        expect({ key: stream.key, starts: [...stream.starts], ends: [...stream.ends] }).toEqual(
          referenceStream(value),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("keyStream with the scratch buffer: each stream right until the next, long or short, expanding or not (property)", () => {
    // The buffer is kept from call to call: a short text after a long one must not see the long
    // one's positions, nor an expansion (which leaves the buffer) the buffer's.
    const texts = fc.oneof(
      text,
      text.map((value) => value.repeat(30)),
      text.map((value) => `${value}${"㍻".repeat(20)}`),
    );
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 6 }), (values) => {
        for (const value of values) {
          const stream = keyStream(value, undefined, true);
          expect({ key: stream.key, starts: [...stream.starts], ends: [...stream.ends] }).toEqual(
            referenceStream(value),
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it("matchKey reads characters NFKC joins to their neighbours as whole text", () => {
    // Each pair composes (or reorders) under NFKC: 가 from compatibility or half-width jamo, バ
    // from a half-width kana and its voiced mark, é; and 档案 is the Taiwan word.
    for (const value of [
      "ㄱㅏ",
      "ﾡￂ",
      "ﾊﾞ",
      "e\u0301",
      "\u1100\u1161",
      "档案",
      "檔案",
      "规\u302a章",
    ]) {
      expect(matchKey(`规章${value}0`)).toBe(referenceKey(`规章${value}0`));
    }
    expect(matchKey("ㄱㅏ")).toBe("가");
  });

  it("keyStream keeps every position when NFKC makes the key longer than the text", () => {
    // `㍻` is 平成 and `ﷺ` eighteen letters: the key outgrows the arrays sized to the text.
    const value = `规章${"㍻".repeat(40)}ﷺ0`;
    const stream = keyStream(value);
    expect(stream.key.length).toBeGreaterThan(value.length + 16);
    expect({ key: stream.key, starts: [...stream.starts], ends: [...stream.ends] }).toEqual(
      referenceStream(value),
    );
  });

  it("maps the traditional forms of the vocabulary and the Taiwan word", () => {
    expect(matchKey("規範性檔案")).toBe("规范性文件");
    expect(keyStream("規 範").key).toBe("规范");
    expect([...keyStream("規 範").starts]).toEqual([0, 2]);
    // The word spans characters, so the per-character pass alone never saw it.
    const stream = keyStream("規範性 檔案");
    expect(stream.key).toBe(matchKey("規範性檔案"));
    expect([...stream.starts]).toEqual([0, 1, 2, 4, 5]);
    // Spaced inside the word (a cell wrapped there), both read it: the key has no space.
    expect(matchKey("規範性檔 案")).toBe("规范性文件");
    expect(keyStream("規範性檔 案").key).toBe("规范性文件");
  });
});

describe("isBlankCode", () => {
  it("takes every code unit \\s matches, and no other", () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isBlankCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});

describe("keyStream after a larger text", () => {
  // The key's units go into a buffer kept across calls; a smaller text's NFKC expansions must
  // still widen its positions when they outgrow the text's own length (not the buffer's).
  it("keeps a position for every key unit", () => {
    const fresh = keyStream(`规章${"㍻".repeat(40)}0`);
    keyStream("x".repeat(1000));
    const after = keyStream(`规章${"㍻".repeat(40)}0`);
    expect(after.key).toBe(fresh.key);
    expect(after.starts.length).toBe(after.key.length);
    expect([...after.starts]).toEqual([...fresh.starts]);
    expect([...after.ends]).toEqual([...fresh.ends]);
  });

  it("reads the same table after a larger text as on its own", () => {
    const text = [
      "㍻".repeat(100),
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
      "规章 | 1 | 2 | 3",
      "规范性文件 | 4 | 5 | 6",
    ].join("\n");
    const alone = parseText(text);
    parseText("甲".repeat(3000));
    expect(parseText(text)).toEqual(alone);
    expect(alone.report?.activeDisclosure?.regulations).toMatchObject({ issued: 1 });
  });
});
