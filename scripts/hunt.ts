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
 *   npx tsx scripts/hunt.ts [--corpus] [--seed N] [--per-file N] [--ops drop,junk,note,header,blank,join,split] [--dump DIR]
 *
 * --dump writes each text that gave a wrong number to DIR, as `SET-NAME-mK.txt`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseText } from "../src/index.js";
import { tableLayout } from "../src/templates/layout.js";
import { templateVersions } from "../src/templates/registry.js";
import { matchKey } from "../src/text/normalize.js";
import { cellsOf } from "../test/support/cells.js";
import { HELDOUT_SETS, heldOutDir, heldOutNames } from "../test/support/heldout.js";

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
        const text = raw.includes("\n---\n") ? raw.slice(raw.indexOf("\n---\n") + 5) : raw;
        const read = cellsOf(parseText(text).report);
        const cells = Object.fromEntries(
          [...read]
            .filter(([, json]) => json !== undefined)
            .map(([path, json]) => [path, JSON.parse(json)]),
        );
        yield { name: `${folder}/${file}`, text, cells };
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
      yield { name: `${set}/${name}`, text: raw.slice(raw.indexOf("\n---\n") + 5), cells };
    }
  }
}

const perFile = Number(option("per-file", "60"));
const names = option("ops", Object.keys(CHANGES).join(",")).split(",");
const dump = option("dump", "");
if (dump) mkdirSync(dump, { recursive: true });
let texts = 0;
let wrongTexts = 0;
for (const { name, text: original, cells: oracle } of subjects()) {
  const lines = original.split("\n");
  // Only the tables are changed: from table 二's heading or first caption on.
  const start = Math.max(
    0,
    lines.findIndex((l) => /主动公开政府信息情况|第二十条/.test(l)),
  );
  for (let m = 0; m < perFile; m++) {
    let tail = lines.slice(start);
    const used: string[] = [];
    for (let k = 1 + Math.floor(random() * 2); k > 0; k--) {
      const change = pick(names);
      const changed = CHANGES[change]!(tail);
      if (changed) {
        tail = changed;
        used.push(change);
      }
    }
    const text = [...lines.slice(0, start), ...tail].join("\n");
    texts++;
    const read = cellsOf(parseText(text).report);
    const wrong = Object.entries(oracle)
      .map(([path, value]) => [path, JSON.stringify(value), read.get(path)] as const)
      .filter(([, value, got]) => got !== undefined && got !== value && got !== "null");
    if (wrong.length === 0) continue;
    wrongTexts++;
    if (dump) writeFileSync(join(dump, `${name.replace(/\//g, "-")}-m${m}.txt`), text);
    const shown = wrong.slice(0, 4).map(([path, value, got]) => `${path}=${got} (oracle ${value})`);
    console.log(`WRONG ${name} m${m} [${used.join(",")}] ${shown.join("; ")}`);
  }
}
console.log(`${texts} changed texts, ${wrongTexts} with a wrong number`);
