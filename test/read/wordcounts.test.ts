/**
 * `wordValueCounts` counts a slice's values without making its tokens (rows.ts `valuesPrinted`
 * reads it for every row printed apart from its label), and must count exactly what `ValueTally`
 * counts of `wordTokens`: a second walk over the words, kept equal to the first here. The cases
 * are the blanks and line breaks the two walks could tell apart (review of session 16).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValueTally, wordTokens, wordValueCounts } from "../../src/read/cells.js";
import { corpusTexts, params } from "../hostile/support.js";

/** `ValueTally`'s counts of the tokens themselves (as rows.ts `valuesIn` reads them). */
function countedFromTokens(text: string): [number, number] {
  const tally = new ValueTally();
  for (const token of wordTokens(text)) tally.add(token.junk, token.opens === true);
  return tally.end();
}

describe("wordValueCounts", () => {
  it.each([
    // Values alone on their lines, next to each other, or inside a sentence.
    ["0\n12\n3", [3, 3]],
    ["共 3 件，其中 2 件", [2, 0]],
    ["行政许可 0 0 0\n1", [4, 4]],
    // Blanks outside ASCII between words, and line breaks JavaScript's `\s` takes that `\n` is not.
    ["0\u30001\u00a02\ufeff3", [4, 4]],
    ["0\u20281\r\n2\r3", [4, 4]],
    // A lone surrogate, punctuation only (no token), marks, signed words.
    ["\ud840 0 、 / 增2", [3, 3]],
    // A year set apart from its 年 (glued back: words), a page number in words (dropped), digits
    // glued to the words after them (cut apart): two values, each beside words.
    ["2022 年 5\n第 3 页 共 6 页\n0000000三、本年度", [2, 0]],
    // Empty lines, and a last line without its line break.
    ["\n\n0\n\n1", [2, 2]],
    ["", [0, 0]],
  ] as const)("counts %j as its tokens do", (text, expected) => {
    expect(wordValueCounts(text)).toEqual(countedFromTokens(text));
    expect(wordValueCounts(text)).toEqual(expected);
  });

  it("counts slices of the corpus, with blanks and line breaks inserted, as their tokens do", () => {
    const inserted = fc.constantFrom(
      "\u3000",
      "\u00a0",
      "\ufeff",
      "\u2028",
      "\r\n",
      "\r",
      "\n",
      "\n\n",
      "\ud840",
      "年",
      "第2页",
      " 0 ",
      "|",
    );
    const slice = fc
      .tuple(
        fc.constantFrom(...corpusTexts),
        fc.nat(),
        fc.nat({ max: 600 }),
        fc.array(fc.tuple(fc.nat(), inserted), { maxLength: 6 }),
      )
      .map(([text, from, length, inserts]) => {
        const start = from % (text.length + 1);
        let piece = text.slice(start, start + length);
        for (const [at, what] of inserts) {
          const where = at % (piece.length + 1);
          piece = piece.slice(0, where) + what + piece.slice(where);
        }
        return piece;
      });
    fc.assert(
      fc.property(slice, (text) => {
        expect(wordValueCounts(text)).toEqual(countedFromTokens(text));
      }),
      params(500),
    );
  });
});
