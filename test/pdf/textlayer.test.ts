/**
 * What a PDF's text layer says (src/pdf/textlayer.ts). A scan whose pages carry a page number as
 * text is `no-text-layer`, as a scan with no text is; a PDF whose fonts lack their Unicode maps
 * has text, but garble: `garbled-text`. Both need OCR first, and neither is read into six missing
 * sections. The fixtures: scanned-page-numbers.pdf (scripts/scan-fixtures.ts: seed-chromium.pdf's
 * pages as pictures, printed by Chromium with a footer `第 N 页 共 5 页`), and seed-libreoffice.pdf
 * and seed-chromium.pdf with every `/ToUnicode` entry taken out (scripts/garbled-fixtures.ts, with
 * Debian's qpdf), and seed-weasyprint-gs.pdf (the seed printed by WeasyPrint, rewritten by
 * Ghostscript: its garble is ideographs, many of them rare).
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { garbledFailure, readPdf } from "../../src/pdf/engine.js";
import {
  bareScan,
  garbledText,
  MAX_BARE_IDEOGRAPHS,
  MAX_WORD_LETTER_SHARE,
  MIN_CHARACTERS,
  MIN_IDEOGRAPH_SHARE,
  MIN_PAGE_CHARACTERS,
  MIN_RARE_IDEOGRAPH_SHARE,
  rareIdeographGarble,
} from "../../src/pdf/textlayer.js";
import { parsePdf } from "../../src/pdf.js";
import { corpusTexts } from "../hostile/support.js";
import { fixture, pagesOf } from "./support.js";

// pdf.js warns on the console about fonts it is not given (the STSong fixtures); not the tests'
// output.
beforeAll(() => {
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(() => {
  vi.restoreAllMocks();
});

const GARBLED = ["seed-libreoffice-no-tounicode.pdf", "seed-chromium-no-tounicode.pdf"];
/** Garble in ideographs: the text layer passes, the reading finds no report. */
const RARE = "seed-weasyprint-gs.pdf";

/** `count` characters: `han` ideographs, the rest garble (Latin Extended letters), over lines of 10. */
function text(count: number, han: number, filler = "ń"): string[][] {
  const characters = "政".repeat(han) + filler.repeat(count - han);
  return [characters.match(/.{1,10}/gu) ?? []];
}

describe("bareScan", () => {
  it("is every page under the characters a report's page has, blanks not counted", () => {
    expect(bareScan([["第 1 页 共 2 页"], ["第 2 页 共 2 页"]])).toBe(true);
    expect(bareScan([[], ["- 2 -"], []])).toBe(true);
    expect(bareScan([])).toBe(true);
    const under = `第1页共3页${"-".repeat(MIN_PAGE_CHARACTERS - 7)}`;
    expect([...under]).toHaveLength(MIN_PAGE_CHARACTERS - 1);
    expect(bareScan([[under, "   \t  "], [under]])).toBe(true);
    // One page of a report's text is enough, among pages of pictures.
    expect(bareScan([[under], [`${under}-`], []])).toBe(false);
  });

  it("a page of a few words is bare only with few ideographs: a stamp is, a title is not", () => {
    const stamp = "宁晋县大曹庄镇人民政府";
    expect([...stamp]).toHaveLength(MAX_BARE_IDEOGRAPHS);
    expect(bareScan([[stamp, "第 1 页"]])).toBe(false); // 13 ideographs
    expect(bareScan([[stamp]])).toBe(true);
    expect(bareScan([["2021年度政府信息公开工作年度报告", "（全文见附件）"]])).toBe(false);
  });

  it("a page holding table 四 alone is no bare page", () => {
    const table = [
      "四、因政府信息公开工作被申请行政复议、行政诉讼情况",
      "行政复议 行政诉讼",
      "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
      "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
      "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
    ];
    expect(bareScan([table])).toBe(false);
  });
});

describe("scanned-page-numbers.pdf", () => {
  it("holds a page number as text on each page, and nothing else", async () => {
    const pages = await pagesOf("seed-chromium.pdf");
    const reading = (await readPdf(fixture("scanned-page-numbers.pdf"))) as { detail?: string };
    expect(reading).toMatchObject({ ok: false, reason: "no-text-layer" });
    expect(reading.detail).toBe(
      `none of its ${pages.length} page(s) has text, but for a few characters on ${pages.length}`,
    );
  });

  it("is SOURCE_UNREADABLE no-text-layer, one finding and no report, as a scan with no text", async () => {
    for (const name of ["scanned-page-numbers.pdf", "scanned.pdf"]) {
      const result = await parsePdf(fixture(name), { locale: "en" });
      expect(result.ok).toBe(false);
      expect(result.report).toBeUndefined();
      expect(result.findings).toMatchObject([
        { code: "SOURCE_UNREADABLE", path: [], expected: "pdf", actual: "no-text-layer" },
      ]);
      expect(result.findings[0]?.message).toContain("a page number or a stamp");
    }
  });
});

describe("garbledText", () => {
  it("counts the non-blank characters of every page and the ideographs among them", () => {
    const garble = garbledText([
      ["!\"#$%&'()*+,-./0123456%&'()*+,-./01278"],
      ['!"9:5+;6<6=->1278?@AB'],
    ]);
    expect(garble).toEqual({ characters: 59, ideographs: 0, sample: "!\"#$%&'()*+,-./0" });
    // Blanks are not characters: the same garble spaced out counts the same.
    expect(
      garbledText([
        ["ń ǣ ø ĸ ", "Ǫ ű"],
        ["\t".repeat(50), "Ů".repeat(36)],
      ]),
    ).toEqual({
      characters: 42,
      ideographs: 0,
      sample: "ńǣøĸǪűŮŮŮŮŮŮŮŮŮŮ",
    });
  });

  it("is garbled under the share of ideographs, not at it", () => {
    const share = MIN_IDEOGRAPH_SHARE * 100;
    expect(garbledText(text(100, share - 1))).toMatchObject({
      characters: 100,
      ideographs: share - 1,
    });
    expect(garbledText(text(100, share))).toBeUndefined();
    expect(garbledText(text(100, 80))).toBeUndefined();
  });

  it("is no garble where ASCII words make half its characters: a page in English", () => {
    const share = MAX_WORD_LETTER_SHARE * 100;
    const words = (letters: number) => [["ab".repeat(letters / 2), "ń".repeat(100 - letters)]];
    expect(garbledText(words(share - 2))).toMatchObject({ characters: 100, ideographs: 0 });
    expect(garbledText(words(share))).toBeUndefined();
    // Letters between symbols are garble's (LibreOffice's fonts: `!"9:5+;6<6=->1278?@AB`).
    expect(garbledText([["a!b\"c#d$e%f&g'h(i)j*k+l,m-n.o/p0q1r2s3t4u5v6w7x8y9z"]])).toMatchObject({
      ideographs: 0,
    });
    const english =
      "The file could not be read as pdf: its text does not decode to Chinese, it needs OCR first.";
    expect(garbledText([[english]])).toBeUndefined();
  });

  it("says nothing of too little text: a scan with a page number stamped as text", () => {
    expect(garbledText([["- 1 -"], ["- 2 -"]])).toBeUndefined();
    expect(garbledText(text(MIN_CHARACTERS - 1, 0))).toBeUndefined();
    expect(garbledText(text(MIN_CHARACTERS, 0))).toMatchObject({ characters: MIN_CHARACTERS });
    expect(garbledText([])).toBeUndefined();
  });

  it("does not call a report garbled: its text, tables and all, is mostly ideographs", () => {
    expect(
      garbledText([
        ["二、主动公开政府信息情况", "规章", "0", "0", "12", "规范性文件", "3", "1", "40"],
      ]),
    ).toBeUndefined();
  });
});

describe.each(GARBLED)("%s", (name) => {
  it("holds garble where its original holds the report: text without a single ideograph", async () => {
    const pages = await pagesOf(name.replace("-no-tounicode", ""));
    const read = (await readPdf(fixture(name))) as { ok: boolean; detail?: string };
    expect(pages.flatMap((page) => page.runs).some((run) => /\p{Script=Han}/u.test(run.text))).toBe(
      true,
    );
    expect(read).toMatchObject({ ok: false, reason: "garbled-text" });
    expect(read.detail).toMatch(/^0 ideographs in \d{4} characters; it reads \S{16}…$/u);
  });

  it("is SOURCE_UNREADABLE garbled-text, one finding and no report, in both languages", async () => {
    for (const [locale, words] of [
      ["zh", "文字无法解码为中文"],
      ["en", "does not decode to Chinese"],
    ] as const) {
      const result = await parsePdf(fixture(name), { locale });
      expect(result.ok).toBe(false);
      expect(result.report).toBeUndefined();
      expect(result.findings).toMatchObject([
        {
          code: "SOURCE_UNREADABLE",
          severity: "error",
          path: [],
          expected: "pdf",
          actual: "garbled-text",
        },
      ]);
      expect(result.findings[0]?.message).toContain(words);
    }
  });
});

describe("rareIdeographGarble", () => {
  /** `count` characters: `rare` of them rare ideographs (Extension A), the rest common ones. */
  const rare = (count: number, rareOnes: number) => text(count, count - rareOnes, "㛻");

  it("counts the non-blank characters, the ideographs and the rare ones among them", () => {
    expect(
      rareIdeographGarble([
        ["㱕侔 ⹁㛻傶䇹ꜝ䇗䷓䈢⟔䕜⪝䋯䄄⛼䇗"],
        ["䈲䥊⼔⹠䄭儬冘㛻傶䇹ꜝ⹠䄭仼僿碠䌖⺙ED[Y儗"],
        ["㱕侔⹁㛻傶䇹ꜝ䇗䷓䈢⟔䕜⪝䋯䄄⛼䇗䈲䥊⼔⹠䄭儬冘㛻傶䇹ꜝ⹠䄭仼僿碠䌖⺙ED[Y儗"],
      ]),
    ).toEqual({
      characters: 80,
      ideographs: 54,
      rare: 32,
      sample: "㱕侔⹁㛻傶䇹ꜝ䇗䷓䈢⟔䕜⪝䋯䄄⛼",
    });
  });

  it("is garbled at the share of rare ideographs, not under it", () => {
    const share = MIN_RARE_IDEOGRAPH_SHARE * 100;
    expect(rareIdeographGarble(rare(100, share))).toMatchObject({ characters: 100, rare: share });
    expect(rareIdeographGarble(rare(100, share - 1))).toBeUndefined();
    expect(rareIdeographGarble(rare(MIN_CHARACTERS - 1, MIN_CHARACTERS - 1))).toBeUndefined();
  });

  it("counts the share among the ideographs: digits read as digits do not dilute it", () => {
    // Ghostscript's garble of a report of six-digit values in WenQuanYi Micro Hei: its digits kept
    // their code points, and its rare ideographs were 0.09 of its characters (0.68 of its
    // ideographs).
    const digits = "1234567890".repeat(6);
    const ideographs = `${"㛻".repeat(MIN_CHARACTERS * MIN_RARE_IDEOGRAPH_SHARE)}${"政".repeat(MIN_CHARACTERS * (1 - MIN_RARE_IDEOGRAPH_SHARE))}`;
    expect(rareIdeographGarble([[digits, ideographs]])).toMatchObject({
      characters: 60 + MIN_CHARACTERS,
      ideographs: MIN_CHARACTERS,
      rare: MIN_CHARACTERS * MIN_RARE_IDEOGRAPH_SHARE,
    });
    // Too few ideographs to say: a Latin text naming a place in a rare one.
    expect(rareIdeographGarble([[digits, "㛻政政"]])).toBeUndefined();
  });

  it("calls no corpus report garbled (a place name's rare ideograph is not garble)", () => {
    expect(corpusTexts.length).toBeGreaterThan(40);
    for (const one of corpusTexts) expect(rareIdeographGarble([[one]])).toBeUndefined();
    expect(rareIdeographGarble([[`${"政".repeat(60)}䶮`]])).toBeUndefined();
  });
});

describe(RARE, () => {
  it("passes the share of ideographs: the text layer alone does not call it garbled", async () => {
    const reading = await readPdf(fixture(RARE));
    expect(reading.ok).toBe(true);
    const texts = reading.ok ? reading.pages.map((page) => page.runs.map((run) => run.text)) : [];
    expect(garbledText(texts)).toBeUndefined();
    const garble = rareIdeographGarble(texts);
    expect(garble?.rare).toBeGreaterThan(100);
    // The failure's detail (kept for debugging, shown by no message) counts the rare ones.
    expect(garbledFailure(garble!).detail).toMatch(
      /^\d+ ideographs \(\d+ of them rare\) in \d+ characters; it reads \S{16}…$/u,
    );
  });

  it("is SOURCE_UNREADABLE garbled-text, one finding and no report, counting the rare ones", async () => {
    const result = await parsePdf(fixture(RARE), { locale: "en" });
    expect(result.ok).toBe(false);
    expect(result.report).toBeUndefined();
    expect(result.findings).toMatchObject([
      { code: "SOURCE_UNREADABLE", path: [], expected: "pdf", actual: "garbled-text" },
    ]);
    expect(result.findings[0]?.message).toContain("does not decode to Chinese");
  });
});

describe("every other PDF fixture", () => {
  it("is not called garbled nor a scan", async () => {
    const dir = fileURLToPath(new URL("../fixtures/pdf/", import.meta.url));
    const others = readdirSync(dir).filter((f) => f.endsWith(".pdf") && !GARBLED.includes(f));
    expect(others.length).toBeGreaterThan(20);
    const reasons: string[] = [];
    for (const name of others) {
      const reading = await readPdf(fixture(name));
      if (!reading.ok) reasons.push(`${name}: ${reading.reason}`);
      // Nor is any text of them garble in rare ideographs, but the one fixture that is.
      else if (rareIdeographGarble(reading.pages.map((page) => page.runs.map((run) => run.text)))) {
        reasons.push(`${name}: rare ideographs`);
      }
    }
    // The files that cannot be read, each for its own reason.
    expect(reasons.sort()).toEqual([
      "encrypted.pdf: encrypted",
      "scanned-page-numbers.pdf: no-text-layer",
      "scanned.pdf: no-text-layer",
      "seed-reportlab-stsong.pdf: no-cmap",
      "seed-weasyprint-gs.pdf: rare ideographs",
      "shanghai-2019-reportlab-stsong.pdf: no-cmap",
    ]);
  }, 120_000);
});
