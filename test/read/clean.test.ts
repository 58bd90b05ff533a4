import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripPunctuation } from "../../src/read/cells.js";

// The regular expression the linear scan in cells.ts replaces: same results required.
function referenceStrip(text: string): string {
  return text.replace(
    /^[（()）“”"'‘’【】「」《》、，,。：:；;]+|[（()）“”"'‘’【】「」《》、，,。：:；;]+$/g,
    "",
  );
}

describe("linear scans agree with the regular expressions they replace", () => {
  it("stripPunctuation strips the same ends (property)", () => {
    const char = fc.constantFrom(..."（()）“”\"'‘’【】「」《》、，,。：:；;x1 规");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        expect(stripPunctuation(text)).toBe(referenceStrip(text));
      }),
      { numRuns: 2000 },
    );
  });
});
