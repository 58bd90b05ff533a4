import { describe, expect, it } from "vitest";
import { type Line, lineOf } from "../../src/pdf/lines.js";
import { centredLabelColumns, labelReach, streamTables } from "../../src/pdf/stream.js";
import { gridOf } from "../../src/pdf/tables.js";
import { run } from "./support.js";

/** A line of runs given as [text, x0] (12-point, characters 12 wide, digits 6). */
function row(top: number, ...cells: [string, number][]) {
  return lineOf(
    cells.map(([text, x0]) =>
      run(text, x0, top, { x1: x0 + [...text].reduce((w, c) => w + (/[\d]/.test(c) ? 6 : 12), 0) }),
    ),
  );
}

/** A line of runs given as [text, x0, x1]; digits in one font ("t"), the rest in another. */
const line = (top: number, ...runs: [string, number, number][]) =>
  lineOf(
    runs.map(([text, x0, x1]) => run(text, x0, top, { x1, font: /^\d/.test(text) ? "t" : "h" })),
  );

describe("streamTables: values set close, figures half an em wide", () => {
  // Times's figures (6 pt at 12 pt) in cells 3 pt apart: pdf.js joins two values, and a label's
  // line with the first values after it, into one run or piece.
  const page = [
    line(120, ["规章", 80, 104], ["1011 1012", 212, 263], ["1013", 275, 299]),
    line(140, ["行政规范性文件", 80, 164], ["1014 1015", 212, 263], ["1016", 275, 299]),
    line(160, ["3.危及“三安全一稳定”", 80, 208.6], ["1017 1018", 212, 263], ["1019", 275, 299]),
  ];

  it("places each value by the page's figure width: columns apart, a label's values cut off it", () => {
    const { tables } = streamTables(page);
    expect(tables).toHaveLength(1);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["规章", "1011", "1012", "1013"],
      ["行政规范性文件", "1014", "1015", "1016"],
      ["3.危及“三安全一稳定”", "1017", "1018", "1019"],
    ]);
  });
});

describe("streamTables: numbers wrapped in cells too narrow for them", () => {
  // A column too narrow for 1001 prints `100` over `1`: the second line read as a row of its own,
  // and `100` as the whole value (190 of 200 cells wrong in a LibreOffice PDF without lines).
  it("joins the rest of wrapped numbers to their cells, which then hold two numbers", () => {
    const page = [
      line(120, ["规章", 80, 104], ["100", 212, 230], ["100", 260, 278]),
      line(134, ["1", 212, 218], ["2", 260, 266]),
      line(150, ["行政规范性文件", 80, 164], ["3", 212, 218], ["4", 260, 266]),
      line(164, ["1.属于国家秘密", 80, 164], ["5", 212, 218], ["6", 260, 266]),
      // The rest of a label wrapped beside the rest of the numbers.
      line(180, ["2.其他法律行政法规禁止", 80, 200], ["100", 212, 230], ["100", 260, 278]),
      line(194, ["公开", 80, 104], ["7", 212, 218], ["8", 260, 266]),
    ];
    const { tables } = streamTables(page);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["规章", "100\n1", "100\n2"],
      ["行政规范性文件", "3", "4"],
      ["1.属于国家秘密", "5", "6"],
      ["2.其他法律行政法规禁止公开", "100\n7", "100\n8"],
    ]);
  });

  // wkhtmltopdf's print of a real table 二 in a monospaced style: 行政强制's `54` set 3.5 pt above
  // its label (the digits' font another), a row's pitch under `1330`. Joined to 1330 as its rest,
  // 行政处罚 was unreadable and 行政强制 read blank (`null` for a printed 54).
  it("keeps a line of values with the next row's label beside it, under a row with its own label", () => {
    const page = [
      line(100, ["行政许可", 80, 128], ["2629", 160, 184]),
      line(121, ["行政处罚", 80, 128], ["1330", 160, 184]),
      line(142.2, ["54", 160, 172]),
      line(147.8, ["行政强制", 80, 128]),
    ];
    const { tables } = streamTables(page);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["行政许可", "2629"],
      ["行政处罚", "1330"],
      ["行政强制", "54"],
    ]);
  });

  // Every value of a row wrapped (`1000` over `1`), its label centred in the cell between the two
  // lines: the label's line stood between the row's values and their rest, which read as a row of
  // its own, and `1000` as each whole value (a PDF producers' hunt, 2026-12-06: 112 of 200 cells
  // wrong in a Chromium print without lines, 119–133 in wkhtmltopdf's).
  it("joins the rest of wrapped numbers across the row's own label centred between the lines", () => {
    const page = [
      line(120, ["规章", 80, 104], ["11", 212, 224], ["12", 260, 272]),
      line(138, ["1000", 212, 236], ["1000", 260, 284]),
      line(145.5, ["3.危及“三安全一稳定”", 80, 200]),
      line(153, ["1", 212, 218], ["2", 260, 266]),
      // A group label's line left of the row's label may carry the first line's values.
      line(171, ["（四）无", 40, 76], ["1005", 212, 236], ["1005", 260, 284]),
      line(178.5, ["2.没有现成信息需要另行制作", 80, 200]),
      line(186, ["法提供", 40, 76], ["3", 212, 218], ["4", 260, 266]),
      line(204, ["行政规范性文件", 80, 164], ["13", 212, 224], ["14", 260, 272]),
    ];
    const { tables } = streamTables(page);
    const rows = gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text).filter((t) => t !== ""));
    expect(rows).toContainEqual(["3.危及“三安全一稳定”", "1000\n1", "1000\n2"]);
    expect(rows).toContainEqual(expect.arrayContaining(["1005\n3", "1005\n4"]));
    expect(rows.flat()).not.toContain("1000");
    expect(rows.flat()).not.toContain("1005");
  });

  // wkhtmltopdf's prints of table 三 without lines, its values wrapped (`1005` over `1`; a cell's
  // lines 12.7 pt apart, rows 13.9 apart by their paddings): a row's own label on the line between
  // its values' lines beside the side column's `三、本年度办理结` further left, or lower than their
  // middle, down to the second line itself, beside the values' rest (a row taller than its lines). The first lines read as a row without a label (PARSE_EXTRA_ROW) and the rests as the
  // row's values: 7–14 cells wrong in each of three reprints of a hunt file (helper-119's, session
  // 44), `1` read for 10051.
  it("joins the rest of wrapped numbers to the row whose label stands between or beside it", () => {
    const page = [
      line(518.7, ["1004", 212, 236], ["1005", 260, 284]),
      line(525, ["1.本机关不掌握", 120, 204]),
      line(531.3, ["4", 212, 218], ["0", 260, 266]),
      line(545.2, ["（四）无法提", 40, 112], ["1005", 212, 236], ["1005", 260, 284]),
      line(551.5, ["三、本年度办理结", 4, 36], ["2.没有现成信息", 120, 204]),
      line(557.9, ["供", 60, 72], ["1", 212, 218], ["2", 260, 266]),
      line(567.1, ["果", 4, 16]),
      line(571.7, ["1005", 212, 236], ["1006", 260, 284]),
      line(578, ["3.补正后申请", 120, 192]),
      line(584.4, ["8", 212, 218], ["9", 260, 266]),
      line(598.2, ["（五）不予处", 40, 112], ["1009", 212, 236], ["1009", 260, 284]),
      line(610.9, ["理", 60, 72], ["5.要求行政机关", 120, 204], ["3", 212, 218], ["4", 260, 266]),
      line(636.8, ["1010", 212, 236], ["1010", 260, 284]),
      line(643.1, ["1.申请人无正当", 120, 204]),
      line(649.5, ["0", 212, 218], ["1", 260, 266]),
      // Between the lines, but nearer the second than their middle.
      line(663.4, ["1010", 212, 236], ["1011", 260, 284]),
      line(672.6, ["2.申请人逾期", 120, 192]),
      line(676.1, ["7", 212, 218], ["8", 260, 266]),
      // Only some of the row's values wrap (`vertical-align: top`): `1000` over `0` and over `1`.
      line(689.9, ["1010", 212, 236], ["1000", 260, 284], ["1000", 308, 332]),
      line(696.2, ["3.申请人逾期", 120, 192]),
      line(702.6, ["0", 260, 266], ["1", 308, 314]),
    ];
    const { tables } = streamTables(page);
    const rows = gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text).filter((t) => t !== ""));
    expect(rows).toContainEqual(expect.arrayContaining(["2.没有现成信息", "1005\n1", "1005\n2"]));
    expect(rows).toContainEqual(expect.arrayContaining(["5.要求行政机关", "1009\n3", "1009\n4"]));
    expect(rows).toContainEqual(["2.申请人逾期", "1010\n7", "1011\n8"]);
    expect(rows).toContainEqual(["3.申请人逾期", "1010", "1000\n0", "1000\n1"]);
    // No line of values is a row of its own: each number's cell holds both its lines (but for
    // the last row's first value, which does not wrap).
    expect(rows.flat().filter((t) => /^\d+$/.test(t))).toEqual(["1010"]);
  });

  // wkhtmltopdf's prints of table 三 without lines, its values wrapped (`1010` over `0`), near a
  // page's foot: a line crossing its layout's page break moves below it, so a row's rest stands
  // 18.5–23.7 pt below its first line (a cell's pitch 12.7, rows 13.8 apart), its label left
  // where it stood (centred between the first line and a cell's pitch below it) or moved down
  // beside the rest. The rest read as a row of its own (PARSE_EXTRA_ROW, the row reading `1010`
  // for 10100) or as the row's values (`0` for 10100): 28 cells wrong in 4 of 30 reprints of a
  // hunt file (helper-122's, session 45). Positions as pdf.js gives them (wkv16, wkv8).
  it("joins a rest moved below a page break in the layout, by its row's label", () => {
    const wk = (top: number, ...runs: [string, number, number][]) =>
      lineOf(
        runs.map(([text, x0, x1]) => run(text, x0, top, { x1, size: 10.5, bottom: top + 8.1 })),
      );
    const values = (...texts: string[]) =>
      texts.map((text, i): [string, number, number] => {
        const x0 = 419.8 + 22.9 * i;
        return [text, x0, x0 + 4.475 * text.length];
      });
    const rows = (page: Line[]) =>
      gridOf(streamTables(page).tables[0]!).rows.map((r) =>
        r.map((c) => c.text).filter((t) => t !== ""),
      );
    const above = [
      wk(704.8, ...values("1008", "1008", "1008")),
      wk(711.2, ["4.无正当理由大量反复申请", 232.9, 328.9]),
      wk(717.5, ...values("6", "7", "8")),
      wk(731.3, ...values("1009", "1009", "1009")),
      wk(740.0, ["5.要求行政机关确认或重新出具已获取信息", 204.7, 357.1]),
      wk(744.0, ...values("3", "4", "5")),
    ];
    const label = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";
    const below = [
      wk(789.5, ["（六）其他处", 90.2, 138.6]),
      wk(
        798.7,
        ["2.申请人逾期未按收费通知要求缴纳费用", 148.3, 413.5],
        ...values("1010", "1010", "1010"),
      ),
      wk(802.2, ["理", 110.3, 118.4]),
      wk(811.4, ["开申请", 268.8, 293.0], ...values("7", "8", "9")),
    ];
    // The label left where it stood, the rest 21.9 pt below the first line.
    const left = rows([
      ...above,
      wk(761.9, ...values("1010", "1010", "1010")),
      wk(768.2, [label, 152.3, 409.5]),
      wk(783.8, ...values("0", "1", "2")),
      ...below,
    ]);
    expect(left).toContainEqual([label, "1010\n0", "1010\n1", "1010\n2"]);
    // The label moved down beside the rest, 18.5 pt below the first line.
    const moved = rows([
      ...above,
      wk(765.3, ...values("1010", "1010", "1010")),
      wk(783.8, [label, 152.3, 409.5], ...values("0", "1", "2")),
      ...below,
    ]);
    expect(moved).toContainEqual([label, "1010\n0", "1010\n1", "1010\n2"]);
    // A row whose label wraps around its values, a row's pitch above the next row's label beside
    // its own shorter values, as far apart: rows of their own.
    const wrapped = rows([
      ...above,
      wk(759.7, ["1.申请人无正当理由逾期不补正、行政机关不再", 152.3, 409.5]),
      wk(766.0, ...values("1010", "1010", "1010")),
      wk(772.4, ["处理其政府信息公开申请", 220.0, 340.0]),
      wk(786.2, ["2.申请人逾期未按收费通知要求缴纳费用", 148.3, 413.5], ...values("0", "1", "2")),
    ]);
    expect(wrapped).toContainEqual([label, "1010", "1010", "1010"]);
    expect(wrapped).toContainEqual(["2.申请人逾期未按收费通知要求缴纳费用", "0", "1", "2"]);
    for (const read of [left, moved]) {
      // No line of values is a row of its own: each number's cell holds both its lines.
      expect(read.flat().filter((t) => /^\d+$/.test(t))).toEqual([]);
    }
  });

  // Whole rows of one length around the next row's label are rows, not a wrapped number's rest:
  // each a row's pitch from the next (lines a cell's pitch apart where rows stand further apart
  // are one cell's, below).
  it("keeps a line of values as long as the one above across a label between them", () => {
    const page = [
      line(120, ["规章", 80, 104], ["11", 212, 224], ["12", 260, 272]),
      line(138, ["1017", 212, 236], ["1018", 260, 284]),
      line(147, ["3.危及“三安全一稳定”", 80, 200]),
      line(156, ["1019", 212, 236], ["1020", 260, 284]),
      line(174, ["行政规范性文件", 80, 164], ["13", 212, 224], ["14", 260, 272]),
    ];
    const { tables } = streamTables(page);
    const cells = gridOf(tables[0]!).rows.flatMap((r) => r.map((c) => c.text));
    expect(cells).toContain("1017");
    expect(cells).toContain("1019");
    expect(cells.filter((t) => t.includes("\n"))).toEqual([]);
  });

  // Numbers wrapped over three lines of two figures (`100011` as `10` / `00` / `11`), the row's
  // label over two lines between them: each line but the first was read as a row of its own, and
  // `10` as each whole value (119 of 200 cells wrong in a Chromium print of a 90 mm page). A
  // cell's lines stand a line-height apart, rows further by their cells' paddings (14 against 16
  // here): lines of one length a cell's pitch apart are one cell's.
  it("joins a number wrapped over three lines, a cell's pitch apart, around its row's label", () => {
    const page = [
      line(100, ["规章", 80, 104], ["13", 212, 224], ["14", 260, 272]),
      line(120, ["10", 212, 224], ["10", 260, 272]),
      line(127, ["一、本年新收政府信息公开申", 40, 196]),
      line(134, ["00", 212, 224], ["00", 260, 272]),
      line(141, ["请数量", 100, 136]),
      line(148, ["11", 212, 224], ["12", 260, 272]),
      line(164, ["10", 212, 224], ["10", 260, 272]),
      line(171, ["二、上年结转政府信息公开申", 40, 196]),
      line(178, ["00", 212, 224], ["00", 260, 272]),
      line(185, ["请数量", 100, 136]),
      line(192, ["18", 212, 224], ["19", 260, 272]),
      line(208, ["行政规范性文件", 80, 164], ["15", 212, 224], ["16", 260, 272]),
    ];
    const rows = gridOf(streamTables(page).tables[0]!).rows.map((r) =>
      r.map((c) => c.text).filter((t) => t !== ""),
    );
    expect(rows).toEqual([
      ["规章", "13", "14"],
      ["一、本年新收政府信息公开申请数量", "10\n00\n11", "10\n00\n12"],
      ["二、上年结转政府信息公开申请数量", "10\n00\n18", "10\n00\n19"],
      ["行政规范性文件", "15", "16"],
    ]);
  });

  // A row of whole four-figure values (`9993`) a row's pitch above a row wrapped whole (`1000`
  // over `0`, its label between): the first line of the wrapped row joined the whole row as its
  // rest, and its rest read as a row (`0` for 10000, a hunt's wkhtmltopdf and Chromium prints of
  // Shanghai 2019). The rest may carry a group label beside the row's label (`（三）不予公`).
  it("keeps a line as long as the row above a row's pitch below it, and a group label by a rest", () => {
    const page = [
      line(100, ["（二）部分公开", 80, 164], ["9993", 212, 236], ["9994", 260, 284]),
      line(116, ["1000", 212, 236], ["1000", 260, 284]),
      line(122.5, ["1.属于国家秘密", 80, 164]),
      line(129, ["0", 212, 218], ["1", 260, 266]),
      line(145, ["1002", 212, 236], ["1002", 260, 284]),
      line(151.5, ["4.保护第三方合法权益", 80, 200]),
      line(158, ["（三）不予公", 4, 76], ["1", 212, 218], ["2", 260, 266]),
      line(174, ["行政规范性文件", 80, 164], ["13", 212, 224], ["14", 260, 272]),
    ];
    const rows = gridOf(streamTables(page).tables[0]!).rows.map((r) =>
      r.map((c) => c.text).filter((t) => t !== ""),
    );
    expect(rows).toEqual([
      ["（二）部分公开", "9993", "9994"],
      ["1.属于国家秘密", "1000\n0", "1000\n1"],
      ["（三）不予公", "4.保护第三方合法权益", "1002\n1", "1002\n2"],
      ["行政规范性文件", "13", "14"],
    ]);
  });

  // wkhtmltopdf wraps a narrow column's numbers a figure a line and a wider one's two figures a
  // line, their lines half a line apart: the row's line of the other column stood between a
  // figure and the one above it, and the figures of one length read as rows of their own.
  it("joins figures a cell's pitch apart past the row's own line of another column", () => {
    const page = [
      line(100, ["规章", 80, 104], ["5", 212, 218], ["67", 260, 272]),
      line(120, ["1", 212, 218]),
      line(121.5, ["一、本年新收", 80, 152], ["10", 260, 272]),
      line(133, ["0", 212, 218]),
      line(134.5, ["02", 260, 272]),
      line(146, ["1", 212, 218]),
      line(166, ["行政规范性文件", 80, 164], ["8", 212, 218], ["90", 260, 272]),
    ];
    const rows = gridOf(streamTables(page).tables[0]!).rows.map((r) =>
      r.map((c) => c.text).filter((t) => t !== ""),
    );
    expect(rows).toEqual([
      ["规章", "5", "67"],
      ["一、本年新收", "1\n0\n1", "10\n02"],
      ["行政规范性文件", "8", "90"],
    ]);
  });

  // Chromium's `word-break: break-all` wraps `1016` as `10` over `16` in a narrow column, the two
  // lines centred around the row's one line of whole values, half a line from it: read as rows
  // of their own, the halves were lost and the row read its other cells blank (99 of 200 cells
  // wrong in seed-distinct-chromium-break-all.pdf).
  it("joins lines set half a line from a row's line to its row, wrapped numbers on lines of their own", () => {
    const page = [
      line(114, ["10", 212, 224], ["10", 260, 272]),
      line(120, ["规章", 80, 104], ["1011", 170, 194]),
      line(126, ["16", 212, 224], ["17", 260, 272]),
      line(
        150,
        ["行政规范性文件", 80, 164],
        ["1018", 170, 194],
        ["1019", 212, 236],
        ["20", 260, 272],
      ),
      // A label wrapped over two lines, its values centred between them.
      line(174, ["2.其他法律行政法规禁止", 80, 200], ["10", 212, 224]),
      line(180, ["1021", 170, 194], ["1022", 260, 284]),
      line(186, ["公开", 80, 104], ["23", 212, 224]),
    ];
    const { tables } = streamTables(page);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["规章", "1011", "10\n16", "10\n17"],
      ["行政规范性文件", "1018", "1019", "20"],
      ["2.其他法律行政法规禁止公开", "1021", "10\n23", "1022"],
    ]);
  });

  // A review (2026-12-06): at 13 px Chromium set the lower halves 0.77 of a line below the row's
  // line, the upper ones 0.69 above: the upper half alone joined the row, and read as the number.
  it("joins the lower half by the row's own line, though farther from it than the upper half", () => {
    const page = [
      line(111.7, ["10", 212, 224], ["10", 260, 272]),
      line(120, ["规章", 80, 104], ["1011", 170, 194]),
      line(129.2, ["16", 212, 224], ["17", 260, 272]),
      line(
        150,
        ["行政规范性文件", 80, 164],
        ["1018", 170, 194],
        ["1019", 212, 236],
        ["20", 260, 272],
      ),
    ];
    expect(gridOf(streamTables(page).tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["规章", "1011", "10\n16", "10\n17"],
      ["行政规范性文件", "1018", "1019", "20"],
    ]);
  });

  it("keeps rows a whole line apart, and values over one another, as rows of their own", () => {
    const page = [
      line(120, ["规章", 80, 104], ["10", 212, 224], ["10", 260, 272]),
      line(132, ["行政规范性文件", 80, 164], ["16", 212, 224], ["17", 260, 272]),
      line(150, ["1.属于国家秘密", 80, 164], ["1", 212, 218], ["2", 260, 266]),
      // Half a line below, but under the row's own values (and longer: no rest of them).
      line(156, ["301", 212, 230], ["302", 260, 278]),
    ];
    const rows = gridOf(streamTables(page).tables[0]!).rows.map((r) => r.map((c) => c.text));
    expect(rows.slice(0, 3)).toEqual([
      ["规章", "10", "10"],
      ["行政规范性文件", "16", "17"],
      ["1.属于国家秘密", "1", "2"],
    ]);
  });

  // A hunt's LibreOffice PDFs (2026-12-06): `（四）无法提供` printed a character a line down the
  // side column, its `无` beside the rest of a wrapped number (`无 2 3`): read as a value (无), it
  // stood in the labels' area, and the table was cut at every side character after it, each
  // number's rest a table of its own (10067 read 1006).
  it("takes a 无 in the labels' area for a label's character, not a value", () => {
    const page = [
      line(230, ["1.本机关不掌", 143, 215], ["10008", 235, 265], ["10009", 277, 307]),
      line(244, ["4", 247, 253], ["5", 289, 295]),
      line(258, ["2.没有现成信", 143, 215], ["10010", 235, 265], ["10010", 277, 307]),
      line(272, ["无", 115, 127], ["2", 247, 253], ["3", 289, 295]),
      line(286, ["法", 115, 127]),
      line(300, ["3.补正后申请", 143, 215], ["10010", 235, 265], ["10011", 277, 307]),
      line(314, ["提", 115, 127], ["6", 247, 253], ["7", 289, 295]),
    ];
    const texts = streamTables(page).tables.flatMap((table) =>
      gridOf(table).rows.flatMap((r) => r.map((c) => c.text)),
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "10008\n4",
        "10009\n5",
        "10010\n2",
        "10010\n3",
        "10010\n6",
        "10011\n7",
      ]),
    );
    expect(texts).not.toContain("10010");
  });

  it("keeps a row of its own: a longer value below, or a label opening a row", () => {
    const page = [
      line(120, ["规章", 80, 104], ["1", 212, 218], ["2", 260, 266]),
      line(134, ["10", 212, 224], ["2", 260, 266]),
      line(150, ["行政规范性文件", 80, 164], ["3", 212, 218], ["4", 260, 266]),
    ];
    const { tables } = streamTables(page);
    const rows = gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text));
    expect(rows).not.toContainEqual(["规章", "1 10", "2 2"]);
    expect(rows).toContainEqual(["行政规范性文件", "3", "4"]);
  });
});

describe("streamTables: a table printed without ruling lines", () => {
  const page = [
    row(60, ["二、主动公开政府信息情况", 80]),
    row(100, ["信息内容", 80], ["本年制发件数", 200], ["本年废止件数", 300], ["现行有效件数", 400]),
    row(120, ["规章", 80], ["0", 230], ["0", 330], ["5", 430]),
    row(140, ["行政规范性文件", 80], ["3", 230], ["12", 427]),
    row(160, ["其他", 80], ["0", 230], ["0", 330], ["0", 430]),
    row(200, ["三、收到和处理政府信息公开申请情况", 80]),
  ];

  it("reads a row per data line, each value in the column it stands in, an empty cell where none is", () => {
    const { tables, lines } = streamTables(page);
    expect(tables).toHaveLength(1);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "0", "0", "5"],
      ["行政规范性文件", "3", "", "12"],
      ["其他", "0", "0", "0"],
    ]);
    // Its columns are where its values stand: the grid says so, for the mapper's checks.
    expect(gridOf(tables[0]!).inferred).toBe(true);
    // The headings around it stay prose.
    expect(lines.map((line) => line.text)).toEqual([
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
    ]);
  });

  it("a first row's label wrapped over several lines above its values is that row's", () => {
    // A narrow label column, values at the cells' bottoms: `一、本年新收政` / `府信息公开申请` /
    // `数量 11 17`, then the next row's label starting just under those values. The first row's
    // opening lines read as prose ended the table there, and `二、上年结转政` took 11 and 17.
    const { tables } = streamTables([
      row(60, ["三、收到和处理政府信息公开申请情况", 80]),
      row(100, ["自然人", 290], ["总计", 390]),
      row(120, ["一、本年新收政", 80]),
      row(135, ["府信息公开申请", 80]),
      row(150, ["数量", 80], ["11", 300], ["17", 400]),
      row(165, ["二、上年结转政", 80]),
      row(180, ["府信息公开申请", 80]),
      row(195, ["数量", 80], ["18", 300], ["24", 400]),
    ]);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["", "自然人", "总计"],
      ["一、本年新收政府信息公开申请数量", "11", "17"],
      ["二、上年结转政府信息公开申请数量", "18", "24"],
    ]);
  });

  it("labels at their cells' bottoms: each label's first lines are the row below's, not the row above's", () => {
    // A label column one character wide, values on each label's last line: `2.` stands just under
    // `密 51 57`, nearer to it than to its own values, and 1.'s opening line is too far above its
    // values to be pulled into the table. Joined by nearness, 2.'s start went to 1.'s row, and
    // 2.'s values to the row of 2.'s rest and 3.'s start.
    const column = (top: number, ...texts: string[]) =>
      texts.map((text, i) => row(top + i * 12, [text, 80]));
    const { tables } = streamTables([
      row(88, ["自然人", 290], ["总计", 390]),
      ...column(100, "1.", "属", "于", "国", "家", "秘"),
      row(172, ["密", 80], ["51", 300], ["57", 400]),
      ...column(184, "2.", "其", "他", "法"),
      row(232, ["律", 80], ["59", 300], ["63", 400]),
      ...column(244, "3.", "危", "及", "三"),
      row(292, ["安", 80], ["65", 300], ["71", 400]),
    ]);
    const rows = gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text));
    expect(rows.slice(-2)).toEqual([
      ["2.其他法律", "59", "63"],
      ["3.危及三安", "65", "71"],
    ]);
    expect(rows.at(-3)?.slice(1)).toEqual(["51", "57"]);
  });

  it("labels at their cells' bottoms: a row printed blank keeps its label, the next row its values", () => {
    // `2.` `重复` `申请` printed blank, then `3.` … `物 130 131`: the values' label opens at the last
    // opening line above them; the lines above that one are the blank row's.
    const column = (top: number, ...texts: string[]) =>
      texts.map((text, i) => row(top + i * 12, [text, 80]));
    const { tables } = streamTables([
      row(88, ["自然人", 290], ["总计", 390]),
      ...column(100, "1.", "信访"),
      row(124, ["举报", 80], ["51", 300], ["57", 400]),
      ...column(136, "2.", "重复", "申请", "3.", "要求"),
      row(196, ["出版物", 80], ["130", 300], ["136", 400]),
      ...column(208, "4.", "无正"),
      row(232, ["当理由", 80], ["65", 300], ["71", 400]),
    ]);
    const rows = gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text));
    expect(rows.slice(-3)).toEqual([
      ["2.重复申请", "", ""],
      ["3.要求出版物", "130", "136"],
      ["4.无正当理由", "65", "71"],
    ]);
  });

  it("a row printed blank keeps its own label: unnumbered, or centred apart from the next's", () => {
    // 行政处罚 printed blank over 行政强制 9: no ordinal to tell it from the rest of a label, but a
    // whole row label of the registry. Joined, 行政处罚 read 9.
    const disclosure = streamTables([
      row(100, ["信息内容", 80], ["本年处理决定数量", 250]),
      row(120, ["行政许可", 80], ["7", 300]),
      row(140, ["行政处罚", 80]),
      row(160, ["行政强制", 80], ["9", 300]),
    ]);
    expect(gridOf(disclosure.tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["信息内容", "本年处理决定数量"],
      ["行政许可", "7"],
      ["行政处罚", ""],
      ["行政强制", "9"],
    ]);
    // Labels centred in their cells: （一）予以公开 printed blank stands right of （二）部分公开's
    // start, just above it. Two labels of one kind of ordinal are two rows.
    const applications = streamTables([
      row(100, ["自然人", 400], ["总计", 480]),
      row(120, ["二、上年结转政府信息公开申请数量", 80], ["1", 410], ["1", 490]),
      row(150, ["三、本年度办理", 80], ["（一）予以公开", 250]),
      row(160, ["（二）部分公开（区分处理的）", 200], ["2", 410], ["2", 490]),
      row(180, ["（三）不予公开", 250], ["3", 410], ["3", 490]),
    ]);
    const rows = gridOf(applications.tables[0]!).rows.map((r) => r.map((c) => c.text).join("|"));
    expect(rows.find((text) => text.includes("予以公开"))).not.toMatch(/\d/);
    expect(rows.find((text) => text.includes("部分公开"))).toMatch(/2\|2$/);
    // Two whole row labels, centred: 行政处罚 printed blank just above 其他对外管理服务事项 4 5
    // (middle-aligned cells), starting apart from it. Joined, 行政处罚 read 4 and 5.
    const centred = streamTables([
      row(100, ["信息内容", 80], ["上一年项目数量", 250], ["本年增/减", 350]),
      row(120, ["行政许可", 80], ["7", 280], ["8", 380]),
      row(138, ["行政处罚", 104]),
      row(150, ["其他对外管理服务事项", 80], ["4", 280], ["5", 380]),
    ]);
    expect(gridOf(centred.tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["信息内容", "上一年项目数量", "本年增/减"],
      ["行政许可", "7", "8"],
      ["行政处罚", "", ""],
      ["其他对外管理服务事项", "4", "5"],
    ]);
  });

  it("a first row's label wrapped above its values keeps the header above it", () => {
    // `一、本年新收政府信息公开` / `申请数量 0 0` in a narrow column: the first line, one piece at
    // the table's left edge, is no paragraph: the header lines above it belong to the table.
    const { tables, lines } = streamTables([
      row(60, ["三、收到和处理政府信息公开申请情况", 80]),
      row(100, ["自然人", 290], ["总计", 390]),
      row(120, ["一、本年新收政府信息公开", 80]),
      row(135, ["申请数量", 80], ["3", 300], ["3", 400]),
      row(160, ["二、上年结转政府信息公开申请数量", 80], ["1", 300], ["1", 400]),
    ]);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["", "自然人", "总计"],
      ["一、本年新收政府信息公开申请数量", "3", "3"],
      ["二、上年结转政府信息公开申请数量", "1", "1"],
    ]);
    expect(lines.map((line) => line.text)).toEqual(["三、收到和处理政府信息公开申请情况"]);
  });

  it("a label wrapped over lines joins the row whose values are nearest", () => {
    const { tables } = streamTables([
      row(100, ["一、本年新收申请", 80], ["3", 300], ["3", 400]),
      row(118, ["（二）部分公开（区分处理的，", 80]),
      row(127, ["1", 300], ["1", 400]),
      row(136, ["只计这一情形）", 80]),
      row(160, ["四、结转下年度继续办理", 80], ["0", 300], ["0", 400]),
    ]);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["一、本年新收申请", "3", "3"],
      ["（二）部分公开（区分处理的，只计这一情形）", "1", "1"],
      ["四、结转下年度继续办理", "0", "0"],
    ]);
  });

  it("a label centred in its cell is one label cell, its lines in the order printed", () => {
    // Each line of a centred label starts elsewhere: `“三安全一` 9 points left of `3.危及`, and two
    // labels alike make both places label columns. Cut into the columns where its lines start,
    // the label read `“三安全一` | `3.危及稳定”`, which names no row.
    const { tables } = streamTables([
      row(88, ["自然人", 290], ["总计", 390]),
      row(100, ["3.危及", 179]),
      row(115, ["“三安全一", 170], ["53", 300], ["59", 400]),
      row(130, ["稳定”", 182]),
      row(145, ["8.属于", 179]),
      row(160, ["行政查询事", 170], ["88", 300], ["94", 400]),
      row(175, ["项", 194]),
    ]);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      // The label's lines run over both places they start: one label column.
      ["", "自然人", "总计"],
      ["3.危及“三安全一稳定”", "53", "59"],
      ["8.属于行政查询事项", "88", "94"],
    ]);
  });

  it("a label wrapped over many lines between two rows keeps the table whole", () => {
    // Each label wraps over four lines, its values set at their middle: two rows' values stand
    // more than APART pitches apart, the lines between them a label's rest, each close below the
    // one before.
    const { tables, lines } = streamTables([
      row(100, ["3.其他", 80], ["1", 300], ["1", 400]),
      row(118, ["1.申请人无正当理由逾", 80]),
      row(136, ["期不补正、行政机关不", 80]),
      row(145, ["0", 300], ["0", 400]),
      row(154, ["再处理其政府信息公开", 80]),
      row(172, ["申请", 80]),
      row(190, ["2.申请人逾期未按收费", 80]),
      row(208, ["通知要求缴纳费用、行", 80]),
      row(217, ["0", 300], ["0", 400]),
      row(226, ["政机关不再处理其政府", 80]),
      row(244, ["信息公开申请", 80]),
      row(262, ["（七）总计", 80], ["63", 297], ["69", 397]),
    ]);
    expect(tables).toHaveLength(1);
    expect(lines).toEqual([]);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["3.其他", "1", "1"],
      ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0", "0"],
      ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0", "0"],
      ["（七）总计", "63", "69"],
    ]);
  });

  it("a table going on at the top of a page: the label lines above its first row are that row's", () => {
    // The group's label in the first column, the rows' labels in the second: the first row's label
    // starts a line above its values.
    const { tables } = streamTables([
      row(60, ["3.补正后申请内容仍不", 160]),
      row(69, ["供", 80], ["0", 300], ["0", 400]),
      row(78, ["明确", 160]),
      row(100, ["1.信访举报投诉类申请", 160], ["0", 300], ["2", 400]),
    ]);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["供", "3.补正后申请内容仍不明确", "0", "0"],
      ["", "1.信访举报投诉类申请", "0", "2"],
    ]);
  });

  it("values printed close together, and a value printed against its label, are cut apart", () => {
    const { tables } = streamTables([
      lineOf([run("规章", 80, 100), run("0 0 0", 300, 100, { x1: 354 })]),
      // The label fills its cell up to the first value column, which pdf.js prints as one item.
      lineOf([run("行政规范性文件3", 215, 120, { x1: 306 }), run("0 8", 327, 120, { x1: 354 })]),
    ]);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["规章", "0", "0", "0"],
      ["行政规范性文件", "3", "0", "8"],
    ]);
  });

  it("prose with numbers is no table, nor is a single line of values", () => {
    const prose = [
      row(100, ["2022年，我镇主动公开信息数为209条，其中电子化公开的信息数为51条。", 80]),
      row(120, ["行政许可", 80], ["404", 300]),
      row(200, ["本年度未收取信息处理费。", 80]),
    ];
    const { tables, lines } = streamTables(prose);
    expect(tables).toEqual([]);
    expect(lines).toHaveLength(3);
  });

  it("one data line is a table under a header naming each of its values", () => {
    const { tables, lines } = streamTables([
      row(80, ["第二十条第（八）项", 80]),
      row(100, ["信息内容", 100], ["本年收费金额", 280]),
      row(120, ["行政事业性收费", 80], ["0", 310]),
    ]);
    expect(lines.map((line) => line.text)).toEqual(["第二十条第（八）项"]);
    expect(tables[0]?.alone).toBeUndefined();
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["信息内容", "本年收费金额"],
      ["行政事业性收费", "0"],
    ]);
  });

  it("one data line under a header with more words than values is a lone row, its lines kept", () => {
    // `72 72` under seven headers: its columns are only where its two values stand.
    const { tables } = streamTables([
      row(100, ["自然人", 240], ["商业企业", 290], ["其他", 360], ["总计", 400]),
      row(120, ["四、结转下年度继续办理", 80], ["72", 250], ["72", 405]),
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.alone?.map((line) => line.text)).toEqual([
      "自然人 商业企业 其他 总计",
      "四、结转下年度继续办理 72 72",
    ]);
  });

  it("a label's rest beside a group label goes with the row above, not the enumerated one below", () => {
    // `（六） 处理其政府信息公开申请` stands nearer `其他处 2.申请人…`'s values, but `2.` opens the
    // row below in the rest's own column.
    const { tables } = streamTables([
      row(100, ["1.申请人无正当理由逾期", 160], ["0", 330], ["1", 400]),
      row(111, ["（六）", 80], ["处理其政府信息公开申请", 160]),
      row(120, ["其他处", 80], ["2.申请人逾期未按收费", 160], ["2", 330], ["3", 400]),
      row(140, ["理", 80], ["3.其他", 160], ["4", 330], ["5", 400]),
    ]);
    expect(gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text))).toEqual([
      ["（六）", "1.申请人无正当理由逾期处理其政府信息公开申请", "0", "1"],
      ["其他处", "2.申请人逾期未按收费", "2", "3"],
      ["理", "3.其他", "4", "5"],
    ]);
  });

  const texts = (table: Parameters<typeof gridOf>[0]) =>
    gridOf(table).rows.map((r) => r.map((c) => c.text));

  it("columns no row fills, each under its leaf header, a header spanning several dropped", () => {
    // 科研 gets a column though no value stands under it; 法人或其他组织 stands over 商业 and 科研.
    const header = [
      row(80, ["法人或其他组织", 330]),
      row(100, ["自然人", 280], ["商业", 330], ["科研", 380], ["总计", 430]),
    ];
    const { tables } = streamTables([
      ...header,
      row(120, ["一、本年新收", 80], ["5", 290], ["1", 336], ["6", 436]),
      row(140, ["二、上年结转", 80], ["2", 290], ["2", 436]),
    ]);
    expect(texts(tables[0]!)).toEqual([
      ["", "", "法人或其他组织", ""],
      ["", "自然人", "商业", "科研", "总计"],
      ["一、本年新收", "5", "1", "", "6"],
      ["二、上年结转", "2", "", "", "2"],
    ]);
  });

  it("a label with a note wrapped over lines around its values opens its own row", () => {
    // Values centred beside a label of five lines: `规范性文件（行政机关…` stands one line under
    // `规章 0 0 0` and two above its own values. Joined by nearness it went to 规章's row; a whole
    // row label with a note after it opens a row as the label alone does.
    const { tables } = streamTables([
      row(100, ["信息内容", 80], ["本年新制作数量", 300], ["本年新公开数量", 400]),
      row(120, ["规章（设区的市、自治州人民政府提供）", 80], ["0", 330], ["0", 430]),
      row(135, ["规范性文件（行政机关制定发布的决定、", 80]),
      row(150, ["公告、通告、意见、通知，以及标题采用", 80]),
      row(158, ["2", 330], ["19", 427]),
      row(165, ["“规定”“办法”等字样的公文，一般", 80]),
      row(180, ["情况下属于规范性文件）", 80]),
    ]);
    expect(texts(tables[0]!)).toEqual([
      ["信息内容", "本年新制作数量", "本年新公开数量"],
      ["规章（设区的市、自治州人民政府提供）", "0", "0"],
      [
        "规范性文件（行政机关制定发布的决定、公告、通告、意见、通知，以及标题采用“规定”“办法”等字样的公文，一般情况下属于规范性文件）",
        "2",
        "19",
      ],
    ]);
  });

  it("a header typed with a word space (`商业 企业`) is one header, not two columns", () => {
    // Chromium wraps the narrow header cell `商业 企业` into `商业 企` over `业`, and gives `商业 企`
    // as one item: its space is a quarter em, a typed space, not the half em and more between two
    // cells. Cut at it, `企` made a column of its own that no value stood in, and every row of
    // table 三 read one column too many.
    const header = [
      lineOf([
        run("自然", 280, 100, { x1: 304 }),
        run("商业 企", 330, 100, { x1: 369 }),
        run("科研 机", 392, 100, { x1: 431 }),
        run("总", 450, 100, { x1: 462 }),
      ]),
      row(115, ["人", 280], ["业", 330], ["构", 392], ["计", 450]),
    ];
    const { tables } = streamTables([
      ...header,
      row(135, ["一、本年新收", 80], ["5", 290], ["1", 346], ["0", 408], ["6", 453]),
      row(155, ["二、上年结转", 80], ["2", 290], ["2", 346], ["0", 408], ["4", 453]),
    ]);
    const rows = texts(tables[0]!);
    expect(rows.slice(-2)).toEqual([
      ["一、本年新收", "5", "1", "0", "6"],
      ["二、上年结转", "2", "2", "0", "4"],
    ]);
    expect(rows[0]).toEqual(["", "自然", "商业 企", "科研 机", "总"]);
  });

  it.each([
    ["half an em", 350],
    // 3 px paddings at 18 px: the words stand as close as a typed space would, but put together
    // they start no header.
    ["a third of an em", 348],
  ])("two cells' headers given as one item, %s apart, are two columns", (_, x1) => {
    // pdf.js joins glyphs less than 0.6 em apart: `本年制发件数 本年废止件数` is one item over two
    // cells whose words stand as far apart as the cells' paddings.
    const { tables } = streamTables([
      lineOf([
        run("信息内容", 80, 100, { x1: 128 }),
        run("本年制发件数 本年废止件数", 200, 100, { x1 }),
      ]),
      row(120, ["规章", 80], ["1", 230], ["2", 320]),
      row(140, ["行政规范性文件", 80], ["", 230], ["4", 320]),
    ]);
    expect(texts(tables[0]!)).toEqual([
      ["信息内容", "本年制发件数", "本年废止件数"],
      ["规章", "1", "2"],
      ["行政规范性文件", "", "4"],
    ]);
  });

  it("a change written with a sign word (`增10`) is one value, not a label's word and a number", () => {
    const { tables } = streamTables([
      row(
        100,
        ["信息内容", 80],
        ["上一年项目数量", 200],
        ["本年增/减", 320],
        ["处理决定数量", 420],
      ),
      row(120, ["行政许可", 80], ["8", 230], ["增10", 330], ["18", 440]),
      // Values set flush left: `0` stands under `增`, `10` right of it. Cut into a label's word and
      // a number, `10` made a column of its own.
      row(140, ["其他对外管理服务事项", 80], ["0", 230], ["0", 330], ["0", 440]),
    ]);
    expect(texts(tables[0]!)).toEqual([
      ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
      ["行政许可", "8", "增10", "18"],
      ["其他对外管理服务事项", "0", "0", "0"],
    ]);
  });

  it("a value between two headers leaves the columns to the values alone", () => {
    // `1` stands between 商业 and 科研: it has no one column, and 科研 gets none of its own.
    const { tables } = streamTables([
      row(100, ["自然人", 280], ["商业", 330], ["科研", 380], ["总计", 430]),
      row(120, ["一、本年新收", 80], ["5", 290], ["1", 364], ["6", 436]),
      row(140, ["二、上年结转", 80], ["2", 290], ["2", 436]),
    ]);
    const rows = texts(tables[0]!);
    expect(rows[1]).toEqual(["一、本年新收", "5", "1", "6"]);
  });

  it("a row's value alone on a line between its label's lines keeps the table whole", () => {
    // `（二）部分公开（区分处理的，` / `3` / `不计其他情形）`: the line of `3` is a row.
    const { tables } = streamTables([
      row(100, ["自然人", 280], ["总计", 430]),
      row(120, ["（一）予以公开", 80], ["5", 290], ["5", 436]),
      row(136, ["（二）部分公开（区分处理的，", 80]),
      row(142, ["3", 290]),
      row(148, ["不计其他情形）", 80]),
      row(164, ["（三）不予公开", 80], ["1", 290], ["1", 436]),
    ]);
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!)).toEqual([
      ["", "自然人", "总计"],
      ["（一）予以公开", "5", "5"],
      ["（二）部分公开（区分处理的，不计其他情形）", "3", ""],
      ["（三）不予公开", "1", "1"],
    ]);
  });

  it("the label of a row printed blank is a row of its own, the label's rest with it", () => {
    // `2.其他法律…` has no value to stand by: it joined `1.属于国家秘密 14` or `3.危及… 2`.
    const { tables } = streamTables([
      row(100, ["自然人", 280], ["总计", 430]),
      row(120, ["1.属于国家秘密", 80], ["14", 290], ["14", 436]),
      row(136, ["2.其他法律行政法规", 80]),
      row(150, ["禁止公开", 80]),
      row(166, ["3.危及三安全一稳定", 80], ["2", 290], ["2", 436]),
    ]);
    expect(texts(tables[0]!)).toEqual([
      ["", "自然人", "总计"],
      ["1.属于国家秘密", "14", "14"],
      ["2.其他法律行政法规禁止公开", "", ""],
      ["3.危及三安全一稳定", "2", "2"],
    ]);
  });

  it("a mark printed where labels stand is a label's, and keeps the rows' labels with their values", () => {
    // A row printed a column short (print-hunt sr-*, `--mark －`): its first value, `－`, under the
    // last label column. Read as a value, the labels' side ended at it: `2.其他法`, reaching past
    // it, began a table of its own, and 2.其他法律行政法规禁止公开 was read blank (`null` for a
    // printed 58), its values quoted apart.
    const { tables } = streamTables([
      row(100, ["自然人", 254], ["商业", 300], ["总计", 340]),
      row(120, ["二、上年结转", 80], ["－", 206], ["31", 266], ["32", 306]),
      row(140, ["（三）不予", 80], ["1.属于国家", 200], ["51", 266], ["52", 306], ["53", 346]),
      row(160, ["2.其他法", 200]),
      row(176, ["律行政法", 200], ["58", 266], ["59", 306], ["60", 346]),
      row(192, ["规禁止公", 200]),
      row(212, ["3.危及", 200], ["65", 266], ["66", 306], ["67", 346]),
    ]);
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!)).toEqual([
      ["", "", "自然人", "商业", "总计"],
      ["二、上年结转", "－", "31", "32", ""],
      ["（三）不予", "1.属于国家", "51", "52", "53"],
      ["", "2.其他法律行政法规禁止公", "58", "59", "60"],
      ["", "3.危及", "65", "66", "67"],
    ]);
  });

  it("a mark opening a row of another table read in the same body stays a value", () => {
    // Table 三's last rows and table 四 in one body (wkhtmltopdf's landscape page read alone):
    // 四's `/` stands beside 三's side column (`（五）`), left of the body's first number (四's `2`).
    // Read as a label's character, 四's columns were read from the rest: 结果纠正 and 其他结果
    // one column, every value of the row a column off its header (its 15 cells quoted). 四's
    // numbers stand in no column of 三's rows: its row is no row of 三.
    const { tables } = streamTables([
      row(100, ["（五）", 30], ["2.重复申请", 80], ["5", 600], ["4", 640]),
      row(116, ["不予处", 30], ["3.要求提供", 80], ["0", 600], ["0", 640]),
      row(132, ["（七）总计", 30], ["767", 600], ["2", 680]),
      row(148, ["四、结转下年度", 10], ["72", 600], ["72", 720]),
      row(172, ["四、政府信息公开行政复议", 30]),
      row(
        188,
        ...["结果维持", "结果纠正", "其他结果", "尚未审结"].map((h, i): [string, number] => [
          h,
          20 + 60 * i,
        ]),
        ["总计", 272],
        ["结果维持", 320],
        ["总计", 392],
      ),
      row(204, ["/", 38], ["2", 221], ["7", 281], ["—", 335], ["9", 401]),
    ]);
    expect(texts(tables.at(-1)!).slice(-2)).toEqual([
      ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "总计"],
      ["/", "", "", "2", "7", "—", "9"],
    ]);
  });

  it("marks under a sub-table's header words stay values: header words are no row's label", () => {
    // Table 二's sub-tables in one region, a column of marks only: the next sub-table's header
    // (`上一年项目数`) stands over it. Taken for labels, it made the marks labels' characters.
    const { tables } = streamTables([
      row(100, ["规章", 80], ["＿", 206], ["2", 250], ["3", 290]),
      row(120, ["规范性文件", 80], ["＿", 206], ["5", 250], ["6", 290]),
      row(144, ["上一年项目数", 176]),
      row(164, ["行政许可", 80], ["＿", 206], ["8", 250], ["9", 290]),
      row(184, ["其他", 80], ["＿", 206], ["11", 250], ["12", 290]),
    ]);
    expect(tables.flatMap((t) => texts(t)).filter((r) => r[0] !== "")).toEqual([
      ["规章", "＿", "2", "3"],
      ["规范性文件", "＿", "5", "6"],
      ["行政许可", "＿", "8", "9"],
      ["其他", "＿", "11", "12"],
    ]);
  });

  it("a value and the next cell's mark in one item, across the columns' edge: both cells quoted", () => {
    // No lines, no padding: `1016` set right against `－` set left in the next cell, one font, one
    // item (pdf.js set no space: under a tenth of an em apart). Its centre in 1016's column, the
    // mark's cell was read blank (`null` for a printed `－`). Side by side, nothing tells one text
    // from two (`－5` is a change), so each cell its characters stand in quotes it (`…`, unreadable).
    const { tables } = streamTables([
      row(100, ["规章", 80], ["1013", 206], ["1014", 236], ["1015", 266]),
      row(120, ["行政规范性文件", 80], ["1016－", 206], ["1018", 266]),
      row(140, ["其他", 80], ["1019", 206], ["1020", 236], ["1021", 266]),
      // Within one column, it is read as printed, as before.
      row(160, ["合计", 80], ["－5", 206], ["1022", 236], ["1023", 266]),
    ]);
    expect(texts(tables[0]!)).toEqual([
      ["规章", "1013", "1014", "1015"],
      ["行政规范性文件", "1016－…", "1016－…", "1018"],
      ["其他", "1019", "1020", "1021"],
      ["合计", "－5", "1022", "1023"],
    ]);
  });

  it("one line of values without a label is a table under headers leaving each value one column", () => {
    // Table 四 without lines: `5 2 7` under its outcome headers, the group header over them all.
    const { tables, lines } = streamTables([
      row(80, ["行政复议", 250]),
      row(100, ["结果维持", 200], ["尚未审结", 260], ["其他结果", 320], ["总计", 380]),
      row(120, ["5", 220], ["2", 280], ["7", 388]),
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.alone).toBeUndefined();
    expect(texts(tables[0]!).slice(1)).toEqual([
      ["结果维持", "尚未审结", "其他结果", "总计"],
      ["5", "2", "", "7"],
    ]);
    expect(lines).toEqual([]);
  });

  it("nor is it a table when a value stands under no header", () => {
    const { tables } = streamTables([
      row(100, ["结果维持", 200], ["尚未审结", 260], ["总计", 380]),
      row(120, ["5", 220], ["2", 340], ["7", 388]),
    ]);
    expect(tables).toEqual([]);
  });

  it("lines of values alone carry a table's body on across a label wrapped over many lines", () => {
    // A 120 mm column: `3` and `14` alone on their lines, the labels wrapped around them, the next
    // row with a label beside its value far below.
    const { tables } = streamTables([
      row(100, ["自然人", 280], ["总计", 430]),
      row(120, ["（一）予以公开", 80], ["5", 290], ["5", 436]),
      row(134, ["（二）部分公开（区", 80]),
      row(140, ["3", 290]),
      row(146, ["分处理的）", 80]),
      row(160, ["1.属于国家", 100]),
      row(166, ["14", 287]),
      row(172, ["秘密", 100]),
      row(186, ["2.其他法律", 100]),
      row(198, ["行政法规禁", 100]),
      row(210, ["止公开", 100]),
      row(222, ["3.危及安全", 100], ["2", 290], ["2", 436]),
    ]);
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!).map((cells) => cells.filter((text) => text !== ""))).toEqual([
      ["自然人", "总计"],
      ["（一）予以公开", "5", "5"],
      ["（二）部分公开（区分处理的）", "3"],
      // `2.其他法律…` is nearer `14` than `3.危及安全`, but no values stand between it and `3.`,
      // and `14` is claimed by `1.属于国家`, which opens above it: a row printed blank.
      ["1.属于国家秘密", "14"],
      ["2.其他法律行政法规禁止公开"],
      ["3.危及安全", "2", "2"],
    ]);
  });

  // The two bounds of a label read as a row printed blank (`opensBlank`), each of which a draft
  // lacked: then 429 cells of the rendering matrix's narrow prints without borders and 41 of
  // wkhtmltopdf's landscape prints read `null` where a value was printed.
  it("a group's label beside a row's values ends no blank row: the values are the row's", () => {
    // `（三）` left of 4.'s values, between the lines of 4.'s label: not the next label of 4.'s
    // column, so 4. is not printed blank (its `7 7` would go to `方合法权益`, 4. read null).
    const { tables } = streamTables([
      row(100, ["自然人", 280], ["总计", 430]),
      row(120, ["3.危及安全", 100], ["2", 290], ["2", 436]),
      row(140, ["4.保护第三", 100]),
      row(152, ["（三）", 40], ["7", 290], ["7", 436]),
      row(164, ["方合法权益", 100]),
      row(180, ["5.属于内部", 100], ["1", 290], ["1", 436]),
    ]);
    expect(texts(tables[0]!)).toEqual([
      ["", "", "自然人", "总计"],
      ["", "3.危及安全", "2", "2"],
      ["（三）", "4.保护第三方合法权益", "7", "7"],
      ["", "5.属于内部", "1", "1"],
    ]);
  });

  it("values set 3.5 pt above their label's line are beside it: no blank row", () => {
    // wkhtmltopdf's print: each row's values a little above its label. Values reaching into the
    // label's line are its own (were 4. and 5. read blank, 5.'s `1 1` would be no row's).
    const { tables } = streamTables([
      row(100, ["自然人", 280], ["总计", 430]),
      row(120, ["3.危及安全", 100], ["2", 290], ["2", 436]),
      row(136.5, ["7", 290], ["7", 436]),
      row(140, ["4.保护第三方", 100]),
      row(156.5, ["1", 290], ["1", 436]),
      row(160, ["5.属于内部", 100]),
    ]);
    expect(texts(tables[0]!)).toEqual([
      ["", "自然人", "总计"],
      ["3.危及安全", "2", "2"],
      ["4.保护第三方", "7", "7"],
      ["5.属于内部", "1", "1"],
    ]);
  });

  it("values set on the line above their label are its own, also the last row's", () => {
    // Each row's values at its cell's top, its label at the bottom: the line of values ends where
    // the label's starts. The last label has no label after it, and the one above opens between
    // its values and the values before: read as printed blank, 6. was `null` for a printed 40.
    const { tables } = streamTables([
      row(100, ["自然人", 280], ["总计", 430]),
      row(118, ["10", 290], ["16", 436]),
      row(130, ["3.危及安全", 100]),
      row(148, ["20", 290], ["26", 436]),
      row(160, ["4.保护第三方", 100]),
      row(178, ["30", 290], ["36", 436]),
      row(190, ["5.属于内部", 100]),
      row(208, ["40", 290], ["46", 436]),
      row(220, ["6.属于过程", 100]),
    ]);
    expect(texts(tables[0]!).map((cells) => cells.filter((text) => text !== ""))).toEqual([
      ["自然人", "总计"],
      ["3.危及安全", "10", "16"],
      ["4.保护第三方", "20", "26"],
      ["5.属于内部", "30", "36"],
      ["6.属于过程", "40", "46"],
    ]);
  });

  it("a line of values two lines under a row's, a label's rest between, is the next row's", () => {
    // Values at the tops of cells taller than two lines, labels at the bottoms: a label of two
    // lines starts beside its values, one of one line stands alone under them. The line `72 78`,
    // a row's pitch under `65 71` across `定”`, was joined to it as the rest of wrapped numbers
    // (a label's lines stand twice as close): 3.'s cells read `65 72`, unreadable, and 4.'s label
    // alone, a row printed blank, read `null` where 72 and 78 were printed.
    const { tables } = streamTables([
      row(100, ["自然人", 280], ["总计", 430]),
      row(120, ["3.危及“三安全一稳", 100], ["65", 290], ["71", 436]),
      row(141, ["定”", 130]),
      row(161, ["72", 290], ["78", 436]),
      row(182, ["4.保护第三方合法权益", 100]),
      row(202, ["5.属于三类内部事务信", 100], ["79", 290], ["85", 436]),
      row(223, ["息", 150]),
      row(243, ["86", 290], ["92", 436]),
      row(264, ["6.属于四类过程性信息", 100]),
    ]);
    expect(texts(tables[0]!).map((cells) => cells.filter((text) => text !== ""))).toEqual([
      ["自然人", "总计"],
      ["3.危及“三安全一稳定”", "65", "71"],
      ["4.保护第三方合法权益", "72", "78"],
      ["5.属于三类内部事务信息", "79", "85"],
      ["6.属于四类过程性信息", "86", "92"],
    ]);
  });

  it("a label under a line of values read as no table is no header of the table after it", () => {
    // Tall cells, values at their tops, labels at the bottoms: 规章 printed blank, then 规范性文件's
    // `4 5` over its label, the header further above than a header stands. That one line of values
    // is no table; 规范性文件, read as the first header line of the sub-table after it, was a row of
    // its own there, blank: `null` where 4 and 5 were printed. Left to the text, it is read with
    // 规章 and `4 5`, which its label and 规章's both may name (quoted, never blank).
    const lines = [
      row(100, ["第二十条第（一）项", 250]),
      row(120, ["信息内容", 80], ["本年新制作数量", 200], ["本年新公开数量", 300]),
      row(175, ["规章", 90]),
      row(195, ["4", 230], ["5", 330]),
      row(215, ["规范性文件", 80]),
      row(245, ["第二十条第（五）项", 250]),
      row(265, ["信息内容", 80], ["上一年项目数量", 200], ["本年增/减", 300]),
      row(295, ["8", 230], ["9", 330]),
      row(315, ["行政许可", 80]),
      row(335, ["10", 230], ["11", 330]),
      row(355, ["其他对外管理服务事项", 40]),
    ];
    const { tables, lines: prose } = streamTables(lines);
    expect(prose.map((line) => line.text)).toContain("规范性文件");
    expect(tables.flatMap((table) => texts(table).flat())).not.toContain("规范性文件");
  });

  it("rows printed blank under a repeated header are the table's, not prose", () => {
    // A page going on with table 三: its header again, then `3.危及…` and `4.保护…` printed blank.
    const { tables, lines } = streamTables([
      row(100, ["自然人", 280], ["总计", 430]),
      row(120, ["3.危及安全稳定", 80]),
      row(136, ["4.保护第三方", 80]),
      row(152, ["5.属于内部事务", 80], ["5", 290], ["5", 436]),
      row(168, ["6.属于过程信息", 80], ["3", 290], ["3", 436]),
    ]);
    expect(lines).toEqual([]);
    expect(texts(tables[0]!)).toEqual([
      ["", "自然人", "总计"],
      ["3.危及安全稳定", "", ""],
      ["4.保护第三方", "", ""],
      ["5.属于内部事务", "5", "5"],
      ["6.属于过程信息", "3", "3"],
    ]);
  });

  it("an enumerated line above a table with no header over its values stays prose", () => {
    const { tables, lines } = streamTables([
      row(120, ["1.加强公开工作", 80]),
      row(136, ["（一）规章", 80], ["5", 290], ["5", 436]),
      row(152, ["（二）规范性文件", 80], ["3", 290], ["3", 436]),
    ]);
    expect(lines.map((line) => line.text)).toEqual(["1.加强公开工作"]);
    expect(texts(tables[0]!)[0]).toEqual(["（一）规章", "5", "5"]);
  });

  it("a group label's line beside no value after a blank row is a row of its own too", () => {
    // `5.要求…` printed blank, then `（六）其他处理` (blank) nearer it than `（七）总计 7`.
    const { tables } = streamTables([
      row(100, ["自然人", 280], ["总计", 430]),
      row(120, ["（五）", 80], ["2.重复申请", 130], ["5", 290], ["5", 436]),
      row(136, ["5.要求确认", 130]),
      row(151, ["（六）其他处理", 80]),
      row(167, ["（七）总计", 80], ["7", 290], ["7", 436]),
    ]);
    expect(texts(tables[0]!).map((cells) => cells.filter((text) => text !== ""))).toEqual([
      ["自然人", "总计"],
      ["（五）", "2.重复申请", "5", "5"],
      ["5.要求确认"],
      ["（六）其他处理"],
      ["（七）总计", "7", "7"],
    ]);
  });

  it("a label opening above a line of values alone is never read as a row printed blank", () => {
    // `2.其他法律…` nearer the row above than its own values (`4` alone, 1.5 lines below it): it
    // joins the values, never a blank row (its values would be read null).
    const { tables } = streamTables([
      row(100, ["自然人", 280], ["总计", 430]),
      row(120, ["1.属于国家秘密", 80], ["1", 290], ["1", 436]),
      row(134, ["2.其他法律", 80]),
      row(145, ["行政法规", 80]),
      row(152, ["4", 290]),
      row(159, ["禁止公开", 80]),
      row(170, ["的信息", 80]),
    ]);
    const rows = texts(tables[0]!).map((cells) => cells.filter((text) => text !== ""));
    expect(rows).not.toContainEqual(["2.其他法律"]);
    expect(rows.find((cells) => cells.includes("4"))?.[0]).toMatch(
      /^(?:1\.属于国家秘密)?2\.其他法律/,
    );
  });
  // Values at their cells' tops, labels at the bottoms, cells 36 pt tall: each line of values
  // stands 6 pt above its label and 6 pt below the label above (the row above's).
  const offset = (first: "values" | "label", rows: readonly [string, string, string][]) => {
    const lines = [row(100, ["自然人", 280], ["总计", 430])];
    rows.forEach(([label, a, b], i) => {
      const top = 120 + 36 * i;
      const values = row(top + (first === "values" ? 0 : 18), [a, 290], [b, 436]);
      const labelled = row(top + (first === "values" ? 18 : 0), [label, 100]);
      lines.push(...(first === "values" ? [values, labelled] : [labelled, values]));
    });
    return texts(streamTables(lines).tables[0]!).map((cells) => cells.filter((t) => t !== ""));
  };
  const rows: [string, string, string][] = [
    ["3.危及安全", "10", "16"],
    ["4.保护第三方", "20", "26"],
    ["5.属于内部", "30", "36"],
  ];

  it("values set apart above their labels, the first under the header: the label below's", () => {
    // By nearness each label took the next row's values, the first row's left without a label.
    expect(offset("values", rows)).toEqual([
      ["自然人", "总计"],
      ["3.危及安全", "10", "16"],
      ["4.保护第三方", "20", "26"],
      ["5.属于内部", "30", "36"],
    ]);
  });

  it("values set apart below their labels, the last at the end: the label above's", () => {
    expect(offset("label", rows)).toEqual([
      ["自然人", "总计"],
      ["3.危及安全", "10", "16"],
      ["4.保护第三方", "20", "26"],
      ["5.属于内部", "30", "36"],
    ]);
  });

  // va-top-b (print-hunt seed 5): values at the cells' tops, centred labels at the bottoms, the
  // group label `三、本年` on the third row's values' line reaching past the centred label above
  // (x 40–88 against 79). That row was never weighed as set apart, `（一）予以公开` at the page's
  // foot read printed blank (7 × null) and 25 … 31 quoted.
  const footed = [
    line(641, ["自然人", 316, 340], ["总计", 534, 558]),
    line(660.3, ["11", 316, 331.3], ["17", 534.7, 549.9]),
    line(681.3, ["一、本年新收政府信息公开申请数量", 78.9, 270.9]),
    line(700.8, ["18", 316, 331.3], ["24", 534.7, 549.9]),
    line(721.8, ["二、上年结转政府信息公开申请数量", 78.9, 270.9]),
    line(741.3, ["三、本年", 40.3, 88.3], ["25", 316, 331.3], ["31", 534.7, 549.9]),
    line(760.8, ["度办理结", 40.3, 88.3], ["（一）予以公开", 161.1, 245.1]),
    line(778, ["果", 58.3, 70.3]),
  ];

  it("a group label on the values' line is no label of theirs: the label below's, never blank", () => {
    const rows = texts(streamTables(footed).tables[0]!).map((cells) => cells.filter((t) => t));
    expect(rows).not.toContainEqual(["（一）予以公开"]);
    expect(rows.find((cells) => cells.includes("25"))?.join(" ")).toMatch(/（一）予以公开/);
  });

  it("a group label on the values' line is no label of theirs: the next row's values its next", () => {
    // The table going on under the label: by nearness `（二）部分公开` joined `（一）予以公开`
    // over 32 … 38, and 25 … 31 were the group label's alone.
    const next = [
      ...footed.slice(0, -1),
      line(778, ["果", 58.3, 70.3], ["32", 316, 331.3], ["38", 534.7, 549.9]),
      line(797, ["（二）部分公开", 161.1, 245.1]),
    ];
    const rows = texts(streamTables(next).tables[0]!).map((cells) => cells.filter((t) => t));
    expect(rows.find((cells) => cells.includes("25"))?.join(" ")).toMatch(/（一）予以公开/);
    expect(rows.find((cells) => cells.includes("32"))?.join(" ")).not.toMatch(/（一）/);
  });

  it("quotes values set apart between labels that read either way (a blank row at an end)", () => {
    // `3.危及安全` printed blank at the top, or `6.属于过程` at the foot: no reading is left.
    const lines = [
      row(100, ["自然人", 280], ["总计", 430]),
      row(120, ["3.危及安全", 100]),
      row(138, ["20", 290], ["26", 436]),
      row(156, ["4.保护第三方", 100]),
      row(174, ["30", 290], ["36", 436]),
      row(192, ["5.属于内部", 100]),
    ];
    const read = texts(streamTables(lines).tables[0]!).flat();
    expect(read).toEqual(expect.arrayContaining(["20…", "26…", "30…", "36…"]));
    expect(read).not.toContain("20");
    expect(read).not.toContain("30");
  });

  it("keeps a row printing its label among the values, a label's rest above it, as printed", () => {
    // A row a column short (pandoc): `1.属于国家秘密` stands where the rows above print values.
    const lines = [
      row(100, ["自然人", 300], ["总计", 430]),
      row(120, ["（一）予以公开", 100], ["290", 237], ["1", 300], ["294", 436]),
      row(136, ["（二）部分公开", 100], ["99", 237], ["2", 300], ["101", 436]),
      row(152, ["计其他情形）", 100]),
      row(170, ["1.属于国家秘密", 237], ["0", 330], ["7", 436]),
    ];
    const read = texts(streamTables(lines).tables[0]!).flat();
    expect(read).toContain("7");
    expect(read).not.toContain("7…");
  });

  it("quotes values set apart between labels that neither reading gives every line of them", () => {
    // A page going on with table 六, its first label on the page before (values at the cells'
    // bottoms): `13 14 15` / `行政强制` / `16 17 18`. By nearness 行政强制 took 13 14 15.
    const lines = [
      row(100, ["信息内容", 80], ["上一年", 290], ["处理决定", 436]),
      row(120, ["13", 290], ["15", 436]),
      row(138, ["行政强制", 80]),
      row(156, ["16", 290], ["18", 436]),
    ];
    const read = texts(streamTables(lines).tables[0]!).map((cells) =>
      cells.filter((t) => t !== ""),
    );
    expect(read.flat()).toEqual(expect.arrayContaining(["13…", "15…", "16…", "18…"]));
    expect(read).not.toContainEqual(["行政强制", "13", "15"]);
  });

  it("quotes values nearer the label below than their own above: labels at the tops, cut both ends", () => {
    // Labels at the cells' tops, values at the feet (8 pt below their label, 4 pt above the next
    // row's), the page cutting a row at either end: the first label on the page before, the
    // last's values on the next. The labels below label every line of values, each wrongly.
    const lines = [
      row(80, ["信息内容", 80], ["上一年", 290], ["处理决定", 436]),
      row(104, ["13", 290], ["15", 436]),
      row(120, ["行政强制", 80]),
      row(140, ["16", 290], ["18", 436]),
      row(156, ["行政处罚", 80]),
    ];
    const read = texts(streamTables(lines).tables[0]!).map((cells) =>
      cells.filter((t) => t !== ""),
    );
    expect(read).not.toContainEqual(["行政处罚", "16", "18"]);
    expect(read.flat()).toEqual(expect.arrayContaining(["16…", "18…"]));
  });
});

describe("centredLabelColumns: a row's label centred in its cell is one label cell", () => {
  /** A label piece `width` points wide centred at `centre`, on the line at `top`, in `column`. */
  const piece = (top: number, text: string, centre: number, width: number, column: number) => ({
    top,
    piece: { text, x0: centre - width / 2, x1: centre + width / 2 },
    column,
  });

  it("puts the lines sharing a centre in the leftmost column any of them starts in", () => {
    expect(
      centredLabelColumns([
        piece(100, "3.危及", 200, 42, 1),
        piece(115, "“三安全一", 200, 60, 0),
        piece(130, "稳定”", 200, 36, 1),
      ]),
    ).toEqual([0, 0, 0]);
  });

  it("leaves labels of different centres apart: a group label and its sub-row's", () => {
    expect(
      centredLabelColumns([
        piece(100, "（三）不予公开", 100, 84, 0),
        piece(100, "1.属于国", 200, 54, 1),
        piece(115, "家秘密", 200, 36, 2),
      ]),
    ).toEqual([0, 1, 1]);
  });

  it("leaves a line above the row's first opening label where it starts: the rest of the label above", () => {
    // `息`, the last line of 1.本机关不掌握相关政府信息, centred as the last line `作` of the row's
    // own label: joined, the label read `息2.没有现成信息需要另行制作`, which names no row.
    expect(
      centredLabelColumns([
        piece(100, "息", 200, 12, 2),
        piece(115, "2.没有现成信", 200, 78, 0),
        piece(130, "息需要另行制", 200, 72, 1),
        piece(145, "作", 200, 12, 2),
      ]),
    ).toEqual([2, 0, 0, 0]);
  });
});

describe("streamTables: a label run on over the label columns after it", () => {
  // wkhtmltopdf's table 三 without lines: `（一）予以公开` set from the group column on over the
  // column where the sub-rows' labels start. Its cell spans the columns it runs into, so that the
  // mapper knows no value stands there (a row a column left prints its first value there).
  const page = [
    line(100, ["（一）予以公开", 80, 164], ["0", 300, 306], ["1", 330, 336]),
    line(
      120,
      ["（三）不予公开", 80, 124],
      ["1.属于国家秘密", 130, 214],
      ["2", 300, 306],
      ["2", 330, 336],
    ),
    line(140, ["2.其他法律行政", 130, 214], ["3", 300, 306], ["3", 330, 336]),
    line(160, ["（二）", 80, 116], ["4", 300, 306], ["4", 330, 336]),
  ];

  it("spans a label over the label column its characters run into, none of the row's text there", () => {
    const { tables } = streamTables(page);
    const grid = gridOf(tables[0]!);
    expect(grid.rows.map((r) => r.map((c) => `${c.text}${c.colSpan ?? 1}`))).toEqual([
      ["（一）予以公开2", "01", "11"],
      ["（三）不予公开1", "1.属于国家秘密1", "21", "21"],
      ["1", "2.其他法律行政1", "31", "31"],
      // A label ending short of the sub-rows' labels: in its own column.
      ["（二）1", "1", "41", "41"],
    ]);
  });
});

describe("labelReach: how far a row's label cells run", () => {
  const boxes = [{ x0: 0 }, { x0: 40 }, { x0: 80 }];
  const piece = (text: string, x0: number, x1: number) => ({ text, x0, x1 });

  it("reaches the label columns the middle of the last character stands in", () => {
    expect([
      ...labelReach([{ piece: piece("（一）予以公开", 0, 98), column: 0 }], boxes, 3, []),
    ]).toEqual([[0, 2]]);
    // Its last character's middle short of the next column's start: no span.
    expect([
      ...labelReach([{ piece: piece("（一）予以", 0, 40), column: 0 }], boxes, 3, []),
    ]).toEqual([]);
  });

  it("reaches no column another text of the row stands in, nor past the label columns", () => {
    const labels = [
      { piece: piece("（三）不予公开", 0, 98), column: 0 },
      { piece: piece("1.属于", 80, 110), column: 2 },
    ];
    expect([...labelReach(labels, boxes, 3, [])]).toEqual([]);
    expect([
      ...labelReach([{ piece: piece("（一）予以公开", 0, 98), column: 0 }], boxes, 3, [1]),
    ]).toEqual([]);
    expect([
      ...labelReach([{ piece: piece("（一）予以公开", 0, 98), column: 0 }], boxes, 2, []),
    ]).toEqual([[0, 1]]);
  });
});

describe("streamTables: pandoc's rows a column short, a sub-row's label wrapped around its values", () => {
  // pandoc's page printed by wkhtmltopdf without lines (github-001, plain; coordinates of the
  // print, 9.2-point type): rows whose label spans columns print their first value where the
  // sub-rows print their labels (`290` under `1.属于国家秘密`), so the region's values start
  // there. A sub-row's label wrapped around its values (`5.要求行政机关确认或重新出具` / `0 0 …` /
  // `已获取信息`) then reached past that first value: each of its lines was taken for a
  // sub-table's heading, the table cut in three, and the row quoted (21 cells in each such print:
  // 5.要求…, and the two rows of （六） whose labels wrap so).
  const small = (top: number, ...runs: [string, number, number][]) =>
    lineOf(
      runs.map(([text, x0, x1]) =>
        run(text, x0, top, { x1, size: 9.2, font: /^\d/.test(text) ? "t" : "h" }),
      ),
    );
  const page = [
    small(
      100,
      ["（一）予以公开", 151, 215],
      ["290", 237, 252],
      ["1", 369, 375],
      ["0", 400, 405],
      ["294", 465, 481],
    ),
    small(
      130,
      ["1.属于国家秘密", 237, 300],
      ["0", 369, 375],
      ["0", 400, 405],
      ["0", 465, 471],
      ["0", 483, 488],
    ),
    small(
      146,
      ["4.无正当理由大量反复申请", 237, 346],
      ["0", 369, 375],
      ["0", 400, 405],
      ["0", 465, 471],
      ["0", 483, 488],
    ),
    small(162.1, ["5.要求行政机关确认或重新出具", 237, 364]),
    small(169, ["0", 369, 375], ["0", 400, 405], ["0", 465, 471], ["0", 483, 488]),
    small(175.9, ["已获取信息", 237, 283]),
    small(191.9, ["1.申请人无正当理由逾期不补", 237, 355]),
    small(
      205.7,
      ["正、行政机关不再处理其政府信", 237, 366],
      ["9", 369, 375],
      ["0", 400, 405],
      ["0", 465, 471],
      ["9", 483, 488],
    ),
    small(219.5, ["息公开申请", 237, 283]),
    small(
      236,
      ["3.其他", 237, 263],
      ["142", 369, 385],
      ["1", 400, 405],
      ["0", 465, 471],
      ["143", 483, 498],
    ),
    small(
      252,
      ["（七）总计", 160, 206],
      ["710", 237, 252],
      ["3", 369, 375],
      ["0", 400, 405],
      ["718", 465, 481],
    ),
  ];

  it("keeps a label wrapped around its values in the labels' column, one row", () => {
    const { tables } = streamTables(page);
    expect(tables).toHaveLength(1);
    const rows = gridOf(tables[0]!).rows.map((r) => r.map((c) => c.text.replace(/\n/g, "")));
    expect(rows).toContainEqual(["", "5.要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0"]);
    expect(rows).toContainEqual([
      "",
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "9",
      "0",
      "0",
      "9",
    ]);
    expect(rows[rows.length - 1]).toEqual(["（七）总计", "710", "3", "0", "718", ""]);
  });

  it("still takes a line over the values for a sub-table's heading", () => {
    // Table 二's `信息内容 本年处理决定数量` stands over `行政许可 517645`'s value: a heading.
    const { tables } = streamTables([
      small(100, ["规章", 119, 138], ["0", 163, 168], ["0", 221, 226], ["0", 278, 283]),
      small(116, ["行政规范性文件", 96, 161], ["6", 163, 168], ["1", 221, 226], ["32", 278, 289]),
      small(140, ["信息内容", 110, 147], ["本年处理决定数量", 212, 285]),
      small(156, ["行政许可", 110, 147], ["517645", 163, 194]),
    ]);
    expect(tables).toHaveLength(2);
  });
});
