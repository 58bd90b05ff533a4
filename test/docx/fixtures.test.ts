/**
 * The committed Word fixtures (made by LibreOffice from reports rendered by toHTML, see
 * scripts/docx-fixtures.ts) read back to their source reports: their grids have the official
 * merged cells, and parseDocx gives the source report's tables, texts, year and template.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/docx/read.js";
import { parseDocx } from "../../src/docx.js";
import { fromJSON, parseText, type Report, toJSON, toText } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { corpus } from "../read/support.js";
import { distinctValues } from "../system/support.js";
import { grids, texts } from "./support.js";

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/docx/${name}.docx`, import.meta.url)));

/** The report the Pingtan fixture was rendered from: corpus github-014 as parseText reads it. */
const pingtanReport = parseText(corpus("github-014").text).report!;

const sources: readonly (readonly [string, Report])[] = [
  ["seed-2022", seedReport],
  ["seed-2022-numbered", seedReport],
  ["shanghai-2019", shanghai2019Report],
  ["pingtan-2021", pingtanReport],
  // Table 二's headers typed over two rows of the table; and its labels and first values each
  // spanning, in alternate rows, a column 0.6 cm wide between them (see the next describe).
  ["shanghai-2019-headers-two-rows", shanghai2019Report],
  ["shanghai-2019-offset-column", shanghai2019Report],
];

const TABLES = ["activeDisclosure", "applications", "reviewsAndLitigation"] as const;
const TEXTS = ["preamble", "overview", "problemsAndImprovements", "otherMatters"] as const;

describe("the Word fixtures", () => {
  it("the Pingtan source report has its tables (so that comparing them can fail)", () => {
    expect(pingtanReport.applications?.newlyReceived?.total).toBeTypeOf("number");
    expect(pingtanReport.activeDisclosure?.licensing).toEqual({ decisions: 2293 });
  });

  it.each(sources)(
    "%s reads back to its source report's tables, texts, year and template",
    async (name, source) => {
      const { report } = await parseDocx(fixture(name));
      expect(report).toBeDefined();
      const read = toJSON(report!) as Record<string, unknown>;
      const expected = toJSON(source) as Record<string, unknown>;
      for (const key of [...TABLES, ...TEXTS, "year", "template"]) {
        expect(read[key], key).toEqual(expected[key]);
      }
      expect(read["activeDisclosure"]).toBeDefined();
    },
  );

  it.each(sources)(
    "%s is read with no finding that the source report's own reading lacks",
    async (name, source) => {
      const { findings } = await parseDocx(fixture(name));
      const fromText = parseText(toText(source)).findings.map(
        (f) => `${f.code} ${f.path.join(".")}`,
      );
      const codes = findings.map((f) => `${f.code} ${f.path.join(".")}`);
      expect(codes.filter((code) => !fromText.includes(code))).toEqual([]);
    },
  );

  it("the seed fixture's table 三 grid has the official merged cells (LibreOffice's gridSpan and vMerge)", () => {
    const tables = grids(readDocx(fixture("seed-2022")).document?.blocks);
    expect(tables).toHaveLength(3);
    const [header1, header2, header3, first, , results] = tables[1]!.rows;
    expect(header1).toEqual([
      {
        text: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        rowSpan: 3,
        colSpan: 3,
      },
      { text: "申请人情况", colSpan: 7 },
    ]);
    expect(header2).toEqual([
      { text: "自然人", rowSpan: 2 },
      { text: "法人或其他组织", colSpan: 5 },
      { text: "总计", rowSpan: 2 },
    ]);
    expect(header3?.map((cell) => cell.text)).toEqual([
      "商业企业",
      "科研机构",
      "社会公益组织",
      "法律服务机构",
      "其他",
    ]);
    expect(first?.[0]).toEqual({ text: "一、本年新收政府信息公开申请数量", colSpan: 3 });
    // 三、本年度办理结果 spans its 22 result rows of the 2021 template.
    expect(results?.slice(0, 2)).toEqual([
      { text: "三、本年度办理结果", rowSpan: 22 },
      { text: "（一）予以公开", colSpan: 2 },
    ]);
    // Every row covers the table's ten grid columns once the spans from above are counted.
    expect(columnsCovered(tables[1]!.rows)).toEqual(Array(tables[1]!.rows.length).fill(10));
  });

  it.each(sources.slice(0, 3))(
    "%s reads the same with table 三 split in two by a page break (two w:tbl, merges cut)",
    async (name, source) => {
      const files = unzipSync(fixture(name));
      const xml = strFromU8(files["word/document.xml"]!);
      const table = xml.indexOf("<w:tbl>", xml.indexOf("<w:tbl>") + 1);
      const properties = xml.slice(table, xml.indexOf("<w:tr>", table));
      let cut = table;
      for (let row = 0; row < 12; row++) cut = xml.indexOf("</w:tr>", cut) + "</w:tr>".length;
      const split = `</w:tbl><w:p><w:r><w:br w:type="page"/></w:r></w:p>${properties}`;
      files["word/document.xml"] = strToU8(xml.slice(0, cut) + split + xml.slice(cut));
      const bytes = zipSync(files);
      expect(grids(readDocx(bytes).document?.blocks)).toHaveLength(4);
      const { report } = await parseDocx(bytes);
      expect(toJSON(report!).applications).toEqual(toJSON(source).applications);
    },
  );

  it("the numbered fixture's headings hold no number: Word's numbering gives it", () => {
    const xml = readDocxPart(fixture("seed-2022-numbered"), "word/document.xml");
    expect(xml).toContain("<w:t>总体情况</w:t>");
    expect(xml).not.toContain("一、总体情况");
    const headings = texts(readDocx(fixture("seed-2022-numbered")).document?.blocks).filter((t) =>
      /^[一二三四五六]、/.test(t),
    );
    expect(headings).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
  });

  // LibreOffice writes HTML's <sup> as runs moved up by w:position (8 half-points, printed
  // smaller), not as w:vertAlign: `7` and a raised `1` read 71, a raised `2` before `25` read 225,
  // a raised `12` after `9` read 912 (docx/raised.ts). A value struck out before its correction
  // (w:strike) read 9404.
  it("seed-2022-footnotes: marks beside the values are no digits of them, a struck value no number", async () => {
    const bytes = fixture("seed-2022-footnotes");
    const xml = readDocxPart(bytes, "word/document.xml");
    // What the fixture holds (so that reading it right can fail).
    expect(xml.match(/<w:position w:val="8"\/>/g)?.length).toBeGreaterThan(100);
    expect(xml).toMatch(
      /<w:t>\d<\/w:t><\/w:r><w:r><w:rPr><w:position w:val="8"\/><w:sz w:val="19"\/><\/w:rPr><w:t>12<\/w:t>/,
    );
    expect(xml).toContain("<w:strike/></w:rPr><w:t>9</w:t>");
    const { report, findings } = await parseDocx(bytes);
    const read = toJSON(report!) as Record<string, Record<string, unknown>>;
    const expected = toJSON(seedReport) as Record<string, Record<string, unknown>>;
    expect(read["activeDisclosure"]!["licensing"]).toEqual({});
    read["activeDisclosure"]!["licensing"] = expected["activeDisclosure"]!["licensing"];
    for (const key of TABLES) expect(read[key], key).toEqual(expected[key]);
    const unreadable = findings.filter((f) => f.code === "PARSE_CELL_UNREADABLE");
    expect(unreadable.map((f) => f.path.join("."))).toEqual([
      "activeDisclosure.licensing.decisions",
    ]);
    expect(unreadable[0]!.message).toContain("9\u0336 404");
  });
});

describe("table 二 laid out as offices lay Word tables out (so that reading it right can fail)", () => {
  const first = (name: string) => grids(readDocx(fixture(name)).document?.blocks)[0]!;
  const printed = (cells: readonly { text: string; colSpan?: number }[]) =>
    cells.map((cell) => [cell.text, cell.colSpan ?? 1]);

  it("shanghai-2019-headers-two-rows prints each header over two rows, neither a whole header", () => {
    const rows = first("shanghai-2019-headers-two-rows").rows;
    const at = rows.findIndex((cells) => cells[1]?.text === "上一年项");
    expect(printed(rows[at]!)).toEqual([
      ["信息", 1],
      ["上一年项", 1],
      ["本年增", 1],
      ["处理决", 1],
    ]);
    expect(printed(rows[at + 1]!)).toEqual([
      ["内容", 1],
      ["目数量", 1],
      ["/减", 1],
      ["定数量", 1],
    ]);
  });

  it("shanghai-2019-offset-column has a column that alternate rows' labels and first values span", () => {
    const rows = first("shanghai-2019-offset-column").rows;
    const row = (label: string) => printed(rows.find((cells) => cells[0]?.text === label)!);
    expect(row("信息内容")).toEqual([
      ["信息内容", 2],
      ["本年新制作数量", 1],
      ["本年新公开数量", 1],
      ["对外公开总数量", 1],
    ]);
    expect(row("规章")).toEqual([
      ["规章", 2],
      ["13", 1],
      ["13", 1],
      ["524", 1],
    ]);
    expect(row("规范性文件")).toEqual([
      ["规范性文件", 1],
      ["60", 2],
      ["60", 1],
      ["368", 1],
    ]);
    // Wide enough to be a column of its own (a sliver narrower than 0.35 cm is dropped).
    const xml = readDocxPart(fixture("shanghai-2019-offset-column"), "word/document.xml");
    expect(xml).toMatch(/<w:tblGrid><w:gridCol w:w="\d+"\/><w:gridCol w:w="340"\/>/);
  });
});

describe("seed-distinct-pandoc: pandoc's label cells a column short", () => {
  // pandoc 2.17 (HTML → docx) writes the gridSpan of a label spanning columns one short: in table
  // 三's rows 一、, 二、, （一）, （二）, （七） and 四、 the first value stands under the label
  // header and the last column (总计) is blank, each value a column left of its header.
  const source = fromJSON(distinctValues(seedReport)).report!;
  const shifted = [
    "newlyReceived",
    "carriedOver",
    "disclosed",
    "partiallyDisclosed",
    "totalHandled",
    "carriedForward",
  ];

  it("the fixture prints those rows a column left (so that reading it right can fail)", () => {
    const table = grids(readDocx(fixture("seed-distinct-pandoc")).document?.blocks)[1]!;
    const row = table.rows.find((cells) => cells[0]?.text.startsWith("一、本年新收"))!;
    expect(row.map((cell) => [cell.text, cell.colSpan ?? 1])).toEqual([
      ["一、本年新收政府信息公开申请数量", 2],
      ...["11", "12", "13", "14", "15", "16", "17", ""].map((text) => [text, 1]),
    ]);
  });

  it("places no value of a shifted row and quotes each row's printed values; the others read right", async () => {
    const { report, findings } = await parseDocx(fixture("seed-distinct-pandoc"));
    const read = toJSON(report!) as Record<string, Record<string, unknown>>;
    const expected = toJSON(source) as Record<string, Record<string, unknown>>;
    for (const key of shifted) expect(read["applications"]![key], key).toEqual({});
    const ambiguous = findings.filter((f) => f.code === "PARSE_CELL_AMBIGUOUS");
    expect(ambiguous.map((f) => f.path.join("."))).toEqual(shifted.map((k) => `applications.${k}`));
    const values = (key: string) => Object.values(expected["applications"]![key]!).join(" | ");
    // Every printed value quoted, the blank last cell with them.
    expect(ambiguous.map((f) => f.actual)).toEqual(shifted.map((key) => `${values(key)} | `));
    for (const key of shifted) {
      delete read["applications"]![key];
      delete expected["applications"]![key];
    }
    for (const key of TABLES) expect(read[key], key).toEqual(expected[key]);
  });
});

describe("seed-marks-pandoc: pandoc's label cells a column short, the first value no number", () => {
  // As seed-distinct-pandoc, with 自然人 of 一、 printed blank, of 二、 `/` and of （一） `—`: no
  // number stands between those rows' labels and the first header, only the blank or mark under
  // the label header. The other three shifted rows print a number there.
  const json = distinctValues(seedReport) as {
    applications: Record<string, Record<string, unknown>>;
  };
  json.applications["newlyReceived"]!["naturalPerson"] = null;
  json.applications["carriedOver"]!["naturalPerson"] = { mark: "/" };
  json.applications["disclosed"]!["naturalPerson"] = { mark: "—" };
  const source = fromJSON(json).report!;
  const marked = { newlyReceived: "", carriedOver: "/", disclosed: "—" };

  it("the fixture prints those rows a column left, their first cell no number", () => {
    const table = grids(readDocx(fixture("seed-marks-pandoc")).document?.blocks)[1]!;
    for (const [start, first] of [
      ["一、本年新收", ""],
      ["二、上年结转", "/"],
    ]) {
      const row = table.rows.find((cells) => cells[0]?.text.startsWith(start!))!;
      expect(row.map((cell) => cell.colSpan ?? 1)).toEqual([2, 1, 1, 1, 1, 1, 1, 1, 1]);
      expect(row[1]!.text).toBe(first);
      expect(row[8]!.text).toBe("");
    }
  });

  it("places no value of a shifted row and quotes each row's printed cells", async () => {
    const { report, findings } = await parseDocx(fixture("seed-marks-pandoc"));
    const read = toJSON(report!) as Record<string, Record<string, unknown>>;
    const expected = toJSON(source) as Record<string, Record<string, unknown>>;
    for (const key of Object.keys(marked)) expect(read["applications"]![key], key).toEqual({});
    const ambiguous = findings.filter((f) => f.code === "PARSE_CELL_AMBIGUOUS");
    for (const [key, first] of Object.entries(marked)) {
      const rest = Object.values(expected["applications"]![key]!).slice(1).join(" | ");
      expect(ambiguous.find((f) => f.path[1] === key)?.actual, key).toBe(`${first} | ${rest} | `);
    }
  });
});

function readDocxPart(bytes: Uint8Array, name: string): string {
  return strFromU8(unzipSync(bytes, { filter: (file) => file.name === name })[name]!);
}

/** The grid columns each row covers, counting the cells that rows above span into it. */
function columnsCovered(
  rows: readonly (readonly { rowSpan?: number; colSpan?: number }[])[],
): number[] {
  const pending: number[] = [];
  return rows.map((row, index) => {
    const fromAbove = pending[index] ?? 0;
    let width = 0;
    for (const cell of row) {
      const colSpan = cell.colSpan ?? 1;
      width += colSpan;
      for (let below = 1; below < (cell.rowSpan ?? 1); below++) {
        pending[index + below] = (pending[index + below] ?? 0) + colSpan;
      }
    }
    return width + fromAbove;
  });
}
