/**
 * Table 二's one-row sub-tables printed blank without ruling lines (src/pdf/blankrows.ts): a
 * header line over a row label alone. Read as prose, the row's cell was unreadable; on the page
 * nothing stands beside the label under the headers, and the row is read blank.
 */
import { describe, expect, it } from "vitest";
import { type Line, lineOf } from "../../src/pdf/lines.js";
import { streamTables } from "../../src/pdf/stream.js";
import { gridOf, type TableBox } from "../../src/pdf/tables.js";
import { parsePdf } from "../../src/pdf.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { fixture, fixtureJSON, run } from "./support.js";

/** A line of runs given as [text, x0] (12-point, characters 12 wide, digits 6). */
function row(top: number, ...cells: [string, number][]): Line {
  return lineOf(
    cells.map(([text, x0]) =>
      run(text, x0, top, { x1: x0 + [...text].reduce((w, c) => w + (/\d/.test(c) ? 6 : 12), 0) }),
    ),
  );
}

const texts = (table: TableBox) => gridOf(table).rows.map((r) => r.map((cell) => cell.text));

// wkhtmltopdf's table 二 without borders: the caption, the header, the row (rows 14.4 pt apart).
const CAPTION = row(100, ["第二十条第（八）项", 16]);
const HEADER = row(114.4, ["信息内容", 110], ["本年收费金额（单位：万元）", 480]);
const LABEL = row(128.8, ["行政事业性收费", 16]);
const SECTION = row(150, ["三、收到和处理政府信息公开申请情况", 38]);

describe("streamTables: a one-row sub-table printed blank", () => {
  it("is a table whose value cell is empty, the caption and the next heading prose", () => {
    const { tables, lines } = streamTables([CAPTION, HEADER, LABEL, SECTION]);
    expect(tables.map(texts)).toEqual([
      [
        ["信息内容", "本年收费金额（单位：万元）"],
        ["行政事业性收费", ""],
      ],
    ]);
    expect(lines.map((line) => line.text)).toEqual([CAPTION.text, SECTION.text]);
  });

  it("is read the same under several headers, the next sub-table's caption after it", () => {
    const { tables } = streamTables([
      row(114.4, ["信息内容", 110], ["本年制发件数", 300], ["本年废止件数", 400]),
      row(128.8, ["规章", 16]),
      row(143.2, ["第二十条第（五）项", 16]),
    ]);
    expect(tables.map(texts)).toEqual([
      [
        ["信息内容", "本年制发件数", "本年废止件数"],
        ["规章", "", ""],
      ],
    ]);
  });

  it("is no table where the geometry leaves the row's value unseen", () => {
    const none = (...lines: Line[]) => expect(streamTables(lines).tables).toEqual([]);
    // The label the page's last line: its row may go on past the page.
    none(CAPTION, HEADER, LABEL);
    // A value on a line of its own set just below the label, or between header and label.
    none(HEADER, LABEL, row(133, ["24252.311082", 510]), SECTION);
    none(HEADER, row(124.5, ["24252.311082", 510]), LABEL, SECTION);
    // Something printed against the label (toHTML's `?` for a cell not known, a mark), or alone
    // on the line after it.
    none(HEADER, row(128.8, ["行政事业性收费?", 16]), SECTION);
    none(HEADER, row(128.8, ["行政事业性收费—", 16]), SECTION);
    none(HEADER, LABEL, row(143.2, ["?", 510]));
    // No whole row label (the rest of a label, or prose), no column headers over the values.
    none(HEADER, row(128.8, ["行政事业性", 16]), SECTION);
    none(row(114.4, ["信息内容", 110], ["本年收费", 480]), LABEL, SECTION);
    // The label reaching under the headers, or a line further than a row below the header.
    none(HEADER, row(128.8, ["行政事业性收费", 470]), SECTION);
    none(HEADER, row(140, ["行政事业性收费", 16]), row(160, ["三、收到", 38]));
  });
});

describe("wkhtmltopdf without borders: 行政许可 printed blank (github-014~m5.wk-no-borders)", () => {
  // Table 二's 第二十条第（五）项 with its one row blank, the next caption right below it: its
  // header and label were prose, and 行政许可's 本年处理决定数量 unreadable (`PARSE_CELL_UNREADABLE`).
  it("reads the row blank, every cell right", async () => {
    const name = "github-014~m5.wk-no-borders";
    const result = await parsePdf(fixture(`${name}.pdf`));
    const { wrong, absent } = compareCells(
      cellsOf(result.report),
      new Map(Object.entries(fixtureJSON<Record<string, string>>(`${name}.expected.json`))),
    );
    expect(wrong).toEqual([]);
    expect(absent).toEqual([]);
    expect(result.report?.activeDisclosure?.licensing?.decisions).toBeNull();
    expect(result.findings.map((f) => f.path.join("."))).not.toContain(
      "activeDisclosure.licensing.decisions",
    );
  }, 60_000);
});
