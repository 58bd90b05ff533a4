/**
 * The page fields of a published report: the 信息公开目录 property table above the text
 * (format-spec §11), the same for both templates. Written once here: the renderers print them
 * under the title, the reader finds them in the front of a page, and findings name them.
 *
 * @module
 */

/** One page field: its key in `meta`, its printed label and the label variants seen on pages. */
export interface PageField {
  readonly key: "title" | "publisher" | "publishedOn" | "indexNumber" | "documentNumber";
  /** The label as printed (the renderers print this one). */
  readonly label: string;
  /** Other printed labels of the same field. */
  readonly variants: readonly string[];
  /** The field's name in English messages. */
  readonly en: string;
}

/** The page fields in canonical order; `title` is the report's own title line, not a label. */
export const pageFields = [
  { key: "title", label: "标题", variants: ["名称"], en: "title" },
  { key: "publisher", label: "发布机构", variants: [], en: "publisher" },
  {
    key: "publishedOn",
    label: "发布日期",
    variants: ["发布时间", "公开日期"],
    en: "publication date",
  },
  { key: "indexNumber", label: "索引号", variants: [], en: "index number" },
  { key: "documentNumber", label: "文号", variants: [], en: "document number" },
] as const satisfies readonly PageField[];

/** The end of every report's title, after the agency and the year. */
export const TITLE_SUFFIX = "年政府信息公开工作年度报告";

/**
 * Where a report states its year, besides the title: the start of the statistical period
 * (`统计期限为2022年1月1日至12月31日`) and the report named in a sentence
 * (`现公布我局2022年度政府信息公开工作年度报告`); and a year written in a title. The readers and
 * `detectTemplate` use these, so that they agree on what counts as a stated year.
 */
export const yearPatterns = {
  periodStart: /(20\d{2})\s*年\s*0?1\s*月\s*0?1\s*日/,
  // Global, for `matchAll` (which works on a copy); never call `exec` on it.
  reportNamed: /(20\d{2})\s*年度?政府信息公开工作年度报告/g,
  /**
   * The year's work named in a sentence before the tables (`汇报我镇2023年政府信息公开工作`,
   * `现将我局2021年政府信息公开工作报告如下`). Global, for `matchAll`.
   */
  workNamed: /(20\d{2})\s*年度?政府信息公开工作/g,
  /**
   * The year's disclosure named as a state of things the report goes on to give, in one clause
   * (`现将我局2020年度政府信息公开情况报告如下`), also with next year's plan after it
   * (`现将我局2024年政府信息公开情况及2025年工作计划报告如下`: the year before 情况). Only so: an
   * introduction may name another year's
   * 政府信息公开情况 (`根据…关于2019年度政府信息公开情况的通报`, `为做好2025年政府信息公开情况统计`).
   * Global, for `matchAll`.
   */
  situationNamed:
    /现将[^，。,；;：:]{0,30}?(20\d{2})\s*年度?政府信息公开(?:工作)?情况(?:及[^，。,；;：:]{0,20}?)?(?:报告|公布|汇报)如下/g,
  /** A page's heading calling the report its year's 年报 (`2020年报_审计局`, `2020年信息公开年报`). */
  annualReport: /(20\d{2})\s*年(?:度?(?:政府)?信息公开(?:工作)?年)?报/,
  inTitle: /(20\d{2})\s*年(?:度)?/,
  /**
   * A year opening a line of 一、总体情况: `2019年，我局…`, its first line or a later one under
   * a sub-heading (`（二）扎实开展…` / `2019年，我局按照…`); not a span from an earlier year
   * (`2018年以来，我局…`, `2022年起`) nor a line planning that year's work (`2022年，我局将继续…`),
   * as in {@link yearPatterns.subheadedOpening}: the search goes on to the next line. Multiline:
   * `exec` from the start only.
   */
  opening: /^[ \t　]*(20\d{2})\s*年(?!以来|起)(?![^。\n]*将(?:继续|进一步|持续|不断))/m,
  /**
   * A year opening the sentence after a sub-heading that opens a line of 一、总体情况
   * (`（一）主动公开情况。2024年，我局共主动公开…`, `1.主动公开政府信息。2021年，我局…`), or opening the
   * line after a sub-heading printed as a line of its own (`（二）政府信息依申请公开情况` /
   * `2019年度街道受理…`). Not a decimal opening a line (`12.5万元`), nor a span from an earlier year
   * (`2018年以来`, `2022年起`), nor a sentence planning that year's work (`2022年，我局将继续…`).
   * Global and multiline, for `matchAll`.
   */
  subheadedOpening:
    /^[ \t　]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d))[^。\n]{0,30}(?:。[ \t　]*|[ \t　]*\n\s*)(20\d{2})\s*年(?!以来|起)(?![^。\n]*将(?:继续|进一步|持续|不断))/gm,
  /**
   * A year opening a sentence, then a comma (`…确保各项工作在阳光下运行。2019年，文登区住建局共主动
   * 公开…`): the year whose work the sentence tells; not `2018年以来，` (a span from an earlier year),
   * nor a sentence planning that year's work (`2022年，我局将继续…`). Global, for `matchAll`.
   */
  sentenceOpening: /。[ \t　]*(20\d{2})\s*年度?[，,](?![^。\n]*将(?:继续|进一步|持续|不断))/g,
  /**
   * The end of the year whose work the overview counts (`截止2024年12月31日，本局…主动公开…`),
   * before the tables. Global, for `matchAll`.
   */
  yearEnd: /截[止至]\s*(20\d{2})\s*年\s*12\s*月\s*31\s*日/g,
} as const;
