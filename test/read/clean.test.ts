import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { stripPunctuation } from "../../src/read/cells.js";
import { cleanCellText, cleanText } from "../../src/read/clean.js";

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

describe("cleanText: Kangxi radicals a PDF font gave for ideographs", () => {
  it("reads each radical as the ideograph it prints, one code unit for one", () => {
    expect(cleanText("⼀、总体情况\n⾏政许可 | 0")).toBe("一、总体情况\n行政许可 | 0");
    const radicals = Array.from({ length: 0x2fd6 - 0x2f00 }, (_, i) =>
      String.fromCharCode(0x2f00 + i),
    ).join("");
    const cleaned = cleanText(radicals);
    expect(cleaned).toHaveLength(radicals.length);
    expect(/[\u2f00-\u2fd5]/.test(cleaned)).toBe(false);
    // ⼾ is drawn as 户 by the simplified-Chinese fonts (NFKC's 戶 is the traditional form).
    expect(cleanText("⻔⼾⽹站")).toBe("⻔户网站");
    // The CJK Radicals Supplement (⺠) has no such equivalence in Unicode's normalisation: kept.
    expect(cleanText("中华⼈⺠共和国")).toBe("中华人⺠共和国");
  });

  it("finds a heading whose numeral is a radical (`⼀、总体情况`)", () => {
    const text =
      "某局2023年政府信息公开工作年度报告\n⼀、总体情况\n2023年，我局认真做好公开工作。\n";
    const missing = parseText(text).findings.filter((f) => f.code === "SECTION_MISSING");
    expect(missing.map((f) => f.path.join("."))).not.toContain("overview");
  });
});

describe("cleanCellText: a table cell's text as printed", () => {
  it("drops a mirror's pinyin glosses and reads radicals, as cleanText does for lines", () => {
    expect(cleanCellText("本年制發(fā)件數(shù)")).toBe("本年制發件數");
    expect(cleanCellText("⾏政事業(yè)性收費")).toBe("行政事業性收費");
    // A bracket of letters without a tone mark is no gloss: kept.
    expect(cleanCellText("行政许可(xk)")).toBe("行政许可(xk)");
  });

  it("gives back the same string when there is nothing to clean", () => {
    const cell = "规章";
    expect(cleanCellText(cell)).toBe(cell);
    expect(cleanCellText("")).toBe("");
  });
});

// Pasted into a CMS page, a zero-width space or a soft hyphen made `11` two characters and no
// number: the cell was unreadable where the page prints 11.
describe("cleanText and cleanCellText: characters that print nothing", () => {
  it("takes them out of cells and paragraphs", () => {
    expect(cleanCellText("11\u200b")).toBe("11");
    expect(cleanCellText("1\u200b1\u00ad\u2060\ufeff")).toBe("11");
    expect(cleanText("\u200e规章 | 1\u200b1\n")).toBe("规章 | 11\n");
    expect(cleanCellText("规章")).toBe("规章");
  });

  it("reads a table cell holding one as its number (parseHTML)", async () => {
    const { parseHTML, toHTML } = await import("../../src/index.js");
    const { seedReport } = await import("../fixtures/seed-report.js");
    const html = toHTML(seedReport).replace(
      /(data-path="applications\.newlyReceived\.naturalPerson">)(\d+)</,
      "$1$2&#8203;<",
    );
    expect(html).toContain("&#8203;");
    const result = parseHTML(html);
    expect(result.report?.applications?.newlyReceived).toEqual(
      seedReport.applications?.newlyReceived,
    );
    expect(result.findings).toEqual([]);
  });
});
