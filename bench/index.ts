// npm run bench: throughput of the main entry points against reference floors, written to
// docs/performance.md with the machine and Node version. Speed is measured here, never in tests.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, totalmem } from "node:os";
import { Ajv2020 } from "ajv/dist/2020.js";
import { Bench } from "tinybench";
import { jsonSchema } from "../src/schema.js";
import { seedReport } from "../test/fixtures/seed-report.js";
import { reportText } from "../test/support/reporttext.js";
import { builtLibrary } from "./built.js";
import { cliTimings, mixWords } from "./cli.js";
import { CEILING, corpusRatios } from "./corpus.js";
import { pdfTimes } from "./pdf.js";

// Every function timed is the library as built, what npm users run (bench/built.ts).
const { fromJSON, parseText, toJSON, toText, validate } = await builtLibrary();

const TIME_MS = Number(process.env["BENCH_TIME_MS"] ?? 1500);

function corpusBody(name: string): string {
  const raw = readFileSync(new URL(`../test/fixtures/corpus/${name}`, import.meta.url), "utf8");
  return reportText(raw);
}

const seedText = corpusBody("seed-dacaozhuang-2022.txt");
const longText = corpusBody("github-004.txt");
const json = toJSON(seedReport);
const seedOverview = seedReport.overview ?? "";
const jsonText = JSON.stringify(json);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const ajvValidate = ajv.compile(jsonSchema());

let sink: unknown;
const bench = new Bench({ time: TIME_MS, warmupTime: 200 });
bench
  .add("validate(report)", () => {
    sink = validate(seedReport);
  })
  .add("ajv structural check of the same JSON", () => {
    sink = ajvValidate(json);
  })
  .add("JSON.parse of the same JSON", () => {
    sink = JSON.parse(jsonText);
  })
  .add("parseText(seed)", () => {
    sink = parseText(seedText);
  })
  .add("floor: NFKC + split lines (seed)", () => {
    sink = seedText.normalize("NFKC").split("\n");
  })
  .add("parseText(long report)", () => {
    sink = parseText(longText);
  })
  .add("floor: NFKC + split lines (long report)", () => {
    sink = longText.normalize("NFKC").split("\n");
  })
  .add("toText(report)", () => {
    sink = toText(seedReport);
  })
  .add("toJSON(report)", () => {
    sink = toJSON(seedReport);
  })
  .add("fromJSON(json)", () => {
    sink = fromJSON(json);
  });

await bench.run();

// Linear time on a clock: 1 M against 4 M characters of the same input, the best of three runs
// each. Reported, not asserted (the tests prove linear time by counting work:
// test/hostile/linear.test.ts); a ratio near 4 is linear, one near 16 would be quadratic.
const sized = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));
function bestOf(run: () => unknown, times = 3): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    sink = run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}
const withTexts = (text: string) =>
  fromJSON({ ...json, overview: text, problemsAndImprovements: text, otherMatters: text }).report;
const linearInputs: [string, (size: number) => () => unknown][] = [
  [
    "parseText (long report repeated)",
    (size) => {
      const text = sized(longText, size);
      return () => parseText(text);
    },
  ],
  [
    "validate (seed overview repeated in 一, 五, 六; previous: itself)",
    (size) => {
      const report = withTexts(sized(seedOverview, size));
      return () => validate(report, { previous: report });
    },
  ],
];
const linear: [string, string, string, string][] = linearInputs.map(([name, prepare]) => {
  const small = bestOf(prepare(1_000_000));
  const large = bestOf(prepare(4_000_000));
  return [name, `${small.toFixed(0)} ms`, `${large.toFixed(0)} ms`, (large / small).toFixed(2)];
});
void sink;

// parseText against the floor on every corpus file (issue 13: ≤ 20× on each).
const perFile = corpusRatios(parseText);
const perFileRows = perFile.map((r) => [
  r.file,
  String(r.chars),
  `${(r.parseMs * 1000).toFixed(0)} µs`,
  `${(r.floorMs * 1000).toFixed(1)} µs`,
  `${r.ratio.toFixed(1)}×${r.ratio > CEILING ? " (over)" : ""}`,
]);
const over = perFile.filter((r) => r.ratio > CEILING).length;

// parsePdf per page on the PDF fixtures, and its steps.
const pdf = await pdfTimes();
const pdfRows = pdf.map((t) => [
  t.file,
  String(t.pages),
  `${t.kilobytes.toFixed(0)} kB`,
  `${t.perPage.total.toFixed(1)} ms`,
  `${t.perPage.pdfjs.toFixed(1)} ms`,
  `${t.perPage.layout.toFixed(2)} ms`,
  `${t.perPage.read.toFixed(2)} ms`,
]);

// The command line, spawned as users run it (bench/cli.ts).
const cli = await cliTimings();
const startupRows = cli.startup.map(([name, med, min]) => [
  `\`${name}\``,
  `${med.toFixed(0)} ms`,
  `${min.toFixed(0)} ms`,
]);
// One table per set of files: the rows of each --jobs.
const poolTables = cli.sets.map((set) => ({
  set,
  rows: set.pool.map((t) => [
    `--jobs ${t.jobs}`,
    `${t.wall.median.toFixed(2)} s`,
    `${t.wall.best.toFixed(2)} s`,
    `${(set.files / t.wall.median).toFixed(0)}`,
    `${(set.pool[0]!.wall.median / t.wall.median).toFixed(2)}×`,
    `${(set.pool[0]!.wall.best / t.wall.best).toFixed(2)}×`,
    `${t.cpu.median.toFixed(2)} s`,
  ]),
}));

const meanMs = (name: string): number => {
  const task = bench.getTask(name);
  const result = task?.result as { latency?: { mean: number } } | undefined;
  if (!result?.latency) throw new Error(`no result for ${name}`);
  return result.latency.mean;
};
const mbPerSecond = (text: string, name: string) =>
  new TextEncoder().encode(text).length / 1e6 / (meanMs(name) / 1000);

const rows: [string, string, string][] = bench.tasks.map((task) => {
  const ms = meanMs(task.name);
  return [task.name, `${(1000 / ms).toFixed(0)} ops/s`, `${(ms * 1000).toFixed(1)} µs`];
});

const ratios: [string, string][] = [
  [
    "validate / ajv structural check",
    (meanMs("validate(report)") / meanMs("ajv structural check of the same JSON")).toFixed(2),
  ],
  [
    "validate / JSON.parse",
    (meanMs("validate(report)") / meanMs("JSON.parse of the same JSON")).toFixed(2),
  ],
  ["parseText(seed) MB/s", mbPerSecond(seedText, "parseText(seed)").toFixed(2)],
  ["floor (seed) MB/s", mbPerSecond(seedText, "floor: NFKC + split lines (seed)").toFixed(2)],
  ["parseText(long report) MB/s", mbPerSecond(longText, "parseText(long report)").toFixed(2)],
  [
    "floor (long report) MB/s",
    mbPerSecond(longText, "floor: NFKC + split lines (long report)").toFixed(2),
  ],
];

const machine = `${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()}, Node ${process.version}`;
const table = (head: string[], body: string[][]) =>
  [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...body.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");

console.log(machine);
console.table(Object.fromEntries(rows.map(([name, ops, mean]) => [name, { ops, mean }])));
console.table(Object.fromEntries(ratios));
console.table(
  Object.fromEntries(linear.map(([name, small, large, ratio]) => [name, { small, large, ratio }])),
);

const previous = (() => {
  try {
    return readFileSync(new URL("../docs/performance.md", import.meta.url), "utf8");
  } catch {
    return "";
  }
})();
// What is written by hand is kept from the previous file: the history of measurements made by hand
// (from `<!-- history -->`) and the size budgets (from `<!-- size -->`), whichever starts first.
const kept = ["<!-- history -->", "<!-- size -->"]
  .map((marker) => previous.indexOf(marker))
  .filter((at) => at !== -1);
const budgets = kept.length > 0 ? previous.slice(Math.min(...kept)) : "";
writeFileSync(
  new URL("../docs/performance.md", import.meta.url),
  `---
title: Performance
---

# Performance

Written by \`npm run bench\` (tinybench, ${TIME_MS} ms per task) on ${new Date().toISOString().slice(0, 10)}.
Every function is timed as the package ships it: tsup's CommonJS build of the library, made by
\`bench/built.ts\` (src/ as tsx serves it is about 10 % slower: tsx names every closure).

Machine: ${machine}. On a shared machine the timings vary by about ±20 % from run to run; compare
ratios measured in the same run.

## Throughput

${table(["task", "throughput", "mean"], rows)}

## Ratios

The seed report (2021 template) is validated; ajv (Ajv2020) runs the JSON Schema from \`jsonSchema()\`
on the same canonical JSON, a structural check only. Parse throughput is measured on the seed
(${(seedText.length / 1000).toFixed(1)} k characters) and on the longest corpus report
(${(longText.length / 1000).toFixed(1)} k characters), against a single-pass floor
(\`text.normalize("NFKC")\` plus splitting into lines).

${table(["ratio", "value"], ratios)}

## parseText against the floor, per corpus file

Each corpus file is read by \`parseText\` and by the floor (\`normalize("NFKC")\` and the split into
lines), both timed in alternating batches of about 2 ms, the best batch mean of each
(\`bench/corpus.ts\`). Issue 13 sets ${CEILING}× as the ceiling: ${over} of ${perFile.length} files are over it.

${table(["file", "chars", "parseText", "floor", "ratio"], perFileRows)}

## Reading PDFs, per page

\`parsePdf\` on the PDF fixtures (\`bench/pdf.ts\`), the best of five runs after a warm-up, divided
by the pages: the whole call, and its steps: pdf.js reading each page's text and drawing (its
fake worker, on the main thread in Node), the layout into paragraphs and grids (\`src/pdf/\`), and
\`readDocument\`. pdf.js takes most of the time; the whole includes starting pdf.js's worker for
the document.

${table(["file", "pages", "size", "parsePdf", "pdf.js", "layout", "readDocument"], pdfRows)}

## Linear time

Wall clock on 1 M and 4 M characters of the same input (the best of three runs each); linear work
gives a ratio near 4, quadratic work one near 16. Reported only: the tests prove linear time by
counting work (\`test/hostile/linear.test.ts\`), which no clock can disturb.

${table(["input", "1 M chars", "4 M chars", "4 M / 1 M"], linear)}

## The command line

The built \`dist/cli.js\` spawned by Node, as users run it (\`bench/cli.ts\`). Startup: the median and the
fastest of several spawns each, in alternation with a bare \`node -e 0\`, whose time no command can go
under (issue 16 asks for \`zfxxgk --version\` under 150 ms; \`--version\` loads no library code).

${table(["command", "median", "fastest"], startupRows)}

\`zfxxgk validate\` over 500 files in ten folders with one worker and with two, output to a file,
${cli.sets[0]?.pool[0]?.runs ?? 0} runs each in alternation on ${cli.cores} cores (issue 16 asks for two workers ≥ 1.5× one
on 2 cores): the median and the best wall time, the speed-ups of the medians and of the bests, and
the median CPU time of all the run's threads (user and system). One job uses more than one core
too (V8 compiles and collects garbage on threads of its own), so CPU time does not convert into
the time idle cores would take: only the wall time on a quiet machine says that. Two sets: the
corpus files over and over (most are page excerpts of one table, so a run is mostly the
workers' start-up), and whole reports in a mix like what data teams feed the command, mostly PDFs.

${poolTables
  .map(
    ({ set, rows }) =>
      `${set.label}: ${mixWords(set)}.\n\n${table(["jobs", "time (median)", "time (best)", "files/s", "speed-up (median)", "speed-up (best)", "CPU"], rows)}`,
  )
  .join("\n\n")}

${budgets}`.trimEnd() + "\n",
);
