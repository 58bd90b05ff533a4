/**
 * Finding the six section headings of a report in cleaned text, by the registry's keywords
 * (format-spec §4): a heading is a numbered title (`三、…`, or `、…` with its numeral lost at the
 * start of a line) at a boundary, whose words hold every keyword group of a section. Headings
 * vary between reports and some reports number their parts differently, so candidates are scored
 * (numeral and exact wording) and the best chain in text order wins.
 *
 * @module
 */

import type { SectionDefinition } from "../templates/types.js";
import { isBlankCode } from "../text/blank.js";
import { least } from "../text/lists.js";
import { type Meter, tick } from "../text/meter.js";
import { matchKey } from "../text/normalize.js";

/** A located heading: `start`–`end` is the heading, the body runs from `end` to the next one. */
export interface HeadingMatch {
  readonly section: SectionDefinition;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Internal: a numbered title that may be a section's heading: `section` indexes the sections
 * given, `score` weighs it (its own numeral 2, the exact wording 1, plus 0.5).
 */
export interface HeadingCandidate {
  readonly section: number;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** The score of a candidate printed with its own section's numeral (at least). */
export const OWN_NUMERAL = 2.5;

type Candidate = HeadingCandidate;

const NUMERALS = "一二三四五六七八九十";
// Characters after which a heading may start inside a line: sentence ends, closing brackets,
// Markdown marks, digits (a glued value run ends the table before the next heading); and blanks
// (`\s`, isBlankCode). All are tested by code unit: a one-character string per `、` cost more than
// the test.
const BOUNDARY_CODES = codesOf("。；;：:！!？?）)」”\"'】*#|");
// What may stand between a line start and a `、` whose numeral was lost.
const LINE_START_CODES = codesOf(" \t\u00a0\u3000#*");
const NUMERAL_CODES = codesOf(NUMERALS);

function codesOf(characters: string): readonly number[] {
  return characters.split("").map((character) => character.charCodeAt(0));
}

function isBoundaryCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isBlankCode(code) || BOUNDARY_CODES.includes(code);
}

const MAX_TITLE = 40;

function titleWindow(text: string, from: number, meter?: Meter): string {
  let end = from;
  while (end < text.length && end - from < MAX_TITLE) {
    const code = text.charCodeAt(end);
    // A line break, a cell's pipe or an ASCII digit (what `\d` matches) ends the window.
    if (code === 0x0a || code === 0x7c || (code >= 0x30 && code <= 0x39)) break;
    end++;
  }
  // At most MAX_TITLE characters looked at, and the slice.
  tick(meter, 1 + 2 * (end - from));
  return text.slice(from, end);
}

/**
 * The end of the line from `from` when it is at most MAX_TITLE characters on, else -1. Searching
 * on to the end of a long line instead made a text of headings without line breaks quadratic: each
 * heading searched the rest of the text.
 */
function shortLineEnd(text: string, from: number, meter?: Meter): number {
  const window = text.slice(from, from + MAX_TITLE + 1);
  const newline = window.indexOf("\n");
  // The slice and the search: MAX_TITLE + 1 characters at most.
  tick(meter, 1 + 2 * window.length);
  if (newline !== -1) return from + newline;
  return window.length <= MAX_TITLE ? text.length : -1;
}

function atLineStart(text: string, index: number, meter?: Meter): boolean {
  let i = index - 1;
  while (i >= 0 && LINE_START_CODES.includes(text.charCodeAt(i))) i--;
  // Back over the blanks and marks before the `、` (they stop at the previous `、`).
  tick(meter, index - i);
  return i < 0 || text.charCodeAt(i) === 0x0a;
}

function matchesKeywords(titleKey: string, section: SectionDefinition, meter?: Meter): boolean {
  // Every group has a word in the title: plain loops, this runs for each section at each `、`.
  for (const group of section.keywords) {
    let found = false;
    for (const word of group) {
      tick(meter, titleKey.length);
      if (titleKey.includes(word)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Where the heading's words end: the line end for a short line, else after 情况/事项 or the keywords. */
function headingEnd(
  text: string,
  titleStart: number,
  title: string,
  section: SectionDefinition,
  meter?: Meter,
): number {
  const windowEnd = titleStart + title.length;
  if (windowEnd === text.length || text.charCodeAt(windowEnd) === 0x0a) {
    // The window stopped at the line's end, within MAX_TITLE characters and before any digit:
    // the short line is the window.
    tick(meter, 1 + title.length);
    return titleStart + title.trimEnd().length;
  }
  const end = shortLineEnd(text, titleStart, meter);
  if (end !== -1 && !/\d/.test(text.slice(titleStart, end))) {
    // The slices, the digit test, the trim: a short line.
    tick(meter, 4 * (end - titleStart));
    return titleStart + text.slice(titleStart, end).trimEnd().length;
  }
  return keywordsEnd(titleStart, title, section, meter);
}

/** Where the heading's words end inside a title window: after 情况/事项 or the last keyword. */
function keywordsEnd(
  titleStart: number,
  title: string,
  section: SectionDefinition,
  meter?: Meter,
): number {
  let lastKeyword = 0;
  for (const group of section.keywords) {
    // Two searches of the title per keyword (`title` is at most MAX_TITLE characters).
    tick(meter, 2 * group.length * title.length);
    const positions = group.map((word) => title.indexOf(word)).filter((p) => p >= 0);
    // The keywords matched the title's key (simplified, without spaces); the title as printed
    // may spell them otherwise (traditional, spaced), and then holds no position to end at.
    if (positions.length === 0) continue;
    const first = least(positions);
    const word = group.find((w) => title.indexOf(w) === first)!;
    lastKeyword = Math.max(lastKeyword, first + word.length);
  }
  tick(meter, 2 * title.length);
  const closing = /情况|事项/.exec(title.slice(lastKeyword));
  return titleStart + (closing ? lastKeyword + closing.index + closing[0].length : lastKeyword);
}

/** The keys of the sections' headings without their numerals: the registry's, made once. */
const HEADING_KEYS = new WeakMap<readonly SectionDefinition[], readonly string[]>();

function headingKeysOf(sections: readonly SectionDefinition[]): readonly string[] {
  let keys = HEADING_KEYS.get(sections);
  if (keys === undefined) {
    keys = sections.map((section) => matchKey(section.heading.slice(2)));
    HEADING_KEYS.set(sections, keys);
  }
  return keys;
}

/**
 * Internal: every numbered title of the text that may be a section's heading, in order of start
 * (then of section), but those of a table of contents ({@link withoutContents}).
 */
export function headingCandidates(
  text: string,
  sections: readonly SectionDefinition[],
  meter?: Meter,
): Candidate[] {
  const found: Candidate[] = [];
  const headingKeys = headingKeysOf(sections);
  for (let from = 0; ; ) {
    const i = text.indexOf("、", from);
    // Each search reads on from the previous `、`: the whole text once.
    tick(meter, (i === -1 ? text.length : i + 1) - from);
    if (i === -1) break;
    from = i + 1;
    const numeral =
      i > 0 && NUMERAL_CODES.includes(text.charCodeAt(i - 1)) ? text.charAt(i - 1) : "";
    const start = numeral ? i - 1 : i;
    const atBoundary = numeral
      ? start === 0 || isBoundaryCode(text.charCodeAt(start - 1))
      : atLineStart(text, i, meter);
    if (!numeral && !atBoundary) continue;
    const title = titleWindow(text, i + 1, meter);
    const titleKey = matchKey(title, meter);
    for (let index = 0; index < sections.length; index++) {
      const section = sections[index]!;
      if (!matchesKeywords(titleKey, section, meter)) continue;
      let end = headingEnd(text, i + 1, title, section, meter);
      tick(meter, end - i);
      // The heading is often the whole window, whose key is made already.
      const key = end === i + 1 + title.length ? titleKey : matchKey(text.slice(i + 1, end), meter);
      let exact = key === headingKeys[index];
      if (!exact) {
        // A line that goes on after the heading's own words (`二、主动公开政府信息情况第二十条…`,
        // a heading glued to the table after it): the heading ends with its words.
        const words = keywordsEnd(i + 1, title, section, meter);
        tick(meter, words - i);
        if (words < end && matchKey(text.slice(i + 1, words), meter) === headingKeys[index]) {
          end = words;
          exact = true;
        }
      }
      // Glued text puts a unit before a heading (`…32.52元三、收到和处理…`): the exact heading with
      // its own numeral needs no boundary.
      if (!atBoundary && !(exact && numeral === section.numeral)) continue;
      const score = (numeral === section.numeral ? 2 : 0) + (exact ? 1 : 0) + 0.5;
      found.push({ section: index, start, end, score });
    }
  }
  return withoutContents(text, found, meter);
}

/** The fewest headings listed one after another that make a table of contents. */
const CONTENTS_MIN = 4;

/** A line of a table of contents that holds no entry: blanks, leaders and page numbers only. */
const CONTENTS_FILLER = /^[\s.．·…⋯\-—_0-9第页]*$/;

/**
 * A sub-entry of a table of contents without leaders: a numbered sub-heading (`（一）主动公开`,
 * `(2)依申请公开`) of a few words, no sentence's punctuation, no number or blank inside (a terse
 * report's `（一）主动公开情况 本年度公开信息20条` is text), a page number after a blank or not
 * (`（一）概述 3`, a contents page whose tab became a space).
 */
const CONTENTS_SUB_ENTRY =
  /^\s*[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)][^。；;，,：:\d\s]{1,20}(?:\s+\d{1,4})?\s*$/;

/** The leaders between a contents entry and its page number. */
const LEADER_CODES = codesOf(".．·…⋯");

/** The longest gap between two listed headings looked at (a few sub-entries with leaders). */
const CONTENTS_GAP_MAX = 800;

/** The longest rest of a heading's line looked at for leaders and a page number. */
const ENTRY_REST_MAX = 200;

/**
 * The candidates without those of a table of contents. A heading whose line goes on with leaders
 * and a page number (`一、总体情况……………1`) is a contents entry. So are at least four headings of
 * increasing sections one after another with nothing between them but blanks, leaders, page
 * numbers and sub-entries (with leaders, or numbered sub-headings of a few words without), when
 * the first two of them are printed again further on with their
 * own numerals (the body's headings). Taken as headings, contents entries left the body to the
 * contents' last heading: a report with a 目录 read as one with empty sections. Headings with
 * nothing between them that come only once are the report's own (its tables printed as pictures,
 * which take no text).
 */
function withoutContents(text: string, found: Candidate[], meter?: Meter): Candidate[] {
  tick(meter, found.length);
  // The last start of each section's heading printed with its own numeral.
  const lastOwn = new Map<number, number>();
  for (const candidate of found) {
    if (candidate.score >= OWN_NUMERAL) lastOwn.set(candidate.section, candidate.start);
  }
  const listed = new Set<number>();
  let run: number[] = [];
  const close = () => {
    // A run too short for a contents is dropped without a look: nearly every run is one heading
    // (a body's headings have paragraphs between them), and the look made an array of its
    // candidates at each.
    if (run.length >= CONTENTS_MIN && isContents(run)) {
      for (const index of run) listed.add(found[index]!.start);
    }
    run = [];
  };
  const isContents = (indices: readonly number[]): boolean => {
    const first = found[indices[0]!]!;
    const second = found[indices[1]!]!;
    const lastIndex = indices[indices.length - 1]!;
    const last = found[lastIndex]!;
    // The heading after the run (the same title may stand for two sections: one start).
    let after = lastIndex + 1;
    while (found[after]?.start === last.start) after++;
    // A contents lists 一 first, and the body starts right after it (a title and a preamble may
    // stand between, no heading): a report's own headings over sections printed as pictures
    // (二 to 五, then 五 quoting 二 and 三) or over a terse first report of a compilation (its
    // 五 and 六 before the next report's 一) are no contents.
    return (
      first.section === 0 &&
      found[after]?.section === first.section &&
      (lastOwn.get(first.section) ?? -1) > last.start &&
      (lastOwn.get(second.section) ?? -1) > last.start
    );
  };
  for (let index = 0; index < found.length; index++) {
    const current = found[index]!;
    if (isContentsEntry(text, current, meter)) listed.add(current.start);
    const previous = run.length > 0 ? found[run[run.length - 1]!]! : undefined;
    if (previous !== undefined && previous.start === current.start) continue;
    const gap = previous === undefined ? -1 : current.start - previous.end;
    // Each gap looked at once (consecutive candidates: the gaps do not overlap), a line at a time.
    tick(meter, 1 + 2 * Math.max(0, Math.min(gap, CONTENTS_GAP_MAX)));
    const follows =
      previous !== undefined &&
      current.section > previous.section &&
      gap >= 0 &&
      gap <= CONTENTS_GAP_MAX &&
      onlyContentsLines(text.slice(previous.end, current.start));
    if (!follows) close();
    run.push(index);
  }
  close();
  // Every candidate at a listed title's start goes (one title may be taken for two sections).
  return listed.size === 0 ? found : found.filter((candidate) => !listed.has(candidate.start));
}

/**
 * Whether every line of a gap between two headings (its pieces between line breaks, as `split`
 * gives them) holds no entry or a sub-entry of a table of contents. The lines are taken one at a
 * time up to the first that does not: the gap after a body's heading is a paragraph, which the
 * first line or two tell, and splitting the whole gap made a string of each of its lines.
 */
function onlyContentsLines(gap: string): boolean {
  for (let start = 0; ; ) {
    const newline = gap.indexOf("\n", start);
    const line = gap.slice(start, newline === -1 ? gap.length : newline);
    if (
      !CONTENTS_FILLER.test(line) &&
      leadersStart(line) === -1 &&
      !CONTENTS_SUB_ENTRY.test(line)
    ) {
      return false;
    }
    if (newline === -1) return true;
    start = newline + 1;
  }
}

/** Whether a heading's line goes on with leaders and a page number (a contents entry). */
function isContentsEntry(text: string, candidate: Candidate, meter?: Meter): boolean {
  const limit = Math.min(text.length, candidate.end + ENTRY_REST_MAX);
  // The rest of the line, ENTRY_REST_MAX characters at most (an unbounded search for the line's
  // end would read a text without line breaks to its end for every heading), then the pattern.
  let end = candidate.end;
  while (end < limit && text.charCodeAt(end) !== 0x0a) end++;
  tick(meter, 1 + 2 * (end - candidate.end));
  const rest = text.slice(candidate.end, end);
  const leaders = leadersStart(rest);
  return leaders !== -1 && rest.slice(0, leaders).trim() === "";
}

/**
 * Where the leaders before a line's closing page number start (`（一）主动公开情况……3`: at `…`), or
 * -1 when the line does not end so: up to four digits, after at least two leaders or a tab
 * (blanks among them). A walk back from the end, each character once (a pattern for it backtracks).
 */
function leadersStart(line: string): number {
  let end = line.length;
  while (end > 0 && isBlankCode(line.charCodeAt(end - 1))) end--;
  let at = end;
  while (at > 0 && end - at < 4 && isAsciiDigitCode(line.charCodeAt(at - 1))) at--;
  if (at === end || (at > 0 && isAsciiDigitCode(line.charCodeAt(at - 1)))) return -1;
  let leaders = 0;
  for (; at > 0; at--) {
    const code = line.charCodeAt(at - 1);
    // A tab is a leader of its own: Word's contents set the page number at a tab stop, which
    // its text gives as `一、总体情况\t1`.
    if (code === 0x09) leaders += 2;
    else if (LEADER_CODES.includes(code)) leaders++;
    else if (!isBlankCode(code)) break;
  }
  return leaders >= 2 ? at : -1;
}

function isAsciiDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The candidates' indices in order of end (of index on a tie). They mostly come in that order
 * already (headings that do not overlap): one pass tells, and spares the sort.
 */
function byEndOrder(all: readonly Candidate[]): number[] {
  const order = all.map((_, i) => i);
  for (let i = 1; i < all.length; i++) {
    if (all[i]!.end < all[i - 1]!.end) {
      return order.sort((a, b) => all[a]!.end - all[b]!.end || a - b);
    }
  }
  return order;
}

/**
 * The headings of the sections found, in text order: the chain of candidates (one per section at
 * most, sections and positions both increasing) with the highest total score. `all` are the
 * text's {@link headingCandidates}, when already found.
 *
 * @example
 * ```ts
 * findHeadings("一、总体情况\n…\n二、主动公开政府信息情况\n…", sections).map((h) => h.section.key);
 * // ['overview', 'activeDisclosure']
 * ```
 */
export function findHeadings(
  text: string,
  sections: readonly SectionDefinition[],
  meter?: Meter,
  all: readonly HeadingCandidate[] = headingCandidates(text, sections, meter),
): HeadingMatch[] {
  // The candidates come in order of start, then of section: each `、` is after the previous one,
  // and a numeral before it is not a `、`, so starts increase strictly from one `、` to the next.
  // Two sorts of the candidates (one now, the order they come in standing for the other): at most
  // c·log2(c) comparisons each, a log factor. Each candidate cost a title window's work,
  // hundreds of steps, so at 4 MB this adds about one step per character.
  tick(meter, 2 * all.length * Math.ceil(Math.log2(all.length + 1)));
  // best[i]: the best chain ending with candidate i. Candidates are released, in order of their
  // end, once they end before the current start; per section the best released chain (the
  // earliest on a tie) is kept, so a text full of heading-like lines stays O(n log n), not O(n²).
  const best: { score: number; previous: number }[] = [];
  const byEnd = byEndOrder(all);
  const released: number[] = sections.map(() => -1);
  let next = 0;
  for (let i = 0; i < all.length; i++) {
    const current = all[i]!;
    while (next < byEnd.length && all[byEnd[next]!]!.end <= current.start) {
      const j = byEnd[next++]!;
      // Each candidate is released once.
      tick(meter, 1);
      // Only candidates before i in start order can end before its start (ends follow starts).
      const held = released[all[j]!.section]!;
      if (
        held === -1 ||
        best[j]!.score > best[held]!.score ||
        (best[j]!.score === best[held]!.score && j < held)
      ) {
        released[all[j]!.section] = j;
      }
    }
    // A fixed number of sections to look at per candidate.
    tick(meter, 1 + current.section);
    let entry = { score: current.score, previous: -1 };
    let chosen = -1;
    for (let section = 0; section < current.section; section++) {
      const j = released[section]!;
      if (j === -1) continue;
      if (
        chosen === -1 ||
        best[j]!.score > best[chosen]!.score ||
        (best[j]!.score === best[chosen]!.score && j < chosen)
      ) {
        chosen = j;
      }
    }
    if (chosen !== -1) entry = { score: best[chosen]!.score + current.score, previous: chosen };
    best.push(entry);
  }
  let last = -1;
  tick(meter, best.length);
  for (let i = 0; i < best.length; i++) {
    if (last === -1 || best[i]!.score > best[last]!.score) last = i;
  }
  const chain: HeadingMatch[] = [];
  for (let i = last; i !== -1; i = best[i]!.previous) {
    const candidate = all[i]!;
    // One heading per section at most, each a short slice.
    tick(meter, 1 + candidate.end - candidate.start);
    chain.push({
      section: sections[candidate.section]!,
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
    });
  }
  return chain.reverse();
}
