/**
 * The input types of the builders, derived from the model types (and through them from the
 * registries), so that a row, column or table-二 field the template does not have is a compile
 * error in the caller's object literal.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Finding } from "../findings/finding.js";
import type { CommonOptions } from "../findings/options.js";
import type {
  ActiveDisclosure,
  ApplicantKey,
  ColumnKey,
  CompleteReportOf,
  DisclosureFieldKey,
  DisclosureRowKey,
  RegistryOf,
  ReportMeta,
  ReportOf,
  ResultRowKey,
  ReviewColumnKey,
  ReviewGroupKey,
  RowKey,
} from "../model/report.js";
import type { TemplateVersion } from "../templates/types.js";

/** An amount as a builder accepts it: a `Decimal`, a decimal string (`"0.35"`) or a number. */
export type MoneyInput = Decimal | string | number;

/** What a builder accepts for a cell of the model type `C`: amounts for money, numbers otherwise. */
export type CellInput<C> = [Extract<C, Decimal>] extends [never] ? number : MoneyInput;

/** Table 二 as given to a builder: any row or field may be omitted (it is then 0). */
export type ActiveDisclosureInit<T extends TemplateVersion> = {
  readonly [R in DisclosureRowKey<T>]?: {
    readonly [F in DisclosureFieldKey<T, R>]?: CellInput<ActiveDisclosure<T>[R][F]>;
  };
};

/**
 * Table 三 as given to a builder. Only the leaf cells are needed (the applicant columns of 一, 二,
 * every result leaf and 四); an omitted cell is 0. Totals (the 总计 column, （七）总计) may be given:
 * they are checked against the derived ones and never override them.
 */
export type ApplicationsInit<T extends TemplateVersion> = {
  readonly [R in RowKey<T>]?: { readonly [C in ColumnKey]?: number };
};

/** Table 四 as given to a builder: outcomes per group; a given 总计 is checked, not taken. */
export type ReviewsAndLitigationInit = {
  readonly [G in ReviewGroupKey]?: { readonly [C in ReviewColumnKey]?: number };
};

/** Keys of the text sections of a report (`preamble`, `overview`, …), read off the model. */
export type TextSectionKey = {
  [K in keyof ReportOf<"2021">]-?: string extends NonNullable<ReportOf<"2021">[K]> ? K : never;
}[keyof ReportOf<"2021">];

/** What `createReport` takes: the numbers and texts an office knows. */
export interface ReportInit<T extends TemplateVersion> {
  /** The template version; fixes which rows and fields the tables have. */
  readonly template: T;
  /** The reporting year. */
  readonly year: number | null;
  /** The agency, by name or as `{ name }`. */
  readonly agency: string | { readonly name: string | null };
  readonly meta?: ReportMeta | undefined;
  readonly preamble?: string | undefined;
  readonly overview?: string | undefined;
  readonly activeDisclosure?: ActiveDisclosureInit<T> | undefined;
  readonly applications?: ApplicationsInit<T> | undefined;
  readonly reviewsAndLitigation?: ReviewsAndLitigationInit | undefined;
  readonly problemsAndImprovements?: string | undefined;
  readonly otherMatters?: string | undefined;
}

/** Options of the builders: `locale` and `severity`. */
export interface BuildOptions extends CommonOptions {}

/**
 * What the builders return: a frozen report and what was kept out of it, located. `ok` is true
 * when the report is complete (every cell of the three tables a number) and no finding is an
 * `error`; then `report` is a {@link CompleteReportOf} and needs no `?.`. Otherwise `report` may
 * lack cells that were kept out, or be `undefined` when the input was not a report init at all
 * (possible only for untyped callers).
 */
export type BuildResult<T extends TemplateVersion> = T extends TemplateVersion
  ?
      | {
          readonly ok: true;
          readonly report: CompleteReportOf<T>;
          readonly findings: readonly Finding[];
        }
      | {
          readonly ok: false;
          readonly report: ReportOf<T> | undefined;
          readonly findings: readonly Finding[];
        }
  : never;

type ApplicationRows<T extends TemplateVersion> = RegistryOf<T>["applications"]["rows"][number];

/** Key of the row 四、结转下年度继续办理: where an application still pending at year end is counted. */
export type CarriedForwardKey<T extends TemplateVersion> = Extract<
  ApplicationRows<T>,
  { readonly role: "carriedForward" }
>["key"];

/** Where an application ends up at year end: a result leaf, or carried forward. */
export type ApplicationOutcome<T extends TemplateVersion> = ResultRowKey<T> | CarriedForwardKey<T>;

/** Keys of the outcome columns of table 四 (every column but 总计). */
export type ReviewOutcomeKey = Extract<
  RegistryOf<"2021">["reviewsAndLitigation"]["columns"][number],
  { readonly role: "outcome" }
>["key"];

/** One application as an app counts it. */
export interface ApplicationCase<T extends TemplateVersion> {
  readonly applicant: ApplicantKey;
  /** Where it ended up at year end; `carriedForward` while still pending. */
  readonly outcome: ApplicationOutcome<T>;
}

/** One application as received. */
export interface ReceivedApplication {
  readonly applicant: ApplicantKey;
  /** Whether it was received last year and carried over (二) rather than received this year (一). */
  readonly carriedOver?: boolean;
}
