import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultSeverities,
  fromJSON,
  ruleCodes,
  rules,
  toJSON,
  validate,
} from "../../src/index.js";
import { deepFreeze } from "../../src/model/freeze.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { edited, expectFinding, setAt } from "../support/findings.js";

describe("validate", () => {
  it("finds nothing at all in the seed report", () => {
    expect(validate(seedReport)).toEqual({ ok: true, findings: [] });
  });

  it("gives the same findings for a Report, its canonical JSON and its JSON text", () => {
    for (const report of [seedReport, shanghai2019Report]) {
      const expected = validate(report).findings;
      expect(validate(toJSON(report)).findings).toEqual(expected);
      expect(validate(JSON.stringify(toJSON(report))).findings).toEqual(expected);
      expect(validate(fromJSON(toJSON(report)).report).findings).toEqual(expected);
    }
  });

  it("words messages in Chinese by default and in English on request", () => {
    const json = edited(seedReport, (j) => setAt(j, ["applications", "disclosed", "total"], 1));
    const zh = expectFinding(validate(json).findings, "T3_ROW_TOTAL", [
      "applications",
      "disclosed",
      "total",
    ]);
    const en = expectFinding(validate(json, { locale: "en" }).findings, "T3_ROW_TOTAL", [
      "applications",
      "disclosed",
      "total",
    ]);
    expect(zh.message).toMatch(/应等于/);
    expect(en.message).toMatch(/should equal/);
  });

  it("gives each finding its code's default severity, the catalogue's", () => {
    // The catalogue lists every code once, with the severity the findings take.
    expect(rules.map((rule) => rule.code)).toEqual([...ruleCodes]);
    for (const rule of rules) expect(defaultSeverities[rule.code]).toBe(rule.severity);
    expect(Object.isFrozen(defaultSeverities) && Object.isFrozen(ruleCodes)).toBe(true);
    const json = edited(seedReport, (j) => setAt(j, ["applications", "disclosed", "total"], 1));
    const { findings } = validate(json);
    expect(findings.map((f) => [f.code, f.severity])).toContainEqual(["T3_ROW_TOTAL", "error"]);
    const late = validate(
      edited(seedReport, (j) => setAt(j, ["meta", "publishedOn"], "2099-01-01")),
    );
    expect(late.findings.map((f) => f.code)).toContain("PUBLISHED_LATE");
    for (const finding of [...findings, ...late.findings]) {
      expect(finding.severity).toBe(defaultSeverities[finding.code]);
    }
  });

  it("applies severity overrides: ok follows the overridden severities", () => {
    const json = edited(seedReport, (j) => setAt(j, ["applications", "disclosed", "total"], 1));
    expect(validate(json).ok).toBe(false);
    const relaxed = validate(json, {
      severity: { T3_ROW_TOTAL: "warning", T3_RESULT_TOTAL: "info" },
    });
    expect(relaxed.ok).toBe(true);
    expect(relaxed.findings.map((f) => f.severity).sort()).toEqual(["info", "warning"]);
    const strict = validate(seedReport, {
      publishedOn: "2024-01-01",
      severity: { PUBLISHED_LATE: "error" },
    });
    expect(strict.ok).toBe(false);
  });

  it("ignores malformed options instead of throwing", () => {
    const options = {
      severity: { T3_ROW_TOTAL: "fatal", NOPE: "info" },
      locale: 42,
      agencyLevel: "x",
    };
    const { ok, findings } = validate(seedReport, options as never);
    // Each bad option is ignored and reported once; the report itself is fine.
    expect(ok).toBe(true);
    expect(findings.map((f) => [f.code, f.path.join(".")])).toEqual([
      ["OPTION_INVALID", "options.locale"],
      ["OPTION_INVALID", "options.severity.T3_ROW_TOTAL"],
      ["OPTION_INVALID", "options.severity.NOPE"],
      ["OPTION_INVALID", "options.agencyLevel"],
    ]);
    expect(validate(seedReport, null as never)).toEqual({ ok: true, findings: [] });
  });

  it.each([null, undefined, 0, "", "{", [], true, Symbol("x"), () => 1])(
    "reports a non-report input (%s) at the root",
    (input) => {
      expectFinding(validate(input).findings, "CELL_TYPE", [], { severity: "error" });
    },
  );

  it.each([
    null,
    undefined,
    0,
    42,
    "",
    "{",
    "[]",
    [],
    [1, 2],
    true,
    Symbol("x"),
    () => 1,
    new Date(0),
  ])("reports a non-report input (%s) as a finding", (input) => {
    const { ok, findings } = validate(input);
    expect(ok).toBe(false);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.code === "CELL_TYPE")).toBe(true);
  });

  it("never throws and never mutates its input (property, fc.anything)", () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBoxedValues: true }),
        fc.anything(),
        (input, previous) => {
          const frozen = deepFreeze(input);
          const before = fc.stringify(frozen);
          const result = validate(frozen, { previous: deepFreeze(previous) });
          expect(typeof result.ok).toBe("boolean");
          expect(fc.stringify(frozen)).toBe(before);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never throws on damaged reports (property: a random value at a random path)", () => {
    const json = toJSON(seedReport) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (typeof node === "object" && node !== null) {
        for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
      }
    };
    walk(json, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        fc.anything(),
        (path, value) => {
          const damaged = edited(seedReport, (j) => setAt(j, path, value));
          const result = validate(deepFreeze(damaged));
          expect(result.findings.every((f) => ruleCodes.includes(f.code))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reports only the codes it owns (not AGGREGATE_MISMATCH or PARSE_*)", () => {
    const owned = rules
      .map((r) => r.code)
      .filter((c) => c !== "AGGREGATE_MISMATCH" && !c.startsWith("PARSE_"));
    const json = edited(seedReport, (j) => {
      setAt(j, ["year"], 2020);
      setAt(j, ["applications", "disclosed", "total"], null);
    });
    for (const finding of validate(json).findings) expect(owned).toContain(finding.code);
  });

  it("returns frozen results", () => {
    const result = validate(shanghai2019Report);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.findings)).toBe(true);
    expect(Object.isFrozen(result.findings[0])).toBe(true);
  });
});
