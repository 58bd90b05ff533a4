/**
 * The shape of a template registry: the format as data.
 *
 * A registry names every table, row and column of one template version with a stable English key,
 * the exact Chinese label, the known variants of that label seen in real reports, the hierarchy and
 * the unit. Everything else in the library (types, schemas, rules, serializers, the parser) reads
 * the format only through these definitions.
 *
 * @module
 */

/** The template versions this library knows. */
export type TemplateVersion = "2019" | "2021";

/**
 * What a cell holds.
 * - `count`: a non-negative integer (件, 个, 项);
 * - `signedCount`: an integer that may be negative (2019 本年增/减);
 * - `money`: a non-negative decimal amount.
 */
export type CellKind = "count" | "signedCount" | "money";

/** A column of a table (or a field of a table-二 row). */
export interface ColumnDefinition {
  /** Stable English key, used in the canonical JSON. */
  readonly key: string;
  /** The exact label printed in the official template. */
  readonly label: string;
  /** Other spellings seen in real reports (truncations, local wording); width and script are normalised separately. */
  readonly variants: readonly string[];
  /** What the cell holds. */
  readonly kind: CellKind;
  /** The unit the template prints or implies. */
  readonly unit: string;
}

/** A row of a table-二 group. */
export interface DisclosureRowDefinition {
  readonly key: string;
  readonly label: string;
  readonly variants: readonly string[];
}

/**
 * A row some provinces add to a table-二 sub-table (format-spec D5, §13): not in the template, so
 * it has no cells in the report; readers recognise it so that its values go nowhere else.
 */
export interface LocalRowDefinition {
  readonly key: string;
  readonly label: string;
  readonly variants: readonly string[];
  /** Where the row is printed (the province whose notice adds it). */
  readonly where: string;
}

/** One sub-table of table 二, introduced by a caption row such as 第二十条第（一）项. */
export interface DisclosureGroupDefinition {
  /** Stable key of the sub-table, e.g. `article20Item1`. */
  readonly key: string;
  /** The caption as printed, e.g. 第二十条第（一）项. */
  readonly label: string;
  readonly variants: readonly string[];
  /** The item of art. 20 of the Regulation the sub-table reports on. */
  readonly article: string;
  readonly columns: readonly ColumnDefinition[];
  readonly rows: readonly DisclosureRowDefinition[];
  /** Local rows printed in this sub-table by some provinces, after its rows. */
  readonly localRows?: readonly LocalRowDefinition[];
}

/**
 * Role of a row of table 三.
 * - `intake`: 一 and 二 (received this year, carried over);
 * - `heading`: 三、本年度办理结果, a label spanning the result rows, no numbers;
 * - `group`: （三）不予公开 and the like, labels with children, no numbers;
 * - `result`: a leaf result row, counted exactly once per application;
 * - `resultTotal`: （七）总计, the sum of the result leaves;
 * - `carriedForward`: 四、结转下年度继续办理.
 */
export type ApplicationRowRole =
  | "intake"
  | "heading"
  | "group"
  | "result"
  | "resultTotal"
  | "carriedForward";

/** A row of table 三. */
export interface ApplicationRowDefinition {
  readonly key: string;
  readonly label: string;
  readonly variants: readonly string[];
  readonly role: ApplicationRowRole;
  /** Key of the enclosing `heading` or `group` row. */
  readonly parent?: string;
  /** The article of the Regulation the row stands for, where one does. */
  readonly article?: string;
}

/** A column of table 三: an applicant type, or 总计. */
export interface ApplicantColumnDefinition extends ColumnDefinition {
  readonly role: "applicant" | "total";
  /** Key of a spanning header (法人或其他组织) above this column, if any. */
  readonly header?: string;
}

/** A spanning header above some columns, with no numbers of its own. */
export interface HeaderDefinition {
  readonly key: string;
  readonly label: string;
  readonly variants: readonly string[];
}

/** A group of table 四: 行政复议 or one of the two kinds of 行政诉讼. */
export interface ReviewGroupDefinition {
  readonly key: string;
  readonly label: string;
  readonly variants: readonly string[];
  /** Key of a spanning header (行政诉讼) above the group, if any. */
  readonly header?: string;
}

/** A column inside every group of table 四. */
export interface ReviewColumnDefinition extends ColumnDefinition {
  readonly role: "outcome" | "total";
}

/** Keys of the six sections of every report. */
export type SectionKey =
  | "overview"
  | "activeDisclosure"
  | "applications"
  | "reviewsAndLitigation"
  | "problemsAndImprovements"
  | "otherMatters";

/** One of the six numbered sections of a report. */
export interface SectionDefinition {
  readonly key: SectionKey;
  /** The heading as the template prints it. */
  readonly heading: string;
  /** The Chinese numeral that opens the heading (一 … 六). */
  readonly numeral: string;
  /** Every keyword group must have one word present for a heading to match (see format-spec §4). */
  readonly keywords: readonly (readonly string[])[];
  /** Whether the section's body is a table or prose. */
  readonly body: "table" | "text";
}

/** A complete template registry. */
export interface TemplateDefinition {
  readonly version: TemplateVersion;
  /** The notice that prescribes the format. */
  readonly instrument: string;
  /** The first and last reporting year the template applies to (`null`: still in force). */
  readonly years: { readonly from: number; readonly to: number | null };
  readonly sections: readonly SectionDefinition[];
  readonly activeDisclosure: {
    readonly groups: readonly DisclosureGroupDefinition[];
    /** Header of the label column: 信息内容. */
    readonly labelHeader: string;
  };
  readonly applications: {
    readonly note: string;
    readonly applicantHeader: HeaderDefinition;
    readonly headers: readonly HeaderDefinition[];
    readonly columns: readonly ApplicantColumnDefinition[];
    readonly rows: readonly ApplicationRowDefinition[];
  };
  readonly reviewsAndLitigation: {
    readonly headers: readonly HeaderDefinition[];
    readonly groups: readonly ReviewGroupDefinition[];
    readonly columns: readonly ReviewColumnDefinition[];
  };
}
