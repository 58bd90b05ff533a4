/**
 * SOURCE_UNREADABLE's reasons: a closed set, each worded by both catalogues, and the zh message
 * free of English whatever technical words a reader keeps in the draft's `detail`.
 */
import { describe, expect, it } from "vitest";
import { fitsEvidence } from "../../src/findings/evidence.js";
import { type FindingDraft, localizeFindings } from "../../src/findings/finding.js";
import { unreadableReasonsEn } from "../../src/findings/messages/en.js";
import { unreadableReasonsZh } from "../../src/findings/messages/zh.js";
import { isUnreadableReason, unreadableReasons } from "../../src/findings/unreadable.js";

/**
 * The names a Chinese sentence may keep in Latin letters: formats and products, as Chinese office
 * staff write them. Anything else of three letters or more is English that leaked in.
 */
const NAMES = new Set([
  "docx",
  "doc",
  "xls",
  "xlsx",
  "wps",
  "ofd",
  "pdf",
  "zip",
  "PDF",
  "HTML",
  "XML",
  "MHT",
  "RTF",
  "OCR",
  "CMap",
  "Unicode",
  "Word",
  "Office",
  "WPS",
]);

/** The runs of three or more ASCII letters in a text that are not among NAMES. */
const english = (text: string) => (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !NAMES.has(w));

/** The message of a reader's draft, with English technical words in `detail` as readers keep. */
function message(format: string, reason: string, locale: "zh" | "en"): string {
  const draft: FindingDraft = {
    code: "SOURCE_UNREADABLE",
    path: [],
    expected: format,
    actual: reason,
    detail: "word/document.xml: damaged (its CRC-32 does not match); Invalid PDF structure.",
  };
  return localizeFindings([draft], { locale })[0]!.message;
}

describe("SOURCE_UNREADABLE reasons", () => {
  it("are worded by both catalogues, each reason its own words", () => {
    for (const words of [unreadableReasonsZh, unreadableReasonsEn]) {
      expect(Object.keys(words).sort()).toEqual([...unreadableReasons].sort());
      expect(new Set(Object.values(words)).size).toBe(unreadableReasons.length);
    }
  });

  it("no zh message has English in it beyond the names of formats, whatever the detail", () => {
    const leaks = unreadableReasons.flatMap((reason) =>
      ["docx", "pdf"].flatMap((format) => {
        const text = message(format, reason, "zh");
        return english(text).length === 0 ? [] : [`${reason}: ${text}`];
      }),
    );
    expect(leaks).toEqual([]);
  });

  it("no en message has Chinese in it, and each names its reason's words", () => {
    for (const reason of unreadableReasons) {
      const text = message("pdf", reason, "en");
      expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      expect(text).toBe(`The file could not be read as pdf: ${unreadableReasonsEn[reason]}`);
      expect(message("docx", reason, "zh")).toBe(
        `文件无法作为 docx 读取：${unreadableReasonsZh[reason]}`,
      );
    }
  });

  it("the check finds English that leaks into a zh message (so that it can fail)", () => {
    expect(english("文件无法作为 docx 读取：an empty file")).toEqual(["empty", "file"]);
    expect(english("这是旧版 Office 格式文件（如 doc、xls、wps）")).toEqual([]);
  });

  it("a reason outside the set is no evidence, and gives no words", () => {
    expect(isUnreadableReason("encrypted")).toBe(true);
    expect(isUnreadableReason("encrypted PDF")).toBe(false);
    expect(fitsEvidence({ code: "SOURCE_UNREADABLE", expected: "pdf", actual: "damaged" })).toBe(
      true,
    );
    expect(
      fitsEvidence({ code: "SOURCE_UNREADABLE", expected: "pdf", actual: "damaged PDF" }),
    ).toBe(false);
    expect(message("pdf", "damaged PDF", "zh")).toBe("文件无法作为 pdf 读取");
  });
});
