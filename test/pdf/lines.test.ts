import { describe, expect, it } from "vitest";
import { isSpace, joinRuns, lineOf, linesOf, pieces } from "../../src/pdf/lines.js";
import { emsOf, joinWrapped, withoutAutospace } from "../../src/pdf/widths.js";
import { run } from "./support.js";

describe("linesOf", () => {
  it("groups runs by their centres: a value in larger type beside its label is on its line", () => {
    const lines = linesOf([
      run("95", 318, 99, { size: 14, x1: 332 }),
      run("一、本年新收政府信息公开申请数量", 77, 101, { size: 10, x1: 238 }),
      run("二、上年结转政府信息公开申请数量", 77, 124, { size: 10, x1: 238 }),
      run("0", 322, 122, { size: 14, x1: 329 }),
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      "一、本年新收政府信息公开申请数量 95",
      "二、上年结转政府信息公开申请数量 0",
    ]);
  });

  it("a vertical run is a line of its own", () => {
    const lines = linesOf([
      run("三、本", 90, 100, { vertical: true, bottom: 130 }),
      run("（一）予以公开", 104, 105),
    ]);
    expect(lines.map((line) => line.text)).toEqual(["三、本", "（一）予以公开"]);
  });
});

describe("joining runs of a line", () => {
  it("one glyph per item reads as the word; a wide gap is a space", () => {
    const glyphs = [..."规章"].map((char, i) => run(char, 81 + 12 * i, 0));
    expect(joinRuns([...glyphs, run("0", 160, 0, { x1: 166 })])).toBe("规章 0");
  });

  it("between Han characters only a whole character's gap is a space; between Latin a third", () => {
    expect(isSpace(run("规", 0, 0), run("章", 16, 0))).toBe(false);
    expect(isSpace(run("规", 0, 0), run("章", 25, 0))).toBe(true);
    expect(isSpace(run("Page", 0, 0, { x1: 24 }), run("3", 29, 0))).toBe(true);
    expect(isSpace(run("2024", 0, 0, { x1: 24 }), run("年", 27, 0))).toBe(false);
  });

  it("a line cut where its runs are far apart: the cells of a table without borders", () => {
    const line = lineOf([
      run("规章", 81, 0),
      run("0", 160, 0, { x1: 166 }),
      run("13", 200, 0, { x1: 212 }),
    ]);
    expect(pieces(line, 1).map((piece) => piece.text)).toEqual(["规章", "0", "13"]);
  });
});

describe("text told from its characters", () => {
  it("widths in font sizes", () => {
    expect(emsOf("规章")).toBe(2);
    expect(emsOf("2024年")).toBeCloseTo(3.2);
  });

  it("wrapped lines join with no break, a space only between Latin letters or digits", () => {
    expect(joinWrapped("（二）部分公开（区分处理的，", "只计这一情形）")).toBe(
      "（二）部分公开（区分处理的，只计这一情形）",
    );
    expect(joinWrapped("www.gov.cn", "2024")).toBe("www.gov.cn 2024");
    expect(joinWrapped("", "规章")).toBe("规章");
    expect(joinWrapped("规章", "")).toBe("规章");
  });

  it("the autospace between Han and Latin is taken out, other spaces kept", () => {
    expect(withoutAutospace("统计期限为 2022 年 1 月 1 日")).toBe("统计期限为2022年1月1日");
    expect(withoutAutospace("只计这一情 形 0 0")).toBe("只计这一情 形0 0");
  });
});
