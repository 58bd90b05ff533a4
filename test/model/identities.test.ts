/**
 * The one identity evaluator (src/model/identities.ts): each verdict, each kind of unknown operand,
 * exact money, and the derivation of totals built on it.
 */
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  cellKey,
  cellsOf,
  deriveTotals,
  evaluateIdentity,
  identityPath,
  identityRelated,
  operandOf,
  showBound,
  totalIdentities,
} from "../../src/model/identities.js";
import type { Identity } from "../../src/templates/identities.js";

const t3 = (row: string, column: string) => ["applications", row, column] as const;

/** 总计 = a + b + c of one row (the shape of T3_ROW_TOTAL). */
const total: Identity = {
  code: "T3_ROW_TOTAL",
  scope: "r",
  left: [t3("r", "total")],
  right: [t3("r", "a"), t3("r", "b"), t3("r", "c")],
};

/** 一 + 二 = （七） + 四 (the shape of T3_BALANCE). */
const balance: Identity = {
  code: "T3_BALANCE",
  scope: "c",
  left: [t3("in", "c"), t3("over", "c")],
  right: [t3("handled", "c"), t3("forward", "c")],
};

const row = (cells: Record<string, unknown>) => cellsOf({ applications: { r: cells } });
const column = (cells: Record<string, unknown>) =>
  cellsOf({
    applications: Object.fromEntries(Object.entries(cells).map(([r, v]) => [r, { c: v }])),
  });

describe("operandOf", () => {
  it("knows counts and non-negative decimals; everything else is unknown", () => {
    expect(operandOf(0)).toEqual({ state: "known", value: 0 });
    expect(operandOf(new Decimal("0.35"))).toMatchObject({ state: "known" });
    expect(operandOf(null)).toEqual({ state: "blank" });
    expect(operandOf({ mark: "/" })).toEqual({ state: "mark", mark: "/" });
    expect(operandOf(undefined)).toEqual({ state: "absent" });
    for (const value of [-1, 1.5, Number.NaN, 2 ** 60, "3", new Decimal(-1), new Decimal(NaN)]) {
      expect(operandOf(value)).toEqual({ state: "invalid" });
    }
  });
});

describe("evaluateIdentity", () => {
  it("holds / is violated when every operand is known", () => {
    expect(evaluateIdentity(total, row({ total: 6, a: 1, b: 2, c: 3 }))).toEqual({
      verdict: "holds",
    });
    expect(evaluateIdentity(total, row({ total: 7, a: 1, b: 2, c: 3 }))).toEqual({
      verdict: "violated",
      expected: { value: 6, exact: true },
      actual: { value: 7, exact: true },
    });
  });

  it("is violated when a known total is below its known parts, whatever the unknowns hold", () => {
    // The case of issue 12: 总计 1, 自然人 5, 商业企业 blank.
    for (const unknown of [null, { mark: "—" }, undefined, -1]) {
      const verdict = evaluateIdentity(total, row({ total: 1, a: 5, b: unknown, c: 0 }));
      expect(verdict).toEqual({
        verdict: "violated",
        expected: { value: 5, exact: false },
        actual: { value: 1, exact: true },
      });
      if (verdict.verdict === "violated") {
        expect([showBound(verdict.expected), showBound(verdict.actual)]).toEqual(["≥ 5", 1]);
      }
    }
  });

  it("implies the value of a single unknown operand (a blank total with known parts)", () => {
    // Known parts and a blank total: the identity implies the total, it is not broken.
    expect(evaluateIdentity(total, row({ total: null, a: 1, b: 2, c: 3 }))).toEqual({
      verdict: "implies",
      operand: t3("r", "total"),
      value: 6,
    });
    // A known total above known parts with one part unknown implies that part.
    expect(evaluateIdentity(total, row({ total: 9, a: 1, b: { mark: "/" }, c: 3 }))).toEqual({
      verdict: "implies",
      operand: t3("r", "b"),
      value: 5,
    });
  });

  it("is undecidable with two unknowns that can still balance", () => {
    expect(evaluateIdentity(total, row({ total: 9, a: null, b: null, c: 3 }))).toEqual({
      verdict: "undecidable",
    });
    expect(evaluateIdentity(total, row({ total: null, a: null, b: 2, c: 3 }))).toEqual({
      verdict: "undecidable",
    });
  });

  it("reads the balance with expected Σleft and actual Σright", () => {
    const cells = { in: 5, over: 1, handled: 3, forward: 1 };
    expect(evaluateIdentity(balance, column(cells))).toEqual({
      verdict: "violated",
      expected: { value: 6, exact: true },
      actual: { value: 4, exact: true },
    });
    // 二 blank: 一 + 二 ≥ 5 > 4 = （七） + 四, broken; expected a lower bound.
    expect(evaluateIdentity(balance, column({ ...cells, over: null }))).toEqual({
      verdict: "violated",
      expected: { value: 5, exact: false },
      actual: { value: 4, exact: true },
    });
    // 四 absent: it must be 6 − 3.
    expect(evaluateIdentity(balance, column({ ...cells, forward: undefined }))).toEqual({
      verdict: "implies",
      operand: t3("forward", "c"),
      value: 3,
    });
    expect(identityPath(balance)).toEqual(t3("forward", "c"));
    expect(identityRelated(balance)).toEqual([t3("in", "c"), t3("over", "c"), t3("handled", "c")]);
  });

  it("adds amounts exactly, and counts beyond 2^53 too", () => {
    const money = row({
      total: new Decimal("0.3"),
      a: new Decimal("0.1"),
      b: new Decimal("0.2"),
      c: 0,
    });
    expect(evaluateIdentity(total, money)).toEqual({ verdict: "holds" });
    const big = Number.MAX_SAFE_INTEGER;
    const verdict = evaluateIdentity(total, row({ total: big, a: big, b: 1, c: 0 }));
    expect(verdict.verdict).toBe("violated");
    if (verdict.verdict === "violated") {
      expect(showBound(verdict.expected)).toBe("9007199254740992");
    }
    const implied = evaluateIdentity(total, row({ total: null, a: big, b: big, c: 0 }));
    expect(implied.verdict === "implies" && String(implied.value)).toBe("18014398509481982");
  });
});

describe("deriveTotals", () => {
  it("derives every total of a report from its leaves, never from given totals", () => {
    const applicants = {
      naturalPerson: 2,
      commercialEnterprise: 1,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceInstitution: 0,
      otherOrganization: 0,
    };
    const tables = {
      applications: {
        newlyReceived: { ...applicants, total: 99 },
        carriedOver: { ...applicants, otherOrganization: null },
      },
    };
    const derived = deriveTotals("2021", cellsOf(tables));
    expect(derived.get(cellKey(t3("newlyReceived", "total")))?.value).toBe(3);
    // A blank part: the total cannot be derived.
    expect(derived.has(cellKey(t3("carriedOver", "total")))).toBe(false);
    // Rows of no table and a table without rows: nothing to derive there.
    expect(derived.has(cellKey(t3("disclosed", "total")))).toBe(false);
    expect(derived.has(cellKey(["reviewsAndLitigation", "administrativeReview", "total"]))).toBe(
      false,
    );
    expect([...derived.values()].every((d) => totalIdentities("2021").includes(d.identity))).toBe(
      true,
    );
  });
});
