/**
 * The value test, the annotation finder, the word tokens and the annotation mask against
 * straightforward references: each has a fast path over code units (an ideograph that starts no
 * value; a remembered Chinese-character test; one walk over the words; ranges of key offsets
 * instead of a flag a key character), which must agree with the plain definitions on any text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isValueText,
  pipeTokens,
  readCell,
  rowValues,
  stripPunctuation,
  wordTokens,
} from "../../src/read/cells.js";
import { annotationMask, annotations, sentences } from "../../src/read/notes.js";
import { keyStream } from "../../src/text/normalize.js";

// The definition of a value token as docs/reading.md and format-spec describe it: after NFKC and
// trimming, blank, a mark, `?`, a number (signed, decimal, grouped by thousands), a number with a
// unit, or a change written with a sign word.
const MARK_WORDS = ["/", "-", "—", "——", "–", "－", "／", "无", "無", "﹣", "−", "_", "＿"];
function referenceIsValue(text: string): boolean {
  const plain = text.normalize("NFKC").trim();
  return (
    plain === "" ||
    MARK_WORDS.includes(text.trim()) ||
    MARK_WORDS.includes(plain) ||
    plain === "?" ||
    /^[+-]?\d+(\.\d+)?$/.test(plain) ||
    /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain) ||
    /^[+-]?\d+(\.\d+)?\s*(万元|元|件|个|項|项|条|次)$/.test(plain) ||
    /^(增加|增|减少|减|−)\s*\d+\s*(项|項|个)?$/.test(plain) ||
    /^[+-]{2,}\d+(\.\d+)?$/.test(plain)
  );
}

// The characters report cells and labels are made of, and some that NFKC changes (full-width
// digits, a Kangxi radical, a compatibility ideograph).
const PIECES = [
  "0",
  "7",
  "12",
  "１２",
  ",",
  ".",
  "+",
  "-",
  "−",
  " ",
  "\u3000",
  "/",
  "无",
  "無",
  "增",
  "减",
  "加",
  "少",
  "件",
  "项",
  "万元",
  "行政",
  "许可",
  "⽂",
  "\uf900",
  "（",
  "）",
  "(",
  ")",
  "|",
  "指",
  "一",
  "四",
  "?",
  "？",
  "—",
  "_",
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(""));

describe("isValueText", () => {
  it("agrees with the definition on any text of cell characters", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(isValueText(text)).toBe(referenceIsValue(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads sign words and marks that start with an ideograph, and no label", () => {
    expect(["增2", "减少4", "无", "無"].map((text) => isValueText(text))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["行政许可", "增加", "无效", "⽂2"].map((text) => isValueText(text))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("tells a numbered label's words by one scan, without normalising them", () => {
    // Counted work, not time: NFKC and the patterns count eight steps a character.
    const meter = { steps: 0 };
    const label = "1.属于国家秘密";
    expect(isValueText(label, meter)).toBe(false);
    expect(meter.steps).toBeLessThanOrEqual(1 + label.length);
    expect(["404件", "3万元", "增加2", "减少4项", "2 次"].map((text) => isValueText(text))).toEqual(
      [true, true, true, true, true],
    );
  });
});

// The annotations of a text as notes.ts's header defines them, one character at a time with the
// Unicode property tested on each.
function referenceAnnotations(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const open: { at: number; han: boolean }[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (open.length > 0 && at - open[0]!.at > 200) open.length = 0;
    if (char === "|") open.length = 0;
    else if (char === "（" || char === "(") open.push({ at, han: false });
    else if (char === "）" || char === ")") {
      const opened = open.pop();
      if (opened === undefined) continue;
      if (open.length > 0 && opened.han) open[open.length - 1]!.han = true;
      if (open.length === 0 && opened.han) {
        while (spans.length > 0 && spans[spans.length - 1]!.start > opened.at) spans.pop();
        spans.push({ start: opened.at, end: at + 1 });
      }
    } else if (
      open.length > 0 &&
      !"一二三四五六七八九十".includes(char) &&
      /\p{Script=Han}/u.test(char)
    ) {
      open[open.length - 1]!.han = true;
    }
  }
  return spans;
}

describe("annotations", () => {
  it("agrees with the one-character-at-a-time definition", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES, "𠀀", "〇", "々"), { maxLength: 40 }),
        (parts) => {
          const text = parts.join("");
          expect(annotations(text, 0, text.length)).toEqual(referenceAnnotations(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

// The word tokens as they were first written: the region split into lines, each line into words
// at runs of blanks; a line between the first and the last holding one word is a whole cell.
// Each word's own token is the one `wordTokens` gives for that word alone. Digits are set apart
// from the letters after them, unless those are a unit, or a word of one or two letters followed
// on its line by blanks and a digit (a cell's `2注  3`).
function referenceWordTokens(region: string): { text: string; junk: boolean; whole: boolean }[] {
  const isHan = (char: string | undefined) => char !== undefined && /\p{Script=Han}/u.test(char);
  const chars = [...region];
  const spaced = chars
    .map((char, index) => {
      if (!/\d/.test(char) || !isHan(chars[index + 1])) return char;
      const rest = chars.slice(index + 1).join("");
      if (/^(万?元|件|个|项|項|条|次)/.test(rest)) return char;
      let letters = 0;
      while (isHan(chars[index + 1 + letters])) letters++;
      let after = index + 1 + letters;
      let blanks = 0;
      while (" \t\u00a0\u3000".includes(chars[after] ?? "x")) {
        after++;
        blanks++;
      }
      const betweenValues = letters <= 2 && blanks > 0 && /\d/.test(chars[after] ?? "");
      // Kept whole: marked, for the word's token to be read whole below.
      return betweenValues ? `${char}\ue000` : `${char} `;
    })
    .join("");
  // A word kept whole reads as one cell does: its punctuation stripped, junk unless a value. Not
  // through `pipeTokens`, which would split a word holding a `|` (a character like any other here).
  const wholeWord = (word: string) => {
    const text = stripPunctuation(word.trim());
    return text === "" ? [] : [{ text, junk: !isValueText(text) }];
  };
  const tokenOf = (word: string) =>
    word.includes("\ue000") ? wholeWord(word.replace("\ue000", "")) : wordTokens(word);
  const lines = spaced.split("\n");
  return lines.flatMap((line, index) => {
    const words = line
      .split(/\s+/)
      .filter((word) => word !== "")
      .flatMap((word) => tokenOf(word))
      .map((t) => ({ text: t.text, junk: t.junk, whole: false }));
    const wholeLine = index > 0 && index < lines.length - 1;
    return words.length === 1 && wholeLine ? [{ ...words[0]!, whole: true }] : words;
  });
}

describe("wordTokens", () => {
  it("agrees with the split into lines and words, whole cells included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES, "\n", "\n", "\t", "\r", "\u00a0", "元", "三、"), {
          maxLength: 30,
        }),
        (parts) => {
          const region = parts.join("");
          const tokens = wordTokens(region).map((t) => ({
            text: t.text,
            junk: t.junk,
            whole: t.whole === true,
          }));
          expect(tokens).toEqual(referenceWordTokens(region));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("annotationMask", () => {
  it("holds exactly the key characters whose source character lies in an annotation or a sentence", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            ...PIECES,
            "㍻",
            "⑳",
            "\n",
            "（指2019年事项数）",
            "(含自然失效)",
            "。",
            "其中予以公开2件",
            " ",
          ),
          {
            maxLength: 40,
          },
        ),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const text = parts.join("");
          const stream = keyStream(text);
          const length = stream.key.length;
          const fromKey = length === 0 ? 0 : a % length;
          const toKey = length === 0 ? 0 : fromKey + (b % (length - fromKey + 1));
          const ranges = annotationMask(text, stream, fromKey, toKey);
          const spans =
            toKey > fromKey
              ? [
                  ...annotations(text, stream.starts[fromKey]!, stream.ends[toKey - 1]!),
                  ...sentences(text, stream.starts[fromKey]!, stream.ends[toKey - 1]!),
                ]
              : [];
          for (let key = fromKey; key < toKey; key++) {
            const at = stream.starts[key]!;
            const expected = spans.some((span) => span.start <= at && at < span.end);
            let inside = false;
            for (let i = 0; i < ranges.length; i += 2) {
              if (ranges[i]! <= key && key < ranges[i + 1]!) inside = true;
            }
            expect(inside).toBe(expected);
          }
          // In order, none empty, none overlapping, none outside the range.
          for (let i = 0; i < ranges.length; i += 2) {
            expect(ranges[i]!).toBeGreaterThanOrEqual(i === 0 ? fromKey : ranges[i - 1]!);
            expect(ranges[i + 1]!).toBeGreaterThan(ranges[i]!);
            expect(ranges[i + 1]!).toBeLessThanOrEqual(toKey);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("sentences", () => {
  it("are the prose sentences of a line: no pipe, no number standing alone", () => {
    const text = "其中,予以公开2件,部分公开2件。无结转。\n(一)予以公开 | 2 |\n规章 0 0 0。";
    expect(sentences(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
      "其中,予以公开2件,部分公开2件。",
      "无结转。",
    ]);
  });

  it("are none where a cell follows the full stop", () => {
    for (const text of [
      "(一)予以公开(占25%)。 | 2 | 0 |",
      "(一)予以公开(占25%)。   2   0   0",
      "(一)予以公开(占25%)。\n2\n0\n",
      "(一)予以公开(占25%)。\t2\t0",
      "(一)予以公开(占25%)。 / / /",
    ]) {
      expect(sentences(text, 0, text.length)).toEqual([]);
    }
  });

  it("are none for words ending on a full stop at a line's start and counting nothing: a label cell", () => {
    const text = "规章。\n信息内容\n0\n(二)部分公开(只计这一情形。)\n共2件。无结转。";
    expect(sentences(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
      "共2件。",
      "无结转。",
    ]);
  });

  it("are none where a number runs into the next label: a table's values glued together", () => {
    const text = "规章000规范性文件8855698第二十条。予以公开2件(占25%)。";
    expect(sentences(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
      "予以公开2件(占25%)。",
    ]);
  });

  it("end at a line's end too: a clause counting things, not a label's words", () => {
    const text =
      "其中,予以公开2件,\n部分公开2件,其他1件\n(二)部分公开(区分处理的,\n只计这一情形)\n规章  2件  3件\n";
    expect(sentences(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
      "其中,予以公开2件,",
      "部分公开2件,其他1件",
    ]);
  });

  it("start at the range's start, and hold none after its end", () => {
    const text = "共收到8件。予以公开8件。";
    expect(sentences(text, 3, 6).map((s) => text.slice(s.start, s.end))).toEqual(["8件。"]);
  });

  // lastIndexOf with a start of -1 looks at index 0 too: a text opening with 。 (an excerpt cut
  // after a sentence) took it for a full stop before the range and gave an empty sentence there,
  // which withoutAnnotations blanked with a space.
  it("are never empty: a full stop opening the text ends no sentence before it", () => {
    const text = "。如对本报告有疑问,请与办公室联系。\n一、总体情况";
    expect(sentences(text, 0, text.length)).toEqual([{ start: 1, end: 18 }]);
    expect(sentences(text, 0, text.length).every((s) => s.end > s.start)).toBe(true);
  });
});

describe("pipeTokens", () => {
  const texts = (region: string, separated = false) =>
    pipeTokens(region, separated).map((token) => token.text);

  // A page copied as `text |` per cell (tongzhou-2019, yueyang-nanhu-2019 in fixtures/heldout)
  // writes a merged cell's spanned columns as pipes with nothing between them.
  it("drops a run of adjacent pipes after a row's last value: span padding, not blank cells", () => {
    expect(texts(" |\n3 |\n3 |\n|||||||\n")).toEqual(["3", "3"]);
    expect(texts(" | 3 | 3 ||||||\n")).toEqual(["3", "3"]);
    // The row's first value on a line of its own before its first pipe stays.
    expect(texts("…情形）\n  2 ||||\n")).toEqual(["2"]);
  });

  it("keeps blank cells printed in their places, before a value or without a run", () => {
    expect(texts(" |\n|\n|\n0 |\n||\n")).toEqual(["", "", "0"]);
    expect(texts(" | 3 | | |\n")).toEqual(["3", "", ""]);
  });

  // erdao-fwzs-2022 and derong-wjj-2019 (fixtures/heldout4) print a blank cell as a lone `|` on a
  // line of its own and close the row with `||`: the lone pipes are cells, the run is padding.
  it("keeps lone `|` lines before a run as blank cells, dropping only the run", () => {
    expect(texts(" |\n|\n|\n|\n|\n|\n|\n|\n||\n")).toEqual(["", "", "", "", "", "", ""]);
    expect(texts(" |\n0 |\n|\n||\n")).toEqual(["0", ""]);
    expect(texts(" |\n0 |\n||\n")).toEqual(["0"]);
    // Blanks written inline (` | |`) before a run stay dropped: which are padding is not printed.
    expect(texts(" | 0 | ||||||||\n")).toEqual(["0"]);
    expect(texts(" | | | ||\n")).toEqual([]);
  });

  // qu-tongjiju-2023 (fixtures/heldout) with a note inserted after a row's `||` and one of its
  // blank cells' lines dropped: the run was read as blank cells, so six printed cells read seven,
  // 0 landing in 其他 and the 总计 blank (printed: six blanks, 0).
  it("drops the run after a row's last value when words follow it (a note, a header again)", () => {
    expect(texts(" |\n|\n0 |\n||\n单位：件\n")).toEqual(["", "0", "单位：件"]);
    expect(texts(" | 3 | 3 |||| 注\n")).toEqual(["3", "3", "注"]);
    // Between two values a run stays blank cells: it is no padding after the row's end.
    expect(texts(" | 3 ||| 4 |\n")).toEqual(["3", "", "", "4"]);
  });

  // A page's text joined by `|` (BeautifulSoup's get_text("|")) writes each row on its line, a
  // blank cell not at all, and empty elements after the table as lone `|` lines: those made a row
  // of five values for seven cells full, its values placed from the left (a hunt, 2026-12-06).
  it("ends a row written on its line at the line's end: lone `|` lines after it are no cells", () => {
    expect(texts("|1179|1181|1182|1184|1185|\n|\n|\n")).toEqual([
      "1179",
      "1181",
      "1182",
      "1184",
      "1185",
    ]);
    expect(texts("|25|26|27|\n|")).toEqual(["25", "26", "27"]);
    // A blank between pipes of its line is a cell still; a row a cell a line keeps its lone lines.
    expect(texts("| 3 | |\n|\n")).toEqual(["3", ""]);
    expect(texts(" |\n|\n|\n0 |\n|\n")).toEqual(["", "", "0", ""]);
  });

  it("keeps `||` as a blank cell where cells are written `a | b` (tabs made pipes)", () => {
    expect(texts("|1|||", true)).toEqual(["1", "", "", ""]);
    expect(texts("|1|||")).toEqual(["1"]);
  });

  // A table copied from a page (innerText) cut in two, `续表` printed between the parts: the
  // line after a row's last cell was read as more of that cell (`29\n续表`), and 29 was lost.
  it("ends a row's last cell at a line break where cells are written `a | b`", () => {
    expect(texts("|28||||||29\n续表\n", true)).toEqual(["28", "", "", "", "", "", "29", "续表"]);
    expect(texts("|28|29\n注：单位 件\n", true)).toEqual(["28", "29", "注：单位", "件"]);
    // A value on the next line stays a token of its own, as it was.
    expect(texts("|28|29\n30\n", true)).toEqual(["28", "29", "30"]);
    // A value and its unit on two lines is one cell (`137<br>件` in a browser's innerText); a
    // line break in a cell before others on the row ends nothing (the cell's own line break).
    expect(texts("|28|29\n件\n", true)).toEqual(["28", "29\n件"]);
    expect(texts("|137\n件|138|139", true)).toEqual(["137\n件", "138", "139"]);
  });

  // python-docx's rows joined with ` | `: a row ending in a blank cell ends in `| `, and the next
  // row repeats its merged label cells. The blank and the next line's label were one cell of
  // words: the row, a cell short, had `54 | 55` split as glued digits (a hunt, 2026-12-06).
  it("where cells are written `a | b`, a piece blank up to a line break is a blank cell", () => {
    expect(texts(" | 54 | 55 |  | \n三、本年度办理结果 | ", true)).toEqual([
      "54",
      "55",
      "",
      "",
      "三、本年度办理结果",
      "",
    ]);
    expect(texts(" | 54 |\n三、本年度办理结果", true)).toEqual(["54", "", "三、本年度办理结果"]);
    // A value on the next line is no sign of a blank: the line break is a cell's own.
    expect(texts(" | 54 | \n55 | 56", true)).toEqual(["54", "55", "56"]);
    // Nor a value on the next line before words (a cell whose first paragraph is empty, then the
    // next row's label): the value is the cell's, not a blank (a review, 2026-12-06: 45 read blank).
    expect(texts(" | 44 | \n45\n三、本年度办理结果", true)).toEqual([
      "44",
      "45",
      "三、本年度办理结果",
    ]);
    expect(texts(" | 44 | \n45\n三、本年度办理结果 | ", true).slice(0, 2)).toEqual([
      "44",
      "45\n三、本年度办理结果",
    ]);
    // Nor where rows are closed by a pipe: there the last pipe closes the row.
    expect(texts(" | 54 | 55 |\n三、本年度办理结果 |")).toEqual(["54", "55", "三、本年度办理结果"]);
  });
});

describe("rowValues", () => {
  const values = (region: string, count: number) =>
    rowValues(pipeTokens(region, false), count).map((token) => token.text);

  // Lone `|` lines before a `||` run (erdao-fwzs-2022 in fixtures/heldout4) are blank cells while
  // the row has room for them.
  it("keeps lone `|` lines before a run as cells where the row has room for them", () => {
    expect(values(" |\n56 |\n|\n|\n|\n|\n|\n|\n||\n", 7)).toEqual(["56", "", "", "", "", "", ""]);
    expect(values(" |\n|\n|\n||\n", 2)).toEqual(["", ""]);
    // One too many, all after the value: the value's column is the same wherever the extra one is.
    expect(values(" |\n18 |\n|\n|\n||\n", 2)).toEqual(["18", ""]);
  });

  // A blank before the value (a note in a cell of its own, a second label column) and one cell
  // too many: the extra one may be that blank or one after the value, which puts the value in
  // another column. The row is read as it was without the lone lines, a short row.
  it("drops them when they make the row longer than its columns and a blank precedes a value", () => {
    expect(values(" |\n  |\n3 |\n|\n|\n|\n|\n|\n|\n||\n", 7)).toEqual(["", "3"]);
    expect(values(" |\n0 |\n|\n0 |\n|\n|\n||\n", 3)).toEqual(["0", "", "0"]);
    // Without a run the blanks after the last value are the row's as before.
    expect(values(" |\n0 |\n|\n0 |\n|\n", 3)).toEqual(["0", "", "0"]);
  });
});

describe("readCell", () => {
  const change = { key: "change", label: "本年增/减", kind: "signedCount", unit: "" } as const;

  it("reads a number whose sign the copy stuttered (`--253`) as a value that is unreadable", () => {
    expect(isValueText("--253")).toBe(true);
    expect(readCell("--253", change as never)).toEqual({ ok: false });
    expect(readCell("-253", change as never)).toEqual({ ok: true, value: -253 });
  });

  it("reads `_` printed where no number is as a mark, not a number (longhua-zdqy-2020: `规范性文件 _ 3 3`)", () => {
    expect(isValueText("_")).toBe(true);
    expect(readCell("_", change as never)).toEqual({ ok: true, value: { mark: "_" } });
    expect(readCell("＿", change as never)).toEqual({ ok: true, value: { mark: "＿" } });
  });
});
