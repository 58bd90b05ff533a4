/**
 * Local variants of real reports (issue 13): fixtures in test/fixtures/variants/, each adapted from
 * a corpus report and saying what was changed. Every test states what must be read, what must stay
 * absent and which finding says why; `expectNoWrongNumber` checks every cell read against the
 * numbers the fixture's agency published (a wrong number is the worst failure).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Finding, parseText, toJSON } from "../../src/index.js";
import { reportText } from "../support/reporttext.js";
import { corpus, rowsOf } from "./support.js";

const dir = fileURLToPath(new URL("../fixtures/variants/", import.meta.url));

/** A variant fixture's text, without its header block. */
function variant(name: string): string {
  const raw = readFileSync(`${dir}${name}.txt`, "utf8");
  return reportText(raw);
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

describe("bare values under a group label: read by the registry's order when the count leaves one reading", () => {
  const text = variant("bare-values-2021");
  // The eight rows of （三）不予公开 as published (github-008), in the registry's order.
  const withheld = {
    withheldStateSecret: "2|0|0|0|0|0|2",
    withheldProhibitedByLaw: "30|1|0|0|0|0|31",
    withheldSecurityStability: "5|0|0|0|0|0|5",
    withheldThirdPartyRights: "6|0|0|0|0|0|6",
    withheldInternalAffairs: "7|1|0|0|0|0|8",
    withheldProcessInformation: "12|0|0|0|0|0|12",
    withheldEnforcementFile: "9|0|0|0|0|0|9",
    withheldAdministrativeQuery: "105|0|0|0|0|0|105",
  };

  it("reads 56 values after （三）不予公开 as its eight rows, with one finding at the group", () => {
    const { report, findings } = parseText(text);
    expect(rowsOf(report, "applications")).toMatchObject(withheld);
    expect(brief(findings)).toEqual([
      [
        "PARSE_ROWS_BY_ORDER",
        "applications.withheld",
        Object.values(withheld)
          .map((row) => row.replace(/\|/g, "/"))
          .join("; "),
      ],
    ]);
  });

  it("reads the rows of （五）不予处理 the same way, all zero", () => {
    const labels = ["1.信访举报投诉类申请 ", "2.重复申请 ", "3.要求提供公开出版物 "];
    const zeros = ["4.无正当理由大量反复申请 ", "5.要求行政机关确认或重新出\n具已获取信息 "];
    let lost = text;
    for (const label of [...labels, ...zeros]) lost = lost.replace(label, "");
    for (const [from, to] of [
      ["56 6 0 0 0 0 62", "0 0 0 0 0 0 0"],
      ["25 0 0 0 0 0 25", "0 0 0 0 0 0 0"],
      ["\n1 0 0 0 0 0 1\n（六）", "\n0 0 0 0 0 0 0\n（六）"],
    ]) {
      lost = lost.replace(from!, to!);
    }
    const { report, findings } = parseText(lost);
    const zero = "0|0|0|0|0|0|0";
    expect(rowsOf(report, "applications")).toMatchObject({
      notProcessedComplaint: zero,
      notProcessedDuplicate: zero,
      notProcessedPublication: zero,
      notProcessedExcessive: zero,
      notProcessedConfirmation: zero,
    });
    expect(brief(findings)).toContainEqual([
      "PARSE_ROWS_BY_ORDER",
      "applications.notProcessed",
      new Array(5).fill("0/0/0/0/0/0/0").join("; "),
    ]);
  });

  it("reads nothing when the count leaves more than one reading (a value lost)", () => {
    const short = text.replace("\n9 0 0 0 0 0 9\n", "\n9 0 0 0 0 9\n");
    const { report, findings } = parseText(short);
    for (const row of Object.keys(withheld)) {
      expect(rowsOf(report, "applications")[row]).toBe("?|?|?|?|?|?|?");
    }
    expect(findings.map((f) => f.code)).not.toContain("PARSE_ROWS_BY_ORDER");
    // One finding at the group, quoting the 55 values printed: none is lost, and its rows need
    // no finding of their own (one cause, one finding).
    const printed = Object.values(withheld)
      .map((row) => (row === "9|0|0|0|0|0|9" ? "9|0|0|0|0|9" : row))
      .join("|")
      .split("|");
    expect(printed).toHaveLength(55);
    expect(brief(findings).filter(([, path]) => String(path).includes("withheld"))).toEqual([
      ["PARSE_CELL_AMBIGUOUS", "applications.withheld", printed.join(" | ")],
    ]);
  });
});

describe("（六）其他处理 printed as one row (the 2019 layout) in a 2021 report", () => {
  const text = variant("single-other-row-2021");

  it("places none of its values in the three 2021 rows and quotes them in one finding", () => {
    const { report, findings } = parseText(text);
    expect(report?.template).toBe("2021");
    const rows = rowsOf(report, "applications");
    expect([rows["otherOverdueCorrection"], rows["otherOverdueFee"], rows["otherReasons"]]).toEqual(
      new Array(3).fill("?|?|?|?|?|?|?"),
    );
    expect(rows["totalHandled"]).toBe("2932|53|0|0|61|4|3050");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "TEMPLATE_MIXED",
      path: ["applications", "otherProcessing"],
      expected: "2021",
      actual: "2019",
    });
    expect(findings[0]!.message).toContain("（六）其他处理: 181 | 5 | 0 | 0 | 1 | 0 | 187");
  });

  it("does the same the other way: three 2021 rows in a 2019 report leave （六）其他处理 absent", () => {
    const hubei = variant("hubei-local-rows-2019");
    const three = hubei.replace(
      "(六)其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      [
        "(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "3.其他 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
      ].join("\n"),
    );
    expect(three).not.toBe(hubei);
    const { report, findings } = parseText(three);
    expect(rowsOf(report, "applications")["otherHandling"]).toBe("?|?|?|?|?|?|?");
    expect(findings.filter((f) => f.path[0] === "applications")).toEqual([
      expect.objectContaining({
        code: "TEMPLATE_MIXED",
        path: ["applications", "otherHandling"],
        expected: "2019",
        actual: "2021",
      }),
    ]);
  });
});

describe("local rows not in the template (Hubei's 其他主动公开文件)", () => {
  const text = variant("hubei-local-rows-2019");
  const truth = {
    activeDisclosure: {
      regulations: "||",
      normativeDocuments: "2|0|83",
      licensing: "71|-11|0",
      otherServices: "12|3|240",
      punishment: "0|0|0",
      coercion: "0|0|0",
    },
  };

  it("keeps its values out of every cell, with one finding quoting it", () => {
    const { report, findings } = parseText(text);
    expect(rowsOf(report, "activeDisclosure")).toMatchObject(truth.activeDisclosure);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "PARSE_EXTRA_ROW",
        path: ["activeDisclosure"],
        actual: "15 | 15 | 120",
        severity: "info",
      }),
    ]);
    expect(findings[0]!.message).toContain("「其他主动公开文件」");
  });

  it("does not let them fill the blank row before it", () => {
    // 规范性文件 left blank, as the page prints 规章: its region must not reach the local row.
    const blank = withLine(
      text,
      "规范性文件(",
      "规范性文件(指各行政机关印发的有正式文号的文件) |\n|\n|\n|",
    );
    const { report, findings } = parseText(blank);
    expect(rowsOf(report, "activeDisclosure")["normativeDocuments"]).toBe("||");
    expect(findings.map((f) => f.code)).toEqual(["PARSE_EXTRA_ROW"]);
  });
});

describe("annotated labels and headers (Hubei, a mirror in traditional script)", () => {
  const text = variant("traditional-hubei-2020");
  const truth = {
    activeDisclosure: {
      regulations: "0|0|0",
      normativeDocuments: "2|1|35",
      licensing: "12|-2|130",
      otherServices: "5|0|44",
      punishment: "20|1|7",
      coercion: "3|0|1",
      fees: "4|0",
      procurement: "6|12.5",
    },
  };

  it("reads every cell of table 二; the words and numbers of the annotations are neither labels nor values", () => {
    const { report, findings } = parseText(text);
    expect(rowsOf(report, "activeDisclosure")).toEqual(truth.activeDisclosure);
    expect(findings.filter((f) => f.path[0] === "activeDisclosure")).toEqual([
      expect.objectContaining({ code: "PARSE_EXTRA_ROW", actual: "16 | 16 | 120" }),
    ]);
  });

  it("reads the year and agency from a title in traditional script", () => {
    const { report, findings } = parseText(text);
    expect(report?.year).toBe(2020);
    expect(report?.agency.name).toBe("某縣民政局");
    expect(findings.map((f) => f.code)).not.toContain("PARSE_YEAR_UNCERTAIN");
  });

  it("reads the same in the pipe and the space-separated renderings of the page", () => {
    // The annotations printed with spaces (`(指 2019 年事項數)`, `如 -8`), the definition over two lines.
    const spaced = text
      .replace(/\(指(\d{4})年/g, "(指 $1 年")
      .replace("如-8", "如 -8")
      .replace("行政給付、", "行政給付、\n");
    expect(spaced).not.toBe(text);
    expect(rowsOf(parseText(spaced).report, "activeDisclosure")).toEqual(truth.activeDisclosure);
  });
});

describe("tables without their section heading, found by their own labels", () => {
  const seed = corpus("seed-dacaozhuang-2022").text;
  const tables = (text: string) => {
    const json = toJSON(parseText(text).report!);
    return [json.activeDisclosure, json.applications, json.reviewsAndLitigation];
  };
  const published = tables(seed);

  it("reads all three tables of a copy that starts at 第二十条第（一）项", () => {
    const text = variant("tables-only-2022");
    expect(tables(text)).toEqual(published);
    expect(brief(parseText(text).findings)).toEqual([
      ["PARSE_YEAR_UNCERTAIN", "year", null],
      ["SECTION_MISSING", "overview", null],
      ["SECTION_MISSING", "problemsAndImprovements", null],
      ["SECTION_MISSING", "otherMatters", null],
    ]);
  });

  it("reads them when the headings are missing between the prose sections", () => {
    const text = seed
      .replace(/\n二、主动公开政府信息情况\n/, "\n")
      .replace(/\n三、收到和处理政府信息公开申请情况\n/, "\n")
      .replace(/\n四、政府信息公开行政复议、行政诉讼情况\n/, "\n");
    expect(text.match(/^[二三四]、/gm)).toEqual(["二、", "三、", "四、"]); // table 三's own rows
    const { report, findings } = parseText(text);
    expect(tables(text)).toEqual(published);
    // The overview ends where table 二 begins.
    expect(report?.overview).toBe(parseText(seed).report?.overview);
    expect(findings).toEqual([]);
  });

  it("reads them when the headings are glued to the paragraph or value before them", () => {
    const text = seed
      .replace(/。\s*\n+二、主动公开政府信息情况\s*\n/, "。二、主动公开政府信息情况")
      .replace(
        /0\s*\n+三、收到和处理政府信息公开申请情况\s*\n/,
        "0三、收到和处理政府信息公开申请情况",
      )
      .replace(
        /0\s*\n+四、政府信息公开行政复议、行政诉讼情况\s*\n/,
        "0四、政府信息公开行政复议、行政诉讼情况",
      );
    expect(text).toContain("0三、收到和处理政府信息公开申请情况");
    expect(tables(text)).toEqual(published);
    expect(parseText(text).findings).toEqual([]);
  });

  it("reads the rows of a fragment that starts inside table 二, and says the rest is not there", () => {
    // github-007: its page starts at 信息内容 of 第二十条第（六）项, the caption on the page before.
    const { report, findings } = parseText(corpus("github-007").text);
    expect(rowsOf(report, "activeDisclosure")).toEqual({
      regulations: "?|?|?",
      normativeDocuments: "?|?|?",
      licensing: "?",
      punishment: "3985758",
      coercion: "88283",
      fees: "96171.6",
    });
    expect(
      brief(findings).filter(([, path]) => String(path).startsWith("activeDisclosure")),
    ).toEqual([["PARSE_TRUNCATED", "activeDisclosure", null]]);
  });

  // flipbook-sjj-2020-p9 (held-out set 1): a PDF page starting at table 三's last row.
  const lastRow = (row: string) =>
    [
      "2020年政府信息公开工作年度报告",
      row,
      "四、政府信息公开行政复议、行政诉讼情况",
      "2020年，未出现申请行政复议、提起行政诉讼的情况。",
      "五、存在的主要问题及改进情况",
      "无。",
    ].join("\n");

  it("reads table 三's rows printed alone with a value per column, the rows before them absent", () => {
    const { report, findings } = parseText(lastRow("四、结转下年度继续办理 2 0 0 0 0 0 2"));
    expect(rowsOf(report, "applications")["carriedForward"]).toBe("2|0|0|0|0|0|2");
    expect(rowsOf(report, "applications")["newlyReceived"]).toBe("?|?|?|?|?|?|?");
    expect(brief(findings).filter(([, path]) => String(path).startsWith("applications"))).toEqual([
      ["PARSE_TRUNCATED", "applications", null],
    ]);
  });

  it("does not take a row label with other than a value per column, or inside a line, for table 三", () => {
    for (const row of [
      "四、结转下年度继续办理 2 0 0 0 0 2",
      "四、结转下年度继续办理 2 0 0 0 0 0 2 件",
      "另有四、结转下年度继续办理 2 0 0 0 0 0 2",
      "四、结转下年度继续办理的申请2件。",
    ]) {
      const { report, findings } = parseText(lastRow(row));
      expect(report?.applications).toBeUndefined();
      expect(brief(findings)).toContainEqual(["SECTION_MISSING", "applications", null]);
    }
  });

  // Table 二 with its heading, table 三 without its heading and first rows.
  const afterDisclosure = (lines: readonly string[]) =>
    [
      "2023年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
      "规章 | 0 | 0 | 0",
      ...lines,
      "四、政府信息公开行政复议、行政诉讼情况",
      "本年度未发生行政复议、行政诉讼。",
    ].join("\n");
  const penalties = [
    "第二十条第（六）项",
    "信息内容 | 本年处理决定数量",
    "行政处罚 | 1476",
    "行政强制 | 3",
  ];
  const stray = "2.其他法律行政法规禁止公开 0 0 0 0 0 0 0";

  it("does not start table 三 at a row of it printed before table 二's last rows", () => {
    const { report, findings } = parseText(afterDisclosure([stray, ...penalties]));
    expect(rowsOf(report, "activeDisclosure")).toMatchObject({ punishment: "1476", coercion: "3" });
    expect(report?.applications).toBeUndefined();
    expect(brief(findings)).toContainEqual(["SECTION_MISSING", "applications", null]);
  });

  it("starts table 三 at a row of it printed alone after table 二's last rows", () => {
    const { report } = parseText(afterDisclosure([...penalties, stray]));
    expect(rowsOf(report, "activeDisclosure")).toMatchObject({ punishment: "1476", coercion: "3" });
    expect(rowsOf(report, "applications")["withheldProhibitedByLaw"]).toBe("0|0|0|0|0|0|0");
  });

  it("does not start table 三 at a row of it printed after table 四's headers, losing table 四", () => {
    const reviews = (lines: readonly string[]) =>
      [
        "2023年政府信息公开工作年度报告",
        "一、总体情况",
        "本机关依法公开政府信息。",
        "行政复议 | 行政诉讼",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计",
        "1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
        ...lines,
        "五、存在的主要问题及改进情况",
        "无。",
      ].join("\n");
    const { report, findings } = parseText(reviews(["（七）总计 3 0 0 0 0 0 3"]));
    expect(rowsOf(report, "reviewsAndLitigation")["administrativeReview"]).toBe("1|0|0|0|1");
    expect(report?.applications).toBeUndefined();
    expect(brief(findings)).toContainEqual(["SECTION_MISSING", "applications", null]);
  });

  it("does not take prose that names a caption or a table word for a table", () => {
    const prose = seed
      .replace(
        "一、总体情况",
        "一、总体情况\n\n按照条例第二十条第（一）项的规定公开规章。行政复议结果维持1件，结果纠正0件。本年新收政府信息公开申请数量较上年持平。",
      )
      .replace(/\n二、主动公开政府信息情况\n/, "\n")
      .replace(/\n三、收到和处理政府信息公开申请情况\n/, "\n")
      .replace(/\n四、政府信息公开行政复议、行政诉讼情况\n/, "\n");
    const { report, findings } = parseText(prose);
    expect(tables(prose)).toEqual(published);
    expect(report?.overview).toContain("本年新收政府信息公开申请数量较上年持平。");
    expect(findings).toEqual([]);
  });
});

describe("table 二 headers cut short in the copy (`本年新 | 本年新 | 对外公开总数量`)", () => {
  it("reads the sub-table as this template's columns when the words left are their beginnings (pages-002)", () => {
    const { report, findings } = parseText(corpus("pages-002").text);
    expect(report?.template).toBe("2019");
    expect(toJSON(report!).activeDisclosure).toMatchObject({
      regulations: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 },
      normativeDocuments: { newlyMade: 15, newlyPublished: 15, totalPublished: 15 },
    });
    expect(findings.filter((f) => f.path[0] === "activeDisclosure")).toEqual([]);
  });

  const subTable = (header: string, row: string) =>
    [
      "某县2019年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      `信息内容 | ${header} |`,
      `规章 | ${row} |`,
    ].join("\n");

  it("keeps a sub-table printing fewer columns to the ones it prints", () => {
    const { report } = parseText(subTable("对外公开总数量", "5"));
    expect(rowsOf(report, "activeDisclosure")["regulations"]).toBe("?|?|5");
  });

  it("says each cell of the columns such a sub-table does not print (none absent in silence)", () => {
    const { findings } = parseText(
      `${subTable("本年新制作数量 | 本年新公开数量", "1 | 2")}\n规范性文件 | 3 | 4 |\n第二十条第（五）项`,
    );
    const unread = findings.filter((f) => f.code === "PARSE_CELL_UNREADABLE");
    expect(unread.map((f) => f.path.join("."))).toEqual([
      "activeDisclosure.regulations.totalPublished",
      "activeDisclosure.normativeDocuments.totalPublished",
    ]);
  });

  it("places nothing of a last row, cut by the text's end, that printed more values than its columns", () => {
    // 本年新制作数量 | 对外公开总数量 over `1 | 2 | 3`: the 2 is no 对外公开总数量 (was read as one).
    const { report, findings } = parseText(
      subTable("本年新制作数量 | 对外公开总数量", "1 | 2 | 3"),
    );
    expect(rowsOf(report, "activeDisclosure")["regulations"]).toBe("?|?|?");
    expect(findings.some((f) => f.path.join(".") === "activeDisclosure.regulations")).toBe(true);
  });

  it("reads a header with a character dropped inside a label as that column (`对外公开数量`; wulanchabu-qyjj-2020)", () => {
    const { report } = parseText(
      `${subTable("本年新制作数量 | 本年新公开数量 | 对外公开数量", "1 | 2 | 3")}\n规范性文件 | 4 | 5 | 6 |\n第二十条第（五）项`,
    );
    expect(rowsOf(report, "activeDisclosure")["regulations"]).toBe("1|2|3");
    expect(rowsOf(report, "activeDisclosure")["normativeDocuments"]).toBe("4|5|6");
  });

  it.each([
    ["2019", "本年新数量 | 本年新公开数量 | 对外公开总数量", "?|2|3", "newlyMade"],
    ["2022", "本年制发件数 | 本年件数 | 现行有效件数", "1|?|3", "repealed"],
    ["2022", "本年件数 | 本年废止件数 | 现行有效件数", "?|2|3", "issued"],
  ])(
    "reads no column from a header word whose dropped run told the columns apart (%s: %s)",
    (year, header, read, unnamed) => {
      // 本年件数 is 本年制发件数 or 本年废止件数 with two characters dropped: it names neither (was
      // read as the one its place left, by position alone). The columns its neighbours name are
      // read by position (heldout3: a header word of another meaning, hechuan-erlang-2019's
      // 本年数量, stands where 本年增/减 does); the value under the word is said, not placed.
      const text = [
        `某县${year}年政府信息公开工作年度报告`,
        "二、主动公开政府信息情况",
        "第二十条第（一）项",
        `信息内容 | ${header} |`,
        "规章 | 1 | 2 | 3 |",
        "规范性文件 | 4 | 5 | 6 |",
        "第二十条第（五）项",
      ].join("\n");
      const { report, findings } = parseText(text);
      expect(rowsOf(report, "activeDisclosure")["regulations"]).toBe(read);
      const path = `activeDisclosure.regulations.${unnamed}`;
      expect(findings.some((f) => f.path.join(".") === path)).toBe(true);
    },
  );

  it("still reads a header word missing a run that tells no column apart (`现行件数`)", () => {
    const text = [
      "某县2022年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容 | 本年制发件数 | 本年废止件数 | 现行件数 |",
      "规章 | 1 | 2 | 3 |",
      "规范性文件 | 4 | 5 | 6 |",
      "第二十条第（五）项",
    ].join("\n");
    expect(rowsOf(parseText(text).report, "activeDisclosure")["regulations"]).toBe("1|2|3");
  });

  it("does not take words that begin no missing column for cut headers", () => {
    // `合计` is no beginning of 本年新制作数量: the printed layout stays what was read.
    const { report } = parseText(subTable("合计 | 本年新 | 对外公开总数量", "1 | 2 | 3"));
    expect(rowsOf(report, "activeDisclosure")["regulations"]?.startsWith("?|")).toBe(true);
  });
});

describe("a table told in a sentence before it is printed (hanyang-bgs-2022)", () => {
  const page = (sentence: string) =>
    [
      "某区人民政府办公室2022年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      sentence,
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |",
      "自然人 | 法人或其他组织 | 总计 |",
      "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
      "一、本年新收政府信息公开申请数量 | 8 | 0 | 0 | 0 | 0 | 0 | 8 |",
      "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      "三、本年度办理结果 | （一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
    ].join("\n");

  it("reads the rows from the table, not from the sentence's words (其中，予以公开2件，部分公开2件。)", () => {
    const { report } = parseText(
      page("2022年共收到8份申请，均为自然人申请。其中，予以公开2件，部分公开2件，其他1件。"),
    );
    const rows = rowsOf(report, "applications");
    expect(rows["newlyReceived"]).toBe("8|0|0|0|0|0|8");
    expect(rows["carriedOver"]).toBe("0|0|0|0|0|0|0");
    expect(rows["disclosed"]).toBe("2|0|0|0|0|0|2");
    expect(rows["partiallyDisclosed"]).toBe("2|0|0|0|0|0|2");
  });
});

describe("a table told in prose that does not end on a full stop (review of hanyang-bgs-2022's rule)", () => {
  const page = (prose: string) =>
    [
      "某区人民政府办公室2022年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      prose,
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |",
      "自然人 | 法人或其他组织 | 总计 |",
      "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
      "一、本年新收政府信息公开申请数量 | 8 | 0 | 0 | 0 | 0 | 0 | 8 |",
      "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      "三、本年度办理结果 | （一）予以公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
      "（三）不予公开 | 1．属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
    ].join("\n");

  it.each([
    ["broken over two lines", "共收到申请8件。其中，予以公开5件，\n部分公开3件。"],
    ["ending on a clause's mark", "共收到申请8件，其中，予以公开5件，部分公开3件；"],
    ["ending without a mark", "其中予以公开5件，部分公开3件"],
  ])("reads the rows from the table, none from the prose (%s)", (_, prose) => {
    // Was: a row read from the prose's label over the table's first rows (予以公开 = 8|0|0|0|0|0|8,
    // the 本年新收 row's values), or left unreadable.
    const rows = rowsOf(parseText(page(prose)).report, "applications");
    expect(rows["newlyReceived"]).toBe("8|0|0|0|0|0|8");
    expect(rows["carriedOver"]).toBe("0|0|0|0|0|0|0");
    expect(rows["disclosed"]).toBe("5|0|0|0|0|0|5");
    expect(rows["partiallyDisclosed"]).toBe("3|0|0|0|0|0|3");
  });
});

describe("a note in prose between a table's rows holds no cell value (review)", () => {
  it("reads none of its counts into the row above (yueyang-nanhu-2019 with a note added)", () => {
    // The page prints 本年新收 as `3 | 3 |` (自然人 and 总计, the rest blank): the row is left
    // absent. A note after it counting 12件 and 3件 gave the row four values, placed as
    // 3|3|blank|… (法人 = 3: a wrong number).
    const raw = readFileSync(
      fileURLToPath(new URL("../fixtures/heldout/yueyang-nanhu-2019.txt", import.meta.url)),
      "utf8",
    );
    const text = reportText(raw);
    const noted = text.replace(
      "\n二、上年结转",
      "\n注：本年度共办理申请12件，其中3件转办。\n二、上年结转",
    );
    expect(noted).not.toBe(text);
    const before = rowsOf(parseText(text).report, "applications");
    const after = rowsOf(parseText(noted).report, "applications");
    expect(after["newlyReceived"]).toBe(before["newlyReceived"]);
    expect(after).toEqual(before);
  });
});

describe("a label cell ending on a full stop is no sentence (review of hanyang-bgs-2022's rule)", () => {
  const table = (partly: string) =>
    [
      "某区人民政府办公室2022年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |",
      "自然人 | 法人或其他组织 | 总计 |",
      "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
      "一、本年新收政府信息公开申请数量 | 8 | 0 | 0 | 0 | 0 | 0 | 8 |",
      "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      "三、本年度办理结果 | （一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
      partly,
      "（三）不予公开 | 1．属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
    ].join("\n");

  it("reads the row whose label holds 。 in a pipe row", () => {
    // Was: the label taken for a sentence's word, its seven cells unreadable.
    const partly =
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形。） | 2 | 0 | 0 | 0 | 0 | 0 | 2 |";
    expect(rowsOf(parseText(table(partly)).report, "applications")["partiallyDisclosed"]).toBe(
      "2|0|0|0|0|0|2",
    );
  });

  it("reads a label ending on 。 on a line of its own, over a header word and its values (pdftotext stream)", () => {
    const text = readFileSync(
      fileURLToPath(
        new URL("../fixtures/pdftotext/github-001-chromium-a5.stream.txt", import.meta.url),
      ),
      "utf8",
    );
    const want = rowsOf(parseText(text).report, "activeDisclosure")["regulations"];
    expect(want).not.toContain("?");
    const stopped = text.replace(/^规章$/m, "规章。");
    expect(stopped).not.toBe(text);
    expect(rowsOf(parseText(stopped).report, "activeDisclosure")["regulations"]).toBe(want);
  });

  it("reads a table written on one line, values glued, with a 。 in a label (github-016)", () => {
    // The text from the last full stop before the table to that 。 was taken for one sentence:
    // table 三's first four rows unreadable.
    const text = corpus("github-016").text.replace("不计其他情形）", "不计其他情形。）");
    const rows = rowsOf(parseText(text).report, "applications");
    expect(rows["newlyReceived"]).toBe("80|1|0|0|0|0|81");
    expect(rows["partiallyDisclosed"]).toBe("19|1|0|0|0|0|20");
  });
});
