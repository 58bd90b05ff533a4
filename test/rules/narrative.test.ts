import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Report2019 } from "../../src/index.js";
import { validate } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { edited, expectFinding, expectNoFinding, findingsOf, setAt } from "../support/findings.js";
import { reportText } from "../support/reporttext.js";

type Path = readonly (string | number)[];

/** 一、总体情况 of a corpus report: from its heading to the heading of 二. */
function corpusOverview(file: string): string {
  const text = readFileSync(new URL(`../fixtures/corpus/${file}`, import.meta.url), "utf8");
  const body = reportText(text);
  const end = body.indexOf(
    "主动公开政府信息情况",
    body.indexOf("二、", body.indexOf("总体情况") + 50),
  );
  const start = body.lastIndexOf("总体情况", end);
  return body.slice(start + 4, end);
}

const RECEIVED: Path = ["applications", "newlyReceived", "total"];
const CARRIED_OVER: Path = ["applications", "carriedOver", "total"];
const HANDLED: Path = ["applications", "totalHandled", "total"];
const FORWARD: Path = ["applications", "carriedForward", "total"];
const REVIEWS: Path = ["reviewsAndLitigation", "administrativeReview", "total"];
const SUITS: Path = ["reviewsAndLitigation", "litigationWithoutReview", "total"];
const SUITS_AFTER: Path = ["reviewsAndLitigation", "litigationAfterReview", "total"];

/** The seed with a corpus overview and the totals that report published. */
function withTotals(file: string, totals: [Path, number][]) {
  return edited(seedReport, (j) => {
    setAt(j, ["overview"], corpusOverview(file));
    for (const [path, value] of totals) setAt(j, path, value);
  });
}

const narrative = (json: unknown) => findingsOf(validate(json).findings, "NARRATIVE_MISMATCH");

// Published totals of real reports (corpus README) and the figure their overview states.
const cases: [string, [Path, number][], Path[]][] = [
  // "全区收到政府信息公开申请75件" = 一 74 + 二 1; "行政诉讼案件1件、行政复议案件2件".
  [
    "github-015.txt",
    [
      [RECEIVED, 74],
      [CARRIED_OVER, 1],
      [HANDLED, 75],
      [REVIEWS, 2],
      [SUITS, 1],
      [SUITS_AFTER, 0],
    ],
    [RECEIVED, REVIEWS, SUITS],
  ],
  // PDF text, wrapped lines: "全年收到政府信息公开申请 34 件"; "…申请中同意公开答复 9 件" is a
  // subset (予以公开), and "转下一\n年度办理答复的有 1 件" is not the handled total.
  [
    "github-002.txt",
    [
      [RECEIVED, 34],
      [CARRIED_OVER, 2],
      [HANDLED, 35],
      [FORWARD, 1],
    ],
    [RECEIVED],
  ],
  // "全市共受理…3119 件", "答复 3050 件", "行政复议 351\n件", "行政诉讼 46 件" = 26 + 20.
  [
    "github-008.txt",
    [
      [RECEIVED, 3119],
      [CARRIED_OVER, 34],
      [HANDLED, 3050],
      [FORWARD, 103],
      [REVIEWS, 351],
      [SUITS, 26],
      [SUITS_AFTER, 20],
    ],
    [RECEIVED, HANDLED, REVIEWS, SUITS],
  ],
  // "共受理政府信息公开申请2件".
  [
    "pages-027.txt",
    [
      [RECEIVED, 2],
      [HANDLED, 2],
    ],
    [RECEIVED],
  ],
  // "共受理政府信息公开申请 749 件" = 713 + 36; "结转下一年 31 件".
  [
    "github-001.txt",
    [
      [RECEIVED, 713],
      [CARRIED_OVER, 36],
      [HANDLED, 718],
      [FORWARD, 31],
      [REVIEWS, 61],
      [SUITS, 3],
      [SUITS_AFTER, 10],
    ],
    [RECEIVED, FORWARD],
  ],
  // "共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理".
  [
    "github-014.txt",
    [
      [RECEIVED, 70],
      [HANDLED, 69],
      [FORWARD, 1],
      [REVIEWS, 3],
      [SUITS, 12],
    ],
    [RECEIVED, HANDLED, FORWARD],
  ],
  // "办结依申请公开81件"; "行政复议案件2件、行政诉讼案件7件" = 5 + 2.
  [
    "github-016.txt",
    [
      [RECEIVED, 81],
      [HANDLED, 81],
      [REVIEWS, 2],
      [SUITS, 5],
      [SUITS_AFTER, 2],
    ],
    [HANDLED, REVIEWS, SUITS],
  ],
];

describe("NARRATIVE_MISMATCH on real overviews", () => {
  it.each(cases)("%s: the stated figures agree with the published tables", (file, totals) => {
    expect(narrative(withTotals(file, totals))).toEqual([]);
  });

  it.each(cases)(
    "%s: each stated figure is read (changing the table cell is reported)",
    (file, totals, stated) => {
      for (const path of stated) {
        const changed = totals.map(([p, v]): [Path, number] => [p, p === path ? v + 100 : v]);
        const findings = validate(withTotals(file, changed)).findings;
        const finding = expectFinding(findings, "NARRATIVE_MISMATCH", path, {
          severity: "warning",
        });
        expect(finding.related).toContainEqual(["overview"]);
        // The clause stating the figure, as data: a sentence of the report's own overview.
        expect(finding.detail).toMatch(/\d/);
        expect(finding.message).toContain(finding.detail);
        expect(findingsOf(findings, "NARRATIVE_MISMATCH")).toHaveLength(1);
      }
    },
  );

  it("Shanghai 2019: 受理859件 / 答复805件（含上年度结转申请18件…）/ 行政复议7件 agree", () => {
    expectNoFinding(validate(shanghai2019Report).findings, "NARRATIVE_MISMATCH");
  });

  it("Shanghai 2019: a changed 答复 figure is reported with the clause", () => {
    const report: Report2019 = {
      ...shanghai2019Report,
      overview: shanghai2019Report.overview!.replace(
        "答复政府信息公开申请805件",
        "答复政府信息公开申请806件",
      ),
    };
    const finding = expectFinding(validate(report).findings, "NARRATIVE_MISMATCH", HANDLED, {
      expected: 805,
      actual: 806,
    });
    expect(finding.message).toContain("答复政府信息公开申请806件");
  });

  it("never reads a subset, another matter or last year's carried-over requests as a total", () => {
    const overview = [
      "本年度收到政府信息公开申请5件，其中自然人申请3件。",
      "收到自然人申请3件。受理上年结转申请2件。答复人大代表建议12件。",
      "收到群众咨询40件，办理信访件9件。行政复议和行政诉讼案件共4件。",
      "共处理群众留言92条。",
    ].join("\n");
    const json = edited(seedReport, (j) => {
      setAt(j, ["overview"], overview);
      setAt(j, RECEIVED, 5);
    });
    expect(narrative(json)).toEqual([]);
    // The one attributable figure is read: with 一 = 6 it is reported.
    const wrong = edited(seedReport, (j) => {
      setAt(j, ["overview"], overview);
      setAt(j, RECEIVED, 6);
    });
    expectFinding(validate(wrong).findings, "NARRATIVE_MISMATCH", RECEIVED, {
      actual: 5,
      expected: 6,
    });
  });

  it("does not compare with a blank cell", () => {
    const json = withTotals("pages-027.txt", []);
    setAt(json, RECEIVED, null);
    expect(narrative(json)).toEqual([]);
  });
});

describe("FEE_NOT_REPORTED", () => {
  const unpaid: Path = ["applications", "otherOverdueFee", "total"];

  it("accepts fees mentioned in 六 (the seed says 没有收取信息处理费)", () => {
    const json = edited(seedReport, (j) => setAt(j, unpaid, 2));
    expectNoFinding(validate(json).findings, "FEE_NOT_REPORTED");
  });

  it("reports （六）2 > 0 with 六 silent on fees", () => {
    const json = edited(seedReport, (j) => {
      setAt(j, unpaid, 2);
      setAt(j, ["otherMatters"], "无其他需要报告的事项。");
    });
    expectFinding(validate(json).findings, "FEE_NOT_REPORTED", unpaid, {
      severity: "warning",
      actual: 2,
      related: [["otherMatters"]],
    });
  });

  it("does not apply to the 2019 template or to zero", () => {
    expectNoFinding(validate(shanghai2019Report).findings, "FEE_NOT_REPORTED");
    const json = edited(seedReport, (j) => setAt(j, ["otherMatters"], "无。"));
    expectNoFinding(validate(json).findings, "FEE_NOT_REPORTED");
  });
});
