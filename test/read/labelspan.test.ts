/**
 * Table 三 printed without lines (a grid whose columns were inferred from where its text stands),
 * a row ending in a blank: pandoc's rows a column left (their label's span written short) print
 * the same way when their first value is blank, so such a row was quoted unless the identities
 * ruled it out. A label run on over the label column before the values (where the sub-rows print
 * their labels, and a row a column left its first value) leaves no room there: the row stands
 * where it is printed. wkhtmltopdf's prints of the corpus (wk reread): 147 cells of such rows
 * absent before (`/ 0 0 — 0 0 _`).
 */
import { describe, expect, it } from "vitest";
import { type GridCell, templates } from "../../src/index.js";
import { expandGrid, mapTable } from "../../src/read/gridmap/index.js";

type Row = readonly [GridCell, ...(number | string)[]];

/** Table 三 as a grid whose columns were inferred: two label columns, then the values. */
function read(rows: readonly Row[]) {
  const header = ["", "", ...templates["2021"].applications.columns.map((column) => column.label)];
  return mapTable(
    "applications",
    [
      expandGrid({
        inferred: true,
        rows: [
          header.map((text): GridCell => ({ text })),
          ...rows.map(([label, ...values]): GridCell[] => [
            ...(label.colSpan === 2 ? [label] : [{ text: "" }, label]),
            ...values.map((value) => ({ text: String(value) })),
          ]),
        ],
      }),
    ],
    "2021",
  );
}

const disclosed = ["/", 0, 0, "—", 0, 0, ""] as const;
const subRows: readonly Row[] = [
  [{ text: "1.属于国家秘密" }, 4, 0, 0, 0, 0, 0, 4],
  [{ text: "2.其他法律行政法规禁止公开" }, 5, 0, 0, 0, 0, 0, 5],
];

describe("a row ending in a blank in a table without lines", () => {
  it("reads a row whose label runs over the column before the values as printed", () => {
    const reading = read([[{ text: "（一）予以公开", colSpan: 2 }, ...disclosed], ...subRows]);
    expect(reading.table?.["disclosed"]).toEqual({
      naturalPerson: { mark: "/" },
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: { mark: "—" },
      legalServiceInstitution: 0,
      otherOrganization: 0,
      total: null,
    });
  });

  it("quotes it when the column before the values is free: its first value may be blank there", () => {
    const reading = read([[{ text: "（一）予以公开" }, ...disclosed], ...subRows]);
    expect(reading.table?.["disclosed"] ?? {}).toEqual({});
    expect(JSON.stringify(reading.drafts)).toContain("/ | 0 | 0 | — | 0 | 0 | ");
  });

  it("quotes it when the sub-rows' labels start elsewhere: the label columns are not the table's", () => {
    // LibreOffice's print of pandoc's Word file, labels indented each their own way: the columns
    // where labels start are many, a label's own cell among them, and pandoc's row a column left
    // (二、, its label wrapped in its short cell) ran over the last of them (print-hunt sr-lo).
    const reading = read([
      [{ text: "（一）予以公开", colSpan: 2 }, ...disclosed],
      [{ text: "1.属于国家秘密", colSpan: 2 }, 4, 0, 0, 0, 0, 0, 4],
      ...subRows.slice(1),
    ]);
    expect(reading.table?.["disclosed"] ?? {}).toEqual({});
  });
});
