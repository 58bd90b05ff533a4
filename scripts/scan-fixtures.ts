// npx tsx scripts/scan-fixtures.ts — makes the PDF fixture of a scan whose pages carry page
// numbers as text (not run by npm test; the PDF it writes is committed):
//
//   test/fixtures/pdf/scanned-page-numbers.pdf
//
// The pages of seed-chromium.pdf are drawn as pictures (poppler's pdftoppm, 25 dpi grey JPEG, as
// small as a fixture should be), one a page, and printed by Chromium with a footer
// `第 N 页 共 M 页`: a scan to which the program that made the PDF added page numbers, the only
// text the file has. Needs Debian's chromium and poppler-utils.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchChromium } from "../test/system/support.js";

const pdfs = join(resolve(import.meta.dirname, ".."), "test", "fixtures", "pdf");
const work = mkdtempSync(join(tmpdir(), "scan-"));
try {
  const source = join(pdfs, "seed-chromium.pdf");
  execFileSync("pdftoppm", ["-r", "25", "-gray", "-jpeg", source, join(work, "page")]);
  const pictures = readdirSync(work)
    .filter((file) => file.endsWith(".jpg"))
    .sort()
    .map((file) => readFileSync(join(work, file)).toString("base64"));
  const html = `<!doctype html><html><head><style>@page{margin:0}body{margin:0}
img{display:block;width:210mm;height:285mm;break-after:page}</style></head><body>${pictures
    .map((data) => `<img src="data:image/jpeg;base64,${data}">`)
    .join("")}</body></html>`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    const footer = `<div style="font-size:10px;width:100%;text-align:center">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>`;
    const pdf = await page.pdf({
      width: "210mm",
      height: "297mm",
      margin: { top: "0", bottom: "12mm" },
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: footer,
    });
    const out = join(pdfs, "scanned-page-numbers.pdf");
    writeFileSync(out, pdf);
    console.log(out);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
