/**
 * A table of the report as a Word table: the printed cells of serialize/sheet.ts (the same walk
 * as the HTML page, so the same merged cells), each cell's spans as `gridSpan` and `vMerge`, the
 * column header repeated on each page, 宋体 in the size of its face, the columns fitted to the
 * text block: the narrow columns of 三、本年度办理结果 and its groups two characters wide, the
 * numbers in equal columns, the labels taking the rest.
 *
 * @module
 */

import type { Sheet, SheetCell } from "../../serialize/sheet.js";
import { numberingLength, type TypeFace } from "../../serialize/typography.js";
import { runFonts } from "./fonts.js";
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "./library.js";
import { halfPoints, TEXT_WIDTH } from "./page.js";
import { xmlText } from "./text.js";

/** Cell padding left and right: 1 mm, as in the official template (Word's default is 1.9 mm). */
const CELL_PADDING = 57;

/**
 * How many characters a line of a column header holds so that it breaks into equal lines at
 * word-like places: 自然人 whole, 商业/企业, 社会/公益/组织; 2 for a header of two characters.
 */
function headerLine(label: string): number {
  const n = label.length;
  if (n <= 3) return Math.max(2, n);
  return n % 2 === 0 ? 2 : 3;
}

/**
 * Widths of the grid columns in twips, summing to the text block.
 * - Table 三 (it has `rowgroup` columns): a `rowgroup` column is as wide as the numbering of the
 *   labels that start in it (two characters for 三、, three for （三）); a value column as its
 *   header's lines (自然人, 商业/企业) or its longest value, whichever is wider; the label column
 *   takes the rest.
 * - Table 二 (labels, no `rowgroup`): a third for the labels, the rest shared by the values.
 * - Table 四 (no labels): the width shared evenly.
 */
export function columnWidths(sheet: Pick<Sheet, "columns" | "blocks">, face: TypeFace): number[] {
  const { columns } = sheet;
  const character = face.size * 20;
  const box = (text: number) => text + 2 * CELL_PADDING + 20;
  // What each column needs, in twips of text: the numbers' widths are reckoned with the widest
  // digits a fallback face may have (DejaVu Sans: 0.64 of the size), Song digits being narrower.
  const needs = columns.map(() => 2 * character);
  for (const block of sheet.blocks) {
    for (const row of placeRows(block.rows)) {
      for (const { cell, column } of row) {
        const need =
          cell.role === "heading" || cell.role === "group"
            ? numberingLength(cell.text) * character
            : cell.role === "header" && cell.colSpan === 1
              ? headerLine(cell.text) * character
              : cell.role === "value"
                ? Math.ceil(cell.text.length * 0.65 * character)
                : 0;
        needs[column] = Math.max(needs[column]!, need);
      }
    }
  }
  const labels = columns.filter((c) => c === "label").length;
  let widths: number[];
  if (columns.includes("rowgroup")) {
    const sized = columns.map((c, i) => (c === "label" ? 0 : box(needs[i]!)));
    const rest = TEXT_WIDTH - sized.reduce((a, b) => a + b, 0);
    widths = columns.map((c, i) => (c === "label" ? rest / labels : sized[i]!));
  } else if (labels > 0) {
    const label = TEXT_WIDTH / 3;
    const value = (TEXT_WIDTH - labels * label) / (columns.length - labels);
    widths = columns.map((c) => (c === "label" ? label : value));
  } else {
    widths = columns.map(() => TEXT_WIDTH / columns.length);
  }
  const whole = widths.map(Math.floor);
  // What rounding left goes to the last column, so that the table is exactly the text block.
  whole[whole.length - 1]! += TEXT_WIDTH - whole.reduce((a, b) => a + b, 0);
  return whole;
}

/** A paragraph style of table text: its id and its face. */
export interface TableStyle {
  readonly id: string;
  readonly face: TypeFace;
}

/**
 * The paragraph style of a table's text (centred, single-spaced, unindented, in the table's
 * face), for the document's styles: cells name it rather than repeating its properties, which
 * keeps the file small and lets an office restyle its tables at one place.
 */
export function tableParagraphStyle({ id, face }: TableStyle) {
  return {
    id,
    name: `Table text ${face.size} pt`,
    basedOn: "Normal",
    quickFormat: true,
    run: { font: runFonts(face), size: halfPoints(face.size) },
    paragraph: {
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      indent: { firstLine: 0 },
    },
  };
}

/** Labels and captions read from the left; everything else is centred (the style's default). */
const LEFT: ReadonlySet<SheetCell["role"]> = new Set(["caption", "label"]);

function cell(printed: SheetCell, style: string, width: number): TableCell {
  const text = xmlText(printed.text);
  // Spanning labels and headers sit in the middle of their box; a row's label and its numbers at
  // the top, so that they share their first line however the label wraps.
  const middle = printed.role !== "label" && printed.role !== "value";
  return new TableCell({
    children: [
      new Paragraph({
        style,
        ...(LEFT.has(printed.role) && { alignment: AlignmentType.LEFT }),
        children:
          text === ""
            ? []
            : [printed.role === "caption" ? new TextRun({ text, bold: true }) : new TextRun(text)],
      }),
    ],
    ...(middle && { verticalAlign: VerticalAlignTable.CENTER }),
    width: { size: width, type: WidthType.DXA },
    ...(printed.rowSpan > 1 && { rowSpan: printed.rowSpan }),
    ...(printed.colSpan > 1 && { columnSpan: printed.colSpan }),
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

/** A printed cell with the grid column it starts in. */
interface Placed {
  readonly cell: SheetCell;
  readonly column: number;
}

/**
 * The grid column each cell starts in, laying the spans out as Word and browsers do: a cell
 * starts at the first column of its row that no cell of an earlier row covers.
 */
export function placeRows(rows: readonly (readonly SheetCell[])[]): Placed[][] {
  const taken = new Set<string>();
  return rows.map((row, r) => {
    let column = 0;
    return row.map((cell) => {
      while (taken.has(`${r},${column}`)) column++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) taken.add(`${r + dr},${column + dc}`);
      }
      const placed = { cell, column };
      column += cell.colSpan;
      return placed;
    });
  });
}

/**
 * A sheet as a Word table in the given face. The head block's rows repeat on each page; no row
 * splits across pages; the rows of a body block that opens with its own caption (a sub-table of
 * 二) keep together on one page.
 */
export function wordTable(sheet: Sheet, style: TableStyle): Table {
  const widths = columnWidths(sheet, style.face);
  const rows: TableRow[] = [];
  for (const block of sheet.blocks) {
    const keepTogether = block.rows[0]?.[0]?.role === "caption";
    placeRows(block.rows).forEach((placed, index) => {
      const cells = placed.map(({ cell: printed, column }) =>
        cell(
          printed,
          style.id,
          widths.slice(column, column + printed.colSpan).reduce((a, b) => a + b, 0),
        ),
      );
      rows.push(
        new TableRow({
          children: cells,
          cantSplit: true,
          ...(block.part === "head" && { tableHeader: true }),
          ...(keepTogether && index < block.rows.length - 1 && { keepNext: true }),
        }),
      );
    });
  }
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 20, bottom: 20 },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  });
}
