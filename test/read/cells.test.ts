/**
 * The value test and the annotation finder against straightforward references: both have fast
 * paths over code units (an ideograph that starts no value; a remembered Chinese-character test),
 * which must agree with the plain definitions on any text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValueText } from "../../src/read/cells.js";
import { annotations } from "../../src/read/notes.js";

// The definition of a value token as docs/reading.md and format-spec describe it: after NFKC and
// trimming, blank, a mark, `?`, a number (signed, decimal, grouped by thousands), a number with a
// unit, or a change written with a sign word.
const MARK_WORDS = ["/", "-", "—", "——", "–", "－", "／", "无", "無", "﹣", "−"];
function referenceIsValue(text: string): boolean {
  const plain = text.normalize("NFKC").trim();
  return (
    plain === "" ||
    MARK_WORDS.includes(text.trim()) ||
    MARK_WORDS.includes(plain) ||
    plain === "?" ||
    /^[+-]?\d+(\.\d+)?$/.test(plain) ||
    /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain) ||
    /^[+-]?\d+(\.\d+)?\s*(万元|元|件|个|項|项|条|次)$/.test(plain) ||
    /^(增加|增|减少|减|−)\s*\d+\s*(项|項|个)?$/.test(plain)
  );
}

// The characters report cells and labels are made of, and some that NFKC changes (full-width
// digits, a Kangxi radical, a compatibility ideograph).
const PIECES = [
  "0",
  "7",
  "12",
  "１２",
  ",",
  ".",
  "+",
  "-",
  "−",
  " ",
  "\u3000",
  "/",
  "无",
  "無",
  "增",
  "减",
  "加",
  "少",
  "件",
  "项",
  "万元",
  "行政",
  "许可",
  "⽂",
  "\uf900",
  "（",
  "）",
  "(",
  ")",
  "|",
  "指",
  "一",
  "四",
  "?",
  "？",
  "—",
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(""));

describe("isValueText", () => {
  it("agrees with the definition on any text of cell characters", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(isValueText(text)).toBe(referenceIsValue(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads sign words and marks that start with an ideograph, and no label", () => {
    expect(["增2", "减少4", "无", "無"].map((text) => isValueText(text))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["行政许可", "增加", "无效", "⽂2"].map((text) => isValueText(text))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

// The annotations of a text as notes.ts's header defines them, one character at a time with the
// Unicode property tested on each.
function referenceAnnotations(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const open: { at: number; han: boolean }[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (open.length > 0 && at - open[0]!.at > 200) open.length = 0;
    if (char === "|") open.length = 0;
    else if (char === "（" || char === "(") open.push({ at, han: false });
    else if (char === "）" || char === ")") {
      const opened = open.pop();
      if (opened === undefined) continue;
      if (open.length > 0 && opened.han) open[open.length - 1]!.han = true;
      if (open.length === 0 && opened.han) {
        while (spans.length > 0 && spans[spans.length - 1]!.start > opened.at) spans.pop();
        spans.push({ start: opened.at, end: at + 1 });
      }
    } else if (
      open.length > 0 &&
      !"一二三四五六七八九十".includes(char) &&
      /\p{Script=Han}/u.test(char)
    ) {
      open[open.length - 1]!.han = true;
    }
  }
  return spans;
}

describe("annotations", () => {
  it("agrees with the one-character-at-a-time definition", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES, "𠀀", "〇", "々"), { maxLength: 40 }),
        (parts) => {
          const text = parts.join("");
          expect(annotations(text, 0, text.length)).toEqual(referenceAnnotations(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
