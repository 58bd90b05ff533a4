import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalText, cleanLines, cleanText } from "../../src/read/clean.js";

// The line-by-line forms that the searches in clean.ts replace: same results required.
const PAGE_MARKER = /^\s*[-—–－]{1,2}\s*\d{1,3}\s*[-—–－]{1,2}\s*$/;
const PINYIN_GLOSS =
  /(\p{Script=Han})\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)/gu;

function referenceCleanLines(plain: string): string {
  return plain
    .replace(PINYIN_GLOSS, "$1")
    .split("\n")
    .filter(
      (line) =>
        !PAGE_MARKER.test(line) &&
        !(line.includes("|") && line.includes("--") && /^[\s|:-]+$/.test(line)),
    )
    .join("\n");
}

function referenceCanonical(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/\.(?:docx?|pdf|xlsx?|wps|ofd|zip|rar)$/i.test(line))
    .join("\n");
}

const pieces = fc.constantFrom(
  ..."\n\n\n \t\u3000\u00a0\u2028-—–－|:.4x规(à)ā".split(""),
  "12",
  "|---|",
  "- 3 -",
  "項(xiàng)",
  "a.pdf",
  "附件.DOCX",
  "\r\n",
  "\r",
);
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(""));

describe("the cleaning's searches agree with a line-by-line reading", () => {
  it("cleanLines drops the same lines and glosses (property)", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const plain = text.replace(/\r\n?/g, "\n");
        expect(cleanLines(plain)).toBe(referenceCleanLines(plain));
        expect(cleanText(text)).toBe(referenceCleanLines(plain));
      }),
      { numRuns: 3000 },
    );
  });

  it("canonicalText keeps the same lines, as one slice or joined (property)", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(canonicalText(text)).toBe(referenceCanonical(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("drops a page marker and a separator row between kept lines", () => {
    expect(cleanLines("规章\n- 4 -\n|---|---|\n0 | 1")).toBe("规章\n0 | 1");
    expect(cleanLines("- 1 -\n规章")).toBe("规章");
    expect(cleanLines("规章\n - 2 - ")).toBe("规章");
    expect(canonicalText("\n 一行 \n\n二行\n附件.pdf\n")).toBe("一行\n二行");
    expect(canonicalText("\n一行\n二行\n\n")).toBe("一行\n二行");
  });
});
