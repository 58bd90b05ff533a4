// Differential check of the readers: the working tree's parseText / parseHTML / parseDocx /
// parsePdf against those of a git ref, on every fixture and on seeded mutations of the corpus
// texts, all in one process and in two orders. A change meant to keep every result (a speed-up, a
// refactoring) must print no difference. Both orders matter: state kept across calls (a reused
// buffer, a cache) shows only when a text is read after another one, which no single-input test
// does (a buffer kept from a longer text once lost a table's positions).
//
// Usage: npx tsx scripts/differential.ts [--base <ref>] [--mutations <n>] [--seed <n>] [--only <text>]
// The ref's src/ is extracted under .differential/ (inside the repository, so that its imports
// resolve to this node_modules); each input that differs is written there for reproduction.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { reportText } from "../test/support/reporttext.js";

interface Readers {
  readonly parseText: (text: string) => unknown;
  readonly parseHTML: (html: string) => unknown;
  readonly parseDocx: (bytes: Uint8Array) => Promise<unknown>;
  readonly parsePdf: (bytes: Uint8Array) => Promise<unknown>;
}

interface Input {
  readonly name: string;
  readonly kind: "text" | "html" | "docx" | "pdf";
  readonly content: string | Uint8Array;
}

const root = fileURLToPath(new URL("..", import.meta.url));
const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
};
const base = argument("base", "HEAD");
const mutationCount = Number(argument("mutations", "3000"));
const seed = Number(argument("seed", "1"));

/** The ref's sources, extracted once per commit under .differential/<commit>. */
async function readersAt(ref: string): Promise<Readers> {
  const commit = execFileSync("git", ["rev-parse", ref], { cwd: root, encoding: "utf8" }).trim();
  const folder = join(root, ".differential", commit);
  mkdirSync(folder, { recursive: true });
  const archive = join(folder, "src.tar");
  execFileSync("git", ["archive", "--output", archive, commit, "src"], { cwd: root });
  execFileSync("tar", ["-x", "-f", archive, "-C", folder]);
  return loadReaders(join(folder, "src"));
}

async function loadReaders(src: string): Promise<Readers> {
  const load = (file: string) => import(pathToFileURL(join(src, file)).href);
  const [index, docx, pdf] = await Promise.all([load("index.ts"), load("docx.ts"), load("pdf.ts")]);
  return {
    parseText: index.parseText,
    parseHTML: index.parseHTML,
    parseDocx: docx.parseDocx,
    parsePdf: pdf.parsePdf,
  };
}

/** mulberry32: a small seeded generator, so that a run can be repeated exactly. */
function generator(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fixtures(folder: string): Input[] {
  const inputs: Input[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) {
      inputs.push(...fixtures(path));
      continue;
    }
    const name = relative(root, path);
    const extension = entry.slice(entry.lastIndexOf(".") + 1);
    if (extension === "txt" || extension === "md") {
      const raw = readFileSync(path, "utf8");
      // A corpus file's header ends at its first `---` line; other texts are read whole.
      const body = reportText(raw);
      inputs.push({ name, kind: "text", content: body });
    } else if (extension === "html") {
      inputs.push({ name, kind: "html", content: readFileSync(path, "utf8") });
    } else if (extension === "docx" || extension === "pdf") {
      inputs.push({ name, kind: extension, content: new Uint8Array(readFileSync(path)) });
    }
  }
  return inputs;
}

// Characters the readers branch on: separators, brackets, signs, marks, NFKC expansions.
const INSERTS = [
  " ",
  "\t",
  "|",
  "\u3000",
  "\n",
  "（",
  "）",
  "(",
  ")",
  "/",
  "—",
  "-",
  "0",
  "7",
  "㍻",
  "⑳",
  "㎡",
  "增",
  "减",
  "，",
  "：",
  "《",
  "》",
  "20",
  "2021年",
];

/** One mutation of a text: a line deleted, doubled or swapped, a character changed, a cut. */
function mutate(text: string, random: () => number): string {
  const pick = (n: number) => Math.floor(random() * n);
  const lines = text.split("\n");
  const at = pick(Math.max(1, text.length));
  switch (pick(7)) {
    case 0:
      lines.splice(pick(lines.length), 1);
      return lines.join("\n");
    case 1: {
      const line = pick(lines.length);
      lines.splice(line, 0, lines[line]!);
      return lines.join("\n");
    }
    case 2: {
      const a = pick(lines.length);
      const b = pick(lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join("\n");
    }
    case 3:
      return text.slice(0, at) + INSERTS[pick(INSERTS.length)] + text.slice(at);
    case 4:
      return text.slice(0, at) + text.slice(at + 1 + pick(3));
    case 5:
      return text.replace(/\d/g, (digit) => (random() < 0.05 ? String(pick(10)) : digit));
    default:
      return text.slice(0, at);
  }
}

async function read(readers: Readers, input: Input): Promise<string> {
  try {
    // Awaited whatever the reader: parseDocx and parsePdf return promises (JSON of a promise is
    // `{}`, which once made every Word file read alike on both sides; the type says so now).
    const result = await (input.kind === "text"
      ? readers.parseText(input.content as string)
      : input.kind === "html"
        ? readers.parseHTML(input.content as string)
        : input.kind === "docx"
          ? readers.parseDocx(input.content as Uint8Array)
          : readers.parsePdf(input.content as Uint8Array));
    return JSON.stringify(result);
  } catch (error) {
    // Readers never throw: a throw is a difference worth seeing, not a crash of the check.
    return `threw: ${String(error)}`;
  }
}

/** A result's table cells by path (`applications.disclosed.total`), each as JSON. */
function cellsOf(json: string): Map<string, string> {
  const cells = new Map<string, string>();
  if (json.startsWith("threw")) return cells;
  const report = (JSON.parse(json) as { report?: Record<string, unknown> }).report ?? {};
  for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"]) {
    const rows = (report[table] ?? {}) as Record<string, Record<string, unknown>>;
    for (const [row, values] of Object.entries(rows)) {
      for (const [column, value] of Object.entries(values)) {
        cells.set(`${table}.${row}.${column}`, JSON.stringify(value));
      }
    }
  }
  return cells;
}

const out = join(root, ".differential");
const before = await readersAt(base);
const after = await loadReaders(join(root, "src"));
const given = fixtures(join(root, "test", "fixtures"));
const random = generator(seed);
const texts = given.filter((input) => input.kind === "text" || input.kind === "html");
const mutated: Input[] = [];
for (let i = 0; i < mutationCount && texts.length > 0; i++) {
  const source = texts[Math.floor(random() * texts.length)]!;
  let content = source.content as string;
  const times = 1 + Math.floor(random() * 3);
  for (let k = 0; k < times; k++) content = mutate(content, random);
  mutated.push({ name: `${source.name} mutation ${i}`, kind: source.kind, content });
}
// `--only <text>`: only the inputs whose name holds it (a fixture and its mutations), to see
// every difference of one source when more than the 20 written differ.
const only = argument("only", "");
const inputs = [...given, ...mutated].filter((input) => input.name.includes(only));
rmSync(join(out, "differences"), { recursive: true, force: true });
let differences = 0;
// Differences by the fixture an input is (or was mutated from): where a change acts.
const bySource = new Map<string, number>();
// Table cells across the differing inputs: gained (absent before), lost, and changed. A change
// meant to read more may gain cells; a changed value is a number read differently: look at each.
const cellChanges = { gained: 0, lost: 0, changed: [] as string[] };
for (const [order, list] of [
  ["in order", inputs],
  ["reversed", [...inputs].reverse()],
] as const) {
  for (const input of list) {
    const [was, is] = [await read(before, input), await read(after, input)];
    if (was === is) continue;
    differences++;
    const source = input.name.replace(/ mutation \d+$/, "");
    bySource.set(source, (bySource.get(source) ?? 0) + 1);
    const [old, now] = [cellsOf(was), cellsOf(is)];
    for (const [path, value] of now) {
      if (!old.has(path)) cellChanges.gained++;
      else if (old.get(path) !== value) {
        cellChanges.changed.push(`${input.name} ${path}: ${old.get(path)} → ${value}`);
      }
    }
    for (const path of old.keys()) if (!now.has(path)) cellChanges.lost++;
    if (differences <= 20) {
      console.log(`differs (${order}): ${input.name}`);
      mkdirSync(join(out, "differences"), { recursive: true });
      const file = join(out, "differences", `${differences}.${input.kind}`);
      writeFileSync(file, input.content);
      writeFileSync(`${file}.json`, `${was}\n${is}\n`);
    }
  }
}
for (const [source, count] of bySource) console.log(`${String(count).padStart(5)}  ${source}`);
for (const line of cellChanges.changed.slice(0, 20)) console.log(`changed: ${line}`);
console.log(
  `table cells of the differing results: ${cellChanges.gained} gained, ${cellChanges.lost} lost, ${cellChanges.changed.length} changed`,
);
console.log(
  `${inputs.length} inputs (${given.length} fixtures, ${mutated.length} mutations, seed ${seed}), read in two orders against ${base}: ${differences} differences`,
);
process.exitCode = differences === 0 ? 0 : 1;
