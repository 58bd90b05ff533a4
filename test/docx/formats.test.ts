import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/docx/formats.js";

describe("formatNumber", () => {
  it.each([
    [1, "decimal", "1"],
    [3, "chineseCounting", "三"],
    [10, "chineseCounting", "十"],
    [12, "chineseCounting", "十二"],
    [20, "chineseCountingThousand", "二十"],
    [21, "taiwaneseCountingThousand", "二十一"],
    [105, "chineseCounting", "一百零五"],
    [110, "chineseCounting", "一百一十"],
    [1010, "japaneseCounting", "一千零一十"],
    [10000, "chineseCounting", "10000"],
    [0, "chineseCounting", "0"],
    [14, "chineseLegalSimplified", "拾肆"],
    [23, "ideographLegalTraditional", "貳拾參"],
    [10, "ideographDigital", "一〇"],
    [1, "ideographTraditional", "甲"],
    [11, "ideographTraditional", "甲"],
    [12, "ideographZodiac", "亥"],
    [3, "decimalEnclosedCircle", "③"],
    [21, "decimalEnclosedCircleChinese", "21"],
    [2, "decimalEnclosedParen", "⑵"],
    [2, "decimalEnclosedFullstop", "⒉"],
    [12, "decimalFullWidth", "１２"],
    [7, "decimalZero", "07"],
    [28, "upperLetter", "BB"],
    [1, "lowerLetter", "a"],
    [1994, "upperRoman", "MCMXCIV"],
    [4, "lowerRoman", "iv"],
    [3, "bullet", ""],
    [3, "none", ""],
    [3, "someFutureFormat", "3"],
  ])("%i in %s is %s", (n, format, expected) => {
    expect(formatNumber(n, format)).toBe(expected);
  });
});
