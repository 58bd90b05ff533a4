/**
 * A cell that printed a little more than its value (`22*`, `22注`, `22（1）`, `1余`): a word
 * among a row's values in text. The text reader took it for the end of the row's values: the
 * values after it were dropped and quoted nowhere, the row was read as a short one (on the seed,
 * `18 19 20 21` under seven columns was split 1/8/1/9/2/0/21, which the total happened to allow),
 * and the cell's own number was quoted nowhere either. It is now a cell of the row: unreadable,
 * its finding quoting what it printed, as parseHTML reads the same page.
 */
import { describe, expect, it } from "vitest";
import { fromJSON, parseHTML, parseText, type Report, toHTML } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { cellsOf } from "../support/cells.js";
import { distinctValues } from "../system/support.js";
import { innerText } from "./innerText.js";

const seed = fromJSON(distinctValues(seedReport, { fillNulls: true })).report!;
// Shanghai's page keeps its blank cells (tabs between them): rows with blanks after the cell.
const shanghai = fromJSON(distinctValues(shanghai2019Report)).report!;

/**
 * The page with one value cell printed with more (`form` with `N` for the value, or a suffix), and
 * that cell's path and printed text.
 */
function marked(report: Report, form: string) {
  const html = toHTML(report);
  return [...html.matchAll(/data-path="([^"]+)">(\d+)</g)].map(([cell, path, value]) => {
    const printed = form.includes("N") ? form.replace("N", value!) : `${value}${form}`;
    return {
      path: path!,
      printed,
      html: html.replace(cell!, `data-path="${path}">${printed}<`),
    };
  });
}

/** Cells read other than printed (the marked one aside), and whether the marked one is quoted. */
function check(report: Report, read: ReturnType<typeof parseText>, path: string, printed: string) {
  const expected = cellsOf(report);
  const got = cellsOf(read.report);
  const wrong = [...expected].filter(([p, v]) => p !== path && got.get(p) !== v).map(([p]) => p);
  const finding = read.findings.find(
    (f) => f.code === "PARSE_CELL_UNREADABLE" && f.path.join(".") === path,
  );
  // The printed text is the finding's `actual`, which the message quotes (原文「…」); the text
  // reader quotes its word without the punctuation at its ends (`1（1）` as `1（1`).
  const word = printed.replace(/[）)]+$/, "");
  const quoted =
    finding?.actual === word && finding.message.includes(`原文「${word}」`) ? printed : undefined;
  return { wrong, marked: got.get(path), detail: quoted, printed };
}

describe("a cell that printed more than its value, in text", () => {
  for (const [name, report] of [
    ["seed, every cell printed", seed],
    ["Shanghai 2019, blank cells kept", shanghai],
  ] as const) {
    for (const suffix of ["*", "注", "（1）", "*N", "约N"]) {
      it(`${name}: \`${suffix}\` in each cell in turn, cells set apart by tabs`, () => {
        const pages = marked(report, suffix);
        expect(pages.length).toBeGreaterThan(60);
        for (const { path, printed, html } of pages) {
          const result = check(report, parseText(innerText(html)), path, printed);
          expect(result, path).toEqual({ wrong: [], marked: undefined, detail: printed, printed });
        }
      });
    }
  }

  // Without tabs the blank cells of Shanghai's page cannot be told: the seed prints every cell.
  // A marked cell among the values is a cell of its row, as with tabs. Ending its line it may be a
  // remark or a page number after a blank cell that spaces cannot show (review: `5  0  0  0  1  6
  // 1件已撤回` read 1 and 6 a column late): its row is then quoted, none of it placed. Either way
  // no number is wrong and none is lost.
  it.each(["*", "（1）", "*N", "[N]"])(
    "seed: `%s` in each cell in turn, cells set apart by spaces",
    (suffix) => {
      let placedAround = 0;
      for (const { path, printed, html } of marked(seed, suffix)) {
        const text = innerText(html).replace(/\t/g, "  ");
        const read = parseText(text);
        const result = check(seed, read, path, printed);
        expect(
          result.wrong.filter((p) => cellsOf(read.report).has(p)),
          path,
        ).toEqual([]);
        expect(result.marked, path).toBeUndefined();
        const quoted = read.findings.map((f) => `${f.message} ${f.actual ?? ""}`).join("\n");
        const lost = [...cellsOf(seed)]
          .filter(([p]) => !cellsOf(read.report).has(p))
          .filter(
            ([p, v]) =>
              !new RegExp(`(?<![0-9])${p === path ? printed.match(/\d+/)![0] : v}(?![0-9])`).test(
                quoted,
              ),
          );
        expect(lost, path).toEqual([]);
        if (result.detail === printed) placedAround++;
      }
      // Most marked cells stand among their row's values: read as cells, the rest of the row placed.
      expect(placedAround).toBeGreaterThan(100);
    },
  );

  it("parseHTML reads the same pages alike (the behaviour the text reader now shares)", () => {
    for (const { path, printed, html } of marked(seed, "*")) {
      const result = check(seed, parseHTML(html), path, printed);
      expect(result, path).toEqual({ wrong: [], marked: undefined, detail: printed, printed });
    }
  });

  // A word of two letters or fewer glued to a value, a value after it: one cell (`2注  3`). Set
  // apart, `注` ended the row. At the end of its line it is still set apart (`7注`: 7 is read).
  it("keeps `2注` whole between values set apart by spaces; reads `7注` ending its line as 7", () => {
    const page = marked(seed, "注");
    const between = page.find((p) => p.path === "activeDisclosure.regulations.repealed")!;
    const text = innerText(between.html).replace(/\t/g, "  ");
    expect(text).toContain("规章  1  2注  3");
    expect(check(seed, parseText(text), between.path, between.printed)).toEqual({
      wrong: [],
      marked: undefined,
      detail: "2注",
      printed: "2注",
    });
    const last = page.find((p) => p.path === "activeDisclosure.licensing.decisions")!;
    const read = parseText(innerText(last.html).replace(/\t/g, "  "));
    expect(read.report?.activeDisclosure?.licensing?.decisions).toBe(7);
  });

  it("does not take a running header's year or a row's ordinal for a cell", () => {
    const text = [
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容  本年制发件数  本年废止件数  现行有效件数",
      "规章  1  2  3",
      "行政规范性文件  4  5  6  2022年度报告",
    ].join("\n");
    const read = parseText(text);
    expect(read.report?.activeDisclosure?.normativeDocuments).toEqual({
      issued: 4,
      repealed: 5,
      inForce: 6,
    });
  });

  // A word without digits in the middle of a row (`注`) still ends the row's values; the row goes
  // on past it on its line. Read as a short row, `18 19 20 21` was split 1/8/1/9/2/0/21 (the total
  // allowed it) and `23 24` were dropped. None is placed now: all are quoted.
  it("quotes a row that goes on past a word among its values, placing none", () => {
    const page = marked(seed, "N 注").find(
      (p) => p.path === "applications.carriedOver.legalServiceInstitution",
    )!;
    const text = innerText(page.html).replace(/\t/g, "  ");
    expect(text).toContain("18  19  20  21  22 注  23  24");
    const read = parseText(text);
    expect(read.report?.applications?.carriedOver).toEqual({});
    const finding = read.findings.find((f) => f.path.join(".") === "applications.carriedOver");
    expect(finding?.code).toBe("PARSE_CELL_AMBIGUOUS");
    expect(finding?.actual).toBe("18 | 19 | 20 | 21 | 22 | 注 | 23 | 24");
    // The other rows are read.
    expect(read.report?.applications?.newlyReceived?.total).toBe(17);
  });

  // Table 四 written with tabs: every piece of its line is a cell, its last one too.
  it("reads table 四's last cell printing a note as a cell, the others placed", () => {
    const page = marked(seed, "N（其中1件）").find(
      (p) => p.path === "reviewsAndLitigation.litigationAfterReview.total",
    )!;
    const read = parseText(innerText(page.html));
    expect(read.report?.reviewsAndLitigation?.administrativeReview?.upheld).toBe(186);
    expect(read.report?.reviewsAndLitigation?.litigationAfterReview?.total).toBeUndefined();
    const finding = read.findings.find(
      (f) => f.path.join(".") === "reviewsAndLitigation.litigationAfterReview.total",
    );
    expect(finding?.message).toContain("200（其中1件");
  });

  // Review of the first version, which read these a column late or lost them.
  describe("a word printing a number where the row's cells cannot be told", () => {
    const seedText = innerText(toHTML(seed));
    const withRow = (text: string, label: string, row: string) =>
      text.replace(new RegExp(`^${label}.*$`, "m"), row);

    it("a remark after a blank cell set apart by spaces: the row quoted, nothing placed", () => {
      const text = withRow(
        seedText.replace(/\t/g, "    "),
        "一、本年新收",
        "一、本年新收政府信息公开申请数量    5           0    0    0    1    6    1件已撤回",
      );
      const read = parseText(text);
      expect(read.report?.applications?.newlyReceived).toEqual({});
      const finding = read.findings.find((f) => f.path.join(".") === "applications.newlyReceived");
      expect(finding?.code).toBe("PARSE_CELL_AMBIGUOUS");
      expect(finding?.actual).toBe("5 | 0 | 0 | 0 | 1 | 6 | 1件已撤回");
    });

    it("a note in a cell of its own after the first value (tabs): the row quoted, not shifted", () => {
      const text = withRow(
        innerText(toHTML(shanghai)),
        "三、本年度办理结果",
        "三、本年度办理结果\t（一）予以公开\t30\t注1\t31\t\t\t32\t33\t",
      );
      const read = parseText(text);
      expect(read.report?.applications?.disclosed).toEqual({});
      const finding = read.findings.find((f) => f.path.join(".") === "applications.disclosed");
      expect(finding?.actual).toContain("注1");
    });

    it("table 四 with a note glued to its first value, set apart by spaces: 186 quoted", () => {
      const text = seedText.replace(/\t/g, "  ").replace(/^186 /m, "186[注1] ");
      expect(text).toContain("186[注1]  187");
      const read = parseText(text);
      expect(read.report?.reviewsAndLitigation?.administrativeReview?.upheld).toBeUndefined();
      expect(read.report?.reviewsAndLitigation?.administrativeReview?.corrected).toBe(187);
      const finding = read.findings.find(
        (f) => f.path.join(".") === "reviewsAndLitigation.administrativeReview.upheld",
      );
      expect(finding?.message).toContain("186[注1");
    });
  });

  // Second review: a note glued to a label, a wrapped sub-row label, rows with several marks.
  describe("notes after labels, wrapped labels, several marked cells", () => {
    it("a note glued to a row's label is no cell: `行政许可注1  7  9` (a blank cell) is quoted", () => {
      const text = [
        "某区2019年政府信息公开工作年度报告",
        "二、主动公开政府信息情况",
        "第二十条第（五）项",
        "信息内容    上一年项目数量    本年增/减    处理决定数量",
        "行政许可注1    7    9",
        "其他对外管理服务事项    10    11    12",
        "第二十条第（六）项",
        "信息内容    上一年项目数量    本年增/减    处理决定数量",
        "行政处罚    13    14    15",
      ].join("\n");
      const read = parseText(text);
      expect(read.report?.activeDisclosure?.licensing).toEqual({});
      const finding = read.findings.find((f) => f.path.join(".") === "activeDisclosure.licensing");
      expect(finding?.actual).toBe("注1 | 7 | 9");
      expect(cellsOf(read.report).get("activeDisclosure.otherServices.decisions")).toBe("12");
      expect(read.report?.activeDisclosure).toMatchObject({
        otherServices: { previousItems: 10, change: 11, decisions: 12 },
      });
    });

    it("a sub-row label wrapped after a few characters is no cell (`1.属于` then `国家秘密`)", () => {
      const text = innerText(toHTML(seed))
        .replace(/\t/g, "  ")
        .replace(
          /^（三）不予公开.*$/m,
          "（三）不予公开  1.属于  39  40  41  42  43  44  45*\n国家秘密",
        );
      expect(text).toContain("1.属于  39");
      const read = parseText(text);
      const cells = cellsOf(read.report);
      const wrong = [...cellsOf(seed)].filter(([p, v]) => cells.has(p) && cells.get(p) !== v);
      // Read one column late before (review): 39 under 商业企业 … 44 under 总计.
      expect(wrong).toEqual([]);
    });

    it("a row whose every cell is marked: cells in a tab table, quoted set apart by spaces", () => {
      const tabbed = innerText(toHTML(seed)).replace(/^规章\t1\t2\t3$/m, "规章\t1*\t2*\t3*");
      expect(tabbed).toContain("规章\t1*\t2*\t3*");
      const fromTabs = parseText(tabbed);
      expect(fromTabs.report?.activeDisclosure?.regulations).toEqual({});
      const unread = fromTabs.findings.filter((f) => f.path[1] === "regulations");
      expect(unread.map((f) => f.message).join()).toMatch(/1\*.*2\*.*3\*/);
      const spaced = parseText(tabbed.replace(/\t/g, "  "));
      const quoted = spaced.findings.find(
        (f) => f.path.join(".") === "activeDisclosure.regulations",
      );
      expect(quoted?.actual).toBe("1* | 2* | 3*");
      expect(cellsOf(spaced.report).get("activeDisclosure.normativeDocuments.issued")).toBe("4");
    });
  });
});
