/**
 * Tables printed without ruling lines, found among a page's lines by the positions of their text
 * (the method of Tabula's stream mode, narrowed to what a report's tables are: a label, then
 * values in columns).
 *
 * A line is a *data line* when it falls into pieces far apart and one of them is a value (a
 * number or a mark). Data lines close to one another make a table; the lines just above them that
 * are not prose (a caption, header lines) are its header. The value columns are where the values
 * of the data lines stand (values of one column overlap across rows; two columns never do), or,
 * where blank cells leave columns without any value, the leaf column headers, when each column of
 * values stands under exactly one; everything left of the first value column is the row label.
 * A label line with no value beside it that cannot be the nearest row's is a row printed blank. Each data line is a row, a value in
 * the column it stands in, a column with nothing in it an empty cell; a label wrapped over several
 * lines joins the row whose values are nearest; a header line is a row of its own, a header
 * spanning several columns one cell over them.
 *
 * @module
 */

import { append, least, most } from "../text/lists.js";
import { NONE_MARK_CLASS } from "../text/nonemarks.js";
import type { Gap } from "./align.js";
import { blankRowTable } from "./blankrows.js";
import { CUT } from "./edges.js";
import { type Box, boundsOf, centreX, centreY, type TextRun } from "./geometry.js";
import { JUNCTION } from "./glued.js";
import { type Extent, headerColumns, leafExtents } from "./leaves.js";
import { type Line, lineOf, pieces } from "./lines.js";
import {
  figureOf,
  isUnnumberedLabel,
  lineFigureWidths,
  SPACE_LEAST,
  splitWords,
  startsColumnHeader,
  type TableBox,
} from "./tables.js";
import { isValueOrChange, isValueWord } from "./values.js";
import { characterEdges, emsOf, joinWrapped, withoutAutospace } from "./widths.js";

// Pieces of a line further apart than this many font sizes are in different cells. Two
// neighbouring cells' texts stand at least their paddings apart: 0.6 em in a page printed by
// Chromium (0.3 em a side, 社会公 and 法律服 of table 三's broken headers), about as much in Word's
// narrow columns; a word space is 0.25–0.33 em, and Han text has none.
const GAP = 0.45;
// Data lines further apart than this many line pitches are in different tables.
const APART = 3.5;
// At most this many header lines are looked for above a table's first data line.
export const HEADER_LINES = 8;
// A line above a table standing further above the next one than this many pitches is not its
// header.
const HEADER_STEP = 2.5;
// A line below a table's last row is the rest of its label when it stands within this many
// pitches of the line above.
const WRAPPED = 1.5;
// A line of values alone in a table's body starts at most this many font sizes left of the
// leftmost value of the lines before it (a wider number centred in the same column).
const VALUES_REACH = 2;
// Labels starting within this many points of one another start at one place (a column).
const ALIGNED = 3;

/**
 * A piece of a line: a run of text with no wide gap in it; `word` when it reads as a value but is
 * a label's character ({@link withLabelWords}).
 */
type Piece = Line & { readonly word?: true };

interface Pieced {
  readonly line: Line;
  readonly pieces: readonly Piece[];
}

// A change written with a sign word (`增10`) is one value, not a label's word with a number
// printed against it.
const isValue = (piece: Piece): boolean => {
  if (piece.word === true) return false;
  return isValueOrChange(piece.text.replace(/\s+/g, ""));
};

/**
 * The pieces of a line: a piece of values printed close together (`0 0 0`, which pdf.js gives as
 * one item when the gaps are under 0.6 em) or of Han words with spaces between them (`信息内容
 * 本年制发件数`: Chinese text has no spaces, header cells of narrow columns do) cut into its words,
 * and on a line with values, a value printed against its label (`行政规范性文件0`) cut off it.
 */
function piecesOf(line: Line, figures: ReadonlyMap<string, number>): Piece[] {
  const found = pieces(line, GAP).flatMap((piece) => spread(piece, figures));
  if (!found.some(isValue)) return found;
  return found.flatMap((piece) => {
    const marked = unglued(piece, figures);
    if (marked !== undefined) return marked;
    const glued = GLUED.exec(piece.text);
    if (glued === null || isValue(piece)) return [piece];
    const [, label = "", value = ""] = glued;
    // Where the values start: at their own run's start when the label's runs end before them (a
    // browser writes the values' font apart), else as their characters say.
    const after = runsAfter(piece, label);
    const split = after?.[0]?.x0 ?? piece.x1 - emsOf(value) * piece.size;
    const labelEnd =
      after === undefined ? split : piece.runs[piece.runs.length - after.length - 1]!.x1;
    const figure = after === undefined ? undefined : figureOf(figures, after);
    return [
      pieceOf({ ...asRun(piece), text: label, x1: labelEnd }),
      ...splitWords({ ...asRun(piece), text: value, x0: split }, figure).map(pieceOf),
    ];
  });
}

/**
 * A piece of values printed close together (`0 0 0`) or of Han words with spaces between them cut
 * into its words ({@link piecesOf}); any other piece as it is.
 */
function spread(piece: Piece, figures: ReadonlyMap<string, number>): Piece[] {
  const words = piece.text.split(/\s+/);
  const apart =
    words.length > 1 &&
    (words.every(isValueWord) ||
      (HAN_SPACE.test(piece.text) &&
        (cellsApart(piece, words) || !startsColumnHeader(piece.text))));
  return apart ? splitWords(asRun(piece), figureOf(figures, piece.runs)).map(pieceOf) : [piece];
}

/**
 * The page's lines with each `无` in the labels' area marked as a word: a side column printed a
 * character a line (`（四）无法提供` down the table's left edge) sets its `无` left of the row labels
 * (`无 2 3 4`, `无 行制作`), and read as a value (无, none) it stood where the labels are, so that
 * every side column character after it began a table of its own, and a number wrapped in its cell
 * lost its rest to the next one (read `1006` for 10067). A `无` is a value where values stand:
 * not left of a label that starts before the page's first number.
 */
function withLabelWords(all: readonly Pieced[]): Pieced[] {
  // Most pages print no 无 at all: nothing to look at.
  if (!all.some(({ pieces: found }) => found.some((piece) => piece.text === "无"))) return [...all];
  let firstNumber = Number.POSITIVE_INFINITY;
  for (const { pieces: found } of all) {
    for (const piece of found)
      if (isValue(piece) && /\d/.test(piece.text)) firstNumber = Math.min(firstNumber, piece.x0);
  }
  const labelStarts = all.flatMap(({ pieces: found }) =>
    found.filter((piece) => !isValue(piece) && piece.x0 < firstNumber).map((piece) => piece.x0),
  );
  const inLabels = (piece: Piece) => labelStarts.some((x0) => x0 >= piece.x1);
  return all.map((pieced) =>
    pieced.pieces.some((piece) => piece.text === "无" && inLabels(piece))
      ? {
          ...pieced,
          pieces: pieced.pieces.map((piece) =>
            piece.text === "无" && inLabels(piece) ? { ...piece, word: true as const } : piece,
          ),
        }
      : pieced,
  );
}

/**
 * A table's body with each mark for none that stands where labels stand marked as a word: a row
 * printed a column short (its label's span one less) prints its first value, `－`, under the
 * last label column, where other rows' labels stand (`二、上年结转… － 31 32 …` over `1.属于国家
 * 秘密 51 52 …`). Read as a value, it put the labels' side's end inside the labels: every label
 * line reaching past it (`2.其他法`, wrapped round `58 59 …`) began a table of its own, and the row
 * whose label it opened was read blank, its values quoted apart. So is a `无` there (a label set a
 * character a line, `4.` / `无` / `正`…: see {@link withLabelWords}). A number there is still a value
 * (it was printed; the rows' readers quote what they cannot place); a mark is only where it
 * stands among the labels: beside values (a sub-table's header words over a column of marks are
 * none) and left of the body's first number, on a row of the table (its numbers in the others'
 * columns: table 四's `/ 2 7 — 0 9` read in one body with table 三's last rows is no row of 三).
 */
function withMarksAmidLabels(body: readonly Pieced[]): Pieced[] {
  const numbers = least(
    body.flatMap((pieced) =>
      pieced.pieces.filter((piece) => isValue(piece) && /\d/.test(piece.text)).map((p) => p.x0),
    ),
  );
  const labels = body
    .filter(isData)
    .flatMap((pieced) => pieced.pieces.filter((piece) => !isValue(piece) && piece.x1 <= numbers));
  const amid = (piece: Piece) =>
    isValue(piece) &&
    !/\d/.test(piece.text) &&
    labels.some((label) => label.x0 < piece.x1 && label.x1 > piece.x0);
  const digits = (pieced: Pieced) =>
    pieced.pieces.filter((piece) => isValue(piece) && /\d/.test(piece.text));
  // A row of the table: its numbers (if any) stand in the columns of another line's. Table 四's
  // one row read in a body with table 三's last rows (a page read alone) stands apart, its `/`
  // beside 三's side column (`（五）`): a label's character, it made 四's columns from the rest.
  const ofTable = (pieced: Pieced) => {
    const own = digits(pieced);
    return (
      own.length === 0 ||
      body.some(
        (other) =>
          other !== pieced &&
          digits(other).some((q) => own.some((p) => q.x0 < p.x1 && q.x1 > p.x0)),
      )
    );
  };
  return body.map((pieced) =>
    pieced.pieces.some(amid) && ofTable(pieced)
      ? {
          ...pieced,
          pieces: pieced.pieces.map((piece) =>
            amid(piece) ? { ...piece, word: true as const } : piece,
          ),
        }
      : pieced,
  );
}

/**
 * A piece holding a value against the next cell's mark (`107－`, `102 103－`, `－31`: closer than
 * cells stand apart, the line builder joined their runs) cut between the runs, where a tenth of
 * an em at least stands between the two: a gap pdf.js itself reads as a space (glued.ts). Else
 * undefined, as when the two are one run (pdf.js put no space: under a tenth of an em apart):
 * side by side they may be one text (`−5`, a phone number's `0527—`), and without lines nothing
 * says which columns they stand in; the piece is read as printed.
 */
function unglued(piece: Piece, figures: ReadonlyMap<string, number>): Piece[] | undefined {
  if (!JUNCTION.test(piece.text)) return undefined;
  const groups: TextRun[][] = [];
  for (const run of piece.runs) {
    const last = groups[groups.length - 1];
    const end = last?.[last.length - 1];
    if (JUNCTION.test(run.text)) return undefined;
    if (end === undefined || JUNCTION.test(`${end.text.slice(-1)}${run.text[0]}`)) {
      if (end !== undefined && run.x0 - end.x1 < SPACE_LEAST * run.size) return undefined;
      groups.push([run]);
    } else last?.push(run);
  }
  return groups.flatMap((runs) => spread(lineOf(runs), figures));
}

/** A piece's runs after those that print `label` (spaces aside), if a run starts there. */
function runsAfter(piece: Piece, label: string): readonly TextRun[] | undefined {
  const wanted = label.replace(/\s+/g, "");
  let printed = "";
  for (const [index, run] of piece.runs.entries()) {
    if (index > 0 && printed === wanted) return piece.runs.slice(index);
    printed += run.text.replace(/\s+/g, "");
    if (printed.length > wanted.length) return undefined;
  }
  return undefined;
}

// Lines a first row's label may be wrapped onto above its values.
const WRAPPED_ABOVE = 4;

const HAN_SPACE = /[\u4e00-\u9fff] [\u4e00-\u9fff]/;

/**
 * Whether the words of one piece stand as far apart as cells: the room its words leave, shared
 * among its spaces, more than {@link GAP} of the font size. A word space typed in one cell (`商业
 * 企业` wrapped to `商业 企` over `业`) is a quarter of an em to a third, but so may be two cells'
 * paddings (3 px a side at 18 px): a piece standing closer is cut only when its words put
 * together start no column header ({@link startsColumnHeader}; `本年制发件数 本年废` is two cells).
 */
function cellsApart(piece: Piece, words: readonly string[]): boolean {
  const printed = words.reduce((sum, word) => sum + emsOf(word), 0) * piece.size;
  return piece.x1 - piece.x0 - printed > GAP * piece.size * (words.length - 1);
}

// The kinds of ordinal a row label opens with: `（三）`, `二、`, `1.`.
const ORDINAL_KINDS = [
  /^\s*[（(][一二三四五六七八九十\d]+[)）]/,
  /^\s*[一二三四五六七八九十]+、/,
  /^\s*\d+[.．、]/,
];
// How a row label opens: any of them (each kind's pattern after its `^\s*`).
const ENUMERATION = new RegExp(
  `^\\s*(?:${ORDINAL_KINDS.map((kind) => kind.source.slice("^\\s*".length)).join("|")})`,
);

/** Whether two labels open with ordinals of the same kind (`（一）予以公开`, `（二）部分公开`). */
const sameOrdinals = (a: string, b: string): boolean =>
  ORDINAL_KINDS.some((kind) => kind.test(a) && kind.test(b));

// A row's label in its own right: numbered, or a whole row label printed without a number
// (`行政处罚`, which printed blank is no part of the label of `行政强制 9` below it), alone or
// with a note in brackets after it that wraps over lines (`规范性文件（行政机关制定发布的…`).
const opensRow = (text: string): boolean =>
  ENUMERATION.test(text) || isUnnumberedLabel(text) || isUnnumberedLabel(beforeNote(text));

/** A text up to the bracket that opens a note (`规章（设区的市…）` → `规章`), or `""`. */
function beforeNote(text: string): string {
  const at = text.search(/[（(]/);
  return at > 0 ? text.slice(0, at) : "";
}

// A number as a cell prints it.
const FIGURE = "[-−+]?\\d[\\d,，]*(?:\\.\\d+)?";
// A value as a cell prints it: a number, or a mark for none (`/`, `—`; values.ts).
const NUMBER = `(?:${FIGURE}|[${NONE_MARK_CLASS}]{1,2})`;
// The first value against a label: a number or a slash only. A dash after Han text is as often
// the text's own (`…申请情况——`, `其他（请说明）-`) as a mark, and is left with it as before.
const FIRST = `(?:${FIGURE}|[/／]{1,2})`;
// A label of Han text with values printed against it: `行政规范性文件0`, `…不再处理其政府0`, a
// label's line with the first cells' values closer to it than cells stand apart (`3.危及“三安全
// 一稳定” 1053 1054`: the browser's own cell spacing, figures half an em wide), or a mark as
// close (`行政规范性文件/` of a wide label in big type: the `/` kept with the label was read blank).
const GLUED = new RegExp(`^(.*[\\u4e00-\\u9fff）)”」》])\\s?(${FIRST}(?:\\s+${NUMBER})*)$`);

/** A piece as one run (its runs' text and box), for cutting it. */
const asRun = (piece: Piece): TextRun => ({ ...piece, vertical: false });

/** A run as a piece of its own. */
const pieceOf = (run: TextRun): Piece => ({ ...run, runs: [run], size: run.size });

const isData = (pieced: Pieced): boolean =>
  pieced.pieces.length >= 2 && pieced.pieces.some(isValue);

/**
 * Whether a line of a table's body is a row of values: a data line, or a line of values alone
 * between them (a row's value printed on a line of its own, its label wrapped over the lines
 * above and below: `（二）部分公开（区分处理的，…` / `3` / `不计其他情形）`). Alone on a page, such a
 * line is not a table: a number standing apart in prose.
 */
const holdsValues = (pieced: Pieced): boolean =>
  isData(pieced) || (pieced.pieces.length > 0 && pieced.pieces.every(isValue));

/** The value columns: the extents of the data lines' values, overlapping ones merged. */
function valueColumns(data: readonly Pieced[]): Box[] {
  const values = data
    .flatMap((pieced) => pieced.pieces.filter(isValue))
    .sort((a, b) => a.x0 - b.x0);
  const columns: { x0: number; x1: number; top: number; bottom: number }[] = [];
  for (const value of values) {
    const last = columns[columns.length - 1];
    if (last !== undefined && value.x0 <= last.x1) last.x1 = Math.max(last.x1, value.x1);
    else columns.push({ x0: value.x0, x1: value.x1, top: value.top, bottom: value.bottom });
  }
  return columns;
}

/** The median distance from one line's top to the next's, for the page. */
function pitchOf(lines: readonly Line[]): number {
  const steps = lines
    .slice(1)
    .map((line, i) => line.top - (lines[i]?.top ?? line.top))
    .filter((step) => step > 0)
    .sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)] ?? lines[0]?.size ?? 12;
}

/** A table's lines: its header lines, then its body (data lines and the lines among them). */
interface Region {
  readonly header: readonly Pieced[];
  readonly body: readonly Pieced[];
  /** One data line under a header: a table only as the rest of the table before it. */
  readonly alone?: boolean;
}

/** The leftmost value of the data lines: where the labels' side of the table ends at the latest. */
function firstValueAt(body: readonly Pieced[]): number {
  return least(body.flatMap((pieced) => pieced.pieces.filter(isValue).map((p) => p.x0)));
}

/**
 * A region's body cut before each line that holds something on the values' side without being a
 * data line: a sub-table's caption or header (table 二 prints four sub-tables, each with its own
 * columns), not a row's label ({@link inLabelColumn}). Each part is a table of its own, those
 * lines its header.
 */
function subTables(region: Region): Region[] {
  const edge = firstValueAt(region.body);
  const parts: { header: Pieced[]; body: Pieced[] }[] = [{ header: [...region.header], body: [] }];
  const wrapped = wrappedAround(region.body);
  for (const [i, pieced] of region.body.entries()) {
    const current = parts[parts.length - 1];
    if (current === undefined) break;
    const heading =
      !holdsValues(pieced) &&
      pieced.line.x1 > edge &&
      !besideValues(region.body, i) &&
      !wrapped.has(pieced);
    if (heading && current.body.length > 0) parts.push({ header: [pieced], body: [] });
    else if (heading) current.header.push(pieced);
    else current.body.push(pieced);
  }
  return parts.filter((part) => part.body.some(isData));
}

/** Where the data lines' labels start, each with the start of the value after it, by the point. */
type LabelStarts = ReadonlyMap<number, readonly { readonly x0: number; readonly next: number }[]>;

/** The {@link LabelStarts} of a region's body: one pass over its pieces. */
function labelStartsOf(body: readonly Pieced[]): LabelStarts {
  const starts = new Map<number, { x0: number; next: number }[]>();
  for (const data of body) {
    if (!isData(data)) continue;
    let next: number | undefined;
    for (let i = data.pieces.length - 1; i >= 0; i--) {
      const piece = data.pieces[i]!;
      if (isValue(piece)) next = piece.x0;
      else if (next !== undefined) {
        const key = Math.round(piece.x0);
        const at = starts.get(key);
        if (at === undefined) starts.set(key, [{ x0: piece.x0, next }]);
        else at.push({ x0: piece.x0, next });
      }
    }
  }
  return starts;
}

/**
 * Whether a line of labels stands in a column of row labels: its last piece starts where a data
 * line's label starts (`starts`, {@link labelStartsOf}) and ends before that line's next value.
 * pandoc's rows a column short print their first value where the sub-rows print their labels
 * (`705` under `1.属于国家秘密`), so a sub-row's label wrapped around its values
 * (`5.要求行政机关确认或重新出具` / `0 0 …` / `已获取信息`) reaches past the region's first value;
 * it is still a row's label, no sub-table's heading (a heading stands over the values,
 * `信息内容 本年处理决定数量` past `行政许可 517645`'s).
 */
function inLabelColumn(line: Pieced, starts: LabelStarts): boolean {
  const last = line.pieces[line.pieces.length - 1];
  if (last === undefined || line.pieces.some(isValue)) return false;
  const key = Math.round(last.x0);
  for (let at = key - ALIGNED - 1; at <= key + ALIGNED + 1; at++) {
    for (const start of starts.get(at) ?? []) {
      if (Math.abs(start.x0 - last.x0) <= ALIGNED && last.x1 <= start.next) return true;
    }
  }
  return false;
}

/**
 * The label lines of rows whose label opens on a line of its own, in a column where data lines
 * print their labels ({@link inLabelColumn}), and wraps around the row's values: the opening line,
 * each next line close below the one before and starting where it starts, one of them holding the
 * row's values (a line of values alone, or a data line whose label there opens no row), up to the
 * next row's opening (`5.要求行政机关确认或重新出具` / `0 0 …` / `已获取信息`;
 * `1.申请人无正当理由逾期不补` / `正、行政机关不再处理其政府信 9 0 …` / `息公开申请`). pandoc's rows a
 * column short print their first value where the sub-rows print their labels (`705` under
 * `1.属于国家秘密`), so such a label reaches past the region's first value; it is a row's label,
 * no sub-table's heading. A label opening on its values' line and going on below (`4.无` /
 * `正当` / `理由` in a narrow column) is not one: its rest is read as before.
 */
function wrappedAround(body: readonly Pieced[]): Set<Pieced> {
  const wrapped = new Set<Pieced>();
  const opening = (pieced: Pieced) =>
    !holdsValues(pieced) && opensRow(pieced.pieces[pieced.pieces.length - 1]?.text ?? "");
  if (!body.some(opening)) return wrapped;
  const starts = labelStartsOf(body);
  const pitch = pitchOf(body.map((pieced) => pieced.line));
  for (const [i, open] of body.entries()) {
    if (!opening(open) || !inLabelColumn(open, starts)) continue;
    const x0 = open.pieces[open.pieces.length - 1]!.x0;
    const run: Pieced[] = [open];
    let values = false;
    for (let j = i + 1; j < body.length; j++) {
      const line = body[j]!;
      if (line.line.top - body[j - 1]!.line.top > WRAPPED * pitch) break;
      const aligned = line.pieces.find(
        (piece) => !isValue(piece) && Math.abs(piece.x0 - x0) <= ALIGNED,
      );
      if (aligned !== undefined && opensRow(aligned.text)) break;
      if (holdsValues(line)) {
        // Its values: a line of values alone, or one whose label there is this label's rest.
        const labelled = line.pieces.some((piece) => !isValue(piece) && piece.x0 > x0 - ALIGNED);
        if (values || (aligned === undefined && labelled)) break;
        values = true;
      } else if (aligned === undefined || !inLabelColumn(line, starts)) break;
      run.push(line);
    }
    if (values) for (const line of run) if (!holdsValues(line)) wrapped.add(line);
  }
  return wrapped;
}

/**
 * Whether a line of labels is the label of a line of values alone beside it, set less than
 * {@link STRADDLE} of a line off it (pandoc's page printed by wkhtmltopdf sets the row label of
 * the row a rowspan group label is centred in half a line above or below the row's values): that
 * row's, no sub-table's heading, though it reaches past values printed under the labels (rows a
 * column short, pandoc's colspans lost).
 */
function labelsBeside(
  labels: Pieced,
  values: Pieced | undefined,
  beyond: Pieced | undefined,
): boolean {
  if (values === undefined || values.pieces.length === 0 || !values.pieces.every(isValue)) {
    return false;
  }
  const near = (line: Pieced) =>
    Math.abs(centreY(line.line) - centreY(values.line)) <
    STRADDLE * Math.min(heightOf(line.line), heightOf(values.line));
  // A label wrapped around its values (`2.其他法律行政法规` / `0 0 …` / `禁止公开`) goes on in its
  // column on the values' other side.
  const wrapped =
    beyond !== undefined &&
    !beyond.pieces.some(isValue) &&
    Math.abs(beyond.line.x0 - labels.line.x0) <= ALIGNED &&
    near(beyond);
  return labels.line.x1 <= values.line.x0 && near(labels) && !wrapped;
}

/** Whether the line at `index` of `body` is the label of a line of values beside it. */
const besideValues = (body: readonly Pieced[], index: number): boolean =>
  labelsBeside(body[index]!, body[index - 1], body[index - 2]) ||
  labelsBeside(body[index]!, body[index + 1], body[index + 2]);

/**
 * Whether a header line names each value of a data line: right of the line's label and reaching
 * over the values, one header word over each value, in order, each value nearest to its own
 * (`信息内容 本年收费金额（单位：万元）` over `行政事业性收费 0`). A row with a blank has fewer
 * values than the header has words.
 */
function namesEach(header: Pieced | undefined, data: Pieced): boolean {
  if (header === undefined) return false;
  const values = data.pieces.filter(isValue);
  const labelEnd = most(data.pieces.filter((piece) => !isValue(piece)).map((piece) => piece.x1));
  // Header words over the values reach past the first one's left end (the label column's own
  // header, `信息内容`, stops before it).
  const from = values[0]?.x0 ?? Number.POSITIVE_INFINITY;
  const words = header.pieces.filter((piece) => piece.x0 > labelEnd && piece.x1 > from);
  if (words.length === 0 || words.length !== values.length) return false;
  return values.every((value, i) => {
    const distance = (word: Piece) => Math.abs(centreX(word) - centreX(value));
    const own = words[i];
    return own !== undefined && words.every((word) => distance(own) <= distance(word));
  });
}

/** The regions of a page: runs of data lines close together, with the header lines above. */
function regionsOf(all: readonly Pieced[], pitch: number): Region[] {
  const regions: Region[] = [];
  let index = 0;
  // Where the last region (or line of values read as none) ended: a region never reaches above it.
  let floor = 0;
  while (index < all.length) {
    const first = all[index];
    if (first === undefined || !isData(first)) {
      index++;
      continue;
    }
    // The body: from this data line to the last data line within reach of the one before, or
    // joined to it by a label wrapped over many lines (`1.申请人无正当理由逾/期不补正、…/再处理其
    // 政府信息公开/申请` puts four lines between two rows' values): lines, each close below the
    // one before, that stand on the labels' side only.
    let last = index;
    let edge = firstValueAt([first]);
    let wrapped = true;
    for (let next = index + 1; next < all.length; next++) {
      const candidate = all[next];
      const previous = all[last];
      const above = all[next - 1];
      if (candidate === undefined || previous === undefined || above === undefined) break;
      const close = candidate.line.top - above.line.top <= WRAPPED * pitch;
      if (candidate.line.top - previous.line.bottom > APART * pitch && !(wrapped && close)) break;
      // A line of values alone on the values' side goes on too (`3` between `（二）部分公开（区` and
      // `情形，不计其他情`, its row's label wrapped around it in a narrow column).
      const valuesOnly =
        !isData(candidate) &&
        holdsValues(candidate) &&
        candidate.line.x0 >= edge - VALUES_REACH * candidate.line.size;
      if (isData(candidate) || valuesOnly) {
        last = next;
        wrapped = true;
        edge = Math.min(edge, firstValueAt([candidate]));
      } else wrapped = wrapped && close && candidate.line.x1 <= edge;
    }
    const rows = all.slice(index, last + 1).filter(holdsValues).length;
    // Then the rest of the last row's label, wrapped onto the lines below it.
    for (let next = last + 1; next < all.length; next++) {
      const candidate = all[next];
      const previous = all[next - 1];
      if (candidate === undefined || previous === undefined) break;
      if (isData(candidate) || candidate.line.x1 > edge) break;
      if (candidate.line.top - previous.line.top > WRAPPED * pitch) break;
      last = next;
    }
    // The start of the first row's label, wrapped above its values (`一、本年新收政府信息公开` over
    // `申请数量 0 0 0 …`, or over more lines in a narrow column: `一、本年新收政` / `府信息公开申请` /
    // `数量 0 0 …`): lines on the labels' side only, each just above the next, the first opening
    // an enumeration, above a first row whose own label opens none. Taken for prose, they would
    // end the header search there, and the next row's label would take the first row's values.
    let start = index;
    if (!ENUMERATION.test(first.line.text)) {
      for (let above = index - 1; above >= floor && index - above <= WRAPPED_ABOVE; above--) {
        const line = all[above];
        const under = all[above + 1];
        if (line === undefined || under === undefined || isData(line) || line.line.x1 > edge) break;
        if (under.line.top - line.line.top > WRAPPED * pitch) break;
        if (ENUMERATION.test(line.line.text)) {
          start = above;
          break;
        }
      }
    }
    const body: Pieced[] = all.slice(start, last + 1);
    // The header: lines just above that are not prose (a line of one piece from the table's left
    // edge is a paragraph or a heading).
    const left = least(body.map((pieced) => pieced.line.x0));
    const header: Pieced[] = [];
    // Lines opening an enumeration on the labels' side just above the first row (`3.危及…`,
    // `4.保护…`: rows printed blank, at the top of a page whose header the table repeats) look like
    // prose; they are the table's only when a header line over the values stands above them.
    const blankRows = new Set<Pieced>();
    for (let above = start - 1; above >= floor && header.length < HEADER_LINES; above--) {
      const candidate = all[above];
      const below = header[0] ?? body[0]!;
      if (candidate === undefined) break;
      if (below.line.top - candidate.line.top > HEADER_STEP * pitch) break;
      const prose =
        candidate.pieces.length === 1 && candidate.line.x0 <= left + 2 * candidate.line.size;
      const blankRow =
        prose &&
        header.length === blankRows.size &&
        candidate.line.x1 <= edge &&
        ENUMERATION.test(candidate.line.text);
      if (blankRow) blankRows.add(candidate);
      else if (prose || isData(candidate)) break;
      header.unshift(candidate);
    }
    if (blankRows.size > 0 && header.every((pieced) => blankRows.has(pieced))) header.length = 0;
    // Header lines next above the first row that stand on the labels' side only are the start of
    // that row's label, wrapped (a table going on at the top of a page: `3.补正后申请内容仍不` above
    // `明确 0 0 0`): a header always ends with a line over the value columns.
    while (header.length > 0) {
      const lowest = header[header.length - 1]!;
      const below = body[0]!;
      if (lowest.line.x1 > edge || below.line.top - lowest.line.top > WRAPPED * pitch) break;
      body.unshift(header.pop()!);
    }
    // One data line is a table only with its row label, under a header over its values (a table's
    // last row alone on the page after a page break, under the header the page repeats): else it
    // is a line of prose with a number standing apart. Table 四's one row, values without a label
    // under headers over three lines, stays with the text reader, which reads it by its count.
    // Unless its header names each value, its columns are only where its values stand (a blank
    // makes none): it is a lone row, a table only as the rest of the table before it.
    const headed = header.length > 0 && (header[header.length - 1]?.line.x1 ?? 0) > edge;
    const labelled = body.some((pieced) =>
      pieced.pieces.some((piece) => !isValue(piece) && piece.x1 <= edge),
    );
    // Nor one line of values alone under headers that leave each value one column (table 四:
    // `5 2 7 8 1 9` under fifteen leaf headers), which is read by them.
    const byHeaders =
      rows === 1 &&
      headed &&
      !labelled &&
      first.pieces.every(isValue) &&
      headerColumns(
        leafExtents(header.flatMap((pieced) => pieced.pieces)),
        valueColumns([first]),
      ) !== undefined;
    if (rows < 2 && !(headed && labelled) && !byHeaders) {
      // Its lines are no header of the table after it: a label under its values (`规章` / `4 5 6` /
      // `规范性文件`, labels at the feet of tall cells) read as that table's first header line was
      // a row of its own there, printed blank (`null` for the printed 4 5 6), where the text
      // reader quotes the row it cannot tell.
      index = last + 1;
      floor = index;
      continue;
    }
    const parts = subTables({ header, body: withMarksAmidLabels(body) });
    const alone = rows < 2 && !byHeaders && !namesEach(header[header.length - 1], first);
    append(regions, alone ? parts.map((part) => ({ ...part, alone: true })) : parts);
    index = last + 1;
    floor = index;
  }
  return regions;
}

/**
 * The label columns: where the labels start. A report's row labels stand in one to three columns
 * (三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密); set flush left, the labels of one column
 * start at one place. Places shared by two labels at least are columns; with none, the labels
 * are one column.
 */
function labelColumns(labels: readonly Piece[], from: number): number[] {
  const starts = labels.map((piece) => piece.x0).sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of starts) {
    const group = groups[groups.length - 1];
    if (group !== undefined && x - (group[0] ?? x) <= ALIGNED) group.push(x);
    else groups.push([x]);
  }
  const columns = groups.filter((group) => group.length >= 2).map((group) => group[0] ?? from);
  if (columns.length === 0 || (columns[0] ?? from) > from + ALIGNED) columns.unshift(from);
  return columns;
}

/**
 * The value columns by the region's leaf headers ({@link headerColumns}), or `undefined` when they
 * do not leave each column of values exactly one: a header on the values' side (its centre right
 * of `labelEdge`) reaching over the labels' text (left of `labelsEnd`) makes the headers no guide.
 */
function headerValueColumns(
  region: Region,
  values: readonly Box[],
  labelEdge: number,
  labelsEnd: number,
): Extent[] | undefined {
  const pieces = region.header.flatMap((pieced) =>
    pieced.pieces.filter((piece) => centreX(piece) > labelEdge),
  );
  if (pieces.some((piece) => piece.x0 < labelsEnd)) return undefined;
  return headerColumns(leafExtents(pieces), values);
}

/**
 * Whether a table's labels stand at their cells' bottoms, each row's values on its label's last
 * line (`定” 65 67` under `3.` `危` `及` …): at least two data lines hold a label's rest (no
 * label of theirs opens a row) with the next row's opening label right below them, and no data
 * line is followed by a label's rest. Labels at the top or the middle of their cells are followed
 * by their rest; joined by nearness, a bottom label's first lines would join the row above.
 */
function labelsAtBottom(
  data: readonly Pieced[],
  labelOnly: readonly Pieced[],
  labelEdge: number,
): boolean {
  let seen = 0;
  for (const [i, line] of data.entries()) {
    const next = data[i + 1]?.line.top ?? Number.POSITIVE_INFINITY;
    const after = labelOnly.find(
      (pieced) => pieced.line.top > line.line.top && pieced.line.top < next,
    );
    if (after === undefined) continue;
    const labels = line.pieces.filter((piece) => !isValue(piece) && centreX(piece) < labelEdge);
    if (labels.length === 0) continue;
    const rest = labels.every((piece) => !opensRow(piece.text));
    if (!rest || !after.pieces.some((piece) => opensRow(piece.text))) return false;
    seen++;
  }
  return seen >= 2;
}

/** How a table's rows read where values stand apart from labels ({@link offsetLabels}). */
interface Offset<R> {
  readonly mode: "below" | "quoted";
  /** The label lines each row so set takes. */
  readonly homes: ReadonlyMap<Pieced, R>;
  /** The rows so set. */
  readonly rows: ReadonlySet<R>;
}

/**
 * How a table sets its rows' values apart from their labels where no label stands beside them
 * (values at their cells' tops, labels at the bottoms, cells taller than two lines: `1 2 3` /
 * `规章` / `4 5 6` / `行政规范性文件`, each line of values as near the label above, the row above's,
 * as its own below, or nearer). Each such line of values reads two ways: with the label opening
 * right below it, or by nearness with the one above it, where every row took the next row's
 * values. Labels never stand without values where rows are printed in full, so a reading that
 * leaves a line of values without a label (the first row's under the header, or the last
 * row's with no label after it) is ruled out; the offset is the table's, so every such line is
 * weighed at once. `below`: the labels below label them all and those above do not, and no
 * line of values stands nearer the label below it than the one above (values at their cells'
 * feet, labels at the tops, the first row's label on the page before, the last's values on the
 * next: the labels below label them all as well, each the next row's); `quoted`
 * (their values read unreadable) where both label them all (a row printed blank at an end) or
 * neither does (a label lost, a row cut by the page break); `undefined`, the reading by
 * nearness standing, where no line is so set or the labels above alone label them all. `homes`:
 * the label lines each such row takes (quoted, the label above and one below it, which the next
 * row takes back: a label left below without values is named with them, never read as a row
 * printed blank, null).
 *
 * @example
 * ```ts
 * // `11 12 …` / `一、本年新收…` / `18 19 …` / `二、上年结转…`, under the header: the labels below.
 * offsetLabels(body, anchors, labelOnly, labelEdge)?.mode; // "below"
 * ```
 */
function offsetLabels<R extends { readonly lines: readonly Pieced[] }>(
  body: readonly Pieced[],
  anchors: readonly R[],
  labelOnly: readonly Pieced[],
  labelEdge: number,
): Offset<R> | undefined {
  const labelsOf = (pieced: Pieced) =>
    pieced.pieces.filter((piece) => !isValue(piece) && centreX(piece) < labelEdge);
  const opens = (pieced: Pieced) => labelsOf(pieced).some((piece) => opensRow(piece.text));
  // Whether a row's label opens among `lines`: a label opening a row with none deeper after it (a
  // group's label, `（六）其` over the rest of a sub-row's `费用、行政…`, labels no values).
  const opensIn = (lines: readonly Pieced[]) =>
    lines.some((pieced, k) => {
      const deepest = lastWord({ line: pieced.line, pieces: labelsOf(pieced) });
      return (
        deepest !== undefined &&
        opensRow(deepest.text) &&
        lines
          .slice(k)
          .every((other) => labelsOf(other).every((piece) => piece.x0 <= deepest.x0 + ALIGNED))
      );
    });
  const at = (pieced: Pieced) => body.indexOf(pieced);
  // The label-only lines between each row's last line and the next row's first.
  const spans = anchors.map((row) => ({
    from: at(row.lines[0]!),
    to: most(row.lines.map(at)),
  }));
  const between = (from: number, to: number) =>
    labelOnly.filter((pieced) => at(pieced) > from && at(pieced) < to);
  const unsure: { row: R; up: Pieced[]; down: Pieced[]; foot: boolean }[] = [];
  for (const [i, row] of anchors.entries()) {
    const own = row.lines[0]!;
    const up = between(spans[i - 1]?.to ?? -1, spans[i]!.from);
    const down = between(spans[i]!.to, spans[i + 1]?.from ?? body.length);
    const above = up[up.length - 1];
    const below = down[0];
    if (above === undefined && below === undefined) continue;
    // A label among the row's lines (`1010` / its label / `0`, a number wrapped around it), or
    // beside any of them (a line within ALIGNED): their own label.
    const top = least(row.lines.map((pieced) => pieced.line.top));
    const bottom = most(row.lines.map((pieced) => pieced.line.bottom));
    if (between(spans[i]!.from, spans[i]!.to).length > 0) continue;
    const beside = (pieced: Pieced) =>
      pieced.line.bottom > top - ALIGNED && pieced.line.top < bottom + ALIGNED;
    // The values' line prints no label of its own: nothing at the neighbour's deepest label or
    // right of it (a group label left of it, `（四）无`, may stand there).
    // A group's label on the values' line is not theirs either, however far right it reaches past
    // a centred label (`三、本年` under `二、上年结转…`): its rest stands at its x0 on a label line
    // next to the row, left of that line's own label (`度办理结  （一）予以公开`).
    const group = (piece: Piece) =>
      [above, below].some((pieced) => {
        if (pieced === undefined) return false;
        const labels = labelsOf(pieced);
        return labels.some(
          (other) =>
            Math.abs(other.x0 - piece.x0) <= ALIGNED &&
            labels.some((deeper) => deeper.x0 >= other.x1 + ALIGNED && deeper.x0 >= piece.x1),
        );
      });
    const bare = (pieced: Pieced) => {
      const deepest = lastWord({ line: pieced.line, pieces: labelsOf(pieced) });
      return (
        deepest !== undefined &&
        labelsOf(own).every((piece) => piece.x1 <= deepest.x0 - ALIGNED || group(piece))
      );
    };
    const clear = (pieced: Pieced | undefined) =>
      pieced === undefined || (!beside(pieced) && bare(pieced));
    if (!clear(above) || !clear(below)) continue;
    // Nothing but values and labels on the values' line (a label printed among the values, a
    // row a column short, is its own), and a row's label opening right above or below it (not
    // the lines of a label wrapped around its values).
    if (own.pieces.some((piece) => !isValue(piece) && centreX(piece) >= labelEdge)) continue;
    if (![above, below].some((pieced) => pieced !== undefined && opens(pieced))) continue;
    // Values nearer the label below than the one above stand at their cell's foot, the label
    // below the next cell's: labels at the tops, the first row's on the page before.
    const foot =
      above !== undefined &&
      below !== undefined &&
      below.line.top - bottom < top - above.line.bottom - ALIGNED;
    unsure.push({ row, up, down, foot });
  }
  if (unsure.length === 0) return undefined;
  const upOk = unsure.every(({ up }) => opensIn(up));
  const downOk = unsure.every(({ down }) => opensIn(down));
  if (upOk && !downOk) return undefined;
  // The labels below label them all and those above do not: theirs, unless values stand at a foot.
  const below = downOk && !upOk && !unsure.some(({ foot }) => foot);
  const homes = new Map<Pieced, R>();
  for (const { row, up, down } of unsure) {
    // The first label opening under the values and its rest; quoted, the label above too.
    const first = down.findIndex(opens);
    const next = down.findIndex((pieced, k) => k > first && opens(pieced));
    if (first !== -1) {
      for (const pieced of down.slice(first, next === -1 ? down.length : next)) {
        homes.set(pieced, row);
      }
    }
    let opening = up.length - 1;
    while (opening >= 0 && !opens(up[opening]!)) opening--;
    if (opening !== -1 && !below) {
      for (const pieced of up.slice(opening)) homes.set(pieced, row);
    }
  }
  const mode = below ? "below" : "quoted";
  return { mode, homes, rows: new Set(unsure.map(({ row }) => row)) };
}

/** How far apart a table's lines stand ({@link pitchesOf}). */
interface Pitches {
  /** The smallest step between values: a cell's pitch (infinite with no value over another). */
  readonly cell: number;
  /** Whether rows of values stand further apart than a cell's lines: that is a cell's pitch. */
  readonly apart: boolean;
  /** The smallest step between lines of labels: a line's pitch, where a label wraps in its cell. */
  readonly label: number;
}

/**
 * The steps from each of a table's lines (its `body`'s) down from the nearest line above with a
 * value over one of its values. A cell's lines stand a line-height apart; rows stand further apart
 * by their cells' paddings (15 against 16.5 pt in a Chromium print with 1 px paddings, 12.7
 * against 13.8 in wkhtmltopdf's): the smallest step is a cell's pitch where a step from values to
 * values is longer but less than two lines. Unless a label's lines stand clearly closer inside
 * their cell: then the smallest step is a row's (a table whose rows hold one line each, some of
 * them two, a label wrapped). A table whose values all stand a step apart tells no cell's lines
 * from rows.
 */
function pitchesOf(body: readonly Pieced[]): Pitches {
  const stepsOf = (kind: (piece: Piece) => boolean) => {
    const lines = body.map((pieced) => pieced.pieces.filter(kind)).filter((own) => own.length > 0);
    return lines.flatMap((own, i) => {
      for (let j = i - 1; j >= 0; j--) {
        const step = stepOver(own, lines[j]!);
        if (step !== undefined) return step > 0 ? [step] : [];
      }
      return [];
    });
  };
  const values = stepsOf(isValue);
  const cell = least(values);
  const labels = least(stepsOf((piece) => !isValue(piece)));
  const rows = values.some((step) => !withinPitch(step, cell) && step < ROWS_APART * cell);
  return { cell, apart: rows && !(labels * LABELS_CLOSER < cell), label: labels };
}

// Rows of values standing further apart than this many cell pitches tell nothing of the rows'
// own pitch: a row between them, or a label over two lines.
const ROWS_APART = 1.8;

// A label's lines closer than the smallest step between values by this factor: the values' step is
// a row's (16.5 against a label's 15 pt with 1 px paddings; a label's pieces' boxes differ by up
// to 5 % in wkhtmltopdf's prints, a fallback font's quote marks).
const LABELS_CLOSER = 1.08;

/**
 * How far the first of `pieces` with one of `above` over it stands below that one, by their own
 * tops (a line's top is its tallest glyph's: a label's `“` raises it), if any has.
 */
function stepOver(pieces: readonly Piece[], above: readonly Piece[]): number | undefined {
  for (const piece of pieces) {
    const over = above.find((other) => overlaps(other, piece));
    if (over !== undefined) return piece.top - over.top;
  }
  return undefined;
}

// Steps differing by less than this part of the smaller are one pitch (positions are rounded).
const SAME_PITCH = 0.03;

const withinPitch = (step: number, pitch: number): boolean => step <= pitch * (1 + SAME_PITCH);

const overlaps = (a: Box, b: Box): boolean => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0);

/**
 * Whether a line of values is the rest of numbers wrapped in their cells (a column too narrow for
 * them: `10018` over `6`, `101` over `1`, `10` over `00` over `11`), not a row of its own: it
 * follows one of the row's `lines` with a value over one of its own (in the table's `body`; the
 * line is at `index`), with only the rest of labels between (a side column's letters, one a line)
 * or the row's own lines; each of its values stands under one of that line's values and is
 * shorter, or as long a cell's pitch below it ({@link pitchesOf}): on a line of values alone with
 * two figures at least (the first line is full: `0` under `0` is a row of its own), or whatever
 * the line prints where rows stand further apart than a cell's lines (whole rows of one length a
 * row's pitch apart are rows); and its words, if any, are the rest of a label wrapped with them
 * too. Read as a row, its values were lost and the first lines read as whole numbers; joined to
 * the row's cells, each such cell holds two numbers and is unreadable, as a number cut short must
 * be.
 */
function wrapsFrom(
  line: Pieced,
  body: readonly Pieced[],
  index: number,
  lines: readonly Pieced[],
  pitches: Pitches,
): boolean {
  const head = lines.find((own) => own.pieces.some(isValue));
  if (head === undefined) return false;
  const firstValue = least(head.pieces.filter(isValue).map((value) => value.x0));
  // Words that are the rest of a label: left of the values, opening no row.
  const labelRest = (pieced: Pieced) =>
    pieced.pieces.every(
      (piece) => isValue(piece) || (piece.x1 <= firstValue && !opensRow(piece.text)),
    );
  const tails = line.pieces.filter(isValue);
  if (tails.length === 0) return false;
  // The row's line with values over the line's, nearest above: the walk back over the lines
  // between stops there. It passes the row's own lines of other columns' values (a column
  // wrapping each number over six lines beside one wrapping it over three: wkhtmltopdf sets
  // their lines half a line apart).
  const under = (pieced: Pieced) =>
    pieced.pieces.some((piece) => isValue(piece) && tails.some((tail) => overlaps(piece, tail)));
  let at = index - 1;
  for (; at >= 0; at--) {
    const above = body[at]!;
    if (!above.pieces.some(isValue)) continue;
    if (under(above) || !lines.includes(above)) break;
  }
  const last = body[at];
  if (last === undefined || !lines.includes(last) || !under(last)) return false;
  // The next row's label, printing nothing else, beside the line (less than half its height from
  // it) under a row that prints its own label: the line's values are that row's, set off its
  // label's baseline (wkhtmltopdf sets digits of another font higher: `行政处罚 1330` / `54` /
  // `行政强制` within 3.5 pt). A number's rest stands inside its cell, a line above the next row.
  const next = body[index + 1];
  const headLabel = lastWord(last);
  if (
    next !== undefined &&
    headLabel !== undefined &&
    opensRow(headLabel.text) &&
    !next.pieces.some(isValue) &&
    next.pieces.some((piece) => opensRow(piece.text)) &&
    Math.abs(centreY(next.line) - centreY(line.line)) < heightOf(next.line) / 2
  ) {
    return false;
  }
  // The first line prints no label at `x0` or right of it: a group label's left of it (`（四）无`)
  // may stand there.
  const unlabelled = (x0: number) => last.pieces.every((piece) => isValue(piece) || piece.x1 <= x0);
  // A cell's pitch below the line above (`under` found a value over one of the line's), where
  // rows stand further apart than a cell's lines: the two lines are one cell's, whatever they
  // print.
  const heads = last.pieces.filter(isValue);
  const step = stepOver(tails, heads) ?? 0;
  // A number wraps onto its cell's next line, a line's pitch down, as a label's rest does. A line
  // standing clearly further below (the labels' lines closer, rows of values a row's pitch apart:
  // values at the tops of cells taller than two lines, `3.危及“三安全一稳 65 66 …` / `定”` / `72 73
  // …` / `4.保护第三方合法权益`) is the next row's values, however long: joined as a rest, they
  // made the row's cells unreadable and the next row's label, left alone, a row read blank.
  if (!pitches.apart && pitches.label * LABELS_CLOSER < step) return false;
  const cellBelow = withinPitch(step, pitches.cell);
  const proven = cellBelow && pitches.apart;
  // Every value of the line above has its rest on the line, shorter: numbers that fill their
  // cells' first lines (a row of whole numbers is as long as the row above, or longer).
  const wholeRest =
    tails.length === heads.length &&
    tails.every((tail) =>
      heads.some((head) => overlaps(head, tail) && length(tail) < length(head)),
    );
  // Further than a cell's pitch below, less than two: wkhtmltopdf moves a line that crosses its
  // layout's page break below it, less than a line further down, near a page's foot (`1010 1010 …`
  // 18.5–23.7 pt over `0 1 …`, a cell's pitch 12.7). Then the lines are one cell's only where the
  // row's label says so (below) and the line above is full: every value as long as its column's
  // longest, each with its rest, shorter, right under it.
  const pushed =
    pitches.apart &&
    !cellBelow &&
    withinPitch(step, 2 * pitches.cell) &&
    wholeRest &&
    heads.every((head) => body.every((other) => !longerUnder(other, head)));
  // Back over the lines between. One of them may be the row's own label, centred in its cell
  // between the two lines of values (`1000 1000 …` / `3.危及“三安全一稳定”` / `1 2 …`: each value
  // wrapped, the label's line between its halves), when the line above prints no label in that
  // label's column or right of it. The label is the line's last word before the values: a side
  // column's letters may stand on its line further left (`三、本年度办理结 2.没有现成…`). In a
  // cell taller than its lines wkhtmltopdf sets the label lower than their middle, down to the
  // second line: anywhere between them when they are proven one cell's and wrapped whole.
  const centre = centreY(line.line);
  let ownLabel: Piece | undefined;
  // Whether the label was taken for lines pushed apart only.
  let byPush = false;
  for (let between = index - 1; between > at; between--) {
    const label = body[between]!;
    if (labelRest(label) || lines.includes(label)) continue;
    // Centred: a quarter of a line from the middle of the two lines, which stand within two lines
    // of each other (the next row's label over its own values stands nearer to them).
    const middle = (centreY(last.line) + centre) / 2;
    const height = heightOf(label.line);
    const level = centreY(label.line);
    // Pushed down, the rest leaves the label where it stood: centred between the line above and
    // a cell's pitch below it, the only line between.
    const left =
      pushed &&
      index - at === 2 &&
      Math.abs(level - (centreY(last.line) + pitches.cell / 2)) < CENTRED * height;
    const inside =
      (Math.abs(level - middle) < CENTRED * height && centre - centreY(last.line) < 2 * height) ||
      (proven && wholeRest && level > middle && level < centre + CENTRED * height);
    const own = lastWord(label);
    if (ownLabel !== undefined || !(inside || left) || own === undefined || !unlabelled(own.x0)) {
      return false;
    }
    ownLabel = own;
    byPush = !inside;
  }
  // The row's own label may stand on the line itself, beside the rest of its values (a cell
  // taller than its lines, wkhtmltopdf setting the label lower than their middle: `1009 1009 …` /
  // `5.要求行政机关确认或重新出具已获取信息 3 4 …`), when the two lines are proven one cell's,
  // the line above prints no label in its column or right of it, and every value of that line has
  // its rest, shorter (a row of numbers that fill their cells, the next row's label beside its
  // own).
  const opening = lastWord(line);
  const ownHere =
    ownLabel === undefined &&
    opening !== undefined &&
    opening.x1 <= firstValue &&
    opensRow(opening.text) &&
    ((proven && wholeRest) || (pushed && index - at === 1)) &&
    unlabelled(opening.x0)
      ? opening
      : undefined;
  if (ownHere !== undefined) byPush = !(proven && wholeRest);
  ownLabel ??= ownHere;
  // Lines pushed apart are one cell's across the row's own label only when the row's first line
  // has no label of its own: nothing at the label's column or right of it on the row's lines, nor
  // on the lines above up to the row above's values (a label wrapped over two lines around its
  // values, the next row's label beside its own, stands so too).
  if (byPush && ownLabel !== undefined && !orphan(body, at, lines, ownLabel.x0)) return false;
  // The line's own words: a label's rest, or beside a row's own label a group label left of it
  // (`（三）不予公` by the rest of `1002` over `1`, its row's label `4.保护第三方合法权益` above),
  // which stands by many rows.
  const groupEnd = ownLabel?.x0 ?? Number.NEGATIVE_INFINITY;
  const rest = line.pieces.every(
    (piece) =>
      isValue(piece) ||
      piece === ownHere ||
      (piece.x1 <= firstValue && (!opensRow(piece.text) || piece.x1 <= groupEnd)),
  );
  if (!rest) return false;
  // The first line of a row of its own carries its label, but for a row's lines across its own
  // label or a cell's pitch apart.
  if (!isData(head) && ownLabel === undefined && last === head && !proven) return false;
  // Across the label, every value of the first line has its rest: a row wrapped whole. Or some
  // of them only (`9999 1000 1000` / `0 1`), the lines proven one cell's: no row stands between.
  if (ownLabel !== undefined && tails.length !== heads.length && !proven) return false;
  const alone = tails.length === line.pieces.length && ownLabel === undefined;
  // As long as the line above only a cell's pitch below it: on a line of values alone, each line
  // above with two figures at least (`100186` as `100` over `186`; a row of `0`s is no rest), or
  // where rows stand further apart (whole rows of one length stand around the next row's label;
  // `1` over `0` is a number where a cell's lines are closer than rows).
  const asLong = (value: Piece) => proven || (cellBelow && alone && length(value) > 1);
  return tails.every((tail) =>
    heads.some(
      (value) =>
        overlaps(value, tail) &&
        (length(tail) < length(value) || (length(tail) === length(value) && asLong(value))),
    ),
  );
}

// A value's figures, spaces left out.
const length = (piece: Piece): number => piece.text.replace(/\s+/g, "").length;

/** Whether a line prints a value longer than `value` in its column (`value` fills no cell). */
const longerUnder = (pieced: Pieced, value: Piece): boolean =>
  pieced.pieces.some(
    (piece) => isValue(piece) && overlaps(piece, value) && length(piece) > length(value),
  );

/**
 * Whether the row whose values start on `body[at]` (its lines so far `lines`) prints no label at
 * `x0` or right of it, on its lines or on those above up to the row above's values.
 */
function orphan(
  body: readonly Pieced[],
  at: number,
  lines: readonly Pieced[],
  x0: number,
): boolean {
  const bare = (pieced: Pieced) => pieced.pieces.every((piece) => isValue(piece) || piece.x1 <= x0);
  if (!lines.every(bare)) return false;
  for (let above = at - 1; above >= 0; above--) {
    const pieced = body[above]!;
    if (pieced.pieces.some(isValue)) break;
    if (!bare(pieced)) return false;
  }
  return true;
}

/** A line's rightmost word that is no value (a row's own label, right of group labels), if any. */
function lastWord(pieced: Pieced): Piece | undefined {
  let word: Piece | undefined;
  for (const piece of pieced.pieces) {
    if (!isValue(piece) && (word === undefined || piece.x0 > word.x0)) word = piece;
  }
  return word;
}

/**
 * Whether a line of values stands in the row of `lines` (the row's lines so far) though no whole
 * line apart: its centre less than {@link STRADDLE} of a line's height from the centre of the
 * row's nearest line with values, none of its values over or under one of that line's. Cells
 * centred in a row whose other cells wrap (Chromium's `word-break: break-all` in narrow columns:
 * `10` / `1011 … 1015` / `16`, the cell `1016` printed over two lines around the row's line of
 * whole values) set their lines half a line apart; rows of a table are a whole line apart at
 * least. Read as rows, the halves were lost and the row's other cells read blank; joined to the
 * row, each cut number's cell holds both halves and is unreadable.
 */
function straddles(line: Pieced, lines: readonly Pieced[]): boolean {
  if (!holdsValues(line)) return false;
  // The nearest of the row's lines with values: the row's own line, for the lower half of a cell
  // whose upper half stands above it.
  const distance = (own: Pieced) => Math.abs(centreY(line.line) - centreY(own.line));
  let nearest: Pieced | undefined;
  for (const own of lines) {
    if (!own.pieces.some(isValue)) continue;
    if (nearest === undefined || distance(own) < distance(nearest)) nearest = own;
  }
  if (nearest === undefined) return false;
  const height = Math.min(heightOf(line.line), heightOf(nearest.line));
  if (!(distance(nearest) < STRADDLE * height)) return false;
  const values = nearest.pieces.filter(isValue);
  return line.pieces.every((piece) => !isValue(piece) || !values.some((v) => overlaps(v, piece)));
}

/**
 * How far from the middle of a row's two lines of values its own label's line may stand, in
 * lines: a label centred in its cell stands at the middle ({@link wrapsFrom}).
 */
const CENTRED = 0.25;

/**
 * Lines of one row set apart by less than this part of a line's height ({@link straddles}):
 * Chromium sets a cell's two lines 0.69–0.77 of a line above and below the row's line (its type's
 * box and leading differ); rows of a table stand a whole line apart at least.
 */
const STRADDLE = 0.9;

const heightOf = (box: Box): number => box.bottom - box.top;

/** A region as a table of cell boxes. */
function tableOf(region: Region): TableBox | undefined {
  const data = region.body.filter(holdsValues);
  const values = valueColumns(data);
  const firstValue = values[0];
  const lines = [...region.header, ...region.body];
  const bounds = boundsOf(lines.map((pieced) => pieced.line));
  if (firstValue === undefined || bounds === undefined) return undefined;
  // The labels' side ends halfway between the labels' right end and the first value column.
  const labels = region.body.flatMap((pieced) =>
    pieced.pieces.filter((piece) => !isValue(piece) && piece.x1 <= firstValue.x0),
  );
  const labelsEnd = Math.max(bounds.x0, most(labels.map((piece) => piece.x1)));
  // Rows of values without labels (table 四) have no labels' side: every header is over values.
  const bare = labels.length === 0;
  // Columns no row prints a value in (a table with many blank cells, printed without lines) are
  // there only in the headers: the leaf headers, when each column of values stands under one (or
  // a whole column left of them all, pandoc's rows a column left: see headerColumns).
  const headed = headerValueColumns(
    region,
    values,
    bare ? Number.NEGATIVE_INFINITY : (labelsEnd + firstValue.x0) / 2,
    bare ? Number.NEGATIVE_INFINITY : labelsEnd,
  );
  const columns = headed ?? values;
  const firstColumn = columns[0] ?? firstValue;
  const unlabelled = bare && headed !== undefined;
  const labelEdge = unlabelled ? Number.NEGATIVE_INFINITY : (labelsEnd + firstColumn.x0) / 2;
  // Column edges: the label columns' starts, then from the middle of the gap before a value column
  // to the middle of the gap after it.
  const edges = [
    ...(unlabelled ? [firstColumn.x0] : [...labelColumns(labels, bounds.x0), labelEdge]),
    ...columns.slice(1).map((column, i) => ((columns[i]?.x1 ?? column.x0) + column.x0) / 2),
    Math.max(bounds.x1, firstColumn.x1, most(columns.map((column) => column.x1))),
  ];
  // The edges guessed from the spaces between labels and values: a part of the table on another
  // page may guess them elsewhere in the same spaces (its labels longer), and both move to one.
  const gaps: Gap[] = [
    ...(unlabelled ? [] : [{ at: labelEdge, x0: labelsEnd, x1: firstColumn.x0 }]),
    ...columns.slice(1).map((column, i) => {
      const x0 = columns[i]?.x1 ?? column.x0;
      return { at: (x0 + column.x0) / 2, x0, x1: column.x0 };
    }),
  ];
  const boxes = edges.slice(0, -1).map((x0, i) => ({ x0, x1: edges[i + 1] ?? x0 }));
  const labelCount = edges.length - columns.length - 1;
  // Rows: each header line, each data line, each other body line with something in a value
  // column; a label wrapped over lines joins the nearest data line's row.
  type Row = { lines: Pieced[]; readonly anchor: boolean };
  const rows: Row[] = region.header.map((pieced) => ({ lines: [pieced], anchor: false }));
  const anchors: Row[] = [];
  const labelOnly: Pieced[] = [];
  const pitches = pitchesOf(region.body);
  const wrapped = wrappedAround(region.body);
  for (const [index, pieced] of region.body.entries()) {
    const above = anchors[anchors.length - 1];
    if (above !== undefined && straddles(pieced, above.lines)) {
      // Lines of one row set half a line apart: the row's own line (its label's) first.
      if (isData(pieced) && !isData(above.lines[0]!)) above.lines.unshift(pieced);
      else above.lines.push(pieced);
    } else if (above !== undefined && wrapsFrom(pieced, region.body, index, above.lines, pitches)) {
      // The rest of numbers wrapped in their cells: the cells hold both lines, read as printed.
      above.lines.push(pieced);
    } else if (holdsValues(pieced)) {
      const row = { lines: [pieced], anchor: true };
      rows.push(row);
      anchors.push(row);
    } else if (
      pieced.line.x1 <= labelEdge ||
      besideValues(region.body, index) ||
      wrapped.has(pieced)
    ) {
      // (A row's label half a line off its values is a label, reaching past values under labels;
      // so is one opened on a line of its own and wrapped around its values, past pandoc's values
      // standing in the labels' column.)
      labelOnly.push(pieced);
    } else rows.push({ lines: [pieced], anchor: false });
  }
  // Labels printed at their cells' bottoms: each label-only line is the start of the label whose
  // last line holds the values below it, never the rest of the row above.
  const atBottom = labelsAtBottom(
    anchors.map((row) => row.lines[0]!),
    labelOnly,
    labelEdge,
  );
  // Values set apart from their labels, as near the label above as their own below.
  const offset = atBottom ? undefined : offsetLabels(region.body, anchors, labelOnly, labelEdge);
  // The label lines of rows printed blank.
  const blanks = new Set<Pieced>();
  const valueLines = anchors.map((row) => row.lines[0]!.line);
  const opensLabel = (piece: Piece) => opensRow(piece.text) && centreX(piece) < labelEdge;
  /**
   * Whether a label-only line opens the label of a row printed blank: no line of values stands
   * between it and the next label opening in its column (the next row's), so none is its own,
   * and the values above it are claimed already, by a label that opens between them and the
   * values before (`（二）部分公开（区` / `5 0 …` / `情形…）`, then `1.属于国家秘密` /
   * `2.其他法律行政` / `法规禁止公开`, all blank, in a table without lines). Values above it that
   * no label opens for may be its own, printed above it: those it may join.
   */
  const opensBlank = (pieced: Pieced): boolean => {
    const opening = pieced.pieces.filter(opensLabel);
    if (opening.length === 0) return false;
    // Its deepest label: `1.本机关不掌握` of `（四 1.本机关不掌握`.
    const x = most(opening.map((piece) => piece.x0));
    // The next label of its column. Not a group's label left of it, which stands anywhere beside
    // its rows (`（三） 2 0 …` between `4.保护第三` and `方合法权益`: 4.'s values).
    const next = region.body.find(
      (other) =>
        other.line.top > pieced.line.top &&
        other.pieces.some((piece) => opensLabel(piece) && Math.abs(piece.x0 - x) <= ALIGNED),
    );
    const end = next?.line.top ?? Number.POSITIVE_INFINITY;
    const top = pieced.line.top;
    // Values reaching into its line are beside it (wkhtmltopdf sets a row's values 3.5 pt above
    // its label, on a line as tall as the group label's words beside them), and so are values
    // whose line ends where its line starts: a table setting each row's values on the line above
    // its label (values at the cell's top, the label at its bottom), where the label above is
    // that line's neighbour too and would claim them.
    if (valueLines.some((line) => line.bottom > top - ALIGNED && line.top < end)) return false;
    const above = valueLines.filter((line) => line.bottom <= top);
    const claimed = above[above.length - 1];
    if (claimed === undefined) return false;
    const after = above.length > 1 ? centreY(above[above.length - 2]!) : Number.NEGATIVE_INFINITY;
    // A label set apart that names other values (offset, `二、上年结转…` the values' above it)
    // claims none here: the values it stands over may be this label's, never read blank.
    // Nor does a group's label, its rest on this line left of this label (`三、本年` over
    // `度办理结  （一）予以公开`): this row's group, not another row.
    const rest = pieced.pieces.filter((piece) => piece.x1 + ALIGNED <= x);
    const elsewhere = (other: Pieced) => {
      const home = offset?.homes.get(other);
      if (home !== undefined && home.lines[0]?.line !== claimed) return true;
      return other.pieces
        .filter(opensLabel)
        .every((piece) => rest.some((part) => Math.abs(part.x0 - piece.x0) <= ALIGNED));
    };
    return region.body.some(
      (other) =>
        other.line.top > after &&
        other.line.top <= centreY(claimed) &&
        other.pieces.some(opensLabel) &&
        !elsewhere(other),
    );
  };
  // The row each label-only line joins, or "blank" for the label of a row printed blank.
  const homeOf = (pieced: Pieced): Row | "blank" | undefined => {
    const centre = centreY(pieced.line);
    const offsetHome = offset?.homes.get(pieced);
    if (offsetHome !== undefined) return offsetHome;
    if (!atBottom && opensBlank(pieced)) return "blank";
    if (atBottom) {
      const top = (row: Row) => row.lines[0]?.line.top ?? 0;
      const below = anchors.find((row) => top(row) > pieced.line.top);
      if (below !== undefined) {
        // Its label opens at the last opening line above its values: a line above that one is
        // the label of a row printed blank (`2.` `重复` `申请` over `3.` … `物 130 131`), or its rest.
        const opensLater = labelOnly.some(
          (other) =>
            other.line.top > pieced.line.top &&
            other.line.top < top(below) &&
            other.pieces.some((piece) => opensRow(piece.text)),
        );
        if (!opensLater) return below;
        if (pieced.pieces.some((piece) => opensRow(piece.text))) return "blank";
        const above = anchors.filter((row) => top(row) < pieced.line.top).pop();
        const own = above?.lines[0];
        if (above !== undefined && own !== undefined && blanks.has(own)) return above;
      }
    }
    const distance = (row: Row) => Math.abs(centreY(row.lines[0]?.line ?? pieced.line) - centre);
    let nearest = anchors.reduce<Row | undefined>(
      (best, row) => (best === undefined || distance(row) < distance(best) ? row : best),
      undefined,
    );
    // Values the label opening below them labels (offset `below`) have no label above them: a
    // label's rest there (`定”` over `72 73 …`, under `3.危及“三安全一稳 65 66 …`: a label of two
    // lines starts beside its values, one of one line stands under them) is the row above's.
    const rowTop = (row: Row) => row.lines[0]?.line.top ?? 0;
    if (
      offset?.mode === "below" &&
      nearest !== undefined &&
      offset.rows.has(nearest) &&
      rowTop(nearest) > pieced.line.top &&
      !pieced.pieces.some((piece) => opensRow(piece.text))
    ) {
      const above = anchors.filter((row) => rowTop(row) < pieced.line.top).pop();
      if (above !== undefined) nearest = above;
    }
    // A label's rest never opens the row below when that row's label starts a new enumeration
    // (`息` above `1.申请人…` is the end of `5.要求…已获取信`): it goes with the row above. So too
    // the rest in a second label column, beside a group label (`（六） 处理其政府信息公开申请`
    // above `其他处 2.申请人…`: the rest of `1.申请人…不再`).
    const below = nearest?.lines[0];
    const opens =
      below !== undefined &&
      below.line.top > pieced.line.top &&
      (ENUMERATION.test(below.line.text)
        ? !ENUMERATION.test(pieced.line.text)
        : pieced.pieces.some(
            (piece) =>
              !ENUMERATION.test(piece.text) &&
              below.pieces.some(
                (other) => Math.abs(other.x0 - piece.x0) <= ALIGNED && ENUMERATION.test(other.text),
              ),
          ));
    // Nor the row below whose label opens between them, in its column (`明确` over `1.信访举报` over
    // `148 1`: the rest of `3.补正后申请内容仍不`, printed blank above).
    const openedBetween =
      below !== undefined &&
      below.line.top > pieced.line.top &&
      !pieced.pieces.some((piece) => opensRow(piece.text)) &&
      labelOnly.some(
        (other) =>
          other.line.top > pieced.line.top &&
          other.line.top < below.line.top &&
          other.pieces.some(
            (label) =>
              opensLabel(label) &&
              pieced.pieces.some((piece) => Math.abs(piece.x0 - label.x0) <= ALIGNED),
          ),
      );
    if (opens || openedBetween) {
      const above = anchors.filter((row) => (row.lines[0]?.line.top ?? 0) < pieced.line.top).pop();
      if (above !== undefined) nearest = above;
    }
    // Nor does a label that opens a row (`1.申请人…`, `行政处罚`) join a row above that already has
    // one in its column (`3.其他`): a row has one label per column, so it opens the row below. The
    // enumeration may open the line's second label column, after a group label wrapped down the
    // first (`本年 （二）部分公开（区` under `三、 （一）予以公开 0 0 …`).
    const opening = pieced.pieces.filter((piece) => opensRow(piece.text));
    // Two labels of one column: the same place, or (labels centred in their cells stand apart)
    // the same kind of ordinal, `（一）` and `（二）`, or two whole row labels (`规章` centred over
    // `行政规范性文件 4 5 6`), which never stand in one row.
    const labelled = (row: Row) =>
      opening.some((piece) =>
        row.lines.some((other) =>
          other.pieces.some(
            (label) =>
              opensRow(label.text) &&
              (Math.abs(label.x0 - piece.x0) <= ALIGNED ||
                sameOrdinals(label.text, piece.text) ||
                (isUnnumberedLabel(label.text) && isUnnumberedLabel(piece.text))),
          ),
        ),
      );
    if (
      opening.length > 0 &&
      nearest !== undefined &&
      (nearest.lines[0]?.line.top ?? 0) < pieced.line.top &&
      labelled(nearest)
    ) {
      const below = anchors.find((row) => (row.lines[0]?.line.top ?? 0) > pieced.line.top);
      // No row below to open: it is the label of a row printed blank, as when the row above has
      // its label on its own line (below), here a label wrapped around its values (`一、本年新收…申`
      // / `64 0 …` / `请数量`, then `二、上年结转…申` / `请数量` at the table's end).
      if (below === undefined) return "blank";
      if (!labelled(below)) nearest = below;
    }
    // Nor does it join a row whose own line has one, or a row printed blank: it is the label of a
    // row printed blank, which left no value to anchor it (a table without lines keeps no trace
    // of a blank cell). Only the row's own line decides, never the lines joined to it so far.
    // Unless the next row with values below has no label of its own (`3` alone on its line): the
    // label may be that row's, opened above its values; joined to it, a row whose label cell
    // names two rows is quoted, never placed, where a row read blank would be read null.
    const own = nearest?.lines[0];
    // Nor a row whose own label opens under its text, in a label column it runs over: a row's
    // label spanning the sub-rows' column (`（二）部分公开（…）` over `1.属于国家秘密 14`) is no
    // group label beside that row, which stands left of its rows' labels (`（三）` by `4.保护…`).
    const crossed = (line: Pieced) =>
      line.pieces.some(
        (label) =>
          opensLabel(label) &&
          opening.some((piece) => piece.x0 < label.x0 - ALIGNED && piece.x1 > label.x0 + ALIGNED),
      );
    if (
      opening.length > 0 &&
      own !== undefined &&
      (labelled({ lines: [own], anchor: true }) || blanks.has(own) || crossed(own))
    ) {
      const next = anchors.find((row) => row.anchor && (row.lines[0]?.line.top ?? 0) > centre);
      if (next?.lines[0]?.pieces.every(isValue)) return next;
      return "blank";
    }
    return nearest;
  };
  // First the rows printed blank, each a row of its own with nothing in its value columns (found
  // with the other lines joined where they would go, then taken back); then every other line
  // joins its row among them all, so that no row reaches over a blank row's place.
  const tentative: Row[] = [];
  const addBlank = (pieced: Pieced) => {
    const blank: Row = { lines: [pieced], anchor: false };
    blanks.add(pieced);
    rows.push(blank);
    const at = anchors.findIndex((row) => (row.lines[0]?.line.top ?? 0) > pieced.line.top);
    anchors.splice(at === -1 ? anchors.length : at, 0, blank);
  };
  for (const pieced of labelOnly) {
    const home = homeOf(pieced);
    if (home === "blank") addBlank(pieced);
    else if (home !== undefined) {
      home.lines.push(pieced);
      tentative.push(home);
    }
  }
  for (const row of tentative) {
    row.lines = row.lines.filter((line) => !labelOnly.includes(line) || blanks.has(line));
  }
  for (const pieced of labelOnly) {
    if (blanks.has(pieced)) continue;
    const home = homeOf(pieced);
    if (home === "blank") addBlank(pieced);
    else home?.lines.push(pieced);
  }
  rows.sort((a, b) => (a.lines[0]?.line.top ?? 0) - (b.lines[0]?.line.top ?? 0));
  /** The value columns a piece's characters stand in (past the middle of its first and last). */
  const valueBoxesUnder = (piece: Piece): number[] => {
    const starts = characterEdges(piece.text, piece.x0, piece.x1);
    const n = starts.length - 1;
    const from = (starts[0]! + starts[1]!) / 2;
    const to = (starts[n - 1]! + starts[n]!) / 2;
    return boxes.flatMap((box, i) => (i >= labelCount && box.x0 < to && box.x1 > from ? [i] : []));
  };
  // A number and the next cell's mark that the line builder left one piece (`1016－`, one item:
  // pdf.js set no space, glued.ts), its characters in two value columns: side by side, nothing
  // tells two cells from one text (`－5`, a change), and read by its centre the other cell was
  // read blank, a printed mark read as nothing. Each column it stands in is given it: quoted.
  const gluedAcross = (piece: Piece): boolean =>
    JUNCTION.test(piece.text) &&
    !isValue(piece) &&
    centreX(piece) >= labelEdge &&
    valueBoxesUnder(piece).length > 1;
  /** The columns a piece stands in: a label where it starts, a value where its centre is, a
   * header over every column it covers half of (or is half in). */
  const columnsOf = (piece: Piece, header: boolean): number[] => {
    if (!header && gluedAcross(piece)) return valueBoxesUnder(piece);
    if (!header) {
      const label = !isValue(piece) && centreX(piece) < labelEdge;
      const x = label ? piece.x0 + ALIGNED : centreX(piece);
      const found = boxes.findIndex(
        (box, i) => x >= box.x0 && (x < box.x1 || i === boxes.length - 1),
      );
      const column = found === -1 ? (x < (boxes[0]?.x0 ?? 0) ? 0 : boxes.length - 1) : found;
      return [label ? Math.min(column, labelCount - 1) : column];
    }
    if (headed !== undefined && centreX(piece) > labelEdge) {
      // A header over the values stands over the columns whose headers or values it overlaps.
      const over = headed.flatMap((column, i) =>
        Math.min(piece.x1, column.x1) > Math.max(piece.x0, column.x0) ? [labelCount + i] : [],
      );
      if (over.length > 0) return over;
    }
    return boxes.flatMap((box, i) => {
      const overlap = Math.min(piece.x1, box.x1) - Math.max(piece.x0, box.x0);
      return overlap >= Math.min(box.x1 - box.x0, piece.x1 - piece.x0) / 2 ? [i] : [];
    });
  };
  const cells = rows.flatMap((row, r) => {
    const ordered = [...row.lines].sort((a, b) => a.line.top - b.line.top);
    const top = least(ordered.map((pieced) => pieced.line.top));
    const next = rows[r + 1]?.lines.map((pieced) => pieced.line.top);
    const bottom = next ? least(next) : most(ordered.map((p) => p.line.bottom));
    const placed = new Map<string, { x0: number; x1: number; texts: string[] }>();
    const header = (pieced: Pieced) => !row.anchor && !labelOnly.includes(pieced);
    const columnOf = new Map<Piece, number[]>();
    for (const pieced of ordered) {
      for (const piece of pieced.pieces) columnOf.set(piece, columnsOf(piece, header(pieced)));
    }
    // A label centred in its cell: its lines in one column (see centredLabelColumns).
    const labels = ordered.flatMap((pieced) =>
      header(pieced)
        ? []
        : pieced.pieces
            .filter((piece) => !isValue(piece) && centreX(piece) < labelEdge)
            .map((piece) => ({ top: pieced.line.top, piece, column: columnOf.get(piece)![0]! })),
    );
    const starts = centredLabelColumns(labels);
    // A label's cell reaches over the label columns its text runs into (`（一）予以公开` past where
    // the sub-rows' labels start, as the table gives it those columns): a row a column left of its
    // headers (pandoc's, its label's span written short) prints its first value there, so a label
    // over them shows the row's values are where they stand. Not over a column another text of the
    // row stands in; every line of a label cell as far as its longest.
    const reach = labelReach(
      labels.map(({ piece }, i) => ({ piece, column: starts[i]! })),
      boxes,
      labelCount,
      ordered
        .flatMap((pieced) =>
          pieced.pieces.filter((piece) => !labels.some((label) => label.piece === piece)),
        )
        .flatMap((piece) => columnOf.get(piece) ?? []),
    );
    starts.forEach((column, i) => {
      const end = reach.get(column) ?? column;
      columnOf.set(
        labels[i]!.piece,
        Array.from({ length: end - column + 1 }, (_, k) => column + k),
      );
    });
    const spanned = new Set(labels.map(({ piece }) => piece));
    for (const pieced of ordered) {
      const lineTexts = new Map<string, string>();
      for (const piece of pieced.pieces) {
        const columns = columnOf.get(piece) ?? [];
        // A piece glued across columns goes to each of them whole, marked unreadable (as tables.ts
        // quotes what a line crosses), a header over them all, a label over those it runs into.
        const each = !header(pieced) && !spanned.has(piece) && columns.length > 1;
        for (const covered of each ? columns.map((column) => [column]) : [columns]) {
          const from = covered[0];
          const to = covered[covered.length - 1];
          const left = from === undefined ? undefined : boxes[from];
          const right = to === undefined ? undefined : boxes[to];
          if (left === undefined || right === undefined) continue;
          const key = `${from}:${to}`;
          if (!placed.has(key)) placed.set(key, { x0: left.x0, x1: right.x1, texts: [] });
          const before = lineTexts.get(key);
          // Cut, or one of two readings of the rows' values and labels: quoted.
          const quoted = offset?.mode === "quoted" && offset.rows.has(row) && isValue(piece);
          const text = each || quoted ? `${piece.text}${CUT}` : piece.text;
          lineTexts.set(key, before === undefined ? text : `${before} ${text}`);
        }
      }
      for (const [key, text] of lineTexts) placed.get(key)?.texts.push(text);
    }
    return [...placed.values()].map((cell) => ({
      x0: cell.x0,
      x1: cell.x1,
      top,
      bottom,
      text: withoutAutospace(cell.texts.reduce(joinStacked, "")),
    }));
  });
  const box = boundsOf(cells);
  if (box === undefined) return undefined;
  const alone = region.alone === true ? lines.map((pieced) => pieced.line) : undefined;
  return { ...box, cells, gaps, inferred: true, ...(alone !== undefined && { alone }) };
}

/**
 * A cell's lines joined ({@link joinWrapped}), a digit over a digit on lines of their own: a
 * number wrapped in its cell, or two stacked (`10` over `16`), never two columns' values side by
 * side, which the grid's readers quote (`96 97` in one cell of columns guessed from the values).
 */
function joinStacked(above: string, below: string): string {
  return /\d$/.test(above) && /^\d/.test(below) ? `${above}\n${below}` : joinWrapped(above, below);
}

/** A label piece of one table row: its line's top, its text and box, the label column it starts in. */
export interface LabelPiece {
  readonly top: number;
  readonly piece: Pick<Piece, "text" | "x0" | "x1">;
  readonly column: number;
}

/**
 * The last label column each label cell of a row reaches, by the column it starts in: the last
 * one the middle of a label's last character stands past the start of, over columns no other text
 * of the row (`taken`) stands in; a cell reaching no further than its own column is left out.
 *
 * @example
 * ```ts
 * const boxes = [{ x0: 0, x1: 20 }, { x0: 20, x1: 40 }, { x0: 40, x1: 60 }, { x0: 60, x1: 90 }];
 * labelReach([{ piece: { text: "（一）予以公开", x0: 22, x1: 70 }, column: 1 }], boxes, 3, []);
 * // Map { 1 => 2 }
 * ```
 */
export function labelReach(
  labels: readonly { readonly piece: Pick<Piece, "text" | "x0" | "x1">; readonly column: number }[],
  boxes: readonly { readonly x0: number }[],
  labelCount: number,
  taken: readonly number[],
): Map<number, number> {
  const reach = new Map<number, number>();
  for (const { piece, column } of labels) {
    const edges = characterEdges(piece.text, piece.x0, piece.x1);
    const n = edges.length - 1;
    const to = n > 0 ? (edges[n - 1]! + edges[n]!) / 2 : piece.x1;
    let end = column;
    while (end + 1 < labelCount && (boxes[end + 1]?.x0 ?? to) < to) end++;
    reach.set(column, Math.max(reach.get(column) ?? column, end));
  }
  for (const [column, end] of reach) {
    const blocked = labels.some((label) => label.column > column && label.column <= end);
    if (end === column || blocked || taken.some((c) => c > column && c <= end)) {
      reach.delete(column);
    }
  }
  return reach;
}

/**
 * Internal: the label column of each of a row's label pieces (`labels`, top to bottom), the lines
 * of a label centred in its cell all in the leftmost column any of them starts in. Such a label
 * starts each line elsewhere (`3.危及` 3 pt right of `“三安全` and `一稳定”` under it), so that its
 * lines fall into different label columns, and the row's label cells, read left to right, would
 * put its middle line first. The lines of one centred cell share their centre; two label columns'
 * labels (a group label and its sub-row's), or a piece running two cells' text together
 * (`（四）无2.没有现成信`), stand apart. Lines above the row's first line opening a label are the
 * rest of the label above (`息` over `2.没有现成信息需要另行制`, sharing the centre of its own `作`
 * under it) and stay where they start.
 *
 * @example
 * ```ts
 * centredLabelColumns([
 *   { top: 100, piece: { text: "3.危及", x0: 179, x1: 221 }, column: 1 },
 *   { top: 115, piece: { text: "“三安全一", x0: 170, x1: 230 }, column: 0 },
 *   { top: 130, piece: { text: "稳定”", x0: 182, x1: 218 }, column: 1 },
 * ]); // [0, 0, 0]
 * ```
 */
export function centredLabelColumns(labels: readonly LabelPiece[]): number[] {
  const columns = labels.map((label) => label.column);
  const opening = labels.find(({ piece }) => opensRow(piece.text))?.top ?? Number.NEGATIVE_INFINITY;
  const centre = ({ piece }: LabelPiece) => (piece.x0 + piece.x1) / 2;
  // A handful of label pieces a row: pairs, until no column changes (each change lowers one).
  for (let changed = true; changed; ) {
    changed = false;
    labels.forEach((a, i) => {
      labels.forEach((b, j) => {
        if (a.top === b.top || a.top < opening || b.top < opening) return;
        if (Math.abs(centre(a) - centre(b)) > ALIGNED || columns[i]! >= columns[j]!) return;
        columns[j] = columns[i]!;
        changed = true;
      });
    });
  }
  return columns;
}

/**
 * The tables printed without ruling lines among a page's lines, and the lines left to prose. A
 * table is found by its values; a sub-table of one row printed blank, which has none, by its
 * header's words over a whole row label alone ({@link blankRowTable}).
 *
 * @param lines - A page's lines not in a ruled table, page furniture left out, top to bottom.
 * @example
 * ```ts
 * const { tables, lines: prose } = streamTables(lines);
 * gridOf(tables[0]).rows[2]; // [{ text: '规章' }, { text: '0' }, { text: '0' }, { text: '0' }]
 * ```
 */
export function streamTables(lines: readonly Line[]): { tables: TableBox[]; lines: Line[] } {
  // The figures' widths over the page's runs of digits: where a run holds several values, each
  // is placed as wide as its figures.
  const figures = lineFigureWidths(lines.flatMap((line) => line.runs));
  const all = withLabelWords(lines.map((line) => ({ line, pieces: piecesOf(line, figures) })));
  const pitch = pitchOf(lines);
  const tables: TableBox[] = [];
  const taken = new Set<Line>();
  for (const region of regionsOf(all, pitch)) {
    const table = tableOf(region);
    if (table === undefined) continue;
    tables.push(table);
    for (const pieced of [...region.header, ...region.body]) taken.add(pieced.line);
  }
  // Table 二's one-row sub-tables printed blank: no value to find them by (blankrows.ts).
  const worded = ({ line, pieces }: Pieced) => ({
    line,
    words: pieces,
    valued: pieces.some(isValue),
  });
  for (const [index, label] of all.entries()) {
    const header = all[index - 1];
    const after = all[index + 1];
    if (header === undefined || taken.has(header.line) || taken.has(label.line)) continue;
    const table = blankRowTable(worded(header), worded(label), after && worded(after));
    if (table === undefined) continue;
    tables.push(table);
    taken.add(header.line);
    taken.add(label.line);
  }
  return { tables, lines: lines.filter((line) => !taken.has(line)) };
}
