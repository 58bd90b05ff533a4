/**
 * Names a path into the canonical JSON in words, with the registry's Chinese labels, so that a
 * finding says where it is in terms a reader of the published report recognises.
 *
 * @module
 */
import { sections } from "../templates/common.js";
import { pageFields } from "../templates/page.js";
import { templateDefinition } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
import type { Locale } from "./codes.js";

type Path = readonly (string | number)[];

const TABLE_NAMES = {
  activeDisclosure: { zh: "表二", en: "table 二" },
  applications: { zh: "表三", en: "table 三" },
  reviewsAndLitigation: { zh: "表四", en: "table 四" },
} as const;

const META_NAMES: Record<string, { zh: string; en: string }> = Object.fromEntries(
  pageFields.map((field) => [field.key, { zh: field.label, en: field.en }]),
);

const TOP_NAMES: Record<string, { zh: string; en: string }> = {
  template: { zh: "模板版本", en: "template" },
  year: { zh: "报告年度", en: "year" },
  agency: { zh: "机关名称", en: "agency" },
  formatVersion: { zh: "格式版本", en: "format version" },
  preamble: { zh: "前言", en: "preamble" },
};

interface Labels {
  section?: string;
  row?: string;
  column?: string;
}

function labelsOf(path: Path, version: TemplateVersion): Labels {
  const definition = templateDefinition(version);
  const [sectionKey, rowKey, columnKey] = path;
  const section = definition.sections.find((s) => s.key === sectionKey);
  const labels: Labels = {};
  if (section) labels.section = section.heading;
  if (sectionKey === "activeDisclosure") {
    const group = definition.activeDisclosure.groups.find((g) =>
      g.rows.some((r) => r.key === rowKey),
    );
    const row = group?.rows.find((r) => r.key === rowKey);
    const column = group?.columns.find((c) => c.key === columnKey);
    if (row) labels.row = row.label;
    if (column) labels.column = column.label;
  } else if (sectionKey === "applications") {
    const row = definition.applications.rows.find((r) => r.key === rowKey);
    const column = definition.applications.columns.find((c) => c.key === columnKey);
    if (row) labels.row = row.label;
    if (column) labels.column = column.label;
  } else if (sectionKey === "reviewsAndLitigation") {
    const group = definition.reviewsAndLitigation.groups.find((g) => g.key === rowKey);
    const header = definition.reviewsAndLitigation.headers.find((h) => h.key === group?.header);
    const column = definition.reviewsAndLitigation.columns.find((c) => c.key === columnKey);
    if (group) labels.row = header ? `${header.label}·${group.label}` : group.label;
    if (column) labels.column = column.label;
  }
  return labels;
}

/**
 * A located description of a path, e.g. 表三「四、结转下年度继续办理」行「总计」列.
 *
 * @example
 * ```ts
 * describePath(["applications", "carriedForward", "total"], "2021", "zh");
 * // '表三「四、结转下年度继续办理」行「总计」列'
 * ```
 */
export function describePath(
  path: Path,
  version: TemplateVersion | undefined,
  locale: Locale,
): string {
  const [first, second] = path;
  if (path.length === 0) return locale === "zh" ? "报告" : "the report";
  if (first === "meta" && typeof second === "string" && META_NAMES[second]) {
    return META_NAMES[second][locale];
  }
  if (typeof first === "string" && TOP_NAMES[first] && path.length === 1) {
    return TOP_NAMES[first][locale];
  }
  // The six sections are the same in both templates: a section is named without knowing which.
  const section = sections.find((s) => s.key === first);
  if (section !== undefined && path.length === 1) return section.heading;
  const labels = version && typeof first === "string" ? labelsOf(path, version) : {};
  const table =
    typeof first === "string" && first in TABLE_NAMES
      ? TABLE_NAMES[first as keyof typeof TABLE_NAMES][locale]
      : undefined;
  const raw = path.map(String).join(".");
  if (labels.row === undefined) {
    if (labels.section !== undefined && path.length === 1) return labels.section;
    return locale === "zh" ? `「${raw}」` : `"${raw}"`;
  }
  if (locale === "zh") {
    return labels.column !== undefined
      ? `${table}「${labels.row}」行「${labels.column}」列`
      : `${table}「${labels.row}」行`;
  }
  return labels.column !== undefined
    ? `${table}, row ${String(second)} 「${labels.row}」, column ${String(path[2])} 「${labels.column}」`
    : `${table}, row ${String(second)} 「${labels.row}」`;
}
