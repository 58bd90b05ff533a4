/**
 * Builds the browser playground (`npm run build:playground`) into docs/playground/dist/:
 * index.html, its stylesheets, and three classic scripts (not ES modules: Chromium runs no module
 * script from a `file://` page). playground.js is loaded with the page; pdf-reader.js (pdf.js)
 * and docx.js (the Word reader and writer) only when a file or an export needs them.
 *
 * report.css is the stylesheet of the library's standalone page, taken from what `toHTML` writes:
 * the page's CSP (`default-src 'self'`) refuses an embedded `<style>`, and the CSS keeps one
 * source.
 *
 * Prints each file's size; fails when what the page loads at start passes 1 MB.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { createReport, toHTML } from "../src/index.js";
import { licenceSections, packageFolders } from "./notices.js";

const source = join("docs", "playground");
const out = join(source, "dist");

/** What the page loads before anything is opened: the page, its stylesheets, its script. */
const AT_START = ["index.html", "report.css", "playground.css", "playground.js"];
const START_BUDGET = 1024 * 1024;

/** The standalone page's stylesheet, as `toHTML` embeds it (any report gives the same). */
function standaloneStyle(): string {
  const { report } = createReport({ template: "2021", year: 2022, agency: "-" });
  if (report === undefined) throw new Error("createReport made no report");
  const page = toHTML(report, { standalone: true });
  const match = /<style>\n([\s\S]*?)\n<\/style>/.exec(page);
  if (match === null) throw new Error("toHTML's standalone page has no <style> element");
  return `/* The standalone page's stylesheet, written by toHTML (zfxxgk-annual-report). */\n${match[1]}\n`;
}

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    metafile: true,
    entryPoints: {
      playground: join(source, "main.ts"),
      "pdf-reader": join(source, "pdf-chunk.ts"),
      docx: join(source, "docx-chunk.ts"),
    },
    outdir: out,
    bundle: true,
    format: "iife",
    platform: "browser",
    // Browsers of the last years: pdf.js 5 itself needs them (private fields, static blocks).
    target: ["chrome110", "firefox115", "safari16.4"],
    minify: true,
    legalComments: "linked",
    logLevel: "warning",
    // pdf.js names Node modules it imports only in Node, behind a check; the page never reaches them.
    external: ["fs", "http", "https", "url", "zlib", "stream", "path", "module", "canvas"],
  });
  writeFileSync(join(out, "report.css"), standaloneStyle());
  // The scripts carry code of every package they bundle (pdf.js, zod, decimal.js, docx, …): their
  // licences go beside them, with ours.
  writeFileSync(
    join(out, "THIRD-PARTY-NOTICES.md"),
    `# Licences\n\nThis page is zfxxgk-annual-report's playground.\n\n## zfxxgk-annual-report (MIT)\n\n\`\`\`text\n${readFileSync("LICENSE", "utf8").trim()}\n\`\`\`\n\n${licenceSections(packageFolders(result.metafile))}`,
  );
  copyFileSync(join(source, "index.html"), join(out, "index.html"));
  copyFileSync(join(source, "playground.css"), join(out, "playground.css"));

  const size = (file: string) => statSync(join(out, file)).size;
  const files = [...AT_START, "pdf-reader.js", "docx.js"];
  for (const file of files) console.log(`${file.padEnd(16)} ${(size(file) / 1024).toFixed(1)} kB`);
  const atStart = AT_START.reduce((sum, file) => sum + size(file), 0);
  console.log(`loaded at start: ${(atStart / 1024).toFixed(1)} kB (budget 1024 kB)`);
  if (atStart > START_BUDGET) throw new Error("the page's start-up files pass 1 MB");
  // The page refers to its files by name: a renamed output would be a page that loads nothing.
  const html = readFileSync(join(out, "index.html"), "utf8");
  for (const file of ["report.css", "playground.css", "playground.js"]) {
    if (!html.includes(`"${file}"`)) throw new Error(`index.html does not load ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
