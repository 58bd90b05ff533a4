/**
 * A table printed as a picture in a PDF (scripts/pdf-fixtures.ts: the seed page with table 三
 * replaced by Chromium's screenshot of it, printed by Chromium and converted by LibreOffice). The
 * first reading decodes no image and sees none; the file is read again with its images because a
 * table section holds no table, and the picture there is named.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/findings/finding.js";
import { sourceDocumentOf } from "../../src/pdf/document.js";
import { decoded, readPdf } from "../../src/pdf/engine.js";
import { withPictures } from "../../src/pdf/parse.js";
import { tablePictures } from "../../src/pdf/pictures.js";
import { parsePdf } from "../../src/pdf.js";
import { parsed, type Reading } from "../../src/read/text.js";
import { seedReport } from "../fixtures/seed-report.js";
import { fixture, pagesOf } from "./support.js";

const pictured = ["seed-chromium-picture.pdf", "seed-libreoffice-picture.pdf"];

describe.each(pictured)("%s", (name) => {
  it("says table 三 is a picture, not missing, and reads the other tables right", async () => {
    const { ok, report, findings } = await parsePdf(fixture(name));
    expect(ok).toBe(false);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["PARSE_TABLE_IMAGE", ["applications"]],
    ]);
    expect(report?.applications).toBeUndefined();
    expect(report?.activeDisclosure).toEqual(seedReport.activeDisclosure);
    expect(report?.reviewsAndLitigation).toEqual(seedReport.reviewsAndLitigation);
    expect(report?.year).toBe(seedReport.year);
  }, 60_000);

  it("holds its picture where the first reading sees nothing (so the second reading is needed)", async () => {
    // The first reading: no picture on any page, the image left out by pdf.js.
    const pages = await pagesOf(name);
    expect(pages.every((page) => page.pictures === undefined)).toBe(true);
    const again = await readPdf(fixture(name), undefined, true);
    if (!again.ok) throw new Error(again.reason);
    const tables = tablePictures(again.pages).flat();
    expect(tables).toHaveLength(1);
  }, 60_000);
});

describe("a PDF whose tables are all printed", () => {
  it("reads to the same document with its images as without them: it has none", async () => {
    const again = await readPdf(fixture("seed-chromium.pdf"), undefined, true);
    if (!again.ok) throw new Error(again.reason);
    expect(again.pages.every((page) => page.pictures?.length === 0)).toBe(true);
    expect(sourceDocumentOf(again.pages)).toEqual(
      sourceDocumentOf(await pagesOf("seed-chromium.pdf")),
    );
    const { ok, findings } = await parsePdf(fixture("seed-chromium.pdf"));
    expect(ok).toBe(true);
    expect(findings).toEqual([]);
  }, 60_000);
});

describe("withPictures: what the second reading gives", () => {
  const report = { year: 2022 } as never;
  const other = { year: 2021 } as never;
  const finding = (code: string, path: string[], severity = "error") =>
    ({ code, path, severity, message: code }) as unknown as Finding;
  const missing = finding("SECTION_MISSING", ["applications"]);
  const image = finding("PARSE_TABLE_IMAGE", ["applications"]);
  const prose = finding("SECTION_MISSING", ["otherMatters"]);

  it("takes only its PARSE_TABLE_IMAGE, in place of the SECTION_MISSING at that table", () => {
    const first = parsed(report, [prose, missing]);
    // The second reading's report differs (a picture parts the paragraphs around it): not taken.
    const second = parsed(other, [image]);
    const merged = withPictures(first, second);
    expect(merged.report).toBe(report);
    expect(merged.findings).toEqual([prose, image]);
    expect(merged.ok).toBe(false);
    // Nothing to replace: the first reading itself.
    expect(withPictures(first, parsed(other, []))).toBe(first);
  });

  it("keeps the first reading of a compilation read into another number of reports", () => {
    const first: Reading = { ...parsed(report, [missing]), later: [parsed(report, [])] };
    expect(withPictures(first, parsed(report, [image]))).toBe(first);
    const both: Reading = { ...parsed(report, [image]), later: [parsed(report, [image])] };
    const merged = withPictures(first, both);
    expect(merged.findings).toEqual([image]);
    expect(merged.later?.[0]?.findings).toEqual([]);
  });
});

describe("the wait for a page's images", () => {
  const ops = { paintImageXObject: 85, paintImageMaskXObject: 83 };
  const list = {
    fnArray: [85, 83, 1],
    argsArray: [["img_p0_1"], [{ data: "g_d0_img_1" }], []],
  };
  /** A page whose image store answers `get` by the ids in `ready`, and never for the others. */
  const page = (ready: readonly string[]) => {
    const asked: string[] = [];
    const store = {
      get: (id: string, callback: () => void) => {
        asked.push(id);
        if (ready.includes(id)) setTimeout(callback, 1);
      },
    };
    return { asked, page: { objs: store, commonObjs: store } as never };
  };

  it("waits for every image the operator list paints, by its id", async () => {
    const { asked, page: settled } = page(["img_p0_1", "g_d0_img_1"]);
    await decoded(settled, list, ops, 60_000);
    expect(asked).toEqual(["img_p0_1", "g_d0_img_1"]);
  });

  it("gives up after its limit when an image never settles", async () => {
    const { page: stuck } = page(["img_p0_1"]);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outcome = await Promise.race([
      decoded(stuck, list, ops, 20).then(() => "returned"),
      new Promise((resolve) => {
        timer = setTimeout(() => resolve("still waiting"), 5_000);
      }),
    ]);
    clearTimeout(timer);
    expect(outcome).toBe("returned");
  });
});
