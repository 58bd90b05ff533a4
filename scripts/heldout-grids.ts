/**
 * The held-out reports' own tables as HTML, Word and PDF (issue 13: every rendering measured on
 * real reports; not run by `npm test`; needs chromium, soffice and python3 with fontTools).
 *
 *   npx tsx scripts/heldout-grids.ts [--only NAME] [--keep DIR] [--wrong] [--absent] [--spans]
 *
 * Every held-out text whose tables are printed as cell rows (`a | b | c` lines, or tabs; at least
 * {@link MIN_ROWS} lines of three cells or more) is put back into a web page: each run of row
 * lines one `<table>`, each printed cell one `<td>` with its text exactly as printed (local
 * variants of labels, notes, marks; a cell printed blank, `a |  | b`, stays a blank cell), every
 * other line a `<p>`. What the excerpt cannot tell is left out: no spans (a row has as many cells
 * as it prints), and the empty pieces a flattened span leaves at a row's end (`第二十条第(一)项 | |||`)
 * are no cells. That page is then read back the ways such a page reaches a data team:
 *
 *   html        the page → parseHTML
 *   html-noise  the page with Word-like inline noise (scripts/html-noise.ts) → parseHTML
 *   word        the page → LibreOffice (docx) → parseDocx
 *   pdf-a4      the page printed by Chromium on A4 → parsePdf
 *   pdf-narrow  the same with the text 120 mm wide (labels wrap over lines) → parsePdf
 *   pdf-unruled the same on A4 with the tables printed without ruling lines → parsePdf
 *   word-pdf    the docx above → LibreOffice → PDF → parsePdf
 *
 * Each reading is compared with the report's oracle (`NAME.cells.json`: only cells the excerpt
 * printed) as right / wrong / absent, beside the text reader's own reading of the same file (the
 * baseline `text`). `lost` counts the cells the text reader reads right and the rendering does
 * not. Text is set in the box font (scripts/pdf-fixtures/box-fonts.ts: Noto Sans CJK's metrics).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseDocx } from "../src/docx.js";
import { type ParseResult, parseHTML } from "../src/index.js";
import { parsePdf } from "../src/pdf.js";
import { cellsOf, compareCells } from "../test/support/cells.js";
import { HELDOUT_SETS, heldOutDir, heldOutNames, loadHeldOut } from "../test/support/heldout.js";
import { reportText } from "../test/support/reporttext.js";
import { launchChromium } from "../test/system/support.js";
import { blocksOf, pageOfBlocks, printsCellRows, withSpans } from "./heldout-page.js";
import { wordNoise } from "./html-noise.js";
import { BOX_FAMILY, boxFonts } from "./pdf-fixtures/box-fonts.js";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const only = option("--only");
const keep = option("--keep");
const showWrong = args.includes("--wrong");
const showAbsent = args.includes("--absent");
const spans = args.includes("--spans");

// ---------------------------------------------------------------- the renderings

const RENDERINGS = [
  "html",
  "html-noise",
  "word",
  "pdf-a4",
  "pdf-narrow",
  "pdf-unruled",
  "word-pdf",
] as const;
type Rendering = (typeof RENDERINGS)[number];

const FONT_CSS = [
  `@font-face{font-family:${BOX_FAMILY};src:url(regular.ttf)}`,
  `@font-face{font-family:${BOX_FAMILY};font-weight:bold;src:url(bold.ttf)}`,
  `*{font-family:${BOX_FAMILY} !important}`,
  "table{border-collapse:collapse}td{padding:2px 4px}",
].join("");
const NARROW_CSS = "body{max-width:120mm!important;margin:0!important}";
// Tables printed without ruling lines: the PDF's columns come from where the text stands.
const UNRULED_CSS = "table,td{border:none!important}";
const styled = (page: string, css: string) =>
  page.replace("</head>", `<style>${FONT_CSS}${css}</style></head>`);

function soffice(work: string, fontconfig: string, to: string, files: string[]): void {
  if (files.length === 0) return;
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(work, "lo-profile")}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      work,
      ...files,
    ],
    { stdio: "ignore", env: { ...process.env, FONTCONFIG_FILE: fontconfig } },
  );
}

// ---------------------------------------------------------------- the run

interface Case {
  readonly set: string;
  readonly name: string;
  readonly page: string;
}

const cases: Case[] = [];
for (const set of HELDOUT_SETS) {
  for (const name of heldOutNames(set)) {
    if (only !== undefined && name !== only) continue;
    let raw: string;
    try {
      raw = readFileSync(join(heldOutDir(set), `${name}.txt`), "utf8");
    } catch {
      continue;
    }
    const text = reportText(raw);
    if (!printsCellRows(text)) continue;
    const blocks = blocksOf(text);
    cases.push({ set, name, page: pageOfBlocks(spans ? withSpans(blocks) : blocks, name) });
  }
}

const work = mkdtempSync(join(tmpdir(), "zfxxgk-heldout-grids-"));
const fontconfig = boxFonts(work, [...cases.flatMap((c) => [...c.page.replace(/<[^>]*>/g, "")])]);
const readings = new Map<string, Map<Rendering, ParseResult>>();
for (const c of cases) {
  readings.set(c.name, new Map());
  writeFileSync(join(work, `${c.name}.html`), styled(c.page, ""));
  writeFileSync(join(work, `${c.name}-narrow.html`), styled(c.page, NARROW_CSS));
  writeFileSync(join(work, `${c.name}-unruled.html`), styled(c.page, UNRULED_CSS));
  readings.get(c.name)!.set("html", parseHTML(c.page));
  const noisy = wordNoise(c.page);
  writeFileSync(join(work, `${c.name}-noise.html`), noisy);
  readings.get(c.name)!.set("html-noise", parseHTML(noisy));
}

const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  for (const c of cases) {
    for (const [suffix, rendering] of [
      ["", "pdf-a4"],
      ["-narrow", "pdf-narrow"],
      ["-unruled", "pdf-unruled"],
    ] as const) {
      await tab.goto(`file://${join(work, `${c.name}${suffix}.html`)}`);
      await tab.evaluate("document.fonts.ready");
      const pdf = join(work, `${c.name}-chromium${suffix || "-a4"}.pdf`);
      await tab.pdf({
        path: pdf,
        format: "A4",
        printBackground: true,
        tagged: false,
        outline: false,
      });
      readings.get(c.name)!.set(rendering, await parsePdf(new Uint8Array(readFileSync(pdf))));
    }
  }
} finally {
  await browser.close();
}

soffice(
  work,
  fontconfig,
  "docx:MS Word 2007 XML",
  cases.map((c) => join(work, `${c.name}.html`)),
);
const docxDir = join(work, "docx");
mkdirSync(docxDir, { recursive: true });
for (const c of cases) {
  const docx = join(work, `${c.name}.docx`);
  readings.get(c.name)!.set("word", await parseDocx(new Uint8Array(readFileSync(docx))));
  execFileSync("cp", [docx, join(docxDir, `${c.name}.docx`)]);
}
soffice(
  docxDir,
  fontconfig,
  "pdf",
  cases.map((c) => join(docxDir, `${c.name}.docx`)),
);
for (const c of cases) {
  const pdf = join(docxDir, `${c.name}.pdf`);
  readings.get(c.name)!.set("word-pdf", await parsePdf(new Uint8Array(readFileSync(pdf))));
}

// ---------------------------------------------------------------- the tables

interface Count {
  cells: number;
  right: number;
  wrong: number;
  absent: number;
  lost: number;
}
const zero = (): Count => ({ cells: 0, right: 0, wrong: 0, absent: 0, lost: 0 });
const totals = new Map<string, Count>([
  ["text", zero()],
  ...RENDERINGS.map((r) => [r, zero()] as const),
]);
const pad = (text: string | number, width: number) => String(text).padStart(width);
const lines: string[] = [];
for (const rendering of ["text", ...RENDERINGS] as const) {
  lines.push(`\n${rendering}`);
  lines.push(
    `${"report".padEnd(30)}${pad("cells", 6)}${pad("right", 6)}${pad("wrong", 6)}${pad("absent", 7)}${pad("lost", 5)}`,
  );
  for (const c of cases) {
    const held = loadHeldOut(c.set as (typeof HELDOUT_SETS)[number], c.name);
    const expected = new Map(
      Object.entries(held.oracle.cells).map(([k, v]) => [k, JSON.stringify(v)]),
    );
    const result = rendering === "text" ? held.result : readings.get(c.name)!.get(rendering)!;
    const compared = compareCells(cellsOf(result.report), expected);
    const baseline = new Set(held.compared.right);
    const lost = [...baseline].filter((path) => !compared.right.includes(path));
    const total = totals.get(rendering)!;
    total.cells += expected.size;
    total.right += compared.right.length;
    total.wrong += compared.wrong.length;
    total.absent += compared.absent.length;
    total.lost += lost.length;
    lines.push(
      `${c.name.padEnd(30)}${pad(expected.size, 6)}${pad(compared.right.length, 6)}${pad(compared.wrong.length, 6)}${pad(compared.absent.length, 7)}${pad(lost.length, 5)}`,
    );
    if (showWrong) for (const wrong of compared.wrong) lines.push(`    wrong  ${wrong}`);
    if (showAbsent) {
      for (const path of compared.absent) {
        lines.push(`    absent ${path}${baseline.has(path) ? "  (text reads it)" : ""}`);
      }
    }
  }
}
console.log(lines.join("\n"));
console.log(`\ntotals over ${cases.length} reports`);
console.log(
  `${"rendering".padEnd(12)}${pad("cells", 6)}${pad("right", 6)}${pad("wrong", 6)}${pad("absent", 7)}${pad("lost", 5)}   right %`,
);
for (const [rendering, t] of totals) {
  const share = t.cells === 0 ? "-" : ((100 * t.right) / t.cells).toFixed(1);
  console.log(
    `${rendering.padEnd(12)}${pad(t.cells, 6)}${pad(t.right, 6)}${pad(t.wrong, 6)}${pad(t.absent, 7)}${pad(t.lost, 5)}   ${share}`,
  );
}

if (keep !== undefined) {
  mkdirSync(keep, { recursive: true });
  execFileSync("cp", ["-r", `${work}/.`, resolve(keep)]);
}
rmSync(work, { recursive: true, force: true });
