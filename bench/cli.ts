// The command line, timed as users run it: the built `dist/cli.js` spawned by Node. Startup of
// `zfxxgk --version` and of a one-file `validate` against a bare `node -e 0` (issue 16: --version
// under 150 ms), and `validate` over 500 reports with one worker and with two (issue 16: two
// workers ≥ 1.5× one on 2 cores). Not a test: speed is measured here, never asserted in npm test.
// Run alone: npx tsx bench/cli.ts
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type Options } from "tsup";
import { corpusFiles } from "../test/read/support.js";
import configs from "../tsup.config.js";

/** One --jobs over the reports: wall seconds and CPU seconds (all threads), median and best. */
export interface PoolTiming {
  readonly jobs: number;
  readonly runs: number;
  readonly wall: { readonly median: number; readonly best: number };
  readonly cpu: { readonly median: number; readonly best: number };
}

export interface CliTimings {
  /** [what, median ms, fastest ms] of each startup. */
  readonly startup: readonly (readonly [string, number, number])[];
  /** Each --jobs over the 500 reports, several runs. */
  readonly pool: readonly PoolTiming[];
  readonly reports: number;
  readonly cores: number;
}

const REPORTS = 500;
const STARTS = Number(process.env["BENCH_CLI_STARTS"] ?? 15);
const POOL_RUNS = Number(process.env["BENCH_CLI_RUNS"] ?? 5);

/** The command line built into a temporary folder with the project's tsup configuration. */
async function buildCli(root: string): Promise<string> {
  symlinkSync(resolve("node_modules"), join(root, "node_modules"), "dir");
  const cli = (configs as Options[]).find(
    (config) => typeof config.entry === "object" && "cli" in (config.entry as object),
  );
  if (cli === undefined) throw new Error("no CLI entry in tsup.config.ts");
  await build({ ...cli, config: false, silent: true, outDir: join(root, "dist") });
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

/** Startups and the pool, in alternation so that a busy machine slows each alike. */
export async function cliTimings(): Promise<CliTimings> {
  const root = mkdtempSync(join(tmpdir(), "zfxxgk-bench-cli-"));
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
    const startup = startups.map(
      ([name], k) => [name, median(samples[k]!), Math.min(...samples[k]!)] as const,
    );

    // 500 reports: the corpus over and over, in ten folders.
    const reports = join(root, "reports");
    for (let i = 0; i < REPORTS; i++) {
      const file = corpus[i % corpus.length]!;
      const folder = join(reports, String(i % 10));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${String(i).padStart(3, "0")}-${file.name}.txt`), file.text);
    }
    // One job and two in alternation, so that other work on the machine slows each alike.
    const jobs = [1, 2];
    const walls = jobs.map(() => [] as number[]);
    const cpus = jobs.map(() => [] as number[]);
    for (let run = 0; run < POOL_RUNS; run++) {
      for (const [k, n] of jobs.entries()) {
        const args = [cli, "validate", reports, "--jobs", String(n), "--format", "json", "-q"];
        const one = measured([...args, "--out", join(root, `out-${n}.ndjson`)]);
        walls[k]!.push(one.ms / 1000);
        cpus[k]!.push(one.cpu);
      }
    }
    const pool = jobs.map(
      (n, k): PoolTiming => ({
        jobs: n,
        runs: POOL_RUNS,
        wall: { median: median(walls[k]!), best: Math.min(...walls[k]!) },
        cpu: { median: median(cpus[k]!), best: Math.min(...cpus[k]!) },
      }),
    );
    return { startup, pool, reports: REPORTS, cores: availableParallelism() };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const timings = await cliTimings();
  console.table(
    Object.fromEntries(
      timings.startup.map(([name, med, min]) => [
        name,
        { median: `${med.toFixed(0)} ms`, fastest: `${min.toFixed(0)} ms` },
      ]),
    ),
  );
  const one = timings.pool[0]!;
  console.table(
    Object.fromEntries(
      timings.pool.map((t) => [
        `--jobs ${t.jobs}`,
        {
          "wall s (median)": t.wall.median.toFixed(2),
          "wall s (best)": t.wall.best.toFixed(2),
          "files/s (median)": (timings.reports / t.wall.median).toFixed(0),
          "speed-up (median)": `${(one.wall.median / t.wall.median).toFixed(2)}×`,
          "speed-up (best)": `${(one.wall.best / t.wall.best).toFixed(2)}×`,
          "CPU s (median)": t.cpu.median.toFixed(2),
          "CPU s (least)": t.cpu.best.toFixed(2),
        },
      ]),
    ),
  );
}
