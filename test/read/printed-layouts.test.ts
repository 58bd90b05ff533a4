/**
 * Documents of PDFs printed without ruling lines, as the PDF reader laid them out (text blocks and
 * grids whose columns were inferred from where the text stands): Chromium's and LibreOffice's
 * prints of the print hunt (scripts/print-hunt.ts, seeds 95 and 96), every value distinct, some
 * printed blank. Kept as the
 * document `sourceDocumentOf` made of each (test/fixtures/pdf-documents/, with the cells expected),
 * since the PDFs themselves embed 800 kB of fonts each. In each, printed values were read as
 * blank (`null`): a printed number reported as no number is a wrong reading a data team can't see.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocument, type SourceDocument } from "../../src/index.js";
import { cellsOf } from "../support/cells.js";

const fixture = (name: string, kind: "document" | "expected") =>
  JSON.parse(
    readFileSync(
      new URL(
        `../fixtures/pdf-documents/${name.startsWith("word-") ? "" : "hunt-"}${name}.${kind}.json`,
        import.meta.url,
      ),
      "utf8",
    ),
  ) as unknown;

function read(name: string) {
  const result = readDocument(fixture(name, "document") as SourceDocument);
  const expected = new Map(Object.entries(fixture(name, "expected") as Record<string, string>));
  const cells = cellsOf(result.report);
  // Printed values read as another value, or as blank: both are wrong readings.
  const wrong = [...expected].filter(([path, value]) => {
    const got = cells.get(path);
    return got !== undefined && got !== value && (value !== "null" || got !== "null");
  });
  return { result, cells, wrong };
}

describe("PDFs printed without ruling lines, as laid out", () => {
  it("reads table 四's header printed a letter or two a line as its header, not as its data row", () => {
    // `结` / `果` / `维` / `持` on lines of their own: no row names a header alone. Taken as the
    // data row, its letters went into the cells and the values under them (186 … 200, every
    // other cell blank) were read as fifteen blank cells.
    const { result, cells, wrong } = read("v03-s95-0");
    expect(wrong).toEqual([]);
    expect(cells.get("reviewsAndLitigation.administrativeReview.upheld")).toBe("186");
    expect(cells.get("reviewsAndLitigation.administrativeReview.corrected")).toBe("null");
    expect(cells.get("reviewsAndLitigation.litigationAfterReview.total")).toBe("200");
    expect(result.findings.filter((f) => f.path[0] === "reviewsAndLitigation")).toEqual([]);
  });

  it("reads a label cut over two grid rows, its values beside the second, as one row", () => {
    // After a page break, `5.要求行政机` stood on a row of its own and `关确认或重新出具已获取信息`
    // beside 156 … 162 on the next: the first was read as the row printed blank, the values
    // quoted as no row's.
    const { result, cells, wrong } = read("v16-s95-0");
    expect(wrong).toEqual([]);
    for (const [column, value] of [
      ["naturalPerson", "156"],
      ["total", "162"],
    ])
      expect(cells.get(`applications.notProcessedConfirmation.${column}`)).toBe(value);
    expect(
      result.findings.some(
        (f) => f.code === "PARSE_CELL_AMBIGUOUS" && String(f.actual).includes("156"),
      ),
    ).toBe(false);
  });

  it("quotes a row whose first values stand in its label's cell, not reading their columns blank", () => {
    // `息需要另行制114 115`: the values' columns read blank beside the label that holds them.
    const { result, cells, wrong } = read("v23-s95-0");
    expect(wrong).toEqual([]);
    expect(cells.has("applications.unavailableNeedsCreation.naturalPerson")).toBe(false);
    const quoted = result.findings.find(
      (f) =>
        f.code === "PARSE_CELL_AMBIGUOUS" &&
        f.path.join(".") === "applications.unavailableNeedsCreation",
    );
    expect(String(quoted?.actual)).toMatch(/^114 \| 115 \|.*117 \| 118 \|.*120$/);
  });

  it("quotes values under a cut label at that row when other words stand beside them", () => {
    // `（四）无2.没有现成信` alone on a row, then `法提供 | 息需要另行制114 115 | 作` and 116 … 120:
    // the group's words beside the label's rest, so no exact label. The row above was read as
    // printed blank (seven nulls) and the values quoted at the table; 107 108, at the end of
    // `1.本机关不掌握相关政府信107 108`, were quoted nowhere.
    const { result, cells, wrong } = read("v16-s95-1");
    expect(wrong).toEqual([]);
    expect(cells.has("applications.unavailableNeedsCreation.naturalPerson")).toBe(false);
    const quotes = result.findings.map((f) => `${f.code} ${f.path.join(".")} ${f.actual ?? ""}`);
    expect(quotes).toContain(
      "PARSE_CELL_AMBIGUOUS applications.unavailableNeedsCreation 114 | 115 | 116 | 117 | 118 | 119 | 120",
    );
    expect(quotes.some((q) => q.startsWith("PARSE_CELL_AMBIGUOUS applications 107 | 108 |"))).toBe(
      true,
    );
  });

  it("quotes values a page break left between grids with a label's first words", () => {
    // `（四）1. 95 96 97 98 99 100 101无法提本机`, the label's next lines below it, its last words
    // on the next page: the row was said unread, its values quoted nowhere.
    const { result, wrong } = read("v22-s95-0");
    expect(wrong).toEqual([]);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: "PARSE_CELL_AMBIGUOUS",
        path: ["applications"],
        actual: "95 | 96 | 97 | 98 | 99 | 100 | 101",
      }),
    );
  });

  it("reads a cut label's rest beside a group's words (LibreOffice, no lines, label centred)", () => {
    // `2.申请人逾期未按收费` alone on a row; below it `理` (of （六）其他处理) and the label's rest
    // beside 158 … 164: the rest under the cut label's own cell completes it.
    const { cells, wrong } = read("lo-c-centred-s96-0");
    expect(wrong).toEqual([]);
    expect(cells.get("applications.otherOverdueFee.naturalPerson")).toBe("158");
    expect(cells.get("applications.otherOverdueFee.total")).toBe("164");
  });
});

describe("reports saved as PDF by LibreOffice from their HTML, printed without lines", () => {
  // scripts/word-hunt.ts --fixtures: real reports (test/fixtures/corpus) with their own values or
  // marks, toHTML → soffice → PDF. LibreOffice drops the page's cell borders and sets the label
  // columns narrow: labels wrap over lines, values centred between them.
  const quoted = (result: ReturnType<typeof read>["result"], path: string) =>
    result.findings.find((f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === path)
      ?.actual;

  it("quotes a value set between a cut label's two lines, not reading the label's row blank", () => {
    // `5.属于三类内` / `5` / `部事务信息`, the rest taken by `6.属于四类过`'s row: 5 was read null.
    const { result, cells, wrong } = read("word-github-004-own-html");
    expect(wrong).toEqual([]);
    expect(cells.has("applications.withheldInternalAffairs.naturalPerson")).toBe(false);
    expect(String(quoted(result, "applications.withheldInternalAffairs"))).toMatch(/^5\b/);
    expect(cells.get("applications.withheldProcessInformation.naturalPerson")).toBe("3");
  });

  it("quotes a row whose mark stands against its label, not reading its column blank", () => {
    // `2.没有现成信息—` then `0 / — 0 0 0`: the first column was read blank.
    const { result, cells, wrong } = read("word-github-015-marks-html");
    expect(wrong).toEqual([]);
    expect(cells.has("applications.unavailableNeedsCreation.naturalPerson")).toBe(false);
    expect(String(quoted(result, "applications.unavailableNeedsCreation"))).toMatch(/^—/);
  });

  it("quotes a mark against its label in a row printed as if a column short", () => {
    // word-github-015's （一）予以公开 with its mark against its label (`（一）予以公开—`), its
    // first and last columns blank and a number under 其他 (`— | 0 / — — 21 |`): read a column
    // right, 21 would be its 总计, so which value is whose is not printed and the row is quoted.
    // The mark against the label was left out of the quote: printed, and reported nowhere.
    const document = fixture("word-github-015-marks-html", "document") as SourceDocument;
    const row = document.blocks
      .flatMap((block) => (block.kind === "table" ? block.grid.rows : []))
      .find((cells) => cells.some((cell) => cell.text === "（一）予以公开"));
    expect(row?.map((cell) => cell.text).slice(-7)).toEqual(["21", "0", "/", "—", "—", "/", "21"]);
    const printed = ["（一）予以公开—", "", "0", "/", "—", "—", "21", ""];
    for (const [at, column] of [3, 9, 10, 11, 12, 13, 14, 15].entries())
      (row![column] as { text: string }).text = printed[at]!;
    const result = readDocument(document);
    const cells = cellsOf(result.report);
    for (const column of ["naturalPerson", "total"])
      expect(cells.has(`applications.disclosed.${column}`)).toBe(false);
    expect(quoted(result, "applications.disclosed")).toBe("— |  | 0 | / | — | — | 21 | ");
  });

  it("quotes a table 二 row whose mark stands against its label, not reading its column blank", () => {
    // `其他对外管理服务事项—` then `0 /`: the — of 上一年项目数量 joined to the label, read blank.
    const { result, cells, wrong } = read("word-github-004-marks-html");
    expect(wrong).toEqual([]);
    for (const column of ["previousItems", "change", "decisions"])
      expect(cells.has(`activeDisclosure.otherServices.${column}`)).toBe(false);
    expect(quoted(result, "activeDisclosure.otherServices")).toBe("— |  | 0 | /");
    // The row above, its values apart from its label, reads as printed.
    expect(cells.get("activeDisclosure.licensing.previousItems")).toBe("0");
  });

  it("quotes a row whose mark ends its label's first line", () => {
    // `2.申请人逾期未—` / `按收费通知…`: the mark joined into the label, its column read blank.
    const { result, cells, wrong } = read("word-github-017-marks-html");
    expect(wrong).toEqual([]);
    expect(cells.has("applications.otherOverdueFee.naturalPerson")).toBe(false);
    expect(String(quoted(result, "applications.otherOverdueFee"))).toMatch(/^—/);
  });

  it("reads a cut label's rest beside values that are all marks as that row", () => {
    // `2.没有现成信` at a page's top, then `息需要另行制作 / / / / / / /`: read blank (nulls).
    const { cells, wrong } = read("word-github-012-mixed-html");
    expect(wrong).toEqual([]);
    for (const column of ["naturalPerson", "total"])
      expect(cells.get(`applications.unavailableNeedsCreation.${column}`)).toBe('{"mark":"/"}');
  });
});
