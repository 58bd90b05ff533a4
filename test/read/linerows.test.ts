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
