/** formatFindings with one-sided numbers, and the negated vitest matcher's message. */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/index.js";
import { formatFindings } from "../../src/index.js";
import "../../src/vitest.js";
import { seedReport } from "../fixtures/seed-report.js";
import { edited, setAt } from "../support/findings.js";

const finding = (extra: Partial<Finding>): Finding =>
  ({
    code: "CELL_BLANK",
    severity: "warning",
    path: ["applications", "disclosed", "total"],
    message: "m",
    ...extra,
  }) as Finding;

describe("formatFindings", () => {
  it("writes a dash for the missing side of expected/actual", () => {
    expect(formatFindings([finding({ expected: 3 })])).toBe(
      '  warning CELL_BLANK at ["applications","disclosed","total"]: m (expected 3, actual —)',
    );
    expect(formatFindings([finding({ actual: "/" })])).toBe(
      '  warning CELL_BLANK at ["applications","disclosed","total"]: m (expected —, actual /)',
    );
  });

  it("writes no numbers when neither side is given, one line per finding", () => {
    const lines = formatFindings([finding({}), finding({ severity: "error" })]).split("\n");
    expect(lines).toEqual([
      '  warning CELL_BLANK at ["applications","disclosed","total"]: m',
      '  error CELL_BLANK at ["applications","disclosed","total"]: m',
    ]);
  });
});

describe("toBeConsistentReport, negated", () => {
  it("passes .not for a broken report and fails .not for a consistent one, saying why", () => {
    const broken = edited(seedReport, (j) => setAt(j, ["applications", "disclosed", "total"], 3));
    expect(broken).not.toBeConsistentReport();
    expect(() => expect(seedReport).not.toBeConsistentReport({ failOn: "info" })).toThrow(
      "expected the report to have a finding at severity info or above, but it has none",
    );
  });
});
