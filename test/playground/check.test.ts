import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BytesReader,
  bySeverity,
  checkReading,
  countFindings,
  type DocumentReaders,
  exportName,
  listItems,
  type Reading,
  readSource,
  unreadCells,
} from "../../docs/playground/check.js";
import { wordsOf } from "../../docs/playground/words.js";
import { parseDocx } from "../../src/docx.js";
import {
  createReport,
  type Finding,
  type ParseResult,
  parseText,
  toHTML,
  toJSON,
  toMarkdown,
  validate,
} from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { corpus } from "../read/support.js";

const seedText = corpus("seed-dacaozhuang-2022").text;

const byKey = (a: Finding, b: Finding) =>
  `${a.code}|${a.path.join(".")}` < `${b.code}|${b.path.join(".")}` ? -1 : 1;

/** A finding of a code and severity, told apart by its path. */
function finding(code: Finding["code"], severity: Finding["severity"], at: number): Finding {
  return { code, severity, path: [at], message: `${code} ${at}` } as Finding;
}
const pingtanText = corpus("github-013").text;

/** Readers that record which were asked for; the Word one is the real parseDocx. */
function readers() {
  const asked: string[] = [];
  const unexpected: BytesReader = async () => {
    throw new Error("not this reader");
  };
  const given: DocumentReaders = {
    docx: async () => {
      asked.push("docx");
      return parseDocx;
    },
    pdf: async () => {
      asked.push("pdf");
      return unexpected;
    },
  };
  return { asked, given };
}

const read = async (source: Parameters<typeof readSource>[0]) =>
  readSource(source, readers().given, "zh");

function okReading(reading: Reading): Extract<Reading, { ok: true }> {
  if (!reading.ok) throw new Error(`refused: ${reading.reason}`);
  return reading;
}

const canonical = (reading: Reading) => JSON.stringify(toJSON(okReading(reading).report!));

describe("readSource", () => {
  it("reads pasted text as parseText does", async () => {
    const reading = okReading(await read({ kind: "text", text: seedText }));
    const direct = parseText(seedText);
    expect(reading.format).toBe("text");
    expect(toJSON(reading.report!)).toEqual(toJSON(direct.report!));
    expect(reading.findings).toEqual(direct.findings);
  });

  it("reads a text file in UTF-8, UTF-16 or GB18030 to the same report", async () => {
    const utf8 = await read({
      kind: "file",
      name: "seed.txt",
      bytes: new TextEncoder().encode(seedText),
    });
    const gb = await read({
      kind: "file",
      name: "seed-gb18030.txt",
      bytes: new Uint8Array(readFileSync(join("test", "fixtures", "seed-gb18030.txt"))),
    });
    const utf16 = await read({
      kind: "file",
      name: "seed.txt",
      bytes: new Uint8Array(Buffer.from(`\uFEFF${seedText}`, "utf16le")),
    });
    expect(okReading(utf8).report?.year).toBe(2022);
    expect(canonical(gb)).toBe(canonical(utf8));
    expect(canonical(utf16)).toBe(canonical(utf8));
  });

  it("reads the HTML of a pasted page (its tables keep their cells) and canonical JSON", async () => {
    const report = parseText(seedText).report!;
    const html = toHTML(report);
    const pasted = okReading(await read({ kind: "text", text: "what the box shows", html }));
    expect(pasted.format).toBe("html");
    expect(toJSON(pasted.report!)).toMatchObject({
      applications: toJSON(report)["applications"] as object,
    });
    const json = okReading(await read({ kind: "text", text: JSON.stringify(toJSON(report)) }));
    expect(json.format).toBe("json");
    expect(toJSON(json.report!)).toEqual(toJSON(report));
  });

  it("hands a .docx to the Word reader only, loading no other", async () => {
    const { asked, given } = readers();
    const bytes = new Uint8Array(readFileSync(join("test", "fixtures", "docx", "seed-2022.docx")));
    const reading = okReading(
      await readSource({ kind: "file", name: "seed-2022.docx", bytes }, given, "en"),
    );
    expect(asked).toEqual(["docx"]);
    expect(reading.format).toBe("docx");
    expect(reading.report?.applications?.newlyReceived?.total).toBe(
      parseText(seedText).report?.applications?.newlyReceived?.total,
    );
  });

  it("a PDF goes to the PDF reader, with the locale", async () => {
    const calls: unknown[] = [];
    const pdf: BytesReader = async (bytes, options): Promise<ParseResult> => {
      calls.push([bytes.length, options]);
      return { ok: true, report: undefined, findings: [] };
    };
    const given: DocumentReaders = { docx: async () => parseDocx, pdf: async () => pdf };
    const bytes = new TextEncoder().encode("%PDF-1.7\n%…");
    const reading = await readSource({ kind: "file", name: "x.bin", bytes }, given, "en");
    expect(reading).toMatchObject({ ok: true, format: "pdf" });
    expect(calls).toEqual([[bytes.length, { locale: "en" }]]);
  });

  it("refuses what no reader takes, saying why", async () => {
    expect(await read({ kind: "text", text: "  \n " })).toEqual({ ok: false, reason: "empty" });
    expect(await read({ kind: "file", name: "a.txt", bytes: new Uint8Array() })).toEqual({
      ok: false,
      reason: "empty",
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await read({ kind: "file", name: "a.txt", bytes: png })).toEqual({
      ok: false,
      reason: "binary",
      what: "png",
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await read({ kind: "file", name: "a.doc", bytes: ole })).toEqual({
      ok: false,
      reason: "unsupported",
      format: "doc",
    });
  });
});

describe("checkReading", () => {
  it("keeps the rules' findings (the report's problems) apart from the reader's, each counted", async () => {
    const reading = okReading(await read({ kind: "text", text: pingtanText }));
    const result = checkReading(reading, undefined, "zh");
    const rules = validate(reading.report!).findings;
    expect(result.findings).toEqual([...reading.findings, ...rules]);
    expect([...result.problems].sort(byKey)).toEqual([...rules].sort(byKey));
    expect([...result.reading].sort(byKey)).toEqual([...reading.findings].sort(byKey));
    expect(result.problems.map((f) => f.code)).toContain("T3_RESULT_TOTAL");
    expect(result.reading.map((f) => f.code)).not.toContain("T3_RESULT_TOTAL");
    const count = (list: readonly Finding[], severity: Finding["severity"]) =>
      list.filter((f) => f.severity === severity).length;
    expect(result.counts).toEqual({
      error: count(rules, "error"),
      warning: count(rules, "warning"),
      info: count(rules, "info"),
    });
    expect(result.readingCounts).toEqual({
      error: count(reading.findings, "error"),
      warning: count(reading.findings, "warning"),
      info: count(reading.findings, "info"),
    });
    // 平潭 2020: the two real errors are the report's; the unread cells (glued digits no split
    // reads, quoted) are the reading's.
    expect(result.counts.error).toBe(rules.filter((f) => f.code === "T3_RESULT_TOTAL").length);
    expect(result.problems.some((f) => f.code.startsWith("PARSE_"))).toBe(false);
    expect(result.reading.filter((f) => f.code.startsWith("PARSE_CELL_")).length).toBeGreaterThan(
      0,
    );
    expect(result.instrument).toBe("国办公开办函〔2019〕60号");
  });

  it("lists errors first, then warnings, then information, each in the order found", () => {
    const severities = fc.constantFrom("error", "warning", "info") as fc.Arbitrary<
      Finding["severity"]
    >;
    fc.assert(
      fc.property(fc.array(severities, { maxLength: 30 }), (list) => {
        const findings = list.map((severity, i) => finding("CELL_BLANK", severity, i));
        const sorted = bySeverity(findings);
        expect([...sorted].sort(byKey)).toEqual([...findings].sort(byKey));
        const rank = { error: 0, warning: 1, info: 2 };
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          expect(rank[a.severity] <= rank[b.severity]).toBe(true);
          if (a.severity === b.severity) expect(a.path[0]! < b.path[0]!).toBe(true);
        }
      }),
    );
  });

  it("a rule finding the reader already gave counts once", async () => {
    const reading = okReading(await read({ kind: "text", text: pingtanText }));
    const rule = validate(reading.report!).findings[0]!;
    const withIt = { ...reading, findings: [...reading.findings, rule] };
    const result = checkReading(withIt, undefined, "zh");
    const same = (f: Finding) => f.code === rule.code && f.path.join() === rule.path.join();
    expect(result.findings.filter(same)).toHaveLength(1);
    // It stays the reader's: a problem of reading, not counted among the report's.
    expect(result.reading.filter(same)).toHaveLength(1);
    expect(result.problems.filter(same)).toHaveLength(0);
  });

  it("counts a subtotal its rows do not add up to (T3_SUBTOTAL, from the reader) among the report's problems", async () => {
    const lines = toMarkdown(seedReport).split("\n");
    const at = lines.findIndex((line) => line.startsWith("| （四）无法提供"));
    lines[at] = "| （四）无法提供 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |";
    const reading = okReading(await read({ kind: "text", text: lines.join("\n") }));
    expect(reading.findings.map((f) => f.code)).toContain("T3_SUBTOTAL");
    const result = checkReading(reading, undefined, "zh");
    const subtotals = (list: readonly Finding[]) => list.filter((f) => f.code === "T3_SUBTOTAL");
    expect(subtotals(result.problems)).toHaveLength(2);
    expect(subtotals(result.reading)).toEqual([]);
    expect(subtotals(result.findings)).toHaveLength(2);
    expect(result.counts.error).toBeGreaterThanOrEqual(2);
    // The quote of the printed row stays a problem of reading.
    expect(result.reading.map((f) => f.code)).toContain("PARSE_EXTRA_ROW");
  });

  it("counts the cells not read, whatever finding says why", async () => {
    const lines = toMarkdown(seedReport).split("\n");
    expect(unreadCells(parseText(lines.join("\n")).report)).toBe(0);
    // Table 三's first row with its label lost: its seven values are quoted at the table
    // (PARSE_CELL_AMBIGUOUS), no PARSE_CELL_UNREADABLE, and its seven cells are not read.
    const at = lines.findIndex((line) => line.startsWith("| 一、本年新收"));
    lines[at] = lines[at]!.replace(/^\|[^|]*\|/, "|  |");
    const reading = okReading(await read({ kind: "text", text: lines.join("\n") }));
    expect(reading.findings.map((f) => f.code)).not.toContain("PARSE_CELL_UNREADABLE");
    const result = checkReading(reading, undefined, "zh");
    expect(result.unreadCells).toBe(7);
    expect(unreadCells(undefined)).toBe(0);
  });

  it("runs the cross-year rules against last year's report when there is one", async () => {
    const reading = okReading(await read({ kind: "text", text: seedText }));
    const { report: lastYear } = createReport({
      template: "2021",
      year: 2021,
      agency: "宁晋县大曹庄镇人民政府",
      applications: {
        newlyReceived: { naturalPerson: 4 },
        disclosed: { naturalPerson: 2 },
        carriedForward: { naturalPerson: 2 },
      },
    });
    const codes = (previous: typeof lastYear | undefined) =>
      checkReading(reading, previous, "en").findings.map((f) => f.code);
    expect(codes(undefined)).not.toContain("CARRY_OVER");
    expect(codes(lastYear)).toContain("CARRY_OVER");
  });

  it("without a report, only the reader's findings", () => {
    const finding = parseText("一、总体情况").findings;
    const result = checkReading(
      { ok: true, format: "text", report: undefined, findings: finding },
      undefined,
      "zh",
    );
    expect(result.findings).toEqual(finding);
    expect(result.reading).toEqual(bySeverity(finding));
    expect(result.problems).toEqual([]);
    expect(result.instrument).toBeUndefined();
    expect(result.readingCounts).toEqual(countFindings(finding));
    expect(result.counts).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe("listItems", () => {
  it("puts the findings of a code that comes often under one item, where the first was", () => {
    const findings = [
      finding("PARSE_CELL_UNREADABLE", "error", 0),
      finding("PARSE_CELLS_RECOVERED", "warning", 1),
      finding("PARSE_CELL_UNREADABLE", "error", 2),
      finding("PARSE_CELL_UNREADABLE", "error", 3),
      finding("PARSE_CELL_UNREADABLE", "error", 4),
      finding("SECTION_MISSING", "error", 5),
    ];
    const items = listItems(findings, 4);
    expect(items.map((i) => (i.kind === "one" ? i.finding.path[0] : i.code))).toEqual([
      "PARSE_CELL_UNREADABLE",
      1,
      5,
    ]);
    const group = items[0]!;
    expect(group.kind === "group" && group.findings.map((f) => f.path[0])).toEqual([0, 2, 3, 4]);
  });

  it("keeps every finding exactly once, in its code's order", () => {
    const codes = fc.constantFrom(
      "PARSE_CELL_UNREADABLE",
      "PARSE_CELLS_RECOVERED",
      "SECTION_MISSING",
    ) as fc.Arbitrary<Finding["code"]>;
    fc.assert(
      fc.property(
        fc.array(codes, { maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        (list, atLeast) => {
          const findings = list.map((code, i) => finding(code, "warning", i));
          const items = listItems(findings, atLeast);
          const flat = items.flatMap((i) => (i.kind === "one" ? [i.finding] : i.findings));
          expect([...flat].sort(byKey)).toEqual([...findings].sort(byKey));
          for (const item of items) {
            const many = findings.filter(
              (f) => f.code === (item.kind === "one" ? item.finding.code : item.code),
            );
            expect(item.kind === "group").toBe(many.length >= atLeast);
            if (item.kind === "group") expect(item.findings).toEqual(many);
          }
        },
      ),
    );
  });
});

describe("exportName and the page's words", () => {
  it("names an export by agency and year, without characters file systems refuse", () => {
    const { report } = createReport({ template: "2021", year: 2022, agency: "某县/某镇 人民政府" });
    expect(exportName(report, "docx")).toBe("某县_某镇_人民政府-2022.docx");
    expect(exportName(undefined, "json")).toBe("report.json");
  });

  it("has the same words in both locales, and a summary with the counts, template and year", () => {
    expect(Object.keys(wordsOf("en")).sort()).toEqual(Object.keys(wordsOf("zh")).sort());
    const counts = { error: 2, warning: 1, info: 0 };
    expect(wordsOf("en").summary(counts, "2021", "国办公开办函〔2021〕30号", 2022)).toBe(
      "Problems in the report: 2 errors · 1 warning · template 2021 (国办公开办函〔2021〕30号) · year 2022",
    );
    expect(wordsOf("zh").summary({ ...counts, info: 3 }, undefined, undefined, undefined)).toBe(
      "报告问题：错误 2 项 · 警告 1 项 · 提示 3 项 · 模板未知 · 年度未知",
    );
  });

  it("says the problems of reading apart, the unread cells first", () => {
    expect(wordsOf("zh").readingSummary(19, 43)).toBe(
      "另有 19 个单元格无法读取（读取问题共 43 项，见下方）。",
    );
    expect(wordsOf("en").readingSummary(1, 3)).toBe(
      "Also, 1 cell could not be read (3 reading problems in all, listed below).",
    );
    expect(wordsOf("en").readingSummary(0, 1)).toBe("Also 1 reading problem, listed below.");
    expect(wordsOf("zh").readingSummary(0, 0)).toBe("");
    expect(wordsOf("zh").group("PARSE_CELLS_RECOVERED", 24)).toBe("24 处数字粘连已按勾稽关系拆分");
    expect(wordsOf("en").group("PARSE_CELL_UNREADABLE", 19)).toBe("19 cells could not be read");
  });

  it("asks for a report when nothing was given, and says a file is empty", () => {
    const empty = { reason: "empty" } as const;
    expect(wordsOf("zh").refused(empty, "text")).toBe("请先粘贴报告文字或打开文件。");
    expect(wordsOf("zh").refused(empty, "file")).toBe("文件是空的。");
    expect(wordsOf("en").refused({ reason: "binary", what: "png" }, "file")).toContain(
      "neither text nor a report document",
    );
  });
});
