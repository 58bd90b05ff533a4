/**
 * Regenerates the Word fixtures in test/fixtures/docx/ (not run by `npm test`): each report is
 * rendered by `toHTML` into a whole HTML page with bordered tables, and LibreOffice converts the page
 * to .docx (`soffice --headless --convert-to docx:"MS Word 2007 XML"`), as a government office's
 * Word would save it. The fixtures are committed; the tests never need LibreOffice.
 *
 *   npx tsx scripts/docx-fixtures.ts
 *
 * Needs `soffice` on the PATH (Debian: libreoffice-writer-nogui). After converting, it checks that
 * LibreOffice wrote merged cells (w:gridSpan, w:vMerge) into every fixture's tables.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { parseText, type Report, toHTML } from "../src/index.js";
import { escapeHTML } from "../src/serialize/html.js";
import { reportTitle } from "../src/serialize/metaLabels.js";
import { seedReport } from "../test/fixtures/seed-report.js";
import { shanghai2019Report } from "../test/fixtures/shanghai-2019-report.js";
import { corpus } from "../test/read/support.js";

const out = resolve("test/fixtures/docx");

/** A whole page around the fragment: a title, UTF-8, and borders so that Word draws the grid. */
function page(report: Report): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHTML(reportTitle(report))}</title>`,
    "<style>table{border-collapse:collapse}th,td{border:1px solid #000;padding:2px 4px}</style>",
    "</head>",
    "<body>",
    toHTML(report),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function corpusReport(name: string): Report {
  const { report } = parseText(corpus(name).text);
  if (report === undefined) throw new Error(`${name}: no report`);
  return report;
}

const sources: readonly (readonly [string, Report])[] = [
  ["seed-2022", seedReport],
  ["shanghai-2019", shanghai2019Report],
  ["pingtan-2021", corpusReport("github-014")],
];

const work = mkdtempSync(join(tmpdir(), "zfxxgk-docx-"));
const profile = join(tmpdir(), "lo-docx");
mkdirSync(out, { recursive: true });
try {
  for (const [name, report] of sources) {
    const html = join(work, `${name}.html`);
    writeFileSync(html, page(report));
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
    const docx = readFileSync(join(work, `${name}.docx`));
    const xml = strFromU8(
      unzipSync(docx, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"]!,
    );
    const count = (pattern: RegExp) => (xml.match(pattern) ?? []).length;
    const found = {
      tables: count(/<w:tbl>/g),
      gridSpan: count(/<w:gridSpan /g),
      vMergeRestart: count(/<w:vMerge w:val="restart"/g),
      vMergeContinue: count(/<w:vMerge\/>|<w:vMerge w:val="continue"/g),
    };
    console.log(name, JSON.stringify(found));
    if (found.tables < 3 || found.gridSpan === 0 || found.vMergeRestart === 0) {
      throw new Error(`${name}: LibreOffice wrote no merged cells`);
    }
    writeFileSync(join(out, `${name}.docx`), docx);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
