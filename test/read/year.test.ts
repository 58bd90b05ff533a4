/**
 * The report year: from the title, then the statistical period; weaker evidence (the report named in
 * a sentence, a year opening 一、总体情况) gives PARSE_YEAR_UNCERTAIN; a title quoted in 《…》 is never
 * taken.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";

const body = [
  "一、总体情况",
  "OPENING本局认真贯彻落实《条例》。",
  "二、主动公开政府信息情况",
  "第二十条第（一）项",
  "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
  "规章 | 0 | 0 | 0",
  "五、存在的主要问题及改进情况",
  "无。",
  "六、其他需要报告的事项",
  "无。",
].join("\n");

const yearFindings = (text: string) =>
  parseText(text).findings.filter((f) => f.code === "PARSE_YEAR_UNCERTAIN");

describe("the report year", () => {
  it("comes from the title, with no finding", () => {
    const text = `某局2022年政府信息公开工作年度报告\n${body.replace("OPENING", "")}`;
    expect(parseText(text).report?.year).toBe(2022);
    expect(yearFindings(text)).toEqual([]);
  });

  it("comes from the statistical period, with no finding", () => {
    const text = `本报告统计期限为2022年1月1日至12月31日。\n${body.replace("OPENING", "")}`;
    expect(parseText(text).report?.year).toBe(2022);
    expect(yearFindings(text)).toEqual([]);
  });

  it("never from a title quoted in 《…》: the quoted 2021 report is last year's", () => {
    const quoting = "对照《某局2021年政府信息公开工作年度报告》整改，";
    // In the text: the quoted report is skipped, the one named outside the quotes is taken.
    const named = body.replace("OPENING", `${quoting}现公布本局2022年政府信息公开工作年度报告。`);
    expect(parseText(named).report?.year).toBe(2022);
    expect(yearFindings(named).map((f) => f.actual)).toEqual([2022]);
    const onlyQuoted = body.replace("OPENING", quoting);
    expect(parseText(onlyQuoted).report?.year).toBeNull();
    expect(yearFindings(onlyQuoted).map((f) => f.actual)).toEqual([undefined]);
    // In a title line that quotes another report, the year outside the quotes is the report's.
    const titled = `对照《某局2021年政府信息公开工作年度报告》，现公布某局2022年政府信息公开工作年度报告\n${body.replace("OPENING", "")}`;
    expect(parseText(titled).report?.year).toBe(2022);
    // A title that is all quote is read inside it.
    const bracketed = `《某局2020年政府信息公开工作年度报告》\n${body.replace("OPENING", "")}`;
    expect(parseText(bracketed).report?.year).toBe(2020);
  });

  it("from the opening of 一、总体情况, as uncertain", () => {
    const text = `本局政府信息公开工作年度报告\n${body.replace("OPENING", "2019年，")}`;
    const { report } = parseText(text);
    expect(report?.year).toBe(2019);
    expect(report?.template).toBe("2021"); // the printed 2021 columns decide the template
    expect(yearFindings(text).map((f) => [f.path, f.actual, f.severity])).toEqual([
      [["year"], 2019, "info"],
    ]);
  });

  it("is null with one finding when nothing states it; an option needs no finding", () => {
    const text = body.replace("OPENING", "");
    expect(parseText(text).report?.year).toBeNull();
    expect(yearFindings(text).map((f) => f.actual)).toEqual([undefined]);
    const given = parseText(text, { year: 2022 });
    expect(given.report?.year).toBe(2022);
    expect(given.findings.filter((f) => f.code === "PARSE_YEAR_UNCERTAIN")).toEqual([]);
  });
});
