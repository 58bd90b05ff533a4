/**
 * The unreadable result that parseDocx and parsePdf share: options read as readDocument reads
 * them, the reason worded in their locale, everything frozen; and the `unexpected` reason when a
 * reader itself stops (a bug), which no bytes reach by design: it is forced here.
 */
import { describe, expect, it, vi } from "vitest";
import { readDocument } from "../../src/read/index.js";
import { unreadableDraft, unreadableResult } from "../../src/read/unreadable.js";

vi.mock("../../src/docx/body.js", () => ({
  readBody: () => {
    throw new Error("a bug in the body reader");
  },
}));
vi.mock("../../src/pdf/document.js", () => ({
  sourceDocumentOf: () => {
    throw new Error("a bug in the page reader");
  },
}));

describe("unreadableResult", () => {
  it("gives no report, the options' findings, then the reason in the options' locale", () => {
    const options = { locale: "en", year: "2022", colour: "red" };
    const result = unreadableResult(
      [unreadableDraft("pdf", "encrypted", "PasswordException")],
      options,
    );
    expect(result.ok).toBe(false);
    expect(result.report).toBeUndefined();
    // The same option findings as a document read with the same options.
    const read = readDocument({ blocks: [] }, options as never).findings;
    expect(result.findings.slice(0, -1)).toEqual(read.filter((f) => f.code === "OPTION_INVALID"));
    expect(result.findings.map((f) => f.path)).toEqual([
      ["options", "colour"],
      ["options", "year"],
      [],
    ]);
    expect(result.findings.at(-1)).toEqual({
      code: "SOURCE_UNREADABLE",
      severity: "error",
      path: [],
      expected: "pdf",
      actual: "encrypted",
      message:
        "The file could not be read as pdf: the file is encrypted and needs a password: save a copy without one",
    });
  });

  it("takes severity overrides, and freezes all it returns", () => {
    const draft = unreadableDraft("docx", "damaged");
    const warned = unreadableResult([draft], { severity: { SOURCE_UNREADABLE: "warning" } });
    expect(warned.ok).toBe(true);
    expect(warned.findings[0]).toMatchObject({
      severity: "warning",
      message: "文件无法作为 docx 读取：文件已损坏",
    });
    expect(Object.isFrozen(warned)).toBe(true);
    expect(Object.isFrozen(warned.findings)).toBe(true);
    expect(Object.isFrozen(warned.findings[0]?.path)).toBe(true);
    expect(unreadableResult([draft], { severity: { SOURCE_UNREADABLE: "off" } }).findings).toEqual(
      [],
    );
  });
});

describe("a reader that stops unexpectedly", () => {
  it("parseDocx says so, as a reason of its own", async () => {
    const { parseDocx } = await import("../../src/docx.js");
    const { docx, p } = await import("../docx/support.js");
    const result = await parseDocx(docx(p("正文")));
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "SOURCE_UNREADABLE",
        expected: "docx",
        actual: "unexpected",
      }),
    ]);
    expect(result.findings[0]?.message).toBe(
      "文件无法作为 docx 读取：读取时意外中断（程序缺陷），请连同文件反馈",
    );
  });

  it("parsePdf says so, as a reason of its own", async () => {
    const { parsePdf } = await import("../../src/pdf.js");
    const { fixture } = await import("../pdf/support.js");
    const result = await parsePdf(fixture("seed-libreoffice.pdf"), { locale: "en" });
    expect(result.findings).toEqual([
      expect.objectContaining({ code: "SOURCE_UNREADABLE", expected: "pdf", actual: "unexpected" }),
    ]);
    expect(result.findings[0]?.message).toBe(
      "The file could not be read as pdf: the reader stopped unexpectedly (a bug): please report it with the file",
    );
  }, 60_000);
});
