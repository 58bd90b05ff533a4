/**
 * sourceDocumentOf on pages built by hand: a table's parts across a page break, and the lines
 * between them (a heading under a table's last row, a framed line alone).
 */
import { describe, expect, it } from "vitest";
import { sourceDocumentOf } from "../../src/pdf/document.js";
import type { Box, PageContent, Segment, TextRun } from "../../src/pdf/geometry.js";
import { run, squeezed } from "./support.js";

interface Drawn {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
}

/** A ruled table: each cell's four sides drawn, its text a run inside it. */
function ruled(cells: readonly Drawn[]): { runs: TextRun[]; segments: Segment[] } {
  const segments = cells.flatMap(({ x0, x1, top, bottom }) => [
    { x0, x1, top, bottom: top },
    { x0, x1, top: bottom, bottom },
    { x0, x1: x0, top, bottom },
    { x0: x1, x1, top, bottom },
  ]);
  const runs = cells
    .filter((cell) => cell.text !== "")
    .map((cell) => run(cell.text, cell.x0 + 4, (cell.top + cell.bottom) / 2 - 6));
  return { runs, segments };
}

function page(runs: readonly TextRun[], segments: readonly Segment[] = []): PageContent {
  return { width: 600, height: 842, runs, segments };
}

const cell = (text: string, x0: number, x1: number, top: number, bottom: number): Drawn => ({
  text,
  x0,
  x1,
  top,
  bottom,
});

// Table 三's last rows, its closing label (七、总计) over the three label columns (50–350).
const closing = ruled([
  cell("项目", 50, 350, 600, 630),
  cell("总计", 350, 550, 600, 630),
  cell("六、本年度办理结果", 50, 350, 630, 660),
  cell("3", 350, 550, 630, 660),
  cell("七、总计", 50, 350, 660, 690),
  cell("12", 350, 550, 660, 690),
]);
// Table 四 at the top of the next page, as wide.
const next = ruled([
  cell("行政复议", 50, 300, 60, 90),
  cell("行政诉讼", 300, 550, 60, 90),
  cell("5", 50, 300, 90, 120),
  cell("7", 300, 550, 90, 120),
]);

describe("sourceDocumentOf: lines under a table's last ruled row", () => {
  it("keeps a heading closing the page as prose: the table on the next page is another", () => {
    const heading = run("四、行政复议", 80, 720);
    const blocks = sourceDocumentOf([
      page([...closing.runs, heading], closing.segments),
      page(next.runs, next.segments),
    ]).blocks.map(squeezed);
    expect(blocks.map((block) => (block as { kind: string }).kind)).toEqual([
      "table",
      "text",
      "table",
    ]);
    expect(blocks[1]).toEqual({ kind: "text", text: "四、行政复议" });
  });

  it("gives a cut label's text under the last ruled row to that label, going on below", () => {
    // 无法提 / 供: the label (50–200) over two rows, its second line under the page's last row;
    // the next page goes on under it with an empty cell, in the same columns.
    const upper = ruled([
      cell("项目", 50, 350, 600, 630),
      cell("总计", 350, 550, 600, 630),
      cell("（四）无法提", 50, 200, 630, 690),
      cell("1.本机关不掌握", 200, 350, 630, 690),
      cell("3", 350, 550, 630, 690),
    ]);
    const lower = ruled([
      cell("", 50, 200, 60, 90),
      cell("2.没有现成信息", 200, 350, 60, 90),
      cell("4", 350, 550, 60, 90),
    ]);
    const blocks = sourceDocumentOf([
      page([...upper.runs, run("供", 54, 692)], upper.segments),
      page(lower.runs, lower.segments),
    ]).blocks.map(squeezed);
    expect(blocks).toEqual([
      {
        kind: "table",
        rows: [
          [
            { text: "项目", rowSpan: 1, colSpan: 2 },
            { text: "总计", rowSpan: 1, colSpan: 1 },
          ],
          [
            { text: "（四）无法提供", rowSpan: 2, colSpan: 1 },
            { text: "1.本机关不掌握", rowSpan: 1, colSpan: 1 },
            { text: "3", rowSpan: 1, colSpan: 1 },
          ],
          [
            { text: "2.没有现成信息", rowSpan: 1, colSpan: 1 },
            { text: "4", rowSpan: 1, colSpan: 1 },
          ],
        ],
      },
    ]);
  });

  it("keeps the lines beside a part that does not go on from the table above", () => {
    // The group label 三、本年度办理结果 (50–150) closes the page, a heading under the values'
    // columns; the next page's table starts at its right edge, a line left of it.
    const upper = ruled([
      cell("项目", 50, 350, 600, 630),
      cell("总计", 350, 550, 600, 630),
      cell("三、本年度办理结果", 50, 150, 630, 690),
      cell("（一）予以公开", 150, 350, 630, 690),
      cell("3", 350, 550, 630, 690),
    ]);
    const lower = ruled([
      cell("（二）部分公开", 150, 350, 60, 90),
      cell("4", 350, 550, 60, 90),
      cell("（三）不予公开", 150, 350, 90, 120),
      cell("5", 350, 550, 90, 120),
    ]);
    const blocks = sourceDocumentOf([
      page([...upper.runs, run("注：", 160, 720)], upper.segments),
      page([run("附", 60, 66), ...lower.runs], lower.segments),
    ]).blocks.map(squeezed);
    expect(JSON.stringify(blocks)).toContain("注：");
    expect(JSON.stringify(blocks)).toContain("附");
  });

  it("keeps a line closing the document under a table", () => {
    const note = run("特此报告。", 80, 720);
    const blocks = sourceDocumentOf([page([...closing.runs, note], closing.segments)]).blocks;
    expect(blocks.map(squeezed).at(-1)).toEqual({ kind: "text", text: "特此报告。" });
  });

  it("keeps the text of a framed row closing the document", () => {
    const box = ruled([cell("某某局", 50, 300, 300, 330), cell("2024年1月", 300, 550, 300, 330)]);
    const blocks = sourceDocumentOf([
      page([run("全文完。", 50, 100), ...box.runs], box.segments),
    ]).blocks.map(squeezed);
    expect(JSON.stringify(blocks)).toContain("某某局");
    expect(JSON.stringify(blocks)).toContain("2024年1月");
  });
});

describe("sourceDocumentOf: a ruled row cut by a page break, its last lines below the cut", () => {
  // A two-column table whose header row the page break cuts at 800: no line closes its bottom
  // (its sides stop there), and the row's last line (`之和` and `人` of 自然人) is printed just
  // below, outside every cell: one line across two cells, which no one cell's tail takes.
  const h = (y: number, x0: number, x1: number): Segment => ({ x0, x1, top: y, bottom: y });
  const v = (x: number, top: number, bottom: number): Segment => ({ x0: x, x1: x, top, bottom });
  const upper = [
    h(740, 50, 550),
    h(770, 50, 550),
    v(50, 740, 800),
    v(300, 740, 800),
    v(550, 740, 800),
  ];
  const upperRuns = [
    run("申请人情况", 54, 750),
    run("勾稽关系为第一项", 54, 786),
    run("自然", 304, 786),
    // One line across both cells below the cut: no one cell's tail.
    run("之和", 54, 802),
    run("人", 304, 802),
  ];
  // The next page: the cut row's part, no line above it, then a closed row.
  const lower = [h(60, 50, 550), h(90, 50, 550), v(50, 30, 90), v(300, 30, 90), v(550, 30, 90)];
  const lowerRuns = [run("本年新收", 54, 66), run("3", 304, 66)];
  const texts = (pages: PageContent[]) =>
    JSON.stringify(
      sourceDocumentOf(pages).blocks.map((block) =>
        block.kind === "table"
          ? block.grid.rows.map((r) => r.map((c) => c.text))
          : block.kind === "text"
            ? block.text
            : block,
      ),
    );

  it("gives the cut cells their last line when the table goes on, open, on the next page", () => {
    const read = texts([page(upperRuns, upper), page(lowerRuns, lower)]);
    expect(read).toContain("勾稽关系为第一项之和");
    expect(read).toContain("自然人");
  });

  it("leaves the line under a table that no table continues on the next page", () => {
    // The next page opens with prose: the table above has no bottom line drawn, and the line
    // under it is not its.
    const prose = [run("五、存在的主要问题及改进情况", 54, 60)];
    expect(texts([page(upperRuns, upper), page(prose)])).not.toContain("自然人");
    // Nor when the next page's table opens after prose.
    const after = [run("五、存在的主要问题及改进情况", 54, 10), ...lowerRuns];
    expect(texts([page(upperRuns, upper), page(after, lower)])).not.toContain("自然人");
  });

  it("leaves it when more text than a page number follows it on the page", () => {
    const withNote = [...upperRuns, run("单位：件 2023", 54, 830)];
    expect(texts([page(withNote, upper), page(lowerRuns, lower)])).not.toContain("自然人");
    // A page number below is furniture: the line is still the cell's.
    const numbered = [...upperRuns, run("- 3 -", 280, 825)];
    expect(texts([page(numbered, upper), page(lowerRuns, lower)])).toContain("自然人");
  });

  it("leaves a table drawn without a bottom line the first row of a table just under it", () => {
    // Table A (rows 700-720, 720-740, no line under it) and table B 3 points below it on the same
    // page, the next page opening with a table no line opens: A is not what the break cut.
    const a = [
      h(700, 50, 550),
      h(720, 50, 550),
      v(50, 700, 740),
      v(300, 700, 740),
      v(550, 700, 740),
    ];
    const b = [h(743, 50, 550), h(763, 50, 550), h(783, 50, 550)];
    const bSides = [v(50, 743, 783), v(300, 743, 783), v(550, 743, 783)];
    const runs = [
      run("行政许可", 54, 704),
      run("7", 304, 704),
      run("行政处罚", 54, 724),
      run("合计", 54, 745),
      run("58", 304, 745),
      run("其他", 54, 767),
      run("3", 304, 767),
    ];
    const read = texts([page(runs, [...a, ...b, ...bSides]), page(lowerRuns, lower)]);
    expect(read).toContain('["行政处罚",""]');
    expect(read).toContain('["合计","58"]');
  });
});

describe("sourceDocumentOf: pictures (a reading that asked for them)", () => {
  const kinds = (pages: PageContent[]) =>
    sourceDocumentOf(pages).blocks.map((block) => (block as { kind: string }).kind);
  const heading = run("三、收到和处理政府信息公开申请情况", 60, 100);
  const after = run("四、政府信息公开行政复议、行政诉讼情况", 60, 500);
  const withPictures = (pictures: readonly Box[], runs = [heading, after]): PageContent => ({
    ...page(runs),
    pictures,
  });

  it("a picture wide and tall as a table stands where it is printed, between the paragraphs", () => {
    const table = { x0: 60, x1: 540, top: 130, bottom: 460 };
    expect(kinds([withPictures([table])])).toEqual(["text", "image", "text"]);
    // Without pictures (the first reading) the two headings are one paragraph's lines or two,
    // never with a picture between them.
    expect(kinds([page([heading, after])])).not.toContain("image");
  });

  it("a seal, a banner line or a scanned page under its own text is no table's picture", () => {
    const seal = { x0: 400, x1: 520, top: 130, bottom: 250 };
    const banner = { x0: 0, x1: 600, top: 130, bottom: 150 };
    // A searchable scan: the page's image under the text recognised on it.
    const scan = { x0: 0, x1: 600, top: 0, bottom: 842 };
    for (const picture of [seal, banner, scan]) {
      expect(kinds([withPictures([picture])])).not.toContain("image");
    }
  });

  it("a picture at the same spot on two pages is the pages' furniture (a header's logo)", () => {
    const logo = { x0: 100, x1: 500, top: 20, bottom: 70 };
    const moved = { ...logo, top: 300, bottom: 350 };
    expect(kinds([withPictures([logo]), withPictures([{ ...logo, x1: 501 }])])).not.toContain(
      "image",
    );
    // Elsewhere on the second page (under its first line), each is a picture of its own.
    expect(kinds([withPictures([logo]), withPictures([moved])])).toEqual([
      "image",
      "text",
      "text",
      "text",
      "image",
      "text",
    ]);
  });
});

describe("pages that may be one drawing (`mayFollow`): the lines closing the first", () => {
  // A line of runs given as [text, x0]; 12-point, each character 12 wide.
  const at = (top: number, ...cells: [string, number][]) =>
    cells.map(([text, x0]) => run(text, x0, top));
  const row = (top: number, label: string, ...values: string[]) =>
    at(top, [label, 40], ...values.map((value, i): [string, number] => [value, 300 + 60 * i]));
  const tableOf = (document: ReturnType<typeof sourceDocumentOf>) =>
    document.blocks.flatMap((block) =>
      block.kind === "table" ? [block.grid.rows.map((cells) => cells.map((c) => c.text))] : [],
    );

  it("header lines closing a page join the table whose rows open the next", () => {
    // wkhtmltopdf's landscape page: 总计's header at the foot of one page, the other headers and
    // the rows at the top of the next, no text across the break.
    const first = page([
      ...at(700, ["三、收到和处理", 40]),
      ...at(740, ["申请人情况", 300]),
      ...at(760, ["总计", 420]),
    ]);
    const second = page([
      ...at(20, ["自然人", 300], ["商业企业", 360]),
      ...row(40, "一、本年新收", "5", "6", "11"),
      ...row(60, "二、上年结转", "7", "8", "15"),
    ]);
    const joined = sourceDocumentOf([first, { ...second, mayFollow: 770 }]);
    expect(tableOf(joined)[0]?.flat()).toEqual(expect.arrayContaining(["申请人情况", "总计"]));
    expect(tableOf(joined)[0]?.at(-1)).toContain("15");
    // Read apart, they were prose before the table.
    expect(tableOf(sourceDocumentOf([first, second]))[0]?.flat()).not.toContain("总计");
  });

  it("lines no table takes leave the next page read as it is alone", () => {
    // Two lines of prose closing the page, far apart: read with the next page's, they changed
    // its line pitch, and a row standing apart from the table (`丁`) joined it.
    const first = page([...at(600, ["这是一段正文的结尾", 40]), ...at(650, ["落款", 40])]);
    const second = page([
      ...row(100, "甲", "1", "2"),
      ...row(112, "乙", "3", "4"),
      ...row(124, "丙", "5", "6"),
      ...row(200, "丁", "7", "8"),
    ]);
    const alone = sourceDocumentOf([first, second]);
    expect(sourceDocumentOf([first, { ...second, mayFollow: 750 }])).toEqual(alone);
  });
});
