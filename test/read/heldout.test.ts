/**
 * Held-out real reports (test/fixtures/heldout/ to heldout6/, sources in their READMEs): published
 * pages the readers were not written against, each with its cells as printed, typed by hand from
 * the source (`*.cells.json`; for the HTML page, from its `<td>` markup). Sets 2 to 6 were each
 * collected and measured after the sets before them had been used to tune the readers. The readers must read no number wrong; a cell they leave absent must carry a finding
 * that covers it; the year, template and title must be the report's.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Finding, parseText } from "../../src/index.js";
import { cellsOf } from "../support/cells.js";
import {
  HELDOUT_SETS,
  type HeldOut,
  type HeldOutSet,
  heldOutDir,
  heldOutNames,
  loadHeldOut,
} from "../support/heldout.js";
import { reportText } from "../support/reporttext.js";

const LOADED = new Map(
  HELDOUT_SETS.map((set) => [
    set,
    new Map(heldOutNames(set).map((name) => [name, loadHeldOut(set, name)])),
  ]),
);
const heldIn = (set: HeldOutSet, name: string): HeldOut => LOADED.get(set)!.get(name)!;
const held = (name: string) => heldIn("heldout", name);
/** Every report of every set, as `set/name`, for it.each. */
const ALL = HELDOUT_SETS.flatMap((set) => heldOutNames(set).map((name) => `${set}/${name}`));
const byId = (id: string): HeldOut => {
  const [set, name] = id.split("/") as [HeldOutSet, string];
  return heldIn(set, name);
};

/** Whether a finding is about the cell at `path` (its own path, or its row's, table's). */
function covers(finding: Finding, path: string): boolean {
  const parts = path.split(".");
  return finding.path.length > 0 && finding.path.every((part, index) => parts[index] === part);
}

describe("held-out real reports", () => {
  it.each(HELDOUT_SETS)("%s: at least fifteen (sets 2 to 4: twenty), with their cells", (set) => {
    expect(heldOutNames(set).length).toBeGreaterThanOrEqual(set === "heldout" ? 15 : 20);
  });

  it.each(ALL)("%s: no number read wrong", (id) => {
    expect(byId(id).compared.wrong).toEqual([]);
  });

  it.each(ALL)("%s: the report's year", (id) => {
    const { result, oracle } = byId(id);
    if (oracle.yearOnlyAsSpan && result.report?.year === null) {
      expect(result.findings.map((finding) => finding.code)).toContain("PARSE_YEAR_UNCERTAIN");
    } else expect(result.report?.year).toBe(oracle.year);
  });

  // A stated year (title, statistical period) makes the template the law's; with a weaker one
  // (PARSE_YEAR_UNCERTAIN) the printed layout decides (lueyang-zrzy-2021 prints 2019's).
  it.each(ALL)("%s: the template, where the year is stated", (id) => {
    const { result, oracle } = byId(id);
    const weak = result.findings.some((finding) => finding.code === "PARSE_YEAR_UNCERTAIN");
    if (!weak) expect(result.report?.template).toBe(oracle.template);
  });

  it.each(ALL)("%s: a cell left absent has a finding about it", (id) => {
    const { result, compared } = byId(id);
    const silent = compared.absent.filter(
      (path) => !result.findings.some((finding) => covers(finding, path)),
    );
    expect(silent).toEqual([]);
  });
});

describe("yueyang-nanhu-2019: table 三 rows printing `3 | 3` before the page's span padding", () => {
  const { result } = held("yueyang-nanhu-2019");
  const cells = cellsOf(result.report);

  it("places neither 3 in an applicant column by position (自然人 3, 商业企业 3 was the old reading)", () => {
    for (const row of ["newlyReceived", "disclosed"]) {
      expect(cells.get(`applications.${row}.commercialEnterprise`)).toBeUndefined();
      expect(cells.get(`applications.${row}.total`)).toBeUndefined();
    }
  });

  it("quotes the printed values in one finding a row", () => {
    const ambiguous = result.findings.filter((f) => f.code === "PARSE_CELL_AMBIGUOUS");
    expect(ambiguous.map((f) => [f.path.join("."), f.actual])).toEqual([
      ["applications.newlyReceived", "3 | 3"],
      ["applications.carriedOver", "0 | 0"],
      ["applications.disclosed", "3 | 3"],
    ]);
  });
});

describe("tongzhou-2019: table 二 without its first caption, and a stuttered sign", () => {
  const { result, oracle } = held("tongzhou-2019");
  const cells = cellsOf(result.report);

  it("reads 规章 and 规范性文件 under the label column's header alone", () => {
    for (const row of ["regulations", "normativeDocuments"]) {
      for (const column of ["newlyMade", "newlyPublished", "totalPublished"]) {
        const path = `activeDisclosure.${row}.${column}`;
        expect(cells.get(path)).toBe(JSON.stringify(oracle.cells[path]));
      }
    }
  });

  it("reads 行政处罚 `253 | --253 | 0` by position, the stuttered cell alone left unreadable", () => {
    expect(cells.get("activeDisclosure.punishment.previousItems")).toBe("253");
    expect(cells.get("activeDisclosure.punishment.decisions")).toBe("0");
    expect(cells.get("activeDisclosure.punishment.change")).toBeUndefined();
    expect(
      result.findings.filter((f) => f.path.join(".").startsWith("activeDisclosure.punishment")),
    ).toMatchObject([
      { code: "PARSE_CELL_UNREADABLE", path: ["activeDisclosure", "punishment", "change"] },
    ]);
  });
});

describe("the title among a CMS page's property fields", () => {
  it("shuyang-fgj-2023.html: 名称 | title | is the title field, the others are read by their labels", () => {
    const { report } = held("shuyang-fgj-2023").result;
    expect(report?.agency.name).toBe("沭阳县发展和改革局");
    expect(report?.meta).toMatchObject({
      title: "沭阳县发展和改革局2023年政府信息公开年度报告",
      publisher: "沭阳县发展和改革局",
      publishedOn: "2024-01-17",
      indexNumber: "014314799/2024-00002",
    });
  });

  it("shanhaiguan-nanguan-2024: 名称:title | is the title field", () => {
    const { report } = held("shanhaiguan-nanguan-2024").result;
    expect(report?.agency.name).toBe("山海关区南关街道办事处");
    expect(report?.meta?.title).toBe("山海关区南关街道办事处 2024年政府信息公开工作年度报告");
  });

  it("tongzhou-2019: a sentence ending in 制作本报告。 is no title", () => {
    expect(held("tongzhou-2019").result.report?.meta?.title).toBeUndefined();
  });
});

describe("flipbook-sjj-2020-p9: page 9 of a flipbook, table 四 after a sentence with a year", () => {
  const { result, oracle } = held("flipbook-sjj-2020-p9");

  it("reads table 四's fifteen cells past the sentence's 2020", () => {
    const cells = cellsOf(result.report);
    const reviews = Object.keys(oracle.cells).filter((path) => path.startsWith("reviews"));
    expect(reviews).toHaveLength(15);
    for (const path of reviews) expect(cells.get(path)).toBe("0");
  });

  it("takes the year from the page's heading 2020年报, as the weakest evidence", () => {
    expect(result.report?.year).toBe(2020);
    expect(result.findings.filter((f) => f.code === "PARSE_YEAR_UNCERTAIN")).toMatchObject([
      { actual: 2020 },
    ]);
  });
});

it("baiyin-tjj-2020: the title on a line of its own, not as the value of 关键字:", () => {
  const { report } = held("baiyin-tjj-2020").result;
  expect(report?.meta?.title).toBe("白银区统计局2020年政府信息公开工作年度报告");
  expect(report?.agency.name).toBe("白银区统计局");
});

describe("table 四 after prose (readReviews)", () => {
  const text = (between: string) =>
    [
      "某局2020年政府信息公开工作年度报告",
      "四、政府信息公开行政复议、行政诉讼情况",
      "2020 年,我单位对形成的政府信息实现了依法、有序公开,未出现申请行政复议、提起行政诉讼的情况。",
      "行政复议 行政诉讼",
      between,
      "五、存在的主要问题及改进情况",
      "无。",
    ].join("\n");

  it("takes the fifteen values after the prose, whole and uninterrupted", () => {
    const { report } = parseText(text("0 0 0 1 1 0 0 0 0 0 0 0 0 0 0"));
    expect(report?.reviewsAndLitigation?.administrativeReview).toMatchObject({
      pending: 1,
      total: 1,
    });
  });

  it("places nothing of values after the prose that are not the table's cells exactly", () => {
    // The prose holds a number that may be a value (`共 3 件`): the values after it are taken only
    // as a clean run of fifteen. (Its `2020 年` is a year, no value: see the next test.)
    const counted = (between: string) =>
      text(between).replace("未出现申请", "共收到申请 3 件,未出现申请");
    const { report } = parseText(counted("0 0 0 1 1 0 0 结果 0 0 0 0 0 0 0 0"));
    const cells = cellsOf(report);
    expect(
      [...cells].filter(([path]) => path.startsWith("reviews")).map(([, v]) => v),
    ).not.toContain("3");
    expect(cells.get("reviewsAndLitigation.administrativeReview.pending")).toBeUndefined();
  });

  it("reads a prose holding only a year (`2020 年`) as a prose holding no number", () => {
    // Before, the year was the prose's one value, and the run after it, interrupted by a word,
    // was not taken; now the run is read as in a table without the prose (its totals hold).
    const between = "0 0 0 1 1 0 0 结果 0 0 0 0 0 0 0 0";
    const withYear = cellsOf(parseText(text(between)).report);
    const without = cellsOf(parseText(text(between).replace("2020 年,", "")).report);
    expect(withYear).toEqual(without);
    expect([...withYear.values()]).not.toContain("2020");
  });
});

describe("hanyang-bgs-2022 (set 2): table 三 told in a sentence before it is printed", () => {
  const { result } = heldIn("heldout2", "hanyang-bgs-2022");
  const cells = cellsOf(result.report);

  it("reads 一 and 二 from the table, and nothing of the rows the excerpt does not print", () => {
    expect(cells.get("applications.newlyReceived.total")).toBe("8");
    expect(cells.get("applications.carriedOver.total")).toBe("0");
    // Main read the sentence's 部分公开 as that row and gave it 一's values, 8|0|0|0|0|0|8.
    for (const row of ["disclosed", "partiallyDisclosed"]) {
      expect(
        [...cells].filter(([path, v]) => path.startsWith(`applications.${row}.`) && v !== "null"),
      ).toEqual([]);
    }
  });
});

describe("heldout3: table 二 headers as the pages misprint them", () => {
  it("hechuan-erlang-2019: `上一年项目数量 | 本年数量 | 处理决定数量` reads the named columns by position, 本年数量 nowhere", () => {
    const { result } = heldIn("heldout3", "hechuan-erlang-2019");
    const cells = cellsOf(result.report);
    expect(cells.get("activeDisclosure.otherServices.previousItems")).toBe("6");
    expect(cells.get("activeDisclosure.otherServices.decisions")).toBe("122");
    expect(cells.get("activeDisclosure.procurement.totalAmount")).toBe('"153103.83"');
    // 6 is this year's item count, not a change: not placed under 本年增/减, and said.
    expect(cells.get("activeDisclosure.otherServices.change")).toBeUndefined();
    const said = result.findings.find(
      (f) => f.path.join(".") === "activeDisclosure.otherServices.change",
    );
    expect(said?.code).toBe("PARSE_CELL_UNREADABLE");
    expect(said?.message).toContain("本年数量 6");
  });

  it.each([
    ["ningqiang-zrzy-2021", "normativeDocuments", "issued"],
    ["shaoxing-donghu-2023", "normativeDocuments", "repealed"],
  ])(
    "%s: this template's header, cut or with its year inside, reads %s.%s",
    (name, row, column) => {
      const { result, oracle } = heldIn("heldout3", name);
      const path = `activeDisclosure.${row}.${column}`;
      expect(cellsOf(result.report).get(path)).toBe(JSON.stringify(oracle.cells[path]));
    },
  );
});

describe("heldout4: a copy writing each cell `text |` on its line, a blank cell as a lone `|`", () => {
  it("erdao-fwzs-2022: a row printed blank and closed by `||` reads as blank cells, not unreadable", () => {
    const { result } = heldIn("heldout4", "erdao-fwzs-2022");
    const cells = cellsOf(result.report);
    for (const row of [
      "partiallyDisclosed",
      "withheldProhibitedByLaw",
      "withheldEnforcementFile",
    ]) {
      expect(cells.get(`applications.${row}.naturalPerson`)).toBe("null");
      expect(cells.get(`applications.${row}.total`)).toBe("null");
    }
  });

  // The lone `|` lines before `||` are cells only while the row has room for them: a note printed
  // in a cell of its own before the values (blank once read as a note) makes eight cells of seven
  // columns, and whether the extra one is before the `3` or after it is not printed.
  it("erdao-fwzs-2022 with 部分公开's note in a cell of its own: the `3` is placed nowhere", () => {
    const raw = readFileSync(`${heldOutDir("heldout4")}erdao-fwzs-2022.txt`, "utf8");
    const printed =
      "(二)部分公开(区分处理的,只计这一情况,不计其他情形) |\n|\n|\n|\n|\n|\n|\n|\n||\n";
    const noted =
      "(二)部分公开 |\n(区分处理的,只计这一情况,不计其他情形) |\n3 |\n|\n|\n|\n|\n|\n|\n||\n";
    expect(raw).toContain(printed);
    const result = parseText(reportText(raw).replace(printed, noted));
    const cells = cellsOf(result.report);
    expect(
      [...cells].filter(([path]) => path.startsWith("applications.partiallyDisclosed.")),
    ).toEqual([]);
    expect(
      result.findings.some(
        (finding) =>
          finding.code === "PARSE_CELL_AMBIGUOUS" &&
          covers(finding, "applications.partiallyDisclosed.naturalPerson"),
      ),
    ).toBe(true);
  });

  it("derong-wjj-2019: 行政事业性收费 `0 |`, a lone `|`, then `||` reads 0 and a blank 本年增/减", () => {
    const cells = cellsOf(heldIn("heldout4", "derong-wjj-2019").result.report);
    expect(cells.get("activeDisclosure.fees.previousItems")).toBe("0");
    expect(cells.get("activeDisclosure.fees.change")).toBe("null");
  });
});

describe("heldout5: reports whose year is printed only in the overview's prose", () => {
  it.each(["jzzz-jiedao-2019", "wendeng-zjj-2019", "suixi-nyncj-2021"])(
    "%s: reads the year, as uncertain (main read none)",
    (name) => {
      const { result, oracle } = heldIn("heldout5", name);
      expect(result.report?.year).toBe(oracle.year);
      expect(
        result.findings.filter((f) => f.code === "PARSE_YEAR_UNCERTAIN").map((f) => f.actual),
      ).toEqual([oracle.year]);
    },
  );

  it("yuyang-tuofeng-2020: table 三 rows printing one `0` after collapsed blank lines place it nowhere, and quote it", () => {
    const { result } = heldIn("heldout5", "yuyang-tuofeng-2020");
    const cells = cellsOf(result.report);
    for (const row of ["newlyReceived", "carriedOver"]) {
      expect(
        [...cells].filter(([path, v]) => path.startsWith(`applications.${row}.`) && v !== "null"),
      ).toEqual([]);
    }
    expect(
      result.findings
        .filter((f) => f.code === "PARSE_CELL_AMBIGUOUS")
        .map((f) => [f.path.join("."), f.actual]),
    ).toEqual([
      ["applications.newlyReceived", "0"],
      ["applications.carriedOver", "0"],
    ]);
  });
});

describe("heldout6: a 2021 report printing sub-table （一） in the 2019 columns", () => {
  // rwldrm-jyj-2021: its （五）（六）（八） print 2021's headers; 2019's 处理决定数量, found inside 2021's
  // 本年处理决定数量, counted for 2019 and made it the template, leaving those rows ambiguous.
  const { result } = heldIn("heldout6", "rwldrm-jyj-2021");
  const cells = cellsOf(result.report);

  it("is read as 2021's (its year), with （五）（六）（八） in their 2021 cells", () => {
    expect(result.report?.template).toBe("2021");
    expect(cells.get("activeDisclosure.punishment.decisions")).toBe("0");
    expect(cells.get("activeDisclosure.coercion.decisions")).toBe("0");
    expect(cells.get("activeDisclosure.fees.amount")).toBe('"282.1"');
  });

  it("places （一）'s 2019 columns nowhere and quotes them in one TEMPLATE_MIXED", () => {
    expect(cells.get("activeDisclosure.regulations.issued")).toBeUndefined();
    const mixed = result.findings.filter((f) => f.code === "TEMPLATE_MIXED");
    expect(mixed.map((f) => f.path.join("."))).toEqual(["activeDisclosure.regulations"]);
    expect(mixed[0]!.message).toContain("规章 本年新制作数量 0");
  });
});
