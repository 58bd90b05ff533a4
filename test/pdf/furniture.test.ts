import { describe, expect, it } from "vitest";
import { isPageNumber, withoutFurniture } from "../../src/pdf/furniture.js";
import { line } from "./support.js";

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
