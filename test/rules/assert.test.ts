import { describe, expect, it } from "vitest";
import { assertConsistent, InconsistentReportError, validate } from "../../src/index.js";
import "../../src/vitest.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { edited, setAt } from "../support/findings.js";

const broken = edited(seedReport, (j) => setAt(j, ["applications", "disclosed", "total"], 3));

/** What a call throws (undefined when it returns). */
function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("assertConsistent", () => {
  it("returns for a consistent report", () => {
    expect(() => assertConsistent(seedReport)).not.toThrow();
    expect(() => assertConsistent(shanghai2019Report)).not.toThrow();
  });

  it("throws an Error listing the findings readably", () => {
    const error = thrownBy(() => assertConsistent(broken, { locale: "en" }));
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain("T3_ROW_TOTAL");
    expect(message).toContain('["applications","disclosed","total"]');
    expect(message).toContain("expected 0, actual 3");
    expect(message).toMatch(/should equal/);
  });

  it("the error carries the failing findings, exactly those validate reports", () => {
    const error = thrownBy(() => assertConsistent(broken, { locale: "en" }));
    expect(error).toBeInstanceOf(InconsistentReportError);
    const { findings } = error as InconsistentReportError;
    expect(findings).toEqual(
      validate(broken, { locale: "en" }).findings.filter((f) => f.severity === "error"),
    );
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["T3_ROW_TOTAL", ["applications", "disclosed", "total"]],
      ["T3_RESULT_TOTAL", ["applications", "totalHandled", "total"]],
    ]);
    expect((error as Error).name).toBe("InconsistentReportError");
  });

  it("fails on warnings with failOn: 'warning'", () => {
    expect(() => assertConsistent(shanghai2019Report, { failOn: "warning" })).toThrow(/CELL_BLANK/);
  });

  it("throws for a non-report", () => {
    expect(() => assertConsistent(null)).toThrow(/CELL_TYPE/);
  });
});

describe("expect(report).toBeConsistentReport()", () => {
  it("passes for a consistent report and fails for a broken one", () => {
    expect(seedReport).toBeConsistentReport();
    expect(broken).not.toBeConsistentReport();
    expect(() => expect(broken).toBeConsistentReport()).toThrow(/T3_ROW_TOTAL/);
  });

  it("takes the options of validate and failOn", () => {
    expect(shanghai2019Report).toBeConsistentReport();
    expect(shanghai2019Report).not.toBeConsistentReport({ failOn: "warning" });
    expect(broken).toBeConsistentReport({
      severity: { T3_ROW_TOTAL: "warning", T3_RESULT_TOTAL: "warning" },
    });
  });
});
