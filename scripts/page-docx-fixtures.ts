/**
 * Makes the Word fixtures of a web page saved as Word (not run by `npm test`; the files are
 * committed): the CMS pages of test/fixtures/cms-page.ts (the 平潭 2021 report as a government
 * site's article, with the site's menu, side list of other years' reports, 上一篇/下一篇 and footer,
 * laid out with divs or framed by a table) converted by LibreOffice to .docx, as an office that
 * keeps its reports by saving the published page in Word would have them:
 *
 *   test/fixtures/docx/cms-page-div.docx
 *   test/fixtures/docx/cms-page-framed.docx
 *
 * Needs `soffice` (Debian: libreoffice-writer-nogui).
 *
 *   npx tsx scripts/page-docx-fixtures.ts
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { divPage, framedPage } from "../test/fixtures/cms-page.js";

const out = resolve(import.meta.dirname, "../test/fixtures/docx");
const work = mkdtempSync(join(tmpdir(), "zfxxgk-page-docx-"));
const profile = join(tmpdir(), "lo-page-docx");
try {
  for (const [name, page] of [
    ["cms-page-div", divPage],
    ["cms-page-framed", framedPage],
  ] as const) {
    const html = join(work, `${name}.html`);
    writeFileSync(html, page);
    execFileSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${profile}`,
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        work,
        html,
      ],
      { stdio: "inherit" },
    );
    copyFileSync(join(work, `${name}.docx`), join(out, `${name}.docx`));
    console.log(`wrote test/fixtures/docx/${name}.docx`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
