/**
 * A short row label printed without its ordinal (`其他` for `3.其他`, `总计` for `（七）总计`: a list
 * numbered by Word loses its numbers when copied) is read where its place leaves that row alone,
 * printed once there as a word of its own and followed by a value (src/read/misprinted.ts). A
 * header word, a word fused to a digit or to other characters, or a word printed twice is not.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { labelForms } from "../../src/read/labels.js";
import { type MisprintSpec, withMisprintedLabels } from "../../src/read/misprinted.js";
import { keyStream } from "../../src/text/normalize.js";
import { rowsOf, seedWith } from "./support.js";

const OTHER = ["1", "0", "0", "0", "0", "0", "1"];
/** The seed with 3.其他 holding 1 (and the totals with it), one cell a paragraph. */
const base = seedWith({
  "3.其他": OTHER,
  "(七)总计": OTHER,
  "一、本年新收政府信息公开申请数量": OTHER,
});

function replaced(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  expect(out).not.toBe(text);
  return out;
}

describe("a short row label printed without its ordinal", () => {
  it.each([
    ["其他", "3.其他\n", "其他\n"],
    ["总计", "(七)总计\n", "总计\n"],
  ])(
    "is read as the one row its place leaves (`%s`), every cell as with its ordinal",
    (_w, from, to) => {
      const expected = rowsOf(parseText(base).report, "applications");
      expect(expected["otherReasons"]).toBe("1|0|0|0|0|0|1");
      // Before: the row unread, 7 cells lost.
      const { report, findings } = parseText(replaced(base, from, to));
      expect(rowsOf(report, "applications")).toEqual(expected);
      expect(findings.filter((f) => f.path[0] === "applications")).toEqual([]);
    },
  );

  it("is not read when both are bare: the place between the rows found leaves two rows", () => {
    const both = replaced(replaced(base, "3.其他\n", "其他\n"), "(七)总计\n", "总计\n");
    const rows = rowsOf(parseText(both).report, "applications");
    expect([rows["otherReasons"], rows["totalHandled"]]).toEqual([
      "?|?|?|?|?|?|?",
      "?|?|?|?|?|?|?",
    ]);
  });

  it("is read on the line of the row above's values (`… 1 13 其他 0 …`)", () => {
    const values = ["12", "0", "0", "0", "0", "1", "13"];
    const text = seedWith({
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": values,
      "(七)总计": values,
      "一、本年新收政府信息公开申请数量": values,
    });
    const joined = replaced(
      text,
      /\n\n12\n\n0\n\n0\n\n0\n\n0\n\n1\n\n13\n\n3\.其他\n\n((?:\s*0\u00a0? *\n\n){7})/,
      " 12 0 0 0 0 1 13 其他\n\n$1",
    );
    const rows = rowsOf(parseText(joined).report, "applications");
    expect(rows["otherOverdueFee"]).toBe("12|0|0|0|0|1|13");
    expect(rows["otherReasons"]).toBe("0|0|0|0|0|0|0");
  });

  it("is not a column header's word, nor a word fused to a digit, nor one printed twice", () => {
    // The label lost, a header repeated at a page break in its place: 其他 followed by 总计.
    const header = replaced(base, "3.其他\n", "其他\n\n总计\n");
    expect(rowsOf(parseText(header).report, "applications")["otherReasons"]).toBe("?|?|?|?|?|?|?");
    // Fused to the value before it (`0其他`): the 0 may be the row above's or an ordinal's.
    const fused = replaced(base, /0\u00a0\n\n3\.其他\n/, "0其他\n");
    expect(rowsOf(parseText(fused).report, "applications")["otherReasons"]).toBe("?|?|?|?|?|?|?");
    // Printed twice in the place (a note naming 其他 before the row): which one is the label?
    const twice = replaced(base, "3.其他\n", "其他 2 项\n\n其他\n");
    const rows = rowsOf(parseText(twice).report, "applications");
    expect(rows["otherReasons"]).toBe("?|?|?|?|?|?|?");
  });
});

describe("withMisprintedLabels, a short label without its ordinal", () => {
  const spec = (id: string, label: string): MisprintSpec => ({
    id,
    forms: labelForms([label]),
    optional: false,
    data: true,
  });
  const specs = [spec("a", "1.第一行标签"), spec("b", "2.其他"), spec("c", "3.最后一行标签")];
  const read = (text: string) => {
    const stream = keyStream(text);
    const hits = ["1第一行标签", "3最后一行标签"].map((word, index) => {
      const start = stream.key.indexOf(word);
      return { id: index === 0 ? "a" : "c", start, end: start + word.length };
    });
    return withMisprintedLabels(text, stream, specs, hits, undefined).map((hit) => hit.id);
  };

  it("takes the word apart and before a value, in a cell or a line of its own", () => {
    expect(read("1.第一行标签 1 其他 2 3.最后一行标签 4")).toEqual(["a", "b", "c"]);
    expect(read("| 1.第一行标签 | 1 |\n| 其他 | | 2 |\n| 3.最后一行标签 | 4 |")).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("leaves a word joined to others, or followed by no value", () => {
    expect(read("1.第一行标签 1 其他人 2 3.最后一行标签 4")).toEqual(["a", "c"]);
    expect(read("1.第一行标签 1 其他 合计 3.最后一行标签 4")).toEqual(["a", "c"]);
    expect(read("1.第一行标签 1 1其他 2 3.最后一行标签 4")).toEqual(["a", "c"]);
  });
});
