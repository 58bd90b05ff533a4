/**
 * The front of a report, before 一、总体情况: page chrome, the title, metadata fields (发布时间,
 * 发布机构, 索引号, 文号) and the preamble. The agency and the year are derived from the title.
 *
 * @module
 */

import type { ReportMeta } from "../model/report.js";
import { pageFields, yearPatterns } from "../templates/page.js";
import { isBlankCode } from "../text/blank.js";
import { type Meter, tick } from "../text/meter.js";
import { isPlainIdeograph, matchKey, toSimplified } from "../text/normalize.js";
import { hasQuote, withoutQuoted, withoutQuoteMarks } from "../text/quotes.js";
import { unescapeMarkdown } from "./clean.js";

/** What the front of a report gave. */
export interface Front {
  readonly meta: ReportMeta;
  readonly preamble?: string;
  /** Derived from the title: the words before `{year}年…政府信息公开`. */
  readonly agency: string | null;
  readonly year: number | null;
  /**
   * Titles of different years stand before the report (a page listing other years' reports as
   * plain text) and nothing in the front told which is this report's: `year` is the likeliest,
   * not a stated one.
   */
  readonly uncertain?: boolean;
}

const SPACE = "[ \\t\\u00a0\\u3000]*";
const FIELD_LINE = /^[-*\s]*[\p{Script=Han}]{2,6}\s*[:：]/u;

// A page data file holding the HTML in a JavaScript string literal: `let content = "<p>…`.
const LITERAL_OPENING = /^\s*(?:var|let|const)\s+[\w$]+\s*=\s*["'`]/;

// Between a page field's label and its value: a colon, or the cell border of a property table
// copied as pipes (`发布机构 | 沭阳县发展和改革局 | 公开日期 | 2024-01-17 |`).
const FIELD_SEPARATOR = "[:：|]";

/**
 * The title field's label opening a line: `标题：`, `名称:`, `名称 | ` (a property table's cell),
 * its characters spaced apart or not (`名 称：`, set so to line up with `索 引 号：`).
 */
const TITLE_FIELD = (() => {
  const title = pageFields.find((page) => page.key === "title")!;
  const labels = [title.label, ...title.variants].map((label) => [...label].join(SPACE)).join("|");
  // A colon may be followed by the cell border of a property table (`名 称： | 某局…报告 |`).
  return new RegExp(`^\\s*(?:${labels})\\s*${FIELD_SEPARATOR}(?:\\s*\\|)?\\s*`);
})();

/**
 * Internal: the title field's value: after its label, without the cell borders that close its
 * line (the line itself when it is no title field).
 */
export function titleField(line: string): string {
  const label = TITLE_FIELD.exec(line);
  if (!label) return line;
  let end = line.length;
  while (end > label[0].length && /[\s|]/.test(line.charAt(end - 1))) end--;
  return line.slice(label[0].length, end);
}

function cleanLineOf(line: string, markdown: boolean, meter?: Meter): string {
  // Two patterns anchored at the start (`[\w$]+\s*=` fails at once when backtracked into the
  // name), a walk back over the pipes and blanks ending a title field, the heading mark, the trim.
  tick(meter, 1 + 5 * line.length);
  // Both patterns need their first word after the leading blanks: a line opening with any other
  // character (nearly all) is only trimmed.
  const first = line.charCodeAt(firstNonBlank(line));
  const plain =
    first === 0x76 || first === 0x6c || first === 0x63 || LABEL_FIRSTS.has(first)
      ? titleField(line.replace(LITERAL_OPENING, ""))
      : line;
  return markdown
    ? unescapeMarkdown(plain.replace(/^[\s\u3000]*#{1,6}[ \t]+/, "").trim(), meter)
    : plain.trim();
}

/** The first characters of the title field's labels (`标`题, `名`称). */
const LABEL_FIRSTS = new Set(
  pageFields
    .filter((page) => page.key === "title")
    .flatMap((page) => [page.label, ...page.variants])
    .map((label) => label.charCodeAt(0)),
);

/** The index of a line's first character that `\s` does not match (its length if none). */
function firstNonBlank(line: string): number {
  let at = 0;
  while (at < line.length && isBlankCode(line.charCodeAt(at))) at++;
  return at;
}

/** What a title's key ends with. */
const TITLE_END = "报告";
/**
 * Its last character, which no other character gives under NFKC or the traditional table (a test
 * checks every code point): a line without it is no title, and its key need not be made.
 */
export const TITLE_LAST = TITLE_END.charAt(TITLE_END.length - 1);

/** The longest key a title has. */
const TITLE_KEY_LIMIT = 60;

/** A sentence's end: a line ending so is prose naming the report (`…，制作本报告。`), no title. */
const SENTENCE_END = /[。！；]\s*$/;

/**
 * Internal: a title line's key (kept: the title's key is needed again), or `undefined` for
 * another line.
 */
export function titleKeyOf(line: string, meter?: Meter): string | undefined {
  tick(meter, line.length);
  if (!line.includes(TITLE_LAST) || SENTENCE_END.test(line)) return undefined;
  const key = matchKey(line, meter);
  tick(meter, key.length);
  const title =
    key.length <= TITLE_KEY_LIMIT && key.includes("政府信息公开") && key.endsWith(TITLE_END);
  return title ? key : undefined;
}

/**
 * How many plain ideographs (isPlainIdeograph) a line has, counted up to `limit + 1`: each gives
 * its key exactly one unit (NFKC leaves it, the traditional table maps it to one, it is a letter),
 * so a line with more than `limit` has a key longer than `limit`, and a line of prose is told
 * from a title without making its key.
 */
function ideographsUpTo(line: string, limit: number, meter?: Meter): number {
  let count = 0;
  let at = 0;
  for (; at < line.length && count <= limit; at++) {
    if (isPlainIdeograph(line.charCodeAt(at))) count++;
  }
  tick(meter, 1 + at);
  return count;
}

/**
 * The page fields of the registry (templates/page.ts) other than the title, each with its pattern
 * made once at load: a label or a variant, the colon, and the value (the date of publication
 * read after the colon by its own pattern). Made on every call, they cost more than the rest of
 * reading a short page's front. No `g` or `y` flag: `exec` keeps no state.
 */
const FIELD_PATTERNS = pageFields
  .filter((page) => page.key !== "title")
  .map((page) => {
    const labels = [page.label, ...page.variants].join("|");
    return {
      key: page.key,
      labels: [page.label, ...page.variants] as readonly string[],
      pattern:
        page.key === "publishedOn"
          ? new RegExp(`(?:${labels})\\s*${FIELD_SEPARATOR}`)
          : new RegExp(`(?:${labels})${SPACE}${FIELD_SEPARATOR}${SPACE}([^\\s\\u00a0\\u3000|]*)`),
    };
  });

/** Any label or variant of the page fields read here (their patterns all start with one). */
const ANY_LABEL = new RegExp(FIELD_PATTERNS.flatMap((field) => field.labels).join("|"));

function field(front: string, pattern: RegExp, meter?: Meter): string | null | undefined {
  // A fixed label, then runs of blanks and of the value: a run follows one label only.
  tick(meter, front.length);
  const match = pattern.exec(front);
  if (!match) return undefined;
  const value = match[1]!;
  tick(meter, value.length);
  // An empty field followed by the next one on the same line: `文号:     索引号:…`.
  if (value === "" || /^[\p{Script=Han}]{2,6}[:：]/u.test(value)) return null;
  return value;
}

function publishedOn(front: string, pattern: RegExp, meter?: Meter): string | null | undefined {
  // Fixed words, then `\s*` up to one colon; the slice after it, and a pattern anchored there.
  tick(meter, 3 * front.length);
  const label = pattern.exec(front);
  if (!label) return undefined;
  const date = /^[ \t\u00a0\u3000]*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(
    front.slice(label.index + label[0].length),
  );
  if (!date) return null;
  const month = Number(date[2]);
  const day = Number(date[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${date[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A title line of the front (or two lines joined, `line` the second), with its key. */
interface FoundTitle {
  readonly line: number;
  readonly title: string;
  readonly key: string;
}

/**
 * Whether a text is ASCII without blanks or control characters, and plain ideographs: then NFKC
 * leaves it as it is (none of these decomposes, and none composes with another) and it has no
 * blank to remove. Most titles are; the normalisation costs more than the rest of reading one.
 */
function isPlainText(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if ((code <= 0x20 || code >= 0x7f) && !isPlainIdeograph(code)) return false;
  }
  return true;
}

/** What a title tells: its agency and year. */
interface Titled {
  readonly agency: string | null;
  readonly year: number | null;
}

/** Agency and year from a title: `{agency}{year}年(度)政府信息公开工作年度报告` and its variants. */
export function fromTitle(
  title: string,
  meter?: Meter,
): { agency: string | null; year: number | null } {
  // NFKC, the blanks removed, two conversions to simplified characters, and three patterns
  // anchored at the start whose one lazy run is followed by a fixed word (a bounded look at each
  // extension): the title about seven times.
  tick(meter, 8 * title.length);
  const whole = isPlainText(title) ? title : title.normalize("NFKC").replace(/\s+/g, "");
  // A line that quotes another report (`对照《某局2021年…年度报告》，现公布…2022年…`) is read
  // outside the quotes, when the report is named there too; a title that is all quote is read inside.
  const unquoted = withoutQuoted(whole);
  const simplified = toSimplified(unquoted);
  const outside = simplified.includes("政府信息公开");
  const shown = outside ? unquoted : withoutQuoteMarks(whole);
  // Matched in simplified characters (a mirror in traditional script writes 政府信息公開, format-spec
  // D13); the agency is taken as printed, from the same positions (the conversion keeps lengths).
  const plain = outside ? simplified : toSimplified(shown);
  const agencyFirst = /^(.*?)(\d{4})年度?(?:政府信息公开|政务公开)/.exec(plain);
  if (agencyFirst) {
    const agency = shown.slice(0, agencyFirst[1]!.length);
    return { agency: agency || null, year: Number(agencyFirst[2]) };
  }
  const yearFirst = /^(\d{4})年度?(.+?)政府信息公开/.exec(plain);
  if (yearFirst) {
    const start = yearFirst[0].length - "政府信息公开".length - yearFirst[2]!.length;
    return { agency: shown.slice(start, start + yearFirst[2]!.length), year: Number(yearFirst[1]) };
  }
  const yearLast = /^(.+?)政府信息公开工作(\d{4})年度报告/.exec(plain);
  if (yearLast) return { agency: shown.slice(0, yearLast[1]!.length), year: Number(yearLast[2]) };
  return { agency: null, year: null };
}

/**
 * Reads the front of a report.
 *
 * @param front - Cleaned text before the first section heading.
 * @param markdown - The text is Markdown: `#` marks and backslash escapes are syntax.
 * @example
 * ```ts
 * readFront("某镇2022年政府信息公开工作年度报告\n发布日期：2023-01-19\n\n本报告依据…").meta.publishedOn; // '2023-01-19'
 * ```
 */
export function readFront(front: string, markdown = false, meter?: Meter): Front {
  // The trim.
  tick(meter, 2 * front.length);
  // Nothing but blanks (a report that starts at its first heading): no line, field or year.
  if (front.trim() === "") return { meta: {}, agency: null, year: null };
  const lines = front.split("\n");
  const found: FoundTitle[] = [];
  // Per line: cleaned; whether it holds TITLE_LAST; its key when it is a title. A line, or two
  // joined, is a title only if it holds TITLE_LAST and its key is short enough: the two tests,
  // each made once per line, spare the key of nearly every line of prose.
  const cleaned: string[] = [];
  const marked: boolean[] = [];
  const titleKeys: (string | undefined)[] = [];
  const counts: number[] = [];
  const ideographs = (i: number) =>
    (counts[i] ??= ideographsUpTo(cleaned[i]!, TITLE_KEY_LIMIT, meter));
  for (let i = 0; i < lines.length; i++) {
    const line = cleanLineOf(lines[i]!, markdown, meter);
    tick(meter, 1 + line.length);
    cleaned.push(line);
    marked.push(line.includes(TITLE_LAST));
    titleKeys.push(
      marked[i] && ideographs(i) <= TITLE_KEY_LIMIT ? titleKeyOf(line, meter) : undefined,
    );
  }
  // A title's agency and year, read once per title (a title is weighed up to three times).
  const read = new Map<string, Titled>();
  const readTitle = (title: string): Titled => {
    let titled = read.get(title);
    if (titled === undefined) {
      titled = fromTitle(title, meter);
      read.set(title, titled);
    }
    return titled;
  };
  // Whole titles naming their agency: a line above one is not part of it (a page's column name,
  // 政府信息公开年报), while a line above `2024年政府信息公开工作年度报告` is its agency.
  const named = (i: number) => titleKeys[i] !== undefined && readTitle(cleaned[i]!).agency !== null;
  // Whether two lines joined may be a title (the counts are capped, so a sum over the limit is).
  const mayJoin = (i: number) =>
    (marked[i] === true || marked[i + 1] === true) &&
    ideographs(i) + ideographs(i + 1) <= TITLE_KEY_LIMIT;
  for (let i = 0; i < lines.length; i++) {
    const line = cleaned[i]!;
    const key = titleKeys[i];
    if (key !== undefined) {
      found.push({ line: i, title: line, key });
      continue;
    }
    // A title wrapped over two lines (`…工作` / `年度报告`, `某区人民政府` / `2024年…报告`).
    // A page field's line (`发布机构： | 某镇 | 发文日期： | …`) is no first half of a title.
    if (i + 1 >= lines.length || line === "" || !mayJoin(i) || named(i + 1)) continue;
    if (FIELD_LINE.test(line)) continue;
    // Each line is read here at most three times: as itself, and joined to either neighbour.
    const joined = line + cleaned[i + 1]!;
    const joinedKey = titleKeyOf(joined, meter);
    if (joinedKey !== undefined) found.push({ line: i + 1, title: joined, key: joinedKey });
  }
  // Breadcrumbs also end in 年度报告; the title names the year.
  for (const f of found) tick(meter, 1 + f.title.length);
  // Four digits, then `\s*` runs between fixed characters: a run follows one start only.
  tick(meter, front.length);
  const period = yearPatterns.periodStart.exec(front);
  const { chosen, uncertain } = titleOf(found, period ? Number(period[1]) : null, readTitle, meter);
  const titleLine = chosen?.line ?? -1;
  const title = chosen?.title;
  const meta: Record<string, string | null> = {};
  if (title !== undefined) meta["title"] = title;
  // The page fields of the registry, each by its label or a variant; the date is normalised.
  // One search for any label first: most fronts have none.
  tick(meter, front.length);
  const labelled = ANY_LABEL.test(front);
  for (const { key, labels, pattern } of labelled ? FIELD_PATTERNS : []) {
    // A field whose labels are not in the front is not there: a plain search says so, faster
    // than the pattern.
    tick(meter, labels.length * front.length);
    if (!labels.some((label) => front.includes(label))) continue;
    const value =
      key === "publishedOn" ? publishedOn(front, pattern, meter) : field(front, pattern, meter);
    if (value !== undefined)
      meta[key] = markdown && value !== null ? unescapeMarkdown(value, meter) : value;
  }
  const titleKey = chosen?.key;
  const preambleLines: string[] = [];
  for (let i = titleLine + 1; i < cleaned.length; i++) {
    const line = cleaned[i]!;
    if (line === "") continue;
    // A search, then (for a short line) one anchored pattern with bounded repetitions between
    // `\s*` runs.
    tick(meter, 2 * line.length);
    if (line.length < 120 && !line.includes("。") && FIELD_LINE.test(line)) continue;
    // The title repeated: its key ends with TITLE_END, so the line holds TITLE_LAST, and has no
    // more ideographs than the key has units.
    if (
      titleKey !== undefined &&
      marked[i] === true &&
      ideographs(i) <= titleKey.length &&
      matchKey(line, meter) === titleKey
    ) {
      continue;
    }
    preambleLines.push(line);
  }
  const derived = title === undefined ? { agency: null, year: null } : readTitle(title);
  // The preamble's join.
  tick(meter, front.length);
  // Written field by field: spreading optional parts cost more than the rest of a short front.
  const result: { -readonly [K in keyof Front]: Front[K] } = { meta, agency: null, year: null };
  if (preambleLines.length > 0) result.preamble = preambleLines.join("\n");
  result.agency = derived.agency;
  result.year = derived.year ?? (period ? Number(period[1]) : null);
  if (uncertain) result.uncertain = uncertain;
  return result;
}

/**
 * The report's title among the title lines of the front. One year named: the first title naming
 * it (breadcrumbs also end in 年度报告; the title names the year). Titles of several years (the
 * text of a page listing other years' reports beside this one): the one of the statistical period's
 * year; else, of the titles not in 《…》 (those name other reports), the one year they all name, or
 * the year named most often (the page's heading and the report's own title say it twice), the
 * nearest the report on a tie, and the choice is uncertain; none when every title is in 《…》.
 */
function titleOf(
  found: readonly FoundTitle[],
  periodYear: number | null,
  readTitle: (title: string) => Titled,
  meter?: Meter,
): { chosen: FoundTitle | undefined; uncertain: boolean } {
  // One title (the common case) needs no weighing.
  if (found.length <= 1) return { chosen: found[0], uncertain: false };
  // Written field by field (every title found is `{ line, title, key }`): an object spread
  // followed by a property takes the runtime's slow path.
  const dated = found
    .map((f) => ({ line: f.line, title: f.title, key: f.key, year: readTitle(f.title).year }))
    .filter((f) => f.year !== null);
  const years = new Set(dated.map((f) => f.year));
  if (years.size <= 1) {
    const named = found.filter((f) => /\d{4}\s*年/.test(f.title));
    return { chosen: ownLine(named) ?? found[0], uncertain: false };
  }
  const ofPeriod = dated.filter((f) => f.year === periodYear);
  if (ofPeriod.length > 0) {
    const chosen = ownLine(ofPeriod.filter((f) => !quotedOnly(f.title))) ?? ownLine(ofPeriod);
    return { chosen, uncertain: false };
  }
  // Titles in 《…》 name other reports (a page's list of links to earlier years' reports, set
  // before the article): the report's own title is printed bare. With only such titles, none is
  // the report's, and the year is read elsewhere (its statistical period, its overview).
  const own = dated.filter((f) => !quotedOnly(f.title));
  if (own.length === 0) return { chosen: undefined, uncertain: true };
  if (new Set(own.map((f) => f.year)).size === 1) return { chosen: ownLine(own), uncertain: false };
  const counts = new Map<number | null, number>();
  for (const f of own) counts.set(f.year, (counts.get(f.year) ?? 0) + 1);
  // Two passes over the titles.
  tick(meter, 2 * dated.length);
  const count = (year: number | null) => counts.get(year) ?? 0;
  const likeliest = own.reduce((best, f) => (count(f.year) >= count(best.year) ? f : best));
  return { chosen: likeliest, uncertain: true };
}

/**
 * Of titles naming one year, the first on a line of its own: a line holding the title as another
 * field's value (`文号: 关键字: 某局2020年…报告`, a page's `名 称： | 某局2022年…报告` row) gives way
 * to it.
 */
function ownLine(titles: readonly FoundTitle[]): FoundTitle | undefined {
  return titles.find((f) => !/[:：]/.test(f.title)) ?? titles[0];
}

/** Whether a title line names the report only inside 《…》 or “…” (a reference to it, a link). */
function quotedOnly(title: string): boolean {
  return hasQuote(title) && !toSimplified(withoutQuoted(title)).includes("政府信息公开");
}
