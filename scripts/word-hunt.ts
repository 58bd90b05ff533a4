/**
 * The Word hunt (not run by `npm test`; needs soffice, and python3 with fontTools for --box): real
 * reports, as Word-like tools print them, saved as PDF by LibreOffice and read back cell for cell.
 * Most government PDFs are exported from Word or WPS; LibreOffice's export is our stand-in.
 *
 *   npx tsx scripts/word-hunt.ts [--only NAME] [--values NAME] [--paths docx,html,html-docx]
 *                                [--keep DIR] [--box] [--cells]
 *
 * Reports: the complete reports of test/fixtures/corpus (github-*.txt, read by parseText), each
 * with its own values and with values as real reports print them:
 *   own     the values as published;
 *   marks   a third of the zero cells printed `/`, a third `—`, the rest 0 (by a hash of the path);
 *   blanks  every row whose cells are all zero left blank, the other zeros as published;
 *   mixed   zero rows `/`, other zeros a mix of 0, `—` and blank.
 *
 * Paths:
 *   docx       toDocx(report) → soffice → PDF → parsePdf, in the table-property variants of
 *              scripts/word-tables.ts: ruled and unruled fitted to the text width, as toDocx sets
 *              them (wider than the page), unruled and ruled fitted to 70 % of it;
 *   html       toHTML(report, {standalone: true}) → soffice (Writer, writer_pdf_Export) → parsePdf;
 *   html-docx  the same page saved as .docx by soffice → parseDocx, and that .docx → PDF → parsePdf.
 *
 * Every cell is right, wrong (a number where the report has another, or another mark) or absent.
 * --cells prints every absent and wrong cell. --box sets the text in the box font of
 * scripts/pdf-fixtures/box-font.py (Noto's widths, so the same layout; small PDFs).
 *
 * --fixtures writes the renderings of {@link FIXTURES} (each read a wrong cell before the fix its
 * test names) as the document the PDF reader laid out (`sourceDocumentOf`), with the cells
 * expected, to test/fixtures/pdf-documents/word-*.{document,expected}.json, for
 * test/read/printed-layouts.test.ts (the PDFs embed Noto's outlines, some 800 kB each); with --box,
 * the PDFs of {@link PDF_FIXTURES} to test/fixtures/pdf/word-hunt-*.pdf, for test/pdf/word.test.ts.
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
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
  parseText,
  type Report,
  toHTML,
  toJSON,
} from "../src/index.js";
import { sourceDocumentOf } from "../src/pdf/document.js";
import { readPdf } from "../src/pdf/engine.js";
import { parsePdf } from "../src/pdf.js";
import { cellsOf } from "../test/support/cells.js";
import { BOX_FAMILY, boxFonts } from "./pdf-fixtures/box-fonts.js";
import { restyledTables, textWidth } from "./word-tables.js";

const repo = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const only = option("--only");
const onlyValues = option("--values");
const paths = (option("--paths") ?? "docx,html,html-docx").split(",");
const keep = option("--keep");
const box = args.includes("--box");
const listCells = args.includes("--cells");
const fixtures = args.includes("--fixtures");
const work = mkdtempSync(join(tmpdir(), "zfxxgk-word-hunt-"));
const profile = join(work, "lo-profile");
const family = box ? BOX_FAMILY : "Noto Sans CJK SC";

// ---------------------------------------------------------------- the reports and their values

function corpusReports(): [string, Report][] {
  const dir = join(repo, "test/fixtures/corpus");
  return readdirSync(dir)
    .filter((file) => /^github-\d+\.txt$/.test(file))
    .map((file): [string, Report | undefined] => [
      file.replace(/\.txt$/, ""),
      parseText(readFileSync(join(dir, file), "utf8")).report,
    ])
    .filter((entry): entry is [string, Report] => entry[1] !== undefined);
}

/** A small stable hash of a cell's path, to choose its printed form without randomness. */
const hash = (text: string) => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

type Rewrite = (value: unknown, path: string, rowZero: boolean) => unknown;

const valueVariants: Record<string, Rewrite | undefined> = {
  own: undefined,
  marks: (value, path) => (value === 0 ? [0, { mark: "/" }, { mark: "—" }][hash(path) % 3] : value),
  blanks: (value, _path, rowZero) => (rowZero ? null : value),
  mixed: (value, path, rowZero) =>
    value !== 0 ? value : rowZero ? { mark: "/" } : [0, { mark: "—" }, null][hash(path) % 3],
};

/** The report with its table cells rewritten; a row is the innermost object of cells. */
function rewritten(report: Report, rewrite: Rewrite): Report {
  const json = structuredClone(toJSON(report)) as Record<string, unknown>;
  const isCell = (value: unknown) =>
    value === null || typeof value !== "object" || "mark" in (value as object);
  const walk = (node: Record<string, unknown>, path: string) => {
    const entries = Object.entries(node);
    const cells = entries.filter(([, value]) => isCell(value));
    const rowZero = cells.length > 0 && cells.every(([, value]) => value === 0);
    for (const [key, value] of entries) {
      if (isCell(value)) node[key] = rewrite(value, `${path}.${key}`, rowZero);
      else walk(value as Record<string, unknown>, `${path}.${key}`);
    }
  };
  for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"]) {
    if (json[table] !== undefined) walk(json[table] as Record<string, unknown>, table);
  }
  const back = fromJSON(json).report;
  if (back === undefined) throw new Error("a rewritten report does not read back");
  return back;
}

// ---------------------------------------------------------------- fonts and soffice

/** Every font a Word package's parts name set to the family (box font or Noto). */
function fonted(parts: Record<string, Uint8Array>): Record<string, Uint8Array> {
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

/** Converts the files (one soffice run for all), each to `<name>.<ext>` in `out`. */
function soffice(files: readonly string[], to: string, out: string, fontconfig?: string): void {
  if (files.length === 0) return;
  const html = files[0]!.endsWith(".html");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      ...(html ? ["--infilter=HTML (StarWriter)"] : []),
      "--convert-to",
      to,
      "--outdir",
      out,
      ...files,
    ],
    {
      stdio: "ignore",
      env: { ...process.env, ...(fontconfig && { FONTCONFIG_FILE: fontconfig }) },
    },
  );
}

/**
 * The standalone page with one font for all its text. LibreOffice's HTML import takes no `*`
 * rule, and sets the page in its default fonts (the measure's); the box font is named element by
 * element.
 */
const styled = (html: string) =>
  html.replace(
    "</head>",
    `<style>*${box ? ",body,h1,h2,h3,p,div,table,th,td,span" : ""}{font-family:"${family}"!important}</style>\n</head>`,
  );

// ---------------------------------------------------------------- the table-property variants

const tableVariants: readonly { name: string; ruled: boolean; fit?: number }[] = [
  { name: "ruled", ruled: true, fit: 1 },
  { name: "unruled", ruled: false, fit: 1 },
  { name: "clipped", ruled: true },
  { name: "unruled-narrow", ruled: false, fit: 0.7 },
  { name: "ruled-narrow", ruled: true, fit: 0.7 },
];

/** The renderings kept as fixtures (report, values, path), with what each read wrong. */
const FIXTURES: readonly (readonly [string, string, string])[] = [
  // Unruled, a label wrapped over two lines with its value `5` set between them, the label's rest
  // taken by the row below: the row read blank (null for 5).
  ["github-004", "own", "html"],
  // `2.没有现成信息—`: a `—` printed against the label, the first column read blank.
  ["github-015", "marks", "html"],
  // `2.申请人逾期未—按收费…`: a `—` at the end of a label's first line, the first column read blank.
  ["github-017", "marks", "html"],
  // A cut label at a page's top (`2.没有现成信`), its rest beside values all `/`: read blank.
  ["github-012", "mixed", "html"],
  // Table 二's `其他对外管理服务事项—`: a `—` printed against the label, the first column read blank.
  ["github-004", "marks", "html"],
];

/**
 * The renderings kept as PDFs in the box font (--fixtures --box), to test/fixtures/pdf/word-hunt-*.pdf:
 * what they exposed is in the PDF reader's runs, before the document `writeFixture` keeps.
 */
const PDF_FIXTURES: readonly (readonly [string, string, string])[] = [
  // Header `商业企业 `: pdf.js's space reached into `科研`'s column; that column was quoted.
  ["github-001", "own", "html"],
  // Table 三 without lines, its rows of zeros blank: the labels of rows printed blank joined the
  // rows of values near them (`二、上年结转…` the row of `一、本年新收…`'s, `1.属于国家秘密` …
  // `4.保护第三方…` that of `5.属于三类…`), rows naming two labels, quoted: 104 cells absent.
  ["github-014", "blanks", "html"],
];

async function writeFixture(pdf: string, stem: string, report: Report): Promise<void> {
  const reading = await readPdf(new Uint8Array(readFileSync(pdf)));
  if (!reading.ok) throw new Error(`${pdf} does not read`);
  const out = join(repo, "test/fixtures/pdf-documents", `word-${stem}`);
  writeFileSync(`${out}.document.json`, JSON.stringify(sourceDocumentOf(reading.pages)));
  writeFileSync(`${out}.expected.json`, JSON.stringify(Object.fromEntries(cellsOf(report))));
  console.error(`wrote ${out}.document.json`);
}

// ---------------------------------------------------------------- comparing

interface Row {
  readonly report: string;
  readonly values: string;
  readonly path: string;
  readonly right: number;
  readonly wrong: readonly string[];
  readonly absent: readonly string[];
  readonly cells: number;
}

function compare(
  report: string,
  values: string,
  path: string,
  oracle: Report,
  result: ParseResult,
): Row {
  const expected = cellsOf(oracle);
  const read = cellsOf(result.report);
  let right = 0;
  const absent: string[] = [];
  const wrong: string[] = [];
  for (const [cell, value] of expected) {
    const got = read.get(cell);
    if (got === undefined) absent.push(`${cell} (${value})`);
    else if (got === value) right++;
    else wrong.push(`${cell}: read ${got}, expected ${value}`);
  }
  return { report, values, path, right, wrong, absent, cells: expected.size };
}

// ---------------------------------------------------------------- the run

const reports: [string, string, Report][] = [];
for (const [name, report] of corpusReports()) {
  if (only !== undefined && name !== only) continue;
  for (const [values, rewrite] of Object.entries(valueVariants)) {
    if (onlyValues !== undefined && values !== onlyValues) continue;
    reports.push([name, values, rewrite === undefined ? report : rewritten(report, rewrite)]);
  }
}
const pages = reports.map(([, , report]) => styled(toHTML(report, { standalone: true })));
// The box font for the pages' characters (with the punctuation the marks and words may bring).
const fontconfig = box
  ? boxFonts(work, [
      ...pages.flatMap((text) => [...text.replace(/<[^>]*>/g, "")]),
      ..."，。、；：（）《》“”—…·／",
    ])
  : undefined;
const rows: Row[] = [];
const pdfs: { file: string; index: number; path: string }[] = [];
const docxOut = join(work, "docx");
const htmlOut = join(work, "html");
mkdirSync(docxOut);
mkdirSync(htmlOut);
try {
  const docxFiles: string[] = [];
  const htmlFiles: string[] = [];
  for (const [index, [name, values, report]] of reports.entries()) {
    const stem = `${name}-${values}`;
    if (paths.includes("docx")) {
      const files = unzipSync(await toDocx(report));
      const document = strFromU8(files["word/document.xml"]!);
      for (const variant of tableVariants) {
        const xml = restyledTables(document, {
          ruled: variant.ruled,
          ...(variant.fit !== undefined && {
            width: Math.floor(textWidth(document) * variant.fit),
          }),
        });
        const file = join(work, `${stem}-docx-${variant.name}.docx`);
        writeFileSync(file, zipSync(fonted({ ...files, "word/document.xml": strToU8(xml) })));
        docxFiles.push(file);
        pdfs.push({
          file: join(docxOut, `${stem}-docx-${variant.name}.pdf`),
          index,
          path: `docx-${variant.name}`,
        });
      }
    }
    if (paths.includes("html") || paths.includes("html-docx")) {
      const file = join(work, `${stem}-html.html`);
      writeFileSync(file, pages[index]!);
      htmlFiles.push(file);
      if (paths.includes("html"))
        pdfs.push({ file: join(htmlOut, `${stem}-html.pdf`), index, path: "html" });
    }
  }
  soffice(docxFiles, "pdf", docxOut, fontconfig);
  console.error(`converted ${docxFiles.length} .docx`);
  if (paths.includes("html")) soffice(htmlFiles, "pdf:writer_pdf_Export", htmlOut, fontconfig);
  if (paths.includes("html-docx")) {
    const saved = join(work, "saved");
    mkdirSync(saved);
    soffice(htmlFiles, "docx:MS Word 2007 XML", saved, fontconfig);
    // Named apart from the html path's PDFs (`-html-docx.pdf`), for --keep.
    const savedFiles = readdirSync(saved).map((file) => {
      const to = join(saved, file.replace(/-html\.docx$/, "-html-docx.docx"));
      renameSync(join(saved, file), to);
      return to;
    });
    soffice(savedFiles, "pdf", saved, fontconfig);
    for (const [index, [name, values, report]] of reports.entries()) {
      const file = join(saved, `${name}-${values}-html-docx.docx`);
      if (!existsSync(file)) continue;
      const result = await parseDocx(new Uint8Array(readFileSync(file)));
      rows.push(compare(name, values, "html-docx", report, result));
      pdfs.push({ file: file.replace(/\.docx$/, ".pdf"), index, path: "html-docx-pdf" });
    }
  }
  console.error("converted the pages");
  for (const { file, index, path } of pdfs) {
    const [name, values, report] = reports[index]!;
    if (!existsSync(file)) {
      console.error(`no ${file}`);
      continue;
    }
    const result = await parsePdf(new Uint8Array(readFileSync(file)));
    rows.push(compare(name, values, path, report, result));
    const kept = ([n, v, p]: readonly [string, string, string]) =>
      n === name && v === values && p === path;
    if (fixtures && !box && FIXTURES.some(kept))
      await writeFixture(file, `${name}-${values}-${path}`, report);
    if (fixtures && box && PDF_FIXTURES.some(kept)) {
      const to = join(repo, "test/fixtures/pdf", `word-hunt-${name}-${values}-${path}.pdf`);
      copyFileSync(file, to);
      // The cells printed, for a report whose values were rewritten (`blanks`, `marks`, `mixed`).
      if (values !== "own")
        writeFileSync(
          to.replace(/\.pdf$/, ".expected.json"),
          `${JSON.stringify(Object.fromEntries(cellsOf(report)), null, 1)}\n`,
        );
      console.error(`wrote ${to}`);
    }
  }
} finally {
  if (keep !== undefined) {
    mkdirSync(keep, { recursive: true });
    for (const dir of [work, docxOut, htmlOut, join(work, "saved")]) {
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir)) {
        if (/\.(pdf|docx|html)$/.test(file)) copyFileSync(join(dir, file), join(keep, file));
      }
    }
    if (fontconfig) execFileSync("cp", ["-r", join(work, "fonts"), fontconfig, keep]);
  }
  rmSync(work, { recursive: true, force: true });
}

const pad = (text: string | number, width: number) => String(text).padEnd(width);
rows.sort(
  (a, b) =>
    a.path.localeCompare(b.path) ||
    a.values.localeCompare(b.values) ||
    a.report.localeCompare(b.report),
);
for (const row of rows) {
  console.log(
    `${pad(row.report, 12)}${pad(row.values, 8)}${pad(row.path, 22)}${pad(row.cells, 5)}${pad(row.right, 5)}${pad(row.wrong.length, 4)}${row.absent.length}`,
  );
}
const total = (members: readonly Row[], pick: (row: Row) => number) =>
  members.reduce((sum, row) => sum + pick(row), 0);
const line = (label: string, members: readonly Row[]) => {
  const cells = total(members, (r) => r.cells);
  const right = total(members, (r) => r.right);
  console.log(
    `${pad(label, 30)}${pad(cells, 7)}right ${pad(`${right} (${((100 * right) / cells).toFixed(1)} %)`, 16)}wrong ${pad(
      total(members, (r) => r.wrong.length),
      5,
    )}absent ${total(members, (r) => r.absent.length)}`,
  );
};
console.log("");
for (const path of [...new Set(rows.map((r) => r.path))]) {
  for (const values of [...new Set(rows.map((r) => r.values))]) {
    const members = rows.filter((r) => r.path === path && r.values === values);
    if (members.length > 0) line(`${path} ${values}`, members);
  }
}
console.log("");
for (const path of [...new Set(rows.map((r) => r.path))])
  line(
    path,
    rows.filter((r) => r.path === path),
  );
line("all", rows);
for (const row of rows) {
  for (const wrong of row.wrong)
    console.log(`WRONG ${row.report} ${row.values} ${row.path} ${wrong}`);
  if (listCells)
    for (const absent of row.absent)
      console.log(`ABSENT ${row.report} ${row.values} ${row.path} ${absent}`);
}
