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
import { matchKey } from "./normalize.js";

/** A located heading: `start`–`end` is the heading, the body runs from `end` to the next one. */
export interface HeadingMatch {
  readonly section: SectionDefinition;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Candidate {
  readonly section: number;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

const NUMERALS = "一二三四五六七八九十";
// Characters after which a heading may start inside a line: sentence ends, closing brackets,
// Markdown marks, digits (a glued value run ends the table before the next heading).
const BOUNDARY = /[\s。；;：:！!？?）)」”"'】*#|\d]/u;
const MAX_TITLE = 40;

function titleWindow(text: string, from: number): string {
  let end = from;
  while (end < text.length && end - from < MAX_TITLE) {
    const char = text[end]!;
    if (char === "\n" || char === "|" || /\d/.test(char)) break;
    end++;
  }
  return text.slice(from, end);
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf("\n", from);
  return newline === -1 ? text.length : newline;
}

function atLineStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[ \t\u00a0\u3000#*]/.test(text[i]!)) i--;
  return i < 0 || text[i] === "\n";
}

function matchesKeywords(titleKey: string, section: SectionDefinition): boolean {
  return section.keywords.every((group) => group.some((word) => titleKey.includes(word)));
}

/** Where the heading's words end: the line end for a short line, else after 情况/事项 or the keywords. */
function headingEnd(
  text: string,
  titleStart: number,
  title: string,
  section: SectionDefinition,
): number {
  const end = lineEnd(text, titleStart);
  if (end - titleStart <= MAX_TITLE && !/\d/.test(text.slice(titleStart, end))) {
    return titleStart + text.slice(titleStart, end).trimEnd().length;
  }
  let lastKeyword = 0;
  for (const group of section.keywords) {
    const positions = group.map((word) => title.indexOf(word)).filter((p) => p >= 0);
    const first = Math.min(...positions);
    const word = group.find((w) => title.indexOf(w) === first)!;
    lastKeyword = Math.max(lastKeyword, first + word.length);
  }
  const closing = /情况|事项/.exec(title.slice(lastKeyword));
  return titleStart + (closing ? lastKeyword + closing.index + closing[0].length : lastKeyword);
}

function candidates(text: string, sections: readonly SectionDefinition[]): Candidate[] {
  const found: Candidate[] = [];
  const headingKeys = sections.map((section) => matchKey(section.heading.slice(2)));
  for (let i = text.indexOf("、"); i !== -1; i = text.indexOf("、", i + 1)) {
    const numeral = i > 0 && NUMERALS.includes(text[i - 1]!) ? text[i - 1]! : "";
    const start = numeral ? i - 1 : i;
    const atBoundary = numeral
      ? start === 0 || BOUNDARY.test(text[start - 1]!)
      : atLineStart(text, i);
    if (!numeral && !atBoundary) continue;
    const title = titleWindow(text, i + 1);
    const titleKey = matchKey(title);
    sections.forEach((section, index) => {
      if (!matchesKeywords(titleKey, section)) return;
      const end = headingEnd(text, i + 1, title, section);
      const exact = matchKey(text.slice(i + 1, end)) === headingKeys[index];
      // Glued text puts a unit before a heading (`…32.52元三、收到和处理…`): the exact heading with
      // its own numeral needs no boundary.
      if (!atBoundary && !(exact && numeral === section.numeral)) return;
      const score = (numeral === section.numeral ? 2 : 0) + (exact ? 1 : 0) + 0.5;
      found.push({ section: index, start, end, score });
    });
  }
  return found;
}

/**
 * The headings of the sections found, in text order: the chain of candidates (one per section at
 * most, sections and positions both increasing) with the highest total score.
 *
 * @example
 * ```ts
 * findHeadings("一、总体情况\n…\n二、主动公开政府信息情况\n…", sections).map((h) => h.section.key);
 * // ['overview', 'activeDisclosure']
 * ```
 */
export function findHeadings(text: string, sections: readonly SectionDefinition[]): HeadingMatch[] {
  const all = candidates(text, sections).sort((a, b) => a.start - b.start || a.section - b.section);
  // best[i]: the best chain ending with candidate i. Candidates are released, in order of their
  // end, once they end before the current start; per section the best released chain (the
  // earliest on a tie) is kept, so a text full of heading-like lines stays O(n log n), not O(n²).
  const best: { score: number; previous: number }[] = [];
  const byEnd = all.map((_, i) => i).sort((a, b) => all[a]!.end - all[b]!.end || a - b);
  const released: number[] = sections.map(() => -1);
  let next = 0;
  for (let i = 0; i < all.length; i++) {
    const current = all[i]!;
    while (next < byEnd.length && all[byEnd[next]!]!.end <= current.start) {
      const j = byEnd[next++]!;
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
  for (let i = 0; i < best.length; i++) {
    if (last === -1 || best[i]!.score > best[last]!.score) last = i;
  }
  const chain: HeadingMatch[] = [];
  for (let i = last; i !== -1; i = best[i]!.previous) {
    const candidate = all[i]!;
    chain.unshift({
      section: sections[candidate.section]!,
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
    });
  }
  return chain;
}
