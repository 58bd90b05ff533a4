/**
 * Regenerates the Word fixtures in test/fixtures/docx/ (not run by `npm test`): each report is
 * rendered by `toHTML` into a whole HTML page with bordered tables, and LibreOffice converts the page
 * to .docx (`soffice --headless --convert-to docx:"MS Word 2007 XML"`), as an office's Word would
 * save it. The fixtures are committed; the tests never need LibreOffice.
 *
 *   npx tsx scripts/docx-fixtures.ts [--only NAME,NAME]
 *
 * `--only` remakes the fixtures named (without `.docx`) and leaves the others as committed.
 *
 * Needs `soffice` (Debian: libreoffice-writer-nogui) and `pandoc` on the PATH. After converting,
 * it checks that the converter wrote merged cells (w:gridSpan, w:vMerge) into every fixture's
 * tables.
 *
 * One fixture is converted by pandoc (`pandoc -f html -t docx`, pandoc 2.17 from Debian) instead:
 * the seed report with every value distinct. pandoc writes each label cell's `gridSpan` one column
 * short in rows whose label spans columns, so those rows' values stand a column left of their
 * headers and their last cell is blank: a producer's fault the reader must not read as printed.
 *
 * One fixture has its section headings numbered by Word instead of typed: the page is converted to
 * flat ODF first, its outline numbering (the headings' list) is set to 一、二、三、, and LibreOffice
 * converts that to .docx, which puts the numbering in word/numbering.xml and links it to the heading
 * style: the heading paragraphs hold no 一、 of their own, as in a report typed in Word.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { fromJSON, parseText, type Report, toHTML } from "../src/index.js";
import { escapeHTML } from "../src/serialize/html.js";
import { reportTitle } from "../src/serialize/metaLabels.js";
import { seedReport } from "../test/fixtures/seed-report.js";
import { shanghai2019Report } from "../test/fixtures/shanghai-2019-report.js";
import { corpus } from "../test/read/support.js";
import { distinctValues } from "../test/system/support.js";
import { withFootnoteMarks } from "./footnotes.js";

const out = resolve("test/fixtures/docx");
const work = mkdtempSync(join(tmpdir(), "zfxxgk-docx-"));
const profile = join(tmpdir(), "lo-docx");

/**
 * Footnote marks beside the values (scripts/footnotes.ts). LibreOffice writes `<sup>` as runs
 * moved up by `w:position`, printed smaller. One cell (行政许可) shows a correction: the old value
 * struck out before the new one.
 */
function withFootnotes(html: string): string {
  return withFootnoteMarks(html).replace(
    /(data-path="activeDisclosure\.licensing\.decisions">)/,
    "$1<strike>9</strike>",
  );
}

/** Table 二 of the page (its `<table data-table="activeDisclosure">`) edited by `edit`. */
function inTable二(html: string, edit: (table: string) => string): string {
  return html.replace(/<table[^>]*data-table="activeDisclosure"[^>]*>[\s\S]*?<\/table>/, edit);
}

/**
 * Table 二's column headers each typed over two rows of the table, as an office types a long
 * header in a short row: `上一年项` / `目数量`, the rows not merged, no row alone a whole header.
 */
function headersOverTwoRows(html: string): string {
  const half = (text: string) => Math.ceil(text.length / 2);
  return inTable二(html, (table) =>
    table.replace(/<tr>((?:<th class="zfxxgk-header"[^>]*>[^<]*<\/th>)+)<\/tr>/g, (_, cells) => {
      const split = (part: 0 | 1) =>
        (cells as string).replace(
          /(<th[^>]*>)([^<]*)(<\/th>)/g,
          (_cell: string, open: string, text: string, close: string) =>
            open + (part === 0 ? text.slice(0, half(text)) : text.slice(half(text))) + close,
        );
      return `<tr>${split(0)}</tr>\n<tr>${split(1)}</tr>`;
    }),
  );
}

/**
 * Table 二 with a column 0.5 cm wide between its labels and its values, as a border dragged off
 * in some rows of a Word table leaves: the captions and 信息内容 span it; of the data rows, every
 * other one's label spans it, the others' first value.
 */
function offsetColumn(html: string): string {
  let row = 0;
  const wider = (cell: string) => {
    const span = Number(/ colspan="(\d+)"/.exec(cell)?.[1] ?? 1);
    return cell
      .replace(/ colspan="\d+"/, "")
      .replace(/^<(t[hd])/, (_, tag) => `<${tag} colspan="${span + 1}"`);
  };
  return inTable二(html, (table) =>
    table
      .replace(
        /<table([^>]*)>/,
        '<table$1><col width="150"><col width="20"><col span="3" width="110">',
      )
      .replace(
        /<tr>(<t[hd][^>]*>[^<]*<\/t[hd]>)((?:<t[hd][^>]*>[^<]*<\/t[hd]>)*)<\/tr>/g,
        (_, first, rest) => {
          if (!/zfxxgk-value/.test(rest as string)) return `<tr>${wider(first)}${rest}</tr>`;
          row += 1;
          if (row % 2 === 1) return `<tr>${wider(first)}${rest}</tr>`;
          const [value, ...others] = (rest as string).match(/<t[hd][^>]*>[^<]*<\/t[hd]>/g)!;
          return `<tr>${first}${wider(value!)}${others.join("")}</tr>`;
        },
      ),
  );
}

/**
 * LibreOffice gives the narrow column of {@link offsetColumn} 23 twips (a sliver the reader drops):
 * widened to 340 (0.6 cm) in the first table's grid, as Word saves a border dragged that far.
 */
function widenOffsetColumn(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files["word/document.xml"]!);
  const widened = xml.replace(/(<w:tblGrid><w:gridCol w:w="\d+"\/><w:gridCol w:w=")\d+"/, '$1340"');
  if (widened === xml) throw new Error("offset column: no narrow grid column to widen");
  files["word/document.xml"] = strToU8(widened);
  return zipSync(files);
}

/** Edits of the converted file, by fixture. */
const afterConversion: Readonly<Record<string, (docx: Uint8Array) => Uint8Array>> = {
  "shanghai-2019-offset-column": widenOffsetColumn,
};

/** A whole page around the fragment: a title, UTF-8, and borders so that Word draws the grid. */
function page(
  report: Report | readonly [Report, ...Report[]],
  numbered: boolean,
  edit: (html: string) => string = (html) => html,
): string {
  const all: readonly Report[] = "template" in report ? [report] : report;
  let body = edit(all.map((one) => toHTML(one)).join("\n"));
  // Headings typed without their number, for Word's numbering to give it.
  if (numbered) body = body.replace(/<h2>[一二三四五六七八九十]+、/g, "<h2>");
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHTML(reportTitle(all[0]!))}</title>`,
    "<style>table{border-collapse:collapse}th,td{border:1px solid #000;padding:2px 4px}</style>",
    "</head>",
    "<body>",
    body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Converts `file` with LibreOffice (`filter` as --convert-to takes it); returns the new file. */
function convert(file: string, extension: string, filter: string): string {
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      `${extension}:${filter}`,
      "--outdir",
      work,
      file,
    ],
    { stdio: "inherit" },
  );
  return join(work, basename(file).replace(/\.[^.]+$/, `.${extension}`));
}

/** Converts the HTML page `file` to .docx with pandoc; returns the new file. */
function pandoc(file: string): string {
  const docx = file.replace(/\.html$/, ".docx");
  execFileSync("pandoc", ["-f", "html", "-t", "docx", "-o", docx, file], { stdio: "inherit" });
  return docx;
}

/** The flat ODF with its level-2 outline (the h2 headings) numbered 一、二、三、. */
function numberHeadings(fodt: string): void {
  const text = readFileSync(fodt, "utf8");
  const level = /<text:outline-level-style text:level="2"[^>]*>/;
  if (!level.test(text)) throw new Error("no level-2 outline style in the flat ODF");
  const numbered = text
    .replace(
      level,
      '<text:outline-level-style text:level="2" loext:num-list-format="%2%、" style:num-suffix="、" style:num-format="一, 二, 三, ...">',
    )
    // The HTML import gives headings an empty list style, which would switch the outline off.
    .replace(/ style:list-style-name=""/g, "");
  writeFileSync(fodt, numbered);
}

function corpusReport(name: string): Report {
  const { report } = parseText(corpus(name).text);
  if (report === undefined) throw new Error(`${name}: no report`);
  return report;
}

function part(docx: Uint8Array, name: string): string {
  const files = unzipSync(docx, { filter: (file) => file.name === name });
  return files[name] === undefined ? "" : strFromU8(files[name]);
}

function check(name: string, docx: Uint8Array, numbered: boolean): void {
  const xml = part(docx, "word/document.xml");
  const count = (pattern: RegExp) => (xml.match(pattern) ?? []).length;
  const found = {
    tables: count(/<w:tbl>/g),
    gridSpan: count(/<w:gridSpan /g),
    vMergeRestart: count(/<w:vMerge w:val="restart"/g),
    vMergeContinue: count(/<w:vMerge\/>|<w:vMerge w:val="continue"/g),
  };
  console.log(name, JSON.stringify(found));
  if (found.tables < 3 || found.gridSpan === 0 || found.vMergeRestart === 0) {
    throw new Error(`${name}: the converter wrote no merged cells`);
  }
  if (!numbered) return;
  const formats = part(docx, "word/numbering.xml").match(/<w:numFmt w:val="[^"]+"/g) ?? [];
  const styled = /w:styleId="Heading2".*?<w:numPr>/.test(part(docx, "word/styles.xml"));
  console.log(name, "numbering formats:", [...new Set(formats)].join(" "), "style numPr:", styled);
  if (!formats.some((f) => /Counting/.test(f)) || !styled) {
    throw new Error(`${name}: LibreOffice wrote no Chinese heading numbering`);
  }
}

const sources: readonly (readonly [
  string,
  Report | readonly [Report, ...Report[]],
  boolean,
  ((html: string) => string)?,
])[] = [
  ["seed-2022", seedReport, false],
  ["shanghai-2019", shanghai2019Report, false],
  ["pingtan-2021", corpusReport("github-014"), false],
  ["seed-2022-numbered", seedReport, true],
  // A compilation (汇编): the two reports one after the other in one document.
  ["seed-shanghai-2019", [seedReport, shanghai2019Report], false],
  ["seed-2022-footnotes", seedReport, false, withFootnotes],
  ["shanghai-2019-headers-two-rows", shanghai2019Report, false, headersOverTwoRows],
  ["shanghai-2019-offset-column", shanghai2019Report, false, offsetColumn],
];
/**
 * The distinct seed with the 自然人 cells of three rows pandoc prints a column left printed blank,
 * `/` and `—`: no number then stands under the label header, the row's first value does not.
 */
function firstMarked(): Report {
  const json = distinctValues(seedReport) as {
    applications: Record<string, Record<string, unknown>>;
  };
  json.applications["newlyReceived"]!["naturalPerson"] = null;
  json.applications["carriedOver"]!["naturalPerson"] = { mark: "/" };
  json.applications["disclosed"]!["naturalPerson"] = { mark: "—" };
  return fromJSON(json).report!;
}

/** Converted by pandoc, not LibreOffice (see the top). */
const byPandoc: readonly (readonly [string, Report])[] = [
  ["seed-distinct-pandoc", fromJSON(distinctValues(seedReport)).report!],
  ["seed-marks-pandoc", firstMarked()],
];
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt < 0 ? undefined : new Set(process.argv[onlyAt + 1]?.split(",") ?? []);

mkdirSync(out, { recursive: true });
try {
  for (const [name, report, numbered, edit] of sources) {
    if (only !== undefined && !only.has(name)) continue;
    const html = join(work, `${name}.html`);
    writeFileSync(html, page(report, numbered, edit));
    let source = html;
    if (numbered) {
      source = convert(html, "fodt", "OpenDocument Text Flat XML");
      numberHeadings(source);
    }
    const converted = readFileSync(convert(source, "docx", "MS Word 2007 XML"));
    const docx = afterConversion[name]?.(converted) ?? converted;
    check(name, docx, numbered);
    writeFileSync(join(out, `${name}.docx`), docx);
  }
  for (const [name, report] of byPandoc) {
    if (only !== undefined && !only.has(name)) continue;
    const html = join(work, `${name}.html`);
    writeFileSync(html, page(report, false));
    const docx = readFileSync(pandoc(html));
    check(name, docx, false);
    writeFileSync(join(out, `${name}.docx`), docx);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
