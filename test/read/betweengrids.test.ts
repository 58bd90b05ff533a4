import { describe, expect, it } from "vitest";
import type { FindingDraft } from "../../src/findings/finding.js";
import { parseHTML, type Report, toHTML, toJSON } from "../../src/index.js";
import {
  tableLines,
  takesRowsBetweenGrids,
  withRowsBetweenGrids,
} from "../../src/read/betweengrids.js";
import type { TableReading } from "../../src/read/tables.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { cellsOf } from "../support/cells.js";

const reading = (table: Record<string, Record<string, unknown>>, drafts: FindingDraft[] = []) =>
  ({ table, drafts, truncated: false }) as unknown as TableReading;
const unread = (row: string): FindingDraft => ({
  code: "PARSE_CELL_UNREADABLE",
  path: ["activeDisclosure", row, "amount"],
});

describe("withRowsBetweenGrids", () => {
  const grids = reading({ licensing: { decisions: 3 }, fees: {} }, [unread("fees")]);
  const merge = (text: string, read: TableReading | undefined, from = grids) =>
    withRowsBetweenGrids(
      "activeDisclosure",
      "2021",
      from,
      read === undefined ? undefined : { text, reading: read },
    );
  const feesRead = reading({ licensing: {}, fees: { amount: "0" } });

  it.each([
    ["its value after it", "第二十条第（八）项\n行政事业性收费 0"],
    ["its value glued to it (a PDF's label and value set close)", "行政事业性收费0"],
  ])("takes a row the grids left unread from the text between them: %s", (_, line) => {
    const merged = merge(line, feesRead);
    expect(merged.table).toEqual({ licensing: { decisions: 3 }, fees: { amount: "0" } });
    expect(merged.drafts).toEqual([]);
  });

  it("keeps the grids' row where they read it, whatever the text says", () => {
    const text = reading({ licensing: { decisions: 9 }, fees: {} });
    expect(merge("行政许可 9", text)).toBe(grids);
  });

  it("takes no row the text reader read with a finding (a guess, or a part)", () => {
    const text = reading({ licensing: {}, fees: { amount: "1" } }, [
      { code: "PARSE_CELLS_RECOVERED", path: ["activeDisclosure", "fees"], actual: "1/9" },
    ]);
    expect(merge("行政事业性收费 1", text)).toBe(grids);
  });

  it("quotes at the section values between grids on a line of no row taken, when the grids left a row unread", () => {
    // A page break cut a label over three lines (`1.本机关不掌握相关政府信息`): its values stand
    // between the grids with the label's first words, and no line prints the row whole.
    const applications = reading({ unavailableNotHeld: {} }, [
      { code: "PARSE_CELL_UNREADABLE", path: ["applications", "unavailableNotHeld", "total"] },
    ]);
    const merged = withRowsBetweenGrids("applications", "2021", applications, {
      text: "（四）1. 95 96 97 98 99 100 101无法提本机\n供 关不\n掌握",
      reading: reading({}),
    });
    expect(merged.drafts).toContainEqual({
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["applications"],
      actual: "95 | 96 | 97 | 98 | 99 | 100 | 101",
    });
    // A number glued to the label's words before the run is one of them.
    const glued = withRowsBetweenGrids("applications", "2021", applications, {
      text: "握相关政府信107 108 109",
      reading: reading({}),
    });
    expect(glued.drafts).toContainEqual(
      expect.objectContaining({ path: ["applications"], actual: "107 | 108 | 109" }),
    );
    // A row printing marks among its values, and one whose label's rest follows a space
    // (`年度继续办理`: no unit alone), are rows.
    for (const [line, quote] of [
      ["23 — — — — — 23", "23 | — | — | — | — | — | 23"],
      ["177 178 183 年度继续办理", "177 | 178 | 183"],
    ]) {
      expect(
        withRowsBetweenGrids("applications", "2021", applications, {
          text: line!,
          reading: reading({}),
        }).drafts,
      ).toContainEqual(expect.objectContaining({ path: ["applications"], actual: quote }));
    }
    // Values quoted at the section already (rows whose labels were lost, covered by that quote):
    // added to that quote, with no row said unread.
    const lost = reading({ unavailableNotHeld: {} }, [
      { code: "PARSE_CELL_AMBIGUOUS", path: ["applications"], actual: "72 | 74" },
    ]);
    expect(
      withRowsBetweenGrids("applications", "2021", lost, {
        text: "149 150 152",
        reading: reading({}),
      }).drafts,
    ).toEqual([
      { code: "PARSE_CELL_AMBIGUOUS", path: ["applications"], actual: "72 | 74 | 149 | 150 | 152" },
    ]);
    // The lines of values after a row the text reader quoted are that row's: not quoted again.
    const quotedRow = withRowsBetweenGrids(
      "applications",
      "2021",
      reading({ carriedForward: {}, disclosed: {} }, [
        { code: "PARSE_CELL_UNREADABLE", path: ["applications", "disclosed", "total"] },
      ]),
      {
        text: "四、结转下年度继续办理 269 270\n271 272 273 274 275",
        reading: reading({ carriedForward: {} }, [
          {
            code: "PARSE_CELL_AMBIGUOUS",
            path: ["applications", "carriedForward"],
            actual: "269 | 270 | 271 | 272 | 273 | 274 | 275",
          },
        ]),
      },
    );
    expect(quotedRow.drafts.filter((d) => d.path.length === 1)).toEqual([]);
    // Nothing left unread: nothing to quote them for. Page numbers print no two numbers in a row.
    const read = reading({ unavailableNotHeld: { total: 1 } });
    const text = { text: "95 96 97", reading: reading({}) };
    expect(withRowsBetweenGrids("applications", "2021", read, text)).toBe(read);
    // Nor do dates, years, captions, counts in words, the columns' numbers.
    for (const line of [
      "第 3 页 共 5 页\n- 4 -",
      "3 / 5",
      "2024 - 01 - 05",
      "2022 2023",
      "表 3 2023 年度",
      "同比 12 15 件",
      "序号 1 2 3",
      "1 2 3 4 5 6 7",
      "联系电话：0571 87654321",
      "电话 0571-8765 4321",
    ]) {
      const page = { text: line, reading: reading({}) };
      expect(withRowsBetweenGrids("applications", "2021", applications, page)).toBe(applications);
    }
  });

  it.each([
    ["its label alone, a number on a line of its own", "行政事业性收费\n2"],
    ["its label in a sentence", "其中行政事业性收费 0 万元"],
    ["a value before its label", "0 行政事业性收费"],
  ])("takes no row not printed whole on a line of its own: %s", (_, text) => {
    expect(merge(text, feesRead)).toBe(grids);
  });

  it("takes nothing where the grids quote values they could not place (they may be the row's)", () => {
    for (const path of [["activeDisclosure"], ["activeDisclosure", "fees"]]) {
      const quoted = reading({ licensing: { decisions: 3 }, fees: {} }, [
        { code: "PARSE_CELL_AMBIGUOUS", path, actual: "5" },
      ]);
      expect(merge("行政事业性收费 0", feesRead, quoted)).toBe(quoted);
    }
  });

  // A PDF's last row of table 三 alone on a page under its repeated header (too few lines for a
  // grid): the text reader quotes what it cannot place, and that quote replaces the grids' word
  // that nothing of the row was read, so that the printed values are quoted somewhere.
  it.each([
    ["its values after it", "行政事业性收费 1 2"],
    ["the first glued to it", "行政事业性收费1 2"],
  ])("takes the text reader's quote of a row it could not place: %s", (_, line) => {
    const ambiguous: FindingDraft = {
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["activeDisclosure", "fees"],
      actual: "1 | 2",
    };
    const merged = merge(line, reading({ licensing: {}, fees: {} }, [ambiguous]));
    expect(merged.table).toEqual({ licensing: { decisions: 3 }, fees: {} });
    expect(merged.drafts).toEqual([ambiguous]);
  });

  it("takes no quote of a row whose label the text prints in a sentence", () => {
    const ambiguous: FindingDraft = {
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["activeDisclosure", "fees"],
      actual: "1 | 2",
    };
    const text = reading({ licensing: {}, fees: {} }, [ambiguous]);
    expect(merge("其中行政事业性收费 1 万元 2", text)).toBe(grids);
  });

  it("returns the grids' reading when the text read nothing", () => {
    expect(merge("", undefined)).toBe(grids);
  });
});

/**
 * toHTML's page with table 二's sub-table （八） printed as paragraphs between two tables (a web
 * page's editor typed it so), its cells' texts as `cells` makes them.
 */
function withFeesAsParagraphs(report: Report, cells: (texts: string[]) => string) {
  const html = toHTML(report);
  const at = html.indexOf('data-table="activeDisclosure"');
  const start = html.lastIndexOf("<table", at);
  const end = html.indexOf("</table>", at) + "</table>".length;
  const table = html.slice(start, end);
  const rows = table.match(/<tr[\s\S]*?<\/tr>/g) ?? [];
  const open = table.slice(0, table.indexOf("<tr"));
  const fees = rows.findIndex((row) => row.includes("第（八）项"));
  const texts = (row: string) =>
    (row.match(/<t[dh][^>]*>[\s\S]*?<\/t[dh]>/g) ?? []).map((c) => c.replace(/<[^>]+>/g, ""));
  const paragraphs = rows
    .slice(fees, fees + 3)
    .map((row) => `<p>${cells(texts(row))}</p>`)
    .join("");
  const after = rows.slice(fees + 3);
  return [
    html.slice(0, start),
    `${open}${rows.slice(0, fees).join("")}</table>`,
    paragraphs,
    after.length > 0 ? `${open}${after.join("")}</table>` : "",
    html.slice(end),
  ].join("");
}

describe("takesRowsBetweenGrids", () => {
  it("is true of the sections whose rows have labels, in both templates, and of no other", () => {
    for (const version of ["2019", "2021"] as const) {
      expect(takesRowsBetweenGrids("activeDisclosure", version)).toBe(true);
      expect(takesRowsBetweenGrids("applications", version)).toBe(true);
      expect(takesRowsBetweenGrids("reviewsAndLitigation", version)).toBe(false);
    }
  });
});

describe("tableLines", () => {
  it("blanks the lines of prose and of notes, keeping the others where they stand", () => {
    expect(tableLines("其中行政许可事项 5 项，行政处罚 3 项。\n行政事业性收费 0")).toBe(
      "\n行政事业性收费 0",
    );
    expect(
      tableLines("注：行政许可12件\n 备注 3\n说明：1\n信息内容 本年收费金额（单位：万元）"),
    ).toBe("\n\n\n信息内容 本年收费金额（单位：万元）");
  });
});

describe("parseHTML: a sub-table of table 二 printed as paragraphs between its tables", () => {
  it.each([
    ["2021", seedReport],
    ["2019", shanghai2019Report],
  ] as const)("reads its rows (%s template)", (_, report) => {
    const result = parseHTML(withFeesAsParagraphs(report, (texts) => texts.join(" ")));
    expect(cellsOf(result.report)).toEqual(cellsOf(report));
    expect(result.findings).toEqual([]);
  });

  it("leaves a row unread where the text reader would guess (cells glued to the label)", () => {
    // 2019's 行政事业性收费 has two cells: `行政事业性收费00` may be 0 and 0, or 00 and a blank.
    const html = withFeesAsParagraphs(shanghai2019Report, (texts) =>
      texts[0]?.startsWith("行政事业性收费") ? texts.join("") : texts.join(" "),
    );
    expect(html).toContain("<p>行政事业性收费00</p>");
    const result = parseHTML(html);
    expect(result.report?.activeDisclosure?.fees).toEqual({});
    const expected = toJSON(shanghai2019Report)["activeDisclosure"] as Record<string, unknown>;
    const read = toJSON(result.report!)["activeDisclosure"] as Record<string, unknown>;
    expect({ ...read, fees: expected["fees"] }).toEqual(expected);
    expect(result.findings.map((f) => `${f.code} ${f.path.join(".")}`)).toEqual([
      "PARSE_CELL_UNREADABLE activeDisclosure.fees",
    ]);
  });

  it("reads no row from a sentence between the tables naming one (its numbers are no cells)", () => {
    // Sub-table （五） not printed: table 二 cut into two tables around it, a sentence about
    // 行政许可 between them.
    const html = toHTML(seedReport);
    const rowStart = html.lastIndexOf("<tr", html.indexOf("第二十条第（五）项"));
    const six = html.lastIndexOf("<tr", html.indexOf("第二十条第（六）项"));
    const open = html.slice(
      html.lastIndexOf("<table", rowStart),
      html.indexOf("<tr", html.lastIndexOf("<table", rowStart)),
    );
    const sentence = `</table><p>其中行政许可事项 5 项，行政处罚 3 项。</p>${open}`;
    const result = parseHTML(html.slice(0, rowStart) + sentence + html.slice(six));
    expect(result.report?.activeDisclosure?.licensing).toEqual({});
    expect(result.report?.activeDisclosure?.punishment).toEqual(
      seedReport.activeDisclosure?.punishment,
    );
  });
});
