/**
 * Compilations: one text holding several reports one after another (a county's 汇编 of its
 * townships' reports, a page that prints this year's report and last year's). Read as one report,
 * its sections would be chosen among all the reports' headings, and a table of one report would
 * be read into another (seed + Shanghai 2019: the seed's table 二 became Shanghai's). The reader
 * reads the first report only, and says that more follow.
 *
 * A further report starts where a title line (`…2022年政府信息公开工作年度报告`) stands between the
 * last heading of a report that got as far as 四 and the next heading 一、总体情况, each printed
 * with its own numeral. A table of contents (its headings a line each, then the report's) gives no
 * second report: its run of headings is too short to be a report, and no title stands between it
 * and the body.
 *
 * @module
 */
import { type Meter, tick } from "../text/meter.js";
import { TITLE_LAST, titleField, titleKeyOf } from "./front.js";
import { type HeadingCandidate, OWN_NUMERAL } from "./sections.js";

/** The index of the last section a report must have reached (四) before a second may start. */
const FURTHEST = 3;

/**
 * The fewest characters from a report's 一、总体情况 to the next report's title: a table of
 * contents, six short lines, is shorter; a report with its three tables is far longer.
 */
const MIN_REPORT = 400;

/** The longest last piece of a title wrapped over two lines (`政府信息公开工作年度报告`). */
const WRAPPED_TAIL = 12;

/** Internal: where the reports after the first start, and the first of them's title. */
export interface LaterReports {
  /** The start of the second report's title line: the first report ends there. */
  readonly at: number;
  /** The second report's title as printed (trimmed). */
  readonly title: string;
  /** How many reports the text holds, the first included (2 or more). */
  readonly count: number;
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
  meter?: Meter,
): LaterReports | undefined {
  tick(meter, 1 + candidates.length);
  const starts: { at: number; title: string }[] = [];
  let opened = -1;
  let furthest = -1;
  let lastEnd = 0;
  for (const candidate of candidates) {
    // Later headings count however numbered (a report may number its parts its own way); a
    // report starts only at 一、总体情况 printed so.
    if (candidate.section === 0 && candidate.score >= OWN_NUMERAL) {
      const title =
        opened !== -1 && furthest >= FURTHEST
          ? firstTitle(text, lastEnd, candidate.start, meter)
          : undefined;
      if (title !== undefined && title.at - opened >= MIN_REPORT) starts.push(title);
      // Every 一 starts a run of headings anew: the next report's, or the body after a table of
      // contents.
      opened = candidate.start;
      furthest = 0;
    } else if (opened !== -1) {
      furthest = Math.max(furthest, candidate.section);
    }
    lastEnd = candidate.end;
  }
  const first = starts[0];
  return first === undefined ? undefined : { ...first, count: starts.length + 1 };
}

/**
 * The first title in `[from, to)`, on one line or wrapped over two (`2024 年上海市科委政府信息公开工作`
 * / `年度报告`): where it starts and its text, or undefined. The first, not the last: the report's
 * preamble, after its title, may wrap a line at a named document's 年度报告 (`…《关于印发中华人民共和国政府信息公开工作年度报告`).
 */
function firstTitle(
  text: string,
  from: number,
  to: number,
  meter?: Meter,
): { at: number; title: string } | undefined {
  // Line by line from `from`: each character of the range once or twice (a line alone, then
  // with the one below it), and their keys.
  let above: { at: number; line: string } | undefined;
  let start = from;
  while (start < to) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 || newline > to ? to : newline;
    tick(meter, 1 + 2 * (end - start) + (above?.line.length ?? 0));
    const line = text.slice(start, end).trim();
    if (line !== "") {
      // A title wrapped at its end: a short last piece (`年度报告`, `工作年度报告`), the line above
      // holding no 报告 of its own.
      if (
        above !== undefined &&
        line.length <= WRAPPED_TAIL &&
        !above.line.includes(TITLE_LAST) &&
        isTitle(above.line + line, meter)
      ) {
        return { at: above.at, title: above.line + line };
      }
      const at = start + text.slice(start, end).indexOf(line);
      // Quoted as printed, but a property table's label and borders (`标题 | … |`).
      if (isTitle(line, meter)) return { at, title: titleField(line).trim() };
      above = { at, line };
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * A title (`…政府信息公开工作年度报告`). A line with 《 or 》 names a document in a sentence
 * (`《…2021年政府信息公开工作年度报告》`, a preamble's wrapped `…和《关于印发…年度报告`): no title.
 */
function isTitle(words: string, meter?: Meter): boolean {
  return !/[《》]/.test(words) && titleKeyOf(words, meter) !== undefined;
}
