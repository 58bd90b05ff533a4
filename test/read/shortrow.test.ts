/**
 * A table-三 row printing two of its seven values (`3 | 3`, yueyang-nanhu-2019 in
 * test/fixtures/heldout): each value may be any cell the order allows. Only the table's
 * identities may leave one place for it (the second 3 the row's 总计); never is it read as
 * 自然人 3 / 商业企业 3 by position.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { heldOutText } from "../support/heldout.js";
import { corpus, seedWith } from "./support.js";

describe("a table-三 row printing two of its values", () => {
  it.each([
    ["the 总计 row printed whole", ["3", "0", "0", "0", "0", "0", "3"]],
    ["the 总计 row also `3 | 3`", ["3", "3"]],
    ["the 总计 row putting the 3 under 商业企业", ["0", "3", "0", "0", "0", "0", "3"]],
  ])("is never placed by position (%s)", (_case, totalRow) => {
    const text = seedWith({
      "一、本年新收政府信息公开申请数量": ["3", "3"],
      "(一)予以公开": ["3", "3"],
      "(七)总计": totalRow,
    });
    const { report, findings } = parseText(text);
    const applications = report?.applications as Record<string, Record<string, unknown>>;
    for (const row of ["newlyReceived", "disclosed"]) {
      const cells = applications[row] ?? {};
      // Whatever is placed is the only reading the identities leave: 3 as the total, nothing else.
      expect(cells.commercialEnterprise).toBeUndefined();
      expect(Object.values(cells).every((cell) => cell === 3)).toBe(true);
      if (cells.naturalPerson !== undefined || cells.total !== undefined) {
        expect(cells.total).toBe(3);
      } else {
        const quoted = findings.filter((f) => f.path.join(".") === `applications.${row}`);
        expect(quoted.map((f) => [f.code, f.actual])).toEqual([["PARSE_CELL_AMBIGUOUS", "3 | 3"]]);
      }
    }
  });
});

describe("a row short of values where the text stops", () => {
  // hengnan-wjj-2020 stops inside table 二 at `行政事业性` (第二十条第(八)项's first label), one
  // cell a paragraph. 行政强制 prints 12, 0, 21.
  const text = heldOutText("heldout4", "hengnan-wjj-2020");
  const coercion = "行政强制\n\n12\n\n0\n\n 21";

  it("places no value by position when more than a cut label follows the values", () => {
    // Its 0 printed blank, and the caption 第二十条第(八)项 lost: the next sub-table's header words
    // follow 21, so the text did not stop inside the row and its missing cell need not be the
    // last. Before, 12 and 21 were read as 上一年项目数量 and 本年增/减.
    expect(text).toContain(coercion);
    const changed = text
      .replace(coercion, "行政强制\n\n12\n\n\n\n 21")
      .replace(/第二十条第\(八\)项\n+(?=信息内容)/, "");
    expect(changed).not.toContain("第二十条第(八)项");
    const { report } = parseText(changed);
    expect(report?.activeDisclosure?.coercion).toEqual({});
  });

  it("still reads the values before the text's end in a row it cuts", () => {
    // Cut after 12's line: the text stops inside the row, whose first cell is 12.
    const cut = text.slice(0, text.indexOf(coercion) + "行政强制\n\n12\n".length);
    const { report } = parseText(cut);
    expect(report?.activeDisclosure?.coercion).toEqual({ previousItems: 12 });
  });

  it("reads no glued run at the text's end as a row's first cell, where the rows glue cells", () => {
    // github-014 prints table 三 with its cells glued (`（二）部分公开…500000 5` for 5, 0, 0, 0, 0,
    // 0 and 5; the rows above read by the glued-digit split). Cut after `500000`: before, 自然人
    // read 500000.
    const { text } = corpus("github-014");
    const at = text.indexOf("500000 5");
    expect(at).toBeGreaterThan(-1);
    const { report, findings } = parseText(`${text.slice(0, at + "500000".length)}\n`);
    expect(report?.applications?.partiallyDisclosed).toEqual({});
    expect(
      findings.some(
        (f) =>
          f.code === "PARSE_TRUNCATED" && f.path.join(".") === "applications.partiallyDisclosed",
      ),
    ).toBe(true);
    // The rows above, glued too, are read as before.
    expect(report?.applications?.newlyReceived?.total).toBe(70);
  });
});

describe("a row before a label cut by the text's end", () => {
  // pages-037 copies its cells ` |` each, the rows of a merged column opened by `| `, and stops
  // inside table 三 at `| | 6.属于四`. 5.属于三类内部事务信息 prints six blanks and 0 (its 总计).
  const { text } = corpus("pages-037");
  const row = "| | 5.属于三类内部事务信息 | | | | | | | 0 |\n";

  it("reads the row whole as before", () => {
    expect(text).toContain(row);
    const { report } = parseText(text);
    expect(report?.applications?.withheldInternalAffairs).toEqual({
      naturalPerson: null,
      commercialEnterprise: null,
      researchInstitution: null,
      socialWelfareOrganization: null,
      legalServiceInstitution: null,
      otherOrganization: null,
      total: 0,
    });
  });

  it("takes no blank cell from the cut label's line, the row split over two lines", () => {
    // Split at a space (a copy wrapping the row): `| 0 |` on a line of its own reads as a row
    // opened by a pipe, so the row prints five blanks and 0 on its lines. The cut label's `| | `
    // made a seventh cell, and 0 was read as 其他 with a blank 总计.
    const split = text.replace(row, "| | 5.属于三类内部事务信息 | | | | | |\n| 0 |\n");
    expect(split).not.toBe(text);
    const { report, findings } = parseText(split);
    expect(report?.applications?.withheldInternalAffairs).toEqual({});
    expect(
      findings.find((f) => f.path.join(".") === "applications.withheldInternalAffairs")?.code,
    ).toBe("PARSE_CELL_AMBIGUOUS");
  });
});
