/**
 * Numbers cut by the page's edge. A table wider than its page (a row with a cell too many, a
 * column set too wide) runs past the paper: LibreOffice writes the glyphs that still touch the
 * page and drops the ones past it, so `101` in the last column is written `10`, the run reaching
 * past the edge. Read as printed, that is a wrong number; such a run's text is marked cut, so that
 * its cell is read as unreadable, never as the digits left.
 *
 * @module
 */
import type { Box, PageContent, TextRun } from "./geometry.js";

// A run ending nearer the paper's edge than this part of its font size may have lost glyphs past
// it: LibreOffice drops the glyph that starts past the edge, leaving a run that ends just short of
// it (`38` written `3`, ending 0.05 em from the edge). Whole numbers of a page printed without
// margins end half an em from it or more (a cell's padding, the body's margin).
const NEAR = 0.2;

/** What a number cut by the page's edge is written as: no value, so its cell is unreadable. */
export const CUT = "…";

/**
 * The runs with those that reach the page's left or right edge (or run off it) marked cut
 * ({@link CUT} on the side of the edge) where digits stand at that edge: a number may go on past
 * it. Words are left as they are (a label cut short is still read as what it shows).
 *
 * @example
 * ```ts
 * const run = { text: "10", x0: 588, x1: 600, top: 225, bottom: 235, size: 10, vertical: false };
 * cutAtEdges([run], 595.3)[0]!.text; // '10…'
 * ```
 */
export function cutAtEdges(runs: readonly TextRun[], width: number): readonly TextRun[] {
  let cut: TextRun[] | undefined;
  runs.forEach((run, index) => {
    const text = run.text.trim();
    const near = NEAR * run.size;
    const right = run.x1 > width - near && /\d$/.test(text);
    const left = run.x0 < near && /^\d/.test(text);
    if (!right && !left) return;
    cut ??= runs.slice();
    cut[index] = { ...run, text: `${left ? CUT : ""}${text}${right ? CUT : ""}` };
  });
  return cut ?? runs;
}

// Past a clip's side by more than this (points), a run's glyph stands across it: its rounding and
// pdf.js's glyph widths stay well within.
const ACROSS_CLIP = 0.1;

/**
 * The runs with those whose digits stand across a side of the clip they are shown in marked cut
 * ({@link CUT} on that side), where digits stand at that side. A browser leaves out the glyphs a
 * clip hides whole: Chromium prints within the page's margins, so that a number printed on past
 * a table's last line, at the margin, is written up to the glyph the margin crosses (`100199`
 * written `1001`, the run ending 0.3 pt past the clip). A run whose last (first) glyph stands across
 * the clip's side, no more than its font size past it, may have lost those after (before) it. A
 * run reaching further past is whole (a producer that writes every glyph and lets the clip hide
 * them, or a run pdf.js joined across two cells' clips).
 *
 * @param clips - The boxes the page's text is shown clipped to ({@link textClips}).
 * @example
 * ```ts
 * const run = { text: "1001", x0: 503.9, x1: 540.5, top: 179, bottom: 194, size: 14.4, vertical: false };
 * cutAtClips([run], [{ x0: 56.2, x1: 540.2, top: 56.2, bottom: 787.3 }])[0]!.text; // '1001…'
 * ```
 */
export function cutAtClips(runs: readonly TextRun[], clips: readonly Box[]): readonly TextRun[] {
  if (clips.length === 0) return runs;
  let cut: TextRun[] | undefined;
  runs.forEach((run, index) => {
    const text = run.text.trim();
    const y = (run.top + run.bottom) / 2;
    const shownIn = (x: number) =>
      clips.filter((c) => x > c.x0 && x < c.x1 && y > c.top && y < c.bottom);
    const past = (distance: number) => distance > ACROSS_CLIP && distance <= run.size;
    const right = /\d$/.test(text) && shownIn(run.x0).some((clip) => past(run.x1 - clip.x1));
    const left = /^\d/.test(text) && shownIn(run.x1).some((clip) => past(clip.x0 - run.x0));
    if (!right && !left) return;
    cut ??= runs.slice();
    cut[index] = { ...run, text: `${left ? CUT : ""}${text}${right ? CUT : ""}` };
  });
  return cut ?? runs;
}

/**
 * The runs without those no clip lets show inside a ruled table that runs off its clip: where
 * every piece of a page's text is shown under a clip (`all`, {@link textClipping}), a run whose
 * middle stands outside every clip is hidden, and it is left out when ruling lines of a table
 * stand on both sides of it at the clip's edge it stands past (three at least, reaching that
 * edge: a table's columns, not a frame round the page). wkhtmltopdf paints the whole document on
 * every page and clips it to the page's content: a row the page break cut is written on both
 * pages, its hidden half above the next page's part, where it read as a line of prose between the
 * two parts. Elsewhere (a table without borders, where a heading's underline or a frame does not
 * make it ruled) hidden text goes only where the page before or after shows it
 * ({@link onOneCanvas}): the two pages are then read as one drawing.
 *
 * @param segments - The page's ruling lines, cut to their clips ({@link rulingSegments}).
 * @example
 * ```ts
 * const run = { text: "1", x0: 100, x1: 105, top: 820, bottom: 830, size: 10, vertical: false };
 * const clip = { x0: 28, x1: 567, top: 90, bottom: 813 };
 * const side = (x: number) => ({ x0: x, x1: x, top: 700, bottom: 813 });
 * withoutHidden([run], [clip], true, [side(50), side(90), side(200)]); // []
 * withoutHidden([run], [clip], true, [side(50), side(200)]); // [run]: a frame, no table
 * ```
 */
export function withoutHidden(
  runs: readonly TextRun[],
  clips: readonly Box[],
  all: boolean,
  segments: readonly Box[],
): readonly TextRun[] {
  if (!all || clips.length === 0) return runs;
  // The x of the vertical lines reaching each clip's bottom and top edge, found once per page
  // (a line cut there by the clip: a table that runs off it), not once per hidden run.
  const reaching = (clip: Box, below: boolean) =>
    segments
      .filter(
        (line) =>
          line.x0 === line.x1 &&
          line.bottom > line.top &&
          Math.abs(below ? line.bottom - clip.bottom : line.top - clip.top) <= EDGE_SLACK,
      )
      .map((line) => line.x0);
  const edges = clips.map((clip) => ({
    clip,
    below: reaching(clip, true),
    above: reaching(clip, false),
  }));
  const hidden = (run: TextRun) => {
    const x = (run.x0 + run.x1) / 2;
    const y = (run.top + run.bottom) / 2;
    if (clips.some((c) => x >= c.x0 && x <= c.x1 && y >= c.top && y <= c.bottom)) return false;
    return edges.some(({ clip, below, above }) => {
      if (x < clip.x0 || x > clip.x1 || (y >= clip.top && y <= clip.bottom)) return false;
      // The table's vertical lines reaching the edge the run stands past, on both sides of it.
      const sides = y > clip.bottom ? below : above;
      return sides.length >= 3 && sides.some((at) => at < x) && sides.some((at) => at > x);
    });
  };
  return runs.some(hidden) ? runs.filter((run) => !hidden(run)) : runs;
}

// A ruling line ending this close to a clip's edge (in points) reaches it: cut there.
const EDGE_SLACK = 2;

/** A page's text and the one clip every piece of it is shown under. */
export interface ClippedText {
  readonly runs: readonly TextRun[];
  readonly clip: Box;
}

// A run of one page and its copy on the next stand this close (points) once the shift is made:
// the same drawing, clipped twice.
const SAME_SPOT = 0.5;

const hiddenBy = (run: TextRun, clip: Box, below: boolean): boolean => {
  const y = (run.top + run.bottom) / 2;
  return below ? y > clip.bottom : y < clip.top;
};

/**
 * How far down the page before a page goes on (`y` here stands at `y + shift` there), where the
 * two are one drawing clipped twice: wkhtmltopdf paints the whole document on every page and clips
 * it to the page's content, so what the upper page hides below its clip the lower shows at its
 * top, and what the lower hides above its clip the upper shows at its foot. The shift is the
 * distance from the upper clip's bottom to the lower's top; it holds when some text stands hidden
 * there and every run hidden in those two bands is the other page's shown run of the same text,
 * at the same place once shifted. Undefined otherwise (pages printed one by one, or no text
 * across the break to tell).
 *
 * @example
 * ```ts
 * const clip = { x0: 90, x1: 505, top: 90, bottom: 756 };
 * const run = (top: number) => ({ text: "36", x0: 237, x1: 247, top, bottom: top + 9, size: 9, vertical: false });
 * canvasShift({ runs: [run(754.4)], clip }, { runs: [run(88.5)], clip }); // 666
 * ```
 */
export function canvasShift(upper: ClippedText, lower: ClippedText): number | undefined {
  const shift = upper.clip.bottom - lower.clip.top;
  // Each run hidden past the break, with the page its copy stands on and how far off.
  const hidden = [
    ...upper.runs
      .filter((run) => hiddenBy(run, upper.clip, true))
      .map((run) => ({ run, on: lower, by: -shift })),
    ...lower.runs
      .filter((run) => hiddenBy(run, lower.clip, false))
      .map((run) => ({ run, on: upper, by: shift })),
  ];
  if (hidden.length === 0) return undefined;
  // Each page's runs by their text, made once: a page hiding many runs (a hostile file draws
  // thousands outside its clip) is matched in time linear in its runs, not their square.
  const byText = new Map([upper, lower].map((page) => [page, runsByText(page.runs)]));
  // By line only when some hidden run is no run of the other page's (made once per page).
  const byLine = new Map<ClippedText, Map<number, TextRun[]>>();
  const linesOf = (page: ClippedText) => {
    const known = byLine.get(page);
    if (known !== undefined) return known;
    const lines = runsByLine(page.runs);
    byLine.set(page, lines);
    return lines;
  };
  const copied = hidden.every(
    ({ run, on, by }) =>
      (byText.get(on)?.get(run.text) ?? []).some(
        (other) =>
          Math.abs(other.x0 - run.x0) <= SAME_SPOT &&
          Math.abs(other.top - run.top - by) <= SAME_SPOT,
      ) || inLineCopy(run, run.top + by, linesOf(on)),
  );
  return copied ? shift : undefined;
}

/**
 * Whether the other page shows a hidden run's text as part of its runs on that line, from where
 * the run starts to where it ends: pdf.js joins a line's pieces into runs by what is drawn next to
 * them, and wkhtmltopdf draws on each page only what meets it, so one page's run may be split or
 * joined otherwise on the other (`（四）` and `1.本机关不掌握…` hidden above page 5's clip, one run
 * `（四） 1.本机关不掌握…` at page 4's foot, where no line of the cell under `（四）` is drawn).
 */
function inLineCopy(run: TextRun, top: number, lines: ReadonlyMap<number, TextRun[]>): boolean {
  const key = Math.round(top);
  const parts: TextRun[] = [];
  let walked = 0;
  for (const line of [lines.get(key - 1), lines.get(key), lines.get(key + 1)]) {
    if (line === undefined) continue;
    // The line's runs starting before the run's end, walked back to the first ending before its
    // start (a line's runs do not overlap).
    let end = 0;
    for (let hi = line.length; end < hi; ) {
      const mid = (end + hi) >> 1;
      if (line[mid]!.x0 <= run.x1 + SAME_SPOT) end = mid + 1;
      else hi = mid;
    }
    for (let i = end - 1; i >= 0 && line[i]!.x1 >= run.x0 - SAME_SPOT; i--) {
      // Runs piled on one spot (a hostile file's) are no line's pieces: no copy, and no walk
      // through all of them for each hidden run.
      if (++walked > MAX_PIECES) return false;
      if (Math.abs(line[i]!.top - top) <= SAME_SPOT) parts.push(line[i]!);
    }
  }
  if (parts.length === 0) return false;
  parts.sort((a, b) => a.x0 - b.x0);
  const bare = (text: string) => text.replace(/\s+/g, "");
  return (
    parts[0]!.x0 <= run.x0 + SAME_SPOT &&
    parts.some((part) => part.x1 >= run.x1 - SAME_SPOT) &&
    bare(parts.map((part) => part.text).join("")).includes(bare(run.text))
  );
}

// At most this many runs of the other page stand about where one hidden run does (inLineCopy).
const MAX_PIECES = 16;

/** The runs of a page by line (their top rounded to the point), each line's in order of x0. */
function runsByLine(runs: readonly TextRun[]): Map<number, TextRun[]> {
  const out = new Map<number, TextRun[]>();
  for (const run of runs) {
    const key = Math.round(run.top);
    const line = out.get(key);
    if (line === undefined) out.set(key, [run]);
    else line.push(run);
  }
  for (const line of out.values()) line.sort((a, b) => a.x0 - b.x0);
  return out;
}

/** The runs of a page by their text. */
function runsByText(runs: readonly TextRun[]): Map<string, TextRun[]> {
  const out = new Map<string, TextRun[]>();
  for (const run of runs) {
    const same = out.get(run.text);
    if (same === undefined) out.set(run.text, [run]);
    else same.push(run);
  }
  return out;
}

/**
 * The pages with those that go on the page before's drawing ({@link canvasShift}) marked so
 * (`follows`), and the text hidden across each such break left out on both sides: the upper page's
 * runs below its clip and the lower's above it, copies of what the other page shows. A table row
 * the break cut is then read once, from its shown parts, which the reader of tables without
 * ruling lines joins across the break (document.ts). Pages without a clip (`undefined`) are left
 * as they are.
 *
 * @param clips - Each page's one clip every text is shown under ({@link textClipping}), if any.
 * @example
 * ```ts
 * onOneCanvas(pages, clips)[4]?.follows; // 665.9: page 5 goes on page 4, 665.9 pt further down
 * ```
 */
export function onOneCanvas(
  pages: readonly PageContent[],
  clips: readonly (Box | undefined)[],
): PageContent[] {
  const out = pages.slice();
  pages.forEach((page, index) => {
    const before = pages[index - 1];
    const clip = clips[index];
    const clipBefore = clips[index - 1];
    if (before === undefined || clip === undefined || clipBefore === undefined) return;
    const shift = canvasShift({ runs: before.runs, clip: clipBefore }, { runs: page.runs, clip });
    if (shift === undefined) {
      // No text hidden across the break at all: the break fell between two lines.
      if (
        !before.runs.some((run) => hiddenBy(run, clipBefore, true)) &&
        !page.runs.some((run) => hiddenBy(run, clip, false))
      )
        out[index] = { ...page, mayFollow: clipBefore.bottom - clip.top };
      return;
    }
    const upper = out[index - 1]!;
    out[index - 1] = {
      ...upper,
      runs: upper.runs.filter((run) => !hiddenBy(run, clipBefore, true)),
    };
    out[index] = {
      ...page,
      runs: page.runs.filter((run) => !hiddenBy(run, clip, false)),
      follows: shift,
    };
  });
  return out;
}
