// parseText against the one-pass floor (NFKC normalisation plus the split into lines) on every
// corpus file: issue 13 asks for parseText ≤ 20× the floor on each. The two are timed in
// alternation, best of many runs each, so that a busy machine slows both alike; the ratio is
// what is reported. Not a test: speed is measured here, never asserted in `npm test`.
// Every file is read for a while before any is timed (`warmMs`): a pipeline reading thousands of
// reports runs optimised code that has seen every file's shapes. Timed cold, the reader's code is
// still being optimised during a file's 400 ms (github-007: best 435–835 µs in that window, 185 µs
// after 6 s), and the ratio measures the JIT's warm-up rather than the reader.
// The parse timed is the library as built (bench/built.ts), what npm users run.
// Run alone: npx tsx bench/corpus.ts
import { readdirSync, readFileSync } from "node:fs";
import { reportText } from "../test/support/reporttext.js";
import { builtLibrary, type Library } from "./built.js";

type Parse = Library["parseText"];

/** The ratio parseText/floor that issue 13 sets as the ceiling. */
export const CEILING = 20;

export interface CorpusRatio {
  readonly file: string;
  readonly chars: number;
  readonly parseMs: number;
  readonly floorMs: number;
  readonly ratio: number;
}

let sink: unknown;

/** Runs of `run` that take at least `ms` together: a batch long enough for the timer. */
export function batchSize(run: () => unknown, ms: number): number {
  let size = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < size; i++) sink = run();
    if (performance.now() - start >= ms || size >= 1 << 20) return size;
    size *= 2;
  }
}

/** The best mean time per run over batches of each, the batches of the two alternating. */
function bestPair(parseText: Parse, text: string, budgetMs: number): [number, number] {
  const parse = () => parseText(text);
  const floor = () => text.normalize("NFKC").split("\n");
  // Both timed the same way: batches of about 2 ms, the best batch's mean per run.
  const sizes = [batchSize(parse, 2), batchSize(floor, 2)];
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const until = performance.now() + budgetMs;
  for (let round = 0; round < 5 || performance.now() < until; round++) {
    [parse, floor].forEach((run, which) => {
      const start = performance.now();
      for (let i = 0; i < sizes[which]!; i++) sink = run();
      best[which] = Math.min(best[which]!, (performance.now() - start) / sizes[which]!);
    });
  }
  return [best[0]!, best[1]!];
}

/** Reads every text in turn until `ms` have passed (at least once): the warm-up. */
function warmUp(parseText: Parse, texts: readonly string[], ms: number): void {
  const until = performance.now() + ms;
  do {
    for (const text of texts) sink = parseText(text);
  } while (performance.now() < until);
}

/**
 * Every corpus file's parseText/floor ratio, best of runs within `budgetMs` per file, after
 * `warmMs` of reading the whole corpus; `parseText` is the built library's.
 */
export function corpusRatios(parseText: Parse, budgetMs = 400, warmMs = 3000): CorpusRatio[] {
  const folder = new URL("../test/fixtures/corpus/", import.meta.url);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  const texts = files.map((file) => {
    const raw = readFileSync(new URL(file, folder), "utf8");
    return reportText(raw);
  });
  warmUp(parseText, texts, warmMs);
  return files.map((file, index) => {
    const text = texts[index]!;
    const [parseMs, floorMs] = bestPair(parseText, text, budgetMs);
    return { file, chars: text.length, parseMs, floorMs, ratio: parseMs / floorMs };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ratios = corpusRatios((await builtLibrary()).parseText);
  for (const r of ratios) {
    console.log(
      `${r.file.padEnd(28)} ${String(r.chars).padStart(6)} chars  parse ${r.parseMs.toFixed(3).padStart(7)} ms  floor ${r.floorMs.toFixed(4).padStart(7)} ms  ${r.ratio.toFixed(1).padStart(5)}×${r.ratio > CEILING ? "  over" : ""}`,
    );
  }
  const over = ratios.filter((r) => r.ratio > CEILING).length;
  console.log(`${over} of ${ratios.length} files over ${CEILING}× the floor`);
  void sink;
}
