/**
 * parseText on edited renderings of the two transcribed reports: HTML entities and markup in
 * cells, units, grouped digits, marks, out-of-range numbers, glued runs, and table 四 cut short.
 * Only the public parseText is used, so these survive a refactor of the parser's internals.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/index.js";
import { parseText, toHTML, toJSON, toText } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { valueCell, withCell } from "../support/htmlCells.js";

const html = toHTML(seedReport);
const text = toText(seedReport);
const text2019 = toText(shanghai2019Report);

const licensing = ["activeDisclosure", "licensing", "decisions"] as const;
const fees = ["activeDisclosure", "fees", "amount"] as const;

/** The JSON value at a path of what parseText read (undefined when absent). */
function read(source: string, path: readonly string[]): unknown {
  const { report } = parseText(source);
  let node: unknown = report === undefined ? undefined : toJSON(report);
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

const brief = (findings: readonly Finding[]) =>
  findings.map((f) => [f.code, f.path.join("."), f.actual]);

const lineOf = (source: string, start: string) =>
  source.split("\n").find((line) => line.startsWith(start))!;
const replaceLine = (source: string, start: string, line: string) =>
  source.replace(lineOf(source, start), line);

/** The seed's HTML with the 行政许可 cell written as `content`. */
const licensingCell = (content: string) => {
  expect(valueCell(html, licensing.join("."))).toMatch(
    `>${seedReport.activeDisclosure!.licensing.decisions}</td>`,
  );
  return withCell(html, licensing.join("."), content);
};
/** The seed's HTML with the 行政事业性收费 cell written as `content`. */
const feeCell = (content: string) => {
  expect(valueCell(html, fees.join("."))).toMatch(">0</td>");
  return withCell(html, fees.join("."), content);
};

describe("parseText, HTML cells", () => {
  it("decodes decimal and hexadecimal character references and drops inline tags", () => {
    expect(read(licensingCell("&#52;&#x30;&#X34;"), licensing)).toBe(404);
    expect(read(licensingCell("<b>404</b>"), licensing)).toBe(404);
    // An inline tag adds nothing between its text and the next, as a browser shows it (Word
    // splits words and numbers across runs): `<b>4</b>04` is 404. A line break separates.
    expect(read(licensingCell("<b>4</b>04"), licensing)).toBe(404);
    expect(read(licensingCell("4<br>04"), licensing)).toBeUndefined();
    expect(parseText(licensingCell("&#52;&#x30;&#X34;")).findings).toEqual([]);
  });

  // What the cell printed is quoted in `actual` when it holds a digit: the lines of a cell on one.
  it.each([
    ["a NUL reference", "&#0;", undefined],
    ["a reference beyond Unicode", "&#x110000;", undefined],
    ["an unknown named entity", "&bogus;", undefined],
    ["two numbers split by a line break", "4<br>04", "4 04"],
  ])("leaves a cell with %s unreadable", (_, content, quoted) => {
    const { report, findings } = parseText(licensingCell(content));
    expect(report?.activeDisclosure?.licensing.decisions).toBeUndefined();
    expect(brief(findings)).toEqual([["PARSE_CELL_UNREADABLE", licensing.join("."), quoted]]);
  });
});

describe("parseText, cell values", () => {
  it("drops a unit that agrees with the column and refuses one that does not", () => {
    expect(read(licensingCell("404件"), licensing)).toBe(404);
    expect(read(licensingCell("404元"), licensing)).toBeUndefined();
    expect(read(feeCell("1.25万元"), fees)).toBe("1.25");
    expect(brief(parseText(feeCell("3元")).findings)).toEqual([
      ["PARSE_CELL_UNREADABLE", fees.join("."), "3元"],
    ]);
  });

  it("reads grouped digits, a leading plus and a compatibility dash mark", () => {
    expect(read(licensingCell("1,404"), licensing)).toBe(1404);
    expect(read(licensingCell("+7"), licensing)).toBe(7);
    expect(read(feeCell("1,234.5"), fees)).toBe("1234.5");
    expect(read(feeCell("+0.5"), fees)).toBe("0.5");
    // U+FE58 SMALL EM DASH is a dash only after NFKC; the mark keeps the character as written.
    expect(read(licensingCell("\ufe58"), licensing)).toEqual({ mark: "\ufe58" });
  });

  it.each([
    ["a fraction in a count", "1.5"],
    ["a count beyond the safe integers", "99999999999999999"],
    ["a negative count", "-3"],
  ])("refuses %s", (_, content) => {
    expect(brief(parseText(licensingCell(content)).findings)).toEqual([
      ["PARSE_CELL_UNREADABLE", licensing.join("."), content],
    ]);
  });

  it("refuses a negative amount", () => {
    expect(read(feeCell("-1"), fees)).toBeUndefined();
    expect(brief(parseText(feeCell("-1")).findings)).toEqual([
      ["PARSE_CELL_UNREADABLE", fees.join("."), "-1"],
    ]);
  });
});

describe("parseText, 2019 table 二 (signed 本年增/减, unit 项)", () => {
  const row = ["activeDisclosure", "licensing"] as const;

  it("accepts 項 for 项 and a negative 本年增/减", () => {
    const source = replaceLine(text2019, "行政许可 ", "行政许可 | 5項 | -2项 | 7件");
    expect(read(source, row)).toEqual({ previousItems: 5, change: -2, decisions: 7 });
  });

  it.each([
    ["减4", -4],
    ["减少4", -4],
    ["增2", 2],
    ["增加2项", 2],
    ["\u22123", -3],
    ["-3", -3],
    ["+3", 3],
  ])("reads the sign word or sign of %s in 本年增/减 as %d, keeping the row", (cell, value) => {
    const source = replaceLine(text2019, "行政许可 ", `行政许可 | 5 | ${cell} | 7`);
    expect(read(source, row)).toEqual({ previousItems: 5, change: value, decisions: 7 });
    expect(parseText(source).findings.filter((f) => f.path[1] === "licensing")).toEqual([]);
  });

  it("refuses a sign word outside the signed column, keeping the other cells", () => {
    const source = replaceLine(text2019, "行政许可 ", "行政许可 | 减5 | 2 | 7");
    expect(read(source, row)).toEqual({ change: 2, decisions: 7 });
    expect(parseText(source).findings.map((f) => f.path.join("."))).toContain(
      "activeDisclosure.licensing.previousItems",
    );
  });

  it("refuses a 本年增/减 in another unit, keeping the other cells", () => {
    const source = replaceLine(text2019, "行政许可 ", "行政许可 | 5 | -2件 | 7");
    expect(read(source, row)).toEqual({ previousItems: 5, decisions: 7 });
    expect(parseText(source).findings.map((f) => f.path.join("."))).toContain(
      "activeDisclosure.licensing.change",
    );
  });

  it("weighs a glued negative run against the values as printed, the sign only in the signed column", () => {
    // Two values in one pipe cell share their line: glued cells (5 | -2 | 3), or the values as
    // printed with 处理决定数量 lost (5 | -23), as no identity of table 二 tells; both put 5 first.
    const glued = parseText(replaceLine(text2019, "行政许可 ", "行政许可 | 5 -23"));
    expect(glued.report?.activeDisclosure?.licensing).toEqual({ previousItems: 5 });
    expect(brief(glued.findings.filter((f) => f.path[1] === "licensing"))).toEqual([
      ["PARSE_CELL_AMBIGUOUS", row.join("."), "5 | -23"],
    ]);
    // `-5 23`: no split reads (the sign cannot stand first); -5 can only be 本年增/减.
    const misplaced = parseText(replaceLine(text2019, "行政许可 ", "行政许可 | -5 23"));
    expect(misplaced.report?.activeDisclosure?.licensing).toEqual({ change: -5, decisions: 23 });
    expect(brief(misplaced.findings.filter((f) => f.path[1] === "licensing"))).toEqual([
      ["PARSE_CELL_UNREADABLE", `${row.join(".")}.previousItems`, undefined],
    ]);
  });

  it("weighs a split against a lost cell when each value is a whole pipe cell", () => {
    // `5 | -23`: 5 | -2 | 3 glued, or 5 | -23 with 处理决定数量 lost; both put 5 first.
    const both = parseText(replaceLine(text2019, "行政许可 ", "行政许可 | 5 | -23"));
    expect(both.report?.activeDisclosure?.licensing).toEqual({ previousItems: 5 });
    expect(brief(both.findings.filter((f) => f.path[1] === "licensing"))).toEqual([
      ["PARSE_CELL_AMBIGUOUS", row.join("."), "5 | -23"],
    ]);
    // `-5 | 23`: no split reads (the sign cannot stand first); -5 can only be 本年增/减.
    const lost = parseText(replaceLine(text2019, "行政许可 ", "行政许可 | -5 | 23"));
    expect(lost.report?.activeDisclosure?.licensing).toEqual({ change: -5, decisions: 23 });
    expect(brief(lost.findings.filter((f) => f.path[1] === "licensing"))).toEqual([
      ["PARSE_CELL_UNREADABLE", `${row.join(".")}.previousItems`, undefined],
    ]);
  });
});

describe("parseText, glued table-三 rows", () => {
  const label = "一、本年新收政府信息公开申请数量";
  const row = ["applications", "newlyReceived"] as const;
  const unreadableRow = (source: string) =>
    parseText(source)
      .findings.filter((f) => f.path.slice(0, 2).join(".") === row.join("."))
      .map((f) => f.code);

  it("splits a run that the row total leaves one way", () => {
    const { report, findings } = parseText(replaceLine(text, label, `${label} | 12 | 00003`));
    expect(toJSON(report!).applications).toMatchObject({
      newlyReceived: {
        naturalPerson: 1,
        commercialEnterprise: 2,
        researchInstitution: 0,
        socialWelfareOrganization: 0,
        legalServiceInstitution: 0,
        otherOrganization: 0,
        total: 3,
      },
    });
    expect(brief(findings)).toEqual([["PARSE_CELLS_RECOVERED", row.join("."), "1/2/0/0/0/0/3"]]);
    // The digits as printed, beside the split: data, not only the message's words.
    expect(findings.find((f) => f.code === "PARSE_CELLS_RECOVERED")?.detail).toBe("12 00003");
  });

  it("leaves the row unread when a mark or a non-integer sits among the glued digits", () => {
    for (const first of ["/", "1.5"]) {
      const source = replaceLine(text, label, `${label} | ${first} | 000000`);
      expect(read(source, row)).toEqual({});
      // The row's one finding: none of its seven cells read, what was printed quoted.
      expect(unreadableRow(source)).toEqual(["PARSE_CELL_AMBIGUOUS"]);
      expect(
        parseText(source).findings.find((f) => f.path.join(".") === row.join("."))?.actual,
      ).toBe(`${first} | 000000`);
    }
  });
});

describe("parseText, table 四", () => {
  const reviewHeading = "四、政府信息公开行政复议、行政诉讼情况";
  const lines = text.split("\n");
  const headingAt = lines.indexOf(reviewHeading);
  // The heading, three header lines, then the one row of values.
  const valuesAt = headingAt + 4;

  it("is truncated when the text stops after its header", () => {
    const cut = lines.slice(0, valuesAt).join("\n");
    const { report, findings } = parseText(cut);
    expect(report?.reviewsAndLitigation).toBeUndefined();
    expect(findings.filter((f) => f.path[0] === "reviewsAndLitigation").map((f) => f.code)).toEqual(
      ["PARSE_TRUNCATED"],
    );
  });

  it("keeps the cells before a cut inside its row and drops the last, possibly cut, one", () => {
    const values = lines[valuesAt]!.split("|").map((c) => c.trim());
    expect(values).toHaveLength(15);
    const cut = [...lines.slice(0, valuesAt), values.slice(0, 7).join(" | ")].join("\n");
    const { report, findings } = parseText(cut);
    expect(report?.reviewsAndLitigation?.administrativeReview).toEqual({
      upheld: 0,
      corrected: 0,
      otherOutcome: 0,
      pending: 0,
      total: 0,
    });
    expect(report?.reviewsAndLitigation?.litigationWithoutReview).toEqual({ upheld: 0 });
    expect(findings.filter((f) => f.path[0] === "reviewsAndLitigation").map((f) => f.code)).toEqual(
      ["PARSE_TRUNCATED"],
    );
  });

  it("reports an unreadable cell of a complete row at its path", () => {
    const values = lines[valuesAt]!.split("|").map((c) => c.trim());
    values[6] = "1.5";
    const source = [...lines.slice(0, valuesAt), values.join(" | "), ...lines.slice(valuesAt + 1)];
    const { findings } = parseText(source.join("\n"));
    expect(brief(findings)).toEqual([
      ["PARSE_CELL_UNREADABLE", "reviewsAndLitigation.litigationWithoutReview.corrected", "1.5"],
    ]);
  });

  it("shows blank and marked cells in the recovered split of a glued row", () => {
    // 行政复议 written with marks and a blank (no identity to check), the last two cells glued.
    const review = ["/", "", "0", "0", "/"];
    const rest = ["0", "0", "0", "0", "0", "0", "0", "0", "00"];
    const row = [...review, ...rest].join(" | ");
    const source = [...lines.slice(0, valuesAt), row, ...lines.slice(valuesAt + 1)];
    const { report, findings } = parseText(source.join("\n"));
    expect(report?.reviewsAndLitigation?.administrativeReview).toEqual({
      upheld: { mark: "/" },
      corrected: null,
      otherOutcome: 0,
      pending: 0,
      total: { mark: "/" },
    });
    expect(report?.reviewsAndLitigation?.litigationAfterReview).toMatchObject({
      pending: 0,
      total: 0,
    });
    const shown = [...review, ...new Array(10).fill("0")].join("/");
    expect(brief(findings)).toEqual([["PARSE_CELLS_RECOVERED", "reviewsAndLitigation", shown]]);
  });
});

describe("parseText, round trip of toText", () => {
  // The 2019 Shanghai report leaves its 总计 column blank on leaf rows (`1.属于国家秘密 | 14 | | | |
  // | | |`) and table 四 opens with blank cells; most lines then end in a pipe, which is no closing
  // pipe here: the row must read as 14 and six blanks, not as the run "14" split over two cells.
  it("reads the Shanghai 2019 toText rendering back without findings", () => {
    const { report, findings } = parseText(text2019);
    expect(findings).toEqual([]);
    expect(report?.applications?.withheldStateSecret.naturalPerson).toBe(14);
    expect(report?.applications?.withheldStateSecret.commercialEnterprise).toBeNull();
    expect(toJSON(report!)).toEqual(toJSON(shanghai2019Report));
  });
});

describe("parseText, the front", () => {
  const lines = text.split("\n");
  const withLine = (index: number, line: string) =>
    lines.map((l, i) => (i === index ? line : l)).join("\n");
  const dateAt = lines.findIndex((line) => line.startsWith("发布日期"));

  it.each([
    ["发布日期：2023年1月9日", "2023-01-09"],
    ["发布时间: 2023/1/9", "2023-01-09"],
    ["发布日期：不详", null],
    ["发布日期：2023-13-01", null],
    ["发布日期：2023-01-32", null],
  ])("reads %s as publishedOn %s", (line, expected) => {
    const { report, findings } = parseText(withLine(dateAt, line));
    expect(report?.meta?.publishedOn).toBe(expected);
    expect(findings).toEqual([]);
  });

  it.each([
    ["2022年政府信息公开工作年度报告", null],
    ["某镇政府信息公开工作2022年度报告", "某镇"],
    ["2022年度某镇政府信息公开工作年度报告", "某镇"],
  ])("reads agency and year from the title %s", (title, agency) => {
    const { report } = parseText(withLine(0, title));
    expect(report?.agency).toEqual({ name: agency });
    expect(report?.year).toBe(2022);
    expect(report?.meta?.title).toBe(title);
  });

  it("reports a value that is not a string once, at the root, with null options", () => {
    const { ok, report, findings } = parseText(42 as never, null as never);
    expect(ok).toBe(false);
    expect(report).toBeUndefined();
    expect(findings.map((f) => [f.code, f.path, f.actual])).toEqual([["CELL_TYPE", [], "42"]]);
  });

  it("reports bad options as OPTION_INVALID and ignores them (a string year is not taken)", () => {
    const text = "2022年政府信息公开工作年度报告\n一、总体情况\n正文";
    const { report, findings } = parseText(text, { year: "2021", template: "2030" } as never);
    expect(findings.filter((f) => f.code === "OPTION_INVALID").map((f) => f.path)).toEqual([
      ["options", "year"],
      ["options", "template"],
    ]);
    expect(report?.year).toBe(2022);
    expect(report?.template).toBe("2021");
  });
});
