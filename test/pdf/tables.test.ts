import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { fromJSON, readDocument, type SourceDocument } from "../../src/index.js";
import { readPdf } from "../../src/pdf/engine.js";
import type { Box } from "../../src/pdf/geometry.js";
import {
  type CellBox,
  continues,
  cutAtRules,
  figureWidths,
  fillCells,
  gridOf,
  joinTables,
  splitWords,
  type TableBox,
} from "../../src/pdf/tables.js";
import { parsePdf } from "../../src/pdf.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { distinctValues, spilledValues } from "../system/support.js";
import { documentOf, fixture, pagesOf, readDistinct, run } from "./support.js";

const box = (x0: number, x1: number, top: number, bottom: number): Box => ({ x0, x1, top, bottom });
const cell = (
  text: string,
  x0: number,
  x1: number,
  top: number,
  bottom: number,
  full = false,
): CellBox => ({
  ...box(x0, x1, top, bottom),
  text,
  ...(full && { full }),
});
const table = (cells: CellBox[]): TableBox => ({
  x0: Math.min(...cells.map((c) => c.x0)),
  x1: Math.max(...cells.map((c) => c.x1)),
  top: Math.min(...cells.map((c) => c.top)),
  bottom: Math.max(...cells.map((c) => c.bottom)),
  cells,
});
const texts = (t: TableBox) => gridOf(t).rows.map((row) => row.map((c) => c.text));

describe("fillCells", () => {
  it("puts each run in the cell its centre lies in, lines of a cell joined as wrapped text", () => {
    const boxes = [box(0, 100, 0, 40), box(100, 200, 0, 40)];
    const runs = [
      run("结果", 10, 5),
      run("维持", 10, 20),
      run("9487", 120, 12, { x1: 150 }),
      run("页脚", 10, 100),
    ];
    const { table: filled, used } = fillCells(boxes, runs);
    expect(filled.cells.map((c) => c.text)).toEqual(["结果维持", "9487"]);
    expect(used.size).toBe(3);
  });

  it("splits a run printed across cells (narrow header cells) between them", () => {
    const boxes = [box(0, 80, 0, 20), box(80, 160, 0, 20), box(160, 240, 0, 20)];
    const across = run("本年制发件数 本年废止件数 现行有效件数", 5, 4, { x1: 235, size: 10 });
    const { table: filled } = fillCells(boxes, [across]);
    expect(filled.cells.map((c) => c.text)).toEqual([
      "本年制发件数",
      "本年废止件数",
      "现行有效件数",
    ]);
    // Fewer words than cells: each word where its estimated place falls.
    const two = fillCells(boxes, [run("本年制发件数 现行有效件数", 5, 4, { x1: 235, size: 10 })]);
    expect(two.table.cells.map((c) => c.text)).toEqual(["本年制发件数", "", "现行有效件数"]);
  });

  it("marks a cell whose last line fills it (its text may go on in the cell below)", () => {
    const { table: filled } = fillCells(
      [box(0, 100, 0, 20), box(100, 200, 0, 20)],
      [run("2.申请人逾期未", 2, 4, { x1: 96 }), run("0", 105, 4, { x1: 111 })],
    );
    expect(filled.cells.map((c) => c.full ?? false)).toEqual([true, false]);
  });
});

describe("fillCells: a cell the page break cut", () => {
  it("takes the lines printed just below the cut, not the page number a margin below", () => {
    const cut = box(0, 100, 0, 40);
    const boxes = [cut, box(100, 200, 0, 40)];
    const runs = [
      run("第一项加第二", 4, 24),
      run("项之和)", 4, 38), // starts inside, its centre below the cut
      run("等于", 4, 52), // starts 2 points below the last line taken
      run("0", 150, 52, { x1: 156 }), // under the closed cell: not its
      run("- 1 -", 40, 90, { x1: 70 }), // the page number, a margin below
    ];
    const open = fillCells(boxes, runs, [cut]);
    expect(open.table.cells.map((c) => c.text)).toEqual(["第一项加第二项之和)等于", ""]);
    expect(open.used.size).toBe(3);
    // Without openBelow, the lines below stay prose.
    expect(fillCells(boxes, runs).table.cells[0]?.text).toBe("第一项加第二");
  });
});

describe("fillCells: a cut value cell left blank, the footer's page number just below", () => {
  it("never takes a number or a page number from below the cut", () => {
    // Chromium's footer (1 cm margins) prints the page number 1.6 points under the cut, inside
    // the width of a blank value cell: it read 社会公益组织 3 before.
    const label = box(0, 100, 0, 40);
    const value = box(100, 200, 0, 40);
    for (const number of ["3", "- 3 -", "第3页", "12"]) {
      const runs = [run("5.要求行政机关确认", 4, 24), run(number, 140, 41.6, { x1: 150 })];
      const { table, used } = fillCells([label, value], runs, [label, value]);
      expect(table.cells.map((c) => c.text)).toEqual(["5.要求行政机关确认", ""]);
      expect(used.size).toBe(1);
    }
  });
});

describe("cutAtRules: two cells' texts that meet across the line between them", () => {
  // Cells without padding: a value set right against the next cell's value set left, the line
  // between them at 110, 0.8 points wide. A figure is 5.3 points wide in the table.
  const edges = [box(90, 110, 0, 20), box(110, 130, 0, 20)];
  const figure = 5.3;

  it("cuts a run of digits where a line falls between two of its digits, the line's width apart", () => {
    // 1314 from 100 to 122: four figures and 0.8 points; the line two digits in (111 estimated).
    const cut = cutAtRules(run("1314", 100, 4, { x1: 122, size: 10 }), edges, figure);
    expect(cut.map((w) => [w.text, w.x0, w.x1])).toEqual([
      ["13", 100, 111],
      ["14", 111, 122],
    ]);
    // 106107, three digits each side (six figures and 0.6 points).
    expect(
      cutAtRules(run("106107", 94, 4, { x1: 126.4, size: 10 }), edges, 5.3).map((w) => w.text),
    ).toEqual(["106", "107"]);
  });

  it("cuts a header row's run of ideographs, each a font size wide, the line's width apart", () => {
    expect(
      cutAtRules(run("结果维持结果纠正", 70, 4, { x1: 150.8, size: 10 }), edges).map((w) => w.text),
    ).toEqual(["结果维持", "结果纠正"]);
    // A header's last characters and the first of the next (pdf.js cuts its runs anywhere).
    expect(
      cutAtRules(run("件数现", 90, 4, { x1: 120.8, size: 10 }), edges).map((w) => w.text),
    ).toEqual(["件数", "现"]);
    // A header printed on past its line (white-space: nowrap), its ideographs side by side.
    const spilled = run("法律服务机构", 70, 4, { x1: 130, size: 10 });
    expect(cutAtRules(spilled, edges)).toEqual([spilled]);
    // Figures and ideographs in one run (a browser sets a space between the two kinds).
    const mixed = run("12件", 99.2, 4, { x1: 121.4, size: 10 });
    expect(cutAtRules(mixed, edges, figure)).toEqual([mixed]);
  });

  it("leaves a number too wide for its cell whole: its figures stand side by side", () => {
    // 1234 from 98.8 to 121.2, four figures of 5.6 exactly, on past the line at 110 (table-layout:
    // fixed): the boundary after 12 lies at the line, but no line's width stands between figures.
    const spilled = run("1234", 98.8, 4, { x1: 121.2, size: 10 });
    expect(cutAtRules(spilled, edges, 5.6)).toEqual([spilled]);
    // The same run with figures 5.3 wide: 1.2 points to spare for the line.
    expect(cutAtRules(spilled, edges, 5.3).map((w) => w.text)).toEqual(["12", "34"]);
    // No figure of its size known in the table: left whole.
    expect(cutAtRules(spilled, edges)).toEqual([spilled]);
  });

  it("leaves a word whole when the line falls inside a character, or outside the word", () => {
    // The line at 110 two and a half digits into 12345 (from 96.25): no pair of values meets there.
    const midway = run("12345", 96.25, 4, { x1: 123.75, size: 10 });
    expect(cutAtRules(midway, edges, figure)).toEqual([midway]);
    // Past the middle of the last digit: the word only reaches into the next cell.
    const reaching = run("1314", 88.5, 4, { x1: 110.5, size: 10 });
    expect(cutAtRules(reaching, edges, figure)).toEqual([reaching]);
    // A word with a space (words are placed by splitWords) and a single character.
    const spaced = run("13 14", 100, 4, { x1: 122, size: 10 });
    expect(cutAtRules(spaced, edges, figure)).toEqual([spaced]);
    const one = run("7", 107, 4, { x1: 113, size: 10 });
    expect(cutAtRules(one, edges, figure)).toEqual([one]);
    // A row label reaching two characters into the next cell, the line between two of them: 确认
    // is part of no column header.
    const label = run("要求行政机关确认", 50, 4, { x1: 130, size: 10 });
    expect(cutAtRules(label, edges)).toEqual([label]);
  });

  it("gives each cell its own value through fillCells, the figure's width read off the table", () => {
    const three = [...edges, box(130, 150, 0, 20)];
    // 57 alone in its cell gives the figure: 5.3 points.
    const alone = run("57", 135, 4, { x1: 145.6, size: 10 });
    const fused = fillCells(three, [run("1314", 100, 4, { x1: 122, size: 10 }), alone]);
    expect(fused.table.cells.map((c) => c.text)).toEqual(["13", "14", "57"]);
    expect(figureWidths([{ runs: [alone], boxes: three }]).get("|100")).toBeCloseTo(5.3);
    // Figures outside the table's cells (the page's prose, maybe another font) count for nothing,
    // nor do those of another font (bold, wider).
    const prose = run("2024", 300, 4, { x1: 319, size: 10 });
    expect(figureWidths([{ runs: [prose], boxes: three }]).size).toBe(0);
    const bold = { ...alone, font: "bold" };
    expect([...figureWidths([{ runs: [alone, bold], boxes: three }]).keys()]).toEqual([
      "|100",
      "bold|100",
    ]);
    // Figures 5.6 wide (56 alone): 12345 from 93.2 to 121.2 is one number printed on past the
    // line at 110, which falls after its third figure.
    const wide = run("56", 135, 4, { x1: 146.2, size: 10 });
    const spilled = fillCells(three, [run("12345", 93.2, 4, { x1: 121.2, size: 10 }), wide]);
    expect(spilled.table.cells.map((c) => c.text)).toEqual(["12345", "", "56"]);
  });
});

describe("fillCells: a number with separators or decimals against the next cell's mark", () => {
  // Ruled, no padding: pdf.js gives the value and the mark across the line at 130 as one item.
  // Figures 5.3 points wide (57 alone, in the row below), a separator 2.65 (2,345 and 7.25 alone, past their
  // figures); the full-width mark one font size. Each run leaves 0.75 points at the line.
  const boxes = [box(70, 130, 0, 20), box(130, 150, 0, 20), box(150, 190, 0, 20)];
  const below = [box(70, 130, 20, 40), box(130, 150, 20, 40), box(150, 190, 20, 40)];
  const alone = run("57", 100, 24, { x1: 110.6, size: 10 });
  const comma = run("2,345", 155, 24, { x1: 178.85, size: 10 });
  const point = run("7.25", 155, 24, { x1: 173.55, size: 10 });
  const texts = (runs: ReturnType<typeof run>[]) =>
    fillCells([...boxes, ...below], runs).table.cells.map((c) => c.text);

  it("cuts `1,016－` and `0.5－` where the figures', separators' and mark's widths leave the gap", () => {
    // Before: three tokens (`1`, `016`, `－`), no cut; both cells quoted.
    const thousands = run("1,016－", 105.775, 4, { x1: 140.375, size: 10 });
    expect(texts([thousands, alone, comma])).toEqual(["1,016", "－", "", "57", "", "2,345"]);
    const decimal = run("0.5－", 111.075, 4, { x1: 140.375, size: 10 });
    expect(texts([decimal, alone, point])).toEqual(["0.5", "－", "", "57", "", "7.25"]);
    // The mark first: `－1,016` across the line at 150 (the mark set right in the middle cell).
    const after = run("－1,016", 139.625, 4, { x1: 174.225, size: 10 });
    expect(texts([after, alone, comma])).toEqual(["", "－", "1,016", "57", "", "2,345"]);
  });

  it("quotes both cells when no number alone tells the separator's width", () => {
    // Taken a figure wide (no narrower than printed), the comma leaves no gap: nothing is cut,
    // and neither cell is read (the mark's never blank).
    const thousands = run("1,016－", 105.775, 4, { x1: 140.375, size: 10 });
    expect(texts([thousands, alone])).toEqual(["1,016－…", "1,016－…", "", "57", "", ""]);
  });
});

describe("fillCells: figures across a line that are neither cut nor one number", () => {
  // Three cells, lines at 110 and 130; figures 5.3 points wide (57 alone in the third cell).
  const three = [...[box(90, 110, 0, 20), box(110, 130, 0, 20)], box(130, 150, 0, 20)];
  const alone = run("57", 135, 4, { x1: 145.6, size: 10 });
  const texts = (runs: ReturnType<typeof run>[], figures?: ReadonlyMap<string, number>) =>
    fillCells(three, runs, [], false, figures).table.cells.map((c) => c.text);

  it("reads no cell the run stands in when it is wider than its figures, no line at the gap", () => {
    // 1234560 from 90.5 to 129.5: seven figures (37.1) and 1.9 points hidden in it, the line at
    // 110 through its fourth figure: a number printed on past its line, touching the next cell's 0.
    const touching = run("1234560", 90.5, 4, { x1: 129.5, size: 10 });
    expect(texts([touching, alone])).toEqual(["1234560…", "1234560…", "57"]);
    // Its figures side by side: one number printed on past its line from its cell's left (123456
    // from 92 to 123.8, 31.8 points), read whole in the cell it starts in, though its middle is in
    // the next.
    const spilled = run("123456", 92, 4, { x1: 123.8, size: 10 });
    expect(texts([spilled, alone])).toEqual(["123456", "", "57"]);
  });

  it("reads a number printed on past its line to the left in the cell it starts in, at its right", () => {
    // Set right by flex-end or in a right-to-left cell: 123456 from 96.2 to 128 is the second
    // cell's, though its middle is near the line (review: read one cell to the left before).
    const leftward = run("123456", 96.2, 4, { x1: 128, size: 10 });
    expect(texts([leftward, alone])).toEqual(["", "123456", "57"]);
    // Its middle in the second cell too, 2.2 points from that cell's right: set right there.
    const padded = run("123456", 96, 4, { x1: 127.8, size: 10 });
    expect(texts([padded, alone])).toEqual(["", "123456", "57"]);
    // Set left in a wide cell with a padding wider than half its font size (Word's 5.4 points at
    // 10.5), it ends 2 points short of a narrow next cell's far line, where its middle is not
    // (second review: read in the narrow cell): nothing tells whose it is.
    const wide = [box(90, 130, 0, 20), box(130, 136, 0, 20)];
    const long = run("1234567", 96.9, 4, { x1: 134, size: 10 });
    expect(fillCells(wide, [long, alone]).table.cells.map((c) => c.text)).toEqual([
      "1234567…",
      "1234567…",
    ]);
    // Starting near both sides (two narrow cells filled): the cell its middle is in.
    const both = run("1234567", 91, 4, { x1: 128.1, size: 10 });
    expect(texts([both, alone])).toEqual(["1234567", "", "57"]);
    // That one holding a number of its own (a cell holds one value), and the number starting
    // at neither side of the other (second review: a cell is no number's only for being blank):
    // neither is read.
    const own = run("8", 92, 14, { x1: 97.3, size: 10 });
    const tall = [box(90, 110, 0, 30), box(110, 130, 0, 30), box(130, 150, 0, 30)];
    expect(fillCells(tall, [both, own]).table.cells.map((c) => c.text)).toEqual([
      "1234567…8",
      "1234567…",
      "",
    ]);
  });

  it("reads no cell when no figure of the run's font stands alone in the document", () => {
    const spilled = run("123456", 92, 4, { x1: 123.8, size: 10 });
    expect(texts([spilled])).toEqual(["123456…", "123456…", ""]);
    // The width measured on another page of the document (figureWidths over pages).
    const figures = figureWidths([
      { runs: [alone], boxes: three },
      { runs: [], boxes: [] },
    ]);
    expect(texts([spilled], figures)).toEqual(["123456", "", ""]);
  });

  it("sees no line between a cell and one inside it (doubled borders)", () => {
    // Third review: `border="1"` without border-collapse draws two borders, and the lattice has
    // a cell inside each drawn one; the middle of the two was taken for a line, every value there
    // crossed, and `195 196` (195 in its cell, 196 in the next) left both unread.
    const doubled = [box(90, 110, 0, 20), box(90.75, 110, 0, 20), box(110, 130, 0, 20)];
    const pair = run("195 196", 98, 4, { x1: 125.5, size: 10 });
    expect(fillCells(doubled, [pair]).table.cells.map((c) => c.text)).toEqual(["195", "", "196"]);
  });

  it("reads no cell for a word of several in one run that a line crosses", () => {
    // `106107 108` (pdf.js put a space before 108 only): two words, three cells; the words'
    // places are estimates, which tell two values from one number by no width.
    const fused = run("106107 108", 92, 4, { x1: 148, size: 10 });
    expect(texts([fused])).toEqual(["106107…", "106107…", "108"]);
    // As many words as cells: one each, as before.
    expect(texts([run("106 107 108", 92, 4, { x1: 148, size: 10 })])).toEqual([
      "106",
      "107",
      "108",
    ]);
  });

  it("gives the figures to the first cell when each other cell they reach holds its own number", () => {
    // A label and a number printed on past its line in one run (`（七）总计 123617`, the label's
    // cell to the left): the next cell holds its own 0, so the figures in it are the first cell's.
    const label = box(30, 90, 0, 20);
    const cells = [label, ...three];
    const joined = run("总计 1234560", 66.5, 4, { x1: 129.1, size: 10 });
    const own = run("0", 124, 4, { x1: 129.3, size: 10 });
    expect(fillCells(cells, [joined, own]).table.cells.map((c) => c.text)).toEqual([
      "总计",
      "1234560",
      "0",
      "",
    ]);
    expect(fillCells(cells, [joined]).table.cells.map((c) => c.text)).toEqual([
      "总计",
      "1234560…",
      "1234560…",
      "",
    ]);
  });
});

describe("seed-distinct-chromium-times.pdf: no lines, the browser's own cell spacing, Times's figures", () => {
  const bytes = () =>
    new Uint8Array(
      readFileSync(new URL("../fixtures/pdf/seed-distinct-chromium-times.pdf", import.meta.url)),
    );

  it("holds two cells' values as one run, and a label's line with values as one piece", async () => {
    const read = await readPdf(bytes());
    const texts = read.ok ? read.pages.flatMap((page) => page.runs.map((r) => r.text)) : [];
    expect(texts).toEqual(expect.arrayContaining(["1011 1012", "1016 1017"]));
  });

  it("reads every cell (before: 25 right, 175 unread, table 三's last two columns one)", async () => {
    const { right, wrong, absent } = await readDistinct("seed-distinct-chromium-times.pdf", {
      start: 1001,
    });
    expect({ wrong, absent }).toEqual({ wrong: [], absent: [] });
    expect(right).toHaveLength(200);
  }, 60_000);
});

describe("seed-distinct-chromium-break-all.pdf: no lines, numbers wrapped anywhere in narrow cells", () => {
  // `1016` printed as `10` over `16`, centred around the row's line: the halves were rows of
  // their own, or a running footer (two pages' at one place), and the row's cells read blank or
  // cut (before: 94 right, 99 wrong, 7 absent).
  it("reads no number wrong: a wrapped one is quoted in its cell, the row's others are read", async () => {
    const { result, right, wrong, unsaid } = await readDistinct(
      "seed-distinct-chromium-break-all.pdf",
      { start: 1001 },
    );
    expect(wrong).toEqual([]);
    expect(right.length).toBeGreaterThanOrEqual(114);
    // Each cell not read is said: its own finding, its row's, or its table's (values quoted).
    expect(unsaid).toEqual([]);
    const wrapped = result.findings.find(
      (f) =>
        f.code === "PARSE_CELL_UNREADABLE" &&
        f.path.join(".") === "applications.newlyReceived.otherOrganization",
    );
    expect(wrapped?.message).toContain("「10 16」");
    // Every quote on one line, a row's as a cell's.
    expect(result.findings.filter((f) => f.message.includes("\n"))).toEqual([]);
  }, 60_000);
});

describe("seed-distinct-chromium-narrow-wrapped.pdf: no lines, numbers wrapped over three lines", () => {
  // On a page 90 mm wide a column of values fits two figures: `100018` prints as `10` / `00` /
  // `18`, its row's label over two lines between. Each line but the first was a row of its own
  // (or joined one line only), and `10` read as each whole value (before: 3 right, 84 wrong,
  // 113 absent).
  it("reads no number wrong: each wrapped number's cell is quoted, never its first line", async () => {
    const { result, wrong, unsaid } = await readDistinct(
      "seed-distinct-chromium-narrow-wrapped.pdf",
      { start: 100001 },
    );
    expect(wrong).toEqual([]);
    // Each cell not read is said: its own finding, its row's, or its table's.
    expect(unsaid).toEqual([]);
    const wrapped = result.findings.find(
      (f) =>
        f.code === "PARSE_CELL_UNREADABLE" &&
        f.path.join(".") === "applications.carriedOver.naturalPerson",
    );
    expect(wrapped?.message).toContain("「10 00 18」");
  }, 60_000);
});

describe("seed-marked-chromium-borderless.pdf: no lines, every fifth value the mark 无", () => {
  it("reads every cell: table 四's one row and a sub-table's row continued on the next page", async () => {
    // Before: 182 right, 18 absent. Table 四's row, left to the text reader, read `190无192` (the
    // space between taken for an autospace) and `审结无 187` (joined to the header line above);
    // 行政规范性文件 `4 5 无`, alone at the next page's top, was not trusted with the header's
    // columns: its third column holds only a mark, which did not count as filling it.
    const { result, right, wrong, absent } = await readDistinct(
      "seed-marked-chromium-borderless.pdf",
      { markEvery: 5 },
    );
    expect({ wrong, absent }).toEqual({ wrong: [], absent: [] });
    expect(right).toHaveLength(200);
    expect(result.report?.reviewsAndLitigation?.administrativeReview.upheld).toEqual({
      mark: "无",
    });
  }, 60_000);
});

describe("seed-slashed-chromium-tight.pdf: no lines, every fifth value `/`, labels meeting their values", () => {
  it("reads each `/` printed against its row's label as the mark, not a blank", async () => {
    // A label set right in an unpadded cell meets its row's first value, as a wide label in
    // large type does (规范性文件 in 22 px): `规章/` stood as one piece of the line, the label's
    // text, and its cell read blank. A number so placed (`行政许可5`) was cut off already.
    const slashed = JSON.parse(
      JSON.stringify(distinctValues(seedReport, { markEvery: 5 })).replaceAll(
        '{"mark":"无"}',
        '{"mark":"/"}',
      ),
    );
    const result = await parsePdf(fixture("seed-slashed-chromium-tight.pdf"));
    const { wrong } = compareCells(cellsOf(result.report), cellsOf(fromJSON(slashed).report));
    expect(wrong).toEqual([]);
    expect(cellsOf(result.report).get("activeDisclosure.regulations.issued")).toBe('{"mark":"/"}');
  }, 60_000);
});

describe("seed-fullwidth-chromium-*.pdf: every third value `－`, a value against the next cell's mark", () => {
  const marked = { markEvery: 3, markAt: 2, mark: "－" } as const;
  const texts = async (name: string) =>
    (await pagesOf(name)).flatMap((page) => page.runs.map((r) => r.text));

  it("reads every cell of the page without lines: `107－`, two items 0.38 em apart, is two cells", async () => {
    // The review's print: pdf.js gives `107` (DejaVu Serif) and `－` (the box font) as two items,
    // closer than cells stand apart and, the mark full-width, joined without a space: one piece
    // `107－` in 其他's column, 总计 read blank (before: 192 right, 4 wrong: 4 总计 blank, 4 其他
    // quoted).
    expect(await texts("seed-fullwidth-chromium-borderless.pdf")).toEqual(
      expect.arrayContaining(["107", "－"]),
    );
    const { right, wrong, absent } = await readDistinct(
      "seed-fullwidth-chromium-borderless.pdf",
      marked,
    );
    expect({ wrong, absent }).toEqual({ wrong: [], absent: [] });
    expect(right).toHaveLength(200);
  }, 60_000);

  it("reads no cell wrong of the ruled page without padding: a value and a mark as one item", async () => {
    // pdf.js gives a value set right and the next cell's mark set left, across the line between
    // them, as one item (`2－`, `－13`): cut where the figures' and marks' widths leave the line's
    // gap (before: 86 right, 57 wrong, each mark's cell read blank).
    expect(await texts("seed-fullwidth-chromium-unpadded.pdf")).toEqual(
      expect.arrayContaining(["2－", "－13", "－100 101"]),
    );
    const { result, right, wrong, unsaid } = await readDistinct(
      "seed-fullwidth-chromium-unpadded.pdf",
      marked,
    );
    expect(wrong).toEqual([]);
    expect(unsaid).toEqual([]);
    // A limit: a third value in the item after a space (`－100 101`) has its words' places
    // estimated, which tell no gap: both cells of `－100` are quoted, neither read blank.
    expect(right).toHaveLength(196);
    const quoted = result.findings.filter((f) => f.code === "PARSE_CELL_UNREADABLE");
    expect(quoted.map((f) => f.path.join("."))).toEqual([
      "applications.unavailableNotHeld.legalServiceInstitution",
      "applications.unavailableNotHeld.otherOrganization",
      "applications.notProcessedComplaint.legalServiceInstitution",
      "applications.notProcessedComplaint.otherOrganization",
    ]);
    expect(quoted[0]?.message).toContain("－100");
  }, 60_000);
});

describe("seed-distinct-cairo-type3.pdf: Chromium's Type 3 text rewritten by cairo", () => {
  it("reads every cell: the runs' boxes stand above their baselines (before: 156 right, 44 absent)", async () => {
    // `pdftocairo -pdf` flips the text matrix of Type 3 text and flips the glyphs back in the
    // font: read along the flipped axis, each run's box hung below its baseline, rows merged with
    // the rule under them (read as a strike through their digits) and the rows below. On a
    // whole report with its prose, the same rewrite read 92 cells wrong.
    const { right, wrong, absent } = await readDistinct("seed-distinct-cairo-type3.pdf");
    expect({ wrong, absent }).toEqual({ wrong: [], absent: [] });
    expect(right).toHaveLength(200);
  }, 60_000);
});

describe("seed-distinct-chromium-unpadded.pdf: cells without padding, values set left and right in turn", () => {
  const bytes = () =>
    new Uint8Array(
      readFileSync(new URL("../fixtures/pdf/seed-distinct-chromium-unpadded.pdf", import.meta.url)),
    );
  let result: Awaited<ReturnType<typeof parsePdf>>;
  beforeAll(async () => {
    result = await parsePdf(bytes());
  }, 60_000);

  it("holds two cells' values as one run of pdf.js (so that the test below tests it)", async () => {
    const read = await readPdf(bytes());
    const texts = read.ok ? read.pages.flatMap((page) => page.runs.map((r) => r.text)) : [];
    expect(texts).toEqual(expect.arrayContaining(["1112", "1314", "144145"]));
  });

  it("reads the values of runs without a space (before: 164 wrong, `1112` for 11, 12 blank)", () => {
    const expected = cellsOf(fromJSON(distinctValues(seedReport)).report);
    const { right, wrong, absent } = compareCells(cellsOf(result.report), expected);
    expect(wrong).toEqual([]);
    // A limit: where pdf.js gave a third value in the same run after a space (`106107 108`), the
    // words' places are estimates, which tell no line's width: those runs are not cut. Their two
    // cells are read as neither a number nor blank (before: 20 wrong, 106107 and a blank).
    const columns = ["legalServiceInstitution", "otherOrganization"];
    expect(absent).toHaveLength(20);
    expect(absent.every((path) => columns.includes(path.split(".")[2]!))).toBe(true);
    expect(right.length).toBe(expected.size - 20);
    const unread = result.findings.filter((f) => f.code === "PARSE_CELL_UNREADABLE");
    expect(unread.map((f) => f.path.join("."))).toEqual(absent);
    expect(unread[0]?.message).toContain("106107");
    expect(unread).toHaveLength(result.findings.length);
  });
});

describe("seed-chromium-spilled*.pdf: numbers printed on past their lines", () => {
  const read = (name: string) =>
    parsePdf(new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url))));
  const spilledReport = () => fromJSON(spilledValues()).report;

  it.each([
    // Six-digit 自然人 values: a figure boundary lies at the line (read 12345 and 6 once).
    ["seed-chromium-spilled.pdf"],
    // Set right by flex-end, printed on past their left lines (review: taken as the cell they
    // start in from the left, each read one cell to the left: 20 wrong, 35 absent).
    ["seed-chromium-spilled-leftward.pdf"],
    // Each table's first column of values bold: table 三's pages hold no bold figure alone in a
    // cell, table 二's page does (the figure's width from another page).
    ["seed-chromium-spilled-bold.pdf"],
  ])(
    "reads each number whole in its own cell: %s",
    async (name) => {
      const result = await read(name);
      const expected = cellsOf(spilledReport());
      const { right, wrong, absent } = compareCells(cellsOf(result.report), expected);
      expect(wrong).toEqual([]);
      expect(absent).toEqual([]);
      expect(right.length).toBe(expected.size);
    },
    60_000,
  );

  it("holds each number and the next cell's 0 as one run (so that the test below tests it)", async () => {
    const file = new URL("../fixtures/pdf/seed-chromium-spilled-touching.pdf", import.meta.url);
    const pdf = await readPdf(new Uint8Array(readFileSync(file)));
    const texts = pdf.ok ? pdf.pages.flatMap((page) => page.runs.map((r) => r.text)) : [];
    expect(texts).toEqual(expect.arrayContaining(["1234560", "1234630"]));
  }, 60_000);

  it("reads neither cell (before: 1234560 and a blank, 50 wrong), quoting what was printed", async () => {
    const result = await read("seed-chromium-spilled-touching.pdf");
    const expected = cellsOf(spilledReport());
    const { right, wrong, absent } = compareCells(cellsOf(result.report), expected);
    expect(wrong).toEqual([]);
    expect(absent).toHaveLength(50);
    expect(new Set(absent.map((path) => path.split(".")[2]))).toEqual(
      new Set(["naturalPerson", "commercialEnterprise"]),
    );
    expect(right.length).toBe(expected.size - 50);
    const first = result.findings.find((f) => f.path.join(".") === absent[0]);
    expect(first?.code).toBe("PARSE_CELL_UNREADABLE");
    expect(first?.message).toContain("1234560");
  }, 60_000);
});

describe("splitWords", () => {
  it("places each word by its characters' widths and shares out the space left", () => {
    const words = splitWords(run("0 0 0", 100, 0, { x1: 160, size: 10 }));
    expect(words.map((w) => [w.text, Math.round(w.x0), Math.round(w.x1)])).toEqual([
      ["0", 100, 106],
      ["0", 127, 133],
      ["0", 155, 160],
    ]);
  });

  it("never makes two words touch: at least a tenth of an em apart, where pdf.js writes a space", () => {
    // `1016 1017` in Times's figures (half an em) and 2 px apart: 51 pt for two words that 0.55 em
    // figures make 52.8 pt. Words made to touch joined two columns of values into one.
    const [first, second] = splitWords(run("1016 1017", 481.45, 0, { x1: 532.45, size: 12 }));
    expect(second!.x0 - first!.x1).toBeGreaterThanOrEqual(1.2 - 1e-9);
    expect([first!.x0, second!.x1]).toEqual([481.45, 532.45]);
  });

  it("places words of figures by the figures' width when the document tells it", () => {
    const words = splitWords(run("1016 1017", 481.45, 0, { x1: 532.45, size: 12 }), 6);
    expect(words.map((w) => [w.text, w.x0.toFixed(2), w.x1.toFixed(2)])).toEqual([
      ["1016", "481.45", "505.45"],
      ["1017", "508.45", "532.45"],
    ]);
  });
});

describe("gridOf", () => {
  it("rows and columns from the cells' edges, spans for merged cells, empty cells for holes", () => {
    const grid = gridOf(
      table([
        cell("信息内容", 0, 100, 0, 20),
        cell("本年处理决定数量", 100, 300, 0, 20),
        cell("行政处罚", 0, 100, 20, 40),
        cell("2776", 100, 200, 20, 40),
        // (200..300, 20..40) is drawn as no cell at all
        cell("合计", 0, 100, 40, 80),
        cell("1", 100.5, 200, 40, 60),
        cell("", 200, 300, 40, 60),
        cell("2", 100, 200, 60, 80),
        cell("3", 200, 300, 60, 80),
      ]),
    );
    expect(grid.rows).toEqual([
      [{ text: "信息内容" }, { text: "本年处理决定数量", colSpan: 2 }],
      [{ text: "行政处罚" }, { text: "2776" }, { text: "" }],
      [{ text: "合计", rowSpan: 2 }, { text: "1" }, { text: "" }],
      [{ text: "2" }, { text: "3" }],
    ]);
  });

  it("keeps the first of two cells drawn over each other", () => {
    const grid = gridOf(
      table([cell("a", 0, 100, 0, 20), cell("b", 0, 100, 0, 20), cell("c", 100, 200, 0, 20)]),
    );
    expect(grid.rows).toEqual([[{ text: "a" }, { text: "c" }]]);
  });
});

describe("joinTables: a table continued on the next page", () => {
  const upper = table([
    cell("项目", 0, 100, 500, 520),
    cell("数量", 100, 200, 500, 520),
    cell("（三）不予公开", 0, 100, 520, 560),
    cell("1", 100, 200, 520, 540),
    cell("2", 100, 200, 540, 560),
  ]);

  it("continues only a table standing at the same place across the page", () => {
    expect(continues(upper, table([cell("x", 2, 198, 50, 70)]))).toBe(true);
    expect(continues(upper, table([cell("x", 50, 198, 50, 70)]))).toBe(false);
  });

  it("drops the header the next page repeats and lengthens the merged label the break cut", () => {
    const lower = table([
      cell("项目", 0, 100, 50, 70),
      cell("数量", 100, 200, 50, 70),
      cell("", 0, 100, 70, 90),
      cell("3", 100, 200, 70, 90),
      cell("（四）无法提供", 0, 100, 90, 110),
      cell("4", 100, 200, 90, 110),
    ]);
    expect(gridOf(joinTables(upper, lower)).rows).toEqual([
      [{ text: "项目" }, { text: "数量" }],
      [{ text: "（三）不予公开", rowSpan: 3 }, { text: "1" }],
      [{ text: "2" }],
      [{ text: "3" }],
      [{ text: "（四）无法提供" }, { text: "4" }],
    ]);
  });

  it("never lengthens a value: an empty cell under a number stays an empty cell", () => {
    const lower = table([cell("（四）无法提供", 0, 100, 50, 70), cell("", 100, 200, 50, 70)]);
    expect(texts(joinTables(upper, lower)).slice(-1)).toEqual([["（四）无法提供", ""]]);
  });

  it("joins the rest of a row the break cut: an empty row, or text going on from a full line", () => {
    const cut = table([
      cell("项目", 0, 100, 500, 520),
      cell("数量", 100, 200, 500, 520),
      cell("2.申请人逾期未按收费通", 0, 100, 520, 540, true),
      cell("0", 100, 200, 520, 540),
    ]);
    const empty = table([
      cell("", 0, 100, 50, 55),
      cell("", 100, 200, 50, 55),
      cell("3.其他", 0, 100, 55, 75),
      cell("0", 100, 200, 55, 75),
    ]);
    expect(texts(joinTables(cut, empty))).toEqual([
      ["项目", "数量"],
      ["2.申请人逾期未按收费通", "0"],
      ["3.其他", "0"],
    ]);
    const rest = table([cell("知要求缴纳费用", 0, 100, 50, 70), cell("", 100, 200, 50, 70)]);
    expect(texts(joinTables(cut, rest)).slice(-1)).toEqual([
      ["2.申请人逾期未按收费通知要求缴纳费用", "0"],
    ]);
  });

  it("joins a row the break cut, its group label centred on the next page, only when cut", () => {
    // wkhtmltopdf's narrow page (or Word's row breaking across pages): the break cut the row
    // `1.申请人无正当理由…`, whose group label `（六）其他处理` is centred in its merged cell and so
    // printed on the next page, opening a row of its own there but for the cut.
    const cells = [
      cell("项目", 0, 200, 500, 520),
      cell("数量", 200, 300, 500, 520),
      cell("", 0, 100, 520, 540),
      cell("1.申请人无正", 100, 200, 520, 540, true),
      cell("", 200, 300, 520, 540),
    ];
    const lower = table([
      cell("（六）其他处理", 0, 100, 50, 90),
      cell("当理由逾期不补正", 100, 200, 50, 70),
      cell("67", 200, 300, 50, 70),
      cell("2.申请人逾期", 100, 200, 70, 90),
      cell("6", 200, 300, 70, 90),
    ]);
    expect(texts(joinTables({ ...table(cells), cutBelow: true }, lower))).toEqual([
      ["项目", "数量"],
      ["（六）其他处理", "1.申请人无正当理由逾期不补正", "67"],
      ["2.申请人逾期", "6"],
    ]);
    // A table the break did not cut (its last row closed by a line): a new row opens the part.
    expect(texts(joinTables(table(cells), lower))).toHaveLength(4);
  });

  it("never joins a new row: a label of its own, or a value under a header or a value", () => {
    const full = table([
      cell("项目", 0, 100, 500, 520),
      cell("本年制发件数", 100, 200, 500, 520, true),
    ]);
    const next = table([cell("规章", 0, 100, 50, 70), cell("0", 100, 200, 50, 70)]);
    expect(texts(joinTables(full, next))).toEqual([
      ["项目", "本年制发件数"],
      ["规章", "0"],
    ]);
    const cut = table([
      cell("1.属于国家秘密", 0, 100, 500, 520, true),
      cell("", 100, 200, 500, 520),
    ]);
    const own = table([
      cell("2.其他法律行政法规禁止公开", 0, 100, 50, 70),
      cell("", 100, 200, 50, 70),
    ]);
    expect(texts(joinTables(cut, own))).toHaveLength(2);
  });

  // A Chromium PDF of a narrow page: 行政处罚 fills its column, its value blank, at a page's end.
  const punishment = table([
    cell("信息内容", 0, 100, 500, 520),
    cell("本年处理决定数量", 100, 200, 500, 520),
    cell("⾏政处罚", 0, 100, 520, 540, true),
    cell("", 100, 200, 520, 540),
  ]);

  it("never joins a whole unnumbered row label, even under a label that fills its cell", () => {
    // The next page opens with 行政强制 | 9. Joined, 行政处罚 read 9.
    const lower = table([cell("⾏政强制", 0, 100, 50, 70, true), cell("9", 100, 200, 50, 70)]);
    expect(texts(joinTables(punishment, lower))).toEqual([
      ["信息内容", "本年处理决定数量"],
      ["⾏政处罚", ""],
      ["⾏政强制", "9"],
    ]);
  });

  it("never lengthens a header over the blank value of a row label opening the next page", () => {
    // The break one row higher: 行政处罚's blank opens the next page under the header, never
    // the header's rest (the cell was lost).
    const header = table([
      cell("信息内容", 0, 100, 500, 520, true),
      cell("本年处理决定数量", 100, 200, 500, 520),
    ]);
    const rows = table([
      cell("⾏政处罚", 0, 100, 50, 70, true),
      cell("", 100, 200, 50, 70),
      cell("⾏政强制", 0, 100, 70, 90, true),
      cell("9", 100, 200, 70, 90),
    ]);
    expect(texts(joinTables(header, rows))).toEqual([
      ["信息内容", "本年处理决定数量"],
      ["⾏政处罚", ""],
      ["⾏政强制", "9"],
    ]);
  });

  it("knows the unnumbered row labels in the Traditional script and the 2019 spelling", () => {
    const traditional = table([cell("規範性檔案", 0, 100, 50, 70), cell("9", 100, 200, 50, 70)]);
    expect(texts(joinTables(punishment, traditional)).slice(1)).toEqual([
      ["⾏政处罚", ""],
      ["規範性檔案", "9"],
    ]);
  });
});

describe("joinTables: a group label's column cut by the page break (a browser's rowspan)", () => {
  // The first part: a group label over two rows (x 0–50), row labels (50–150), values (150–200).
  const upper = table([
    cell("项目", 0, 150, 500, 520),
    cell("数量", 150, 200, 500, 520),
    cell("三、本年", 0, 50, 520, 560),
    cell("（一）予以公开", 50, 150, 520, 540),
    cell("26", 150, 200, 520, 540),
    cell("（二）部分公开", 50, 150, 540, 560),
    cell("0", 150, 200, 540, 560),
  ]);
  // The next page draws no line across the group's column: its part starts at the row labels.
  const lower = table([
    cell("（三）不予公开", 50, 150, 50, 70),
    cell("1", 150, 200, 50, 70),
    cell("（四）无法提供", 50, 150, 70, 90),
    cell("2", 150, 200, 70, 90),
  ]);

  it("continues a part starting at the right edge of the first part's open group labels", () => {
    expect(continues(upper, lower)).toBe(true);
    // Not at an edge of those labels, nor beside a value closing the first part.
    expect(continues(upper, table([cell("x", 60, 200, 50, 70)]))).toBe(false);
    const valueBeside = table([
      cell("三、本年", 0, 50, 520, 540),
      cell("7", 50, 150, 520, 540),
      cell("8", 150, 200, 520, 540),
    ]);
    expect(continues(valueBeside, table([cell("x", 150, 200, 50, 70)]))).toBe(false);
    expect(continues(valueBeside, table([cell("x", 50, 200, 50, 70)]))).toBe(true);
  });

  it("lengthens the group label beside the whole second part, with the text printed in its column", () => {
    const pieces = [{ x0: 5, x1: 45, top: 565, bottom: 575, text: "度 办" }];
    expect(gridOf(joinTables(upper, lower, pieces)).rows).toEqual([
      [{ text: "项目", colSpan: 2 }, { text: "数量" }],
      [{ text: "三、本年度办", rowSpan: 4 }, { text: "（一）予以公开" }, { text: "26" }],
      [{ text: "（二）部分公开" }, { text: "0" }],
      [{ text: "（三）不予公开" }, { text: "1" }],
      [{ text: "（四）无法提供" }, { text: "2" }],
    ]);
  });

  it("never lengthens a column's header over a blank value right of a value in its row", () => {
    // The header's last row closes the first part; the next page opens with a row whose value
    // stands left of blank cells under headers.
    const header = table([
      cell("项目", 0, 100, 500, 540),
      cell("自然人", 100, 150, 500, 540),
      cell("商业企业", 150, 200, 500, 540),
    ]);
    const rows = table([
      cell("一、本年新收", 0, 100, 50, 70),
      cell("26", 100, 150, 50, 70),
      cell("", 150, 200, 50, 70),
    ]);
    expect(texts(joinTables(header, rows))).toEqual([
      ["项目", "自然人", "商业企业"],
      ["一、本年新收", "26", ""],
    ]);
  });
});

describe("seed-distinct-chromium-short-rows.pdf: no lines, table 三's rows a column short, 自然人 blank", () => {
  it("quotes each such row whole: its values may be a column left of their headers (before: 17 wrong)", async () => {
    // Rows 一, （二） and 四 printed with their label's span one column short (pandoc's HTML →
    // .docx), their 自然人 blank: without lines the blank leaves no trace, and each row's values
    // stand under 自然人 … 其他, 总计 blank, as a row whose 总计 was left blank would. Every value
    // distinct, no 总计 is its row's sum: read a column right the identity breaks, as a report's
    // own sums often do, so it told nothing, and the rows were read a column off.
    const { result, right, wrong, absent } = await readDistinct(
      "seed-distinct-chromium-short-rows.pdf",
    );
    const rows = ["newlyReceived", "partiallyDisclosed", "carriedForward"];
    expect(wrong).toEqual([]);
    expect(absent).toHaveLength(21);
    expect(absent.every((path) => rows.includes(path.split(".")[1]!))).toBe(true);
    expect(right).toHaveLength(179);
    const quoted = result.findings
      .filter((f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path[0] === "applications")
      .map((f) => `${f.path[1]} ${f.actual}`);
    expect(quoted).toEqual([
      "newlyReceived 12 | 13 | 14 | 15 | 16 | 17 | ",
      "partiallyDisclosed  | 34 | 35 | 36 | 37 | 38 | ",
      "carriedForward 180 | 181 | 182 | 183 | 184 | 185 | ",
    ]);
  }, 60_000);
});

describe("seed-distinct-chromium-short-rows-across.pdf: the same rows in a table ruled across only", () => {
  it("quotes a short row whose blank cell joined its label's, its sides guessed (before: 7 wrong)", async () => {
    // Each cell's top and bottom border, no side: the cells' sides are guessed from where the
    // text stands (rowrules.ts), a blank cell's from the row above. （二）部分公开's label, a
    // column short, leaves its blank 自然人 cell under the label header, whose text crosses the
    // joint there: the blank was taken into the label's cell, and the row, 34 … 38 under
    // 自然人 … 其他 and 总计 blank, was read as printed, a column off. The grid says its sides
    // were guessed, and such a row is quoted as in a table without lines (its 总计 read a column
    // right, 38, is no smaller than its parts: nothing refutes it).
    const { result, right, wrong, absent } = await readDistinct(
      "seed-distinct-chromium-short-rows-across.pdf",
    );
    const rows = ["newlyReceived", "partiallyDisclosed", "carriedForward"];
    expect(wrong).toEqual([]);
    expect(absent.filter((path) => rows.includes(path.split(".")[1]!))).toHaveLength(21);
    expect(right).toHaveLength(172);
    const quoted = result.findings
      .filter((f) => f.code === "PARSE_CELL_AMBIGUOUS" && rows.includes(f.path[1] as string))
      .map((f) => `${f.path[1]} ${f.actual}`);
    expect(quoted).toEqual([
      "newlyReceived  | 12 | 13 | 14 | 15 | 16 | 17 | ",
      "partiallyDisclosed  | 34 | 35 | 36 | 37 | 38 | ",
      "carriedForward  | 180 | 181 | 182 | 183 | 184 | 185 | ",
    ]);
    const document = await documentOf("seed-distinct-chromium-short-rows-across.pdf");
    const grids = document.blocks.flatMap((block) => (block.kind === "table" ? [block.grid] : []));
    expect(grids.some((grid) => grid.acrossOnly === true)).toBe(true);
    // Given to readDocument as plain data (an extractor's output), the grid says so as well.
    const again = readDocument(JSON.parse(JSON.stringify(document)) as unknown as SourceDocument);
    expect(again.report?.applications?.partiallyDisclosed).toEqual({});
  }, 60_000);

  // The mark widens the quoting of short rows to every table carrying it: a table ruled on every
  // side (its cells' sides drawn, none guessed) must never carry it.
  it.each([
    "seed-chromium.pdf",
    "seed-chromium-dashed.pdf",
    "pingtan-2021-word-ruled.pdf",
    "github-001.wk-ruled.pdf",
    "huaian-hongze-2024.pdf",
  ])(
    "%s, ruled on every side: no grid says its sides were guessed",
    async (name) => {
      const document = await documentOf(name);
      const grids = document.blocks.flatMap((block) =>
        block.kind === "table" ? [block.grid] : [],
      );
      expect(grids.length).toBeGreaterThan(0);
      expect(grids.filter((grid) => grid.acrossOnly === true)).toEqual([]);
    },
    60_000,
  );
});

describe("seed-totalled-chromium-blank-totals-across.pdf: ruled across only, rows totalled, 总计s blank", () => {
  it("reads a row whose 总计 is blank and 其他 a number as printed where the rows' totals rule out a shift (before: quoted)", async () => {
    // The seed report ruled across only, every value distinct but each row of table 三 totalled.
    // 一 prints `11 12 13 14 15 16 _` and （一） `_ 26 27 28 29 30 _`: 总计 blank, 其他 a number
    // not below a part, as a row a column short prints, so they were quoted. Read a column right,
    // 16 would be the 总计 of 11 … 15, 30 of 26 … 29: below their sums, where every other row the
    // table prints keeps its sum. Read as printed. （二）, printed a column short (`33 … 37 207 _`,
    // its 自然人 blank), fits either way (207 is 33 + … + 37 with its blank 自然人): quoted still.
    const result = await parsePdf(fixture("seed-totalled-chromium-blank-totals-across.pdf"));
    const json = distinctValues(seedReport) as unknown as {
      applications: Record<string, Record<string, unknown>>;
    };
    for (const cells of Object.values(json.applications)) {
      const parts = Object.entries(cells).filter(([key]) => key !== "total");
      if (parts.some(([, value]) => typeof value === "number"))
        cells.total = parts.reduce(
          (sum, [, value]) => sum + (typeof value === "number" ? value : 0),
          0,
        );
    }
    const truth = cellsOf(fromJSON(json).report);
    for (const path of [
      "newlyReceived.total",
      "disclosed.naturalPerson",
      "disclosed.total",
      "partiallyDisclosed.naturalPerson",
    ])
      truth.set(`applications.${path}`, "null");
    const { wrong, absent } = compareCells(cellsOf(result.report), truth);
    expect(wrong).toEqual([]);
    expect(result.report?.applications?.newlyReceived).toEqual({
      naturalPerson: 11,
      commercialEnterprise: 12,
      researchInstitution: 13,
      socialWelfareOrganization: 14,
      legalServiceInstitution: 15,
      otherOrganization: 16,
      total: null,
    });
    expect(result.report?.applications?.disclosed?.otherOrganization).toBe(30);
    expect(
      absent.filter((path) => /^applications\.(newlyReceived|disclosed)\./.test(path)),
    ).toEqual([]);
    const quoted = result.findings
      .filter((f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path[1] === "partiallyDisclosed")
      .map((f) => f.actual);
    expect(quoted).toEqual(["33 | 34 | 35 | 36 | 37 | 207 | "]);
  }, 60_000);
});

describe("shanghai-2019-chromium-short-disclosed.pdf: no lines, （一） a column short, 其他 and 总计 blank", () => {
  it("quotes the row, never reads it as printed (before: 4 wrong, no finding)", async () => {
    // Shanghai's report with its own values, （一）予以公开 printed a column short with its 自然人
    // blank: `12 _ _ 1 1 _ _`. Read a column right it has no 总计 either, so its own cells tell
    // nothing; it was read as printed (自然人 12, 社会公益组织 1, 商业企业 and 其他 blank). Now the
    // table's identities weigh the two readings: none reaches a known cell that rules one out, so
    // it is quoted. Its 商业企业 unknown leaves （二）'s `3 _ _ _ _ _ _` room a column right too, but
    // （二）'s label runs over the column where the sub-rows print their labels, where a row a
    // column left prints its first value: read as printed (quoted before). Every other row,
    // `14 _ _ _ _ _ _` and the like, still reads as printed: the column totals leave none of them
    // a column right.
    const result = await parsePdf(fixture("shanghai-2019-chromium-short-disclosed.pdf"));
    const truth = cellsOf(shanghai2019Report);
    truth.set("applications.disclosed.naturalPerson", "null");
    const { right, wrong, absent } = compareCells(cellsOf(result.report), truth);
    expect(wrong).toEqual([]);
    expect(absent.map((path) => path.split(".")[1])).toEqual(Array(7).fill("disclosed"));
    expect(right).toHaveLength(191);
    const quoted = result.findings
      .filter((f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path[0] === "applications")
      .map((f) => `${f.path[1]} ${f.actual}`);
    expect(quoted).toEqual(["disclosed 12 |  |  | 1 | 1 |  | "]);
    expect(result.report?.applications?.partiallyDisclosed?.naturalPerson).toBe(3);
  }, 60_000);
});
