import { describe, expect, it } from "vitest";
import { hasQuote, quoteDepth, withoutQuoted, withoutQuoteMarks } from "../../src/text/quotes.js";

describe("quotes", () => {
  it("takes out what each kind of mark quotes, and only that", () => {
    expect(withoutQuoted("对照《甲》、“乙”、「丙」、『丁』、〈戊〉整改")).toBe("对照、、、、整改");
    expect(withoutQuoted("无引号的句子")).toBe("无引号的句子");
    expect(hasQuote("“乙”")).toBe(true);
    expect(hasQuote("乙”")).toBe(false);
  });

  it("walks the depth through nested and stray marks", () => {
    const depths = (text: string) => [...text].map(quoteDepth());
    expect(depths("《甲“乙”》丙")).toEqual([1, 1, 2, 2, 1, 0, 0]);
    // A closing mark never opened is ignored; one closing an outer mark closes the inner too.
    expect(depths("”甲")).toEqual([0, 0]);
    expect(depths("《“甲》乙")).toEqual([1, 2, 2, 0, 0]);
  });

  it("ignores closing marks never opened among many open ones, and closes the inner ones with an outer", () => {
    const step = quoteDepth();
    for (const char of "《“「".repeat(20_000)) step(char);
    let depth = 0;
    for (let i = 0; i < 60_000; i++) depth = step("』");
    expect(depth).toBe(60_000);
    // 》 closes the innermost 《 and the “ and 「 opened inside it.
    expect(step("》")).toBe(59_997);
    expect(withoutQuoteMarks("《甲“乙”》")).toBe("甲乙");
  });
});
