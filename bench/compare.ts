// parseText of the working tree against that of a git ref, both built as the package ships them
// (bench/built.ts), timed in one process in alternating batches with the floor of bench/corpus.ts,
// best batch mean of each, per corpus file. A speed change is judged by the ratio new/old
// measured side by side, which a busy machine disturbs far less than two runs of bench/corpus.ts
// at different times (it slows both alike). Results are checked for equality with
// scripts/differential.ts, not here.
// Usage: npx tsx bench/compare.ts [--base <ref>] [--only <text>] [--budget <ms per file>]
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { reportText } from "../test/support/reporttext.js";
import { buildFromConfig, buildRoot, builtLibrary, type Library } from "./built.js";
import { batchSize, CEILING } from "./corpus.js";

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
};
const base = argument("base", "HEAD");
const only = argument("only", "");
const budgetMs = Number(argument("budget", "600"));

/** The ref's src/ built as the package's CommonJS entry, in a temporary folder. */
async function libraryAt(ref: string): Promise<Library> {
  const commit = execFileSync("git", ["rev-parse", ref], { encoding: "utf8" }).trim();
  // Extracted inside the repository so that its imports resolve to this node_modules.
  const folder = resolve(".differential", `bench-${commit}`);
  rmSync(folder, { recursive: true, force: true });
  execFileSync("mkdir", ["-p", folder]);
  execFileSync("sh", ["-c", `git archive ${commit} src | tar -x -C ${folder}`]);
  const root = buildRoot("zfxxgk-compare-");
  process.on("exit", () => rmSync(root, { recursive: true, force: true }));
  await buildFromConfig(
    root,
    (config) => Array.isArray(config.format) && config.format.includes("cjs") && !config.dts,
    { index: relative(process.cwd(), join(folder, "src", "index.ts")) },
  );
  return createRequire(import.meta.url)(join(root, "dist", "index.cjs")) as Library;
}

let sink: unknown;

/** Best batch mean of each run, the batches alternating. */
function best(runs: readonly (() => unknown)[], ms: number): number[] {
  const sizes = runs.map((run) => batchSize(run, 2));
  const bests = runs.map(() => Number.POSITIVE_INFINITY);
  const until = performance.now() + ms;
  for (let round = 0; round < 5 || performance.now() < until; round++) {
    runs.forEach((run, which) => {
      const start = performance.now();
      for (let i = 0; i < sizes[which]!; i++) sink = run();
      bests[which] = Math.min(bests[which]!, (performance.now() - start) / sizes[which]!);
    });
  }
  return bests;
}

const [now, old] = [await builtLibrary(), await libraryAt(base)];
const folder = new URL("../test/fixtures/corpus/", import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith(".txt") && name.includes(only))
  .sort();
const texts = files.map((file) => {
  const raw = readFileSync(new URL(file, folder), "utf8");
  return reportText(raw);
});
// Warm-up: both libraries read every text for a while (see bench/corpus.ts).
const until = performance.now() + 3000;
do {
  for (const text of texts) sink = [old.parseText(text), now.parseText(text)];
} while (performance.now() < until);
let sumOld = 0;
let sumNew = 0;
let overOld = 0;
let overNew = 0;
files.forEach((file, index) => {
  const text = texts[index]!;
  const [o, n, f] = best(
    [
      () => old.parseText(text),
      () => now.parseText(text),
      () => text.normalize("NFKC").split("\n"),
    ],
    budgetMs,
  ) as [number, number, number];
  sumOld += o;
  sumNew += n;
  if (o / f > CEILING) overOld++;
  if (n / f > CEILING) overNew++;
  console.log(
    `${file.padEnd(28)} old ${(o * 1000).toFixed(1).padStart(7)} µs  new ${(n * 1000).toFixed(1).padStart(7)} µs  new/old ${(n / o).toFixed(2)}  floor× old ${(o / f).toFixed(1).padStart(5)} new ${(n / f).toFixed(1).padStart(5)}`,
  );
});
console.log(
  `sum old ${(sumOld * 1000).toFixed(0)} µs, new ${(sumNew * 1000).toFixed(0)} µs (new/old ${(sumNew / sumOld).toFixed(3)}); over ${CEILING}×: old ${overOld}, new ${overNew} of ${files.length}`,
);
void sink;
