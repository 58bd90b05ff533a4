/**
 * Tables found by their own labels where their section heading is missing (a copy that starts at
 * 第二十条第（一）项, a heading lost or worded past recognition): table 二 by a caption or by
 * 信息内容 followed by a column header, table 三 by its first row label with its header or its
 * second row near it, or by any of its rows printed alone on a line with one value per column (a
 * page starting at its last rows), table 四 by its column headers. Each is a heading of no words at the table's
 * first label, placed only between the sections found around it, in the template's order.
 *
 * @module
 */

import { templateDefinition, templateVersions } from "../templates/registry.js";
import type { SectionDefinition } from "../templates/types.js";
import { isBlankCode } from "../text/blank.js";
import { type Meter, tick } from "../text/meter.js";
import { type KeyStream, matchKey } from "../text/normalize.js";
import { keyIndexAt, labelForms } from "./labels.js";
import type { HeadingMatch } from "./sections.js";

/** Key characters between a caption and its header (a word or two a copy may put there). */
const NEAR = 4;
/** Key characters before table 四's first column header within which its group label counts. */
const REVIEW_SPAN = 40;
/** Longer than any header word of table 二. */
const LONGEST = 16;
/** Key characters before table 三's first row within which its header words count. */
const HEADER_SPAN = 200;

function unique(words: readonly string[]): string[] {
  return [...new Set(words.filter((word) => word !== ""))];
}

// The labels the tables are told by, from every template (both may be printed).
const definitions = templateVersions.map((version) => templateDefinition(version));
const first = definitions[0]!;
const LABELS = Object.freeze({
  captions: unique(
    definitions.flatMap((d) =>
      d.activeDisclosure.groups.flatMap((g) => [g.label, ...g.variants].map((t) => matchKey(t))),
    ),
  ),
  contentHeader: matchKey(first.activeDisclosure.labelHeader),
  disclosureColumns: unique(
    definitions.flatMap((d) =>
      d.activeDisclosure.groups.flatMap((g) => g.columns.map((c) => matchKey(c.label))),
    ),
  ),
  disclosureRows: unique(
    definitions.flatMap((d) =>
      d.activeDisclosure.groups.flatMap((g) => g.rows.map((r) => matchKey(r.label))),
    ),
  ),
  // 一、本年新收… and 二、上年结转…, without their ordinals.
  intake: first.applications.rows
    .filter((row) => row.role === "intake")
    .map((row) => matchKey(row.label).slice(1)),
  applicationHeaders: [
    matchKey(first.applications.note).slice(0, 10),
    matchKey(first.applications.applicantHeader.label),
  ],
  // Every value row of table 三 with its ordinal (`四、结转下年度继续办理`), of either template.
  applicationRows: unique(
    definitions.flatMap((d) =>
      d.applications.rows
        .filter((row) => row.role !== "heading" && row.role !== "group")
        .flatMap((row) => labelForms([row.label, ...row.variants]))
        .filter((form) => form.ordinal !== "")
        .map((form) => form.ordinal + form.core),
    ),
  ),
  applicationColumns: first.applications.columns.length,
  reviewGroup: matchKey(first.reviewsAndLitigation.groups[0]!.label),
  reviewColumns: first.reviewsAndLitigation.columns.slice(0, 2).map((c) => matchKey(c.label)),
});

/**
 * The first occurrence of `word` in `key[at, to)`, or -1. Walking the occurrences with it, each
 * search reading on from the last occurrence, reads the range once per word (a generator did the
 * same at several times the cost per occurrence).
 */
function nextOccurrence(key: string, word: string, at: number, to: number, meter?: Meter): number {
  if (at >= to) return -1;
  const found = key.indexOf(word, at);
  tick(meter, 1 + (found === -1 ? key.length : found) - at);
  return found === -1 || found >= to ? -1 : found;
}

/** Every occurrence of `word` in `key[from, to)`, in order. */
function occurrences(key: string, word: string, from: number, to: number, meter?: Meter): number[] {
  const found: number[] = [];
  for (let at = nextOccurrence(key, word, from, to, meter); at !== -1; ) {
    found.push(at);
    at = nextOccurrence(key, word, at + 1, to, meter);
  }
  return found;
}

/** Whether one of `words` starts at most {@link NEAR} key characters after `at`. */
function startsNear(key: string, at: number, words: readonly string[], meter?: Meter): boolean {
  const window = key.slice(at, at + NEAR + LONGEST);
  // The window and a search of it per word (a fixed number of words).
  tick(meter, 1 + window.length * (1 + words.length));
  return words.some((word) => {
    const found = window.indexOf(word);
    return found !== -1 && found <= NEAR;
  });
}

/** Whether a table-二 row label starts at `at` with a value right after it. */
function rowWithValue(key: string, at: number, meter?: Meter): boolean {
  tick(meter, LABELS.disclosureRows.length);
  return LABELS.disclosureRows.some(
    (row) => key.startsWith(row, at) && /\d/.test(key[at + row.length] ?? ""),
  );
}

/**
 * Table 二: a caption followed by its header (信息内容, a column header) or by a row with its value,
 * or 信息内容 followed by a column header. Prose that names a caption (`按照第二十条第（一）项的规定
 * 公开规章`) has words between.
 */
function disclosureStart(key: string, from: number, to: number, meter?: Meter): number {
  let best = -1;
  const headers = [LABELS.contentHeader, ...LABELS.disclosureColumns];
  for (const caption of LABELS.captions) {
    const limit = best === -1 ? to : best;
    for (let at = nextOccurrence(key, caption, from, limit, meter); at !== -1; ) {
      const after = at + caption.length;
      if (startsNear(key, after, headers, meter) || rowWithValue(key, after, meter)) {
        best = at;
        break;
      }
      at = nextOccurrence(key, caption, at + 1, limit, meter);
    }
  }
  const header = LABELS.contentHeader;
  const limit = best === -1 ? to : best;
  for (let at = nextOccurrence(key, header, from, limit, meter); at !== -1; ) {
    const after = at + header.length;
    if (LABELS.disclosureColumns.some((column) => key.startsWith(column, after))) {
      tick(meter, LABELS.disclosureColumns.length);
      return at;
    }
    at = nextOccurrence(key, header, at + 1, limit, meter);
  }
  return best;
}

/**
 * Table 三: its first row label with its header words (the 勾稽 note, 申请人情况) shortly before
 * it, or its second row shortly after it. Each word's positions are walked once.
 */
function applicationsStart(key: string, from: number, to: number, meter?: Meter): number {
  const [received, carried] = LABELS.intake as [string, string];
  const headers = LABELS.applicationHeaders.map((word) => occurrences(key, word, from, to, meter));
  const seconds = occurrences(key, carried, from, Math.min(key.length, to + HEADER_SPAN), meter);
  const next = headers.map(() => 0);
  let second = 0;
  for (let at = nextOccurrence(key, received, from, to, meter); at !== -1; ) {
    tick(meter, 1 + headers.length);
    // The earliest header word within the span before the row, if any.
    let earliest = -1;
    for (let word = 0; word < headers.length; word++) {
      const positions = headers[word]!;
      while (next[word]! < positions.length && positions[next[word]!]! < at - HEADER_SPAN) {
        next[word]!++;
      }
      const position = positions[next[word]!];
      if (position !== undefined && position < at && (earliest === -1 || position < earliest)) {
        earliest = position;
      }
    }
    if (earliest !== -1) return earliest;
    while (second < seconds.length && seconds[second]! <= at) second++;
    if (second < seconds.length && seconds[second]! - at <= HEADER_SPAN) {
      // The row's ordinal (`一、`) is part of it.
      return at > from && key.charCodeAt(at - 1) === FIRST_ORDINAL ? at - 1 : at;
    }
    at = nextOccurrence(key, received, at + 1, to, meter);
  }
  return -1;
}

/**
 * Where table 二's own labels end in `key[from, to)`: just past the last caption followed by its
 * header or by a row with its value, or the last row label with its value; `from` when there is
 * none. Table 三 comes after table 二: a row of it printed before these (a line out of place) is
 * not where table 三 starts, and taking it there would cut table 二's later rows off.
 */
function disclosureEnd(key: string, from: number, to: number, meter?: Meter): number {
  let end = from;
  const headers = [LABELS.contentHeader, ...LABELS.disclosureColumns];
  for (const caption of LABELS.captions) {
    for (const at of occurrences(key, caption, from, to, meter)) {
      const after = at + caption.length;
      if (startsNear(key, after, headers, meter) || rowWithValue(key, after, meter)) {
        end = Math.max(end, after);
      }
    }
  }
  for (const row of LABELS.disclosureRows) {
    for (const at of occurrences(key, row, from, to, meter)) {
      if (rowWithValue(key, at, meter)) end = Math.max(end, at + row.length);
    }
  }
  return end;
}

/**
 * Table 三 without its header and first rows (a page break before its last rows, a flipbook page
 * starting there): a row of it whose label, with its ordinal, opens a line and is followed on that
 * line by exactly one value per column and nothing else. Prose never prints seven bare values
 * after a row label, and a row printed so leaves one place for each value. Only after table 二's
 * last label in the range (see disclosureEnd) and before table 四's column headers.
 */
function applicationsRowStart(
  text: string,
  stream: KeyStream,
  lower: number,
  to: number,
  meter?: Meter,
): number {
  const from = disclosureEnd(stream.key, lower, to, meter);
  // Nor after table 四's start, which its own finder would then look for after table 三's.
  const reviews = reviewsStart(stream.key, from, to, meter);
  const upper = reviews === -1 ? to : reviews;
  let best = -1;
  for (const label of LABELS.applicationRows) {
    const limit = best === -1 ? upper : best;
    for (let at = nextOccurrence(stream.key, label, from, limit, meter); at !== -1; ) {
      if (rowAlone(text, stream.starts[at]!, stream.ends[at + label.length - 1]!, meter)) {
        best = at;
        break;
      }
      at = nextOccurrence(stream.key, label, at + 1, limit, meter);
    }
  }
  return best;
}

/** Opening brackets an ordinal may start with (`（一）`). */
const OPENING = "（(";

/**
 * Whether the label at text `[start, end)` opens its line (blanks and an opening bracket before
 * it) and the rest of its line is one value per column of table 三.
 */
function rowAlone(text: string, start: number, end: number, meter?: Meter): boolean {
  let lineStart = start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== NEWLINE) lineStart--;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd === -1) lineEnd = text.length;
  // The line, read twice.
  tick(meter, 1 + 2 * (lineEnd - lineStart));
  for (let at = lineStart; at < start; at++) {
    const character = text[at]!;
    if (!isBlankCode(character.charCodeAt(0)) && !OPENING.includes(character)) return false;
  }
  const words = text
    .slice(end, lineEnd)
    .split(/[\s|]+/)
    .filter((word) => word !== "");
  return (
    words.length === LABELS.applicationColumns && words.every((word) => PLAIN_COUNT.test(word))
  );
}

/** A count as a cell prints it: digits, or a mark written for none (`/`, `—`). */
const PLAIN_COUNT = /^(?:\d{1,9}|[-/—－])$/;

const NEWLINE = 0x0a;

/** `一`, the ordinal of table 三's first row. */
const FIRST_ORDINAL = "一".charCodeAt(0);

/** Table 四: its first two column headers in a row, from the group label before them. */
function reviewsStart(key: string, from: number, to: number, meter?: Meter): number {
  const [upheld, corrected] = LABELS.reviewColumns as [string, string];
  for (let at = nextOccurrence(key, upheld, from, to, meter); at !== -1; ) {
    tick(meter, 1 + corrected.length);
    if (key.startsWith(corrected, at + upheld.length)) {
      const before = Math.max(from, at - REVIEW_SPAN);
      const window = key.slice(before, at);
      tick(meter, 1 + 2 * window.length);
      const group = window.lastIndexOf(LABELS.reviewGroup);
      return group === -1 ? at : before + group;
    }
    at = nextOccurrence(key, upheld, at + 1, to, meter);
  }
  return -1;
}

const FINDERS: Readonly<
  Record<string, (key: string, from: number, to: number, meter?: Meter) => number>
> = {
  activeDisclosure: disclosureStart,
  applications: applicationsStart,
  reviewsAndLitigation: reviewsStart,
};

/** A heading placed at a table's first label: no words of its own. */
export interface AnchoredHeading extends HeadingMatch {
  readonly anchored: true;
}

/**
 * The headings found, with a heading of no words at the start of each table whose own heading is
 * missing and whose labels are found between the sections around it (in the template's order).
 *
 * @param headings - The headings found in the text, in order.
 * @param sections - The sections of the template, in order.
 * @param text - The text the stream was made of: table 三 is then also found by a row printed
 *   alone with its values (see applicationsRowStart).
 * @example
 * ```ts
 * withTableAnchors([], sections, keyStream("第二十条第（一）项 信息内容 本年制发件数 … 规章 0 0 0"))[0]?.section.key;
 * // 'activeDisclosure'
 * ```
 */
export function withTableAnchors(
  headings: readonly HeadingMatch[],
  sections: readonly SectionDefinition[],
  stream: KeyStream,
  meter?: Meter,
  text?: string,
): HeadingMatch[] {
  const found = new Map(headings.map((heading) => [heading.section.key, heading]));
  const result: HeadingMatch[] = [];
  // A binary search of the key positions, once per section.
  const keyAt = (position: number): number => keyIndexAt(stream, position, meter);
  let lower = 0;
  sections.forEach((section, index) => {
    const heading = found.get(section.key);
    if (heading !== undefined) {
      result.push(heading);
      lower = keyAt(heading.end);
      return;
    }
    const finder = FINDERS[section.key];
    if (finder === undefined) return;
    // Up to the next section whose heading was found.
    const next = sections.slice(index + 1).find((later) => found.has(later.key));
    const upper = next ? keyAt(found.get(next.key)!.start) : stream.key.length;
    let at = finder(stream.key, lower, upper, meter);
    if (at === -1 && section.key === "applications" && text !== undefined) {
      at = applicationsRowStart(text, stream, lower, upper, meter);
    }
    if (at === -1) return;
    const start = stream.starts[at]!;
    const anchor: AnchoredHeading = { section, start, end: start, text: "", anchored: true };
    result.push(anchor);
    lower = at + 1;
  });
  return result;
}
