/**
 * Linear time: `parseText` and `validate` on 1 MB inputs take at most a bounded multiple of their
 * time on 10 KB of the same kind. A ratio, not a duration, so that a slow or busy machine does not
 * matter: 100× the input may take 300× the time (3× slack for caches and the collector); quadratic
 * behaviour gives ratios in the thousands. The small input takes the best of five runs, the large
 * one the best of up to three, stopping as soon as it is within the bound.
 */
import { describe, expect, it } from "vitest";
import { fromJSON, parseText, validate } from "../../src/index.js";
import { corpusTexts, fixtureJSON } from "./support.js";

const SMALL = 10_000;
const LARGE = 1_000_000;
const BOUND = (LARGE / SMALL) * 3;

const sized = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

function best(run: () => unknown, times: number, goal = 0): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times && fastest > goal; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** Time on 1 MB over time on 10 KB. */
function ratio(run: (input: string) => unknown, unit: string): number {
  const small = sized(unit, SMALL);
  const large = sized(unit, LARGE);
  run(small);
  // Timer resolution: a run under 0.05 ms counts as 0.05 ms.
  const smallTime = Math.max(
    best(() => run(small), 5),
    0.05,
  );
  const largeTime = best(() => run(large), 3, smallTime * BOUND);
  return largeTime / smallTime;
}

const seed = corpusTexts.find((text) => text.includes("大曹庄镇"))!;
const longest = [...corpusTexts].sort((a, b) => b.length - a.length)[0]!;

describe("parseText runs in linear time", () => {
  it.each([
    ["the seed report repeated", seed],
    ["the longest corpus report repeated", longest],
    ["|", "|"],
    ["（", "（"],
    ["digits", "0123456789"],
    ["newlines", "\n"],
    ["a table label", "本年新收政府信息公开申请数量"],
    ["一、", "一、"],
    ["a heading line", "三、收到和处理政府信息公开申请情况\n"],
    ["unclosed table cells", "<td>x"],
    [
      "punctuation inside a word",
      "x（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（y ",
    ],
  ])("on %s", (_name, unit) => {
    expect(ratio((text) => parseText(text), unit)).toBeLessThan(BOUND);
  });
});

describe("validate runs in linear time in the length of the texts", () => {
  const base = fixtureJSON()[0]!;
  const withTexts = (text: string) =>
    fromJSON({ ...base, overview: text, problemsAndImprovements: text, otherMatters: text }).report;

  it.each([
    ["the seed's overview repeated", String(base["overview"])],
    ["a request count without punctuation", "收到1件申请"],
    ["request counts in sentences", "受理12件。办结3件申请，"],
    ["case counts", "行政复议1件诉讼"],
    ["digits", "0123456789"],
    ["full stops", "。"],
  ])("on %s", (_name, unit) => {
    const run = (text: string) => {
      const report = withTexts(text);
      return validate(report, { previous: report });
    };
    expect(ratio(run, unit)).toBeLessThan(BOUND);
  });
});
