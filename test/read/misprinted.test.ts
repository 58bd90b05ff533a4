/**
 * Row labels printed with one character wrong (src/read/misprinted.ts): read as the registry's row
 * only where their place leaves that row alone, with PARSE_LABEL_MISPRINTED; every other case
 * leaves the row unread as before, and no value goes to another row.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { labelForms } from "../../src/read/labels.js";
import { type MisprintSpec, withMisprintedLabels } from "../../src/read/misprinted.js";
import { withinOneEdit } from "../../src/text/edits.js";
import { keyStream } from "../../src/text/normalize.js";
import { loadHeldOut } from "../support/heldout.js";
import { corpus, rowsOf } from "./support.js";

/** A real report (github-001, Markdown) whose table 三 prints rows 4–6 of （三） with values. */
const original = corpus("github-001").text;
const ROW5 = "| 5. 属于三类内部事务信息 | 13 | 0 | 0 | 0 | 0 | 0 | 13 |";
const ROW6 = "| 6. 属于四类过程性信息 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |";

function replaced(text: string, line: string, by: string): string {
  expect(text).toContain(line);
  return text.replace(line, by);
}

const codes = (text: string) =>
  parseText(text)
    .findings.filter((f) => f.code === "PARSE_LABEL_MISPRINTED")
    .map((f) => [f.path.join("."), f.expected, f.actual]);

/** Table 三 as read from the original, with the given rows left absent. */
function expectedRows(absent: readonly string[]): Record<string, string> {
  const rows = rowsOf(parseText(original).report, "applications");
  for (const row of absent) rows[row] = "?|?|?|?|?|?|?";
  return rows;
}

describe("withinOneEdit", () => {
  it("takes one character replaced, added or left out, and nothing more", () => {
    expect(withinOneEdit("属于三类内部事务信息", "属于三类内部事务信息")).toBe(true);
    expect(withinOneEdit("属于三类内部事务信息", "属于三类内容事务信息")).toBe(true);
    expect(withinOneEdit("属于三类内部事务信息", "属于三类内部事务信")).toBe(true);
    expect(withinOneEdit("属于三类内部事务信息", "属于三类内部的事务信息")).toBe(true);
    expect(withinOneEdit("属于三类内部事务信息", "属于三类内容事物信息")).toBe(false);
    expect(withinOneEdit("属于三类内部事务信息", "属于三类事务信息")).toBe(false);
    expect(withinOneEdit("", "a")).toBe(true);
    expect(withinOneEdit("ab", "ba")).toBe(false);
  });

  it("agrees with the edit distance computed in full", () => {
    // The oracle: Levenshtein distance by the textbook table, written apart from the code.
    const distance = (a: string, b: string): number => {
      const table = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          table[i]![j] = Math.min(
            table[i - 1]![j]! + 1,
            table[i]![j - 1]! + 1,
            table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
        }
      }
      return table[a.length]![b.length]!;
    };
    // A small alphabet, so that near strings are common.
    const word = fc.string({ unit: fc.constantFrom("内", "部", "容", "事", "a"), maxLength: 7 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(distance(a, b) <= 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a row label printed with one character wrong", () => {
  it("is read as the one row its place leaves, and said so", () => {
    const text = replaced(original, ROW5, ROW5.replace("内部事务", "内容事务"));
    expect(rowsOf(parseText(text).report, "applications")).toEqual(expectedRows([]));
    expect(codes(text)).toEqual([
      ["applications.withheldInternalAffairs", "5.属于三类内部事务信息", "5.属于三类内容事务信息"],
    ]);
  });

  it("its last character left out: the label ends there, not at the mark after it", () => {
    // The core's length reaches one key character past the label: a 无 cell, which was then cut
    // from the row (left unread) and quoted as part of the label.
    const marks = "| 无 | 无 | 无 | 无 | 无 | 无 | 无 |";
    const text = replaced(original, ROW5, `| 5. 属于三类内部事务信 ${marks}`);
    expect(rowsOf(parseText(text).report, "applications")["withheldInternalAffairs"]).toBe(
      "无|无|无|无|无|无|无",
    );
    expect(codes(text)).toEqual([
      ["applications.withheldInternalAffairs", "5.属于三类内部事务信息", "5.属于三类内部事务信"],
    ]);
  });

  it("is read with a character left out or added", () => {
    for (const printed of ["属于三类内部事信息", "属于三类的内部事务信息"]) {
      const text = replaced(original, ROW5, ROW5.replace("属于三类内部事务信息", printed));
      expect(rowsOf(parseText(text).report, "applications")).toEqual(expectedRows([]));
      expect(codes(text)).toHaveLength(1);
    }
  });

  it("reads erdao-fwzs-2022 (held-out set 4): a blank row under 内容事务", () => {
    const { compared, result } = loadHeldOut("heldout4", "erdao-fwzs-2022");
    expect(compared.wrong).toEqual([]);
    expect(compared.absent).toEqual([]);
    expect(result.findings.filter((f) => f.code === "PARSE_LABEL_MISPRINTED")).toHaveLength(1);
  });
});

describe("a label read no further than its place allows", () => {
  it("two characters wrong: the row stays unread", () => {
    const text = replaced(original, ROW5, ROW5.replace("内部事务", "内容事物"));
    expect(rowsOf(parseText(text).report, "applications")).toEqual(
      expectedRows(["withheldInternalAffairs"]),
    );
    expect(codes(text)).toEqual([]);
  });

  it("two neighbouring rows misprinted: their place leaves two rows, neither is read", () => {
    let text = replaced(original, ROW5, ROW5.replace("内部事务", "内容事务"));
    text = replaced(text, ROW6, ROW6.replace("过程性", "过程化"));
    expect(rowsOf(parseText(text).report, "applications")).toEqual(
      expectedRows(["withheldInternalAffairs", "withheldProcessInformation"]),
    );
    expect(codes(text)).toEqual([]);
  });

  it("without its ordinal: not read", () => {
    const text = replaced(
      original,
      ROW5,
      ROW5.replace("5. 属于三类内部事务信息", "属于三类内容事务信息"),
    );
    expect(rowsOf(parseText(text).report, "applications")["withheldInternalAffairs"]).toBe(
      "?|?|?|?|?|?|?",
    );
    expect(codes(text)).toEqual([]);
  });

  it("its ordinal fused to a value before it: not read", () => {
    // The row above's last cell and the ordinal as one word (`25.属于…`): which digit is the
    // ordinal the text does not say.
    const text = replaced(
      original,
      `| 4. 保护第三方合法权益 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n${ROW5}`,
      "| 4. 保护第三方合法权益 | 2 | 0 | 0 | 0 | 0 | 0 | 25.属于三类内容事务信息 | 13 | 0 | 0 | 0 | 0 | 0 | 13 |",
    );
    expect(codes(text)).toEqual([]);
  });

  it("its ordinal a value of the row above (no mark after it): not read, the row above kept", () => {
    // Row 4's total is 5 and row 5's label is printed without its ordinal: the 5 before it is a
    // cell, not `5.`. Taken for the ordinal, it was cut from row 4, which was then left unread.
    const row4 = "| 4. 保护第三方合法权益 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |";
    let text = replaced(original, row4, row4.replaceAll("2", "5"));
    text = replaced(text, ROW5, ROW5.replace("5. 属于三类内部事务信息", "属于三类内容事务信息"));
    const rows = rowsOf(parseText(text).report, "applications");
    expect(rows["withheldThirdPartyRights"]).toBe("5|0|0|0|0|0|5");
    expect(rows["withheldInternalAffairs"]).toBe("?|?|?|?|?|?|?");
    expect(codes(text)).toEqual([]);
  });

  it("its ordinal with its mark, escaped or full-width: read", () => {
    for (const ordinal of ["5\\.", "５．", "5、"]) {
      const text = replaced(
        original,
        ROW5,
        ROW5.replace("5. 属于三类内部事务信息", `${ordinal}属于三类内容事务信息`),
      );
      expect(rowsOf(parseText(text).report, "applications")).toEqual(expectedRows([]));
      expect(codes(text)).toHaveLength(1);
    }
  });

  it("printed twice in its place: not read", () => {
    const line = ROW5.replace("内部事务", "内容事务");
    const text = replaced(original, ROW5, `${line}\n${line}`);
    expect(codes(text)).toEqual([]);
    expect(rowsOf(parseText(text).report, "applications")["withheldInternalAffairs"]).toBe(
      "?|?|?|?|?|?|?",
    );
  });
});

describe("withMisprintedLabels", () => {
  const spec = (id: string, label: string, data = true): MisprintSpec => ({
    id,
    forms: labelForms([label]),
    optional: false,
    data,
  });
  const hitsOf = (stream: ReturnType<typeof keyStream>, ids: Record<string, string>) =>
    Object.entries(ids).map(([id, word]) => {
      const start = stream.key.indexOf(word);
      return { id, start, end: start + word.length };
    });

  it("leaves unread a word one edit from two rows' labels, or in a place of two rows", () => {
    const text = "1.第一行标签 1 2.甲乙丙丁戊辛 2 3.最后一行标签 4";
    const stream = keyStream(text);
    const hits = hitsOf(stream, { a: "1第一行标签", d: "3最后一行标签" });
    // Row e, elsewhere in the table, is one edit from the word too.
    const twoNear = [
      spec("a", "1.第一行标签"),
      spec("b", "2.甲乙丙丁戊己"),
      spec("d", "3.最后一行标签"),
      spec("e", "2.甲乙丙丁戊庚"),
    ];
    expect(withMisprintedLabels(text, stream, twoNear, hits, undefined)).toBe(hits);
    // Two rows missing between the rows found.
    const twoMissing = [
      spec("a", "1.第一行标签"),
      spec("b", "2.甲乙丙丁戊己"),
      spec("c", "2.另一行的标签"),
      spec("d", "3.最后一行标签"),
    ];
    expect(withMisprintedLabels(text, stream, twoMissing, hits, undefined)).toBe(hits);
    // The row missing is a heading (no values): not read.
    const heading = [
      spec("a", "1.第一行标签"),
      spec("b", "2.甲乙丙丁戊己", false),
      spec("d", "3.最后一行标签"),
    ];
    expect(withMisprintedLabels(text, stream, heading, hits, undefined)).toBe(hits);
  });

  it("takes the one row a place leaves, skipping the local rows around it", () => {
    const specs = [
      spec("a", "1.第一行标签"),
      { ...spec("local", "其他地方行标签"), optional: true },
      spec("b", "2.甲乙丙丁戊己"),
      spec("d", "3.最后一行标签"),
    ];
    const text = "1.第一行标签 1 2.甲乙丙丁戊辛 2 3.最后一行标签 4";
    const stream = keyStream(text);
    const hits = hitsOf(stream, { a: "1第一行标签", d: "3最后一行标签" });
    const read = withMisprintedLabels(text, stream, specs, hits, undefined);
    expect(read.map((hit) => [hit.id, stream.key.slice(hit.start, hit.end)])).toEqual([
      ["a", "1第一行标签"],
      ["b", "2甲乙丙丁戊辛"],
      ["d", "3最后一行标签"],
    ]);
  });
});
