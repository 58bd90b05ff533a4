/**
 * What a PDF's table cell prints as a value (src/pdf/values.ts): every character offices print for
 * "none" is a mark there as it is in the text readers (src/text/nonemarks.ts). The PDF reader had
 * its own shorter list (`/ ／ — – -`): a cell printing `_`, `−`, `﹣`, `＿` or `－` was no value, so
 * the piece `107 －` stayed one and two cells were lost (其他 unreadable, 总计 read blank).
 */
import { describe, expect, it } from "vitest";
import { isValueOrChange, isValueWord } from "../../src/pdf/values.js";

// Written out here, not imported: the list the readers share is what is under test.
const MARKS = ["/", "／", "—", "–", "-", "－", "﹣", "−", "_", "＿"];

describe("isValueWord", () => {
  it.each(MARKS)("reads %s, alone or doubled, as a value (a mark for none)", (mark) => {
    expect(isValueWord(mark)).toBe(true);
    expect(isValueWord(mark + mark)).toBe(true);
    expect(isValueOrChange(mark)).toBe(true);
  });

  it("reads numbers and 无 as values, and no word of a label or a mark tripled", () => {
    expect(isValueWord("1,016")).toBe(true);
    expect(isValueWord("191¹²")).toBe(true);
    expect(isValueWord("无")).toBe(true);
    expect(isValueWord("行政许可")).toBe(false);
    expect(isValueWord("___")).toBe(false);
    expect(isValueWord("其他_")).toBe(false);
  });
});
