/**
 * Text extracted from PDFs whose digits the extraction lost or reordered (test/fixtures/extracted,
 * see its README): parseText places no such number. Before, the vertical texts placed 23 cells of
 * table 四 wrong (`481` for 184), the wrapped landscape text seven cells of table 三 (`1002` for
 * 10021 …), and a total cut at the page's edge was placed as what was left of it (`20` for 200).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromJSON, parseText, type Report } from "../../src/index.js";
import { withCutLabelsJoined } from "../../src/read/sidecolumn.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { distinctValues } from "../system/support.js";

const text = (name: string) =>
  readFileSync(new URL(`../fixtures/extracted/${name}`, import.meta.url), "utf8");

/** The cells of a base report with every value distinct, as the PDFs printed them. */
const oracle = (report: Report, start = 1) =>
  cellsOf(fromJSON(distinctValues(report, { start, fillNulls: true })).report);

describe("vertical text read backwards (digits reversed: 184 as `481`, 190 as `091`)", () => {
  it("quotes table 四 whose values hold one with a leading zero and break their totals", () => {
    const { report, findings } = parseText(
      text("shanghai-2019-chromium-vertical-table.stream.txt"),
    );
    expect(report?.reviewsAndLitigation?.administrativeReview).toEqual({});
    expect(compareCells(cellsOf(report), oracle(shanghai2019Report)).wrong).toEqual([]);
    expect(
      findings.find(
        (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === "reviewsAndLitigation",
      )?.actual,
    ).toBe(
      "481 | 581 | 681 | 781 | 981 | 881 | 091 | 191 | 291 | 491 | 391 | 591 | 691 | 791 | 891",
    );
  });

  it("quotes the values read before the text stops inside table 四, too", () => {
    const { report, findings } = parseText(text("seed-chromium-vertical.stream.txt"));
    expect(compareCells(cellsOf(report), oracle(seedReport)).wrong).toEqual([]);
    expect(
      findings.find(
        (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === "reviewsAndLitigation",
      )?.actual,
    ).toBe("581 | 481 | 871 | 771 | 171 | 071 | 461 | 361 | 681");
  });

  it("still reads a row with a leading zero where its totals hold", () => {
    // `01` is read as the 1 the totals confirm: no order is in doubt.
    const seed = text("shanghai-2019-chromium-vertical-table.stream.txt");
    const values = "1\n2\n3\n4\n10\n5\n6\n7\n8\n26\n50\n50\n50\n50\n200".replace(/^1$/m, "01");
    const inOrder = seed.replace(
      "481\n581\n681\n781\n981 881\n091\n191\n291\n491 391\n591\n691\n791\n891",
      values,
    );
    expect(inOrder).not.toBe(seed);
    expect(parseText(inOrder).report?.reviewsAndLitigation?.administrativeReview).toEqual({
      upheld: 1,
      corrected: 2,
      otherOutcome: 3,
      pending: 4,
      total: 10,
    });
  });
});

describe("a whole side label printing values that no subtotal can be", () => {
  const excerpt = [
    "                        3.危及“三安全一稳定”   1001 1001 1001 1001 1001 1001 1002",
    "                                       4 5 6 7 8 9 0",
    "                         4.保护第三方合法权益   1002 1002 1002 1002 1002 1002 1002",
    "          （三）不予公开                      1 2 3 4 5 6 7",
    "                        5.属于三类内部事务信息   1002 1002 1003 1003 1003 1003 1003",
  ];

  it("drops the side words before the last digits of its group's row above", () => {
    // 1 is below 1002 printed by 4.保护第三方合法权益, a row of （三）不予公开: a subtotal sums its
    // rows, so these are the digits the row above wrapped (10021 … printed).
    expect(withCutLabelsJoined(excerpt.join("\n")).split("\n")[3]).toBe("          1 2 3 4 5 6 7");
  });

  it("keeps a subtotal no row of its group above exceeds", () => {
    const kept = [
      "                         4.保护第三方合法权益   2 0 0 0 0 0 2",
      "          （三）不予公开                      9 0 1 0 0 0 10",
      "                        5.属于三类内部事务信息   3 0 1 0 0 0 4",
    ].join("\n");
    expect(withCutLabelsJoined(kept)).toBe(kept);
  });

  it("keeps values under a row of another group (the label at its group's top)", () => {
    const kept = [
      "                         （二）部分公开   20 0 0 0 0 0 20",
      "          （三）不予公开                  9 0 1 0 0 0 10",
    ].join("\n");
    expect(withCutLabelsJoined(kept)).toBe(kept);
  });

  it("lets parseText quote the row instead of reading its first digits", () => {
    const { report, findings } = parseText(
      text("shanghai-2019-chromium-wrapped-landscape.layout.txt"),
    );
    expect(compareCells(cellsOf(report), oracle(shanghai2019Report, 9950)).wrong).toEqual([]);
    expect(report?.applications?.withheldThirdPartyRights).toEqual({});
    expect(
      findings.find(
        (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path[1] === "withheldThirdPartyRights",
      )?.actual,
    ).toBe("1002 | 1002 | 1002 | 1002 | 1002 | 1002 | 1002 | 1 | 2 | 3 | 4 | 5 | 6 | 7");
  });
});

describe("a total cut at the page's edge (LibreOffice sets a wide table 四 beyond it)", () => {
  // The PDF draws 200's last 0 past the page's right edge: pdftotext and mutool drop it. The
  // seed's own totals are broken (196 + 197 + 198 + 199 is not 200), so there nothing tells the
  // 20 left from a total printed wrong; with totals that hold, the parts' sum does.
  const printed = "186 187 188 189 190 191 192 193 194 195 196 197 198 199 20";
  const layout = text("seed-libreoffice-large-font.layout.txt");

  it("quotes a total that is a strict start of its parts' sum (20 for 50 + 50 + 50 + 50)", () => {
    const consistent = layout.replace(printed, "1 2 3 4 10 5 6 7 8 26 50 50 50 50 20");
    expect(consistent).not.toBe(layout);
    const { report, findings } = parseText(consistent);
    expect(report?.reviewsAndLitigation?.litigationAfterReview).toEqual({
      upheld: 50,
      corrected: 50,
      otherOutcome: 50,
      pending: 50,
    });
    expect(report?.reviewsAndLitigation?.litigationWithoutReview?.total).toBe(26);
    const cut = findings.find(
      (f) => f.code === "PARSE_CELL_UNREADABLE" && f.path.join(".").endsWith("AfterReview.total"),
    );
    expect(cut?.message).toContain("20");
  });
});
