/**
 * `parseText`: published report text in, typed report and findings out. One cleaning pass, then
 * the section headings, then each table read against the registry of the detected template.
 *
 * @module
 */
import { deepFreeze } from "../model/freeze.js";
import type { Report } from "../model/report.js";
import type { Locale } from "../rules/codes.js";
import { type Finding, type FindingDraft, localizeFindings } from "../rules/finding.js";
import { detectTemplateByLabels, templateDefinition, templateFor } from "../templates/registry.js";
import type { SectionKey, TemplateVersion } from "../templates/types.js";
import { canonicalText, cleanText } from "./clean.js";
import { readFront } from "./front.js";
import { keyStream } from "./normalize.js";
import type { TableSource } from "./rows.js";
import { findHeadings } from "./sections.js";
import {
  readActiveDisclosure,
  readApplications,
  readReviews,
  type TableReading,
} from "./tables.js";

/** Options of {@link parseText}. */
export interface ParseOptions {
  /** Language of the finding messages; `'zh'` by default. */
  readonly locale?: Locale;
  /** The reporting year, when the text does not say (or says it wrongly). */
  readonly year?: number;
  /** The template, instead of detecting it. */
  readonly template?: TemplateVersion;
}

/** What {@link parseText} returns. */
export interface ParseResult {
  /** The report, or `undefined` when no template can be told from the text or the options. */
  readonly report: Report | undefined;
  readonly findings: readonly Finding[];
}

const TABLE_READERS: Partial<
  Record<SectionKey, (source: TableSource, version: TemplateVersion) => TableReading>
> = {
  activeDisclosure: readActiveDisclosure,
  applications: readApplications,
  reviewsAndLitigation: readReviews,
};

function tableSource(
  text: string,
  from: number,
  to: number,
  last: boolean,
): Omit<TableSource, "stream"> {
  const body = text.slice(from, to);
  const pipeLines = body.split("\n").filter((line) => line.includes("|"));
  const closed = pipeLines.filter((line) => line.trimEnd().endsWith("|")).length;
  return {
    text,
    from,
    to,
    last,
    pipes: pipeLines.length >= 2,
    separated: closed * 2 < pipeLines.length,
  };
}

// Lines that open with a pipe before their first cell (`| 规章 | 0 |`): the pipe opens, it ends nothing.
function dropOpeningPipes(text: string): string {
  return text.replace(/^([ \t]*)\|(?=[ \t]*[^\s|])/gm, "$1 ");
}

function parse(source: string, options: ParseOptions): ParseResult {
  const locale = options.locale ?? "zh";
  const text = dropOpeningPipes(cleanText(source));
  const sections = templateDefinition("2021").sections;
  const headings = findHeadings(text, sections);
  const front = readFront(text.slice(0, headings[0]?.start ?? text.length));
  // Without a title, the statistical period (`自2021年1月1日起`) anywhere in the text, or the report
  // named in a sentence (`现公布我局2022年政府信息公开工作年度报告`) says the year.
  const period =
    /(20\d{2})\s*年\s*0?1\s*月\s*0?1\s*日/.exec(text) ??
    /(20\d{2})\s*年度?政府信息公开工作年度报告/.exec(text);
  const year = options.year ?? front.year ?? (period ? Number(period[1]) : null);
  const template =
    options.template ??
    detectTemplateByLabels(text) ??
    (year === null ? undefined : templateFor(year));
  const drafts: FindingDraft[] = [];
  if (template === undefined) {
    for (const section of sections) drafts.push({ code: "SECTION_MISSING", path: [section.key] });
    return { report: undefined, findings: localizeFindings(drafts, { locale }) };
  }
  const stream = keyStream(text);
  const report: Record<string, unknown> = {
    formatVersion: 1,
    template,
    year,
    agency: { name: front.agency },
  };
  if (Object.keys(front.meta).length > 0) report["meta"] = front.meta;
  if (front.preamble !== undefined) report["preamble"] = front.preamble;
  const lastFound = headings[headings.length - 1];
  let stopped = false;
  for (const section of templateDefinition(template).sections) {
    const index = headings.findIndex((h) => h.section.key === section.key);
    if (index === -1) {
      drafts.push({ code: "SECTION_MISSING", path: [section.key] });
      continue;
    }
    const heading = headings[index]!;
    const last = heading === lastFound;
    const to = headings[index + 1]?.start ?? text.length;
    const reader = TABLE_READERS[section.key];
    if (!reader) {
      report[section.key] = canonicalText(text.slice(heading.end, to));
      if (last && section.key !== sections[sections.length - 1]!.key) stopped = true;
      continue;
    }
    const reading = reader({ ...tableSource(text, heading.end, to, last), stream }, template);
    drafts.push(...reading.drafts);
    if (reading.table) report[section.key] = reading.table;
    else if (!reading.truncated && !reading.drafts.some((d) => d.code === "SECTION_MISSING")) {
      drafts.push({ code: "SECTION_MISSING", path: [section.key] });
    }
  }
  if (stopped && lastFound) drafts.push({ code: "PARSE_TRUNCATED", path: [lastFound.section.key] });
  return {
    report: deepFreeze(report) as unknown as Report,
    findings: localizeFindings(drafts, { locale, template }),
  };
}

/**
 * Reads a published report (plain text in any of the renderings seen in practice, Markdown, HTML,
 * or the output of `toText`/`toMarkdown`) into a report and findings. Never throws.
 *
 * Nothing is guessed silently: a cell that cannot be read is absent with `PARSE_CELL_UNREADABLE`;
 * a section or table not in the text gives `SECTION_MISSING`; text that stops inside a table or
 * section gives `PARSE_TRUNCATED`; glued digits are split only when the table's identities leave
 * one possibility (`PARSE_CELLS_RECOVERED`). Units written in a cell (`251000元`) are dropped when
 * they agree with the column, and make the cell unreadable when they do not.
 *
 * @param text - The report text.
 * @param options - `locale` of the messages; `year`/`template` to override detection.
 * @returns The report (absent sections and cells left out) and the findings.
 * @example
 * ```ts
 * const { report, findings } = parseText(publishedText);
 * report?.template; // '2021'
 * report?.applications?.newlyReceived.total; // 70
 * findings.filter((f) => f.code === "PARSE_CELLS_RECOVERED").map((f) => f.actual); // ['64/0/0/2/0/4/70', …]
 * ```
 */
export function parseText(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parse(typeof text === "string" ? text : "", options ?? {});
  } catch {
    // Defensive: the contract is "never throws"; an internal failure reads as nothing found.
    const sections = templateDefinition("2021").sections;
    return {
      report: undefined,
      findings: localizeFindings(
        sections.map((section) => ({ code: "SECTION_MISSING", path: [section.key] })),
        { locale: options?.locale === "en" ? "en" : "zh" },
      ),
    };
  }
}
