/**
 * Table 二's one-row sub-tables printed blank in a table without ruling lines: a header line
 * (`信息内容 本年收费金额（单位：万元）`) over a row label alone (`行政事业性收费`). The reader of
 * such tables (stream.ts) finds a table by its values; a row with none left its two lines to
 * prose, where the text reader cannot tell a value printed blank from one lost (its cell read
 * unreadable). On the page the geometry tells: nothing stands beside the label under the headers.
 *
 * @module
 */
import { most } from "../text/lists.js";
import type { Box } from "./geometry.js";
import type { Line } from "./lines.js";
import { type CellBox, isColumnHeader, isUnnumberedLabel, type TableBox } from "./tables.js";

/** A line with its pieces (the texts standing apart on it) and whether one of them is a value. */
export interface LineWords {
  readonly line: Line;
  readonly words: readonly (Box & { readonly text: string })[];
  readonly valued: boolean;
}

/** A label's words alone: Han characters, no mark, digit or `?` printed against them. */
const HAN = /^[\u4e00-\u9fff]+$/;

/**
 * Whether a line holds a value, or a word with no Han character in it (a mark, a `?` printed for
 * a cell not known): something printed where the row's cells may stand.
 */
const holdsValue = (line: LineWords): boolean =>
  line.valued || line.words.some((word) => !/[\u4e00-\u9fff]/.test(word.text));

// The label's line stands at most this many of its heights below the header's: the next row (a
// row's padding apart; rows of one line in wkhtmltopdf's tables without borders stand 0.8 of a
// line apart, its prose lines 0.8 too, so the words, not the space, tell a table).
const NEXT_ROW = 1;

/**
 * The one-row table of a row printed blank, read from its header line, its label's line and the
 * line after them, or `undefined` unless the geometry proves it: the header's words, after at
 * most one word over the labels (`信息内容`), are whole column headers, all right of the label;
 * the label is one whole row label, alone on its line, the next line under the header; the line
 * after it (which must be there, on this page: the row ends here, no part of it on the next page)
 * holds no value. Every value cell of the row is then empty (read blank, not unreadable). Lines
 * are read as they stand, top to bottom, with nothing between them.
 *
 * @example
 * ```ts
 * // `信息内容   本年收费金额（单位：万元）` / `行政事业性收费` / `三、收到和处理政府信息公开申请情况`
 * blankRowTable(header, label, after)?.cells.map((cell) => cell.text);
 * // ['信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '']
 * ```
 */
export function blankRowTable(
  header: LineWords,
  label: LineWords,
  after: LineWords | undefined,
): TableBox | undefined {
  if (after === undefined || [header, label, after].some(holdsValue)) return undefined;
  const [own] = label.words;
  if (own === undefined || label.words.length !== 1) return undefined;
  const text = own.text.replace(/\s+/g, "");
  if (!HAN.test(text) || !isUnnumberedLabel(text)) return undefined;
  const [first] = header.words;
  const lead = first !== undefined && !isColumnHeader(first.text) ? [first] : [];
  const heads = header.words.slice(lead.length);
  if (heads.length === 0 || !heads.every((word) => isColumnHeader(word.text))) return undefined;
  const from = heads[0]!.x0;
  // The label under the labels' side; the rows one under the other, the line after below both.
  if (own.x1 >= from || lead.some((word) => word.x1 >= from)) return undefined;
  if (label.line.top < header.line.bottom - 1 || after.line.top < label.line.bottom - 1) {
    return undefined;
  }
  const height = label.line.bottom - label.line.top;
  if (label.line.top - header.line.bottom > NEXT_ROW * height) return undefined;
  const x0 = Math.min(header.line.x0, label.line.x0);
  const labelsEnd = most([own.x1, ...lead.map((word) => word.x1)]);
  // Column edges halfway between the labels' side and the first header, then between headers.
  const edges = [
    x0,
    (labelsEnd + from) / 2,
    ...heads.slice(1).map((word, i) => (heads[i]!.x1 + word.x0) / 2),
    Math.max(header.line.x1, label.line.x1),
  ];
  const gaps = [
    { at: edges[1]!, x0: labelsEnd, x1: from },
    ...heads.slice(1).map((word, i) => ({ at: edges[i + 2]!, x0: heads[i]!.x1, x1: word.x0 })),
  ];
  const top = header.line.top;
  const middle = label.line.top;
  const bottom = label.line.bottom;
  const cell = (at: number, upper: number, lower: number, text: string): CellBox => ({
    x0: edges[at]!,
    x1: edges[at + 1]!,
    top: upper,
    bottom: lower,
    text,
  });
  const cells = [
    ...lead.map((word) => cell(0, top, middle, word.text)),
    ...heads.map((word, i) => cell(i + 1, top, middle, word.text)),
    cell(0, middle, bottom, own.text),
    ...heads.map((_, i) => cell(i + 1, middle, bottom, "")),
  ];
  return { x0, x1: edges[edges.length - 1]!, top, bottom, cells, gaps, inferred: true };
}
