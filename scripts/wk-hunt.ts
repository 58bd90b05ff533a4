/**
 * The wkhtmltopdf and pandoc hunt (not run by `npm test`; needs wkhtmltopdf, pandoc, soffice and
 * python3 with fontTools): the corpus reports that read complete (test/fixtures/corpus, with their
 * own values: real zeros and blanks), and the same reports with more blanks, `/`, `—` and zeros,
 * rendered by toHTML({standalone: true}) in the box font of scripts/pdf-fixtures/box-font.py
 * (Noto's widths: the same layout), printed, read back with parsePdf and compared cell by cell
 * (test/support/cells.ts `cellsOf`). A cell is right, wrong (another value: the failure a data
 * team cannot see) or absent.
 *
 *   npx tsx scripts/wk-hunt.ts [--only NAME] [--printers wk,pandoc-wk,pandoc-docx] [--keep DIR]
 *   npx tsx scripts/wk-hunt.ts --reread DIR [--match TEXT]
 *   npx tsx scripts/wk-hunt.ts --fixtures
 *
 * Printers:
 *   wk           wkhtmltopdf of the page with each style's CSS after the page's own (A4, or A5,
 *                or landscape);
 *   pandoc-wk    pandoc's HTML → HTML (its own page, the style as its --css) → PDF by wkhtmltopdf
 *                (`--pdf-engine=wkhtmltopdf`: no LaTeX is installed for its default engine);
 *   pandoc-docx  pandoc's HTML → .docx → LibreOffice → PDF.
 *
 * --keep DIR keeps the PDFs and `NAME.expected.json` (the cells) there; --reread DIR reads them
 * again after a change without printing anything (those whose name has
 * TEXT). --fixtures prints only the renderings of {@link FIXTURES} (the box font made from their
 * reports alone) and writes them with their cells to test/fixtures/pdf/. The output is a line per printer with files,
 * cells, right, wrong and absent, then every wrong cell with its file.
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
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
import { fromJSON, parseText, type Report, toHTML, toJSON } from "../src/index.js";
import { parsePdf } from "../src/pdf.js";
import { cellsOf } from "../test/support/cells.js";
import { BOX_FAMILY, boxFonts } from "./pdf-fixtures/box-fonts.js";

const repo = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const family = BOX_FAMILY;

/** The corpus reports that read complete (every cell of their template, no error finding). */
const CORPUS = [
  "github-001",
  "github-003",
  "github-004",
  "github-008",
  "github-012",
  "github-013",
  "github-014",
  "github-015",
  "github-016",
  "github-017",
  "github-018",
  "seed-dacaozhuang-2022",
];

/**
 * The report with every `every`th valued cell from `from` printed blank, `/` or `—` in turn, and
 * every `zero`th one 0: the marks real reports print, placed where each report has numbers.
 */
function marked(report: Report, every: number, from: number, zero: number): Report {
  const json = structuredClone(toJSON(report)) as Record<string, unknown>;
  const marks = [null, { mark: "/" }, { mark: "—" }];
  let index = 0;
  let made = 0;
  const walk = (node: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(node)) {
      const valued = typeof value === "number" || (typeof value === "string" && /^\d/.test(value));
      if (valued) {
        index++;
        if ((index + from) % every === 0) node[key] = marks[made++ % marks.length];
        else if ((index + from) % zero === 0) node[key] = typeof value === "number" ? 0 : "0";
      } else if (value !== null && typeof value === "object" && !("mark" in value))
        walk(value as Record<string, unknown>);
    }
  };
  for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"])
    walk(json[table] as Record<string, unknown>);
  const read = fromJSON(json as ReturnType<typeof toJSON>).report;
  if (read === undefined) throw new Error("a marked report does not build");
  return read;
}

function reports(): [string, Report][] {
  const out: [string, Report][] = [];
  for (const name of CORPUS) {
    const read = parseText(readFileSync(join(repo, "test/fixtures/corpus", `${name}.txt`), "utf8"));
    if (read.report === undefined) throw new Error(`${name} does not read`);
    out.push([name, read.report]);
    out.push([`${name}~m5`, marked(read.report, 5, 1, 7)]);
    out.push([`${name}~m3`, marked(read.report, 3, 2, 4)]);
  }
  return out;
}

interface Style {
  readonly name: string;
  readonly css: string;
  readonly wk?: readonly string[];
}
const NO_BORDERS =
  ".zfxxgk-table th,.zfxxgk-table td{border:none!important}.zfxxgk-table td{padding:0.2em 0.6em!important}";
const NARROW = ".zfxxgk-report{max-width:120mm!important;padding:0!important}";
const STYLES: readonly Style[] = [
  { name: "ruled", css: "" },
  { name: "no-borders", css: NO_BORDERS },
  { name: "narrow", css: NARROW },
  { name: "narrow-no-borders", css: NARROW + NO_BORDERS },
  { name: "a5", css: "", wk: ["-s", "A5"] },
  { name: "landscape", css: NO_BORDERS, wk: ["-O", "Landscape"] },
  { name: "small-font", css: ".zfxxgk-table,.zfxxgk-table[data-table]{font-size:7pt!important}" },
  {
    name: "large-font",
    css: ".zfxxgk-table,.zfxxgk-table[data-table]{font-size:14pt!important}.zfxxgk-table td{white-space:normal!important}",
  },
];
/** pandoc's page has none of toHTML's classes: its styles are the table's borders and width. */
const PANDOC_STYLES: readonly Style[] = [
  { name: "plain", css: "" },
  { name: "ruled", css: "table{border-collapse:collapse}th,td{border:1px solid #000}" },
  { name: "narrow", css: "body{max-width:120mm!important}th,td{border:1px solid #000}" },
];

/** The box font for the pages' characters (with the punctuation toHTML's words may bring). */
const pageFonts = (work: string, pages: readonly string[]) =>
  boxFonts(work, [
    ...pages.flatMap((html) => [...html.replace(/<[^>]*>/g, "")]),
    ..."，。、；：（）《》“”—…·",
  ]);

const styled = (html: string, css: string) =>
  html.replace("</head>", `<style>*{font-family:"${family}"!important}${css}</style>\n</head>`);

/** The package with every font its parts name the box font. */
function boxed(parts: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(parts)) {
    out[name] = name.endsWith(".xml")
      ? strToU8(
          strFromU8(bytes)
            .replace(/(w:(?:ascii|hAnsi|eastAsia|cs)=")[^"]*"/g, `$1${family}"`)
            .replace(/(<w:font w:name=")[^"]*"/g, `$1${family}"`)
            .replace(
              /<w:(?:rFonts) w:asciiTheme[^>]*\/>/g,
              `<w:rFonts w:ascii="${family}" w:hAnsi="${family}" w:eastAsia="${family}"/>`,
            )
            .replace(/<w:altName [^>]*\/>/g, ""),
        )
      : bytes;
  }
  return out;
}

/**
 * The renderings committed as fixtures (report, printer and style), for
 * test/pdf/wkhtmltopdf.test.ts: each read wrong cells before the fix its test names.
 */
const FIXTURES: readonly (readonly [string, string])[] = [
  // Table 四 cut after its header's first row: wkhtmltopdf draws the two litigation group cells
  // down into the values row on the next page, a rule through its values (table 四's 10
  // litigation cells read blank).
  ["github-001", "wk-ruled"],
  // The same on an A5 page, the rule through the top of the digits.
  ["github-018", "wk-a5"],
  // pandoc's page: the row label of the row a group label is centred in set half a line off its
  // values, rows a column short (its colspans lost): two rows of table 三 read blank.
  ["github-003", "pandoc-wk-plain"],
  // Table 三's row `1.申请人无正当理由逾期不补正…` cut by the page break in the narrow style:
  // wkhtmltopdf paints the whole table on both pages, clipped to each page's content, so the
  // row's hidden half and lines past the page were read too (its values read blank).
  ["github-008", "pandoc-wk-narrow"],
  // Tables without borders cut by the page break: a row's label begun at one page's foot, its
  // values and the rest of its label at the next page's top, both pages painting the whole
  // table. Read with the hidden copies the row was read twice (`36|0|…|36|0|…`); read as shown,
  // the page's part with one row before the cut was no table (tables 三 lost whole).
  ["github-003~m3", "pandoc-wk-plain"],
  ["github-004~m3", "wk-landscape"],
  // Table 三 read as one across the break, the page after it opening inside it: the table the
  // reader found next on that page (its side column's letters apart) is no part of it to join.
  ["seed-dacaozhuang-2022", "wk-narrow-no-borders"],
  // pandoc's page made a Word file, printed by LibreOffice without lines: table 三's rows whose
  // label spans columns stand a column left of their headers, the last value of 一、 and 二、 under
  // 其他 and 总计 together (no line between them where no row prints both), （一）'s 总计 blank.
  ["github-015", "pandoc-docx"],
  // The same, table 三's first page printing 科研机构 and 社会公益组织 blank or marked in every row
  // (the values alone give no column for them; the leaf headers do, a column right of the values).
  ["github-016~m3", "pandoc-docx"],
  // The same, a page of table 三 printing values in its first two columns only (too narrow for the
  // headers' columns): its rows quoted, its last row's label ending in the next page's first cell.
  ["github-004", "pandoc-docx"],

  // Table 三's header cut between its lines, no text across the break (landscape, no borders):
  // 总计's header on the page before, the last column named by none (every row quoted).
  ["github-003", "wk-landscape"],
  // Table 三 without borders, （一）予以公开 printing `/ 0 0 — 0 0` and 总计 blank: a row a column
  // left (pandoc's) prints so too; its label running over the sub-rows' label column tells.
  ["github-015~m3", "wk-no-borders"],
  // Table 二's 第二十条第（五）项 without borders, its one row (行政许可) printed blank: no value to
  // find the table by, its header and label were prose and the cell unreadable (blankrows.ts).
  ["github-014~m5", "wk-no-borders"],
  // github-004's table 三 in landscape without borders: the page after the break printing values
  // in five columns (科研机构 and 社会公益组织 blank all down) read over the header's seven, and
  // （二）部分公开（…） printed blank on one line over the sub-rows' label column, taken for a group
  // label beside `1.属于国家秘密 14` (its rows quoted, not placed).
  ["github-004~m5", "wk-landscape"],
  // The same narrow: `3.补正后申` / `请内容仍不` / `明确` printed blank over `1.信访举报` / `148 1` /
  // `投诉类申请`; `明确`, nearer the values, was read as the start of their row's label.
  ["github-004~m3", "wk-narrow-no-borders"],
];
/** Whether `--fixtures` prints this rendering. */
const wanted = (name: string, rendering: string) =>
  FIXTURES.some(([report, kept]) => report === name && kept === rendering);

function print(work: string, printers: readonly string[], fixtures = false): void {
  const all = reports().filter(([name]) =>
    fixtures
      ? FIXTURES.some(([fixture]) => fixture === name)
      : !option("--only") || name.startsWith(option("--only")!),
  );
  const pages = all.map(([, report]) => toHTML(report, { standalone: true }));
  const env = { ...process.env, FONTCONFIG_FILE: pageFonts(work, pages) };
  for (const [index, [name, report]] of all.entries()) {
    const expected = Object.fromEntries(cellsOf(report));
    const page = pages[index]!;
    const save = (file: string) =>
      writeFileSync(join(work, `${file}.expected.json`), JSON.stringify(expected));
    if (printers.includes("wk")) {
      for (const style of STYLES) {
        if (fixtures && !wanted(name, `wk-${style.name}`)) continue;
        const file = `${name}.wk-${style.name}`;
        writeFileSync(join(work, `${file}.html`), styled(page, style.css));
        execFileSync(
          "wkhtmltopdf",
          [
            "--quiet",
            ...(style.wk ?? ["-s", "A4"]),
            join(work, `${file}.html`),
            join(work, `${file}.pdf`),
          ],
          { env, stdio: "ignore" },
        );
        save(file);
      }
    }
    if (printers.includes("pandoc-wk")) {
      writeFileSync(join(work, `${name}.page.html`), page);
      for (const style of PANDOC_STYLES) {
        if (fixtures && !wanted(name, `pandoc-wk-${style.name}`)) continue;
        const file = `${name}.pandoc-wk-${style.name}`;
        const css = join(work, `${file}.css`);
        writeFileSync(css, `*{font-family:"${family}"!important}${style.css}`);
        execFileSync(
          "pandoc",
          [
            "-f",
            "html",
            "-s",
            "--metadata",
            "title=report",
            "--css",
            css,
            "--pdf-engine=wkhtmltopdf",
            "--pdf-engine-opt=--enable-local-file-access",
            "-o",
            join(work, `${file}.pdf`),
            join(work, `${name}.page.html`),
          ],
          { env, stdio: "ignore" },
        );
        save(file);
      }
    }
    if (printers.includes("pandoc-docx") && (!fixtures || wanted(name, "pandoc-docx"))) {
      const file = `${name}.pandoc-docx`;
      writeFileSync(join(work, `${name}.page.html`), page);
      execFileSync("pandoc", [
        "-f",
        "html",
        "-t",
        "docx",
        "-o",
        join(work, `${file}.docx`),
        join(work, `${name}.page.html`),
      ]);
      const parts = unzipSync(new Uint8Array(readFileSync(join(work, `${file}.docx`))));
      writeFileSync(join(work, `${file}.docx`), zipSync(boxed(parts)));
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(work, "lo")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          work,
          join(work, `${file}.docx`),
        ],
        { env, stdio: "ignore" },
      );
      save(file);
    }
    console.error(`printed ${name}`);
  }
}

async function reread(work: string): Promise<void> {
  const rows = new Map<
    string,
    { files: number; cells: number; right: number; wrong: number; absent: number }
  >();
  const wrongs: string[] = [];
  for (const json of readdirSync(work)
    .filter((f) => f.endsWith(".expected.json") && f.includes(option("--match") ?? ""))
    .sort()) {
    const file = json.replace(/\.expected\.json$/, "");
    const printer = file.split(".")[1]!.replace(/^(wk|pandoc-wk|pandoc-docx).*$/, "$1");
    const expected = new Map(
      Object.entries(JSON.parse(readFileSync(join(work, json), "utf8")) as Record<string, string>),
    );
    let read = new Map<string, string>();
    try {
      read = cellsOf(
        (await parsePdf(new Uint8Array(readFileSync(join(work, `${file}.pdf`))))).report,
      );
    } catch (error) {
      wrongs.push(`THROW ${file}: ${error}`);
    }
    const row = rows.get(printer) ?? { files: 0, cells: 0, right: 0, wrong: 0, absent: 0 };
    row.files++;
    for (const [cell, value] of expected) {
      row.cells++;
      const got = read.get(cell);
      if (got === undefined) row.absent++;
      else if (got === value) row.right++;
      else {
        row.wrong++;
        wrongs.push(`WRONG ${file} ${cell}: read ${got}, expected ${value}`);
      }
    }
    rows.set(printer, row);
  }
  for (const [printer, row] of rows)
    console.log(
      `${printer.padEnd(12)} ${row.files} files, ${row.cells} cells, ${row.right} right, ${row.wrong} wrong, ${row.absent} absent`,
    );
  for (const line of wrongs) console.log(line);
}

const again = option("--reread");
if (again !== undefined) await reread(again);
else if (args.includes("--fixtures")) {
  const work = mkdtempSync(join(tmpdir(), "zfxxgk-wk-"));
  print(work, ["wk", "pandoc-wk", "pandoc-docx"], true);
  for (const [report, rendering] of FIXTURES) {
    for (const end of [".pdf", ".expected.json"]) {
      const name = `${report}.${rendering}${end}`;
      copyFileSync(join(work, name), join(repo, "test/fixtures/pdf", name));
      console.error(`wrote test/fixtures/pdf/${name}`);
    }
  }
  rmSync(work, { recursive: true, force: true });
} else {
  const keep = option("--keep");
  const work = keep ?? mkdtempSync(join(tmpdir(), "zfxxgk-wk-"));
  mkdirSync(work, { recursive: true });
  print(work, (option("--printers") ?? "wk,pandoc-wk,pandoc-docx").split(","));
  await reread(work);
  if (keep === undefined) rmSync(work, { recursive: true, force: true });
}
