// Parse speed of `parseText` in UTF-8 MB/s on the seed report, a long corpus report, and 1 MB and
// 4 MB of repeated corpus text (the two should run at about the same MB/s: linear time, on a
// clock). Not a test (the shared box is too noisy for timing assertions; the tests count work).
// Run: npx tsx bench/parse.ts
import { readFileSync } from "node:fs";
import { parseText } from "../src/index.js";

const corpus = (name: string): string => {
  const text = readFileSync(new URL(`../test/fixtures/corpus/${name}`, import.meta.url), "utf8");
  const lines = text.split("\n");
  return lines.slice(lines.indexOf("---") + 1).join("\n");
};

const inputs: [string, string][] = [
  ["seed", corpus("seed-dacaozhuang-2022.txt")],
  ["github-004 (HTML)", corpus("github-004.txt")],
  ["pages-044", corpus("pages-044.txt")],
];
const long = corpus("github-004.txt");
inputs.push(["1 MB of github-004", long.repeat(Math.ceil(1_000_000 / long.length))]);
inputs.push(["4 MB of github-004", long.repeat(Math.ceil(4_000_000 / long.length))]);

const bestMs: Record<string, number> = {};
for (const [name, text] of inputs) {
  const bytes = Buffer.byteLength(text, "utf8");
  for (let i = 0; i < 3; i++) parseText(text);
  const runs = bytes > 2_000_000 ? 3 : bytes > 500_000 ? 5 : 40;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parseText(text);
    best = Math.min(best, performance.now() - start);
  }
  bestMs[name] = best;
  const rate = bytes / 1e6 / (best / 1000);
  console.log(
    `${name.padEnd(22)} ${String(text.length).padStart(8)} chars ${String(bytes).padStart(8)} B  min ${best.toFixed(2).padStart(8)} ms  ${rate.toFixed(1).padStart(6)} MB/s`,
  );
}
const ratio = bestMs["4 MB of github-004"]! / bestMs["1 MB of github-004"]!;
console.log(`4 MB / 1 MB: ${ratio.toFixed(2)} (4 is linear)`);
