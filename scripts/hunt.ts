/**
 * The wrong-number hunt (not run by `npm test`): every held-out text report (test/fixtures/heldout …
 * heldout5) changed as a copy or a PDF's text may change it, read, and compared with its hand-typed
 * oracle. The changes keep the oracle true of what is still printed, or take information away:
 * a line dropped (a value, a label, a row's closing pipe), a line of page furniture inserted (a page
 * number, a running header, `（续表）`), a note between two rows, a sub-table's header printed
 * again before a row (a page break repeating it), a line's values blanked (a row left blank by its
 * author), two lines joined, a line split at a space. A cell read with
 * another value than the oracle's is WRONG: the failure a data team cannot see. A cell read blank
 * (`null`) is not counted (dropping a value's line in a one-cell-a-line copy prints a blank there),
 * nor are column headers dropped (the text then says another column, and the oracle no longer
 * holds). Absent cells are not counted either: a change may take their values away.
 *
 *   npx tsx scripts/hunt.ts [--corpus | --grids [--spans]] [--seed N] [--per-file N] [--ops drop,junk,…] [--dump DIR]
 *
 * --dump writes each text that gave a wrong number to DIR, as `SET-NAME-mK.txt` (`.html`).
 *
 * --grids hunts in the grid reader instead (parseHTML, and the mapper that Word files and PDFs
 * share): every held-out text printing its tables as cell rows is put back into a web page
 * (scripts/heldout-page.ts), its tables changed as a web page or a Word file exported to one may
 * change them, and read with parseHTML. The changes: a cell lost (the row's later cells move
 * left), a blank cell more at a row's end, a cell left blank, a row lost (no header row), a note
 * row, a header row repeated before a row, a row broken into two rows, two blank cells merged into
 * one spanning both, a table broken in two with page furniture between. Header rows are never
 * changed: a header lost or blanked says another column, and the oracle no longer holds. With
 * --corpus, every corpus and PDF text printing its tables as cell rows, each changed page checked
 * against what its unchanged page reads. With --spans, the pages have the statutory tables' spans
 * (table 三's group labels over their rows), as a published page has them.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML, parseText } from "../src/index.js";
import { tableLayout } from "../src/templates/layout.js";
import { templateVersions } from "../src/templates/registry.js";
import { matchKey } from "../src/text/normalize.js";
import { cellsOf } from "../test/support/cells.js";
import { HELDOUT_SETS, heldOutDir, heldOutNames } from "../test/support/heldout.js";
import { reportText } from "../test/support/reporttext.js";
import {
  blocksOf,
  type PageBlock,
  type PageCell,
  pageOfBlocks,
  printsCellRows,
  withSpans,
} from "./heldout-page.js";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1]!;
}

let seed = Number(option("seed", "1"));
/** A small linear congruential generator: the same seed, the same changes. */
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Page furniture a PDF's text may hold between any two of a table's lines (a row may break). */
const FURNITURE = [
  "- 3 -",
  "— 4 —",
  "第 2 页",
  "第2页 共6页",
  "2022年政府信息公开工作年度报告",
  "",
  "（续表）",
];

/** Notes a table may print between its rows (before a label). */
const NOTES = [
  "单位：件",
  "注：本表数据统计截至2022年12月31日。",
  "制表单位：办公室 2023年1月15日",
];

/** Where a row may start: before a line that holds words and no digit (a label, a caption). */
function rowStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  lines.forEach((line, at) => {
    const words = line.replace(/[|\s]/g, "");
    if (words !== "" && !/\d/.test(words) && !isHeader(line)) starts.push(at);
  });
  return starts;
}

/** The column headers of both templates, as keys: a line holding one only is not dropped. */
const HEADERS = new Set(
  templateVersions.flatMap((version) =>
    tableLayout(version).flatMap((table) =>
      table.rows.flatMap((row) =>
        row.columns.flatMap((c) => [c.label, ...c.variants].map((text) => matchKey(text))),
      ),
    ),
  ),
);
const isHeader = (line: string) => HEADERS.has(matchKey(line.replace(/\|/g, "")));

/** A number standing as a word of its own (between blanks or pipes): a value as printed. */
const VALUE_WORD = /(?<=^|[\s|])[+-]?\d+(?:\.\d+)?(?=$|[\s|])/;
const VALUE_WORDS = new RegExp(VALUE_WORD.source, "g");

type Change = (lines: readonly string[]) => string[] | undefined;
const CHANGES: Record<string, Change> = {
  drop(lines) {
    const at = Math.floor(random() * lines.length);
    if (isHeader(lines[at]!)) return undefined;
    return [...lines.slice(0, at), ...lines.slice(at + 1)];
  },
  junk(lines) {
    const at = Math.floor(random() * lines.length);
    return [...lines.slice(0, at), pick(FURNITURE), ...lines.slice(at)];
  },
  note(lines) {
    const starts = rowStarts(lines);
    if (starts.length === 0) return undefined;
    const at = pick(starts);
    return [...lines.slice(0, at), pick(NOTES), ...lines.slice(at)];
  },
  header(lines) {
    // A sub-table's header printed again before a row (a page break repeating the header): a run
    // of header lines, from the label column's `信息内容` on.
    const runs: string[][] = [];
    lines.forEach((line, at) => {
      if (!line.includes("信息内容")) return;
      let end = at + 1;
      while (end < lines.length && (isHeader(lines[end]!) || /^[|\s]*$/.test(lines[end]!))) end++;
      if (end > at + 1) runs.push(lines.slice(at, end));
    });
    const starts = rowStarts(lines);
    if (runs.length === 0 || starts.length === 0) return undefined;
    const at = pick(starts);
    return [...lines.slice(0, at), ...pick(runs), ...lines.slice(at)];
  },
  blank(lines) {
    // A row's values left blank by its author: the numbers on one line taken out, the rest kept.
    const numbered = lines.flatMap((line, at) => (VALUE_WORD.test(line) ? [at] : []));
    if (numbered.length === 0) return undefined;
    const at = pick(numbered);
    return [...lines.slice(0, at), lines[at]!.replace(VALUE_WORDS, ""), ...lines.slice(at + 1)];
  },
  join(lines) {
    const at = Math.floor(random() * (lines.length - 1));
    return [...lines.slice(0, at), `${lines[at]} ${lines[at + 1]}`, ...lines.slice(at + 2)];
  },
  split(lines) {
    const at = Math.floor(random() * lines.length);
    const line = lines[at]!;
    const spaces = [...line.matchAll(/ /g)].map((match) => match.index!);
    if (spaces.length === 0) return undefined;
    const cut = pick(spaces);
    return [...lines.slice(0, at), line.slice(0, cut), line.slice(cut + 1), ...lines.slice(at + 1)];
  },
};

type Rows = readonly (readonly PageCell[])[];
/** A change of one table's rows (undefined when it does not apply), or of the page's blocks. */
type GridChange = (rows: Rows) => PageCell[][] | undefined;

const hasDigit = (cell: PageCell) => /\d/.test(cell.text);
const NUMBER_CELL = /^[+-]?\d+(?:\.\d+)?$/;
/**
 * A row printing a number after its label: the rows whose cells are changed. Header rows are not
 * (a header lost or blanked says another column, and the oracle no longer holds; headers carry
 * digits in notes, `上一年项目数量(指2019年事项数)`), nor captions.
 */
const isDataRow = (row: readonly PageCell[]) =>
  row.slice(1).some((cell) => NUMBER_CELL.test(cell.text.trim()));
const isHeaderRow = (row: readonly PageCell[]) => row.length > 1 && !isDataRow(row);
/** Where a row may start: a row whose first cell holds words and no digit, no header. */
const gridRowStarts = (rows: Rows) =>
  rows.flatMap((row, at) =>
    row[0] !== undefined && row[0].text !== "" && !hasDigit(row[0]) && !isHeaderRow(row)
      ? [at]
      : [],
  );
const withRow = (rows: Rows, at: number, row: readonly PageCell[] | undefined) =>
  [...rows.slice(0, at), ...(row === undefined ? [] : [row]), ...rows.slice(at + 1)].map((r) => [
    ...r,
  ]);

const GRID_CHANGES: Record<string, GridChange> = {
  dropCell(rows) {
    const candidates = rows.flatMap((row, at) => (row.length > 2 && isDataRow(row) ? [at] : []));
    if (candidates.length === 0) return undefined;
    const at = pick(candidates);
    const row = rows[at]!;
    const cell = 1 + Math.floor(random() * (row.length - 1));
    return withRow(rows, at, [...row.slice(0, cell), ...row.slice(cell + 1)]);
  },
  extraCell(rows) {
    // A blank cell more at a row's end (a ragged export: some rows wider than the header). Not
    // inside the row: the cells after it would stand under other headers, and the page would
    // print another table than the oracle's. Nor at the end of a row narrower than its header (a
    // cell dropped from it before): the row would print full width with its values shifted,
    // another table too (the hunt's own false alarm, --grids seed 19 before this).
    const headerWidth = (at: number) => {
      for (let above = at - 1; above >= 0; above--) {
        if (isHeaderRow(rows[above]!)) return rows[above]!.length;
      }
      return 0;
    };
    const candidates = rows.flatMap((row, at) =>
      isDataRow(row) && row.length >= headerWidth(at) ? [at] : [],
    );
    if (candidates.length === 0) return undefined;
    const at = pick(candidates);
    return withRow(rows, at, [...rows[at]!, { text: "" }]);
  },
  blankCell(rows) {
    const candidates = rows.flatMap((row, at) => (isDataRow(row) ? [at] : []));
    if (candidates.length === 0) return undefined;
    const at = pick(candidates);
    const row = rows[at]!;
    const cells = row.flatMap((cell, index) =>
      index > 0 && NUMBER_CELL.test(cell.text.trim()) ? [index] : [],
    );
    const cell = pick(cells);
    return withRow(rows, at, [...row.slice(0, cell), { text: "" }, ...row.slice(cell + 1)]);
  },
  dropRow(rows) {
    const at = Math.floor(random() * rows.length);
    if (rows[at] === undefined || isHeaderRow(rows[at]!)) return undefined;
    return withRow(rows, at, undefined);
  },
  noteRow(rows) {
    const starts = gridRowStarts(rows);
    if (starts.length === 0) return undefined;
    const at = pick(starts);
    return [...rows.slice(0, at), [{ text: pick(NOTES) }], ...rows.slice(at)].map((r) => [...r]);
  },
  headerRow(rows) {
    const headers = rows.filter((row) => row.some((cell) => cell.text.includes("信息内容")));
    const starts = gridRowStarts(rows);
    if (headers.length === 0 || starts.length === 0) return undefined;
    const at = pick(starts);
    return [...rows.slice(0, at), pick(headers), ...rows.slice(at)].map((r) => [...r]);
  },
  splitRow(rows) {
    const candidates = rows.flatMap((row, at) => (row.length > 2 && isDataRow(row) ? [at] : []));
    if (candidates.length === 0) return undefined;
    const at = pick(candidates);
    const row = rows[at]!;
    const cut = 1 + Math.floor(random() * (row.length - 1));
    return [...rows.slice(0, at), row.slice(0, cut), row.slice(cut), ...rows.slice(at + 1)].map(
      (r) => [...r],
    );
  },
  mergeBlanks(rows) {
    const candidates = rows.flatMap((row, at) =>
      isDataRow(row) && row.some((cell, i) => cell.text === "" && row[i + 1]?.text === "")
        ? [at]
        : [],
    );
    if (candidates.length === 0) return undefined;
    const at = pick(candidates);
    const row = rows[at]!;
    const pairs = row.flatMap((cell, i) =>
      cell.text === "" && row[i + 1]?.text === "" && cell.colSpan === undefined ? [i] : [],
    );
    if (pairs.length === 0) return undefined;
    const i = pick(pairs);
    return withRow(rows, at, [...row.slice(0, i), { text: "", colSpan: 2 }, ...row.slice(i + 2)]);
  },
};

/** A table broken in two at a row, with page furniture between (a page break in the export). */
function breakTable(blocks: readonly PageBlock[]): PageBlock[] | undefined {
  const tables = blocks.flatMap((block, at) =>
    block.kind === "table" && block.rows.length > 2 ? [at] : [],
  );
  if (tables.length === 0) return undefined;
  const at = pick(tables);
  const { rows } = blocks[at] as { rows: Rows };
  const cut = 1 + Math.floor(random() * (rows.length - 1));
  return [
    ...blocks.slice(0, at),
    { kind: "table", rows: rows.slice(0, cut) },
    { kind: "p", text: pick(FURNITURE.filter((line) => line !== "")) },
    { kind: "table", rows: rows.slice(cut) },
    ...blocks.slice(at + 1),
  ];
}

/** One change of a page's blocks: a table's rows, or a table broken in two. */
function changeBlocks(blocks: readonly PageBlock[], change: string): PageBlock[] | undefined {
  if (change === "breakTable") return breakTable(blocks);
  const tables = blocks.flatMap((block, at) => (block.kind === "table" ? [at] : []));
  if (tables.length === 0) return undefined;
  const at = pick(tables);
  const rows = GRID_CHANGES[change]!((blocks[at] as { rows: Rows }).rows);
  if (rows === undefined) return undefined;
  return [...blocks.slice(0, at), { kind: "table", rows }, ...blocks.slice(at + 1)];
}

/** The cells read, as JSON by path, the absent left out: a metamorphic reference. */
const readCells = (report: Parameters<typeof cellsOf>[0]) =>
  Object.fromEntries(
    [...cellsOf(report)]
      .filter(([, json]) => json !== undefined)
      .map(([path, json]) => [path, JSON.parse(json!)]),
  );

/**
 * The texts changed, each with its reference cells: the held-out reports with their oracles, or
 * (--corpus) every text of test/fixtures/corpus and test/fixtures/pdftotext with the cells read
 * from the unchanged text: a metamorphic check (a change that keeps or takes away what is printed
 * must not turn a value read into another), which reaches tables 三 and 四 and PDF texts.
 */
function* subjects(): Generator<{ name: string; text: string; cells: Record<string, unknown> }> {
  if (process.argv.includes("--corpus")) {
    for (const folder of ["corpus", "pdftotext"]) {
      const dir = join(import.meta.dirname, "..", "test", "fixtures", folder);
      for (const file of readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort()) {
        const raw = readFileSync(join(dir, file), "utf8");
        const text = reportText(raw);
        yield { name: `${folder}/${file}`, text, cells: readCells(parseText(text).report) };
      }
    }
    return;
  }
  for (const set of HELDOUT_SETS) {
    for (const name of heldOutNames(set)) {
      let raw: string;
      try {
        raw = readFileSync(join(heldOutDir(set), `${name}.txt`), "utf8");
      } catch {
        continue; // a saved page (.html): not a text
      }
      const cells = JSON.parse(readFileSync(join(heldOutDir(set), `${name}.cells.json`), "utf8"))
        .cells as Record<string, unknown>;
      yield { name: `${set}/${name}`, text: reportText(raw), cells };
    }
  }
}

const perFile = Number(option("per-file", "60"));
const grids = process.argv.includes("--grids");
const allOps = grids ? [...Object.keys(GRID_CHANGES), "breakTable"] : Object.keys(CHANGES);
const names = option("ops", allOps.join(",")).split(",");
const dump = option("dump", "");
// --spans: the pages with the statutory tables' spans (scripts/heldout-page.ts withSpans).
const spans = process.argv.includes("--spans");
if (dump) mkdirSync(dump, { recursive: true });

/** One or two changes, each picked among `names`, of what `apply` changes; the names used. */
function changed<T>(start: T, apply: (from: T, change: string) => T | undefined): [T, string[]] {
  let at = start;
  const used: string[] = [];
  for (let k = 1 + Math.floor(random() * 2); k > 0; k--) {
    const change = pick(names);
    const next = apply(at, change);
    if (next !== undefined) {
      at = next;
      used.push(change);
    }
  }
  return [at, used];
}

let texts = 0;
let wrongTexts = 0;
for (const subject of subjects()) {
  const { name, text: original } = subject;
  if (grids && !printsCellRows(original)) continue;
  // In the corpus, the reference of a page is what its unchanged page reads.
  const blocks = spans ? withSpans(blocksOf(original)) : blocksOf(original);
  const oracle =
    grids && process.argv.includes("--corpus")
      ? readCells(parseHTML(pageOfBlocks(blocks, name)).report)
      : subject.cells;
  const lines = original.split("\n");
  // Only the tables are changed: from table 二's heading or first caption on.
  const start = Math.max(
    0,
    lines.findIndex((l) => /主动公开政府信息情况|第二十条/.test(l)),
  );
  for (let m = 0; m < perFile; m++) {
    let input: string;
    let used: string[];
    if (grids) {
      const [page, changes] = changed<readonly PageBlock[]>(blocks, changeBlocks);
      [input, used] = [pageOfBlocks(page, name), changes];
    } else {
      const [tail, changes] = changed<readonly string[]>(lines.slice(start), (from, change) =>
        CHANGES[change]!(from),
      );
      [input, used] = [[...lines.slice(0, start), ...tail].join("\n"), changes];
    }
    texts++;
    const read = cellsOf((grids ? parseHTML(input) : parseText(input)).report);
    const wrong = Object.entries(oracle)
      .map(([path, value]) => [path, JSON.stringify(value), read.get(path)] as const)
      .filter(([, value, got]) => got !== undefined && got !== value && got !== "null");
    if (wrong.length === 0) continue;
    wrongTexts++;
    const file = `${name.replace(/\//g, "-")}-m${m}.${grids ? "html" : "txt"}`;
    if (dump) writeFileSync(join(dump, file), input);
    const shown = wrong.slice(0, 4).map(([path, value, got]) => `${path}=${got} (oracle ${value})`);
    console.log(`WRONG ${name} m${m} [${used.join(",")}] ${shown.join("; ")}`);
  }
}
console.log(`${texts} changed ${grids ? "pages" : "texts"}, ${wrongTexts} with a wrong number`);
