/**
 * Compilations: one text holding several reports one after another (a county's 汇编 of its
 * townships' reports, a page that prints this year's report and last year's). Read as one report,
 * its sections would be chosen among all the reports' headings, and a table of one report would
 * be read into another (seed + Shanghai 2019: the seed's table 二 became Shanghai's). The reader
 * reads the first report only, and says that more follow.
 *
 * A further report starts at a heading 一、总体情况 printed with its own numeral after a report
 * that got as far as 三 and printed its tables (at least {@link MIN_DIGITS} values under its
 * table sections, a grid or picture there counting as many; or, with a fresh title of the next
 * report's between them, a sentence in one of its sections' bodies), once its own headings reach
 * 二 or 三 before a later one (三 without a title: a list in 五 restarting at 一 is no report).
 * It starts at its title (`…2022年政府信息公开工作年度报告`), the first fresh one between the
 * two, with the lines above it that name an agency. A title the text printed already is not
 * fresh (a running header, the
 * title again after the contents), unless it stands under agency lines it was not printed under
 * before (a compilation whose titles are the same words under each agency's name). The titles of
 * a report's body count as printed (running headers). One printed already is taken only right
 * over the report's front (its preamble, the page's fields, an agency's line). Without
 * a title, it starts at its preamble, else at its 一's line. A table of contents gives no second
 * report: it prints no tables and no sentence, and its entries are no headings (sections.ts).
 *
 * @module
 */

import { pageFields } from "../templates/page.js";
import { isBlankCode } from "../text/blank.js";
import { type Meter, tick } from "../text/meter.js";
import { TITLE_LAST, titleField, titleKeyOf } from "./front.js";
import { type HeadingCandidate, OWN_NUMERAL } from "./sections.js";

/** The code of 告, the last character of every title. */
const TITLE_LAST_CODE = TITLE_LAST.charCodeAt(0);

/**
 * The index of the last section a report must have reached (三) before a second may start, and
 * the second before it counts as one.
 */
const FURTHEST = 2;

/** The indices of the table sections (二, 三, 四): the digits under them are the tables'. */
const TABLE_SECTIONS: ReadonlySet<number> = new Set([1, 2, 3]);

/**
 * The fewest values under a report's table sections before the next 一、总体情况 (ASCII digits,
 * and marks such as `—` or `/` standing alone for a blank cell): its tables' values (table 三
 * alone prints 7 for each of its 25 rows). A table of contents prints a page number for each
 * entry. A table printed as a grid or a picture (`tables`) counts as this many: a report whose
 * tables are pictures prints no value.
 */
const MIN_DIGITS = 60;

/**
 * Whether a character is a mark of a blank cell counted with the digits when it stands alone
 * (`—`, not `————`): `-` `/` `—` `－` `／`. Codes compared, no search: every character of a text
 * is looked at.
 */
function isCellMark(code: number): boolean {
  return code === 0x2d || code === 0x2f || code === 0x2014 || code === 0xff0d || code === 0xff0f;
}

/** The longest last piece of a title wrapped over two lines (`政府信息公开工作年度报告`). */
const WRAPPED_TAIL = 12;

/** The most lines above a title (or a 一 without one) taken with it: `XX县` / `XX局` / the title. */
const LINES_ABOVE = 2;

/**
 * A line above a title that opens the report with it: an agency's name (ending as the names of
 * governments and their offices end) or a page's `正文`. Any other line (`无`, `本年度未收取信息处理费`)
 * is the report before's.
 */
const AGENCY_LINE =
  /^(?:正文|[\p{Script=Han}\s（）()0-9０-９]{1,24}(?:省|市|县|区|旗|州|盟|镇|乡|街道|办事处|局|委员会|委|办公室|办|厅|院|政府|中心|所|站|署|部|处|队|馆|社))$/u;

/**
 * A line of a report's preamble (`根据《中华人民共和国政府信息公开条例》…编制本报告`,
 * `本报告中所列数据的统计期限…`, `根据…现公布…年度报告`): it opens as preambles open and names this
 * report, its statistical period or its publication (not merely the format's name: 六's
 * `根据《…年度报告格式》要求，本年度没有收取信息处理费` is the report before's). A report without a
 * title found starts at its preamble, not at its 一: the preamble (its year, its period) is its
 * own, not the report before's.
 */
const PREAMBLE_LINE =
  /^(?:根据|依据|按照|遵照|本报告|本年度报告|本年报)[^\n]*(?:本报告|本年报|统计期限|现将|现予?公布|特向社会公布)/;

/** A date on a line of its own (`2023年1月19日`, `（2023年1月）`): under a title, or a signature's. */
const DATE_LINE = /^[（(]?\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[）)]?$/;

/** The most lines walked up from a report's 一 to find where its front starts. */
const FRONT_LINES = 12;

/** The longest line {@link AGENCY_LINE} can match: a longer one is tested no further. */
const AGENCY_LINE_MAX = 40;

/** Whether a line names an agency (or says 正文), see {@link AGENCY_LINE}. */
function isAgencyLine(line: string): boolean {
  return line.length <= AGENCY_LINE_MAX && AGENCY_LINE.test(line);
}

/** The most of the next report's first line looked at for the finding. */
const QUOTED_LINE = 120;

/** A closing note in brackets after a title (`（全文）`, `(2021年度)`), left out to tell the title. */
const CLOSING_NOTE = /\s*[（(][^（）()]{0,12}[）)]\s*$/;

/** Internal: where a report after the first starts, and how it opens. */
export interface ReportStart {
  /** Where the report starts: the report before it ends there. */
  readonly at: number;
  /** The report's title as printed, when found; else its first line. Trimmed. */
  readonly title: string;
}

/** Internal: where the reports after the first start, and how each opens. */
export interface LaterReports {
  /** How many reports the text holds, the first included (2 or more). */
  readonly count: number;
  /** Where each report after the first starts, in order (the first of them is the second's). */
  readonly starts: readonly [ReportStart, ...ReportStart[]];
}

/**
 * Internal: the reports after the first in a text, found from its heading candidates (in order of
 * start, `section` 0 being 一、总体情况), or undefined when it holds one report.
 *
 * @example
 * ```ts
 * laterReports(text, headingCandidates(text, sections))?.count; // 2 for two reports
 * ```
 */
export function laterReports(
  text: string,
  candidates: readonly HeadingCandidate[],
  tables: readonly number[] = [],
  meter?: Meter,
): LaterReports | undefined {
  tick(meter, 1 + candidates.length + tables.length);
  // A further report starts at a second 一、总体情况 printed with its own numeral: without one (a
  // report printed alone, nearly every text) nothing below can find one, and the text's stretches
  // are not walked.
  let opening = 0;
  for (const candidate of candidates) if (opensReport(candidate)) opening++;
  if (opening < 2) return undefined;
  const starts: { at: number; title: string }[] = [];
  // The titles printed so far: one printed again opens no other report.
  const printed = new Set<string>();
  let opened = -1;
  let furthest = -1;
  let digits = 0;
  let lastEnd = 0;
  let lastSection = -1;
  // A further report's start, confirmed once its own headings reach 三 (a list in 五 restarting
  // at 一、总体情况 goes on with other words).
  let pending: { at: number; title: string; start: number; titled: boolean } | undefined;
  let pendingFurthest = 0;
  let pendingDigits = 0;
  // Whether the report so far printed a sentence: a table of contents prints none.
  let prose = false;
  let pendingProse = false;
  // The next of the tables printed as grids or pictures not yet passed.
  let table = 0;
  for (const candidate of candidates) {
    // The values of the tables: the text under a table section's heading (二, 三, 四), each
    // stretch once, and the tables printed as grids or pictures there. A table of contents, the
    // page's fields and the prose hold few or none.
    // What the text under the heading before holds (its titles, values and sentences): one walk.
    // Values count under table sections only.
    const underTable = TABLE_SECTIONS.has(lastSection);
    const stretch = scan(text, lastEnd, candidate.start, underTable, meter);
    let counted = underTable ? stretch.values : 0;
    for (; table < tables.length && tables[table]! < candidate.start; table++) {
      if (tables[table]! >= lastEnd && TABLE_SECTIONS.has(lastSection)) counted += MIN_DIGITS;
    }
    digits += counted;
    pendingDigits += counted;
    lastSection = candidate.section;
    // The titles under the heading before: each stretch once. Those printed in a report's body
    // (running headers, one a page) are printed before the next report's start.
    const { titles } = stretch;
    // Later headings count however numbered (a report may number its parts its own way); a
    // report starts only at 一、总体情况 printed so.
    if (opensReport(candidate)) {
      const fresh = titles.find((title) => printedKeys(title).some((key) => !printed.has(key)));
      // The report before printed its tables' values, or, with a title of its own for the next
      // one, printed sentences (its tables may be pictures; a table of contents prints neither).
      const ended = digits >= MIN_DIGITS || (fresh !== undefined && prose);
      if (pending === undefined && opened !== -1 && furthest >= FURTHEST && ended) {
        // The first fresh title, else the one right over the report's front (the topmost of
        // those over it: a title printed before, the same words over each report).
        const front = fresh ?? frontTitle(text, candidate.start, lastEnd, titles, meter);
        const before = front?.at ?? cutBefore(text, candidate.start, lastEnd, meter);
        const at = withLinesAbove(text, before, lastEnd, meter);
        pending = {
          at,
          title: front?.text ?? firstLine(text, at, meter),
          start: candidate.start,
          titled: front !== undefined,
        };
        pendingFurthest = 0;
        pendingDigits = 0;
        pendingProse = false;
      } else {
        // The first report's 一, the body's after a table of contents, or a second 一 before a
        // pending report reached 三: the run of headings starts again here.
        pending = undefined;
        opened = candidate.start;
        furthest = 0;
        digits = 0;
        prose = false;
      }
      for (const title of titles) for (const key of printedKeys(title)) printed.add(key);
    } else if (
      pending !== undefined &&
      candidate.section > FURTHEST &&
      (pendingFurthest === 0 || (!pending.titled && pendingFurthest < FURTHEST))
    ) {
      // A later section before the pending report's 二 or 三 (before its 三 when it has no
      // title): the 一 was a list's inside the report (五's `一、总体情况 二、存在问题…`,
      // `一、总体上看… 二、主动公开的及时性…`), whose own headings go on.
      pending = undefined;
      furthest = Math.max(furthest, candidate.section);
    } else if (pending !== undefined) {
      pendingFurthest = Math.max(pendingFurthest, candidate.section);
      if (pendingFurthest >= FURTHEST) {
        starts.push(pending);
        opened = pending.start;
        furthest = pendingFurthest;
        digits = pendingDigits;
        prose = pendingProse;
        pending = undefined;
      }
    } else if (opened !== -1) {
      furthest = Math.max(furthest, candidate.section);
    }
    if (!opensReport(candidate)) {
      // The front before the first report's 一 (its titles are that report's), a body's running
      // headers; a 一's titles were added above, after the decision.
      for (const title of titles) for (const key of printedKeys(title)) printed.add(key);
      // The text under the heading before: a sentence in it is the report's prose. Not the text
      // before a 一 (the last section's and the next report's front, or a summary's
      // `…等六个部分。` after its list of headings): only a report's bodies count.
      prose ||= stretch.sentence;
      pendingProse ||= stretch.sentence;
    }
    lastEnd = candidate.end;
  }
  const [first, ...rest] = starts.map(({ at, title }) => ({ at, title }));
  return first === undefined ? undefined : { count: starts.length + 1, starts: [first, ...rest] };
}

/** Whether a heading may open a report: 一、总体情况 printed with its own numeral. */
function opensReport(candidate: HeadingCandidate): boolean {
  return candidate.section === 0 && candidate.score >= OWN_NUMERAL;
}

/**
 * The title over a report's front when none is fresh (one printed before: a compilation whose
 * titles are the same words, a report printed again): the topmost title among the lines that open
 * a report, walked up from its 一 (blanks, its preamble, dates, the page's fields, agency lines,
 * titles, on one line or wrapped), never over other text. Undefined when no title stands there:
 * a running header in the report before's text has that text under it.
 */
function frontTitle(
  text: string,
  at: number,
  from: number,
  titles: readonly FoundTitle[],
  meter?: Meter,
): FoundTitle | undefined {
  let start = lineStart(text, at, from, meter);
  let topmost: FoundTitle | undefined;
  for (let walked = 0; walked < FRONT_LINES && start > from; walked++) {
    const above = lineStart(text, start - 1, from, meter);
    // The line's slice and trim, and the titles looked through (those of this stretch).
    tick(meter, 1 + start - above + titles.length);
    const line = text.slice(above, start - 1).trim();
    // A title on this line, or wrapped onto it from the line above.
    const title = titles.find((found) => found.at < start && found.end > above);
    if (title !== undefined) topmost = title;
    else if (
      line !== "" &&
      !PREAMBLE_LINE.test(line) &&
      !DATE_LINE.test(line) &&
      !FIELDS_LINE.test(line) &&
      !isAgencyLine(line)
    ) {
      break;
    }
    start = title?.at ?? above;
  }
  return topmost;
}

/** A title found: where it starts, its key, its words as printed, and the agency lines over it. */
interface FoundTitle {
  readonly at: number;
  /** Where its (last) line ends: a title wrapped over two lines spans both. */
  readonly end: number;
  readonly key: string;
  readonly text: string;
  /**
   * The lines just above it that name an agency ({@link AGENCY_LINE}, at most
   * {@link LINES_ABOVE}), joined by line breaks; empty when there are none.
   */
  readonly agency: string;
}

/**
 * The keys a title counts as printed under: its own, and with the agency lines over it. A
 * compilation's titles may be the same words (`2022年政府信息公开工作年度报告`) under each
 * agency's name: each is a fresh title, where a running header (no agency line over it) is not.
 */
function printedKeys(title: FoundTitle): string[] {
  return title.agency === "" ? [title.key] : [title.key, `${title.agency}\n${title.key}`];
}

/** What a stretch of text holds, as {@link scan} finds it. */
interface Stretch {
  /** Its titles, in order (see {@link scan}). */
  readonly titles: readonly FoundTitle[];
  /** How many values: ASCII digits, and marks of a blank cell standing alone ({@link isCellMark}). */
  readonly values: number;
  /** Whether it holds a sentence (a full stop). */
  readonly sentence: boolean;
}

/**
 * What `[from, to)` holds, in one walk: its titles, on one line or wrapped over two
 * (`2024 年上海市科委政府信息公开工作` / `年度报告`), in order, each with where it starts, its key,
 * its words as printed and the agency lines over it; how many values (when `counting`, else 0);
 * whether a sentence.
 */
function scan(text: string, from: number, to: number, counting: boolean, meter?: Meter): Stretch {
  const found: FoundTitle[] = [];
  let values = 0;
  let sentence = false;
  // The last lines with words before the one looked at, nearest first: where each starts and
  // ends, and whether it holds 告. Sliced only when a title needs them: most lines hold no 告,
  // and every line of a text is looked at.
  const before: { start: number; end: number; marked: boolean }[] = [];
  const lineOf = (range: { start: number; end: number }) =>
    text.slice(range.start, range.end).trim();
  // The lines naming an agency right above `before[from]`, nearest last (at most LINES_ABOVE).
  const agencyOver = (index: number) => {
    const lines: string[] = [];
    for (let k = index; k < before.length && lines.length < LINES_ABOVE; k++) {
      const line = lineOf(before[k]!);
      if (!isAgencyLine(line)) break;
      lines.unshift(line);
    }
    return lines.join("\n");
  };
  for (let start = from; start < to; ) {
    // The line's end, found by a walk bounded by `to` (a search could read past it, to the end
    // of a text without line breaks, for every heading); whether it holds words and 告.
    let end = start;
    let words = false;
    let marked = false;
    for (; end < to; end++) {
      const code = text.charCodeAt(end);
      if (code === 0x0a) break;
      if (code === TITLE_LAST_CODE) marked = true;
      else if (code === 0x3002) sentence = true;
      else if (!counting) {
        // No values to count here.
      } else if (code >= 0x30 && code <= 0x39) values++;
      else if (
        isCellMark(code) &&
        !isCellMark(text.charCodeAt(end - 1)) &&
        !isCellMark(text.charCodeAt(end + 1))
      ) {
        values++;
      }
      if (!words && !isBlankCode(code)) words = true;
    }
    // Each line once alone and once with the line above: its slice, trim and key.
    tick(meter, 1 + 4 * (end - start) + (before[0] ? before[0].end - before[0].start : 0));
    if (words) {
      if (marked) {
        const raw = text.slice(start, end);
        const line = raw.trim();
        const at = start + raw.indexOf(line);
        const key = titleOf(line, meter);
        // A title wrapped at its end: a short last piece (`年度报告`, `工作年度报告`), the line
        // above holding no 告 of its own.
        const above = before[0];
        const joined =
          key === undefined && above !== undefined && line.length <= WRAPPED_TAIL && !above.marked
            ? titleOf(lineOf(above) + line, meter)
            : undefined;
        if (key !== undefined) {
          found.push({
            at,
            end,
            key,
            text: beforeFields(titleField(line))
              .replace(/^#+\s*/, "")
              .trim(),
            agency: agencyOver(0),
          });
        } else if (joined !== undefined) {
          const upper = lineOf(above!);
          found.push({
            at: above!.start + text.slice(above!.start, above!.end).indexOf(upper),
            end,
            key: joined,
            text: upper + line,
            agency: agencyOver(1),
          });
        }
      }
      before.unshift({ start, end, marked });
      if (before.length > LINES_ABOVE + 1) before.pop();
    }
    start = end + 1;
  }
  return { titles: found, values, sentence };
}

/**
 * A title's key (`…政府信息公开工作年度报告`, a property table's `标题 | … |` and a closing note
 * in brackets left out), or undefined. A line with 《 or 》 names a document in a sentence
 * (`《…2021年政府信息公开工作年度报告》`, a preamble's wrapped `…和《关于印发…年度报告`): no title.
 */
function titleOf(line: string, meter?: Meter): string | undefined {
  // Most lines hold no 告: one search spares them the rest (every line of a text is looked at).
  if (!line.includes(TITLE_LAST)) return undefined;
  // A page's link to another report (`下一篇：…年度报告`) names it: no title of one starting here.
  if (/[《》]/.test(line) || NAVIGATION_LINK.test(line)) return undefined;
  return titleKeyOf(beforeFields(titleField(line)).replace(CLOSING_NOTE, ""), meter);
}

/** A line that links to another page (`上一篇：`, `下一篇`, `上一条`). */
const NAVIGATION_LINK = /^\s*(?:上一|下一)[篇条页]/;

/** The labels of the page fields other than the title (`发布时间`, `发布机构`, …). */
const FIELD_LABELS = pageFields
  .filter((field) => field.key !== "title")
  .flatMap((field) => [field.label, ...field.variants]);

/** A line of the page's fields (`发布时间：2023-01-19 发布机构：大曹庄镇`, `…文号： 索引号：…`). */
const FIELDS_LINE = new RegExp(`(?:${FIELD_LABELS.join("|")})\\s*[：:]`);

/**
 * A line without the page fields printed after its words (`…年度报告 发布时间：2026-01-20 浏览次数：35`,
 * a page's header line): the title they follow.
 */
function beforeFields(line: string): string {
  let end = line.length;
  for (const label of FIELD_LABELS) {
    const at = line.indexOf(label);
    if (at > 0 && at < end) end = at;
  }
  return line.slice(0, end);
}

/**
 * Where a report without a title found starts: at its preamble's first line, when the lines just
 * above its 一 are its preamble's (blanks among them); else at the start of its 一's line; or the
 * 一 itself in a text whose line runs on from the report before (no line break since `from`).
 */
function cutBefore(text: string, at: number, from: number, meter?: Meter): number {
  const start = lineStart(text, at, from, meter);
  if (start === from && (from === 0 || text.charCodeAt(from - 1) !== 0x0a)) return at;
  let cut = start;
  let line = start;
  for (let walked = 0; walked < FRONT_LINES && line > from; walked++) {
    const above = lineStart(text, line - 1, from, meter);
    tick(meter, 1 + line - above);
    const words = text.slice(above, line - 1).trim();
    if (PREAMBLE_LINE.test(words)) cut = above;
    else if (words !== "") break;
    line = above;
  }
  return cut;
}

/**
 * The start of the line holding `at`, or `from` when that line starts before it: a walk back
 * bounded by `from` (a search could read back to the start of a text without line breaks).
 */
function lineStart(text: string, at: number, from: number, meter?: Meter): number {
  let start = at;
  while (start > from && text.charCodeAt(start - 1) !== 0x0a) start--;
  tick(meter, 1 + at - start);
  return start;
}

/**
 * `at` (a line's start) moved up over the lines just above it that name an agency (printed over
 * its title) or say `正文`, at most {@link LINES_ABOVE}, not before `from`: they open the next
 * report, not the one before.
 */
function withLinesAbove(text: string, at: number, from: number, meter?: Meter): number {
  let start = at;
  for (let taken = 0; taken < LINES_ABOVE && start > from; taken++) {
    const end = start - 1;
    const above = lineStart(text, end, from, meter);
    tick(meter, 1 + end - above);
    const line = text.slice(above, end).trim();
    if (!isAgencyLine(line)) break;
    start = above;
  }
  return start;
}

/** The first line with words from `at`, trimmed (its title, for the finding). */
function firstLine(text: string, at: number, meter?: Meter): string {
  let start = at;
  while (start < text.length && isBlankCode(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && end - start < QUOTED_LINE && text.charCodeAt(end) !== 0x0a) end++;
  tick(meter, 1 + end - at);
  return titleField(text.slice(start, end))
    .replace(/^#+\s*/, "")
    .trim();
}
