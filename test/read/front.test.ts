import { describe, expect, it } from "vitest";
import { readFront, TITLE_LAST } from "../../src/read/front.js";
import { matchKey } from "../../src/text/normalize.js";

describe("readFront's title test", () => {
  it("skips a line without the title's last character only when no other character gives it", () => {
    // The shortcut in isTitle is exact only if TITLE_LAST reaches a key from itself alone: no
    // other code point gives it under NFKC, the traditional table or both (matchKey).
    const givers: string[] = [];
    for (let code = 0; code < 0x110000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (character !== TITLE_LAST && matchKey(character).includes(TITLE_LAST)) {
        givers.push(character);
      }
    }
    expect(givers).toEqual([]);
  });

  it("finds a title spelled with spaces, full-width forms or traditional characters", () => {
    expect(readFront("某 局 2022 年政府信息公开工作年度报告\n正文").meta.title).toBe(
      "某 局 2022 年政府信息公开工作年度报告",
    );
    expect(readFront("某局2022年政府信息公開工作年度報告").year).toBe(2022);
    expect(readFront("某局２０２２年政府信息公开工作年度报告").year).toBe(2022);
    // A line that ends otherwise is no title.
    expect(readFront("某局2022年政府信息公开工作年度总结").meta.title).toBeUndefined();
  });
});
