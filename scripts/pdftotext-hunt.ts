/**
 * The pdftotext hunt (not run by `npm test`; needs chromium, soffice and poppler's pdftotext): real
 * reports printed to PDF, turned into text by `pdftotext -layout` (the page laid out as text) and
 * plain `pdftotext` (stream order), as data teams do before reading, then read by parseText and
 * compared cell by cell with the report printed. It makes repeatable a measure a helper of session
 * 46 ran from throw-away tools.
 *
 *   npx tsx scripts/pdftotext-hunt.ts [--keep DIR] [--only NAME] [--show N]
 *   npx tsx scripts/pdftotext-hunt.ts --reread DIR [--show N] [--absent]
 *
 * The reports are the corpus texts (test/fixtures/corpus) that parseText reads with every cell it
 * names present and at least 100 of them, each printed with its own values and twice more with
 * its zeros printed as offices print "none" ({@link marked}: `+marks`, some `/` or `—`;
 * `+blanks`, some blank). Each is printed by
 * Chromium (toHTML's standalone page in the {@link PRINTS} styles) and by LibreOffice (toDocx,
 * ruled and unruled tables), and each PDF turned into text both ways. A cell is right when the
 * reading has the printed value, wrong when another (the failure a data team cannot see), absent
 * when none. The table gives right, wrong and absent per text form and style, and per form for
 * own values, marks and blanks; then the first
 * `--show` (5) wrong cells. `--absent` lists, per text, the absent cells (for classifying causes).
 *
 * --keep DIR keeps the texts (`NAME.layout.txt`, `NAME.stream.txt`) and the expected cells
 * (`NAME.expected.json`) so that `--reread DIR` reads them again after a change, in seconds,
 * without printing anything. The exit code is 1 when a cell is wrong.
 *
 * The whole run (13 reports, three printings each, 7 styles: 273 PDFs, 546 texts) took about 45
 * minutes on two cores shared with other work (LibreOffice is the slow part); `--reread` about a
 * minute.
 */
import { execFileSync } from "node:child_process";
import {
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
import { toDocx } from "../src/docx.js";
import { fromJSON, parseText, type Report, toHTML, toJSON } from "../src/index.js";
import { cellsOf, compareCells } from "../test/support/cells.js";
import { launchChromium } from "../test/system/support.js";
import { restyledTables, textWidth } from "./word-tables.js";

const repo = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const show = Number(option("--show") ?? 5);

// ---------------------------------------------------------------- the reports

/** The corpus texts parseText reads whole: every cell named present, at least 100 of them. */
function corpusReports(): [string, Report][] {
  const dir = join(repo, "test/fixtures/corpus");
  const out: [string, Report][] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()) {
    const report = parseText(readFileSync(join(dir, file), "utf8")).report;
    const cells = [...cellsOf(report).values()];
    if (report && cells.length >= 100 && cells.every((value) => value !== undefined))
      out.push([file.replace(/\.txt$/, ""), report]);
  }
  return out;
}

/**
 * The report as offices print "none": its zeros, drawn by a fixed generator (the same every run;
 * not periodic, so that a mark does not fall in the same column of every row), printed as `/` or
 * `—` (`marks`: about one in six each, the rest 0) or blank (`blanks`: about one in three). Only
 * zeros change, so the table's identities hold as printed.
 */
function marked(report: Report, kind: "marks" | "blanks"): Report | undefined {
  const json = structuredClone(toJSON(report)) as Record<string, unknown>;
  let state = 47;
  const draw = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const walk = (node: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(node)) {
      if (value === 0 || value === "0") {
        const chance = draw();
        if (kind === "blanks") node[key] = chance < 1 / 3 ? null : value;
        else node[key] = chance < 1 / 6 ? { mark: "/" } : chance < 1 / 3 ? { mark: "—" } : value;
      } else if (value !== null && typeof value === "object" && !("mark" in value))
        walk(value as Record<string, unknown>);
    }
  };
  for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"])
    walk(json[table] as Record<string, unknown>);
  return fromJSON(json).report;
}

// ---------------------------------------------------------------- the styles

const NO_BORDERS =
  ".zfxxgk-table th,.zfxxgk-table td{border:none!important}.zfxxgk-table td{padding:0.2em 0.6em!important}";
const NARROW = ".zfxxgk-report{max-width:120mm!important;padding:0!important}";
/** Chromium's styles: CSS after the page's own, and the paper. */
const PRINTS: readonly { name: string; css: string; format?: "A4" | "A5" }[] = [
  { name: "ruled", css: "" },
  { name: "no-borders", css: NO_BORDERS },
  { name: "narrow-no-borders", css: NARROW + NO_BORDERS },
  { name: "a5", css: "", format: "A5" },
  { name: "small-font", css: ".zfxxgk-table,.zfxxgk-table[data-table]{font-size:7pt!important}" },
];
/** LibreOffice's styles (scripts/word-tables.ts): ruled or not, fitted to the text width. */
const WORDS: readonly { name: string; ruled: boolean }[] = [
  { name: "word-ruled", ruled: true },
  { name: "word-unruled", ruled: false },
];

// ---------------------------------------------------------------- making the texts

async function make(dir: string): Promise<void> {
  const only = option("--only");
  const bases = corpusReports().filter(([name]) => only === undefined || name === only);
  const reports: [string, Report][] = [];
  for (const [name, report] of bases) {
    reports.push([name, report]);
    for (const kind of ["marks", "blanks"] as const) {
      const changed = marked(report, kind);
      if (changed) reports.push([`${name}+${kind}`, changed]);
    }
  }
  const work = mkdtempSync(join(tmpdir(), "zfxxgk-pdftotext-"));
  const profile = join(work, "lo-profile");
  const texts = (name: string, pdf: string) => {
    for (const mode of ["layout", "stream"] as const) {
      const text = execFileSync(
        "pdftotext",
        [...(mode === "layout" ? ["-layout"] : []), pdf, "-"],
        {
          encoding: "utf8",
          maxBuffer: 1 << 26,
        },
      );
      writeFileSync(join(dir, `${name}.${mode}.txt`), text);
    }
  };
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    for (const [name, report] of reports) {
      const expected = Object.fromEntries(cellsOf(report));
      const page = toHTML(report, { standalone: true });
      for (const print of PRINTS) {
        const file = `${name}~${print.name}`;
        writeFileSync(join(dir, `${file}.expected.json`), JSON.stringify(expected));
        const html = join(work, `${file}.html`);
        writeFileSync(html, page.replace("</head>", `<style>${print.css}</style>\n</head>`));
        await tab.goto(`file://${html}`);
        await tab.evaluate("document.fonts.ready");
        const pdf = join(work, `${file}.pdf`);
        await tab.pdf({
          path: pdf,
          format: print.format ?? "A4",
          margin: { top: "20mm", bottom: "20mm", left: "20mm", right: "20mm" },
        });
        texts(file, pdf);
      }
      const parts = unzipSync(await toDocx(report));
      const document = strFromU8(parts["word/document.xml"]!);
      for (const word of WORDS) {
        const file = `${name}~${word.name}`;
        writeFileSync(join(dir, `${file}.expected.json`), JSON.stringify(expected));
        const restyled = restyledTables(document, {
          ruled: word.ruled,
          width: textWidth(document),
        });
        const docx = join(work, `${file}.docx`);
        writeFileSync(docx, zipSync({ ...parts, "word/document.xml": strToU8(restyled) }));
        execFileSync(
          "soffice",
          [
            `-env:UserInstallation=file://${profile}`,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            work,
            docx,
          ],
          { stdio: "ignore" },
        );
        texts(file, docx.replace(/\.docx$/, ".pdf"));
      }
      console.error(`printed ${name}`);
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- reading them

interface Reading {
  readonly file: string;
  readonly mode: string;
  readonly style: string;
  readonly right: number;
  readonly wrong: readonly string[];
  readonly absent: readonly string[];
}

function reread(dir: string): Reading[] {
  const readings: Reading[] = [];
  for (const json of readdirSync(dir)
    .filter((name) => name.endsWith(".expected.json"))
    .sort()) {
    const file = json.replace(/\.expected\.json$/, "");
    const expected = new Map(
      Object.entries(JSON.parse(readFileSync(join(dir, json), "utf8")) as Record<string, string>),
    );
    const style = file.split("~")[1]!;
    for (const mode of ["layout", "stream"]) {
      // A text still being made (or whose printing failed) is left out.
      if (!existsSync(join(dir, `${file}.${mode}.txt`))) continue;
      const text = readFileSync(join(dir, `${file}.${mode}.txt`), "utf8");
      const { right, wrong, absent } = compareCells(cellsOf(parseText(text).report), expected);
      readings.push({ file, mode, style, right: right.length, wrong, absent });
    }
  }
  return readings;
}

const keep = option("--keep");
const rereadDir = option("--reread");
let dir = rereadDir ?? keep;
const temporary = dir === undefined;
if (dir === undefined) dir = mkdtempSync(join(tmpdir(), "zfxxgk-pdftotext-texts-"));
mkdirSync(dir, { recursive: true });
if (rereadDir === undefined) await make(dir);
const readings = reread(dir);
if (temporary) rmSync(dir, { recursive: true, force: true });

const pad = (text: string | number, width: number) => String(text).padEnd(width);
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
const line = (label: string, members: readonly Reading[]) => {
  const right = members.reduce((sum, r) => sum + r.right, 0);
  const wrong = members.reduce((sum, r) => sum + r.wrong.length, 0);
  const absent = members.reduce((sum, r) => sum + r.absent.length, 0);
  const cells = right + wrong + absent;
  console.log(
    `${pad(label, 30)}${pad(members.length, 6)}${pad(cells, 8)}${pad(right, 8)}${pad(wrong, 7)}${pad(absent, 8)}${percent(right, cells)}`,
  );
};
console.log(
  `${pad("form / style", 30)}${pad("texts", 6)}${pad("cells", 8)}${pad("right", 8)}${pad("wrong", 7)}${pad("absent", 8)}right`,
);
for (const mode of ["layout", "stream"]) {
  for (const style of [...new Set(readings.map((r) => r.style))])
    line(
      `${mode} ${style}`,
      readings.filter((r) => r.mode === mode && r.style === style),
    );
  line(
    `${mode} (all)`,
    readings.filter((r) => r.mode === mode),
  );
}
for (const mode of ["layout", "stream"]) {
  line(
    `${mode} own values`,
    readings.filter((r) => r.mode === mode && !r.file.includes("+")),
  );
  for (const kind of ["marks", "blanks"])
    line(
      `${mode} with ${kind}`,
      readings.filter((r) => r.mode === mode && r.file.includes(`+${kind}`)),
    );
}
line("all", readings);
if (args.includes("--absent")) {
  for (const r of readings)
    if (r.absent.length > 0)
      console.log(`ABSENT ${r.file}.${r.mode} ${r.absent.length}: ${r.absent.join(" ")}`);
}
let shown = 0;
for (const r of readings) {
  for (const wrong of r.wrong)
    if (shown++ < show) console.log(`WRONG ${r.file}.${r.mode} ${wrong}`);
}
process.exitCode = readings.some((r) => r.wrong.length > 0) ? 1 : 0;
