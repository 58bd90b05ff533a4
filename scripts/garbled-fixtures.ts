// npx tsx scripts/garbled-fixtures.ts — makes the PDF fixtures whose fonts lack their Unicode maps
// (not run by npm test; the PDFs it writes are committed):
//
//   test/fixtures/pdf/seed-libreoffice-no-tounicode.pdf  glyph numbers read as !"#$%&'()…
//   test/fixtures/pdf/seed-chromium-no-tounicode.pdf     glyph numbers read as Latin letters
//
// Each is the committed PDF of the same name without `-no-tounicode`, every font's `/ToUnicode`
// entry taken out, as some producers write their fonts: the text is drawn as before, and copied
// (or read by pdf.js) it is garble. Needs Debian's qpdf: it writes the file uncompressed (QDF), the
// entries are blanked in place (offsets kept), and qpdf writes it back compressed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

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
} finally {
  rmSync(work, { recursive: true, force: true });
}
