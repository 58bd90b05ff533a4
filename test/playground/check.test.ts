import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type BytesReader,
  checkReading,
  countFindings,
  type DocumentReaders,
  exportName,
  type Reading,
  readSource,
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
  validate,
} from "../../src/index.js";
import { corpus } from "../read/support.js";

const seedText = corpus("seed-dacaozhuang-2022").text;
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
  it("adds the rules' findings to the reader's and counts them by severity", async () => {
    const reading = okReading(await read({ kind: "text", text: pingtanText }));
    const result = checkReading(reading, undefined, "zh");
    const rules = validate(reading.report!).findings;
    expect(result.findings).toEqual([...reading.findings, ...rules]);
    expect(result.findings.map((f) => f.code)).toContain("T3_RESULT_TOTAL");
    expect(result.counts).toEqual({
      error: result.findings.filter((f) => f.severity === "error").length,
      warning: result.findings.filter((f) => f.severity === "warning").length,
      info: result.findings.filter((f) => f.severity === "info").length,
    });
    expect(result.counts.error).toBeGreaterThan(0);
    expect(result.instrument).toBe("国办公开办函〔2019〕60号");
  });

  it("a rule finding the reader already gave counts once", async () => {
    const reading = okReading(await read({ kind: "text", text: pingtanText }));
    const rule = validate(reading.report!).findings[0]!;
    const withIt = { ...reading, findings: [...reading.findings, rule] };
    const result = checkReading(withIt, undefined, "zh");
    const same = (f: Finding) => f.code === rule.code && f.path.join() === rule.path.join();
    expect(result.findings.filter(same)).toHaveLength(1);
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
    expect(result.instrument).toBeUndefined();
    expect(result.counts).toEqual(countFindings(finding));
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
      "2 errors · 1 warning · 0 info · template 2021 (国办公开办函〔2021〕30号) · year 2022",
    );
    expect(wordsOf("zh").summary(counts, undefined, undefined, undefined)).toBe(
      "错误 2 项 · 警告 1 项 · 提示 0 项 · 模板未知 · 年度未知",
    );
  });
});
