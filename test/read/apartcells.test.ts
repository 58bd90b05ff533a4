/**
 * Digits of a row without totals, in a table of words set apart by spaces (a PDF's text, a page
 * copied): glued cells (`000` for three cells), or one whole cell with the others blank? Where the
 * table's rows so far printed their cells apart and glued none, a run is one cell: `行政事业性收费
 * 20` under 上一年项目数量 and 本年增/减 is 20 and a blank, or a blank and 20, never 2 and 0.
 */
import { describe, expect, it } from "vitest";
import { fromJSON, parseText, toMarkdown } from "../../src/index.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { distinctValues } from "../system/support.js";

/** Shanghai 2019 with every value distinct, its tables' cells set apart by two spaces. */
const spaced = toMarkdown(fromJSON(distinctValues(shanghai2019Report)).report!)
  .split("\n")
  .map((line) => {
    if (!line.startsWith("|")) return line;
    if (/^\|\s*-/.test(line)) return "";
    return line
      .slice(1, -1)
      .split("|")
      .map((cell) => cell.trim())
      .join("  ");
  })
  .join("\n");

const fees = (source: string) => {
  const { report, findings } = parseText(source);
  return {
    cells: report?.activeDisclosure?.fees,
    findings: findings
      .filter((f) => f.path[1] === "fees")
      .map((f) => [f.code, f.path.join("."), f.actual]),
  };
};

describe("a short row of whole cells in a table printed apart", () => {
  it("the oracle: the fees row prints 19 and 20, apart", () => {
    expect(spaced).toContain("行政事业性收费  19  20");
    expect(fees(spaced).cells).toEqual({ previousItems: 19, change: 20 });
  });

  it.each([
    ["行政事业性收费  20", "20"],
    ["行政事业性收费19", "19"],
  ])("quotes %s, one value under two columns, and places none", (line, quoted) => {
    const { cells, findings } = fees(spaced.replace("行政事业性收费  19  20", line));
    expect(cells).toEqual({});
    expect(findings).toEqual([["PARSE_CELL_AMBIGUOUS", "activeDisclosure.fees", quoted]]);
  });

  it("still splits glued zeros (a leading zero is no whole number)", () => {
    const { cells, findings } = fees(
      spaced.replace("行政事业性收费  19  20", "行政事业性收费  00"),
    );
    expect(cells).toEqual({ previousItems: 0, change: 0 });
    expect(findings).toEqual([["PARSE_CELLS_RECOVERED", "activeDisclosure.fees", "0/0"]]);
  });

  it("splits no run of the rows glued before it: none is glued for sure", () => {
    // Every row of table 二 before it glued: `规章  123`. Each run may be its row's cells glued or
    // one value with the other cells lost (a PDF's text in stream order); no identity of table 二
    // and no run only a split reads (`000`) tells which. Before, `12` was placed as 1 | 2.
    let glued = spaced;
    for (const [from, to] of [
      ["规章  1  2  3", "规章  123"],
      ["规范性文件  4  5  6", "规范性文件  456"],
      ["行政许可  7  8  9", "行政许可  789"],
      ["其他对外管理服务事项  10  11  12", "其他对外管理服务事项  101112"],
      ["行政处罚  13  14  15", "行政处罚  131415"],
      ["行政强制  16  17  18", "行政强制  161718"],
      ["行政事业性收费  19  20", "行政事业性收费  12"],
    ] as const) {
      expect(glued).toContain(from);
      glued = glued.replace(from, to);
    }
    expect(fees(glued)).toEqual({
      cells: {},
      findings: [["PARSE_CELL_AMBIGUOUS", "activeDisclosure.fees", "12"]],
    });
  });
});
