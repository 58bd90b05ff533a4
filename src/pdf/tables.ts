/**
 * Tables as boxes of text → the grid every reader builds ({@link Grid}). A table's rows and
 * columns are the distinct edges of its cells; a cell spans the rows and columns between its edges,
 * and a place no cell covers becomes an empty cell, so that every value keeps its column. A table
 * continued on the next page is joined to its first part here: the header rows the next page
 * repeats are dropped, and a merged cell cut by the page break is made whole again.
 *
 * @module
 */
import type { Grid, GridCell } from "../read/grid.js";
import { templateDefinition, templateVersions } from "../templates/registry.js";
import { most } from "../text/lists.js";
import { matchKey } from "../text/normalize.js";
import { agreedGaps, alignedEdges, type Gap } from "./align.js";
import { CUT } from "./edges.js";
import { isPageNumber } from "./furniture.js";
import { type Box, boundsOf, centreX, centreY, contains, type TextRun } from "./geometry.js";
import { gluedParts, isMarkRun, JUNCTION, NUMBER as PRINTED_NUMBER } from "./glued.js";
import { withoutLetterSpacing } from "./letterspacing.js";
import { type Line, linesOf } from "./lines.js";
import { characterEdges, emsOf, joinWrapped, WIDE, withoutAutospace } from "./widths.js";

/** A cell of a table with its text, in page coordinates. */
export interface CellBox extends Box {
  readonly text: string;
  /** Whether its last line reaches the cell's right edge: its text may go on in the next cell down. */
  readonly full?: boolean;
}

/** A table as boxes of text, before it becomes a grid. */
export interface TableBox extends Box {
  readonly cells: readonly CellBox[];
  /** Its column edges that are guesses, with the space each could stand anywhere in. */
  readonly gaps?: readonly Gap[];
  /**
   * A table of one row found among a page's lines, its columns only where that row's values stand:
   * the lines it was read from, prose again unless it continues the table before it.
   */
  readonly alone?: readonly Line[];
  /**
   * Its columns are where its values stand, not drawn: a column no row fills is not there at all.
   * Set by the reader of tables without ruling lines; kept by a join.
   */
  readonly inferred?: boolean;
  /** Its cells' sides were guessed: ruled across only ({@link Grid.acrossOnly}); kept by a join. */
  readonly acrossOnly?: boolean;
  /** A part of lone rows ({@link TableBox.alone}) whose columns are drawn: one ruled row. */
  readonly drawn?: boolean;
  /**
   * Its last row was cut by the page break: no line closes it and the next page's first table
   * opens with no line above it (document.ts `cutAtPageEnd`).
   */
  readonly cutBelow?: boolean;
}

// Edges closer than this (in points) are one edge: the two parts of a table cut by a page break
// are drawn a fraction of a point apart.
const SNAP = 2;
// The two parts of a table continued on the next page stand at the same place across the page,
// give or take this many points.
const SAME_PLACE = 6;

/**
 * The text of the runs in a cell: its lines top to bottom, joined as the text was before the cell
 * wrapped it ({@link joinWrapped}): a PDF cannot tell a line the author broke from one the cell's
 * width broke, and in a report's table cells lines are wrapped (`结果` / `维持` is 结果维持).
 */
export function textIn(runs: readonly TextRun[]): string {
  return withoutAutospace(linesOf(runs).reduce((text, line) => joinWrapped(text, line.text), ""));
}

// A cell's last line ending closer than this many font sizes to its right edge filled the cell
// (its padding and a character that did not fit).
const FULL = 2;
// A run reaching this part of its font size into a cell besides its own is printed across cells.
const ACROSS = 0.3;
/** The cells a run reaches into, left to right: its row, and more than {@link ACROSS} across. */
function reached(run: TextRun, boxes: readonly Box[]): Box[] {
  const y = centreY(run);
  return boxes
    .filter(
      (box) =>
        y >= box.top &&
        y <= box.bottom &&
        Math.min(run.x1, box.x1) - Math.max(run.x0, box.x0) > ACROSS * run.size,
    )
    .sort((a, b) => a.x0 - b.x0);
}

/** The cell a run's centre lies in. */
const homeCell = (run: TextRun, boxes: readonly Box[]): Box | undefined =>
  boxes.find((box) => contains(box, centreX(run), centreY(run)));

/**
 * Whether a run lies in one of the cells, reaching no other (see {@link fillCells}).
 *
 * @example
 * ```ts
 * inOneCell(run("12", 110, 122), [cell(100, 140), cell(140, 180)]); // true
 * ```
 */
export function inOneCell(run: TextRun, boxes: readonly Box[]): boolean {
  return reached(run, boxes).length <= 1 && homeCell(run, boxes) !== undefined;
}

/**
 * A run cut into its words, each placed where it most likely stands: pdf.js gives no position
 * inside a run, so each word is as long as its characters ({@link emsOf}), or its figures when
 * their width `figure` is known, and the space left over is shared out evenly between the words.
 *
 * @example
 * ```ts
 * splitWords(run("0 0 0", 300, 360)).map((word) => [word.x0, word.x1]); // [[300, 306.6], …]
 * ```
 */
/** Of the font size, the least gap pdf.js reads as a space inside a run. */
export const SPACE_LEAST = 0.1;

export function splitWords(run: TextRun, figure?: number): TextRun[] {
  const words = run.text.split(/\s+/).filter((word) => word !== "");
  // Figures are equally wide in a font: a word of figures alone is as wide as they are, where the
  // document tells their width ({@link figureWidths}); else as its characters say.
  const lengths = words.map((word) =>
    figure !== undefined && DIGITS.test(word) ? word.length * figure : emsOf(word) * run.size,
  );
  const printed = lengths.reduce((sum, length) => sum + length, 0);
  const width = run.x1 - run.x0;
  // pdf.js puts a space into a run where glyphs stand at least a tenth of an em apart: words
  // estimated wider than that leaves them (narrower figures than NARROW) are narrowed to it, never
  // made to touch, which would make two cells' values one column.
  const least = words.length > 1 ? SPACE_LEAST * run.size : 0;
  const room = Math.max(0, width - least * (words.length - 1));
  const gap = words.length > 1 ? Math.max(least, (width - printed) / (words.length - 1)) : 0;
  const scale = printed > room ? room / printed : 1;
  let x = run.x0;
  return words.map((word, i) => {
    const length = (lengths[i] ?? 0) * scale;
    const piece: TextRun = { ...run, text: word, x0: x, x1: x + length };
    x += length + gap;
    return piece;
  });
}

/** A run, or a part of one, and the cell it goes to. */
export interface PlacedRun {
  readonly run: TextRun;
  readonly cell: Box;
  /**
   * The cells its characters stand in, when they may be several cells' values or one number
   * printed on past its line: `cell` is the first.
   */
  readonly unsure?: readonly Box[];
  /** Of those, the cell it is when that cell holds nothing else: one number's, its middle's. */
  readonly likely?: Box;
  /**
   * Of those, the cells it may be at all: its middle's and the one at whose side it starts
   * ({@link spilledFrom}). Unset: any.
   */
  readonly near?: readonly Box[];
}

/**
 * A run printed across several cells (pdf.js joins glyphs into one item when they are less than
 * 0.6 em apart, as the headers of narrow columns are) cut into its words: one word per cell when
 * the counts agree, else each word to the cell its estimated place ({@link splitWords}) falls in.
 * A run of one word may be cut where the lines cross it ({@link cutAtRules}); `figures` are the
 * widths of a figure in the document's tables, by font and size ({@link figureWidths}). Figures
 * a line crosses that are not cut come back {@link PlacedRun.unsure}, the cells they may be named,
 * for {@link fillCells} to place once it knows what each cell holds.
 */
export function splitAcross(
  run: TextRun,
  cells: readonly Box[],
  figures: ReadonlyMap<string, number> = new Map(),
): PlacedRun[] {
  const first = cells[0];
  if (first === undefined) return [];
  const figure = figures.get(fontKey(run));
  const split = splitWords(run, figure);
  const words = split.length < 2 ? cutAtRules(run, cells, figure) : split;
  if (words.length < 2) {
    if (JUNCTION.test(run.text) && crossed(run, cells)) {
      // A number and the next cell's mark (`2－`): cut where the widths leave a gap, each part in
      // a cell of its own; else each cell it stands in is quoted (`near` none: never one of them).
      const parts = gluedParts(run, tokenWidth(run, figures), LINE_WIDTH) ?? [];
      const homes = parts.map((part) => homeCell(part, cells));
      if (homes[0] && homes[1] && homes[0] !== homes[1])
        return parts.map((part, i) => ({ run: part, cell: homes[i]! }));
      return [{ run, cell: first, unsure: standsIn(run, cells), near: [] }];
    }
    if (DIGITS.test(run.text) && crossed(run, cells)) {
      const over = standsIn(run, cells);
      // One number printed on past its line is the cell's its middle is in, as any run is, unless
      // it starts at the side of another of its cells ({@link spilledFrom}): then nothing tells.
      const middle = cells.find((c) => contains(c, centreX(run), centreY(run)));
      const from = spilledFrom(run, over);
      const likely =
        sideBySide(run, figure) && middle !== undefined && (from ?? middle) === middle
          ? middle
          : undefined;
      const near = [middle, from].filter((cell): cell is Box => cell !== undefined);
      return [{ run, cell: over[0] ?? first, unsure: over, near, ...(likely && { likely }) }];
    }
    return [{ run, cell: cells.find((c) => contains(c, centreX(run), centreY(run))) ?? first }];
  }
  if (words.length === cells.length)
    return words.map((word, i) => ({ run: word, cell: cells[i]! }));
  return words.map((word) => {
    // A word's place in a run of several is an estimate ({@link splitWords}): nothing tells a
    // number that a line crosses from two cells' values joined.
    const glued = JUNCTION.test(word.text);
    if (split.length > 1 && (glued || DIGITS.test(word.text)) && crossed(word, cells)) {
      const over = standsIn(word, cells);
      return { run: word, cell: over[0] ?? first, unsure: over, ...(glued && { near: [] }) };
    }
    return {
      run: word,
      cell: cells.find((c) => centreX(word) >= c.x0 && centreX(word) <= c.x1) ?? first,
    };
  });
}

// A number printed on past its cell starts within this many of its font sizes of the cell's side
// it is set from (the cell's padding), and at most a line's width before it.
const FROM_SIDE = 1;

/**
 * The cell at whose side one number printed on past its line (its figures side by side) starts,
 * of the cells it stands in: a browser prints a text too long for its cell from the side it is set
 * from, on past the other (the left, set left or centred; the right, set right by `flex-end` or in
 * a right-to-left cell). A side counts when the number starts within {@link FROM_SIDE} of it, not
 * before it; near both sides, the one it is twice as near (1 px of padding on one side, what the
 * number left of a narrow column on the other: 0.75 and 7 points). Undefined when neither side
 * counts. Only a check on the number's middle ({@link splitAcross}): a wide padding (Word's 5.4 pt)
 * or text centred in a box that overflows both ways starts at neither side.
 */
function spilledFrom(run: TextRun, over: readonly Box[]): Box | undefined {
  const left = over[0];
  const right = over[over.length - 1];
  if (left === undefined || right === undefined) return undefined;
  const toLeft = run.x0 - left.x0;
  const toRight = right.x1 - run.x1;
  const near = (distance: number) => distance >= -LINE_WIDTH && distance <= FROM_SIDE * run.size;
  const fromLeft = near(toLeft) && !(near(toRight) && toLeft > toRight / 2);
  const fromRight = near(toRight) && !(near(toLeft) && toRight > toLeft / 2);
  if (fromLeft === fromRight) return undefined;
  return fromLeft ? left : right;
}

/**
 * The cells a word's characters stand in, left to right: those its characters reach the middle
 * of a character into.
 */
function standsIn(word: TextRun, cells: readonly Box[]): Box[] {
  const starts = characterEdges(word.text, word.x0, word.x1);
  const n = starts.length - 1;
  const from = (starts[0]! + starts[1]!) / 2;
  const to = (starts[n - 1]! + starts[n]!) / 2;
  return cells.filter((c) => c.x0 < to && c.x1 > from);
}

/**
 * The lines between the cells that cross a word's characters: past the middle of its first
 * character and short of that of its last (a word reaching less far into a neighbour is all on
 * one side of the line, see {@link reached}). `starts` is where each character starts, and the
 * word's end ({@link characterEdges}).
 */
function linesThrough(starts: readonly number[], cells: readonly Box[]): number[] {
  const n = starts.length - 1;
  const lines: number[] = [];
  for (let i = 0; i + 1 < cells.length; i++) {
    // Cells one inside the other (a table of doubled borders, `border="1"` without
    // `border-collapse`, gives a lattice cell inside each drawn one) have no line between them.
    if (cells[i + 1]!.x0 < cells[i]!.x1 - LINE_WIDTH) continue;
    const edge = (cells[i]!.x1 + cells[i + 1]!.x0) / 2;
    if (edge > (starts[0]! + starts[1]!) / 2 && edge < (starts[n - 1]! + starts[n]!) / 2)
      lines.push(edge);
  }
  return lines;
}

/** Whether a line between the cells crosses the word's characters ({@link linesThrough}). */
const crossed = (word: TextRun, cells: readonly Box[]): boolean =>
  [...word.text].length > 1 &&
  linesThrough(characterEdges(word.text, word.x0, word.x1), cells).length > 0;

/**
 * Whether a run of figures that {@link cutAtRules} left whole, a line crossing it, is one number
 * printed on past its line: its figures stand side by side, the run as wide as they are (within
 * {@link LINE_WIDTH}; a figure `figure` wide). A run wider than its figures hides a gap no line
 * stands at (a number printed on past its line, touching the next cell's value: `123456` and `0`
 * read `1234560`); with no figure width known, nothing tells.
 */
const sideBySide = (run: TextRun, figure: number | undefined): boolean =>
  Math.abs(run.x1 - run.x0 - run.text.length * (figure ?? Number.NaN)) < LINE_WIDTH;

/** A run's font and its size to a tenth of a point, the key of {@link figureWidths}. */
const fontKey = (run: TextRun): string => `${run.font ?? ""}|${Math.round(run.size * 10)}`;

/**
 * How wide a number or a mark (one character, or two of it) is printed in a run's font
 * ({@link gluedParts}): its figures' width ({@link figureWidths}) and its separators' (`1,016`,
 * `0.5`) as measured in numbers alone in the document, else each a figure wide (no narrower than
 * printed, so that the gap found is never wider than printed); a mark's as measured alone, or a
 * full-width mark's one font size; undefined when a width is not known.
 */
function tokenWidth(
  run: TextRun,
  widths: ReadonlyMap<string, number>,
): (token: string) => number | undefined {
  const key = fontKey(run);
  const figure = widths.get(key);
  return (token) => {
    const char = token[0]!;
    if (PRINTED_NUMBER.test(token)) {
      if (figure === undefined) return undefined;
      let width = 0;
      for (const c of token)
        width += DIGIT.test(c) ? figure : (widths.get(`${key}|${c}`) ?? figure);
      return width;
    }
    const one = isMarkRun(token)
      ? (widths.get(`${key}|${char}`) ?? (WIDE.test(char) ? run.size : undefined))
      : undefined;
    return one && one * token.length;
  };
}

const DIGITS = /^\d+$/;
const DIGIT = /\d/;
// Ideographs and full-width forms alone: each one font size wide.
const SQUARE = /^[\u3400-\u9fff\uf900-\ufaff\uff01-\uff5e\u3001-\u303f]+$/;

/** Runs and the cells of the tables they were printed in: one page's, each page its own place. */
export interface RunsInCells {
  readonly runs: readonly TextRun[];
  readonly boxes: readonly Box[];
}

/**
 * The width of one figure in a document's tables, by font and size (`"<font>|<tenths of a
 * point>"`): the median over the runs of digits alone that stand in one of their cells (figures
 * are equally wide in a font; bold ones are wider, and the page's prose may be set in another
 * font, or spread out when justified). Measured over every page: a page whose figures in that
 * font are all printed on past their lines (a column of totals) has none standing alone. So is
 * each mark for none printed alone in a cell (`"<font>|<tenths>|－"`), and each separator of the
 * numbers alone in a cell (`"<font>|<tenths>|,"`, what `1,016` is wider than its figures): a mark
 * printed against a number is cut off it by both widths ({@link tokenWidth}).
 *
 * @example
 * ```ts
 * figureWidths([{ runs: [run("11", 100, 4, { x1: 113.32, font: "f1" })], boxes: [cell(90, 130)] }])
 *   .get("f1|120"); // 6.66
 * ```
 */
export function figureWidths(pages: readonly RunsInCells[]): ReadonlyMap<string, number> {
  return medianFigures(
    pages.flatMap(({ runs, boxes }) =>
      runs.filter(
        (run) =>
          (PRINTED_NUMBER.test(run.text) || isMarkRun(run.text)) &&
          reached(run, boxes).length === 1,
      ),
    ),
  );
}

/**
 * {@link figureWidths} of a page printed without lines, where no cell tells a value from the
 * rest: every run of digits alone (values; a year set in the values' font is as wide).
 *
 * @example
 * ```ts
 * lineFigureWidths([run("1013", 367.73, 388, { x1: 391.73, font: "f3" })]).get("f3|120"); // 6
 * ```
 */
export function lineFigureWidths(runs: readonly TextRun[]): ReadonlyMap<string, number> {
  return medianFigures(runs.filter((run) => DIGITS.test(run.text)));
}

/** The width of a figure of `runs` (one font and size), if `figures` knows it. */
export function figureOf(
  figures: ReadonlyMap<string, number>,
  runs: readonly TextRun[],
): number | undefined {
  const keys = new Set(runs.map(fontKey));
  return keys.size === 1 ? figures.get([...keys][0]!) : undefined;
}

/**
 * The median width of a figure over runs of digits alone, by font and size; of a mark over runs of
 * it alone, by font, size and mark (`<font>|<tenths>|－`); of a separator (`<font>|<tenths>|,`)
 * over numbers alone printing one kind of it (`1,016`, `0.5`), past their figures.
 */
function medianFigures(runs: readonly TextRun[]): ReadonlyMap<string, number> {
  const widths = new Map<string, number[]>();
  const add = (key: string, width: number) => {
    const list = widths.get(key) ?? [];
    list.push(width);
    widths.set(key, list);
  };
  const medians = () =>
    new Map([...widths].map(([key, list]) => [key, list.sort((a, b) => a - b)[list.length >> 1]!]));
  const separated: TextRun[] = [];
  for (const run of runs) {
    const width = (run.x1 - run.x0) / run.text.length;
    if (DIGITS.test(run.text)) add(fontKey(run), width);
    else if (PRINTED_NUMBER.test(run.text)) separated.push(run);
    else add(`${fontKey(run)}|${run.text[0]}`, width);
  }
  if (separated.length === 0) return medians();
  // A separator's width: what a number leaves past its figures, shared among its separators.
  const figures = medians();
  for (const run of separated) {
    const figure = figures.get(fontKey(run));
    const marks = run.text.replace(/\d/g, "");
    if (figure === undefined || new Set(marks).size > 1) continue;
    const width = run.x1 - run.x0 - (run.text.length - marks.length) * figure;
    add(`${fontKey(run)}|${marks[0]}`, width / marks.length);
  }
  return medians();
}

// A drawn column line cuts a run when it stands within this part of a character's width of a
// boundary between two of its characters.
const ON_BOUNDARY = 0.3;
// Two values set against a line stand its width apart at least (a hairline is 0.25 pt).
const LINE_WIDTH = 0.2;

/**
 * A run of one word cut where drawn column lines cross it: two cells' texts that pdf.js joined
 * into one item. A table set without padding puts a text aligned right against the next cell's
 * text aligned left, `13` and `14` across the line between them, and pdf.js reads `1314` (a header
 * row, `本年制发件数` and `本年废止件数`, likewise). Each character is as wide as {@link emsOf}
 * says (figures alike, ideographs square), so each line falls on a boundary between characters;
 * the run is left whole when a line does not ({@link ON_BOUNDARY}), and when a piece would be
 * neither digits nor part of a column header (a row label reaching into the next cell).
 *
 * A text too wide for its cell, printed on past the line (a table of fixed column widths, or
 * `white-space: nowrap`), also has a boundary near the line: its characters stand side by side,
 * where two cells' texts stand the line's width apart. A run is cut only when it is that much
 * wider than its characters: a run of figures each `figure` wide (the width of one figure of its
 * font and size in the table; unknown, the run is left whole), or a run of ideographs and
 * full-width forms, each its font size wide. Any other run is left whole: Latin letters and
 * punctuation vary in width, and browsers set a space between figures and ideographs.
 *
 * @example
 * ```ts
 * cutAtRules(run("1314", 100, 4, { x1: 122 }), [cell(90, 110.4), cell(110.4, 130)], 5.3)
 *   .map((w) => w.text); // ['13', '14']
 * ```
 */
export function cutAtRules(word: TextRun, cells: readonly Box[], figure?: number): TextRun[] {
  const chars = [...word.text];
  if (chars.length < 2 || /\s/.test(word.text)) return [word];
  // Where each character starts, and the word's end, in points.
  const starts = characterEdges(word.text, word.x0, word.x1);
  const end = starts[chars.length]!;
  const cuts = [0];
  for (const edge of linesThrough(starts, cells)) {
    // The boundary nearest the line, between the first character and the last.
    let at = 1;
    for (let k = 2; k < chars.length; k++)
      if (Math.abs(starts[k]! - edge) < Math.abs(starts[at]! - edge)) at = k;
    const narrower = Math.min(starts[at]! - starts[at - 1]!, starts[at + 1]! - starts[at]!);
    if (Math.abs(starts[at]! - edge) > ON_BOUNDARY * narrower || at <= cuts[cuts.length - 1]!)
      return [word];
    cuts.push(at);
  }
  if (cuts.length === 1) return [word];
  cuts.push(chars.length);
  const pieces = cuts.slice(1).map((stop, i) => chars.slice(cuts[i], stop).join(""));
  // Each piece is a value or a part of a column header: a label that reaches into the next cell
  // (`…机关` `确认`) keeps its end.
  if (!pieces.every((piece) => DIGITS.test(piece) || inColumnHeader(piece))) return [word];
  // The width its characters print at: figures of the table's width, ideographs square. A run
  // of other characters (Latin letters, half-width punctuation: their widths vary), or of figures
  // and ideographs both (browsers set a space between the two kinds), is left whole.
  const figures = DIGITS.test(word.text);
  if (!figures && !SQUARE.test(word.text)) return [word];
  const printed = chars.length * (figures ? (figure ?? Number.NaN) : word.size);
  if (!(end - word.x0 - printed >= (pieces.length - 1) * LINE_WIDTH)) return [word];
  return cuts.slice(1).map((stop, i) => ({
    ...word,
    text: pieces[i]!,
    x0: starts[cuts[i]!]!,
    x1: starts[stop]!,
  }));
}

// A line printed below a cut cell is the cell's when it starts within this many of its font
// sizes of the cell's (or its text's) bottom: a cell's lines stand that close, and the page's
// footer (a page number) stands a margin away.
const OVERFLOW_GAP = 0.5;

/**
 * A line no cut cell takes: a number alone, or a page number. Chromium prints its footer's page
 * number a point or two under the cut (1 cm margins), where a blank value cell would take it as
 * its value; a value that overflowed the cut is lost instead, a wrong number never made.
 */
const notOverflow = (text: string): boolean => /^[\s\d.,，%+−-]*$/.test(text) || isPageNumber(text);

/**
 * The runs a browser printed below a cell that the page break cut ({@link LatticeTable.openBelow}):
 * the cut row's last lines, outside every cell (Chromium prints them below the cut). Each run
 * under the cell, its centre within the cell's width, is the cell's when it starts no further
 * than {@link OVERFLOW_GAP} font sizes below the cell's bottom or the last run taken, unless it is
 * a number or a page number ({@link notOverflow}).
 */
function overflowInto(
  box: Box,
  runs: readonly TextRun[],
  used: Set<TextRun>,
  held: TextRun[] | undefined,
): void {
  if (held === undefined) return;
  const below = runs
    .filter((run) => {
      const x = centreX(run);
      return (
        !used.has(run) &&
        x > box.x0 &&
        x < box.x1 &&
        centreY(run) > box.bottom &&
        !notOverflow(run.text)
      );
    })
    .sort((a, b) => a.top - b.top);
  let reach = box.bottom;
  for (const run of below) {
    if (run.top > reach + OVERFLOW_GAP * run.size) break;
    used.add(run);
    held.push(run);
    reach = Math.max(reach, run.bottom);
  }
}

// Words: two characters that are neither digits nor blanks nor punctuation (a row label's).
const WORDS = /[^\d\s\p{P}][^\p{P}]*[^\d\s\p{P}]/u;

/**
 * Figures whose cells cannot be told ({@link PlacedRun.unsure}) placed. A cell holds one value, and
 * a row label none: the figures are their likely cell's ({@link PlacedRun.likely}, one number's
 * middle) when it holds neither a number nor words; else the one cell's of those they stand in
 * that holds neither (a number printed on past its line into cells holding theirs, or into a
 * label's), when it is one they may be at all ({@link PlacedRun.near}). No cell goes to two such
 * figures. Else each cell they stand in that holds no words is read as neither a number nor blank
 * (unreadable, quoting what was printed). What each cell holds is taken before any is placed, so
 * that the order of the runs changes nothing.
 */
function placeUnsure(unsure: readonly PlacedRun[], held: Map<Box, TextRun[]>): void {
  const holds = (cell: Box, what: RegExp) => held.get(cell)?.some((own) => what.test(own.text));
  // Free: no number, no words (a unit, `件`, may stand after a value printed on past its line).
  const empty = new Set<Box>();
  const wordy = new Set<Box>();
  for (const { unsure: over = [] } of unsure) {
    for (const cell of over) {
      if (holds(cell, WORDS)) wordy.add(cell);
      else if (!holds(cell, /\d/)) empty.add(cell);
    }
  }
  const onlyCell = unsure.map(({ unsure: over = [], likely, near }) => {
    if (likely !== undefined && empty.has(likely)) return likely;
    const free = over.filter((cell) => empty.has(cell));
    const only = free.length === 1 ? free[0] : undefined;
    return only !== undefined && (near === undefined || near.includes(only)) ? only : undefined;
  });
  const taken = new Map<Box, number>();
  for (const cell of onlyCell) if (cell !== undefined) taken.set(cell, (taken.get(cell) ?? 0) + 1);
  unsure.forEach(({ run, unsure: over = [] }, index) => {
    const cell = onlyCell[index];
    if (cell !== undefined && taken.get(cell) === 1) {
      held.get(cell)?.push(run);
      return;
    }
    const marked = { ...run, text: `${run.text}${CUT}` };
    for (const each of over) if (!wordy.has(each)) held.get(each)?.push(marked);
  });
}

/**
 * A table's cells filled with the runs whose centre lies in them; a run printed across cells is
 * split between them ({@link splitAcross}); a cell the page break cut (`openBelow`) also takes the
 * lines printed just below the cut ({@link overflowInto}).
 *
 * @returns The table and the runs it took (the rest of the page is prose).
 * @example
 * ```ts
 * const { table, used } = fillCells(latticeTables(segments)[0].cells, runs);
 * table.cells.map((cell) => cell.text); // ['信息内容', '本年制发件数', …]
 * ```
 */
export function fillCells(
  boxes: readonly Box[],
  runs: readonly TextRun[],
  openBelow: readonly Box[] = [],
  letterSpaced = false,
  figures: ReadonlyMap<string, number> = figureWidths([{ runs, boxes }]),
): { readonly table: TableBox; readonly used: ReadonlySet<TextRun> } {
  const used = new Set<TextRun>();
  const held = new Map<Box, TextRun[]>(boxes.map((box) => [box, []]));
  const unsure: PlacedRun[] = [];
  for (const run of runs) {
    const across = reached(run, boxes);
    if (across.length > 1) {
      used.add(run);
      for (const piece of splitAcross(run, across, figures)) {
        if (piece.unsure !== undefined) unsure.push(piece);
        else held.get(piece.cell)?.push(piece.run);
      }
      continue;
    }
    const home = homeCell(run, boxes);
    if (home === undefined) continue;
    used.add(run);
    // On a page whose numbers are letter-spaced, the spaces pdf.js put between the characters of
    // a run within one cell are taken out. Not in a run across cells: pdf.js joins two cells'
    // letter-spaced values into one item (`1 0 0 1 0 1`), whose gaps, one wider than the rest,
    // only their mean is known of.
    held.get(home)?.push(letterSpaced ? withoutLetterSpacing(run) : run);
  }
  placeUnsure(unsure, held);
  for (const box of openBelow) overflowInto(box, runs, used, held.get(box));
  const cells = boxes.map((box): CellBox => {
    const inside = held.get(box) ?? [];
    const last = linesOf(inside).pop();
    const full = last !== undefined && last.x1 >= box.x1 - FULL * last.size;
    return { ...box, text: textIn(inside), ...(full && { full }) };
  });
  const bounds = boundsOf(boxes) ?? { x0: 0, x1: 0, top: 0, bottom: 0 };
  return { table: { ...bounds, cells }, used };
}

/** The distinct places (within {@link SNAP}) of a list of coordinates, in order. */
function edges(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const value of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || value - last > SNAP) out.push(value);
  }
  return out;
}

/** The index of the edge nearest to a coordinate. */
function nearest(list: readonly number[], value: number): number {
  let best = 0;
  list.forEach((edge, i) => {
    if (Math.abs(edge - value) < Math.abs((list[best] ?? 0) - value)) best = i;
  });
  return best;
}

/** Cells placed on the table's rows and columns. */
interface Placed {
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly text: string;
}

function place(table: TableBox): { placed: Placed[]; rows: number; columns: number } {
  const xs = edges(table.cells.flatMap((cell) => [cell.x0, cell.x1]));
  const ys = edges(table.cells.flatMap((cell) => [cell.top, cell.bottom]));
  const placed: Placed[] = [];
  for (const cell of table.cells) {
    const column = nearest(xs, cell.x0);
    const row = nearest(ys, cell.top);
    const colSpan = nearest(xs, cell.x1) - column;
    const rowSpan = nearest(ys, cell.bottom) - row;
    if (colSpan > 0 && rowSpan > 0) placed.push({ row, column, rowSpan, colSpan, text: cell.text });
  }
  return { placed, rows: Math.max(0, ys.length - 1), columns: Math.max(0, xs.length - 1) };
}

/**
 * A table as a grid: its rows top to bottom, each the cells that start in it left to right, spans
 * where a cell covers several rows or columns, and an empty cell where no cell is drawn.
 *
 * @example
 * ```ts
 * gridOf(table).rows[0]; // [{ text: '信息内容' }, { text: '本年制发件数' }, …]
 * ```
 */
export function gridOf(table: TableBox): Grid {
  const { placed, rows, columns } = place(table);
  const taken: (Placed | true | undefined)[][] = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => undefined),
  );
  // Top to bottom, left to right: where two cells overlap (lines drawn over each other), the first
  // keeps the place.
  const ordered = [...placed].sort((a, b) => a.row - b.row || a.column - b.column);
  for (const cell of ordered) {
    const free = taken
      .slice(cell.row, cell.row + cell.rowSpan)
      .every((line) =>
        line.slice(cell.column, cell.column + cell.colSpan).every((p) => p === undefined),
      );
    if (!free) continue;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.column; c < cell.column + cell.colSpan; c++) {
        const line = taken[r];
        if (line) line[c] = r === cell.row && c === cell.column ? cell : true;
      }
    }
  }
  return {
    ...(table.inferred === true && { inferred: true }),
    ...(table.acrossOnly === true && { acrossOnly: true }),
    rows: taken.map((line) => {
      const cells: GridCell[] = [];
      for (const slot of line) {
        if (slot === true) continue;
        if (slot === undefined) cells.push({ text: "" });
        else {
          cells.push({
            text: slot.text,
            ...(slot.rowSpan > 1 && { rowSpan: slot.rowSpan }),
            ...(slot.colSpan > 1 && { colSpan: slot.colSpan }),
          });
        }
      }
      return cells;
    }),
  };
}

/**
 * The cells of the first table that stand left of where the second starts, when the second may go
 * on under them: each closes the first (reaches its bottom) and holds a label, no value (a group
 * label, `三、本年度办理结果`, merged over the rows of its group), and together they fill the width
 * between the two left edges. Such a cell cut by the page break draws no line across on the next
 * page (a browser prints a cell spanning rows so), so no cell of the second table stands under it:
 * the second starts at its right edge. Undefined when the second does not start at the right edge
 * of such cells.
 */
function openSideCells(upper: TableBox, lower: TableBox): CellBox[] | undefined {
  if (lower.x0 <= upper.x0 + SAME_PLACE) return undefined;
  const side = upper.cells.filter((cell) => cell.x1 <= lower.x0 + SNAP);
  const open = side.filter(
    (cell) =>
      Math.abs(cell.bottom - upper.bottom) <= SNAP &&
      (cell.text === "" || !holdsNoLabel(cell.text)),
  );
  // Side by side, from the first table's left edge to the second's.
  let edge = upper.x0;
  for (const cell of [...open].sort((a, b) => a.x0 - b.x0)) {
    if (Math.abs(cell.x0 - edge) > SNAP) return undefined;
    edge = cell.x1;
  }
  return open.length > 0 && Math.abs(edge - lower.x0) <= SNAP ? open : undefined;
}

/**
 * Whether the second table can continue the first on the next page: same place across, or the
 * same right edge with the first's group labels still open left of the second
 * (`openSideCells`).
 */
export function continues(upper: TableBox, lower: TableBox): boolean {
  if (Math.abs(upper.x1 - lower.x1) > SAME_PLACE) return false;
  return Math.abs(upper.x0 - lower.x0) <= SAME_PLACE || openSideCells(upper, lower) !== undefined;
}

const squeeze = (text: string): string => text.replace(/\s+/g, "");
const NUMBER = /^[-−+]?[\d.,，%]*$/;

/** Internal: whether a cell's text is a value or nothing (`12`, `-3`, `0.5%`, ``), no label. */
export function holdsNoLabel(text: string): boolean {
  return NUMBER.test(squeeze(text));
}
// How a row's label opens: `1.`, `（三）`, `二、`, `第二十条`.
const ENUMERATED = /^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）.．、]|第)/;

// The row labels printed without a number (table 二's `行政处罚`, `行政强制`), as match keys: a
// cell holding one whole opens a row of its own, even under a label that fills its cell.
const UNNUMBERED_LABELS = new Set(
  templateVersions.flatMap((version) =>
    templateDefinition(version).activeDisclosure.groups.flatMap((group) =>
      group.rows.flatMap((row) => [row.label, ...row.variants].map((label) => matchKey(label))),
    ),
  ),
);

// The column headers of every table, as match keys: a header cell's words wrapped in a narrow
// column (`商业 企` over `业`) are the start of one.
const COLUMN_HEADERS: readonly string[] = [
  ...new Set(
    templateVersions.flatMap((version) => {
      const template = templateDefinition(version);
      return [
        ...template.activeDisclosure.groups.flatMap((group) => group.columns),
        ...template.applications.columns,
        ...template.reviewsAndLitigation.columns,
      ].flatMap((column) => [column.label, ...column.variants].map((label) => matchKey(label)));
    }),
  ),
];

/**
 * Internal: whether a text is the start of one column header, or a whole one (`商业 企`,
 * `本年新 制作数量`), its spaces and marks aside.
 */
export function startsColumnHeader(text: string): boolean {
  const key = matchKey(text);
  return key.length >= 2 && COLUMN_HEADERS.some((header) => header.startsWith(key));
}

/** Internal: whether a text is a whole column header (`本年处理决定数量`), its spaces and marks aside. */
export function isColumnHeader(text: string): boolean {
  return COLUMN_HEADERS.includes(matchKey(text));
}

/** Whether a text (its marks aside) is part of a column header: `件数`, `现` of `现行有效件数`. */
function inColumnHeader(text: string): boolean {
  const key = matchKey(text);
  return key.length > 0 && COLUMN_HEADERS.some((header) => header.includes(key));
}

/** Internal: whether a text is a whole row label printed without a number (`行政强制`). */
export const isUnnumberedLabel = (text: string): boolean => UNNUMBERED_LABELS.has(matchKey(text));

/** Whether a cell's text opens a row of its own: a numbered label or a whole unnumbered one. */
const opensRow = (text: string): boolean => ENUMERATED.test(text) || isUnnumberedLabel(text);

/** Each row's signature (its cells' texts left to right), top to bottom, with its top edge. */
function rowSignatures(table: TableBox): { top: number; text: string; cells: CellBox[] }[] {
  const ys = edges(table.cells.map((cell) => cell.top));
  return ys.map((top) => {
    const cells = table.cells
      .filter((cell) => Math.abs(cell.top - top) <= SNAP)
      .sort((a, b) => a.x0 - b.x0);
    return { top, cells, text: cells.map((cell) => squeeze(cell.text)).join("|") };
  });
}

/**
 * The first part's header cells, each as narrow as the second part prints it again: a page whose
 * rows print nothing under a header makes that header no column of its own (the columns of a
 * table without lines are where its values stand), so it runs into its neighbour's cell (`其他`
 * and `总计` over one column, on a page of rows a column short, 总计 blank); the next page,
 * repeating the header over rows printing every column, tells them apart. Joined with the first
 * page's wider cells, the header named neither column on either page. `rows` pairs
 * the cells of each header row the second part repeats (same texts in order) in each part. A cell
 * is only narrowed, never moved outside itself.
 */
function narrowedHeader(
  upper: readonly CellBox[],
  rows: readonly (readonly [readonly CellBox[], readonly CellBox[]])[],
): CellBox[] {
  const narrower = new Map<CellBox, CellBox>();
  for (const [cells, again] of rows) {
    cells.forEach((cell, i) => {
      const other = again[i]!;
      if (
        other.x0 >= cell.x0 - SNAP &&
        other.x1 <= cell.x1 + SNAP &&
        other.x1 - other.x0 < cell.x1 - cell.x0 - SNAP
      ) {
        narrower.set(cell, {
          ...cell,
          x0: Math.max(cell.x0, other.x0),
          x1: Math.min(cell.x1, other.x1),
        });
      }
    });
  }
  return upper.map((cell) => narrower.get(cell) ?? cell);
}

/** The second part placed under the first: what {@link joinTables} puts together. */
interface Placing {
  readonly upper: TableBox;
  readonly gaps: readonly Gap[];
  /** The second part's cells after the header rows it repeats, moved under the first. */
  readonly rest: readonly CellBox[];
  /** The first part's cells closing it that a cell opening the second lengthens. */
  readonly merged: ReadonlyMap<CellBox, CellBox>;
  /** The first part's group labels the second goes on beside (`openSideCells`). */
  readonly open: ReadonlySet<CellBox>;
}

function placing(first: TableBox, second: TableBox): Placing {
  // Edges both parts guessed, in spaces that overlap, first moved to one place both agree on.
  const agreed = agreedGaps(first, second);
  const lower = { ...second, cells: alignedEdges(agreed.upper, agreed.lower) };
  const gaps = agreed.gaps;
  const upperRows = rowSignatures({ ...first, cells: agreed.upper });
  const lowerRows = rowSignatures(lower);
  let repeated = 0;
  while (
    repeated < lowerRows.length - 1 &&
    lowerRows[repeated]?.text !== "" &&
    lowerRows[repeated]?.text === upperRows[repeated]?.text
  ) {
    repeated++;
  }
  const upper = {
    ...first,
    cells: narrowedHeader(
      agreed.upper,
      upperRows.slice(0, repeated).map((row, i) => [row.cells, lowerRows[i]!.cells] as const),
    ),
  };
  const firstTop = lowerRows[repeated]?.top ?? lower.top;
  const rest = lower.cells
    .filter((cell) => cell.top >= firstTop - SNAP)
    .map((cell) => ({
      ...cell,
      top: cell.top - firstTop + upper.bottom,
      bottom: cell.bottom - firstTop + upper.bottom,
    }));
  const closing = upper.cells.filter((cell) => Math.abs(cell.bottom - upper.bottom) <= SNAP);
  const opening = rest.filter((cell) => Math.abs(cell.top - upper.bottom) <= SNAP);
  const aboveOf = (cell: CellBox) =>
    closing.find(
      (other) => Math.abs(other.x0 - cell.x0) <= SNAP && Math.abs(other.x1 - cell.x1) <= SNAP,
    );
  // A row cut by the page break (word processors let a row break across pages): the second part
  // opens with the rest of it: empty cells, a value whose cell above is empty, and text going on
  // from a full last line above (`2.申请人逾期未按收费通` / `知要求缴纳费用、…`), never a new row's
  // label (`2.重复申请`, or `行政强制` under a `行政处罚` that fills a narrow column: a Chromium PDF
  // read 行政处罚's blank value as 行政强制's 9) nor a value under a value or a header (`规章 | 0`
  // under `信息内容 | 本年…`).
  const goesOn = (cell: CellBox): boolean => {
    const above = aboveOf(cell);
    if (above === undefined) return false;
    if (cell.text === "") return true;
    // Under an empty label cell of a row the break cut, text is the rest of a merged cell whose
    // text was printed on this page (a group label centred in its rows: `（六）其他处理`).
    if (first.cutBelow === true && above.text === "" && !holdsNoLabel(cell.text)) return true;
    if (holdsNoLabel(cell.text)) return above.text === "";
    return above.full === true && !holdsNoLabel(above.text) && !opensRow(cell.text);
  };
  const cut = opening.length > 0 && opening.every(goesOn);
  const merged = new Map<CellBox, CellBox>();
  // A value or a row's own label (`行政处罚`, under a header the break left above it) left of a
  // cell in its row: the cell is a value's column, blank, never a label's rest.
  const afterValue = (cell: CellBox) =>
    opening.some(
      (other) =>
        other.x1 <= cell.x0 + SNAP &&
        other.text !== "" &&
        (holdsNoLabel(other.text) || opensRow(other.text)),
    );
  for (const cell of opening) {
    const above = aboveOf(cell);
    if (above === undefined) continue;
    // Else only a merged label cell the break cut: an empty cell under a label's text (not under
    // a column's header, in a row whose values stand left of it).
    const label =
      cell.text === "" && above.text !== "" && !holdsNoLabel(above.text) && !afterValue(cell);
    if (cut || label) merged.set(above, cell);
  }
  // Group labels left of a second part that starts further right go on down beside all of it.
  const open = new Set(openSideCells(upper, lower));
  return { upper, gaps, rest, merged, open };
}

/**
 * The first table's label cells that go on into the second on the next page: the group labels it
 * goes on beside, and the label cells an empty cell opening it lengthens. Lines printed under the
 * first part's last ruled row inside one of these are the rest of its text; inside no such cell,
 * they are prose between two tables.
 *
 * @example
 * ```ts
 * labelsGoingOn(page3Table, page4Table); // [the cell of （四）无法提供 the break cut]
 * ```
 */
export function labelsGoingOn(first: TableBox, second: TableBox): Box[] {
  const { merged, open } = placing(first, second);
  const labels = [...merged.keys()].filter((cell) => cell.text !== "" && !holdsNoLabel(cell.text));
  return [...open, ...labels];
}

/**
 * The table continued: the second part's cells placed under the first's. Header rows the second
 * part repeats are dropped, and an empty cell opening the second part under a label cell closing
 * the first (a merged cell cut by the page break) lengthens that label cell, with the text of the
 * `beside` lines printed in it under the first part's last ruled row; an empty row opening
 * the second part (the rest of a row cut by the break) is joined to the row above. A group label
 * left of a second part that starts further right (`openSideCells`) goes on beside all of
 * it, with the text of the `beside` lines (in reading order) printed in its column below the first
 * part or beside the second.
 *
 * @example
 * ```ts
 * gridOf(joinTables(page3Table, page4Table)).rows.length; // the rows of both pages
 * ```
 */
export function joinTables(
  first: TableBox,
  second: TableBox,
  beside: readonly (Box & { readonly text: string })[] = [],
): TableBox {
  const { upper, gaps, rest, merged, open } = placing(first, second);
  // The text of the lines printed in a cell's column below the first part or beside the second.
  const withPieces = (cell: CellBox) =>
    beside
      .filter((piece) => centreX(piece) >= cell.x0 && centreX(piece) <= cell.x1)
      .reduce((joined, piece) => joinWrapped(joined, squeeze(piece.text)), cell.text);
  const taken = new Set(merged.values());
  const restBottom = Math.max(upper.bottom, most(rest.map((cell) => cell.bottom)));
  const cells = [
    ...upper.cells.map((cell): CellBox => {
      if (open.has(cell)) {
        const { full: _, ...box } = cell;
        // Its text the next page prints beside the second part goes on from the first's.
        return { ...box, bottom: restBottom, text: withPieces(cell) };
      }
      const below = merged.get(cell);
      if (below === undefined) return cell;
      const { full: _, ...box } = cell;
      const text = joinWrapped(withPieces(cell), below.text);
      return { ...box, bottom: below.bottom, text, ...(below.full === true && { full: true }) };
    }),
    ...rest.filter((cell) => !taken.has(cell)),
  ];
  return {
    ...(boundsOf(cells) ?? upper),
    cells,
    ...(gaps.length > 0 && { gaps }),
    ...((first.inferred === true || second.inferred === true) && { inferred: true }),
    ...((first.acrossOnly === true || second.acrossOnly === true) && { acrossOnly: true }),
    // Its bottom is the second part's.
    ...(second.cutBelow === true && { cutBelow: true }),
  };
}
