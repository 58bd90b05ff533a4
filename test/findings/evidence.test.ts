/**
 * `findingEvidence` says what `expected` and `actual` hold for each rule code, and the `Finding`
 * type is derived from it. Here every finding that many kinds of input produce is checked against
 * it at run time, so the type cannot claim what the rules do not emit.
 */
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { findingDetail, findingEvidence, fitsEvidence } from "../../src/findings/evidence.js";
import type { UnreadableReason } from "../../src/findings/unreadable.js";
import {
  aggregate,
  checkAggregate,
  compare,
  createReport,
  type Finding,
  fromJSON,
  parseText,
  ruleCodes,
  toJSON,
  validate,
} from "../../src/index.js";
import { pingtanSeries } from "../fixtures/pingtan-series.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { corpusFiles } from "../read/support.js";
import { consistentReport } from "../support/arbitraries.js";
import { edited, setAt } from "../support/findings.js";

const texts = corpusFiles().map((file) => file.text);

/** Findings of many kinds: the corpus, perturbed fixtures, consolidations, bad options. */
function sampleFindings(): Finding[] {
  const all: Finding[] = [];
  for (const text of texts) {
    const parsed = parseText(text);
    all.push(
      ...parsed.findings,
      ...validate(parsed.report, { publishedOn: "2030-01-01" }).findings,
    );
  }
  for (let i = 1; i < pingtanSeries.length; i++) {
    all.push(...validate(pingtanSeries[i], { previous: pingtanSeries[i - 1] }).findings);
    all.push(...compare(pingtanSeries[i - 1]!, pingtanSeries[i]!).findings);
  }
  for (const report of [seedReport, shanghai2019Report]) {
    const broken = edited(report, (json) => {
      setAt(json, ["applications", "disclosed", "total"], 99);
      setAt(json, ["applications", "newlyReceived", "naturalPerson"], -1);
      setAt(json, ["applications", "carriedOver", "total"], null);
      setAt(json, ["applications", "carriedForward", "total"], { mark: "/" });
      setAt(json, ["year"], 2030);
      setAt(json, ["overview"], "");
    });
    all.push(...validate(broken, { previous: report, locale: "en" }).findings);
    all.push(...fromJSON(broken).findings, ...fromJSON("{").findings);
    all.push(...checkAggregate(fromJSON(broken).report!, [report, report]).findings);
  }
  all.push(...aggregate([seedReport, shanghai2019Report], { agency: "某县" }).findings);
  all.push(...validate(seedReport, { locale: "fr", severity: { NOPE: "x" } } as never).findings);
  all.push(
    ...createReport({ template: "2021", year: 2022, agency: "某镇", nope: 1 } as never).findings,
  );
  return all;
}

describe("finding evidence", () => {
  it("every finding of the sample has expected/actual of the kinds its code allows", () => {
    const findings = sampleFindings();
    const seen = new Set(findings.map((f) => f.code));
    // The sample covers most codes, so that the check means something for them.
    expect(seen.size).toBeGreaterThanOrEqual(14);
    const misfits = findings
      .filter((f) => !fitsEvidence(f))
      .map(
        (f) =>
          `${f.code} expected=${JSON.stringify(f.expected)} actual=${JSON.stringify(f.actual)}`,
      );
    expect([...new Set(misfits)]).toEqual([]);
  });

  it("and of generated consistent reports with one cell perturbed", () => {
    fc.assert(
      fc.property(
        consistentReport(),
        fc.nat(),
        fc.integer({ min: 1, max: 50 }),
        (report, pick, delta) => {
          const json = toJSON(report) as Record<string, Record<string, Record<string, number>>>;
          const rows = Object.values(json["applications"] ?? {});
          const row = rows[pick % rows.length]!;
          const column = Object.keys(row)[pick % Object.keys(row).length]!;
          row[column] = (row[column] ?? 0) + delta;
          for (const finding of validate(json).findings) expect(fitsEvidence(finding)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("only the codes of findingDetail carry detail (a draft's detail for its message stays out)", () => {
    const findings = sampleFindings();
    const carrying = new Set(findings.filter((f) => f.detail !== undefined).map((f) => f.code));
    expect([...carrying].every((code) => code in findingDetail)).toBe(true);
    // CELL_BLANK's and AGGREGATE_MISMATCH's drafts hold a detail that only steers their message.
    const aggregated = aggregate([seedReport, shanghai2019Report], { agency: "某县" }).findings;
    expect(aggregated.some((f) => f.code === "AGGREGATE_MISMATCH")).toBe(true);
    expect(aggregated.every((f) => f.detail === undefined)).toBe(true);
    expect(fitsEvidence({ code: "CELL_BLANK", detail: "absent" })).toBe(false);
    expect(
      fitsEvidence({ code: "TEMPLATE_MIXED", expected: "2021", actual: "2019", detail: "x" }),
    ).toBe(true);
  });

  it("the check rejects a wrong kind (so that it can fail)", () => {
    expect(fitsEvidence({ code: "T3_ROW_TOTAL", expected: 3, actual: "2" })).toBe(false);
    expect(fitsEvidence({ code: "SECTION_MISSING", actual: 1 })).toBe(false);
    expect(Object.keys(findingEvidence)).toEqual([...ruleCodes]);
  });

  it("types: narrowing on code types expected and actual", () => {
    const finding = {} as Finding;
    if (finding.code === "T3_ROW_TOTAL") expectTypeOf(finding.actual).toEqualTypeOf<number>();
    if (finding.code === "T3_BALANCE") {
      expectTypeOf(finding.actual).toEqualTypeOf<number | string>();
    }
    if (finding.code === "PUBLISHED_LATE") expectTypeOf(finding.actual).toEqualTypeOf<string>();
    if (finding.code === "SECTION_MISSING")
      expectTypeOf(finding.expected).toEqualTypeOf<undefined>();
    if (finding.code === "SOURCE_UNREADABLE") {
      expectTypeOf(finding.actual).toEqualTypeOf<UnreadableReason>();
    }
    if (finding.code === "TEMPLATE_MIXED") {
      expectTypeOf(finding.detail).toEqualTypeOf<string | undefined>();
    }
    if (finding.code === "CELL_BLANK") expectTypeOf(finding.detail).toEqualTypeOf<undefined>();
  });
});
