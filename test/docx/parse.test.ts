/**
 * parseDocx as a reader: the result of every reader, options read as everywhere, the reason of an
 * unreadable file worded in the requested locale.
 */
import { describe, expect, it } from "vitest";
import { parseDocxMetered } from "../../src/docx/parse.js";
import { parseDocx } from "../../src/docx.js";
import { toHTML, toJSON } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { docx, MC, p, R, W } from "./support.js";

const report = docx(
  p("某镇2022年政府信息公开工作年度报告") + p("一、总体情况") + p("本年度收到申请3件。"),
);

describe("parseDocx", () => {
  it("reads a document through the pipeline", async () => {
    const result = await parseDocx(report);
    expect(result.report?.year).toBe(2022);
    expect(result.report?.overview).toBe("本年度收到申请3件。");
  });

  it("gives no report and one SOURCE_UNREADABLE, worded in the locale", async () => {
    const zh = await parseDocx(new Uint8Array([1, 2, 3]));
    expect(zh).toMatchObject({ ok: false, report: undefined });
    expect(zh.findings).toEqual([
      expect.objectContaining({
        code: "SOURCE_UNREADABLE",
        severity: "error",
        path: [],
        expected: "docx",
        actual: "unknown",
        message: "文件无法作为 docx 读取：无法识别文件格式",
      }),
    ]);
    const en = await parseDocx(new Uint8Array([1, 2, 3]), { locale: "en" });
    expect(en.findings[0]?.message).toBe(
      "The file could not be read as docx: its format is not recognised",
    );
  });

  it("reports bad options once, whether the bytes read or not", async () => {
    const options = { year: "2022", template: "2020", colour: "red" } as never;
    for (const bytes of [report, new Uint8Array([1])]) {
      const { findings } = await parseDocx(bytes, options);
      const invalid = findings.filter((f) => f.code === "OPTION_INVALID").map((f) => f.path);
      expect(invalid).toEqual([
        ["options", "colour"],
        ["options", "year"],
        ["options", "template"],
      ]);
    }
  });

  it("takes severity overrides for SOURCE_UNREADABLE", async () => {
    const result = await parseDocx(new Uint8Array([1]), {
      severity: { SOURCE_UNREADABLE: "warning" },
    });
    expect(result.ok).toBe(true);
    expect(result.report).toBeUndefined();
    expect(result.findings.map((f) => f.severity)).toEqual(["warning"]);
  });

  it("never rejects, whatever it is given, and freezes what it returns", async () => {
    for (const input of [
      null,
      "docx",
      42,
      {},
      new ArrayBuffer(0),
      new Proxy(
        {},
        {
          get: () => {
            throw new Error("x");
          },
        },
      ),
    ]) {
      const result = await parseDocx(input as never);
      expect(result.findings.map((f) => f.code)).toEqual(["SOURCE_UNREADABLE"]);
      expect(Object.isFrozen(result.findings[0])).toBe(true);
    }
  });

  // A hunt of 2026-12-06: bytes whose `length` throws (a getter of their own, a subclass's, a
  // proxy's) rejected the promise: the length was read outside the guard.
  it("reads the bytes of a Uint8Array whose own `length` throws, and never rejects on a proxy of one", async () => {
    const own = new Uint8Array(report);
    Object.defineProperty(own, "length", {
      get: () => {
        throw new Error("length");
      },
    });
    class Odd extends Uint8Array {
      override get length(): number {
        throw new Error("length");
      }
    }
    for (const input of [own, new Odd(report)]) {
      expect((await parseDocx(input)).report?.year).toBe(2022);
    }
    const proxied = await parseDocx(new Proxy(new Uint8Array(report), {}));
    expect(proxied.findings.map((f) => f.code)).toEqual(["SOURCE_UNREADABLE"]);
  });

  it("the metered reading counts its work", () => {
    const meter = { steps: 0 };
    expect(parseDocxMetered(report, undefined, meter).report).toBeDefined();
    expect(meter.steps).toBeGreaterThan(0);
  });
});

describe("parseDocx: a report imported as an HTML chunk (w:altChunk)", () => {
  it("reads the report the chunk's page prints, every table cell as toHTML wrote it", async () => {
    const file = docx('<w:altChunk r:id="rIdPage"/>', {
      namespaces: `xmlns:w="${W}" xmlns:mc="${MC}" xmlns:r="${R}"`,
      files: { "word/page.html": toHTML(seedReport, { standalone: true }) },
      relationships: [`<Relationship Id="rIdPage" Type="${R}/aFChunk" Target="page.html"/>`],
    });
    const result = await parseDocx(file);
    const tables = (json: ReturnType<typeof toJSON>) => ({
      activeDisclosure: json.activeDisclosure,
      applications: json.applications,
      reviewsAndLitigation: json.reviewsAndLitigation,
    });
    expect(result.report && tables(toJSON(result.report))).toEqual(tables(toJSON(seedReport)));
    expect(result.report?.year).toBe(seedReport.year);
  });

  it("reads a report saved by html-docx-js: the page as a web archive (MHTML) chunk", async () => {
    // The package as html-docx-js 0.3.1 writes it: an absolute target, the type by an Override.
    const page = toHTML(seedReport, { standalone: true });
    const archive = [
      "MIME-Version: 1.0",
      'Content-Type: multipart/related;\n    type="text/html";\n    boundary="----=mhtDocumentPart"',
      "\n------=mhtDocumentPart",
      'Content-Type: text/html;\n    charset="utf-8"\nContent-Transfer-Encoding: quoted-printable',
      "Content-Location: file:///C:/fake/document.html",
      "",
      page.replace(/=/g, "=3D"),
      "\n------=mhtDocumentPart--",
    ].join("\n");
    const file = docx('<w:altChunk r:id="htmlChunk"/>', {
      namespaces: `xmlns:w="${W}" xmlns:mc="${MC}" xmlns:r="${R}"`,
      files: { "word/afchunk.mht": archive },
      relationships: [
        `<Relationship Id="htmlChunk" Type="${R}/aFChunk" Target="/word/afchunk.mht"/>`,
      ],
      contentTypes:
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/afchunk.mht" ContentType="message/rfc822"/></Types>',
    });
    const result = await parseDocx(file);
    const json = result.report && toJSON(result.report);
    expect(json?.applications).toEqual(toJSON(seedReport).applications);
    expect(json?.activeDisclosure).toEqual(toJSON(seedReport).activeDisclosure);
    expect(json?.reviewsAndLitigation).toEqual(toJSON(seedReport).reviewsAndLitigation);
  });
});
