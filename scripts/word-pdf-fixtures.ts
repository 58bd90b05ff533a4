/**
 * Makes the PDF fixtures of a Word report saved as PDF (not run by `npm test`; the PDFs are
 * committed). Most reports are published as PDFs an office's Word or WPS saved from its .docx:
 * these are LibreOffice's conversion (`soffice --headless --convert-to pdf`) of the Word fixture of
 * the 平潭 2021 report (test/fixtures/docx/pingtan-2021.docx, read cell for cell by the Word
 * reader's tests), in three forms:
 *
 *   test/fixtures/pdf/pingtan-2021-word-ruled.pdf    every table ruled, fitted to the text width
 *                                                    (as Word's own templates print it)
 *   test/fixtures/pdf/pingtan-2021-word-unruled.pdf  fitted, no ruling line at all
 *   test/fixtures/pdf/pingtan-2021-word-clipped.pdf  ruled, but tables 三 and 四 as wide as the
 *                                                    .docx sets them: wider than the page, so
 *                                                    their last column is cut off at its edge
 *
 * The .docx is changed only in its tables' properties: the borders (`w:tblBorders`, every cell's
 * own `w:tcBorders` removed) and, to fit, the column widths (`w:gridCol`, `w:tcW`, `w:tblW`)
 * scaled to the text width (the page's less its margins). Needs `soffice` (Debian: libreoffice-writer-nogui).
 *
 *   npx tsx scripts/word-pdf-fixtures.ts
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const repo = resolve(import.meta.dirname, "..");
const source = join(repo, "test/fixtures/docx/pingtan-2021.docx");
const out = join(repo, "test/fixtures/pdf");
const work = mkdtempSync(join(tmpdir(), "zfxxgk-word-pdf-"));
const profile = join(tmpdir(), "lo-word-pdf");

const SINGLE = (side: string) =>
  `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
const RULED = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(SINGLE).join("")}</w:tblBorders>`;

/** The page's width less its left and right margins (w:pgSz, w:pgMar), in twentieths of a point. */
function textWidth(document: string): number {
  const page = Number(/<w:pgSz w:w="(\d+)"/.exec(document)?.[1]);
  const left = Number(/<w:pgMar [^>]*w:left="(\d+)"/.exec(document)?.[1]);
  const right = Number(/<w:pgMar [^>]*w:right="(\d+)"/.exec(document)?.[1]);
  if (![page, left, right].every(Number.isFinite)) throw new Error("no page size or margins");
  return page - left - right;
}

/** A table's widths scaled so that its columns sum to the text width (when wider). */
function fitted(table: string, textBlock: number): string {
  const columns = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
  const total = columns.reduce((a, b) => a + b, 0);
  if (total <= textBlock) return table;
  const scale = (width: string) => String(Math.floor((Number(width) * textBlock) / total));
  return table
    .replace(/(<w:gridCol w:w=")(\d+)(")/g, (_, a, w, b) => a + scale(w) + b)
    .replace(/(<w:tcW w:w=")(\d+)(" w:type="dxa")/g, (_, a, w, b) => a + scale(w) + b)
    .replace(/(<w:tblW w:w=")(\d+)(" w:type="dxa")/g, (_, a, _w, b) => a + textBlock + b);
}

function variant(document: string, ruled: boolean, fit: boolean): string {
  let xml = document.replace(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/g, "");
  xml = xml.replace(/<w:tcBorders>[\s\S]*?<\/w:tcBorders>/g, "");
  if (ruled) xml = xml.replace(/<w:tblPr>/g, `<w:tblPr>${RULED}`);
  const width = textWidth(document);
  if (fit) xml = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) => fitted(table, width));
  return xml;
}

const files = unzipSync(new Uint8Array(readFileSync(source)));
const document = strFromU8(files["word/document.xml"]!);
const forms = [
  ["ruled", true, true],
  ["unruled", false, true],
  ["clipped", true, false],
] as const;
try {
  for (const [form, ruled, fit] of forms) {
    const name = `pingtan-2021-word-${form}`;
    const docx = join(work, `${name}.docx`);
    writeFileSync(
      docx,
      zipSync({ ...files, "word/document.xml": strToU8(variant(document, ruled, fit)) }),
    );
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        docx,
      ],
      { stdio: "ignore" },
    );
    copyFileSync(join(work, `${name}.pdf`), join(out, `${name}.pdf`));
    console.log(`wrote test/fixtures/pdf/${name}.pdf`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
