/**
 * Digits struck out on the page: a correction shown (Word's strikethrough, HTML's `<del>`, a
 * tracked deletion printed with its markup). A PDF has no struck text, only text and a line
 * drawn through it, so pdf.js gives the digits as if nothing crossed them: a struck `9` before
 * `404` read 9404. A line is a strike when it is drawn through a run's digits at their middle
 * height and lies within the run's width (a ruling line runs on past the text); each character its
 * line crosses at the middle is struck out as the other readers strike it (text/struck.ts), so
 * that its cell is unreadable and quotes it, and the line, no ruling, is taken off the page. So is
 * a rule through a run's digits that runs on past both their ends: no strike, and no cell's border
 * either, which runs between lines of text, not through one.
 *
 * @module
 */
import { asStruck } from "../text/struck.js";
import type { PageContent, Segment, TextRun } from "./geometry.js";
import { baselineOf } from "./runs.js";
import { characterEdges } from "./widths.js";

/**
 * A strike stands between these parts of the font size above the baseline: Word, LibreOffice and
 * Chromium draw it at 0.25–0.35, the middle of a figure. An underline stands below the baseline,
 * an overline or a cell's top border above the figures.
 */
const LOWEST = 0.15;
const HIGHEST = 0.55;
/** At most this part of the font size thick: a stroke, not a filled box. */
const THICKEST = 0.15;
/** A rule this part of the font size inside a run's box crosses its text. */
const INSIDE = 0.1;
/** A strike ends within this part of the font size of the run's ends (a ruling line runs on). */
const WITHIN = 0.3;

const DIGIT = /[0-9\uff10-\uff19]/;

/** Whether a segment is drawn through a run as its strike. */
function strikes(segment: Segment, run: TextRun): boolean {
  const thickness = segment.bottom - segment.top;
  if (thickness > THICKEST * run.size || segment.x1 - segment.x0 <= thickness) return false;
  const height = baselineOf(run) - (segment.top + segment.bottom) / 2;
  if (height < LOWEST * run.size || height > HIGHEST * run.size) return false;
  const slack = WITHIN * run.size;
  return segment.x0 >= run.x0 - slack && segment.x1 <= run.x1 + slack && segment.x1 > run.x0;
}

/** The first of the entries (sorted by `y`, y down) at `y` or below it, by bisection. */
function firstAtOrBelow(sorted: readonly { readonly y: number }[], y: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.y < y) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A run with the characters the strikes cross at their middle struck out. */
function struckRun(run: TextRun, lines: readonly Segment[]): TextRun {
  const chars = [...run.text];
  const edges = characterEdges(run.text, run.x0, run.x1);
  const text = chars
    .map((char, i) => {
      const middle = (edges[i]! + edges[i + 1]!) / 2;
      const crossed = lines.some((line) => line.x0 <= middle && line.x1 >= middle);
      return crossed ? asStruck(char) : char;
    })
    .join("");
  return text === run.text ? run : { ...run, text };
}

/**
 * A page with the digits struck out by a line drawn through them marked as struck, and those
 * lines, and rules through digits running on past them, taken off its segments (they rule no
 * table). A page without such a line is returned as is.
 *
 * @example
 * ```ts
 * // `9404`, a line through its `9` at the figures' middle:
 * withStrikesRead(page).runs[0].text; // '9̶404'
 * ```
 */
export function withStrikesRead(page: PageContent): PageContent {
  // Thin horizontal segments by the height of their middle, for each run to look up only those
  // within its own box's height (a page of dashed borders draws thousands).
  const horizontal = page.segments
    .filter((segment) => segment.x1 - segment.x0 > segment.bottom - segment.top)
    .map((segment) => ({ segment, y: (segment.top + segment.bottom) / 2 }))
    .sort((a, b) => a.y - b.y);
  if (horizontal.length === 0) return page;
  const used = new Set<Segment>();
  // The rules running on past a run's digits, each with the first run it crossed.
  const through = new Map<Segment, PageContent["runs"][number]>();
  const runs = page.runs.map((run) => {
    if (run.vertical || !DIGIT.test(run.text)) return run;
    const lines: Segment[] = [];
    const inset = INSIDE * run.size;
    for (
      let at = firstAtOrBelow(horizontal, run.top + inset);
      at < horizontal.length && horizontal[at]!.y <= run.bottom - inset;
      at++
    ) {
      const { segment } = horizontal[at]!;
      if (strikes(segment, run)) lines.push(segment);
      // A rule through the digits' box running on past both their ends, through the digits of
      // two runs or more, is no strike and no cell's border either (a border runs between lines
      // of text): wkhtmltopdf draws a merged cell cut by a page break down into the next row's
      // values, and that row, split there, read as blanks over its values. Through one run only,
      // it may strike a value with the blanks around it: left as it is drawn.
      else if (
        segment.x0 < run.x0 - WITHIN * run.size &&
        segment.x1 > run.x1 + WITHIN * run.size &&
        segment.bottom - segment.top <= THICKEST * run.size
      ) {
        const first = through.get(segment);
        if (first === undefined) through.set(segment, run);
        else if (first !== run) used.add(segment);
      }
    }
    if (lines.length === 0) return run;
    const struck = struckRun(run, lines);
    // A line crossing no digit's middle strikes words only, whose reading it does not change.
    if (struck !== run) for (const line of lines) used.add(line);
    return struck;
  });
  if (used.size === 0) return page;
  return { ...page, runs, segments: page.segments.filter((segment) => !used.has(segment)) };
}
