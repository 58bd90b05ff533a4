/**
 * PDFs whose text is in a font they do not embed, encoded by one of Adobe's CMaps (ReportLab's
 * STSong-Light, as iText writes Chinese: UniGB-UCS2-H): read with pdf.js's CMap files given by
 * `cMaps`, and reported as needing them (`no-cmap`, not a scan) without.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Report, toHTML } from "../../src/index.js";
import { binaryDataFactory, type CMapFiles, cMapVerdict } from "../../src/pdf/cmaps.js";
import { sourceDocumentOf } from "../../src/pdf/document.js";
import { readPdf } from "../../src/pdf/engine.js";
import { parsePdf } from "../../src/pdf.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { rowsOf } from "../read/support.js";
import { fixture, htmlBlocks, squeezed } from "./support.js";

const folder = new URL("../../node_modules/pdfjs-dist/cmaps/", import.meta.url);

/** pdf.js's own CMap files, as the app would give them; the names asked for are kept in `asked`. */
function installed(asked: string[] = []): CMapFiles {
  return (file) => {
    asked.push(file);
    return readFileSync(new URL(file, folder));
  };
}

const cases: readonly [string, Report][] = [
  ["seed-reportlab-stsong.pdf", seedReport],
  ["shanghai-2019-reportlab-stsong.pdf", shanghai2019Report],
];
const tables = ["activeDisclosure", "applications", "reviewsAndLitigation"] as const;

describe.each(cases)("%s (STSong-Light, not embedded)", (name, report) => {
  it("with the CMap files: reads back its page and its report's cells, with no finding", async () => {
    const asked: string[] = [];
    const reading = await readPdf(fixture(name), installed(asked));
    if (!reading.ok) throw new Error(`${reading.reason}: ${reading.detail}`);
    const document = sourceDocumentOf(reading.pages);
    expect(document.blocks.map(squeezed)).toEqual(htmlBlocks(toHTML(report)).map(squeezed));
    // The font's encoding, and the CMap that turns its glyphs back into characters.
    expect(new Set(asked)).toEqual(new Set(["UniGB-UCS2-H.bcmap", "Adobe-GB1-UCS2.bcmap"]));

    const result = await parsePdf(fixture(name), { cMaps: installed() });
    expect(result.report?.year).toBe(report.year);
    expect(result.report?.template).toBe(report.template);
    for (const table of tables) expect(rowsOf(result.report, table)).toEqual(rowsOf(report, table));
    expect(result.findings).toEqual([]);
  });

  it("without them: SOURCE_UNREADABLE no-cmap naming the CMap, not a scan and no partial report", async () => {
    expect(await readPdf(fixture(name))).toMatchObject({
      ok: false,
      reason: "no-cmap",
      detail: "UniGB-UCS2-H",
    });
    const result = await parsePdf(fixture(name), { locale: "en" });
    expect(result.ok).toBe(false);
    expect(result.report).toBeUndefined();
    expect(result.findings).toMatchObject([
      { code: "SOURCE_UNREADABLE", expected: "pdf", actual: "no-cmap" },
    ]);
    expect(result.findings[0]?.message).toContain("CMap");
  });
});

describe("the cMaps option", () => {
  const name = "seed-reportlab-stsong.pdf";

  it("a function that has no such file, or fails, is as none: no-cmap", async () => {
    for (const cMaps of [
      () => undefined,
      () => new Uint8Array(),
      () => Promise.reject(new Error("offline")),
      () => {
        throw new Error("no");
      },
      // A web server's page for a file it does not have: bytes, but no CMap.
      () => new TextEncoder().encode("<!DOCTYPE html><title>404 Not Found</title>"),
    ] as CMapFiles[]) {
      const result = await parsePdf(fixture(name), { cMaps });
      expect(result.findings).toMatchObject([{ code: "SOURCE_UNREADABLE", actual: "no-cmap" }]);
    }
  });

  it("takes an ArrayBuffer, and a promise of one", async () => {
    const buffer = (file: string) => {
      const bytes = readFileSync(new URL(file, folder));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    };
    for (const cMaps of [buffer, async (file: string) => buffer(file)] as CMapFiles[]) {
      const result = await parsePdf(fixture(name), { cMaps });
      expect(result.report?.year).toBe(2022);
      expect(result.findings).toEqual([]);
    }
  });

  it("is not asked for a PDF whose fonts are embedded", async () => {
    const asked: string[] = [];
    const result = await parsePdf(fixture("seed-chromium.pdf"), { cMaps: installed(asked) });
    expect(result.report?.year).toBe(2022);
    expect(asked).toEqual([]);
  });

  it("a value that is no function: OPTION_INVALID, and the file read as without one", async () => {
    const result = await parsePdf(fixture(name), {
      cMaps: "node_modules/pdfjs-dist/cmaps/",
    } as never);
    expect(result.findings).toMatchObject([
      { code: "OPTION_INVALID", path: ["options", "cMaps"] },
      { code: "SOURCE_UNREADABLE", actual: "no-cmap" },
    ]);
    // Also where the bytes are not read at all.
    const empty = await parsePdf(new Uint8Array(), { cMaps: 1 } as never);
    expect(empty.findings.map((f) => f.code)).toEqual(["OPTION_INVALID", "SOURCE_UNREADABLE"]);
    // And where the file is read: the option is no unknown key there.
    const read = await parsePdf(fixture("seed-chromium.pdf"), { cMaps: installed() });
    expect(read.findings).toEqual([]);
  });
});

describe("binaryDataFactory", () => {
  const fetchOf = (files: CMapFiles | undefined, missing = new Set<string>()) => {
    const Factory = binaryDataFactory(files, missing);
    return (kind: unknown, filename: unknown) => new Factory().fetch({ kind, filename });
  };

  it("hands the app only CMap file names, never a path or another kind of file", async () => {
    const asked: string[] = [];
    const names = new Set<string>();
    const fetch = fetchOf((file) => {
      asked.push(file);
      return new Uint8Array([1]);
    }, names);
    for (const [kind, filename] of [
      ["cMapUrl", "../../etc/passwd.bcmap"],
      ["cMapUrl", "/UniGB-UCS2-H.bcmap"],
      ["cMapUrl", "UniGB-UCS2-H"],
      ["cMapUrl", 7],
      ["standardFontDataUrl", "FoxitSans.pfb"],
      ["wasmUrl", "openjpeg.wasm"],
    ] as const) {
      await expect(fetch(kind, filename)).rejects.toThrow();
    }
    expect(asked).toEqual([]);
    expect(await fetch("cMapUrl", "GBK-EUC-H.bcmap")).toEqual(new Uint8Array([1]));
    expect(asked).toEqual(["GBK-EUC-H.bcmap"]);
    expect([...names]).toEqual(["GBK-EUC-H"]);
  });

  it("gives a copy: pdf.js may detach what it is given, and the app's bytes stay the app's", async () => {
    const mine = new Uint8Array([1, 2, 3]);
    const got = await fetchOf(() => mine)("cMapUrl", "GB-EUC-H.bcmap");
    expect(got).toEqual(mine);
    expect(got.buffer).not.toBe(mine.buffer);
  });

  it("keeps the name of each CMap asked for, given or not", async () => {
    const names = new Set<string>();
    const fetch = fetchOf(undefined, names);
    await expect(fetch("cMapUrl", "UniGB-UCS2-H.bcmap")).rejects.toThrow();
    await expect(fetch("cMapUrl", "Adobe-GB1-UCS2.bcmap")).rejects.toThrow();
    expect([...names]).toEqual(["UniGB-UCS2-H", "Adobe-GB1-UCS2"]);
  });
});

describe("cMapVerdict", () => {
  const asked = new Set(["UniGB-UCS2-H"]);

  it("a file whose fonts asked for CMaps and that was left with no ideograph lost its text", () => {
    expect(cMapVerdict(asked, [[], []])).toBe(true);
    // Digits set in another font remain: still no Chinese text.
    expect(cMapVerdict(asked, [["2022", "0"], ["- 1 -"]])).toBe(true);
  });

  it("one whose Chinese text was read is read (a header in a font not embedded lost alone)", () => {
    expect(cMapVerdict(asked, [["1"], ["规章", "0"]])).toBe(false);
  });

  it("no CMap asked for: not this cause (a scan, when there is no text at all)", () => {
    expect(cMapVerdict(new Set(), [[]])).toBe(false);
  });
});
