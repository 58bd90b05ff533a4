/**
 * A page's text joined by `|` (BeautifulSoup's `get_text("|")`): each table row on its line, a
 * blank cell not written at all, and the empty elements after the table as lone `|` lines. The
 * lines were read as the last row's blank cells, which made its five values for seven cells a
 * whole row, placed from the left with no finding (a hunt of 2026-12-06: 四、结转下年度继续办理 read
 * 1179 1181 1182 1184 1185 into 自然人 … 法律服务机构, printed with 1180 and 1183 left blank).
 */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";

const text = [
  "|一、本年新收政府信息公开申请数量|1011|1013|1014|1016|1017|",
  "|二、上年结转政府信息公开申请数量|1019|1020|1022|1023|",
  "|3.其他|1166|1167|1169|1170|",
  "|四、结转下年度继续办理|1179|1181|1182|1184|1185|",
].join("\n");

const read = (source: string) => {
  const result = parseText(source);
  const applications = result.report?.applications as Record<string, object> | undefined;
  const quoted = result.findings
    .filter((f) => f.code === "PARSE_CELL_AMBIGUOUS")
    .map((f) => f.path.join("."));
  return { carriedForward: applications?.["carriedForward"], quoted };
};

describe("rows written on their lines, lone `|` lines after the table", () => {
  it("places no value of a row short of cells, whatever lines follow it", () => {
    for (const after of ["", "\n|\n|\n", "\n|\n", "\n|\n|\n|\n|\n"]) {
      const { carriedForward, quoted } = read(text + after);
      expect(carriedForward).toEqual({});
      expect(quoted).toContain("applications.carriedForward");
    }
  });
});

/**
 * python-docx's text of a Word table, each row's cells joined with ` | ` (`row.cells` repeats a
 * merged cell in every grid column it spans): a row ending in a blank cell ends in `| `, and the
 * next row starts with its merged labels repeated. The blank cell and the next row's first label
 * were read as one cell of words, the row a cell short: its `54 | 55` was split as glued digits,
 * 5, 4 and 55 placed with PARSE_CELLS_RECOVERED (a hunt of 2026-12-06, the 2019 template).
 */
describe("rows joined with ` | `, a blank last cell, the next row's merged labels repeated", () => {
  const docx = [
    "某某局2019年政府信息公开工作年度报告",
    "三、收到和处理政府信息公开申请情况",
    "一、本年新收政府信息公开申请数量 | 一、本年新收政府信息公开申请数量 | 一、本年新收政府信息公开申请数量 | 33 | 34 |  |  | 35 | 36 | 37",
    "三、本年度办理结果 | （一）予以公开 | （一）予以公开 | 40 | 41 |  |  | 42 | 43 | ",
    "三、本年度办理结果 | （四）无法提供 | 2.没有现成信息需要另行制作 | 54 | 55 |  |  |  |  | ",
    "三、本年度办理结果 | （七）总计 | （七）总计 | 61 | 62 |  |  | 63 | 64 | 65",
  ].join("\n");

  it("reads the blank last cell as blank and every value whole", () => {
    const result = parseText(docx);
    const applications = result.report?.applications;
    expect(applications?.unavailableNeedsCreation).toEqual({
      naturalPerson: 54,
      commercialEnterprise: 55,
      researchInstitution: null,
      socialWelfareOrganization: null,
      legalServiceInstitution: null,
      otherOrganization: null,
      total: null,
    });
    expect(applications?.disclosed.total).toBeNull();
    expect(result.findings.map((f) => f.code)).not.toContain("PARSE_CELLS_RECOVERED");
  });
});
