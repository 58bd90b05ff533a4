/**
 * Page furniture: what a document prints on every page around its text, never part of it. Page
 * numbers (`- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 8 页`, `3/8`, `Page 3 of 8`, a lone number) in the
 * top or bottom band of a page, and running headers and footers: lines in those bands that repeat
 * at the same place on most pages (digits aside, so that `第3页` and `第4页` repeat).
 *
 * @module
 */
import { isWordedPageNumber } from "../text/pagenumbers.js";
import type { Box, TextRun } from "./geometry.js";
import { type Line, linesOf } from "./lines.js";

/** A page's lines with its height, for the bands. */
export interface PageLines {
  readonly height: number;
  readonly lines: readonly Line[];
}

// The top and bottom bands where headers, footers and page numbers stand: this part of the page.
const BAND = 0.12;
// Two lines of two pages stand at the same place when their tops differ by less than this (points).
const SAME_PLACE = 3;

// Besides the forms in words (src/text/pagenumbers.ts): a number, framed or alone, and `3/8`,
// which only a page's bands tell from a value.
const PAGE_NUMBER = [/^[-–—－―~～·•\s]*\d{1,4}[-–—－―~～·•\s]*$/, /^\d{1,4}\s*[/／]\s*\d{1,4}$/];

/**
 * Whether a line's text is a page number.
 *
 * @example
 * ```ts
 * isPageNumber("- 3 -"); // true
 * isPageNumber("第 3 页 共 8 页"); // true
 * isPageNumber("3/8"); // true
 * isPageNumber("规章 0"); // false
 * ```
 */
export function isPageNumber(text: string): boolean {
  const trimmed = text.trim();
  return isWordedPageNumber(trimmed) || PAGE_NUMBER.some((pattern) => pattern.test(trimmed));
}

const inBand = (box: Box, height: number): boolean =>
  box.bottom <= height * BAND || box.top >= height * (1 - BAND);

/** A line's text with its digits and blanks taken out: `第3页` and `第 4 页` repeat. */
const shape = (text: string): string => text.replace(/[\d\s]+/g, "#");

/**
 * Every page's lines without its furniture: page numbers in the bands, and lines in the bands that
 * repeat (by {@link shape}, at the same place) on at least half of the pages, and at least two.
 *
 * @example
 * ```ts
 * withoutFurniture(pages).map((page) => page.lines.map((line) => line.text));
 * // the pages' lines without '- 1 -', '- 2 -', … and without a running header
 * ```
 */
export function withoutFurniture(pages: readonly PageLines[]): Line[][] {
  const places = new Map<string, Set<number>>();
  // A line of digits alone repeats only as itself (a date `2023 01 19` at the head of each page):
  // its shape, `#`, is every table's line of values (`10 101`, `117117`), and two pages' lines of
  // values stand at one place in a band when their rows are as tall.
  const keyOf = (line: Line) => {
    const key = shape(line.text);
    return key === "#" ? line.text.replace(/\s+/g, " ").trim() : key;
  };
  pages.forEach((page, index) => {
    for (const line of page.lines) {
      if (!inBand(line, page.height)) continue;
      const key = keyOf(line);
      const seen = places.get(key) ?? new Set<number>();
      seen.add(index);
      places.set(key, seen);
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const tops = new Map<string, number[]>();
  pages.forEach((page) => {
    for (const line of page.lines) {
      if (!inBand(line, page.height)) continue;
      const list = tops.get(keyOf(line)) ?? [];
      list.push(line.top);
      tops.set(keyOf(line), list);
    }
  });
  /** Whether a line repeats at its place on enough pages. */
  const running = (line: Line): boolean => {
    const key = keyOf(line);
    if ((places.get(key)?.size ?? 0) < needed) return false;
    const near = (tops.get(key) ?? []).filter((top) => Math.abs(top - line.top) < SAME_PLACE);
    return near.length >= needed;
  };
  return pages.map((page) =>
    page.lines.filter(
      (line) => !(inBand(line, page.height) && (isPageNumber(line.text) || running(line))),
    ),
  );
}

/** A page's runs with its height, for the bands. */
export interface PageRuns {
  readonly height: number;
  readonly runs: readonly TextRun[];
}

/** A page number run: its page and its number. */
interface NumberRun {
  readonly page: number;
  readonly run: TextRun;
  readonly number: number;
}

// Two runs of two pages stand at one place when their left edges, centres or right edges (a
// number set flush left, centred or flush right) and their tops agree to this many points.
const SAME_SPOT = 2;

/** Whether a page number is framed or worded (`- 3 -`, `第3页`): no table's value is. */
const framed = (run: TextRun): boolean => !/^\s*\d+\s*$/.test(run.text);

const sameSpot = (a: TextRun, b: TextRun): boolean =>
  Math.abs(a.top - b.top) < SAME_SPOT &&
  (Math.abs(a.x0 - b.x0) < SAME_SPOT ||
    Math.abs(a.x1 - b.x1) < SAME_SPOT ||
    Math.abs(a.x0 + a.x1 - b.x0 - b.x1) < 2 * SAME_SPOT);

/**
 * Every page's runs without the page numbers drawn over its text: on a page printed without
 * margins, Chromium draws the footer over the page's last lines, and its number (`- 3 -`, `4`)
 * joins a table's cell (`4170` for `170`) or stands in a blank one. A run is such a number when it
 * is a page number in a band, and runs at the same spot on at least half of the pages (two at
 * least) are page numbers counting with the pages; one of them is framed or worded (`- 3 -`), or
 * stands alone on its line (the footer where the text did not reach it), which a table's value
 * never does. Those are taken out alone on their lines too: a ruled table's last row may reach
 * over the footer, whose number then stands inside a cell.
 *
 * @example
 * ```ts
 * withoutDrawnPageNumbers(pages); // the pages' runs without the `4` drawn beside `170`
 * ```
 */
export function withoutDrawnPageNumbers<P extends PageRuns>(pages: readonly P[]): P[] {
  const numbers: NumberRun[] = [];
  pages.forEach((page, index) => {
    const candidates = page.runs.filter(
      (run) => !run.vertical && isPageNumber(run.text) && inBand(run, page.height),
    );
    for (const run of candidates) {
      const digits = /\d+/.exec(run.text);
      if (digits !== null) numbers.push({ page: index, run, number: Number(digits[0]) });
    }
  });
  if (numbers.length < 2) return [...pages];
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  // Runs numbered as the pages are (the first page may be 1, or any number) have one offset from
  // their page's index; grouped by it and by their tops, each is compared with its group's only.
  const groups = new Map<string, NumberRun[]>();
  const keyOf = (number: NumberRun, shift: number) =>
    `${number.number - number.page}|${Math.round(number.run.top / SAME_SPOT) + shift}`;
  for (const number of numbers) {
    const key = keyOf(number, 0);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [number]);
    else group.push(number);
  }
  // How many runs share each run's line, per page: built only for the pages whose numbers stand
  // at a spot that counts with the pages, not for every page's footer.
  const shared = new Map<number, Map<TextRun, number>>();
  const alone = ({ page, run }: NumberRun): boolean => {
    let counts = shared.get(page);
    if (counts === undefined) {
      counts = new Map();
      for (const line of linesOf(pages[page]?.runs ?? []))
        for (const member of line.runs) counts.set(member, line.runs.length);
      shared.set(page, counts);
    }
    return counts.get(run) === 1;
  };
  const drawn = new Set<TextRun>();
  for (const number of numbers) {
    const near = [-1, 0, 1].flatMap((shift) => groups.get(keyOf(number, shift)) ?? []);
    // More runs than a footer and a header on each page: values, not page numbers.
    if (near.length > 2 * pages.length) continue;
    const along = near.filter((other) => sameSpot(other.run, number.run));
    const pagesAlong = new Set(along.map((other) => other.page));
    if (pagesAlong.size >= needed && along.some((other) => framed(other.run) || alone(other))) {
      for (const other of along) drawn.add(other.run);
    }
  }
  if (drawn.size === 0) return [...pages];
  return pages.map((page) =>
    page.runs.some((run) => drawn.has(run))
      ? { ...page, runs: page.runs.filter((run) => !drawn.has(run)) }
      : page,
  );
}
