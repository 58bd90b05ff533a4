/**
 * The layout passes run together, sharing the text's line starts: the same text as running each
 * on its own, one after the other (each then finds the lines itself).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withValuesAboveMoved } from "../../src/read/above.js";
import { withCentredValuesMoved } from "../../src/read/centred.js";
import { cleanText } from "../../src/read/clean.js";
import { withLayoutMended } from "../../src/read/layout.js";
import { withCutLabelsJoined } from "../../src/read/sidecolumn.js";
import { corpusTexts, editedCorpusText, params } from "../hostile/support.js";

/** The three passes in order, each finding the lines of the text it is given. */
function oneByOne(text: string): string {
  return withValuesAboveMoved(withCentredValuesMoved(withCutLabelsJoined(text)));
}

describe("withLayoutMended", () => {
  it("moves side words, centred values and values above a label as the passes do one by one", () => {
    // Each pass changes the text: the next must find the lines of the changed text.
    const text = [
      "1.属于国家秘密 3 0",
      "  4 0",
      "2.其他法律行政法规禁止公开",
      "",
      "5.要求行政机关确认或重新出具",
      "  0 0 0 0 0 0 0",
      "已获取信息",
      "",
      "1.申请人无正当理由逾期不补正、",
      "行政机关不再处理其政府信息公 0 0 0 0 0 0 0",
      "（六） 开申请",
    ].join("\n");
    const mended = withLayoutMended(text);
    expect(mended).toBe(oneByOne(text));
    expect(mended.split("\n")).toEqual([
      "1.属于国家秘密 3 0",
      "2.其他法律行政法规禁止公开 4 0",
      "",
      "5.要求行政机关确认或重新出具",
      "已获取信息",
      "0 0 0 0 0 0 0",
      "",
      "1.申请人无正当理由逾期不补正、",
      "行政机关不再处理其政府信息公",
      "开申请",
      "0 0 0 0 0 0 0",
    ]);
  });

  it.each(corpusTexts.map((text, index) => [index, text] as const))(
    "reads corpus text %i as the passes one by one",
    (_, text) => {
      const cleaned = cleanText(text);
      expect(withLayoutMended(cleaned)).toBe(oneByOne(cleaned));
    },
  );

  it("reads edited corpus texts as the passes one by one", () => {
    fc.assert(
      fc.property(editedCorpusText, (text) => {
        const cleaned = cleanText(text);
        expect(withLayoutMended(cleaned)).toBe(oneByOne(cleaned));
      }),
      params(200),
    );
  });
});
