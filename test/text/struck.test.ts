import { describe, expect, it } from "vitest";
import { parseHTML } from "../../src/index.js";
import { nfkcOfValue } from "../../src/text/normalize.js";
import { asStruck } from "../../src/text/struck.js";

describe("asStruck", () => {
  it("strikes every digit, ASCII or full-width, and keeps other characters", () => {
    expect(asStruck("5")).toBe("5\u0336");
    expect(asStruck("共12件")).toBe("共1\u03362\u0336件");
    expect(asStruck("１")).toBe("１\u0336");
    expect(asStruck("行政许可")).toBe("行政许可");
  });

  it("leaves no number after NFKC: the stroke stays", () => {
    expect(nfkcOfValue(asStruck("１２"))).toBe("1\u03362\u0336");
    expect(/^\d+$/.test(nfkcOfValue(asStruck("12")))).toBe(false);
  });

  // A value struck out alone (a correction with its new value lost) read as the value.
  it("a struck value in a page's table is no number: the cell is unreadable and quotes it", () => {
    const html =
      "<h2>二、主动公开政府信息情况</h2><table>" +
      "<tr><td>第二十条第（五）项</td></tr>" +
      "<tr><td>信息内容</td><td>本年处理决定数量</td></tr>" +
      "<tr><td>行政许可</td><td><del>5</del></td></tr>" +
      "<tr><td>行政处罚</td><td>6</td></tr></table>";
    const { report, findings } = parseHTML(html);
    expect(report?.activeDisclosure?.licensing?.decisions).toBeUndefined();
    expect(report?.activeDisclosure?.punishment?.decisions).toBe(6);
    const finding = findings.find(
      (f) =>
        f.code === "PARSE_CELL_UNREADABLE" &&
        f.path.join(".") === "activeDisclosure.licensing.decisions",
    );
    expect(finding?.message).toContain("5\u0336");
  });
});
