/**
 * The typed report model, derived from the template registries: a `Report` is discriminated on
 * `template`, and the keys of every table are literal unions read off the registry of that
 * version, so that a row or column the template does not have is a compile error.
 *
 * @module
 */

import type { TemplateVersion } from "../templates/types.js";
import type { v2019 } from "../templates/v2019.js";
import type { v2021 } from "../templates/v2021.js";
import type { CountCell, Mark, MoneyCell } from "./cell.js";

/** The registry type of a version. */
export type RegistryOf<T extends TemplateVersion> = {
  "2019": typeof v2019;
  "2021": typeof v2021;
}[T];

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (
  arg: infer I,
) => void
  ? I
  : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

type CellOf<C> = C extends { readonly kind: "money" } ? MoneyCell : CountCell;

type DisclosureGroups<T extends TemplateVersion> =
  RegistryOf<T>["activeDisclosure"]["groups"][number];

type GroupTable<G> = G extends {
  readonly rows: readonly (infer R extends { readonly key: string })[];
  readonly columns: readonly (infer C extends { readonly key: string })[];
}
  ? { readonly [K in R["key"]]: { readonly [F in C as F["key"]]?: CellOf<F> } }
  : never;

/**
 * Table 二 of a template: one entry per row (规章, 行政许可, …), each with that sub-table's fields.
 * A field is absent when it could not be read; a row object is always present.
 */
export type ActiveDisclosure<T extends TemplateVersion> = Simplify<
  UnionToIntersection<GroupTable<DisclosureGroups<T>>>
>;

/** Row keys of table 二 of a template (`regulations`, `licensing`, …). */
export type DisclosureRowKey<T extends TemplateVersion> = keyof ActiveDisclosure<T> & string;

/** Field keys of one table-二 row. */
export type DisclosureFieldKey<
  T extends TemplateVersion,
  R extends DisclosureRowKey<T>,
> = keyof ActiveDisclosure<T>[R] & string;

type ApplicationRows<T extends TemplateVersion> = RegistryOf<T>["applications"]["rows"][number];

/** Keys of the rows of table 三 that hold numbers (no heading or group rows). */
export type RowKey<T extends TemplateVersion> = Exclude<
  ApplicationRows<T>,
  { readonly role: "heading" | "group" }
>["key"];

/** Keys of the result leaves of table 三. */
export type ResultRowKey<T extends TemplateVersion> = Extract<
  ApplicationRows<T>,
  { readonly role: "result" }
>["key"];

/** Keys of the columns of table 三 (the same in both versions). */
export type ColumnKey = RegistryOf<"2021">["applications"]["columns"][number]["key"];

/** Keys of the applicant columns of table 三 (every column but 总计). */
export type ApplicantKey = Exclude<ColumnKey, "total">;

/** One row of table 三: a cell per column; a cell is absent when it could not be read. */
export type ApplicationRow = { readonly [C in ColumnKey]?: CountCell };

/** Table 三 of a template. */
export type Applications<T extends TemplateVersion> = {
  readonly [R in RowKey<T>]: ApplicationRow;
};

/** Keys of the groups of table 四. */
export type ReviewGroupKey = RegistryOf<"2021">["reviewsAndLitigation"]["groups"][number]["key"];

/** Keys of the columns inside a group of table 四. */
export type ReviewColumnKey = RegistryOf<"2021">["reviewsAndLitigation"]["columns"][number]["key"];

/** One group of table 四. */
export type ReviewGroup = { readonly [C in ReviewColumnKey]?: CountCell };

/** Table 四 (the same in both versions). */
export type ReviewsAndLitigation = { readonly [G in ReviewGroupKey]: ReviewGroup };

/** Metadata as published on the page or in the report; every field optional. */
export interface ReportMeta {
  /** 标题. */
  readonly title?: string | null;
  /** 发布机构. */
  readonly publisher?: string | null;
  /** 发布日期 / 发布时间, ISO `YYYY-MM-DD`. */
  readonly publishedOn?: string | null;
  /** 索引号. */
  readonly indexNumber?: string | null;
  /** 文号. */
  readonly documentNumber?: string | null;
}

/** The agency whose report it is. */
export interface Agency {
  /** Full name, e.g. 宁晋县大曹庄镇人民政府; `null` when the source does not name it. */
  readonly name: string | null;
}

/** A report of one template version. */
export interface ReportOf<T extends TemplateVersion> {
  readonly formatVersion: 1;
  readonly template: T;
  /** The reporting year; `null` when the source does not say. */
  readonly year: number | null;
  readonly agency: Agency;
  readonly meta?: ReportMeta;
  /** Text between the title and 一、总体情况 (legal basis, period, contact), kept verbatim. */
  readonly preamble?: string;
  /** 一、总体情况. */
  readonly overview?: string;
  /** 二、主动公开政府信息情况. */
  readonly activeDisclosure?: ActiveDisclosure<T>;
  /** 三、收到和处理政府信息公开申请情况. */
  readonly applications?: Applications<T>;
  /** 四、政府信息公开行政复议、行政诉讼情况. */
  readonly reviewsAndLitigation?: ReviewsAndLitigation;
  /** 五、存在的主要问题及改进情况. */
  readonly problemsAndImprovements?: string;
  /** 六、其他需要报告的事项. */
  readonly otherMatters?: string;
}

/** A report of the 2019 template (reports for 2019–2020). */
export type Report2019 = ReportOf<"2019">;

/** A report of the 2021 template (reports for 2021 onward). */
export type Report2021 = ReportOf<"2021">;

/** A report of either template, discriminated on `template`. */
export type Report = Report2019 | Report2021;

/** A table with every row and every cell present and numeric (no blank, mark or absent cell). */
type CompleteTable<Table> = {
  readonly [R in keyof Table]-?: {
    readonly [C in keyof Table[R]]-?: Exclude<Table[R][C], null | Mark | undefined>;
  };
};

/**
 * A report of one template with all three tables complete: what the builders and `aggregate`
 * return when they report `ok`, so that `report.applications.newlyReceived.total` needs no `?.`.
 * Assignable to {@link ReportOf}: every function that takes a report takes it.
 */
export type CompleteReportOf<T extends TemplateVersion> = Omit<
  ReportOf<T>,
  "activeDisclosure" | "applications" | "reviewsAndLitigation"
> & {
  readonly activeDisclosure: CompleteTable<ActiveDisclosure<T>>;
  readonly applications: CompleteTable<Applications<T>>;
  readonly reviewsAndLitigation: CompleteTable<ReviewsAndLitigation>;
};

/** A complete report of the given template, or of either (discriminated on `template`). */
export type CompleteReport<T extends TemplateVersion = TemplateVersion> = T extends TemplateVersion
  ? CompleteReportOf<T>
  : never;
