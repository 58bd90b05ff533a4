/**
 * Local variants of real reports (issue 13): fixtures in test/fixtures/variants/, each adapted from
 * a corpus report and saying what was changed. Every test states what must be read, what must stay
 * absent and which finding says why; `expectNoWrongNumber` checks every cell read against the
 * numbers the fixture's agency published (a wrong number is the worst failure).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Finding, parseText } from "../../src/index.js";
import { rowsOf } from "./support.js";

const dir = fileURLToPath(new URL("../fixtures/variants/", import.meta.url));

/** A variant fixture's text, without its header block. */
function variant(name: string): string {
  const raw = readFileSync(`${dir}${name}.txt`, "utf8");
  return raw.slice(raw.indexOf("\n---\n") + 5);
}

/** The text with one line (found by its start) replaced. */
function withLine(text: string, start: string, line: string): string {
  const found = text.split("\n").find((l) => l.startsWith(start));
  if (found === undefined) throw new Error(`no line starts with ${start}`);
  return text.replace(found, line);
}

const brief = (findings: readonly Finding[]) =>
  findings.map((f) => [f.code, f.path.join("."), f.actual ?? null]);

/** Every cell read holds the published number (cells left absent are not checked). */
function expectNoWrongNumber(text: string, truth: Record<string, Record<string, string>>): void {
  const { report } = parseText(text);
  for (const [table, rows] of Object.entries(truth)) {
    const read = rowsOf(report, table);
    for (const [row, cells] of Object.entries(rows)) {
      const got = read[row]!.split("|");
      const want = cells.split("|");
      got.forEach((cell, index) => {
        if (cell !== "?")
          expect({ table, row, index, cell }).toEqual({ table, row, index, cell: want[index] });
      });
    }
  }
}

describe("short rows: placed by the identities, never by position", () => {
  const text = variant("short-rows-2021");
  // The published table: blank applicant cells where zero, 总计 filled.
  const blanks = "||||||0";
  const truth = {
    applications: {
      newlyReceived: "3||||||3",
      carriedOver: blanks,
      disclosed: "2||||||2",
      unavailableNotHeld: "1||||||1",
      totalHandled: "3||||||3",
      carriedForward: blanks,
    },
  };

  it("places only 总计 when the other rows leave the applicant open (`| 3 | 3 |`)", () => {
    const { report, findings } = parseText(text);
    expect(rowsOf(report, "applications")["newlyReceived"]).toBe("?|?|?|?|?|?|3");
    expect(brief(findings)).toEqual([
      ["PARSE_CELL_AMBIGUOUS", "applications.newlyReceived", "3 | 3"],
    ]);
    expectNoWrongNumber(text, truth);
  });

  it("places both values when the identities leave one placement, the unprinted cells unreadable", () => {
    // 二 and 四 printed with every cell: 自然人 of 一 must then be （七）'s 3.
    const zeros = "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
    const full = withLine(
      withLine(text, "二、上年结转", `二、上年结转政府信息公开申请数量 ${zeros}`),
      "四、结转下年度",
      `四、结转下年度继续办理 ${zeros}`,
    );
    const { report, findings } = parseText(full);
    expect(rowsOf(report, "applications")["newlyReceived"]).toBe("3|?|?|?|?|?|3");
    expect(brief(findings)).toEqual(
      ["commercialEnterprise", "researchInstitution", "socialWelfareOrganization"]
        .concat(["legalServiceInstitution", "otherOrganization"])
        .map((column) => ["PARSE_CELL_UNREADABLE", `applications.newlyReceived.${column}`, null]),
    );
  });

  it("leaves a short table-二 row absent: table 二 has no identities to place it", () => {
    const short = withLine(text, "行政规范性文件", "行政规范性文件 | 3 | 101 |");
    const { report, findings } = parseText(short);
    expect(rowsOf(report, "activeDisclosure")["normativeDocuments"]).toBe("?|?|?");
    expect(brief(findings)).toEqual(
      [
        ["PARSE_CELL_AMBIGUOUS", "applications.newlyReceived", "3 | 3"],
        ["PARSE_CELL_AMBIGUOUS", "activeDisclosure.normativeDocuments", "3 | 101"],
      ].reverse(),
    );
  });

  it("places a short table-四 row by its group totals only where they leave one place", () => {
    // 行政复议 1 upheld (total 1), printed with its blank cells lost: `1 | 1`.
    const review = withLine(text, "0 | 0 | 0 | 0 | 0 | 0 |", "1 | 1 |");
    const { report, findings } = parseText(review);
    expect(rowsOf(report, "reviewsAndLitigation")).toEqual({
      administrativeReview: "?|?|?|?|?",
      litigationWithoutReview: "?|?|?|?|?",
      litigationAfterReview: "?|?|?|?|?",
    });
    expect(brief(findings)).toContainEqual([
      "PARSE_CELL_AMBIGUOUS",
      "reviewsAndLitigation",
      "1 | 1",
    ]);
    // Fourteen of fifteen printed, 行政复议 总计 lost: only that gap keeps every group total, so
    // each printed value has one place; the lost total stays absent (it is not printed).
    const fourteen = parseText(
      withLine(text, "0 | 0 | 0 | 0 | 0 | 0 |", `1 | 0 | 0 | 0 | ${"0 | ".repeat(10)}`),
    );
    expect(rowsOf(fourteen.report, "reviewsAndLitigation")).toEqual({
      administrativeReview: "1|0|0|0|?",
      litigationWithoutReview: "0|0|0|0|0",
      litigationAfterReview: "0|0|0|0|0",
    });
    expect(brief(fourteen.findings)).toContainEqual([
      "PARSE_CELL_UNREADABLE",
      "reviewsAndLitigation.administrativeReview.total",
      null,
    ]);
  });
});
