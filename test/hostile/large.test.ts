/**
 * Inputs too large for the properties: 1 MB strings into every entry point, and values whose
 * objects are shared so that an unbounded walk never ends. Each must come back with findings.
 */
import { describe, expect, it } from "vitest";
import { aggregate, createReport, fromJSON, parseText, validate } from "../../src/index.js";
import {
  corpusTexts,
  deepFreeze,
  expectFindings,
  expectPrototypesUntouched,
  fixtureJSON,
  sharedNesting,
} from "./support.js";

const MEGABYTE = 1_000_000;
const huge = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length));
const anyCreate = createReport as (init: unknown) => { report: unknown; findings: unknown };
const anyAggregate = aggregate as (
  reports: unknown,
  init: unknown,
) => { report: unknown; findings: unknown };

describe("1 MB strings", () => {
  const texts = [huge(corpusTexts.join("\n")), huge("\uD800|（"), huge("收到1件申请"), huge("9")];

  it.each(texts.map((text, index) => [index, text]))(
    "reach every entry point (#%i)",
    (_index, text) => {
      expectFindings(parseText(text).findings);
      expectFindings(fromJSON(text).findings);
      const json = deepFreeze({
        ...fixtureJSON()[0]!,
        overview: text,
        otherMatters: text,
        agency: { name: text },
      });
      const { report, findings } = fromJSON(json);
      expectFindings(findings);
      expect(report?.overview).toBe(text);
      expectFindings(validate(report, { previous: report }).findings);
      const built = anyCreate({ ...json, template: "2021", agency: text, preamble: text });
      expectFindings(built.findings);
      expectFindings(anyAggregate([report, report], { agency: text, overview: text }).findings);
      expectPrototypesUntouched();
    },
  );
});

describe("values with shared objects (2^60 paths)", () => {
  const shared = deepFreeze(sharedNesting(60));

  it("are refused with findings, not walked", () => {
    const json = fixtureJSON()[0]!;
    const withCell = deepFreeze({
      ...json,
      applications: { ...(json["applications"] as object), newlyReceived: { total: shared } },
      overview: shared,
    });
    for (const value of [shared, withCell]) {
      expectFindings(validate(value, { previous: value }).findings);
      expectFindings(fromJSON(value).findings);
      expectFindings(anyCreate({ ...(value as object), template: "2021" }).findings);
      expectFindings(anyAggregate([value, value], { agency: shared, meta: shared }).findings);
    }
    const { findings } = fromJSON(withCell);
    expect(
      findings.find((f) => f.path.join() === "applications,newlyReceived,total")?.actual,
    ).toMatch(/^\{"applications"/);
    expectPrototypesUntouched();
  });
});
