/**
 * Findings: what every check, parser step and builder reports.
 *
 * A check emits a {@link FindingDraft} (code, path, numbers); {@link localizeFindings} turns drafts
 * into {@link Finding}s with a severity and a message from the catalogue of the requested locale.
 * Detection and wording stay apart, as in zod's issue model.
 *
 * @module
 */
import type { TemplateVersion } from "../templates/types.js";
import { defaultSeverities, type Locale, type RuleCode, type Severity } from "./codes.js";
import { carriesDetail, type DetailOf, type EvidenceOf } from "./evidence.js";
import { describePath } from "./location.js";
import { messageEn } from "./messages/en.js";
import { messageZh } from "./messages/zh.js";

/** A path into the canonical JSON, e.g. `['applications', 'carriedForward', 'total']`. */
export type FindingPath = readonly (string | number)[];

/** What every finding has, whatever its code. */
interface FindingBase<C extends RuleCode> {
  /** The stable rule code. */
  readonly code: C;
  readonly severity: Severity;
  /** Where, as a path into the canonical JSON. */
  readonly path: FindingPath;
  /** A sentence in the requested locale. */
  readonly message: string;
  /** The other cells the rule read. */
  readonly related?: readonly FindingPath[];
}

/**
 * A finding of one rule code, with `expected` and `actual` typed for that code (see
 * `findingEvidence`): e.g. numbers for the arithmetic rules, ISO dates for PUBLISHED_LATE; and,
 * for the few codes of `findingDetail`, `detail`: what was printed that neither holds (the values
 * a TEMPLATE_MIXED could not place, an extra row's label).
 */
export type FindingOf<C extends RuleCode> = FindingBase<C> & EvidenceOf<C> & DetailOf<C>;

/**
 * One problem found in a report, located and worded; discriminated on `code`, so that narrowing on
 * the code types `expected` and `actual`.
 */
export type Finding = { [C in RuleCode]: FindingOf<C> }[RuleCode];

/** A finding before it is worded: what checks produce. */
export interface FindingDraft {
  readonly code: RuleCode;
  readonly path: FindingPath;
  readonly expected?: number | string;
  readonly actual?: number | string;
  readonly related?: readonly FindingPath[];
  /** A code-specific detail for the message (a raw value, a section heading, a year). */
  readonly detail?: string;
}

/** What a message catalogue receives. */
export interface MessageContext {
  readonly code: RuleCode;
  /** The located description of `path`, in the catalogue's language. */
  readonly where: string;
  readonly expected?: number | string;
  readonly actual?: number | string;
  readonly detail?: string;
  /** How many cells the finding's `related` lists (CELL_BLANK: the blank cells of the row). */
  readonly relatedCount?: number;
}

/** Options for wording findings. */
export interface LocalizeOptions {
  /** Message language; `'zh'` by default. */
  readonly locale?: Locale;
  /** Severity overrides by code; `'off'` drops the code's findings. */
  readonly severity?: Readonly<Partial<Record<RuleCode, Severity | "off">>>;
  /** The template of the report, for naming rows and columns. */
  readonly template?: TemplateVersion;
}

const catalogues: Record<Locale, (context: MessageContext) => string> = {
  zh: messageZh,
  en: messageEn,
};

/**
 * Whether findings allow `ok: true`: none of them is an `error`.
 *
 * @example
 * ```ts
 * isOk(validate(report).findings); // same as validate(report).ok
 * ```
 */
export function isOk(findings: readonly Finding[]): boolean {
  return !findings.some((finding) => finding.severity === "error");
}

/**
 * Words drafts into findings: severity (default or overridden) and a message in the locale.
 *
 * @example
 * ```ts
 * const [finding] = localizeFindings(
 *   [{ code: "T3_BALANCE", path: ["applications", "carriedForward", "total"], expected: 3, actual: 2 }],
 *   { locale: "en", template: "2021" },
 * );
 * finding.severity; // 'error'
 * ```
 */
export function localizeFindings(
  drafts: readonly FindingDraft[],
  options: LocalizeOptions = {},
): Finding[] {
  const locale: Locale = options.locale === "en" ? "en" : "zh";
  const message = catalogues[locale];
  const findings: Finding[] = [];
  for (const draft of drafts) {
    const severity = options.severity?.[draft.code] ?? defaultSeverities[draft.code];
    if (severity === "off") continue;
    const where = describePath(draft.path, options.template, locale);
    // The context written field by field, in the order the optional fields were spread: spreads
    // of conditional parts went through the runtime's slow path, per finding.
    const context: {
      code: RuleCode;
      where: string;
      expected?: number | string;
      actual?: number | string;
      detail?: string;
      relatedCount?: number;
    } = { code: draft.code, where };
    if (draft.expected !== undefined) context.expected = draft.expected;
    if (draft.actual !== undefined) context.actual = draft.actual;
    if (draft.detail !== undefined) context.detail = draft.detail;
    if (draft.related !== undefined) context.relatedCount = draft.related.length;
    // Drafts carry evidence of any kind; which kinds each code emits is `findingEvidence`, checked
    // by a test over every finding the test suite produces.
    const finding: {
      code: RuleCode;
      severity: Severity;
      path: FindingPath;
      message: string;
      expected?: number | string;
      actual?: number | string;
      detail?: string;
      related?: readonly FindingPath[];
    } = {
      code: draft.code,
      severity,
      // Frozen with the finding: a result's `deepFreeze` stops at a frozen finding.
      path: Object.freeze([...draft.path]),
      message: message(context),
    };
    if (draft.expected !== undefined) finding.expected = draft.expected;
    if (draft.actual !== undefined) finding.actual = draft.actual;
    // Printed text a program needs (values not placed) is data, not only words of the message.
    if (draft.detail !== undefined && carriesDetail(draft.code)) finding.detail = draft.detail;
    if (draft.related !== undefined) {
      finding.related = Object.freeze(draft.related.map((p) => Object.freeze([...p])));
    }
    findings.push(Object.freeze(finding) as Finding);
  }
  return findings;
}
