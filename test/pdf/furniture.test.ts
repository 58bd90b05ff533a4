import { describe, expect, it } from "vitest";
import { sourceDocumentOf } from "../../src/pdf/document.js";
import {
  isPageNumber,
  withoutDrawnPageNumbers,
  withoutFurniture,
} from "../../src/pdf/furniture.js";
import type { TextRun } from "../../src/pdf/geometry.js";
import { line, run } from "./support.js";

describe("isPageNumber", () => {
  it.each([
    "- 3 -",
    "-3-",
    "— 12 —",
    "3",
    "第3页",
    "第 3 页 共 8 页",
    "共8页 第3页",
    "3/8",
    "3 / 8",
    "Page 3 of 8",
  ])("%s is a page number", (text) => expect(isPageNumber(text)).toBe(true));
  it.each(["规章 0", "2024年", "0517-87290606", "第二十条第（一）项", "1.属于国家秘密"])(
    "%s is not",
    (text) => expect(isPageNumber(text)).toBe(false),
  );
});

describe("withoutFurniture", () => {
  const height = 842;
  const page = (n: number, body: string) => ({
    height,
    lines: [
      line("某某县人民政府办公室", 200, 30),
      line(body, 80, 400),
      line(String(n), 290, 800),
      line(`- ${n} -`, 280, 815),
    ],
  });

  it("drops page numbers in the bands and a line repeated at the same place on most pages", () => {
    const pages = [
      page(1, "一、总体情况"),
      page(2, "二、主动公开政府信息情况"),
      page(3, "三、收到"),
    ];
    expect(withoutFurniture(pages).map((lines) => lines.map((l) => l.text))).toEqual([
      ["一、总体情况"],
      ["二、主动公开政府信息情况"],
      ["三、收到"],
    ]);
  });

  // Two pages ending in table rows as tall as each other put their lines of values at one place
  // in the bottom band: `10 101` and `117117` are both `#` without their digits, and were taken
  // for a running footer (the cells of two rows read blank, in seed-distinct-chromium-break-all.pdf).
  it("keeps lines of values at one place in the band on every page, drops one of digits repeated as itself", () => {
    const labels = ["二、上年结转政府信息公开申请数量", "（七）总计", "四、结转下年度继续办理"];
    const pages = labels.map((label, n) => ({
      height,
      lines: [
        line("某某县人民政府办公室", 200, 30),
        // A date, the same on every page (a review: dropped before, then kept).
        line("2023 01 19", 400, 45),
        line(`${n}0 ${n}01`, 500, 755),
        line(`${label} 1019`, 90, 762),
        line(`${n}6 7`, 500, 769),
      ],
    }));
    expect(withoutFurniture(pages).map((lines) => lines.map((l) => l.text))).toEqual(
      labels.map((label, n) => [`${n}0 ${n}01`, `${label} 1019`, `${n}6 7`]),
    );
  });

  it("keeps a lone number in the text, and a line in the band printed on one page only", () => {
    const pages = [
      { height, lines: [line("2022年政府信息公开工作年度报告", 100, 40), line("17", 80, 400)] },
      { height, lines: [line("正文", 80, 100)] },
    ];
    expect(withoutFurniture(pages).map((lines) => lines.map((l) => l.text))).toEqual([
      ["2022年政府信息公开工作年度报告", "17"],
      ["正文"],
    ]);
  });
});

describe("withoutDrawnPageNumbers", () => {
  const height = 842;
  // A table's last row near the page's foot, a value in each of its last two cells.
  const row = (left: string, right: string) => [
    run("4.保护第三方合法权益", 20, 790),
    run(left, 440, 790, { x1: 458 }),
    run(right, 520, 790, { x1: 538 }),
  ];
  const texts = (pages: readonly { runs: readonly TextRun[] }[]) =>
    pages.map((page) => page.runs.map((r) => r.text));

  it("takes out a page number drawn over a page's text (no margins) where the footer stands on other pages", () => {
    // Flush right at 510: on pages 1 and 2 over the row's last cell (`4` run into `170`), on
    // page 3 alone on its line, under the text's end.
    const number = (n: number) => run(String(n), 510, 792, { x1: 516 });
    const pages = [
      { height, runs: [...row("170", "171"), number(1)] },
      { height, runs: [...row("172", "173"), number(2)] },
      { height, runs: [run("六、其他需要报告的事项", 20, 400), number(3)] },
    ];
    expect(texts(withoutDrawnPageNumbers(pages))).toEqual([
      ["4.保护第三方合法权益", "170", "171"],
      ["4.保护第三方合法权益", "172", "173"],
      ["六、其他需要报告的事项"],
    ]);
  });

  it("is taken out before the document's lines are built", () => {
    const number = (n: number) => run(String(n), 510, 792, { x1: 516 });
    // Another row on each page: the same line at the same place on most pages is a running
    // footer.
    const other = (label: string, left: string, right: string) =>
      row(left, right).map((r, i) => (i === 0 ? { ...r, text: label } : r));
    const pages = [
      { height, runs: [...other("4.保护第三方合法权益", "170", "171"), number(1)] },
      { height, runs: [...other("5.属于三类内部事务信息", "172", "173"), number(2)] },
      { height, runs: [run("六、其他需要报告的事项", 20, 400), number(3)] },
    ].map((page) => ({ ...page, width: 595, segments: [] }));
    const text = JSON.stringify(sourceDocumentOf(pages).blocks);
    // Not `170 1171` nor `170 1 171`.
    expect(text).toContain("170 171");
    expect(text).toContain("172 173");
  });

  it("takes out a framed page number (`- 3 -`) drawn over the text on every page", () => {
    const number = (n: number) => run(`- ${n} -`, 290, 788, { x1: 311 });
    const pages = [1, 2, 3].map((n) => ({ height, runs: [...row("5", "6"), number(n)] }));
    expect(texts(withoutDrawnPageNumbers(pages))).toEqual(
      [1, 2, 3].map(() => ["4.保护第三方合法权益", "5", "6"]),
    );
  });

  it("keeps values that count with the pages at one spot but never stand alone nor framed", () => {
    // The last row's right value is 1 on page 1, 2 on page 2, 3 on page 3: a table's values,
    // whatever they count, are never a page's footer alone.
    const pages = [1, 2, 3].map((n) => ({ height, runs: row("0", String(n)) }));
    expect(withoutDrawnPageNumbers(pages)).toEqual(pages);
  });

  it("keeps numbers that do not count with the pages, or stand at other spots", () => {
    const pages = [
      { height, runs: [...row("0", "1"), run("7", 510, 792, { x1: 516 })] },
      { height, runs: [run("7", 510, 792, { x1: 516 })] },
      { height, runs: [run("9", 300, 792, { x1: 306 })] },
    ];
    expect(withoutDrawnPageNumbers(pages)).toEqual(pages);
  });
});
