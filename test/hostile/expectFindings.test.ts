/** The hostile tests' `expectFindings` requires what its claim says: it is no pass-anything check. */
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { expectFindings } from "./support.js";

const [cellType] = validate(null).findings;
const warning = { ...cellType!, code: "CELL_BLANK", severity: "warning" };

describe("expectFindings", () => {
  it("fails on an empty list unless the claim allows one", () => {
    expect(() => expectFindings([], "some")).toThrow();
    expect(() => expectFindings([], { codes: ["CELL_TYPE"] })).toThrow();
    expect(() => expectFindings([], { includes: ["CELL_TYPE"] })).toThrow();
    expect(() => expectFindings([], { ok: false })).toThrow();
    expect(() => expectFindings([], { report: undefined })).toThrow();
    // The claims that allow an empty list say so.
    expectFindings([], { codes: [] });
    expectFindings([], { ok: true });
    expectFindings([], { report: {} });
  });

  it("fails on other codes than claimed, and on an ok flag the findings contradict", () => {
    expect(() => expectFindings([cellType], { codes: [] })).toThrow();
    expect(() => expectFindings([cellType], { codes: ["CELL_BLANK"] })).toThrow();
    expect(() => expectFindings([cellType, warning], { codes: ["CELL_TYPE"] })).toThrow();
    expect(() => expectFindings([cellType], { includes: ["CELL_TYPE", "CELL_BLANK"] })).toThrow();
    expect(() => expectFindings([cellType], { ok: true })).toThrow();
    expect(() => expectFindings([warning], { ok: false })).toThrow();
    expectFindings([cellType, warning], { codes: ["CELL_BLANK", "CELL_TYPE"] });
    expectFindings([cellType, warning], { includes: ["CELL_BLANK"] });
    expectFindings([warning], { ok: true });
    expectFindings([cellType], { ok: false });
  });

  it("fails on a finding that is not well-formed", () => {
    for (const broken of [
      { ...cellType, code: "NOT_A_RULE" },
      { ...cellType, severity: "fatal" },
      { ...cellType, message: "" },
      { ...cellType, path: "applications" },
      { ...cellType, path: [-1] },
      { ...cellType, related: ["applications"] },
      { ...cellType, expected: {} },
      null,
    ]) {
      expect(() => expectFindings([broken], "some"), JSON.stringify(broken)).toThrow();
    }
    expect(() => expectFindings({ length: 0 }, { codes: [] })).toThrow();
  });
});
