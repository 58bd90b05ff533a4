/**
 * Page furniture: what a document prints on every page around its text, never part of it. Page
 * numbers (`- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 8 页`, `3/8`, `Page 3 of 8`, a lone number) in the
 * top or bottom band of a page, and running headers and footers: lines in those bands that repeat
 * at the same place on most pages (digits aside, so that `第3页` and `第4页` repeat).
 *
 * @module
 */
import { isWordedPageNumber } from "../text/pagenumbers.js";
import type { Line } from "./lines.js";

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

const inBand = (line: Line, height: number): boolean =>
  line.bottom <= height * BAND || line.top >= height * (1 - BAND);

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
  const keyOf = (line: Line) => shape(line.text);
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
