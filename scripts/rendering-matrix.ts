/**
 * The rendering matrix (not run by `npm test`; needs chromium, soffice and python3 with fontTools):
 * reports whose every cell we know, rendered through the paths a report is really published by,
 * read back, and compared cell for cell with the report itself. A cell read back is right, wrong
 * (a number where the report has another: the failure a data team cannot see) or absent.
 *
 *   npx tsx scripts/rendering-matrix.ts [--only NAME] [--keep DIR] [--box] [--fixtures]
 *   npx tsx scripts/rendering-matrix.ts --corpus [--only NAME] [--keep DIR] [--box] [--json FILE]
 *     [--reread DIR] [--variant NAME]
 *
 * --corpus measures parsePdf on Chromium's prints of real reports with their own values (zeros,
 * blanks and marks as printed), not the five known ones above: every report of
 * test/fixtures/corpus that parseText reads whole (no table or row missing, not truncated), each
 * as read and again with {@link marked} `/`, `—` and blanks laid over it deterministically, printed
 * by Chromium in each of its variants (no other path). Rows are totalled per variant; --json
 * writes every row's wrong and absent cells. --reread DIR reads the PDFs a --corpus run kept in
 * DIR again, printing none: the same pages read by two commits.
 *
 * Paths (each with its variants):
 *   chromium  toHTML(report, {standalone: true}) printed by Chromium's page.pdf() → parsePdf; the
 *             variants are CSS injected after the page's own: no borders, a 120 mm content box
 *             (labels wrap onto several lines), A5, landscape, small and large table fonts, numbers
 *             left- or right-aligned, tables broken across pages every few rows, numbers broken
 *             anywhere in narrow cells (`word-break: break-all`), and combinations;
 *   word      toDocx(report) → LibreOffice → PDF → parsePdf, with the table-property variants of
 *             scripts/word-pdf-fixtures.ts (ruled and fitted, unruled, wider than the page) and an
 *             unruled table squeezed to 70 % of the text width;
 *   copy      Chromium's innerText of the standalone page (what a browser copies) → parseText;
 *   html      the page with Word-like inline noise (span/font runs splitting words, <o:p>,
 *             numeric entities, &nbsp;) → parseHTML;
 *   pdftotext every PDF above through poppler's `pdftotext -layout` (the page laid out as text)
 *             and `pdftotext` (stream order) → parseText: what a data team gets that turns PDFs
 *             into text first (variants named `layout/<path>-<variant>`, `stream/…`).
 *
 * The text is set in Noto Sans CJK SC, or with --box in the box font of
 * scripts/pdf-fixtures/box-font.py (the same widths, so the same layout, and PDFs of a few tens of
 * kilobytes). --keep DIR keeps every rendering there. --fixtures (with --box) copies the
 * renderings that exposed a bug ({@link FIXTURES}) to test/fixtures/pdf/, for test/pdf/matrix.test.ts.
 * Set PYTHON to an interpreter with fontTools.
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { parseDocx, toDocx } from "../src/docx.js";
import {
  fromJSON,
  type ParseResult,
  parseHTML,
  parseText,
  type Report,
  toHTML,
  toJSON,
} from "../src/index.js";
import { parsePdf } from "../src/pdf.js";
import { seedReport } from "../test/fixtures/seed-report.js";
import { shanghai2019Report } from "../test/fixtures/shanghai-2019-report.js";
import { cellsOf } from "../test/support/cells.js";
import { launchChromium } from "../test/system/support.js";
import { wordNoise } from "./html-noise.js";
import { BOX_FAMILY, boxFonts } from "./pdf-fixtures/box-fonts.js";
import { restyledTables, textWidth } from "./word-tables.js";

const repo = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const only = option("--only");
const corpusRun = args.includes("--corpus");
const json = option("--json");
// The PDFs a --corpus run kept (--keep) read again by this commit's parsePdf, none printed.
const reread = corpusRun ? option("--reread") : undefined;
// One Chromium variant only (--corpus).
const variantOnly = corpusRun ? option("--variant") : undefined;
const keep = option("--keep");
const fixtures = args.includes("--fixtures");
const box = fixtures || args.includes("--box");
const work = mkdtempSync(join(tmpdir(), "zfxxgk-matrix-"));
const family = box ? BOX_FAMILY : "Noto Sans CJK SC";

// ---------------------------------------------------------------- the reports and their cells

const corpus = (name: string): Report => {
  const read = parseText(readFileSync(join(repo, "test/fixtures/corpus", name), "utf8"));
  if (read.report === undefined) throw new Error(`${name} does not read`);
  return read.report;
};

async function reports(): Promise<[string, Report][]> {
  const pingtan = await parseDocx(
    new Uint8Array(readFileSync(join(repo, "test/fixtures/docx/pingtan-2021.docx"))),
  );
  if (pingtan.report === undefined) throw new Error("pingtan-2021.docx does not read");
  // (github-004 is the Shanghai 2019 report again, read from its text: not a report of its own.)
  return [
    ["seed", seedReport],
    ["shanghai-2019", shanghai2019Report],
    ["pingtan-2021", pingtan.report],
    ["github-001", corpus("github-001.txt")],
    ["github-008", corpus("github-008.txt")],
  ];
}

/**
 * The report with some of its cells marked the way real reports print cells with nothing to
 * count: the 3rd of every 7 cells `/`, the 5th `—`, the 4th of every 11 blank. Deterministic, so
 * that two runs (and two commits) print the same pages.
 */
function marked(report: Report): Report {
  const json = structuredClone(toJSON(report)) as Record<string, unknown>;
  let index = 0;
  const walk = (node: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(node)) {
      if (value !== null && typeof value === "object" && !("mark" in value)) {
        walk(value as Record<string, unknown>);
        continue;
      }
      const at = index++;
      if (at % 7 === 3) node[key] = { mark: "/" };
      else if (at % 7 === 5) node[key] = { mark: "—" };
      else if (at % 11 === 4) node[key] = null;
    }
  };
  for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"]) {
    walk(json[table] as Record<string, unknown>);
  }
  const read = fromJSON(json);
  if (read.report === undefined) throw new Error("a marked report does not read back");
  return read.report;
}

/** Every corpus report parseText reads whole (no section missing, not truncated), and marked. */
function corpusReports(): [string, Report][] {
  const out: [string, Report][] = [];
  for (const file of readdirSync(join(repo, "test/fixtures/corpus")).sort()) {
    if (!file.endsWith(".txt")) continue;
    const read = parseText(readFileSync(join(repo, "test/fixtures/corpus", file), "utf8"));
    const whole = !read.findings.some((finding) =>
      ["SECTION_MISSING", "PARSE_TRUNCATED", "PARSE_YEAR_UNCERTAIN"].includes(finding.code),
    );
    if (read.report === undefined || !whole) continue;
    const name = file.replace(/\.txt$/, "");
    out.push([name, read.report], [`${name}-marked`, marked(read.report)]);
  }
  return out;
}

// ---------------------------------------------------------------- the variants

interface PrintVariant {
  readonly name: string;
  readonly css: string;
  readonly format?: "A4" | "A5";
  readonly landscape?: boolean;
}

const NO_BORDERS =
  ".zfxxgk-table th,.zfxxgk-table td{border:none!important}.zfxxgk-table td{padding:0.2em 0.6em!important}";
const NARROW = ".zfxxgk-report{max-width:120mm!important;padding:0!important}";
const SPLIT = ".zfxxgk-table tr:nth-child(6n){break-after:page}";
// Many sites' style sheets break table text anywhere (`word-break: break-all`): in a narrow column
// a number wraps within its cell, `10` over `1`.
const LARGE = ".zfxxgk-table,.zfxxgk-table[data-table]{font-size:14pt!important}";
const BREAK_ALL = ".zfxxgk-table td{white-space:normal!important;word-break:break-all!important}";
const printVariants: readonly PrintVariant[] = [
  { name: "ruled", css: "" },
  { name: "no-borders", css: NO_BORDERS },
  { name: "narrow", css: NARROW },
  { name: "narrow-no-borders", css: NARROW + NO_BORDERS },
  { name: "a5", css: "", format: "A5" },
  { name: "a5-no-borders", css: NO_BORDERS, format: "A5" },
  { name: "landscape", css: "", landscape: true },
  { name: "landscape-no-borders", css: NO_BORDERS, landscape: true },
  { name: "small-font", css: ".zfxxgk-table,.zfxxgk-table[data-table]{font-size:7pt!important}" },
  {
    name: "large-font",
    css: ".zfxxgk-table,.zfxxgk-table[data-table]{font-size:14pt!important}.zfxxgk-table td{white-space:normal!important}",
  },
  { name: "left-numbers", css: ".zfxxgk-table td{text-align:left!important}" },
  {
    name: "left-no-borders",
    css: `.zfxxgk-table td{text-align:left!important}${NO_BORDERS}`,
  },
  { name: "right-numbers", css: ".zfxxgk-table td{text-align:right!important}" },
  { name: "split", css: SPLIT },
  { name: "split-no-borders", css: SPLIT + NO_BORDERS },
  { name: "narrow-break-all", css: NARROW + BREAK_ALL },
  { name: "narrow-break-all-no-borders", css: NARROW + BREAK_ALL + NO_BORDERS },
  { name: "narrow-large-break-all", css: NARROW + BREAK_ALL + LARGE },
  { name: "narrow-large-break-all-no-borders", css: NARROW + BREAK_ALL + LARGE + NO_BORDERS },
];

interface WordVariant {
  readonly name: string;
  readonly ruled: boolean;
  /** The share of the text width the tables are fitted to (none: as wide as toDocx sets them). */
  readonly fit?: number;
}

const wordVariants: readonly WordVariant[] = [
  { name: "ruled", ruled: true, fit: 1 },
  { name: "unruled", ruled: false, fit: 1 },
  { name: "clipped", ruled: true },
  { name: "unruled-narrow", ruled: false, fit: 0.7 },
  { name: "ruled-narrow", ruled: true, fit: 0.7 },
];

/**
 * The renderings committed as fixtures (report, path, variant): each read wrong cells before the
 * fix its test names.
 */
const FIXTURES: readonly (readonly [string, string, string])[] = [
  // A blank row's label run into the next row's cell (4.保护第三方合法权益5.属于三类内部事务信息).
  ["shanghai-2019", "chromium", "no-borders"],
  // Three narrow headers' first lines run together (自然人商业科研) over two columns.
  ["shanghai-2019", "word", "unruled"],
  // Two header words of neighbouring columns less than 0.8 em apart (`社会公` `法律服`).
  ["seed", "chromium", "no-borders"],
  // Table 三 broken every six rows, no borders: each page's label edge elsewhere (a column of its
  // own in the joined table), and the last row alone on its page (no table of one line).
  ["seed", "chromium", "split-no-borders"],
  // 120 mm wide, no borders: one row of 三 per page, its label wrapped around its values, the
  // header's lines above it read as prose; a sub-label wrapped beside a group label.
  ["github-008", "chromium", "narrow-no-borders"],
  // Word without ruling lines: a label's rest beside （六） given to the row below; table 二's
  // 行政事业性收费 alone on its page.
  ["seed", "word", "unruled"],
  // 120 mm wide, blank-heavy: a lone row read as a table of its own placed 72 under 其他, and a
  // layout moved sideways placed rows with blanks (6 numbers wrong on the way to the fix).
  ["shanghai-2019", "chromium", "narrow-no-borders"],
];

// ---------------------------------------------------------------- fonts

/** The box fonts (scripts/pdf-fixtures/box-fonts.ts) for the characters of the pages' text. */
function pageFonts(pages: readonly string[]): string {
  const chars = new Set(pages.flatMap((html) => [...html.replace(/<[^>]*>/g, "")]));
  for (const char of "，。、；：（）《》“”—…·") chars.add(char);
  return boxFonts(work, chars);
}

/** The page with one font for all its text and the variant's CSS after the page's own. */
function styled(html: string, css: string): string {
  const faces = box
    ? `@font-face{font-family:${family};src:url(regular.ttf)}@font-face{font-family:${family};font-weight:bold;src:url(bold.ttf)}`
    : "";
  const font = `*{font-family:"${family}"!important}`;
  return html.replace("</head>", `<style>${faces}${font}${css}</style>\n</head>`);
}

// ---------------------------------------------------------------- word

function wordVariant(document: string, variant: WordVariant): string {
  return restyledTables(document, {
    ruled: variant.ruled,
    ...(variant.fit !== undefined && { width: Math.floor(textWidth(document) * variant.fit) }),
  });
}

/** The package with every font its parts name (runs, styles, font table) the box font. */
function boxed(parts: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(parts)) {
    out[name] = name.endsWith(".xml")
      ? strToU8(
          strFromU8(bytes)
            .replace(/(w:(?:ascii|hAnsi|eastAsia|cs)=")[^"]*"/g, `$1${family}"`)
            .replace(/(<w:font w:name=")[^"]*"/g, `$1${family}"`)
            .replace(/<w:altName [^>]*\/>/g, ""),
        )
      : bytes;
  }
  return out;
}

function soffice(file: string, fontconfig: string | undefined): string {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(tmpdir(), "lo-matrix")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      file,
    ],
    {
      stdio: "ignore",
      env: { ...process.env, ...(fontconfig && { FONTCONFIG_FILE: fontconfig }) },
    },
  );
  return file.replace(/\.docx$/, ".pdf");
}

// ---------------------------------------------------------------- comparing

interface Row {
  readonly report: string;
  readonly path: string;
  readonly variant: string;
  readonly right: number;
  readonly wrong: readonly string[];
  readonly absent: number;
  readonly absentCells: readonly string[];
  readonly cells: number;
  readonly year: string;
}

function compare(
  reportName: string,
  path: string,
  variant: string,
  oracle: Report,
  result: ParseResult,
): Row {
  const expected = cellsOf(oracle);
  const read = cellsOf(result.report);
  let right = 0;
  const absentCells: string[] = [];
  const wrong: string[] = [];
  for (const [cell, value] of expected) {
    const got = read.get(cell);
    if (got === undefined) absentCells.push(`${cell}=${value}`);
    else if (got === value) right++;
    else wrong.push(`${cell}: read ${got}, expected ${value}`);
  }
  const year =
    result.report?.year === oracle.year && result.report?.template === oracle.template
      ? "ok"
      : `${result.report?.year}/${result.report?.template}`;
  const absent = absentCells.length;
  return {
    report: reportName,
    path,
    variant,
    right,
    wrong,
    absent,
    absentCells,
    cells: expected.size,
    year,
  };
}

/** The PDF through `pdftotext`, laid out and in stream order, each read by parseText. */
function pdftotextRows(name: string, report: Report, pdf: string, from: string): Row[] {
  return (["layout", "stream"] as const).map((mode) => {
    const args = mode === "layout" ? ["-layout", pdf, "-"] : [pdf, "-"];
    const text = execFileSync("pdftotext", args, { encoding: "utf8", maxBuffer: 1 << 26 });
    writeFileSync(pdf.replace(/\.pdf$/, `.${mode}.txt`), text);
    return compare(name, "pdftotext", `${mode}/${from}`, report, parseText(text));
  });
}

// ---------------------------------------------------------------- the run

type Tab = Awaited<ReturnType<Awaited<ReturnType<typeof launchChromium>>["newPage"]>>;

/** The page with the variant's CSS printed by Chromium to `pdf`. */
async function print(tab: Tab, page: string, name: string, variant: PrintVariant, pdf: string) {
  const file = join(work, `${name}-chromium-${variant.name}.html`);
  writeFileSync(file, styled(page, variant.css));
  await tab.goto(`file://${file}`);
  await tab.evaluate("document.fonts.ready");
  await tab.pdf({
    path: pdf,
    format: variant.format ?? "A4",
    landscape: variant.landscape ?? false,
    margin: { top: "20mm", bottom: "20mm", left: "20mm", right: "20mm" },
    tagged: false,
    outline: false,
  });
}

const launch = launchChromium;

const all = (corpusRun ? corpusReports() : await reports()).filter(
  ([name]) => only === undefined || name === only,
);
const pages = all.map(([, report]) => toHTML(report, { standalone: true }));
const fontconfig = box ? pageFonts(pages) : undefined;
const rows: Row[] = [];
const browser = await launch();
try {
  const tab = await browser.newPage();
  for (const [index, [name, report]] of all.entries()) {
    const page = pages[index]!;
    for (const variant of printVariants) {
      if (variantOnly !== undefined && variant.name !== variantOnly) continue;
      const pdf = join(reread ?? work, `${name}-chromium-${variant.name}.pdf`);
      if (reread === undefined) await print(tab, page, name, variant, pdf);
      else if (!existsSync(pdf)) continue;
      const result = await parsePdf(new Uint8Array(readFileSync(pdf)));
      rows.push(compare(name, "chromium", variant.name, report, result));
      if (!corpusRun) rows.push(...pdftotextRows(name, report, pdf, `chromium-${variant.name}`));
    }
    if (corpusRun) {
      console.error(`read ${name}`);
      continue;
    }
    // What a browser copies: the rendered page's text.
    const file = join(work, `${name}-page.html`);
    writeFileSync(file, styled(page, ""));
    await tab.goto(`file://${file}`);
    const copied = String(await tab.evaluate("document.body.innerText"));
    writeFileSync(join(work, `${name}-copy.txt`), copied);
    rows.push(compare(name, "copy", "innerText", report, parseText(copied)));
    const noisy = wordNoise(page);
    writeFileSync(join(work, `${name}-word-noise.html`), noisy);
    rows.push(compare(name, "html", "word-noise", report, parseHTML(noisy)));

    const files = unzipSync(await toDocx(report));
    const document = strFromU8(files["word/document.xml"]!);
    for (const variant of wordVariants) {
      const docx = join(work, `${name}-word-${variant.name}.docx`);
      const parts = { ...files, "word/document.xml": strToU8(wordVariant(document, variant)) };
      writeFileSync(docx, zipSync(box ? boxed(parts) : parts));
      const pdf = soffice(docx, fontconfig);
      const result = await parsePdf(new Uint8Array(readFileSync(pdf)));
      rows.push(compare(name, "word", variant.name, report, result));
      rows.push(...pdftotextRows(name, report, pdf, `word-${variant.name}`));
    }
    console.error(`read ${name}`);
  }
} finally {
  await browser.close();
  if (fixtures) {
    for (const [report, path, variant] of FIXTURES) {
      if (!all.some(([rendered]) => rendered === report)) continue;
      const name = `${report}-${path}-${variant}.pdf`;
      copyFileSync(join(work, name), join(repo, "test/fixtures/pdf", name));
      console.error(`wrote test/fixtures/pdf/${name}`);
    }
  }
  if (keep !== undefined) {
    mkdirSync(keep, { recursive: true });
    execFileSync("cp", ["-r", `${work}/.`, keep]);
  }
  rmSync(work, { recursive: true, force: true });
}

const pad = (text: string | number, width: number) => String(text).padEnd(width);
console.log(
  `${pad("report", 15)}${pad("path", 10)}${pad("variant", 36)}${pad("cells", 7)}${pad("right", 7)}${pad("wrong", 7)}${pad("absent", 8)}year`,
);
for (const row of rows) {
  console.log(
    `${pad(row.report, 15)}${pad(row.path, 10)}${pad(row.variant, 36)}${pad(row.cells, 7)}${pad(row.right, 7)}${pad(row.wrong.length, 7)}${pad(row.absent, 8)}${row.year}`,
  );
}
const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
console.log(
  `\ntotal: ${sum((r) => r.cells)} cells, ${sum((r) => r.right)} right, ${sum((r) => r.wrong.length)} wrong, ${sum((r) => r.absent)} absent`,
);
// Per path (pdftotext's two modes apart): the totals above mix renderings of unequal difficulty.
const groupOf = (row: Row) =>
  corpusRun
    ? row.variant
    : row.path === "pdftotext"
      ? `pdftotext ${row.variant.split("/")[0]}`
      : row.path;
for (const group of [...new Set(rows.map(groupOf))]) {
  const members = rows.filter((row) => groupOf(row) === group);
  const total = (pick: (row: Row) => number) => members.reduce((t, row) => t + pick(row), 0);
  console.log(
    `${pad(group, 18)}${total((r) => r.cells)} cells, ${total((r) => r.right)} right, ${total((r) => r.wrong.length)} wrong, ${total((r) => r.absent)} absent`,
  );
}
if (json !== undefined) writeFileSync(json, JSON.stringify(rows, null, 1));
for (const row of rows) {
  for (const wrong of row.wrong)
    console.log(`WRONG ${row.report} ${row.path}/${row.variant} ${wrong}`);
}
