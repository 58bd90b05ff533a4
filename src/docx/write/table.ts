/**
 * A table of the report as a Word table: the printed cells of serialize/sheet.ts (the same walk
 * as the HTML page, so the same merged cells), each cell's spans as `gridSpan` and `vMerge`, the
 * column header repeated on each page, 宋体 in the size of its face, the columns fitted to the
 * text block: the narrow columns of 三、本年度办理结果 and its groups two characters wide, the
 * numbers in equal columns, the labels taking the rest.
 *
 * @module
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { Sheet, SheetCell } from "../../serialize/sheet.js";
import { numberingLength, type TypeFace } from "../../serialize/typography.js";
import { runFonts } from "./fonts.js";
import { halfPoints, TEXT_WIDTH } from "./page.js";
import { xmlText } from "./text.js";

/** Cell padding left and right: 1 mm, as in the official template (Word's default is 1.9 mm). */
const CELL_PADDING = 57;

/**
 * Widths of the grid columns in twips, summing to the text block. A `rowgroup` column is as wide
 * as the numbering of the labels that start in it (two characters for 三、, three for （三）); with
 * such columns (table 三) a number column holds three characters and the label column takes the
 * rest; a table with labels but no spanning labels (二) gives a third to its labels; one without
 * labels (四) shares the width out evenly.
 */
export function columnWidths(sheet: Pick<Sheet, "columns" | "blocks">, face: TypeFace): number[] {
  const { columns } = sheet;
  const character = face.size * 20;
  const box = (characters: number) => characters * character + 2 * CELL_PADDING + 20;
  const numbering = columns.map(() => 2);
  for (const block of sheet.blocks) {
    for (const row of placeRows(block.rows)) {
      for (const { cell, column } of row) {
        if (cell.role === "heading" || cell.role === "group") {
          numbering[column] = Math.max(numbering[column]!, numberingLength(cell.text));
        }
      }
    }
  }
  const groups = columns.flatMap((c, i) => (c === "rowgroup" ? [box(numbering[i]!)] : []));
  const grouped = groups.reduce((a, b) => a + b, 0);
  const labels = columns.filter((c) => c === "label").length;
  const values = columns.length - groups.length - labels;
  let value: number;
  let label: number;
  if (groups.length > 0) {
    value = box(3) + 20;
    label = (TEXT_WIDTH - grouped - values * value) / Math.max(1, labels);
  } else if (labels > 0) {
    label = TEXT_WIDTH / 3;
    value = (TEXT_WIDTH - labels * label) / Math.max(1, values);
  } else {
    label = 0;
    value = TEXT_WIDTH / Math.max(1, values);
  }
  const widths = columns.map((c, i) =>
    Math.floor(c === "rowgroup" ? box(numbering[i]!) : c === "label" ? label : value),
  );
  // What rounding left goes to the last column, so that the table is exactly the text block.
  const sum = widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1]! += TEXT_WIDTH - sum;
  return widths;
}

const ALIGNMENT: Record<SheetCell["role"], (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  note: AlignmentType.CENTER,
  header: AlignmentType.CENTER,
  caption: AlignmentType.LEFT,
  heading: AlignmentType.CENTER,
  group: AlignmentType.CENTER,
  label: AlignmentType.LEFT,
  value: AlignmentType.CENTER,
};

function cell(printed: SheetCell, face: TypeFace, width: number): TableCell {
  const text = xmlText(printed.text);
  // Spanning labels and headers sit in the middle of their box; a row's label and its numbers at
  // the top, so that they share their first line however the label wraps.
  const middle = printed.role !== "label" && printed.role !== "value";
  return new TableCell({
    children: [
      new Paragraph({
        alignment: ALIGNMENT[printed.role],
        spacing: { before: 0, after: 0, line: 240 },
        indent: { firstLine: 0 },
        children:
          text === ""
            ? []
            : [
                new TextRun({
                  text,
                  font: runFonts(face),
                  size: halfPoints(face.size),
                  bold: printed.role === "caption",
                }),
              ],
      }),
    ],
    verticalAlign: middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    width: { size: width, type: WidthType.DXA },
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 20, bottom: 20 },
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
export function wordTable(sheet: Sheet, face: TypeFace): Table {
  const widths = columnWidths(sheet, face);
  const rows: TableRow[] = [];
  for (const block of sheet.blocks) {
    const keepTogether = block.rows[0]?.[0]?.role === "caption";
    placeRows(block.rows).forEach((placed, index) => {
      const cells = placed.map(({ cell: printed, column }) =>
        cell(
          printed,
          face,
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
