/**
 * Labels of the page fields (信息公开目录 property table, format-spec §11) that the renderers
 * write under the title and the parser reads back. They are not part of either template, so they
 * live here, once, rather than in the registries.
 *
 * @module
 */
import type { Report, ReportMeta } from "../model/report.js";
import { pageFields, TITLE_SUFFIX } from "../templates/page.js";

/** The metadata fields rendered under the title, in order, with their labels (the registry's). */
export const metaLabels = Object.fromEntries(
  pageFields.filter((field) => field.key !== "title").map((field) => [field.key, field.label]),
) as Readonly<Record<Exclude<keyof ReportMeta, "title">, string>>;

/** Separator between a metadata label and its value (full-width colon, as on the pages). */
export const META_SEPARATOR = "：";

/** The end of a title built from the agency and the year when the report carries no title. */
export { TITLE_SUFFIX };

/** A metadata field as rendered: its label and its value. */
export interface MetaEntry {
  readonly key: keyof typeof metaLabels;
  readonly label: string;
  readonly value: string;
}

/**
 * The title a renderer prints: `meta.title`, else `{agency}{year}年政府信息公开工作年度报告`.
 *
 * @example
 * ```ts
 * reportTitle({ ...report, meta: {} }); // '宁晋县大曹庄镇人民政府2022年政府信息公开工作年度报告'
 * ```
 */
export function reportTitle(report: Report): string {
  const title = report.meta?.title;
  if (title !== undefined && title !== null) return title;
  return `${report.agency.name ?? ""}${report.year ?? ""}${TITLE_SUFFIX}`;
}

/**
 * The metadata fields that are present and non-null, in rendering order.
 *
 * @example
 * ```ts
 * metaEntries(report).map((e) => `${e.label}${META_SEPARATOR}${e.value}`);
 * // ['发布机构：大曹庄镇', '发布日期：2023-01-19', '索引号：dczx/1674120257266']
 * ```
 */
export function metaEntries(report: Report): readonly MetaEntry[] {
  const meta = report.meta;
  if (meta === undefined) return [];
  const entries: MetaEntry[] = [];
  for (const key of Object.keys(metaLabels) as (keyof typeof metaLabels)[]) {
    const value = meta[key];
    if (value !== undefined && value !== null) entries.push({ key, label: metaLabels[key], value });
  }
  return entries;
}
