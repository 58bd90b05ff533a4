import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromTitle, readFront, TITLE_LAST } from "../../src/read/front.js";
import { isPlainIdeograph, matchKey, toSimplified } from "../../src/text/normalize.js";

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

// fromTitle as it was before its shortcuts: same results required.
function referenceFromTitle(title: string): { agency: string | null; year: number | null } {
  const whole = title.normalize("NFKC").replace(/\s+/g, "");
  const unquoted = whole.replace(/《[^》]*》/g, "");
  const shown = toSimplified(unquoted).includes("政府信息公开")
    ? unquoted
    : whole.replace(/[《》]/g, "");
  const plain = toSimplified(shown);
  const agencyFirst = /^(.*?)(\d{4})年度?(?:政府信息公开|政务公开)/.exec(plain);
  if (agencyFirst) {
    const agency = shown.slice(0, agencyFirst[1]!.length);
    return { agency: agency || null, year: Number(agencyFirst[2]) };
  }
  const yearFirst = /^(\d{4})年度?(.+?)政府信息公开/.exec(plain);
  if (yearFirst) {
    const start = yearFirst[0].length - "政府信息公开".length - yearFirst[2]!.length;
    return { agency: shown.slice(start, start + yearFirst[2]!.length), year: Number(yearFirst[1]) };
  }
  const yearLast = /^(.+?)政府信息公开工作(\d{4})年度报告/.exec(plain);
  if (yearLast) return { agency: shown.slice(0, yearLast[1]!.length), year: Number(yearLast[2]) };
  return { agency: null, year: null };
}

const titlePieces = fc.constantFrom(
  "某局",
  "人民政府",
  "2022",
  "２０２２",
  "年",
  "度",
  "政府信息公开",
  "政府信息公開",
  "政务公开",
  "工作",
  "年度报告",
  "報告",
  "《",
  "》",
  " ",
  "\u3000",
  "（",
  ")",
  "a",
  "e\u0301",
  "㍻",
  "⑳",
  "檔案",
);
const titles = fc.array(titlePieces, { maxLength: 14 }).map((parts) => parts.join(""));

describe("readFront's shortcuts agree with the full reading", () => {
  it("a plain ideograph gives its key exactly one unit, so counting them bounds the key (property)", () => {
    fc.assert(
      fc.property(titles, (line) => {
        let ideographs = 0;
        for (let at = 0; at < line.length; at++) {
          if (isPlainIdeograph(line.charCodeAt(at))) ideographs++;
        }
        expect(matchKey(line).length).toBeGreaterThanOrEqual(ideographs);
      }),
      { numRuns: 3000 },
    );
  });

  it("fromTitle, plain titles not normalised, each text simplified once and unquoted only when quoted, reads every title as before (property)", () => {
    fc.assert(
      fc.property(titles, (title) => {
        expect(fromTitle(title)).toEqual(referenceFromTitle(title));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds a title wrapped over two lines, and drops the title repeated in the preamble", () => {
    const front = readFront(
      "某区人民政府\n2024年政府信息公开工作年度报告\n正文一段。\n某区人民政府2024年政府信息公开工作年度报告",
    );
    expect(front.meta.title).toBe("某区人民政府2024年政府信息公开工作年度报告");
    expect(front.agency).toBe("某区人民政府");
    expect(front.preamble).toBe("正文一段。");
  });

  // A portal's property table above the article, its labels spaced to line up (`索 引 号：`): the
  // title read `名 称： | …报告 |`, its agency `名称:|宁晋县…`; without a year in it, the row
  // above was joined to it as a wrapped title.
  it("reads a property table's title field with its label spaced, and joins no field row to it", () => {
    const rows = [
      " 索 引 号： | dczx/1674120257266 | 主题分类： | 政务公开 |",
      " 发布机构： | 大曹庄镇 | 发文日期： | 2023-01-20 |",
    ];
    const dated = readFront(
      [...rows, " 名 称： | 宁晋县大曹庄镇人民政府2022年政府信息公开工作年度报告 |"].join("\n"),
    );
    expect(dated.meta.title).toBe("宁晋县大曹庄镇人民政府2022年政府信息公开工作年度报告");
    expect(dated.agency).toBe("宁晋县大曹庄镇人民政府");
    const undated = readFront(
      [...rows, " 名 称： | 大曹庄镇政府信息公开工作年度报告 |"].join("\n"),
    );
    expect(undated.meta.title).toBe("大曹庄镇政府信息公开工作年度报告");
  });

  it("takes the title of the statistical period's year on a line of its own, not a field's", () => {
    const front = readFront(
      [
        "《某镇2021年政府信息公开工作年度报告》",
        "名称： | 某镇2022年政府信息公开工作年度报告 |",
        "发布机构：某镇 文号：某镇2022年政府信息公开工作年度报告",
        "某镇2022年政府信息公开工作年度报告",
        "本报告统计期限为2022年1月1日至12月31日。",
      ].join("\n"),
    );
    expect(front.meta.title).toBe("某镇2022年政府信息公开工作年度报告");
    expect(front.year).toBe(2022);
    expect(front.uncertain).toBeUndefined();
  });
});
