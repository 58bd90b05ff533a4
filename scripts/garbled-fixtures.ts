// npx tsx scripts/garbled-fixtures.ts — makes the PDF fixtures whose fonts lack their Unicode maps
// (not run by npm test; the PDFs it writes are committed):
//
//   test/fixtures/pdf/seed-libreoffice-no-tounicode.pdf  glyph numbers read as !"#$%&'()…
//   test/fixtures/pdf/seed-chromium-no-tounicode.pdf     glyph numbers read as Latin letters
//
//   test/fixtures/pdf/seed-weasyprint-gs.pdf            glyph numbers read as (rare) ideographs
//
// Each of the first two is the committed PDF of the same name without `-no-tounicode`, every
// font's `/ToUnicode` entry taken out, as some producers write their fonts: the text is drawn as
// before, and copied (or read by pdf.js) it is garble. Needs Debian's qpdf: it writes the file
// uncompressed (QDF), the entries are blanked in place (offsets kept), and qpdf writes it back
// compressed.
//
// The third is the seed report printed by WeasyPrint (Noto Sans CJK SC) and rewritten by
// Ghostscript (`gs -sDEVICE=pdfwrite`, as a PDF is "optimised" or made PDF/A): gs keeps the CID
// fonts without their maps, and the CIDs, the full font's glyph numbers, read as code points:
// valid ideographs, many rare, among letters of a dozen scripts. Needs weasyprint, gs and the
// Noto CJK fonts (Debian: weasyprint, ghostscript, fonts-noto-cjk).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { toHTML } from "../src/index.js";
import { seedReport } from "../test/fixtures/seed-report.js";

const pdfs = join(resolve(import.meta.dirname, ".."), "test", "fixtures", "pdf");
const work = mkdtempSync(join(tmpdir(), "garbled-"));
try {
  for (const name of ["seed-libreoffice", "seed-chromium"]) {
    const open = join(work, `${name}.qdf.pdf`);
    execFileSync("qpdf", ["--qdf", "--object-streams=disable", join(pdfs, `${name}.pdf`), open]);
    // latin1 keeps every byte as one character, so the blanks keep the offsets of the xref table.
    const text = readFileSync(open, "latin1");
    const blanked = text.replace(/\/ToUnicode \d+ 0 R/g, (entry) => " ".repeat(entry.length));
    if (blanked === text) throw new Error(`${name}.pdf has no /ToUnicode entry`);
    writeFileSync(open, blanked, "latin1");
    const out = join(pdfs, `${name}-no-tounicode.pdf`);
    execFileSync("qpdf", ["--object-streams=generate", open, out]);
    console.log(out);
  }
  const page = join(work, "seed.html");
  writeFileSync(
    page,
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK SC"}table{border-collapse:collapse}td,th{border:1px solid #000}</style></head><body>${toHTML(seedReport)}</body></html>`,
  );
  const printed = join(work, "seed-weasyprint.pdf");
  execFileSync("weasyprint", [page, printed]);
  const out = join(pdfs, "seed-weasyprint-gs.pdf");
  execFileSync("gs", [
    "-q",
    "-dNOPAUSE",
    "-dBATCH",
    "-sDEVICE=pdfwrite",
    `-sOutputFile=${out}`,
    printed,
  ]);
  console.log(out);
} finally {
  rmSync(work, { recursive: true, force: true });
}
