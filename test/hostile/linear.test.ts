/**
 * Linear time, proved by counting work, not by reading a clock (issue 11: on a busy machine the
 * old wall-clock ratio test failed though the cost per character was flat).
 *
 * `parseText` and `validate` take an internal meter (`src/meter.ts`, not exported from the package
 * root): every loop over the text, its lines, tokens or cells, every regex application, slice,
 * split and search adds the number of characters it may read. For each input kind the test counts
 * 10 KB, 100 KB, 1 MB and 4 MB of it (characters) and asserts, at each size as soon as it is run:
 *
 * - steps ≤ k·n, n the length of the input (for `validate`, of the text put in each of the three
 *   text sections of a report that is also passed as last year's);
 * - steps/n ≤ GROWTH × (steps/n at 10 KB) + SLACK: the cost per character does not grow.
 *   Quadratic work grows it 10-fold at 100 KB; a log factor (a binary search per match in
 *   NARRATIVE_MISMATCH, since removed) grew it by 14 % at 4 MB and failed too.
 *
 * Measured steps per character at 100 KB (session 43; at 10 KB the same to within 1 %, but for
 * the repeated reports, whose fixed work weighs more there: 36.5 and 16.4). `validate`'s column
 * was measured when the table was first written:
 *
 * | parseText                                 | steps/char | validate                            | steps/char |
 * |-------------------------------------------|-----------:|-------------------------------------|-----------:|
 * | the seed report repeated                  |       25.1 | the seed's overview repeated        |         13 |
 * | the longest corpus report repeated        |       12.9 | a request count without punctuation |         20 |
 * | `\|`                                      |       61.0 | request counts in sentences         |         21 |
 * | `（`                                       |       56.0 | case counts                         |         17 |
 * | digits                                    |      129.0 | digits                              |         13 |
 * | newlines                                  |       46.0 | full stops                          |         13 |
 * | a table label                             |      129.2 |                                     |            |
 * | `一、`                                      |      323.0 |                                     |            |
 * | a heading line                            |       64.8 |                                     |            |
 * | a heading without line breaks             |      150.3 |                                     |            |
 * | unclosed table cells                      |       40.8 |                                     |            |
 * | a label inside an annotation              |       70.0 |                                     |            |
 * | an unclosed annotation                    |       80.1 |                                     |            |
 * | a short table row                         |       56.9 |                                     |            |
 * | bare values after a group label           |      106.5 |                                     |            |
 * | a caption in prose, no heading            |      151.8 |                                     |            |
 * | table 四's headers, no heading             |       66.2 |                                     |            |
 * | table 三's row labels, no heading          |       58.1 |                                     |            |
 * | values inside a wrapped label             |      128.3 |                                     |            |
 * | values inside a label's annotation        |      118.8 |                                     |            |
 * | value lines before words                  |       86.9 |                                     |            |
 * | a label cut by the side column            |      154.4 |                                     |            |
 * | side column words alone                   |      115.9 |                                     |            |
 * | reports one after another, no line breaks |      104.2 |                                     |            |
 * | reports one after another, titled         |       28.1 |                                     |            |
 * | a table of contents                       |      116.6 |                                     |            |
 * | values above a label                      |      128.5 |                                     |            |
 * | punctuation inside a word                 |       59.4 |                                     |            |
 *
 * `parseHTML` is held to the same K_PARSE, up to 1 MB (the HTML parser and the grid mapper are
 * dearer per character than the text reader; 4 MB of markup takes long on a busy machine): pages,
 * nesting a million elements deep (the markup is cut to 256 levels before parsing, since the
 * parser shifts its stack of open elements at every tag), nested tables, spans of 65534 × 1000
 * (capped at 64), thousands of table rows.
 *
 * Hence K_PARSE = 600 and K_VALIDATE = 30 (set at about 1.4× the largest when `一、` cost 413 steps
 * a character; it costs 323 now). `一、` and headings are dear because every `、` after a numeral
 * opens a 40-character title window that is reduced to its key and tried against each section's
 * keywords: constant work per character, but much of it, which is why `一、` stops at 1 MB (4 MB
 * alone takes about 10 s on a busy two-core machine).
 *
 * The counts are exact and the same on any machine. Wall-clock comparisons (1 M against 4 M
 * characters) are in `npm run bench`, reported, not asserted.
 */
import { describe, expect, it } from "vitest";
import { fromJSON, toHTML } from "../../src/index.js";
import { parseHTMLMetered } from "../../src/read/html.js";
import { parseTextMetered } from "../../src/read/text.js";
import { validateMetered } from "../../src/rules/validate.js";
import type { Meter } from "../../src/text/meter.js";
import { seedReport } from "../fixtures/seed-report.js";
import { corpusTexts, fixtureJSON } from "./support.js";

const SIZES = [10_000, 100_000, 1_000_000, 4_000_000];
const K_PARSE = 600;
const K_VALIDATE = 30;
/** Allowed growth of the steps per character from 10 KB to a larger size. */
const GROWTH = 1.1;
/** Steps per character added to the growth bound, for kinds that cost few steps per character. */
const SLACK = 1;

const sized = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

/**
 * Runs `run` on 10 KB, 100 KB, … of `unit` up to `largest` and checks each size as soon as it is
 * counted, so that quadratic work fails at 100 KB instead of running for an hour at 4 MB.
 */
function expectLinear(
  run: (text: string, meter: Meter) => unknown,
  unit: string,
  k: number,
  largest = SIZES[SIZES.length - 1]!,
): void {
  const seen: string[] = [];
  let atSmallest: number | undefined;
  for (const size of SIZES.filter((s) => s <= largest)) {
    const text = sized(unit, size);
    const meter: Meter = { steps: 0 };
    run(text, meter);
    const perChar = meter.steps / text.length;
    atSmallest ??= perChar;
    seen.push(`${size}: ${perChar.toFixed(2)} steps/char`);
    const shown = seen.join(", ");
    expect(meter.steps, `steps ≤ ${k}·n (${shown})`).toBeLessThanOrEqual(k * text.length);
    expect(perChar, `steps/char does not grow (${shown})`).toBeLessThanOrEqual(
      GROWTH * atSmallest + SLACK,
    );
  }
}

const seed = corpusTexts.find((text) => text.includes("大曹庄镇"))!;
const longest = [...corpusTexts].sort((a, b) => b.length - a.length)[0]!;

describe("parseText does linear work", () => {
  it.each([
    ["the seed report repeated", seed],
    ["the longest corpus report repeated", longest],
    ["|", "|"],
    ["（", "（"],
    ["digits", "0123456789"],
    ["newlines", "\n"],
    ["a table label", "本年新收政府信息公开申请数量"],
    // 1 MB at most (see above).
    ["一、", "一、", 1_000_000],
    ["a heading line", "三、收到和处理政府信息公开申请情况\n"],
    ["a heading without line breaks", "三、收到和处理政府信息公开申请情况"],
    ["unclosed table cells", "<td>x"],
    [
      "a label inside an annotation",
      "二、主动公开政府信息情况\n第二十条第（五）项\n其他对外管理服务事项（指行政处罚、行政强制）| 1 |\n",
    ],
    ["an unclosed annotation", "二、主动公开政府信息情况\n规章（指2019年事项数 | 1 | 2 |\n"],
    [
      "a short table row",
      "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 3 | 3 |\n",
    ],
    ["bare values after a group label", "（三）不予公开 0 0 0 0 0 0 0\n"],
    ["a caption in prose, no heading", "按照第二十条第（一）项规定公开规章，"],
    ["table 四's headers, no heading", "行政复议结果维持结果纠正 1 "],
    ["table 三's row labels, no heading", "申请人情况一、本年新收政府信息公开申请数量 3 | 3 |\n"],
    // Values beside a wrapped label's middle line, moved after it (src/read/centred.ts).
    ["values inside a wrapped label", "5.要求行政机关确认或重新出具\n 0 1 0 0 0 0 1\n已获取信息\n"],
    [
      "values inside a label's annotation",
      "（二）部分公开（区分处理的，只计这一\n 1 0 0 0 0 0 1\n情形，不计其他情形）\n",
    ],
    ["value lines before words", "行政许可（ 1\n政信息\n"],
    // A label cut by the side column (src/read/sidecolumn.ts), values above a label (above.ts).
    [
      "a label cut by the side column",
      "1.申请人无正当理由逾期不补正、\n行政机关不再处理其政府信息公 0 0 0\n（六） 开申请\n",
    ],
    ["side column words alone", "理 理 理 果 供 开\n"],
    // Reports one after another (src/read/compilation.ts): each 一 after a report with its
    // digits looks back for a title; contents entries (sections.ts) look on to their line's end.
    [
      "reports one after another, no line breaks",
      "一、总体情况。二、主动公开政府信息情况。三、收到和处理政府信息公开申请情况 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 0123456789。四、政府信息公开行政复议、行政诉讼情况。",
      1_000_000,
    ],
    [
      "reports one after another, titled",
      "某镇2022年政府信息公开工作年度报告\n一、总体情况\n三、收到和处理政府信息公开申请情况\n0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9\n",
      1_000_000,
    ],
    ["a table of contents", "一、总体情况……………1\n（一）概述……2\n二、主动公开政府信息情况……3\n"],
    // Up to 1 MB: 4 MB of it took 32 s alone and over 60 s on a busy two-core machine.
    ["values above a label", "1.属于国家秘密 3 0\n  4 0\n2.其他法律行政法规禁止公开\n", 1_000_000],
    [
      "punctuation inside a word",
      "x（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（y ",
    ],
  ] as [string, string, number?][])("on %s", (_name, unit, largest) => {
    expectLinear((text, meter) => parseTextMetered(text, {}, meter), unit, K_PARSE, largest);
  });
});

describe("parseHTML does linear work", () => {
  // A table opened once before the repeated units, so that they are the rows of one grid.
  const TABLE_THREE =
    "<table><tr><td colspan=3>勾稽</td><td>自然人</td><td>商业企业</td><td>科研机构</td>" +
    "<td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>";
  it.each([
    ["the seed page repeated", toHTML(seedReport), ""],
    ["nested elements", "<div><span>", ""],
    ["nested tables", "<table><tr><td>规章", ""],
    ["huge spans", '<td rowspan="65534" colspan="1000">1</td>', "<table><tr>"],
    [
      "rows of huge spans",
      '<tr><td rowspan="65534" colspan="1000">1.属于国家秘密</td><td>3',
      "<table>",
    ],
    [
      "table-三 rows",
      "<tr><td colspan=3>1.属于国家秘密</td><td>3</td><td>3</td></tr>",
      TABLE_THREE,
    ],
    [
      "short table-二 rows",
      "<tr><td>行政许可</td><td>117</td></tr>",
      "<table><tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>",
    ],
    ["entities", "&nbsp;&#x4e00;&amp;", ""],
    [
      // Rows of header words are read as one header over lines: a bounded number of them.
      "table-二 header rows",
      "<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>",
      "<p>二、主动公开政府信息情况</p><table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>",
    ],
    [
      // A group's line printing values (the 2019 row in a 2021 table) asks whether the group's
      // rows follow it: asked of every row, not by a walk to the grid's end each time.
      "group lines printing values",
      "<tr><td colspan=3>（六）其他处理</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>",
      `<h1>某局2022年政府信息公开工作年度报告</h1><p>三、收到和处理政府信息公开申请情况</p>${TABLE_THREE}`,
    ],
  ] as [string, string, string][])("on %s (up to 1 MB)", (_name, unit, opening) => {
    expectLinear(
      (text, meter) => parseHTMLMetered(`${opening}${text}`, {}, meter),
      unit,
      K_PARSE,
      1_000_000,
    );
  });
});

describe("the …Reports readers do linear work in the number of reports", () => {
  // Each copy after the first is a further report (its title printed before: cut at its 一), read
  // on its own text: the pieces are cut in one walk, each report read once.
  const titled =
    "某镇2022年政府信息公开工作年度报告\n一、总体情况\n三、收到和处理政府信息公开申请情况\n" +
    `${"0 1 2 3 4 5 6 7 8 9 ".repeat(6)}\n`;
  it.each([
    ["the seed report repeated", seed],
    ["short titled reports", titled],
  ])("parseTextReports on %s", (_name, unit) => {
    expectLinear((text, meter) => parseTextMetered(text, {}, meter, true), unit, K_PARSE);
  });

  it("parseHTMLReports on the seed page repeated (up to 1 MB)", () => {
    expectLinear(
      (text, meter) => parseHTMLMetered(text, {}, meter, true),
      toHTML(seedReport),
      K_PARSE,
      1_000_000,
    );
  });
});

describe("validate does linear work in the length of the texts", () => {
  const base = fixtureJSON()[0]!;
  const withTexts = (text: string) =>
    fromJSON({ ...base, overview: text, problemsAndImprovements: text, otherMatters: text }).report;

  it.each([
    ["the seed's overview repeated", String(base["overview"])],
    ["a request count without punctuation", "收到1件申请"],
    ["request counts in sentences", "受理12件。办结3件申请，"],
    ["case counts", "行政复议1件诉讼"],
    ["digits", "0123456789"],
    ["full stops", "。"],
  ])("on %s", (_name, unit) => {
    const run = (text: string, meter: Meter) => {
      const report = withTexts(text);
      return validateMetered(report, { previous: report }, meter);
    };
    expectLinear(run, unit, K_VALIDATE);
  });
});

describe("the check", () => {
  it("can fail: it rejects quadratic work", () => {
    // Each character read once more for every thousand characters of input.
    const quadratic = (text: string, meter: Meter) => {
      meter.steps += (text.length * text.length) / 1000;
    };
    expect(() => expectLinear(quadratic, "x", K_PARSE)).toThrow(/steps/);
  });
});
