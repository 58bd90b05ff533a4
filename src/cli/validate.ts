// `zfxxgk validate`: every input checked, one record each, written in input order. With more than
// one input and --jobs above 1 the checks run in a pool of worker processes (tinypool), a batch of
// inputs per message (see batch.ts); the workers read the files themselves and send back written
// records, so the main thread only lists inputs, hands them out and writes the records, and the
// output is the same byte for byte whatever --jobs is.
import { open } from "node:fs/promises";
import type { CliOptions } from "./args.js";
import { batches } from "./batch.js";
import type { Batch, Outcome, Settings, Task } from "./check.js";
import { CSV_BOM, CSV_HEADER, CSV_HEADER_NUMBERED } from "./csv.js";
import { type Input, listInputs } from "./inputs.js";
import { orderedMap } from "./order.js";
import { type Progress, startProgress } from "./progress.js";
import { inShard } from "./shard.js";
import { openSinkOrFail } from "./sink.js";
import { summaryLine, type Tally } from "./words.js";

/** Runs checks: in this thread, or in a pool that is shut down by `close`. */
interface Runner {
  run(batch: Batch): Promise<Outcome[]>;
  /** The most inputs to put in the `index`-th batch. */
  batchSize(index: number): number;
  close(): Promise<void>;
}

/** The largest batch: a few tens of milliseconds of text reports, so that the last ones even out. */
const MAX_BATCH = 8;
/**
 * What an input weighs in a batch: a PDF as much as a full batch (it takes a worker 0.1–0.5 s, as
 * long as eight text reports or more, so batching PDFs saves nothing and leaves one worker with
 * seconds of work at the end while the other idles). Told by the name only, to schedule: a
 * misnamed file is still read as what its bytes are.
 */
const inputWeight = (input: Input) => (/\.pdf$/i.test(input.path) ? MAX_BATCH : 1);
/** How long a batch waits for more inputs when the list pauses (a program feeding --files-from). */
const LINGER_MS = 10;

async function inlineRunner(): Promise<Runner> {
  const { checkBatch } = await import("./check.js");
  // No messages to save in this thread: one input at a time, each written as soon as it is done.
  return { run: checkBatch, batchSize: () => 1, close: () => Promise.resolve() };
}

/** Each input of a batch as a record that says the check stopped (the worker died). */
async function failedBatch(batch: Batch, error: unknown): Promise<Outcome[]> {
  const { checkBatch } = await import("./check.js");
  const message = String((error as Error)?.message ?? error).split("\n")[0]!;
  return checkBatch({
    ...batch,
    tasks: batch.tasks.map((task) => ({ file: task.file, problem: { code: "INTERNAL", message } })),
  });
}

/**
 * Options of this process a worker must not take: what to run instead of the worker (`-e CODE`,
 * `-p`, `--input-type`, `--check`, `-i`), and what would make every worker bind or wait on the
 * debugger's port or restart on file changes (`--inspect*`, `--watch*`). Node's `fork` drops
 * `-e`/`-p` only from `process.execArgv` itself, not from a list built from it. The value is the
 * number of arguments after the option that belong to it.
 */
const NOT_FOR_WORKERS: Readonly<Record<string, number>> = {
  "-e": 1,
  "--eval": 1,
  "-p": 1,
  "--print": 1,
  "-pe": 1,
  "--input-type": 1,
  "-c": 0,
  "--check": 0,
  "-i": 0,
  "--interactive": 0,
  "--inspect-port": 1,
  "--debug-port": 1,
  "--watch-path": 1,
};
const NOT_FOR_WORKERS_PREFIX = /^--(?:inspect|watch|debug-port|input-type|eval|print)(?:[-=]|$)/;

/**
 * The Node options of a worker process: this process's own, less those that would run something
 * else or contend for a port ({@link NOT_FOR_WORKERS}). When there are as many workers as cores,
 * each also runs V8 without its helper threads (`--single-threaded`: no background compiler, no
 * concurrent garbage collector): every core already runs a worker, so the helpers only compete
 * with the workers, and their hand-overs cost CPU time of their own. Over 500 whole reports on 2
 * cores this took `--jobs 2` from 48.7–51.1 s to 44.3–45.2 s (docs/performance.md). With spare
 * cores the helpers run on those, for free, and V8 keeps them.
 *
 * @example
 * ```ts
 * workerExecArgv(2, 2, ["--max-old-space-size=4096", "-e", "code"]);
 * // ["--max-old-space-size=4096", "--single-threaded"]
 * ```
 */
export function workerExecArgv(workers: number, cores: number, own: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < own.length; i++) {
    const option = own[i]!;
    const takes = NOT_FOR_WORKERS[option];
    // `node -p -e CODE`: the code follows the second option, not the first.
    if (takes !== undefined) i += NOT_FOR_WORKERS[own[i + 1] ?? ""] === undefined ? takes : 0;
    else if (!NOT_FOR_WORKERS_PREFIX.test(option)) kept.push(option);
  }
  return workers >= cores ? [...kept, "--single-threaded"] : kept;
}

async function poolRunner(threads: number, worker: URL): Promise<Runner> {
  const [{ Tinypool }, { availableParallelism }] = await Promise.all([
    import("tinypool"),
    import("node:os"),
  ]);
  const pool = new Tinypool({
    filename: worker.href,
    // One process at first, more as batches wait for one (up to --jobs): a few files on a machine
    // of many cores start a few processes, not one per core. A process idle for 10 s ends.
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 10_000,
    // A worker is reused for the next batch; nothing of one file is kept for the next.
    isolateWorkers: false,
    // Processes, not threads: V8's flags are one per process, and a worker's are set above. The
    // structured clone of messages carries the bytes of standard input (JSON would not).
    runtime: "child_process",
    serialization: "advanced",
    execArgv: workerExecArgv(threads, availableParallelism(), process.execArgv),
  });
  // A worker that cannot start (a Node that refuses an option, a process killed before it is
  // ready) is an "error" of the pool, with no batch to fail: unheard, it would end the command.
  // Before any batch has been checked it means no worker can start, and every batch fails (each
  // input an INTERNAL record); later it is one worker lost, which the pool replaces.
  let checked = false;
  let broken: (error: unknown) => void = () => undefined;
  const failing = new Promise<never>((_, reject) => {
    broken = reject;
  });
  failing.catch(() => undefined);
  pool.on("error", (error: unknown) => {
    if (!checked) broken(error);
  });
  const run = (batch: Batch) =>
    Promise.race([
      (pool.run(batch) as Promise<Outcome[]>).then((outcomes) => {
        checked = true;
        return outcomes;
      }),
      failing,
    ]);
  return {
    // A worker that dies (out of memory, a native crash) fails its input only: the inputs of its
    // batch are checked again one by one, and the one that fails alone gets an INTERNAL record,
    // worded by the same code in this thread. The pool starts a new worker each time.
    run: (batch) =>
      run(batch).catch((error: unknown) =>
        batch.tasks.length === 1
          ? failedBatch(batch, error)
          : Promise.all(
              batch.tasks.map((task) =>
                run({ ...batch, tasks: [task] }).catch((again: unknown) =>
                  failedBatch({ ...batch, tasks: [task] }, again),
                ),
              ),
            ).then((outcomes) => outcomes.flat()),
      ),
    // 1, 1, 2, 2, 4, 4, 8, … with two workers: each has work at once, and a short list is shared.
    batchSize: (index) => Math.min(MAX_BATCH, 2 ** Math.floor(index / threads)),
    close: () => pool.destroy(),
  };
}

/** The inputs of this run's shard, in order. */
async function* shardInputs(options: CliOptions): AsyncGenerator<Input> {
  for await (const input of listInputs(options.files, options.filesFrom)) {
    if (inShard(input.path, options.shard)) yield input;
  }
}

/** Takes the first `count` items of an iterator and gives them back in front of the rest. */
async function peek<T>(
  source: AsyncIterator<T>,
  count: number,
): Promise<{ head: T[]; all: AsyncIterable<T> }> {
  const head: T[] = [];
  let ended = false;
  while (head.length < count) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  async function* all(): AsyncGenerator<T> {
    yield* head;
    if (ended) return;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  }
  return { head, all: all() };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Last year's report as canonical JSON text, or why it cannot be had. */
async function previousJson(
  options: CliOptions,
): Promise<{ json?: string; failure?: string } | undefined> {
  if (options.previous === undefined) return undefined;
  const [{ loadFile }, { toJSON }, { errorMessage }] = await Promise.all([
    import("./check.js"),
    import("../index.js"),
    import("./words.js"),
  ]);
  const bytes = options.previous === "-" ? await readStdin() : undefined;
  const loaded = await loadFile(options.previous, bytes, options);
  if (loaded.kind === "error") return { failure: errorMessage(loaded.error, options.locale) };
  if (loaded.report === undefined) {
    return { failure: errorMessage({ code: "NOT_A_REPORT" }, options.locale) };
  }
  return { json: JSON.stringify(toJSON(loaded.report)) };
}

const emptyTally: Tally = {
  files: 0,
  filesWithErrors: 0,
  errors: 0,
  warnings: 0,
  infos: 0,
  unreadable: 0,
};

function add(tally: Tally, outcome: Outcome): Tally {
  const { counts } = outcome;
  return {
    files: tally.files + 1,
    filesWithErrors: tally.filesWithErrors + (counts !== undefined && counts.error > 0 ? 1 : 0),
    errors: tally.errors + (counts?.error ?? 0),
    warnings: tally.warnings + (counts?.warning ?? 0),
    infos: tally.infos + (counts?.info ?? 0),
    unreadable: tally.unreadable + (counts === undefined ? 1 : 0),
  };
}

/** Counts the inputs in the background for the progress line's time left (not from stdin). */
function countInputs(options: CliOptions, progress: Progress): void {
  if (options.filesFrom === "-") return;
  void (async () => {
    let total = 0;
    for await (const _ of shardInputs(options)) total += 1;
    progress.setTotal(total);
  })().catch(() => undefined);
}

/** Runs `validate`; the exit status: 2 an input gave no report, 1 a report has an error, else 0. */
export async function runValidate(
  options: CliOptions,
  worker: URL,
  fail: (message: string) => void,
): Promise<number> {
  const started = Date.now();
  const previous = await previousJson(options);
  if (previous?.failure !== undefined) {
    fail(`cannot read ${options.previous}: ${previous.failure}`);
    return 2;
  }
  if (options.filesFrom !== undefined && options.filesFrom !== "-") {
    try {
      await (await open(options.filesFrom, "r")).close();
    } catch (error) {
      fail(`cannot read --files-from ${options.filesFrom}: ${(error as Error).message}`);
      return 2;
    }
  }
  const sink = await openSinkOrFail(options.out, fail);
  if (sink === undefined) return 2;
  const settings: Settings = {
    locale: options.locale,
    severity: options.severity,
    format: options.format,
    ...(options.encoding !== undefined && { encoding: options.encoding }),
    ...(options.agencyLevel !== undefined && { agencyLevel: options.agencyLevel }),
    ...(previous?.json !== undefined && { previous: previous.json }),
    ...(options.allReports && { allReports: true }),
  };
  // Two inputs or more, and more than one job: a pool. One file never pays for starting workers.
  // A list read from --files-from is not waited for: its writer may be waiting for our first record.
  const threads = Math.min(options.jobs, 1024);
  const { head, all } =
    options.filesFrom === undefined
      ? await peek(shardInputs(options)[Symbol.asyncIterator](), 2)
      : { head: undefined, all: shardInputs(options) };
  const runner =
    threads > 1 && (head === undefined || head.length > 1)
      ? await poolRunner(threads, worker)
      : await inlineRunner();
  const showProgress = options.progress ?? (process.stderr.isTTY === true && !options.quiet);
  const progress = showProgress ? startProgress(process.stderr, options.locale) : undefined;
  if (progress !== undefined) countInputs(options, progress);
  // Output to the terminal that shows the progress: the line is cleared before each record.
  const sharesTerminal =
    progress !== undefined && options.out === undefined && process.stdout.isTTY === true;
  // Standard input as a file (`-`) is read once, by this thread, when its turn comes.
  let stdin: Promise<Uint8Array> | undefined;
  const stdinBytes = () => {
    stdin = stdin ?? readStdin();
    return stdin;
  };
  const task = async (input: Input): Promise<Task> => ({
    file: input.path,
    ...(input.path === "-" && { bytes: await stdinBytes() }),
    ...(input.problem !== undefined && { problem: input.problem }),
  });
  let tally = emptyTally;
  try {
    if (options.format === "csv") {
      await sink.write(CSV_BOM + (options.allReports ? CSV_HEADER_NUMBERED : CSV_HEADER));
    }
    // At most 4 batches a worker taken and not yet written: memory stays bounded however long
    // the list, and each worker has its next batch waiting when it finishes one.
    const results = orderedMap(
      batches(all, runner.batchSize, LINGER_MS, inputWeight),
      async (inputs: Input[]) => {
        const outcomes = await runner.run({ tasks: await Promise.all(inputs.map(task)), settings });
        progress?.tick(outcomes.length);
        return outcomes;
      },
      threads * 4,
    );
    for await (const outcomes of results) {
      for (const outcome of outcomes) tally = add(tally, outcome);
      if (sharesTerminal) progress?.clear();
      await sink.write(outcomes.map((outcome) => outcome.chunk).join(""));
    }
  } finally {
    progress?.stop();
    await runner.close();
    await sink.close();
  }
  if (!options.quiet) {
    process.stderr.write(
      `zfxxgk: ${summaryLine(tally, (Date.now() - started) / 1000, options.locale)}\n`,
    );
  }
  return tally.unreadable > 0 ? 2 : tally.filesWithErrors > 0 ? 1 : 0;
}
