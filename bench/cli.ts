// The command line, timed as users run it: the built `dist/cli.js` spawned by Node. Startup of
// `zfxxgk --version` and of a one-file `validate` against a bare `node -e 0` (issue 16: --version
// under 150 ms), and `validate` over 500 files with one worker and with two (issue 16: two workers
// ≥ 1.5× one on 2 cores), on two sets: the corpus files (mostly page excerpts of one table, so a
// run is mostly the workers' start-up) and whole reports in a mix of formats like the one data
// teams feed the command (mostly PDFs). Not a test: speed is measured here, never asserted in
// npm test.
// Run alone: npx tsx bench/cli.ts. BENCH_CLI_SETS=excerpts or =whole runs one set (default both),
// BENCH_CLI_RUNS the runs of each --jobs (5), BENCH_CLI_STARTS the startup spawns (15; 0: none).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { corpusFiles } from "../test/read/support.js";
import { buildFromConfig, buildRoot } from "./built.js";

/** One --jobs over a set: wall seconds and CPU seconds (all threads and worker processes), median and best. */
export interface PoolTiming {
  readonly jobs: number;
  readonly runs: number;
  readonly wall: { readonly median: number; readonly best: number };
  readonly cpu: { readonly median: number; readonly best: number };
}

/** The sets of files `validate` is timed on. */
export type SetName = "excerpts" | "whole";

/** One set of 500 files: what it holds, and each --jobs over it. */
export interface PoolSet {
  readonly name: SetName;
  /** What the set is, for a table's title. */
  readonly label: string;
  readonly files: number;
  /** Files of each format in the set ("text", "HTML", "Word", "PDF"). */
  readonly mix: Readonly<Record<string, number>>;
  readonly pool: readonly PoolTiming[];
}

export interface CliTimings {
  /** [what, median ms, fastest ms] of each startup (none when BENCH_CLI_STARTS=0). */
  readonly startup: readonly (readonly [string, number, number])[];
  /** Each set asked for (BENCH_CLI_SETS), each --jobs over it, several runs. */
  readonly sets: readonly PoolSet[];
  readonly cores: number;
}

const FILES = 500;
const STARTS = Number(process.env["BENCH_CLI_STARTS"] ?? 15);
const POOL_RUNS = Number(process.env["BENCH_CLI_RUNS"] ?? 5);
const SETS = (process.env["BENCH_CLI_SETS"] ?? "excerpts,whole")
  .split(",")
  .map((name) => name.trim())
  .filter((name): name is SetName => name === "excerpts" || name === "whole");

/**
 * The whole-report mix, in every ten files: what the users validate ("most of them
 * PDFs", with Word files and saved web pages), and some plain text.
 */
const WHOLE_MIX: readonly (readonly [format: string, inTen: number])[] = [
  ["PDF", 6],
  ["HTML", 2],
  ["Word", 1],
  ["text", 1],
];

/** The command line built into `root` with the project's tsup configuration. */
async function buildCli(root: string): Promise<string> {
  await buildFromConfig(
    root,
    (config) => typeof config.entry === "object" && "cli" in (config.entry as object),
  );
  return join(root, "dist", "cli.js");
}

/**
 * CPU seconds used by the children this process has waited for (Linux: /proc/self/stat fields
 * cutime and cstime, in clock ticks of 1/100 s); NaN elsewhere. On a busy machine the wall clock
 * of a pool says little; the CPU it used says what two idle cores would make of it.
 */
function childrenCpuSeconds(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Wall milliseconds and CPU seconds of one run. */
function measured(args: readonly string[]): { ms: number; cpu: number } {
  const cpu = childrenCpuSeconds();
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1 && result.status !== 2) {
    throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  }
  return { ms, cpu: childrenCpuSeconds() - cpu };
}

const timed = (args: readonly string[]) => measured(args).ms;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** A committed fixture folder's files whose names end with one of `extensions`. */
function fixtures(
  folder: string,
  keep: (name: string) => boolean,
): { name: string; bytes: Buffer }[] {
  const dir = new URL(`../test/fixtures/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter(keep)
    .sort()
    .map((name) => ({ name, bytes: readFileSync(new URL(name, dir)) }));
}

/** Writes one file of a set: the `index`-th, into the given one of ten folders. */
function place(root: string, folder: number, index: number, name: string, data: string | Buffer) {
  const dir = join(root, String(folder));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${String(index).padStart(3, "0")}-${name}`), data);
}

/**
 * 500 corpus files, over and over, in ten folders: most are page excerpts (pages-*, the first
 * ~2,000 characters of a published page), the rest whole reports; all text.
 */
function excerptSet(root: string): Pick<PoolSet, "label" | "mix"> {
  const corpus = corpusFiles();
  let excerpts = 0;
  for (let i = 0; i < FILES; i++) {
    const file = corpus[i % corpus.length]!;
    if (file.name.startsWith("pages-")) excerpts += 1;
    place(root, i % 10, i, `${file.name}.txt`, file.text);
  }
  return {
    label: `${FILES} corpus files (mostly page excerpts)`,
    mix: { "text page excerpts": excerpts, "text whole reports": FILES - excerpts },
  };
}

/**
 * 500 whole reports in the mix of WHOLE_MIX, each format's fixtures over and over: the full
 * corpus reports (github-*, seed-*), the HTML pages, the Word files and the text PDFs (not the
 * encrypted one nor the scan, which stop at once). Fifty a folder, the formats interleaved, so
 * that every stretch of the list is like the whole.
 */
function wholeSet(root: string): Pick<PoolSet, "label" | "mix"> {
  const byFormat: Record<string, { name: string; bytes: Buffer | string }[]> = {
    PDF: fixtures("pdf", (n) => n.endsWith(".pdf") && n !== "encrypted.pdf" && n !== "scanned.pdf"),
    HTML: fixtures("html", (n) => extname(n) === ".html"),
    Word: fixtures("docx", (n) => extname(n) === ".docx"),
    text: corpusFiles()
      .filter((file) => file.name.startsWith("github-") || file.name.startsWith("seed-"))
      .map((file) => ({ name: `${file.name}.txt`, bytes: file.text })),
  };
  const pattern = WHOLE_MIX.flatMap(([format, inTen]) => Array<string>(inTen).fill(format));
  const taken: Record<string, number> = {};
  for (let i = 0; i < FILES; i++) {
    const format = pattern[i % pattern.length]!;
    const files = byFormat[format]!;
    const k = taken[format] ?? 0;
    taken[format] = k + 1;
    const file = files[k % files.length]!;
    place(root, Math.floor(i / (FILES / 10)), i, file.name, file.bytes);
  }
  const kinds = Object.entries(byFormat)
    .map(([format, files]) => `${files.length} ${format}`)
    .join(", ");
  return { label: `${FILES} whole reports (from ${kinds} fixtures)`, mix: taken };
}

/** Each --jobs over one folder of files, in alternation so that a busy machine slows each alike. */
function poolTimings(cli: string, files: string, out: string): PoolTiming[] {
  const jobs = [1, 2];
  const walls = jobs.map(() => [] as number[]);
  const cpus = jobs.map(() => [] as number[]);
  for (let run = 0; run < POOL_RUNS; run++) {
    for (const [k, n] of jobs.entries()) {
      const args = [cli, "validate", files, "--jobs", String(n), "--format", "json", "-q"];
      const one = measured([...args, "--out", join(out, `out-${n}.ndjson`)]);
      walls[k]!.push(one.ms / 1000);
      cpus[k]!.push(one.cpu);
    }
  }
  return jobs.map(
    (n, k): PoolTiming => ({
      jobs: n,
      runs: POOL_RUNS,
      wall: { median: median(walls[k]!), best: Math.min(...walls[k]!) },
      cpu: { median: median(cpus[k]!), best: Math.min(...cpus[k]!) },
    }),
  );
}

/** Startups, then each set's pool; each in alternation so that a busy machine slows each alike. */
export async function cliTimings(): Promise<CliTimings> {
  const root = buildRoot("zfxxgk-bench-cli-");
  try {
    const cli = await buildCli(root);
    const corpus = corpusFiles();
    const seed = join(root, "seed.txt");
    writeFileSync(seed, corpus.find((file) => file.name.startsWith("seed"))!.text);
    const startups: [string, string[]][] = [
      ["node -e 0 (the floor)", ["-e", "0"]],
      ["zfxxgk --version", [cli, "--version"]],
      ["zfxxgk validate seed.txt", [cli, "validate", seed, "--quiet"]],
    ];
    const samples = startups.map(() => [] as number[]);
    for (let i = 0; i < STARTS; i++) {
      for (const [k, [, args]] of startups.entries()) samples[k]!.push(timed(args));
    }
    const startup =
      STARTS > 0
        ? startups.map(
            ([name], k) => [name, median(samples[k]!), Math.min(...samples[k]!)] as const,
          )
        : [];
    const sets = SETS.map((name): PoolSet => {
      const files = join(root, name);
      const { label, mix } = name === "whole" ? wholeSet(files) : excerptSet(files);
      return { name, label, files: FILES, mix, pool: poolTimings(cli, files, root) };
    });
    return { startup, sets, cores: availableParallelism() };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The mix of a set as words: "300 PDF, 100 HTML, 50 Word, 50 text". */
export const mixWords = (set: PoolSet): string =>
  Object.entries(set.mix)
    .map(([format, count]) => `${count} ${format}`)
    .join(", ");

if (import.meta.url === `file://${process.argv[1]}`) {
  const timings = await cliTimings();
  if (timings.startup.length > 0) {
    console.table(
      Object.fromEntries(
        timings.startup.map(([name, med, min]) => [
          name,
          { median: `${med.toFixed(0)} ms`, fastest: `${min.toFixed(0)} ms` },
        ]),
      ),
    );
  }
  for (const set of timings.sets) {
    console.log(`${set.label}: ${mixWords(set)}; ${timings.cores} cores`);
    const one = set.pool[0]!;
    console.table(
      Object.fromEntries(
        set.pool.map((t) => [
          `--jobs ${t.jobs}`,
          {
            "wall s (median)": t.wall.median.toFixed(2),
            "wall s (best)": t.wall.best.toFixed(2),
            "files/s (median)": (set.files / t.wall.median).toFixed(0),
            "speed-up (median)": `${(one.wall.median / t.wall.median).toFixed(2)}×`,
            "speed-up (best)": `${(one.wall.best / t.wall.best).toFixed(2)}×`,
            "CPU s (median)": t.cpu.median.toFixed(2),
            "CPU s (least)": t.cpu.best.toFixed(2),
          },
        ]),
      ),
    );
  }
}
