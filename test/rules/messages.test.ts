import { describe, expect, it } from "vitest";
import type { MessageContext } from "../../src/findings/finding.js";
import { messageEn } from "../../src/findings/messages/en.js";
import { messageZh } from "../../src/findings/messages/zh.js";
import { parseText, ruleCodes, tableLayout, templateVersions, validate } from "../../src/index.js";
import { corpusFiles } from "../read/support.js";

const catalogues = { zh: messageZh, en: messageEn } as const;

// Every combination of the optional parts a check may give.
const variants: Omit<MessageContext, "code" | "where">[] = [
  {},
  { expected: 12, actual: 9 },
  { expected: "≥ 5", actual: 3, detail: "absent" },
  { detail: "mark", actual: "/" },
  { detail: "某镇人民政府" },
  { detail: "某镇人民政府", actual: 2 },
  { detail: "2018", actual: "2019" },
  { detail: "64002047", actual: "64/0/0/2/0/4/70", expected: 1 },
  { expected: "non-negative integer", actual: "-1" },
  { expected: "non-negative decimal, at most 6 decimal places", actual: "0.1234567" },
];

describe("message catalogues", () => {
  for (const [locale, message] of Object.entries(catalogues)) {
    it(`${locale}: every code and every combination of parts gives a sentence with its numbers`, () => {
      for (const code of ruleCodes) {
        for (const parts of variants) {
          const text = message({ code, where: "「WHERE」", ...parts });
          expect(text.length, `${code} ${JSON.stringify(parts)}`).toBeGreaterThan(5);
          expect(text, code).not.toMatch(/undefined|null|\[object Object\]/);
          const numbers = [parts.expected, parts.actual].filter(
            (v) => typeof v === "number" && v !== 1,
          );
          const sentence = [
            "CELL_TYPE",
            "T3_ROW_TOTAL",
            "T3_RESULT_TOTAL",
            "T3_BALANCE",
            "T3_SUBTOTAL",
            "T4_GROUP_TOTAL",
          ].includes(code);
          if (sentence) for (const n of numbers) expect(text, code).toContain(String(n));
        }
      }
    });
  }

  it("the two locales differ for every code", () => {
    for (const code of ruleCodes) {
      const context = { code, where: "X", expected: 3, actual: 2 } as const;
      expect(messageZh(context)).not.toBe(messageEn(context));
    }
  });

  it("zh names the expected type in Chinese", () => {
    expect(
      messageZh({
        code: "CELL_TYPE",
        where: "表三",
        expected: "non-negative integer",
        actual: "-1",
      }),
    ).toBe("表三的值类型不符：应为非负整数，实际为「-1」");
    expect(
      messageZh({
        code: "CELL_TYPE",
        where: "X",
        expected: "non-negative decimal, at most 6 decimal places",
        actual: "1",
      }),
    ).toContain("最多6位小数");
    expect(
      messageZh({ code: "CELL_TYPE", where: "X", expected: "something new", actual: "1" }),
    ).toContain("something new");
  });
});

describe("messages name rows and sections by their printed labels", () => {
  // Every corpus report, read and validated in Chinese: no message may show a key of the
  // canonical JSON (camelCase words like overview, partiallyDisclosed) instead of its label.
  const texts = corpusFiles().map((file) => file.text);
  const keys = new Set(
    templateVersions.flatMap((version) =>
      tableLayout(version).flatMap((table) => [
        table.key,
        ...table.rows.flatMap((row) => [row.key, ...row.columns.map((c) => c.key)]),
      ]),
    ),
  );
  for (const key of ["overview", "problemsAndImprovements", "otherMatters", "preamble"])
    keys.add(key);

  it("in every finding of parseText and validate over the corpus", () => {
    const leaks: string[] = [];
    let messages = 0;
    for (const text of texts) {
      const parsed = parseText(text);
      const findings = [...parsed.findings, ...validate(parsed.report).findings];
      for (const finding of findings) {
        messages++;
        const words = finding.message.match(/[A-Za-z]+/g) ?? [];
        leaks.push(...words.filter((word) => keys.has(word)).map((w) => `${finding.code}: ${w}`));
      }
    }
    expect(messages).toBeGreaterThan(100);
    expect(leaks).toEqual([]);
  });
});
