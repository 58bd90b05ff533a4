import { describe, expect, it } from "vitest";
import { lineOf } from "../../src/pdf/lines.js";
import { linePitch, type ProseLine, paragraphsOf } from "../../src/pdf/paragraphs.js";
import { line, run } from "./support.js";

/** Prose lines of a page with margins 80..500, 12-point type at a 20-point pitch. */
function prose(
  ...lines: [text: string, x0: number, x1: number, top: number, flags?: Partial<ProseLine>][]
) {
  return lines.map(([text, x0, x1, top, flags]) => ({
    line: line(text, x0, top, { x1 }),
    left: 80,
    right: 500,
    pitch: 20,
    afterTable: false,
    pageStart: false,
    ...flags,
  }));
}

describe("paragraphsOf", () => {
  it("joins the lines that fill the measure; an indented line opens a paragraph", () => {
    expect(
      paragraphsOf(
        prose(
          ["一、总体情况", 80, 152, 100],
          ["2024年，我区坚持以习近平新时代中国特色", 104, 500, 120],
          ["社会主义思想为指导。", 80, 200, 140],
          ["（一）主动公开情况。", 104, 300, 160],
        ),
      ),
    ).toEqual([
      "一、总体情况",
      "2024年，我区坚持以习近平新时代中国特色社会主义思想为指导。",
      "（一）主动公开情况。",
    ]);
  });

  it("a line stopping short ends its paragraph when it ends a sentence or stops far short", () => {
    const lines = prose(
      ["答复。", 80, 400, 100],
      ["下一段", 80, 300, 120],
      ["再一段", 80, 150, 140],
    );
    expect(paragraphsOf(lines)).toEqual(["答复。", "下一段", "再一段"]);
  });

  it("a line stopping short only because the next word did not fit goes on", () => {
    const lines = prose(["统一受理平台接入", 80, 460, 100], ["2261项事项。", 80, 160, 120]);
    expect(paragraphsOf(lines)).toEqual(["统一受理平台接入2261项事项。"]);
    const unfinished = prose(
      ["政府信息公开申请情况、政府信息公", 80, 470, 100],
      ["开行政复议", 80, 140, 120],
    );
    expect(paragraphsOf(unfinished)).toEqual(["政府信息公开申请情况、政府信息公开行政复议"]);
  });

  it("an enumeration opens a heading; a wide step, a table or a new type size opens a paragraph", () => {
    expect(
      paragraphsOf(
        prose(
          ["我镇按照要求开展工作，取得成效，具体如下", 80, 500, 100],
          ["（二）依申请公开", 80, 180, 120],
        ),
      ),
    ).toHaveLength(2);
    expect(
      paragraphsOf(prose(["满行满行满行满行满行", 80, 500, 100], ["下一段", 80, 200, 130])),
    ).toHaveLength(2);
    expect(
      paragraphsOf(
        prose(["满行满行满行满行满行", 80, 500, 100], ["表后", 80, 200, 120, { afterTable: true }]),
      ),
    ).toHaveLength(2);
    const title = prose(["某某县2022年政府信息公开工作年", 80, 500, 100], ["度报告", 80, 152, 136]);
    title[0] = {
      ...title[0]!,
      line: line("某某县2022年政府信息公开工作年", 80, 100, { x1: 500, size: 24 }),
    };
    title[1] = { ...title[1]!, line: line("度报告", 80, 136, { x1: 152, size: 24 }) };
    expect(paragraphsOf(title)).toEqual(["某某县2022年政府信息公开工作年度报告"]);
    expect(paragraphsOf([title[0]!, prose(["正文", 80, 200, 136])[0]!])).toHaveLength(2);
  });

  it("a paragraph goes on onto the next page, however far apart the lines stand", () => {
    const lines = prose(
      ["满行满行满行满行满行", 80, 500, 780],
      ["下页接着", 80, 200, 60, { pageStart: true }],
    );
    expect(paragraphsOf(lines)).toEqual(["满行满行满行满行满行下页接着"]);
  });
});

describe("paragraphsOf: a row of values left among the prose", () => {
  /** A line of runs, each `[text, x0, x1]`, 9-point type. */
  const runsLine = (top: number, ...runs: [text: string, x0: number, x1: number][]) => ({
    line: lineOf(runs.map(([text, x0, x1]) => run(text, x0, top, { x1, size: 9 }))),
    left: 80,
    right: 500,
    pitch: 14,
    afterTable: false,
    pageStart: false,
  });
  // Table 四's one row in a table without lines, as Chromium sets it (every5-noborder.pdf): its
  // values 1.9 em apart, a `无` among them, under the header's last line.
  const header = runsLine(100, ["维持", 80, 98], ["纠正", 110, 128], ["审结", 140, 158]);
  const values = runsLine(
    114,
    ["无", 95.3, 104.3],
    ["187", 121.4, 135.6],
    ["190", 207.5, 221.8],
    ["无", 238.8, 247.8],
    ["192", 264.9, 279.2],
  );

  it("keeps a space wider than a character between a value and 无 (before: `190无192`)", () => {
    expect(paragraphsOf([values])).toEqual(["无 187 190 无 192"]);
  });

  it("sets the row apart from the header line above it (before: `审结无 187`)", () => {
    expect(paragraphsOf([header, values])).toEqual(["维持 纠正 审结", "无 187 190 无 192"]);
  });

  it("still takes out an autospace, a quarter em between Han characters and digits", () => {
    const typed = runsLine(
      100,
      ["统计期限为", 80, 125],
      ["2022", 127.3, 147.3],
      ["年", 149.6, 158.6],
    );
    expect(paragraphsOf([typed])).toEqual(["统计期限为2022年"]);
  });
});

describe("linePitch", () => {
  it("the median step between lines, breaks between paragraphs left out", () => {
    const lines = [100, 120, 140, 200, 220].map((top) => line("文字", 80, top));
    expect(linePitch(lines)).toBe(20);
    expect(linePitch([])).toBe(0);
  });
});
