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

  // A hunt of 2026-12-06: the same citation in “…” or 「…」 gave 2018 for a 2019 report, in every
  // reader (only 《…》 was skipped).
  it("never from a title quoted in “…”, 「…」, 『…』 or 〈…〉 either", () => {
    for (const [open, close] of [
      ["“", "”"],
      ["「", "」"],
      ["『", "』"],
      ["〈", "〉"],
    ]) {
      const quoting = `对照${open}某局2018年政府信息公开工作年度报告${close}整改，`;
      const inOverview = body.replace("OPENING", `2019年，本局${quoting}`);
      expect(parseText(inOverview).report?.year).toBe(2019);
      // In the preamble, a line of the front.
      const inFront = `${quoting}现将有关情况报告如下。\n${body.replace("OPENING", "2019年，")}`;
      expect(parseText(inFront).report?.year).toBe(2019);
    }
    // Quotes around words (emphasis) hide no year of this report's.
    const stressed = body.replace(
      "OPENING",
      "现公布本局“2022年政府信息公开工作年度报告”外的“放管服”情况。",
    );
    expect(parseText(stressed).report?.year).toBeNull();
  });

  // A report named in 五 or 六 is often last year's, cited: the overview's opening year wins.
  it("from the overview's opening over a report named in a later section", () => {
    const text = body
      .replace("OPENING", "2019年，")
      .replace(
        "五、存在的主要问题及改进情况\n无。",
        "五、存在的主要问题及改进情况\n对照2018年政府信息公开工作年度报告整改。",
      );
    expect(parseText(text).report?.year).toBe(2019);
    // Named nowhere else, it is still the weakest evidence.
    const only = body.replace(
      "五、存在的主要问题及改进情况\n无。",
      "五、存在的主要问题及改进情况\n现公布2019年政府信息公开工作年度报告。",
    );
    expect(parseText(only.replace("OPENING", "")).report?.year).toBe(2019);
  });

  it("never from a page's list of other years' reports in 《…》 set before the article", () => {
    // A CMS page's sidebar of links before the report, which prints no title of its own: the
    // nearest of the listed years (2019) was taken.
    const list = [2021, 2020, 2019].map((year) => `《某局${year}年政府信息公开工作年度报告》`);
    const text = `${list.join("\n")}\n${body.replace("OPENING", "2022年，")}`;
    const { report } = parseText(text);
    expect(report?.year).toBe(2022);
    expect(report?.meta?.title).toBeUndefined();
    expect(yearFindings(text).map((f) => f.actual)).toEqual([2022]);
    // The report's own title, bare among them, is taken.
    const titled = `${list.join("\n")}\n某局2022年政府信息公开工作年度报告\n${body.replace("OPENING", "")}`;
    expect(parseText(titled).report?.year).toBe(2022);
    expect(yearFindings(titled)).toEqual([]);
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

  it("from the year's work (or its disclosure's 情况) named before the tables, as uncertain, in either script", () => {
    // nilka-town-2023 (test/fixtures/heldout): 汇报我镇2023年政府信息公开工作; lueyang-zrzy-2021 in
    // traditional script: 現將我局2021年政府信息公開工作報告如下.
    for (const [named, year] of [
      ["主要从六个方面汇报我镇2023年政府信息公开工作。", 2023],
      ["現將我局2021年政府信息公開工作報告如下:", 2021],
      // wuhan-sthjj-2020 (test/fixtures/heldout2), a traditional-script mirror: …情況報告如下.
      ["現將我局2020年度政府信息公開情況報告如下。", 2020],
      ["现将我办2022年度政府信息公开情况报告如下：", 2022],
      // With next year's plan named after it: the year of the 情况, not the plan's.
      ["现将我局2024年政府信息公开情况及2025年工作计划报告如下。", 2024],
      ["现将我局2024年政府信息公开情况及2025年工作要点公布如下。", 2024],
    ] as const) {
      const text = `${named}\n${body.replace("OPENING", "")}`;
      expect(parseText(text).report?.year).toBe(year);
      expect(yearFindings(text).map((f) => f.actual)).toEqual([year]);
    }
  });

  it("never from another year's 政府信息公开情况 the introduction names (a notice, a plan)", () => {
    // Only `现将…情况报告如下` gives the report's own: 16ebead took any …政府信息公开情况 before the
    // tables, over the overview's opening year.
    for (const intro of [
      "根据省政府办公厅关于2019年度政府信息公开情况的通报要求，现将有关情况报告如下。",
      "为做好2025年政府信息公开情况统计，现将我局工作报告如下。",
    ]) {
      const opened = `${intro}\n${body.replace("OPENING", "2024年，")}`;
      expect(parseText(opened).report?.year).toBe(2024);
      const unopened = `${intro}\n${body.replace("OPENING", "")}`;
      expect(parseText(unopened).report?.year).toBeNull();
    }
  });

  it("from the overview's opening year over another year's work named after it", () => {
    // 2024年，我局… then 对照2023年度政府信息公开工作考核反馈…: the overview's year is the report's.
    const text = body.replace(
      "OPENING本局认真贯彻落实《条例》。",
      "2024年，本局认真贯彻落实《条例》。\n对照2023年度政府信息公开工作考核反馈问题逐项整改。",
    );
    expect(parseText(text).report?.year).toBe(2024);
    expect(yearFindings(text).map((f) => f.actual)).toEqual([2024]);
    // Named further on in the overview, with no year opening a line: no year, not the other's.
    const later = body.replace(
      "OPENING本局认真贯彻落实《条例》。",
      "本局认真贯彻落实《条例》。\n对照2023年度政府信息公开工作考核反馈问题逐项整改。",
    );
    expect(parseText(later).report?.year).toBeNull();
    // Named before the overview's year, the work still decides.
    const named = `现将我镇2023年政府信息公开工作汇报如下。\n${text}`;
    expect(parseText(named).report?.year).toBe(2023);
  });

  it("never from the work of another year planned after the tables (五、…)", () => {
    const text = body
      .replace("OPENING", "")
      .replace("无。", "按照2024年政府信息公开工作要点整改。");
    expect(parseText(text).report?.year).toBeNull();
  });

  it("from a later line of 一、总体情况 opening with a year, under a sub-heading", () => {
    // ankang-2019 (test/fixtures/heldout): （一）建立健全… / 一是… / （二）扎实开展… / 2019年,我局…
    const opening =
      "（一）建立健全工作机制\n一是强化组织领导。\n（二）扎实开展工作\n2019年,我局认真落实。";
    const text = body.replace("OPENING本局认真贯彻落实《条例》。", opening);
    expect(parseText(text).report?.year).toBe(2019);
    expect(yearFindings(text).map((f) => f.actual)).toEqual([2019]);
  });

  it.each([
    // pinghu-ju-2024 (test/fixtures/heldout3): the year opens the sentence after the sub-heading.
    ["（一）主动公开情况。2024年，我局共主动公开政府信息376条。", 2024],
    // mirror-scjg-2024: the overview counts up to the year's end, on the line after a sub-heading.
    ["（一）主动公开情况\n截止2024年12月31日，本局2024年度主动公开政府信息62条。", 2024],
    // suixi-nyncj-2021 (test/fixtures/heldout5): a sub-heading numbered 1., then the year.
    ["  1.主动公开政府信息。2021年，我局共公开信息161条。", 2021],
    // wendeng-zjj-2019 (heldout5): the year opens the overview's second sentence, mid-line.
    ["本局高度重视政府信息公开工作。2019年，本局共主动公开政府信息227条。", 2019],
  ])(
    "from the overview's first sentence after a sub-heading, a sentence opening with a year, or its year-end, as uncertain (%s)",
    (opening, year) => {
      const text = body.replace("OPENING本局认真贯彻落实《条例》。", opening);
      expect(parseText(text).report?.year).toBe(year);
      expect(yearFindings(text).map((f) => f.actual)).toEqual([year]);
    },
  );

  it("from a line opening with a year under a sub-heading of an overview cut before its heading", () => {
    // jzzz-jiedao-2019 (heldout5): the excerpt starts at the overview's （二）, no 一、总体情况 printed.
    const text = body
      .replace("一、总体情况\n", "")
      .replace(
        "OPENING本局认真贯彻落实《条例》。",
        "（二）政府信息依申请公开情况\n\n 2019年度街道受理信息公开申请0件。",
      );
    expect(parseText(text).report?.year).toBe(2019);
    expect(yearFindings(text).map((f) => f.actual)).toEqual([2019]);
  });

  // shangsi-nanping-2021 (heldout5) without its statistical period, its overview opening with a
  // span: `2018年以来` was read as the year, the year's own line after it never looked at.
  it.each([
    ["2018年以来，本局持续推进公开。\n2021年，本局共主动公开信息29条。", 2021],
    ["2022年起，本局执行新标准。\n2021年，本局共主动公开信息29条。", 2021],
    ["2022年，本局将继续深化政务公开。\n2021年，本局共主动公开信息29条。", 2021],
    ["2018年以来，本局持续推进公开。\n本局共主动公开信息29条。", null],
  ])(
    "from a line of 一、总体情况 opening with its year, not a span or a plan before it (%s)",
    (opening, year) => {
      const text = body.replace("OPENING本局认真贯彻落实《条例》。", opening);
      expect(parseText(text).report?.year).toBe(year);
    },
  );

  it("never from a sentence opening with a span from an earlier year (`2018年以来，`)", () => {
    const text = body.replace("OPENING", "本局高度重视。2018年以来，本局持续推进公开。");
    expect(parseText(text).report?.year).toBeNull();
  });

  it.each([
    // A span from an earlier year after a numbered sub-heading, or on the line after one.
    ["1.主动公开政府信息。2018年以来，本局共主动公开信息120条。", true],
    ["（二）政府信息依申请公开情况\n2018年以来，本局共受理申请3件。", false],
    // A decimal opening a line is no numbered sub-heading (`12.5万元`), and `2022年起` no year's work.
    ["本局收取费用\n12.5万元\n2022年起执行新标准。", false],
    // A sentence planning the next year's work, opening with that year.
    ["本局高度重视。2022年，本局将继续深化政务公开。", true],
    ["1.主动公开政府信息。2022年，本局将进一步深化政务公开。", true],
  ])(
    "never from a span from an earlier year or a plan, after a sub-heading or a sentence (%s)",
    (opening, headed) => {
      const text = (headed ? body : body.replace("一、总体情况\n", "")).replace(
        "OPENING本局认真贯彻落实《条例》。",
        opening,
      );
      expect(parseText(text).report?.year).toBeNull();
    },
  );

  it("never from a sentence of 五 in a text printing no table (a plan for the next year)", () => {
    const text = [
      "五、存在的主要问题及改进情况",
      "存在问题：公开不及时。2022年，我局计划加强培训，提升公开质量。",
      "六、其他需要报告的事项",
      "无。",
    ].join("\n");
    expect(parseText(text).report?.year ?? null).toBeNull();
  });

  it("never from a year-end named after the tables (五 plans the next year's)", () => {
    const text = body.replace("无。", "截至2025年12月31日前完成整改。");
    expect(parseText(text).report?.year).toBeNull();
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
