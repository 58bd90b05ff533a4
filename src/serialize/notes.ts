/**
 * The few words the renderers add of their own (the report's words all come from the report and
 * the registry): the heading of the list of findings, severity names, the page language. One
 * entry per locale.
 *
 * @module
 */
import type { Locale, Severity } from "../findings/codes.js";

/** The renderers' own words in one locale. */
export interface RendererNotes {
  /** The page's `lang`. */
  readonly lang: string;
  /** Heading of the list of findings (the Word appendix, the page's list). */
  readonly findingsHeading: string;
  /** The label of an appendix (GB/T 9704 附件). */
  readonly appendix: string;
  /** A line under the heading: what the marks mean. */
  readonly findingsLegend: string;
  readonly severity: Readonly<Record<Severity, string>>;
  /** Separator between a severity and a code, and a code and its message. */
  readonly separator: string;
}

const notes: Readonly<Record<Locale, RendererNotes>> = {
  zh: {
    lang: "zh-CN",
    findingsHeading: "检查发现",
    appendix: "附件",
    findingsLegend: "表中标记的单元格与下列检查发现有关。",
    severity: { error: "错误", warning: "警告", info: "提示" },
    separator: "：",
  },
  en: {
    lang: "en",
    findingsHeading: "Findings",
    appendix: "Appendix",
    findingsLegend: "The marked cells of the tables are those the findings below name.",
    severity: { error: "error", warning: "warning", info: "info" },
    separator: ": ",
  },
};

/**
 * The renderers' words in a locale; anything but `"en"` gives Chinese.
 *
 * @example
 * ```ts
 * rendererNotes("en").findingsHeading; // 'Findings'
 * rendererNotes(undefined).severity.error; // '错误'
 * ```
 */
export function rendererNotes(locale: unknown): RendererNotes {
  return notes[locale === "en" ? "en" : "zh"];
}

/**
 * One finding as a line of a list: severity, code, message.
 *
 * @example
 * ```ts
 * findingLine(finding, rendererNotes("zh")); // '错误 T3_RESULT_TOTAL：表三「（七）总计」行「总计」列应等于…'
 * ```
 */
export function findingLine(
  finding: { readonly severity: Severity; readonly code: string; readonly message: string },
  words: RendererNotes,
): string {
  return `${words.severity[finding.severity]} ${finding.code}${words.separator}${finding.message}`;
}
