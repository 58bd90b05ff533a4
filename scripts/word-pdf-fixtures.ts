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
import { restyledTables, textWidth } from "./word-tables.js";

const repo = resolve(import.meta.dirname, "..");
const source = join(repo, "test/fixtures/docx/pingtan-2021.docx");
const out = join(repo, "test/fixtures/pdf");
const work = mkdtempSync(join(tmpdir(), "zfxxgk-word-pdf-"));
const profile = join(tmpdir(), "lo-word-pdf");

function variant(document: string, ruled: boolean, fit: boolean): string {
  return restyledTables(document, {
    ruled,
    ...(fit && { width: textWidth(document), onlyWider: true }),
  });
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
