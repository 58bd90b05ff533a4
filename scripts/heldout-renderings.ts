// npx tsx scripts/heldout-renderings.ts — prints the held-out saved page of set 1
// (test/fixtures/heldout/shuyang-fgj-2023.html, a real Word-exported CMS page the readers were
// never tuned on) the ways publishers turn such a page into a PDF or a Word file, for
// test/read/heldout-renderings.test.ts (not run by npm test; the files it writes are committed):
//
//   test/fixtures/heldout/renderings/shuyang-fgj-2023-chromium-a4.pdf    Chromium, A4
//   test/fixtures/heldout/renderings/shuyang-fgj-2023-chromium-a5.pdf    Chromium, A5: table 三's
//       merged side column cut by two page breaks, its text printed under the ruled rows
//   test/fixtures/heldout/renderings/shuyang-fgj-2023-chromium-letter-120.pdf  Letter at 120 %
//   test/fixtures/heldout/renderings/shuyang-fgj-2023-libreoffice.docx   LibreOffice's Word file
//
// Only the text's font is changed (the box font of scripts/pdf-fixtures/box-fonts.ts, Noto Sans
// CJK's metrics and character map) and the page's images dropped (they are not saved with it), so
// that the files stay small. (Printed in Noto itself, Chromium's text layer gives Kangxi radicals
// for many ideographs, `⼀、总体情况`, as real published PDFs do; the box font's gives them seldom,
// so test/read/clean.test.ts covers those.) Needs chromium, soffice and python3 with fontTools.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchChromium } from "../test/system/support.js";
import { BOX_FAMILY, boxFonts, sh } from "./pdf-fixtures/box-fonts.js";

const repo = resolve(import.meta.dirname, "..");
const name = "shuyang-fgj-2023";
const out = join(repo, "test", "fixtures", "heldout", "renderings");
const work = mkdtempSync(join(tmpdir(), "zfxxgk-heldout-renderings-"));
const saved = readFileSync(join(repo, "test", "fixtures", "heldout", `${name}.html`), "utf8");
const faces = [
  `@font-face{font-family:${BOX_FAMILY};src:url(regular.ttf)}`,
  `@font-face{font-family:${BOX_FAMILY};font-weight:bold;src:url(bold.ttf)}`,
  `*{font-family:${BOX_FAMILY} !important}`,
].join("");
const html = saved
  .replace(/<img\b[^>]*>/gi, "")
  .replace(/<\/head>/i, `<style>${faces}</style></head>`);
mkdirSync(out, { recursive: true });
const fontconfig = boxFonts(work, [...html.replace(/<[^>]*>/g, "")]);
const file = join(work, `${name}.html`);
writeFileSync(file, html);

const prints = [
  ["a4", "A4", 1],
  ["a5", "A5", 1],
  ["letter-120", "Letter", 1.2],
] as const;
const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  await tab.goto(`file://${file}`);
  await tab.evaluate("document.fonts.ready");
  for (const [suffix, format, scale] of prints) {
    await tab.pdf({
      path: join(out, `${name}-chromium-${suffix}.pdf`),
      format,
      scale,
      printBackground: true,
      tagged: false,
      outline: false,
    });
  }
  sh(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${join(work, "lo-profile")}`,
      "--convert-to",
      "docx:MS Word 2007 XML",
      "--outdir",
      work,
      file,
    ],
    { FONTCONFIG_FILE: fontconfig },
  );
  copyFileSync(join(work, `${name}.docx`), join(out, `${name}-libreoffice.docx`));
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`wrote ${prints.length + 1} renderings to ${out}`);
