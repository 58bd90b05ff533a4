/**
 * Inputs too large for the properties: 1 MB strings into every entry point, and values whose
 * objects are shared so that an unbounded walk never ends. Each comes back with exactly the
 * findings it should: the codes are stated per input.
 */
import { describe, expect, it } from "vitest";
import type { Report, RuleCode } from "../../src/index.js";
import {
  aggregate,
  createReport,
  fromJSON,
  parseHTML,
  parseText,
  toHTML,
  toJSON,
  validate,
} from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
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
  // Per text: what validate says of the fixture with the text as its 一 and 六 and its agency name,
  // against itself a year earlier (the texts repeat, so REPEATED_TEXT — except for a text of
  // digits only, which the similarity reads as one placeholder and does not compare; the seed's
  // own 五 repeats too). 收到1件申请 and the corpus state figures that disagree with table 三.
  const repeated: RuleCode[] = ["REPEATED_TEXT"];
  const texts: [string, string, RuleCode[]][] = [
    ["the whole corpus", huge(corpusTexts.join("\n")), [...repeated, "NARRATIVE_MISMATCH"]],
    ["lone surrogates and pipes", huge("\uD800|（"), repeated],
    ["a narrative figure", huge("收到1件申请"), [...repeated, "NARRATIVE_MISMATCH"]],
    ["digits", huge("9"), repeated],
  ];

  it.each(texts)("reach every entry point (%s)", (name, text, validated) => {
    const parsed = parseText(text);
    // Only the corpus holds headings; from the other texts no report, every section missing.
    if (name === "the whole corpus") expectFindings(parsed.findings, "some");
    else {
      expect(parsed.report).toBeUndefined();
      expectFindings(parsed.findings, { codes: ["SECTION_MISSING"] });
    }
    expectFindings(fromJSON(text).findings, { codes: ["CELL_TYPE"] });
    const seed = fixtureJSON()[0]!;
    const seedYear = seed["year"];
    const json: Record<string, unknown> = deepFreeze({
      ...seed,
      overview: text,
      otherMatters: text,
      agency: { name: text },
    });
    const { report, findings } = fromJSON(json);
    expectFindings(findings, { codes: [] });
    expect(report?.overview).toBe(text);
    const previous = fromJSON({ ...json, year: (seedYear as number) - 1 }).report;
    expect(previous).toBeDefined();
    expectFindings(validate(report, { previous }).findings, { codes: validated });
    // createReport takes an init, not canonical JSON: no formatVersion.
    const { formatVersion: _, ...init } = json;
    const built = anyCreate({ ...init, template: "2021", agency: text, preamble: text });
    expectFindings(built.findings, { codes: [] });
    expect((built.report as { overview?: string } | undefined)?.overview?.length).toBeGreaterThan(
      MEGABYTE / 2,
    );
    // Two members whose names both hold the text: summed, no finding.
    const members = ["甲", "乙"].map((prefix) => ({ ...report!, agency: { name: prefix + text } }));
    const summed = anyAggregate(members, { agency: text, overview: text });
    expectFindings(summed.findings, { codes: [] });
    const received = (r: unknown) => (r as Report).applications?.newlyReceived.total as number;
    expect(received(summed.report)).toBe(2 * received(report));
    expectPrototypesUntouched();
  });
});

// Engines cap a call's arguments (V8 near 120,000, JavaScriptCore at 65,536): a list that long
// spread into `push` or `Math.max` threw a RangeError out of parseHTML (src/text/lists.ts).
describe("lists longer than a call's arguments", () => {
  it("a report in a layout cell with 150,000 paragraphs after it reads whole", () => {
    // A CMS page laid out in one table cell: every block of the cell is handed to the page at once.
    const page = toHTML(seedReport);
    const filler = "<p>附件</p>".repeat(150_000);
    const html = `<html><body><table><tr><td>${page}${filler}</td></tr></table></body></html>`;
    const { report } = parseHTML(html);
    const tables = (r: unknown) => {
      const json = toJSON(r as Report) as Record<string, unknown>;
      return [json["activeDisclosure"], json["applications"], json["reviewsAndLitigation"]];
    };
    expect(report).toBeDefined();
    expect(tables(report)).toEqual(tables(seedReport));
  });
});

describe("values with shared objects (2^60 paths)", () => {
  const shared = deepFreeze(sharedNesting(60));

  it("are refused with findings, not walked", () => {
    const json = fixtureJSON()[0]!;
    const withCell: Record<string, unknown> = deepFreeze({
      ...json,
      applications: { ...(json["applications"] as object), newlyReceived: { total: shared } },
      overview: shared,
    });
    const { formatVersion: _, ...init } = withCell;
    // The bare value: not a report at all (no formatVersion, year or template).
    expectFindings(validate(shared, { previous: shared }).findings, { codes: ["CELL_TYPE"] });
    expectFindings(fromJSON(shared).findings, { codes: ["CELL_TYPE"] });
    expectFindings(anyCreate({ ...(shared as object), template: "2021" }).findings, {
      codes: ["CELL_TYPE"],
    });
    expectFindings(anyAggregate([shared, shared], { agency: shared, meta: shared }).findings, {
      codes: ["AGGREGATE_MISMATCH"],
    });
    // A report with the shared value in one cell and in a text: that cell and that text refused.
    // The other cells of that row are absent (unknown, not blank): no CELL_BLANK for them. Given as
    // its own previous report (the same year, not the one before), it is read and then ignored,
    // with OPTION_INVALID saying so.
    expectFindings(validate(withCell, { previous: withCell }).findings, {
      codes: ["CELL_TYPE", "OPTION_INVALID"],
    });
    expectFindings(fromJSON(withCell).findings, { codes: ["CELL_TYPE"] });
    const built = anyCreate({ ...init, template: "2021" });
    expectFindings(built.findings, { codes: ["CELL_TYPE"] });
    expect((built.findings as { path: unknown[] }[]).map((f) => f.path.join("."))).toEqual([
      "overview",
      "applications.newlyReceived.total",
    ]);
    // Two copies of that report: the second refused as a duplicate (the JSON's "0.35" fee is no
    // Decimal, so CELL_TYPE too). A member's ill-typed 总计 is not read: totals are recomputed.
    const members = anyAggregate([withCell, withCell], { agency: shared, meta: shared }).findings;
    expectFindings(members, { codes: ["AGGREGATE_MISMATCH", "CELL_TYPE", "CELL_BLANK"] });
    expect(
      (members as { code: string; path: unknown[] }[])
        .filter((f) => f.code === "AGGREGATE_MISMATCH")
        .map((f) => f.path.join(".")),
    ).toEqual(["members.1.agency.name"]);
    const { findings } = fromJSON(withCell);
    expect(
      findings.find((f) => f.path.join() === "applications,newlyReceived,total")?.actual,
    ).toMatch(/^\{"applications"/);
    expectPrototypesUntouched();
  });
});
