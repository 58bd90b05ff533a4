/**
 * Rules that read the prose: NARRATIVE_MISMATCH (figures stated in 一、总体情况 against the tables)
 * and FEE_NOT_REPORTED (2021: applications dropped for unpaid fees, but 六 is silent on fees).
 *
 * The extraction is deliberately conservative: a figure is taken only from a clause (text between
 * punctuation) that names it unambiguously — a verb right before the number, no word that makes it
 * a subset (自然人, 其中 …) or another kind of case (建议, 咨询, 上年结转 …) — and a mismatch is
 * reported only when no statement of that figure agrees with the table.
 *
 * @module
 */

import type { FindingDraft, FindingPath } from "../findings/finding.js";
import type { Report } from "../model/report.js";
import { templateDefinition } from "../templates/registry.js";
import { type Meter, tick } from "../text/meter.js";
import { countAt } from "./cells.js";

const GAP = "[^\\d。.;,:!?()、]";
const CLAUSE_BREAK = /[。.;,:!?()、]/;
/** Words that make a clause about a subset or about something other than this year's requests. */
const NOT_THE_TOTAL =
  /复议|诉讼|自然人|法人|企业|组织|机构|其中|涉及|建议|提案|咨询|信访|投诉|举报|来信|来电|人次|结转|转办|上年|下一?年|顺延|同意|予以|部分|不予|无法|告知/;
const REQUEST = "申请";

const RECEIVED = new RegExp(`(?:收到|受理|接收)(${GAP}{0,20}?)(\\d+)\\s*件(${REQUEST})?`, "gu");
const HANDLED = new RegExp(`(?:办结|答复)(${GAP}{0,20}?)(\\d+)\\s*件(${REQUEST})?`, "gu");
const FORWARD_AFTER = new RegExp(`结转(?:至|到)?下一?年度?${GAP}{0,10}?(\\d+)\\s*件`, "gu");
// `(?<!\d)`: a number starts where its digit run starts. Without it the regex rescans a long digit
// run from each of its digits (quadratic); matches are the same, since a part of a run is never
// followed by 件.
const FORWARD_BEFORE = new RegExp(`(?<!\\d)(\\d+)\\s*件${GAP}{0,10}?结转(?:至|到)?下一?年`, "gu");
const REVIEWS = /行政复议(?:案件|申请)?共?\s*(\d+)\s*件/gu;
const SUITS = /(?:行政)?诉讼(?:案件)?共?\s*(\d+)\s*件/gu;

/** Words in 六 that count as reporting on fees. */
const FEE_WORDS = /信息处理费|收费|收取.{0,6}费/u;

interface Statement {
  readonly figure: number;
  readonly text: string;
}

/** The statement as quoted in the message: the words matched, spaces collapsed. */
function quoted(words: string): string {
  return words.replace(/\s+/g, "");
}

/**
 * Clause and sentence look-ups over one text. Each match used to walk to its clause ends and
 * search its sentence afresh, which is quadratic when a long text without punctuation holds many
 * matches; here the breaks are listed once, and each clause and sentence is tested once per pass.
 */
interface Segments {
  clauseMatches(start: number, end: number, pattern: RegExp): boolean;
  sentenceHasRequest(start: number): boolean;
}

/**
 * Index of the first entry of sorted `list` that is ≥ the value asked for, for values asked in
 * increasing order (the matches of one pass over the text): the answer moves on from the previous
 * one, and starts over when a value goes back (the next pass). A pass walks the list once, where a
 * binary search per match made the rule n log n.
 */
function lowerBounds(list: readonly number[], meter?: Meter): (value: number) => number {
  let at = 0;
  let last = 0;
  return (value) => {
    if (value < last) at = 0;
    last = value;
    const from = at;
    while (at < list.length && list[at]! < value) at++;
    tick(meter, 1 + at - from);
    return at;
  };
}

/** The last range tested and its result: matches come in order, so a clause's are consecutive. */
interface Tested {
  readonly from: number;
  readonly to: number;
  readonly result: boolean;
}

function segmentsOf(text: string, meter?: Meter): Segments {
  const breaks: number[] = [];
  const stops: number[] = [];
  // One pass, a one-character test per character.
  tick(meter, 2 * text.length);
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_BREAK.test(text[i]!)) breaks.push(i);
    if (text[i] === "。") stops.push(i);
  }
  const breakAt = lowerBounds(breaks, meter);
  const stopAt = lowerBounds(stops, meter);
  const bounds = (start: number, end: number): [number, number] => {
    // The clause runs from after the last break before `start` to the first break at or after `end`.
    const before = breakAt(start) - 1;
    const after = breakAt(end);
    return [before < 0 ? 0 : breaks[before]! + 1, breaks[after] ?? text.length];
  };
  const clauseTests = new Map<string, Tested>();
  let sentenceTest: Tested | undefined;
  return {
    clauseMatches(start, end, pattern) {
      const [from, to] = bounds(start, end);
      const tested = clauseTests.get(pattern.source);
      if (tested?.from === from && tested.to === to) return tested.result;
      // Once per clause, pattern and pass: the slice, and a test for fixed words.
      tick(meter, 2 * (to - from));
      const result = pattern.test(text.slice(from, to));
      clauseTests.set(pattern.source, { from, to, result });
      return result;
    },
    sentenceHasRequest(start) {
      // As text.lastIndexOf("。", start) + 1 … text.indexOf("。", start).
      const next = stopAt(start);
      const from = stops[next] === start ? start + 1 : next > 0 ? stops[next - 1]! + 1 : 0;
      const end = stops[next] ?? text.length;
      if (sentenceTest?.from === from && sentenceTest.to === end) return sentenceTest.result;
      // Once per sentence and pass: the slice and a search.
      tick(meter, 2 * (end - from));
      const result = text.slice(from, end).includes(REQUEST);
      sentenceTest = { from, to: end, result };
      return result;
    },
  };
}

/** Statements of a request count: the clause is about requests and about all of them. */
function requestStatements(
  text: string,
  pattern: RegExp,
  segments: Segments,
  meter?: Meter,
): Statement[] {
  const found: Statement[] = [];
  // A fixed verb, at most 20 non-digit characters, a digit run: a digit run is reached by one gap
  // length from a verb start, and only from the starts less than 21 characters before it, so each
  // character is read a bounded number of times.
  tick(meter, text.length);
  for (const match of text.matchAll(pattern)) {
    // The statement quoted, its figure read.
    tick(meter, 1 + 2 * match[0].length);
    const start = match.index;
    const end = start + match[0].length;
    if (segments.clauseMatches(start, end, NOT_THE_TOTAL)) continue;
    if (!segments.sentenceHasRequest(start)) continue;
    found.push({ figure: Number(match[2]), text: quoted(match[0]) });
  }
  return found;
}

/** Statements of a case count: the clause names one kind of case only. */
function caseStatements(
  text: string,
  pattern: RegExp,
  other: RegExp,
  segments: Segments,
  meter?: Meter,
): Statement[] {
  const found: Statement[] = [];
  // A fixed word, optional fixed words, `\s*` runs around one digit run: linear (see above).
  tick(meter, text.length);
  for (const match of text.matchAll(pattern)) {
    tick(meter, 1 + 2 * match[0].length);
    if (segments.clauseMatches(match.index, match.index + match[0].length, other)) continue;
    found.push({ figure: Number(match[1]), text: quoted(match[0]) });
  }
  return found;
}

function forwardStatements(text: string, meter?: Meter): Statement[] {
  // Two patterns: fixed words and at most 10 non-digit characters around a digit run that starts
  // where its run starts (`(?<!\d)`), so no run is read from each of its digits.
  tick(meter, 2 * text.length);
  return [...text.matchAll(FORWARD_AFTER), ...text.matchAll(FORWARD_BEFORE)].map((match) => {
    tick(meter, 1 + 2 * match[0].length);
    return { figure: Number(match[1]), text: quoted(match[0]) };
  });
}

interface Check {
  readonly statements: readonly Statement[];
  /** Figures that agree with the table (the first is the one reported). */
  readonly accepted: readonly number[];
  readonly path: FindingPath;
  readonly related: readonly FindingPath[];
}

function mismatch(check: Check): FindingDraft | undefined {
  const [expected] = check.accepted;
  if (expected === undefined || check.statements.length === 0) return undefined;
  if (check.statements.some((s) => check.accepted.includes(s.figure))) return undefined;
  const [first] = check.statements;
  return {
    code: "NARRATIVE_MISMATCH",
    path: check.path,
    expected,
    actual: first!.figure,
    related: [["overview"], ...check.related],
    detail: first!.text,
  };
}

function sum(values: readonly (number | undefined)[]): number | undefined {
  return values.every((v) => v !== undefined)
    ? values.reduce<number>((a, b) => a + (b ?? 0), 0)
    : undefined;
}

/** NARRATIVE_MISMATCH: received, handled, carried forward, reviews and suits stated in 一. */
export function checkNarrative(report: Report, meter?: Meter): FindingDraft[] {
  if (report.overview === undefined) return [];
  // NFKC and one single-character replacement.
  tick(meter, 2 * report.overview.length);
  // Lines are joined: PDF text wraps lines mid-sentence ("…信息公开\n申请 2 件"), and a paragraph
  // ends with 。 anyway.
  const text = report.overview.normalize("NFKC").replace(/\n/g, "");
  const segments = segmentsOf(text, meter);
  const definition = templateDefinition(report.template);
  const { rows, columns } = definition.applications;
  const total = columns.find((c) => c.role === "total")!.key;
  const [received, carriedOver] = rows.filter((r) => r.role === "intake");
  const handled = rows.find((r) => r.role === "resultTotal")!;
  const forward = rows.find((r) => r.role === "carriedForward")!;
  const t3 = (row: string): FindingPath => ["applications", row, total];
  const review = definition.reviewsAndLitigation;
  const groupTotal = review.columns.find((c) => c.role === "total")!.key;
  const t4 = (group: string): FindingPath => ["reviewsAndLitigation", group, groupTotal];
  const reviewPaths = review.groups.filter((g) => g.header === undefined).map((g) => t4(g.key));
  const suitPaths = review.groups.filter((g) => g.header !== undefined).map((g) => t4(g.key));

  const newly = countAt(report, t3(received!.key));
  const over = countAt(report, t3(carriedOver!.key));
  const checks: Check[] = [
    {
      // "收到申请75件" may count last year's carried-over requests too (corpus: Pingtan 2022).
      statements: requestStatements(text, RECEIVED, segments, meter),
      accepted: [newly, sum([newly, over])].filter((v) => v !== undefined),
      path: t3(received!.key),
      related: [t3(carriedOver!.key)],
    },
    {
      statements: requestStatements(text, HANDLED, segments, meter),
      accepted: [countAt(report, t3(handled.key))].filter((v) => v !== undefined),
      path: t3(handled.key),
      related: [],
    },
    {
      statements: forwardStatements(text, meter),
      accepted: [countAt(report, t3(forward.key))].filter((v) => v !== undefined),
      path: t3(forward.key),
      related: [],
    },
    {
      statements: caseStatements(text, REVIEWS, /诉讼/, segments, meter),
      accepted: [sum(reviewPaths.map((p) => countAt(report, p)))].filter((v) => v !== undefined),
      path: reviewPaths[0]!,
      related: reviewPaths.slice(1),
    },
    {
      statements: caseStatements(text, SUITS, /复议/, segments, meter),
      accepted: [sum(suitPaths.map((p) => countAt(report, p)))].filter((v) => v !== undefined),
      path: suitPaths[0]!,
      related: suitPaths.slice(1),
    },
  ];
  return checks.map(mismatch).filter((d) => d !== undefined);
}

/** The 2021 row （六）2 (dropped for unpaid fees), checked against the registry's keys by type. */
const UNPAID_FEE_ROW = "otherOverdueFee" satisfies keyof NonNullable<
  Extract<Report, { template: "2021" }>["applications"]
>;

/** FEE_NOT_REPORTED (2021): T3 （六）2 总计 > 0 and 六 says nothing about 信息处理费 or fees. */
export function checkFeeReported(report: Report, meter?: Meter): FindingDraft[] {
  const { rows, columns } = templateDefinition(report.template).applications;
  if (!rows.some((r) => r.key === UNPAID_FEE_ROW)) return [];
  const total = columns.find((c) => c.role === "total")!.key;
  const path: FindingPath = ["applications", UNPAID_FEE_ROW, total];
  const count =
    countAt(report, path) ??
    sum(
      columns
        .filter((c) => c.role === "applicant")
        .map((c) => countAt(report, ["applications", UNPAID_FEE_ROW, c.key]) ?? 0),
    )!;
  if (count === 0) return [];
  // NFKC, and fixed words with at most six characters between two of them.
  tick(meter, 2 * (report.otherMatters ?? "").length);
  if (FEE_WORDS.test((report.otherMatters ?? "").normalize("NFKC"))) return [];
  return [{ code: "FEE_NOT_REPORTED", path, actual: count, related: [["otherMatters"]] }];
}
