/**
 * Names a path into the canonical JSON in words, with the registry's Chinese labels, so that a
 * finding says where it is in terms a reader of the published report recognises.
 *
 * @module
 */
import { sections } from "../templates/common.js";
import { pageFields } from "../templates/page.js";
import { templateDefinition, templateVersions } from "../templates/registry.js";
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

/** A table's row labels by key, each row with the labels of its columns by key. */
type RowLabels = ReadonlyMap<string, { readonly label: string; readonly columns: ColumnLabels }>;
type ColumnLabels = ReadonlyMap<string, string>;

/** What {@link labelsOf} reads of one template: its section headings and its tables' labels. */
interface TemplateLabels {
  readonly sections: ReadonlyMap<string, string>;
  readonly tables: ReadonlyMap<string, RowLabels>;
}

/** A map of the first entry of each key (as `find` returns the first match). */
function firstByKey<T, V>(items: readonly T[], key: (item: T) => string, value: (item: T) => V) {
  const map = new Map<string, V>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), value(item));
  return map;
}

/**
 * The labels of a template by key, made once at load: every finding is located by them, and a
 * search of the registry's lists per finding cost more than wording it.
 */
function templateLabels(version: TemplateVersion): TemplateLabels {
  const definition = templateDefinition(version);
  const { activeDisclosure, applications, reviewsAndLitigation } = definition;
  // Table 二: a row's columns are its sub-table's (the first sub-table that has the row).
  const disclosureRows = new Map<string, { label: string; columns: ColumnLabels }>();
  for (const group of activeDisclosure.groups) {
    const columns = firstByKey(
      group.columns,
      (c) => c.key,
      (c) => c.label,
    );
    for (const row of group.rows) {
      if (!disclosureRows.has(row.key)) disclosureRows.set(row.key, { label: row.label, columns });
    }
  }
  const applicationColumns = firstByKey(
    applications.columns,
    (c) => c.key,
    (c) => c.label,
  );
  const reviewColumns = firstByKey(
    reviewsAndLitigation.columns,
    (c) => c.key,
    (c) => c.label,
  );
  return {
    sections: firstByKey(
      definition.sections,
      (s) => s.key,
      (s) => s.heading,
    ),
    tables: new Map<string, RowLabels>([
      ["activeDisclosure", disclosureRows],
      [
        "applications",
        firstByKey(
          applications.rows,
          (r) => r.key,
          (r) => ({ label: r.label, columns: applicationColumns }),
        ),
      ],
      [
        "reviewsAndLitigation",
        firstByKey(
          reviewsAndLitigation.groups,
          (g) => g.key,
          (g) => {
            const header = reviewsAndLitigation.headers.find((h) => h.key === g.header);
            const label = header ? `${header.label}·${g.label}` : g.label;
            return { label, columns: reviewColumns };
          },
        ),
      ],
    ]),
  };
}

const LABELS = new Map(templateVersions.map((version) => [version, templateLabels(version)]));

function labelsOf(path: Path, version: TemplateVersion): Labels {
  const known = LABELS.get(version)!;
  const [sectionKey, rowKey, columnKey] = path;
  const labels: Labels = {};
  const section = known.sections.get(sectionKey as string);
  if (section !== undefined) labels.section = section;
  const row = known.tables.get(sectionKey as string)?.get(rowKey as string);
  if (row) {
    labels.row = row.label;
    const column = row.columns.get(columnKey as string);
    if (column !== undefined) labels.column = column;
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
  if (labels.row === undefined) {
    if (labels.section !== undefined && path.length === 1) return labels.section;
    const raw = path.map(String).join(".");
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
