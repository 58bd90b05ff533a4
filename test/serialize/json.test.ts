import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromJSON, toJSON } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { consistentReport } from "../support/arbitraries.js";

describe("canonical JSON round trip", () => {
  it.each([
    ["seed 2022 (2021 template)", seedReport],
    ["Shanghai 2019 (2019 template)", shanghai2019Report],
  ])("fromJSON(toJSON(r)) equals r for %s", (_name, report) => {
    const { report: back, findings } = fromJSON(toJSON(report));
    expect(findings).toEqual([]);
    expect(back).toEqual(report);
    expect(toJSON(back!)).toEqual(toJSON(report));
  });

  it("round-trips generated reports of both templates (property)", () => {
    fc.assert(
      fc.property(consistentReport(), (report) => {
        const text = JSON.stringify(toJSON(report));
        const { report: back, findings } = fromJSON(text);
        expect(findings).toEqual([]);
        expect(back).toEqual(report);
        expect(JSON.stringify(toJSON(back!))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
