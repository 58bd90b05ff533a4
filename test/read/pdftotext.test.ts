/**
 * PDF text as `pdftotext` writes it (test/fixtures/pdftotext, see its README), read by parseText
 * and checked cell by cell against each PDF's own report: in stream order the labels and values
 * come apart, so many cells stay absent, but none may be wrong. Before, five cells of 平潭's table
 * 四 and six of Shanghai's 四、结转下年度继续办理 row were wrong.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocx } from "../../src/docx.js";
import { fromJSON, parseText, toJSON } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { reportText } from "../support/reporttext.js";
import { distinctValues } from "../system/support.js";

const corpus = (name: string) => {
  const raw = readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), "utf8");
  return cellsOf(parseText(reportText(raw)).report);
};
const text = (name: string) =>
  readFileSync(new URL(`../fixtures/pdftotext/${name}`, import.meta.url), "utf8");

/** The hand-typed cells of held-out shuyang-fgj-2023 (test/fixtures/heldout/), as compareCells takes them. */
function shuyangCells(): Map<string, string> {
  const oracle = JSON.parse(
    readFileSync(
      new URL("../fixtures/heldout/shuyang-fgj-2023.cells.json", import.meta.url),
      "utf8",
    ),
  ) as { cells: Record<string, unknown> };
  return new Map(Object.entries(oracle.cells).map(([k, v]) => [k, JSON.stringify(v)]));
}

const huaian = JSON.parse(
  readFileSync(
    new URL("../fixtures/pdf/huaian-hongze-2024.expected.json", import.meta.url),
    "utf8",
  ),
) as { cells: Record<string, unknown> };
let pingtan: Map<string, string>;
beforeAll(async () => {
  const docx = readFileSync(new URL("../fixtures/docx/pingtan-2021.docx", import.meta.url));
  pingtan = cellsOf((await parseDocx(new Uint8Array(docx))).report);
});

describe("pdftotext's text: no wrong number", () => {
  it.each([
    // [file, oracle, cells right at least (what the reader reads today)]
    // 17 before values printed apart were counted, then 13: table 二's 收费 and 采购 rows followed
    // a sub-table read with one column of three, its header words after its first label.
    ["shanghai-2019-chromium.stream.txt", () => cellsOf(shanghai2019Report), 19],
    // 81 and 172 before the values printed beside a wrapped label's middle were moved after it.
    ["pingtan-2021-word-ruled.stream.txt", () => pingtan, 95],
    [
      "huaian-hongze-2024.layout.txt",
      () => new Map(Object.entries(huaian.cells).map(([k, v]) => [k, JSON.stringify(v)])),
      172,
    ],
    // 193 before the side column's words were moved out of table 三's （六） labels.
    ["seed-chromium.layout.txt", () => cellsOf(seedReport), 200],
    // The side column's words on lines of their own between a label's lines (193 before).
    ["seed-chromium-no-borders.layout.txt", () => cellsOf(seedReport), 200],
    // Labels wrapped over 8–11 lines in a 120 mm box, values beside the middle (151 before).
    ["seed-chromium-narrow.layout.txt", () => cellsOf(seedReport), 200],
    // A larger table font: labels cut by the side column, values beside them (165 before).
    ["github-008-chromium-large-font.layout.txt", () => corpus("github-008.txt"), 200],
    // Values printed above three rows' labels (165 right and 2 wrong before).
    ["github-001-values-above.layout.txt", () => corpus("github-001.txt"), 200],
    // LibreOffice's unruled table: values above 2.其他… and 4.保护第三方合法权益, and under the
    // latter a line of the side column alone (`不予公`) before the next row (186 before).
    ["github-001-word-unruled.layout.txt", () => corpus("github-001.txt"), 200],
    // Printed by the rendering matrix (box font: a few characters come out as U+FFFD).
    ["github-008-chromium-small-font.stream.txt", () => corpus("github-008.txt"), 88],
    ["github-001-chromium-a5.stream.txt", () => corpus("github-001.txt"), 95],
    ["shanghai-2019-chromium-a5-no-borders.stream.txt", () => cellsOf(shanghai2019Report), 20],
    // Five wrong before: 35/2/1/805/72 of two rows in 四、结转下年度继续办理.
    ["shanghai-2019-chromium-split-no-borders.stream.txt", () => cellsOf(shanghai2019Report), 22],
    // A value a line, each row's last two on one line (`0 0`): 158 right on d2d90d9, 53 after
    // that pair read as a line of values under the row's own (the next row's quoted).
    ["seed-chromium.stream.txt", () => cellsOf(seedReport), 150],
  ] as const)("%s", (name, oracle, floor) => {
    const { right, wrong } = compareCells(cellsOf(parseText(text(name)).report), oracle());
    expect(wrong).toEqual([]);
    expect(right.length).toBeGreaterThanOrEqual(floor);
  });

  it("a row printing / or — for none keeps its values beside a wrapped label", () => {
    // github-001 with its zeros printed as / and —, Chromium's ruled print laid out: the values of
    // 5.要求行政机关确认或重新出具已获取信息 (`— 0 0 0 — / —`) stand beside the label's first line
    // and end in a mark, not a digit: they were not moved after the label (193 cells, not 200).
    const oracle = JSON.parse(text("github-001-marks.expected.json")) as {
      cells: Record<string, unknown>;
    };
    const expected = new Map(Object.entries(oracle.cells).map(([k, v]) => [k, JSON.stringify(v)]));
    const { report } = parseText(text("github-001-marks-chromium.layout.txt"));
    const { right, wrong } = compareCells(cellsOf(report), expected);
    expect(wrong).toEqual([]);
    expect(right.length).toBe(200);
  });

  it("a glued split is not placed where a blank or marked total checks nothing", () => {
    // github-001 with its zeros printed as / and — (scripts/pdftotext-hunt.ts), in stream order:
    // 一、本年新收's total is `/`, so no identity checks a split of `705 3 / 0 5 /` into seven
    // cells. `70 | 5 | 3 | / | 0 | 5 | /` was placed before, seven cells wrong.
    const oracle = JSON.parse(text("github-001-marks.expected.json")) as {
      cells: Record<string, unknown>;
    };
    const expected = new Map(Object.entries(oracle.cells).map(([k, v]) => [k, JSON.stringify(v)]));
    const { report, findings } = parseText(text("github-001-marks-chromium-no-borders.stream.txt"));
    expect(compareCells(cellsOf(report), expected).wrong).toEqual([]);
    expect(report?.applications?.newlyReceived).toEqual({});
    const quoted = findings.find(
      (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === "applications.newlyReceived",
    );
    expect(quoted?.actual).toBe("705 | 3 | / | 0 | 5 | /");
  });

  it("a glued split checked by its group is not taken over one its marked group cannot check", () => {
    // Table 四 as one row of fifteen: `10 0 0 1 11` (行政复议, holding) and `100 0 0 /` (`10 0`
    // glued, its total `/`). Splitting `100` is checked by nothing; splitting `10` of 行政复议
    // (`1 0 0 0 1`) holds by chance. Both are readings of the print: neither is placed.
    const raw = text("github-001-marks-chromium-no-borders.stream.txt");
    const { report, findings } = parseText(
      raw.replace("27 10 9 15 61 3 0 0 0 3 8 / 1 1 10", "10 0 0 1 11 100 0 0 / 0 0 0 0 0"),
    );
    expect(report?.reviewsAndLitigation?.administrativeReview).toEqual({});
    expect(
      findings.find(
        (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === "reviewsAndLitigation",
      )?.actual,
    ).toBe("10 | 0 | 0 | 1 | 11 | 100 | 0 | 0 | / | 0 | 0 | 0 | 0 | 0");
  });

  it("values of two rows interleaved after a column of labels are quoted, not placed", () => {
    const { report, findings } = parseText(text("shanghai-2019-chromium.stream.txt"));
    expect(report?.applications?.carriedForward).toEqual({});
    const quoted = findings.find(
      (f) =>
        f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === "applications.carriedForward",
    );
    expect(quoted?.actual).toBe("767 | 35 | 72 | 2 | 1 | 805 | 72");
  });

  // Stream order after a row that printed fewer values than its columns: the values that follow a
  // label may be the row above's. Each of these was placed in the wrong row before.
  it.each([
    // Two labels, then a whole run, header words (a new page), and a second whole run.
    [
      "github-008-chromium-small-font.stream.txt",
      "withheldInternalAffairs",
      "6 | 0 | 0 | 0 | 0 | 0 | 6 | 7 | 1 | 0 | 0 | 0 | 0 | 8",
    ],
    // Another row's numbered label (not recognised: a character came out as U+FFFD) before the values.
    ["github-001-chromium-a5.stream.txt", "notProcessedExcessive", "142 | 1 | 0 | 0 | 0 | 0 | 143"],
    // The table's column headers between the label and the values.
    [
      "shanghai-2019-chromium-a5-no-borders.stream.txt",
      "withheldStateSecret",
      "35 | 2 | 1 | 12 | 1 | 1",
    ],
  ])("%s: %s is quoted, not placed", (name, row, printed) => {
    const { report, findings } = parseText(text(name));
    expect(report?.applications?.[row as "disclosed"]).toEqual({});
    const quoted = findings.find(
      (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === `applications.${row}`,
    );
    expect(quoted?.actual).toBe(printed);
  });

  // Values printed on lines of their own after a row that printed fewer values than its cells: the
  // row above may own all or some of them. Each was placed in the row under it before.
  it.each([
    // Two labels, then one whole run whose total holds (3 = 3): the first label may own it.
    [
      "shanghai-2019-labels-before-run.stream.txt",
      "unavailableNeedsCreation",
      "3 | 0 | 0 | 0 | 0 | 0 | 3",
    ],
    // Three labels, then six values: a short run after two rows that printed nothing.
    [
      "shanghai-2019-short-run-after-empty.stream.txt",
      "unavailableStillUnclear",
      "252 | 12 | 1 | 44 | 3 | 25",
    ],
    // A short run after a short row (767 alone under （七）总计): values of both rows.
    [
      "shanghai-2019-chromium-split-no-borders.stream.txt",
      "carriedForward",
      "72 | 35 | 2 | 1 | 805 | 72",
    ],
  ])(
    "%s: values printed apart after a short row are quoted, not placed in %s",
    (name, row, printed) => {
      const { report, findings } = parseText(text(name));
      expect(report?.applications?.[row as "disclosed"]).toEqual({});
      const quoted = findings.find(
        (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === `applications.${row}`,
      );
      expect(quoted?.actual).toBe(printed);
    },
  );

  it("values printed apart are placed again once the values before them fill every row above", () => {
    // The same run after a row printing all its cells, and after one printing six of seven.
    const table = (first: string) =>
      [
        "某县人民政府2022年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
        "一、本年新收政府信息公开申请数量",
        ...first.split(" "),
        "二、上年结转政府信息公开申请数量",
        ..."4 1 0 0 0 0 5".split(" "),
      ].join("\n\n");
    const carried = (first: string) => parseText(table(first)).report?.applications?.carriedOver;
    expect(carried("7 1 0 0 0 0 8")).toEqual({
      naturalPerson: 4,
      commercialEnterprise: 1,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceInstitution: 0,
      otherOrganization: 0,
      total: 5,
    });
    // One cell of the row above missing: a mix of its value and this row's would hold the total
    // only by chance, so a whole run whose total holds is still this row's…
    expect(carried("7 1 0 0 0 8")?.total).toBe(5);
    // …but a run whose total fails is not placed, nor is a short run.
    expect(
      parseText(table("7 1 0 0 0 8").replace("\n\n5", "\n\n6")).report?.applications?.carriedOver,
    ).toEqual({});
    expect(
      parseText(table("7 1 0 0 0 8").replace("\n\n0\n\n5", "\n\n5")).report?.applications
        ?.carriedOver,
    ).toEqual({});
  });

  it("values inside a row's wrapped note are its own, not the values after it", () => {
    // （二）部分公开's 447 … 454 stand inside its note; the 2 0 0 0 0 0 2 after the note are
    // 1.属于国家秘密's, whose label was not found: they were read as 部分公开's. The note's values
    // are counted as printed before the run after it (quoted then, on the stream rule alone) and,
    // since the layout-text passes look six lines around a wrapped label, moved after the label.
    const { report } = parseText(text("github-008-chromium-narrow-no-borders.layout-joined.txt"));
    const { wrong } = compareCells(cellsOf(report), corpus("github-008.txt"));
    expect(wrong).toEqual([]);
    expect(report?.applications?.partiallyDisclosed).toMatchObject({
      naturalPerson: 447,
      total: 454,
    });
  });

  it("values inside a wrapped label after a row that printed nothing are that row's or the label's", () => {
    const table = (secret: string) =>
      [
        "某县人民政府2022年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
        "一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3",
        "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
        "三、本年度办理结果",
        "（一）予以公开 1 0 0 0 0 0 1",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 0 0 0",
        "（三）不予公开",
        secret,
        "2.其他法律",
        "2 0 0 0 0 0 2",
        "行政法规禁止公开",
        "3.危及“三安全一稳定” 0 0 0 0 0 0 0",
      ].join("\n");
    // 1.属于国家秘密 printed nothing: the run inside the next label may be its own.
    const { report, findings } = parseText(table("1.属于国家秘密"));
    expect(report?.applications?.withheldProhibitedByLaw).toEqual({});
    expect(
      findings.find((f) => f.path.join(".") === "applications.withheldProhibitedByLaw")?.actual,
    ).toBe("2 | 0 | 0 | 0 | 0 | 0 | 2");
    // It printed its seven values: the run is the label's around it.
    expect(
      parseText(table("1.属于国家秘密 0 0 0 0 0 0 0")).report?.applications?.withheldProhibitedByLaw
        ?.total,
    ).toBe(2);
  });

  it("a label with its values printed above it does not take the next row's below it", () => {
    const { report } = parseText(text("github-001-values-above.layout.txt"));
    // 6.属于四类过程性信息 prints `2 … 2` above it and 7.属于行政执法案卷's `4 … 4` below it.
    expect(report?.applications?.withheldProcessInformation).toMatchObject({
      naturalPerson: 2,
      total: 2,
    });
    expect(report?.applications?.withheldEnforcementFile).toMatchObject({
      naturalPerson: 4,
      total: 4,
    });
  });

  it("a row left blank in that layout passes on the line of values above it", () => {
    // 6.属于四类过程性信息 left blank: its line of values above it prints nothing. 5.属于三类内部事务信息
    // (its own `13 … 13` above its label, under 4.'s row) prints nothing after its label either,
    // so the `4 … 4` after 6.'s label may be 7.'s, printed above 7.'s label, as 13 was 5.'s.
    // Before, 6. read 4 … 4.
    const original = text("github-001-values-above.layout.txt");
    const blanked = original.replace(/\n +2 +0 +0 +0 +0 +0 +2(?=\n +6\.属于四类过程性信息)/, "\n");
    expect(blanked).not.toBe(original);
    const { report, findings } = parseText(blanked);
    expect(report?.applications?.withheldProcessInformation).toEqual({});
    expect(report?.applications?.withheldEnforcementFile).toEqual({});
    const quoted = findings.find(
      (f) => f.path.join(".") === "applications.withheldProcessInformation",
    );
    expect(quoted?.code).toBe("PARSE_CELL_AMBIGUOUS");
    expect(quoted?.actual).toBe("4 | 0 | 0 | 0 | 0 | 0 | 4");
  });

  it("a line of values between two labels, either of which may own it, is quoted", () => {
    // scripts/hunt.ts --corpus --seed 720: 4.保护第三方合法权益 left blank. Its label, then `13 … 13`,
    // 5.'s label, `2 … 2`, 6.'s, `4 … 4`, 7.'s with nothing after it: each line may be the label's
    // above (printed under it) or below (printed above it), and every row adds up either way.
    // Before, 4. read 13, 5. read 2 and 6. read 4 (each the row's above its own).
    const original = text("github-001-values-above.layout.txt");
    const blanked = original.replace(/(4\.保护第三方合法权益) +2 +0 +0 +0 +0 +0 +2/, "$1");
    expect(blanked).not.toBe(original);
    const { report, findings } = parseText(blanked);
    const rows = [
      ["withheldThirdPartyRights", "13 | 0 | 0 | 0 | 0 | 0 | 13"],
      ["withheldInternalAffairs", "2 | 0 | 0 | 0 | 0 | 0 | 2"],
      ["withheldProcessInformation", "4 | 0 | 0 | 0 | 0 | 0 | 4"],
    ] as const;
    for (const [row, printed] of rows) {
      expect(report?.applications?.[row]).toEqual({});
      const quoted = findings.find((f) => f.path.join(".") === `applications.${row}`);
      expect(quoted?.code).toBe("PARSE_CELL_AMBIGUOUS");
      expect(quoted?.actual).toBe(printed);
    }
    expect(report?.applications?.withheldAdministrativeQuery).toMatchObject({ total: 9 });
    expect(compareCells(cellsOf(report), corpus("github-001.txt")).wrong).toEqual([]);
  });

  describe("rows printing their values on a line after their labels", () => {
    const table = (sixth: string) =>
      [
        "某县人民政府2022年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
        "      3.危及“三安全一稳定”        2    0    0      0     0   0    2",
        "      4.保护第三方合法权益",
        "                          13    0    0      0     0   0    13",
        "      5.属于三类内部事务信息",
        "                           2    0    0      0     0   0    2",
        `      6.属于四类过程性信息${sixth}`,
        "      7.属于行政执法案卷          9    0    0      0     0   0    9",
      ].join("\n");

    it("keep them when the next row prints its values beside its label", () => {
      const { report } = parseText(table("        4    0    0      0     0   0    4"));
      expect(report?.applications?.withheldThirdPartyRights).toMatchObject({ total: 13 });
      expect(report?.applications?.withheldInternalAffairs).toMatchObject({ total: 2 });
      expect(report?.applications?.withheldProcessInformation).toMatchObject({ total: 4 });
    });

    it("keep them when a row printing nothing follows, a wrapped label around each line", () => {
      // github-008's large-font page: 2.其他法律行政法规禁 / `30 1 0 0 0 0 31` / 止公开, the
      // values centred in the label's cell. With 4.保护第三方合法权益 left blank, 2. and 3. keep
      // theirs: a rule quoting every run of rows with values on a line after their labels before a
      // row printing nothing (tried for the values-above layout) lost these right cells.
      const original = text("github-008-chromium-large-font.layout.txt");
      const blanked = original.replace(/(4\.保护第三方合法权益) +6 +0 +0 +0 +0 +0 +6/, "$1");
      expect(blanked).not.toBe(original);
      const { report } = parseText(blanked);
      expect(report?.applications?.withheldProhibitedByLaw).toMatchObject({
        naturalPerson: 30,
        commercialEnterprise: 1,
        total: 31,
      });
      expect(report?.applications?.withheldSecurityStability).toMatchObject({ total: 5 });
    });
  });

  it("a row after a blank row keeps its values when a misspelt numbered label follows them", () => {
    const text = [
      "某县人民政府2022年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
      "1.属于国家秘密                 0   0   0   0   0   0   0",
      "2.其他法律行政法规禁止公开",
      "3.危及“三安全一稳定”           4   1   0   0   0   0   5",
      "4.保护第三方合法权利           5   1   0   0   0   0   6",
      "5.属于三类内部事务信息         0   0   0   0   0   0   0",
    ].join("\n");
    expect(parseText(text).report?.applications?.withheldSecurityStability).toEqual({
      naturalPerson: 4,
      commercialEnterprise: 1,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceInstitution: 0,
      otherOrganization: 0,
      total: 5,
    });
  });

  it("table 四's values after a header stacked one character a line, totals broken, are quoted", () => {
    // Chromium drew table 四's 总计 (1) after the first 行政诉讼 cell: `0 0 0 1 0 1 0 …` for
    // `0 0 0 1 1 0 0 …`. Placed in that order, 复议's 总计 read 0 and 维持 of 诉讼 1 (two wrong).
    const name = "shuyang-fgj-2023-chromium-noto.stream.txt";
    const { report, findings } = parseText(text(name));
    expect(report?.reviewsAndLitigation?.administrativeReview).toEqual({});
    expect(
      findings.find(
        (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === "reviewsAndLitigation",
      )?.actual,
    ).toBe("0 | 0 | 0 | 1 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0");
    expect(compareCells(cellsOf(report), shuyangCells()).wrong).toEqual([]);
    // In order (the same header stacked, the values as the columns), the row is the report's.
    const inOrder = text(name).replace("0\n\n0\n\n0\n\n1\n\n0\n\n1", "0\n\n0\n\n0\n\n1\n\n1\n\n0");
    expect(parseText(inOrder).report?.reviewsAndLitigation?.administrativeReview).toEqual({
      upheld: 0,
      corrected: 0,
      otherOutcome: 0,
      pending: 1,
      total: 1,
    });
  });

  it("table 四's values between header words, out of the columns' order, are quoted, not placed", () => {
    const { report, findings } = parseText(text("pingtan-2021-word-ruled.stream.txt"));
    expect(report?.reviewsAndLitigation?.administrativeReview).toEqual({});
    expect(
      findings.some(
        (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === "reviewsAndLitigation",
      ),
    ).toBe(true);
  });
});

// Chromium's print of a real page in Noto Sans CJK SC: table 三 prints its blank cells as nothing,
// and pdftotext sets a row's later values from the characters before them, not from the page, so
// they drift from their headers (a value of 自然人 under 商业企业). Read by position they would be
// wrong numbers; the text reader places only what the labels and totals decide.
describe("pdftotext -layout of a real page printed by Chromium in Noto (shuyang-fgj-2023)", () => {
  const expected = shuyangCells();
  it.each([
    ["shuyang-fgj-2023-chromium-a4.layout.txt", 25, 175],
    ["shuyang-fgj-2023-chromium-a4-landscape.layout.txt", 25, 175],
  ])("%s reads %i cells right, none wrong, %i absent", (name, right, absent) => {
    const read = compareCells(cellsOf(parseText(text(name)).report), expected);
    expect([read.right.length, read.wrong.length, read.absent.length]).toEqual([right, 0, absent]);
  });
});

// Chromium's print of the Shanghai 2019 report with every value distinct and five digits long
// (9950, 9951, …) in table cells too narrow for them: a number wraps after its fourth digit
// (`1005` over `6`), and table 三's side column puts its group labels' pieces before some lines of
// last digits (`供  3 4 5 6 7 8 9`). Read with those words, such a line ended the run above and was
// lost: 28 cells of four rows were read as their first four digits (1006 for 10063 …), and a
// row whose next label was cut by its values kept its line while the digits under it were taken
// for the rows not found.
describe("pdftotext -layout of numbers wrapped in narrow cells", () => {
  const oracle = () => {
    const report = fromJSON(distinctValues(shanghai2019Report, { start: 9950, fillNulls: true }));
    return cellsOf(report.report);
  };
  it("places no number cut by its cell's wrap: the rows whose digits wrap are quoted", () => {
    const result = parseText(text("shanghai-2019-chromium-wrapped-numbers.layout.txt"));
    const { right, wrong } = compareCells(cellsOf(result.report), oracle());
    expect(wrong).toEqual([]);
    // The rows whose values fit (tables 二 and 四, table 三's first three rows).
    expect(right.length).toBeGreaterThanOrEqual(43);
    const quoted = result.findings.filter(
      (finding) =>
        finding.code === "PARSE_CELL_AMBIGUOUS" &&
        ["unavailableNeedsCreation", "notProcessedExcessive"].includes(String(finding.path[1])),
    );
    expect(quoted.map((finding) => finding.actual)).toEqual([
      "1006 | 1006 | 1006 | 1006 | 1006 | 1006 | 1006 | 3 | 4 | 5 | 6 | 7 | 8 | 9",
      "1009 | 1009 | 1010 | 1010 | 1010 | 1010 | 1010",
    ]);
  });
});

// The same PDF in pdftotext's stream order: the piece of the side column (`供`) stands on a line
// of its own between the row's run and the line of its last digits. Those digits ended after the
// word were dropped, and the row read as its first four digits (1006 for 10063 …).
describe("pdftotext's stream order of numbers wrapped in narrow cells", () => {
  it("quotes a whole run followed, after words, by a line of values no row is left to own", () => {
    const result = parseText(text("shanghai-2019-chromium-wrapped-numbers.stream.txt"));
    const oracle = fromJSON(distinctValues(shanghai2019Report, { start: 9950, fillNulls: true }));
    const { right, wrong } = compareCells(cellsOf(result.report), cellsOf(oracle.report));
    expect(wrong).toEqual([]);
    expect(right.length).toBeGreaterThanOrEqual(22);
    const quoted = result.findings.find(
      (finding) =>
        finding.code === "PARSE_CELL_AMBIGUOUS" && finding.path[1] === "unavailableNeedsCreation",
    );
    expect(quoted?.actual).toMatch(/^1006 \| (1006 \| ){6}3 \| 4 \| 5 \| 6 \| 7 \| 8 \| 9/);
  });
});

// Chromium's print in a monospaced font (DejaVu Sans Mono, borders) of Shanghai 2019 with every
// value distinct, in pdftotext's stream order: a two-cell row of table 二 prints one value before
// its label and one on the label's line (`20` then `行政事业性收费 19`; `22` then `政府集中采购 21`).
// The row's one value shares the label's line; no identity checks table 二's rows, so `19` split
// as glued digits (1 | 9) is no surer than `19` with the other cell lost. Both were placed split
// before (1 | 9 and 2 | 1): four wrong cells.
// github-012 printed by Chromium without borders, in pdftotext's stream order: after
// 8.属于行政查询事项's run, a piece of the side column (`度办`) and 1.本机关不掌握相关政府信息's run
// (`7 0 0 0 0 0 7`), then its label, then 2.没有现成信息…'s zeros, then its label. The row of
// 1.本机关不掌握 took 2.'s zeros: 0 for its 7 (two cells wrong).
describe("pdftotext's stream order of a run printed before its label", () => {
  it("quotes the row after a run no row owned, its values after its label maybe the next row's", () => {
    const result = parseText(text("github-012-chromium-no-borders.stream.txt"));
    const { right, wrong } = compareCells(cellsOf(result.report), corpus("github-012.txt"));
    expect(wrong).toEqual([]);
    expect(right.length).toBeGreaterThanOrEqual(99);
    expect(cellsOf(result.report).has("applications.unavailableNotHeld.naturalPerson")).toBe(false);
    const quoted = result.findings.find(
      (finding) =>
        finding.code === "PARSE_CELL_AMBIGUOUS" && finding.path[1] === "unavailableNotHeld",
    );
    expect(quoted?.actual).toBe("0 | 0 | 0 | 0 | 0 | 0 | 0");
  });
});

describe("pdftotext's stream order of table 二 in a monospaced font", () => {
  it("places no split of a value sharing its label's line that no identity checks", () => {
    const result = parseText(text("shanghai-2019-chromium-mono.stream.txt"));
    const oracle = fromJSON(distinctValues(shanghai2019Report, { fillNulls: true }));
    const { wrong } = compareCells(cellsOf(result.report), cellsOf(oracle.report));
    expect(wrong).toEqual([]);
    const quoted = (row: string) =>
      result.findings
        .filter((finding) => finding.path.join(".") === `activeDisclosure.${row}`)
        .map((finding) => [finding.code, finding.actual]);
    const table = toJSON(result.report!).activeDisclosure as Record<string, unknown>;
    expect([table.fees, table.procurement]).toEqual([{}, {}]);
    expect(quoted("fees")).toEqual([["PARSE_CELL_AMBIGUOUS", "19"]]);
    expect(quoted("procurement")).toEqual([["PARSE_CELL_AMBIGUOUS", "21"]]);
  });
});
