// npx tsx scripts/cmap-fixtures.ts — makes the PDF fixtures whose text is in a font they do not
// embed (not run by npm test; the PDFs it writes are committed):
//
//   test/fixtures/pdf/seed-reportlab-stsong.pdf           the seed report
//   test/fixtures/pdf/shanghai-2019-reportlab-stsong.pdf  the Shanghai 2019 report
//
// Each report is rendered with toHTML, read back into its blocks (paragraphs and tables with
// their merged cells) and laid out by ReportLab (scripts/cmap-fixtures/layout.py) in STSong-Light,
// as iText and ReportLab write Chinese: the font is not embedded, its text is encoded by Adobe's
// UniGB-UCS2-H CMap, and reading it needs pdf.js's CMap files (parsePdf's `cMaps` option).
// Needs python3 with ReportLab (Debian: python3-reportlab; set PYTHON to another interpreter).
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { type Report, toHTML } from "../src/index.js";
import { htmlDocument } from "../src/read/htmldom.js";
import { seedReport } from "../test/fixtures/seed-report.js";
import { shanghai2019Report } from "../test/fixtures/shanghai-2019-report.js";

const repo = resolve(import.meta.dirname, "..");
const reports: readonly [string, Report][] = [
  ["seed", seedReport],
  ["shanghai-2019", shanghai2019Report],
];

for (const [name, report] of reports) {
  const out = join(repo, "test", "fixtures", "pdf", `${name}-reportlab-stsong.pdf`);
  const blocks = htmlDocument(toHTML(report)).blocks;
  execFileSync(
    process.env["PYTHON"] ?? "python3",
    [join(import.meta.dirname, "cmap-fixtures", "layout.py"), out],
    {
      input: JSON.stringify(blocks),
      stdio: ["pipe", "inherit", "inherit"],
    },
  );
  console.log(out);
}
