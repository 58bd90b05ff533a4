/**
 * The one accessor of the template registries: lists derived from them, version choice, and the
 * arithmetic identities of each template. Behaviour code reads the format only through here.
 *
 * @module
 */

import { type Meter, tick } from "../text/meter.js";
import { matchKey } from "../text/normalize.js";
import { yearPatterns } from "./page.js";
import type { TemplateDefinition, TemplateVersion } from "./types.js";
import { v2019 } from "./v2019.js";
import { v2021 } from "./v2021.js";

/** The registries of every template version, by version. */
export const templates = { "2019": v2019, "2021": v2021 } as const;

/** Every template version, oldest first. */
export const templateVersions: readonly TemplateVersion[] = ["2019", "2021"];

/**
 * Whether a value is a template version.
 *
 * @example
 * ```ts
 * isTemplateVersion("2021"); // true
 * isTemplateVersion("2030"); // false
 * ```
 */
export function isTemplateVersion(value: unknown): value is TemplateVersion {
  return (templateVersions as readonly unknown[]).includes(value);
}

/**
 * One value per template version, each computed once from its version: the tables that readers,
 * rules and renderers look up by version, derived from the registry rather than spelled out per
 * version (a template added to {@link templateVersions} gets its entry everywhere).
 *
 * @example
 * ```ts
 * const instruments = perTemplate((version) => templateDefinition(version).instrument);
 * instruments["2019"]; // '国办公开办函〔2019〕60号'
 * ```
 */
export function perTemplate<T>(
  of: (version: TemplateVersion) => T,
): Readonly<Record<TemplateVersion, T>> {
  return Object.freeze(
    Object.fromEntries(templateVersions.map((version) => [version, of(version)])),
  ) as Readonly<Record<TemplateVersion, T>>;
}

/** The template versions as a finding's `expected` names them: `"2019" | "2021"`. */
export const TEMPLATE_VERSIONS_TEXT = templateVersions.map((v) => `"${v}"`).join(" | ");

/**
 * The registry of a version, typed as the general {@link TemplateDefinition}.
 *
 * @example
 * ```ts
 * templateDefinition("2021").instrument; // '国办公开办函〔2021〕30号'
 * ```
 */
export function templateDefinition(version: TemplateVersion): TemplateDefinition {
  return templates[version];
}

/**
 * The template a report for `year` must use: 2019–2020 → `'2019'`, 2021 onward → `'2021'`.
 *
 * @param year - The reporting year (statistical period 1 Jan – 31 Dec).
 * @returns The template version, or `undefined` for years before the 2019 format existed.
 * @example
 * ```ts
 * templateFor(2020); // '2019'
 * templateFor(2024); // '2021'
 * templateFor(2017); // undefined
 * ```
 */
export function templateFor(year: number): TemplateVersion | undefined {
  if (!Number.isInteger(year)) return undefined;
  for (const version of templateVersions) {
    const { from, to } = templates[version].years;
    if (year >= from && (to === null || year <= to)) return version;
  }
  return undefined;
}

/**
 * Row keys of table 三 that hold numbers (every role but `heading` and `group`), in order.
 *
 * @example
 * ```ts
 * applicationDataRows("2019").length; // 23
 * applicationDataRows("2021").at(-1); // 'carriedForward'
 * ```
 */
export function applicationDataRows<T extends TemplateVersion>(
  version: T,
): readonly DataRowKey<T>[] {
  const rows: readonly { readonly key: string; readonly role: string }[] =
    templates[version].applications.rows;
  return rows
    .filter((row) => row.role !== "heading" && row.role !== "group")
    .map((row) => row.key as DataRowKey<T>);
}

/**
 * Row keys of the result leaves of table 三 (19 in 2019, 21 in 2021), in order.
 *
 * @example
 * ```ts
 * applicationResultRows("2021").slice(-3); // ['otherOverdueCorrection', 'otherOverdueFee', 'otherReasons']
 * ```
 */
export function applicationResultRows<T extends TemplateVersion>(
  version: T,
): readonly ResultKey<T>[] {
  const rows: readonly { readonly key: string; readonly role: string }[] =
    templates[version].applications.rows;
  return rows.filter((row) => row.role === "result").map((row) => row.key as ResultKey<T>);
}

/**
 * Column keys of table 三 (six applicant types, then 总计).
 *
 * @example
 * ```ts
 * applicationColumns("2021"); // ['naturalPerson', 'commercialEnterprise', …, 'total']
 * ```
 */
export function applicationColumns<T extends TemplateVersion>(
  version: T,
): readonly ColumnKeyOf<T>[] {
  const columns: readonly { readonly key: string }[] = templates[version].applications.columns;
  return columns.map((column) => column.key as ColumnKeyOf<T>);
}

type RowOf<T extends TemplateVersion> = (typeof templates)[T]["applications"]["rows"][number];

/** Row keys of table 三 that hold numbers, as the literal union of the template's registry. */
type DataRowKey<T extends TemplateVersion> = Exclude<
  RowOf<T>,
  { readonly role: "heading" | "group" }
>["key"];

/** Row keys of the result leaves of table 三, as a literal union. */
type ResultKey<T extends TemplateVersion> = Extract<RowOf<T>, { readonly role: "result" }>["key"];

/** Column keys of table 三, as a literal union. */
type ColumnKeyOf<T extends TemplateVersion> =
  (typeof templates)[T]["applications"]["columns"][number]["key"];

/** A label that appears in one template only, as a match key, and how much evidence it is. */
interface Marker {
  readonly key: string;
  /** Index of its template in {@link templateVersions}. */
  readonly version: number;
  /**
   * Its share of evidence: each sub-table of table 二 and each row of table 三 printing labels
   * of one template only counts once, its share split among those labels (2019's （一） has three,
   * 2021's （五） one); a key in several of them (2019's 本年增减 in three sub-tables) has the sum.
   * Integers, the shares scaled by a common multiple, so that sums compare exactly.
   */
  readonly weight: number;
}

/**
 * Labels that appear in one template only: the evidence `detectTemplate` looks for, first the
 * table-二 captions and columns, then the table-三 rows. Derived from the registries, so a new
 * version brings its own markers. A sub-table counts as much as another, whatever its number of
 * columns: a report printing 2019's （一） and 2021's （五）（六）（八） follows 2021 in three sub-tables
 * of four. The text is searched once per distinct key.
 */
function distinctiveLabels(): readonly (readonly Marker[])[] {
  // As match keys, each label's key made once: the parser looks for them in every text it reads,
  // and this runs at module load in every process and worker thread that reads (comparing keys
  // made afresh for every pair of labels cost more than the rest of loading the registry).
  // Per template, its units of evidence, each a list of label keys: the sub-tables of table 二
  // (caption and columns), then each row of table 三.
  const unitsOf = (version: TemplateVersion) => {
    const definition = templates[version];
    return [
      definition.activeDisclosure.groups.map((group) =>
        [group.label, ...group.columns.map((column) => column.label)].map((label) =>
          matchKey(label),
        ),
      ),
      definition.applications.rows.map((row) => [matchKey(row.label)]),
    ];
  };
  const all = templateVersions.map(unitsOf);
  return [0, 1].map((pick) => {
    // Found by substring, a key is evidence only when no other template prints it, alone or
    // inside a longer label: 2019's 处理决定数量 is found in every 2021 本年处理决定数量.
    const elsewhere = (key: string, version: number) =>
      all.some(
        (other, index) =>
          index !== version &&
          other[pick]!.some((unit) => unit.some((label) => label.includes(key))),
      );
    const units = all
      .flatMap((perVersion, version) =>
        perVersion[pick]!.map((unit) => ({
          version,
          keys: unit.filter((key) => !elsewhere(key, version)),
        })),
      )
      .filter((unit) => unit.keys.length > 0);
    const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
    const scale = units.reduce(
      (lcm, unit) => (lcm * unit.keys.length) / gcd(lcm, unit.keys.length),
      1,
    );
    const markers: Marker[] = [];
    for (const { version, keys } of units) {
      for (const key of keys) {
        const share = scale / keys.length;
        const known = markers.findIndex((marker) => marker.key === key);
        if (known === -1) markers.push({ key, version, weight: share });
        else markers[known] = { key, version, weight: markers[known]!.weight + share };
      }
    }
    return Object.freeze(markers.map((marker) => Object.freeze(marker)));
  });
}

const markers = Object.freeze(distinctiveLabels());

/**
 * Detects the template a published text follows: by the column headers of table 二, then by the
 * （六） rows of table 三, then by the reporting year found in the text (format-spec §3).
 *
 * @param text - Report text, in any rendering.
 * @returns The version, or `undefined` when the text gives no evidence at all.
 * @example
 * ```ts
 * detectTemplate("第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数"); // '2021'
 * detectTemplate("信息内容 本年新制作数量 本年新公开数量 对外公开总数量"); // '2019'
 * detectTemplate("某镇2020年政府信息公开工作年度报告"); // '2019'
 * ```
 */
export function detectTemplate(text: string): TemplateVersion | undefined {
  const byLabels = detectTemplateByLabels(text);
  if (byLabels) return byLabels;
  const year = yearPatterns.inTitle.exec(text.normalize("NFKC"));
  return year ? templateFor(Number(year[1])) : undefined;
}

/**
 * The template a text's labels point to (table-二 columns and captions, then the （六） rows of
 * table 三), without the year fallback of {@link detectTemplate}: the parser prefers the year it
 * reads from the title to the first year mentioned anywhere.
 *
 * @example
 * ```ts
 * detectTemplateByLabels("信息内容 本年新制作数量 本年新公开数量"); // '2019'
 * detectTemplateByLabels("某镇2020年政府信息公开工作年度报告"); // undefined
 * ```
 */
export function detectTemplateByLabels(text: string): TemplateVersion | undefined {
  return detectTemplateByKey(matchKey(text));
}

/**
 * {@link detectTemplateByLabels} on text already reduced by `matchKey` (the parser has that key
 * at hand and need not compute it twice).
 *
 * @example
 * ```ts
 * detectTemplateByKey("信息内容本年制发件数本年废止件数现行有效件数"); // '2021'
 * ```
 */
export function detectTemplateByKey(key: string, meter?: Meter): TemplateVersion | undefined {
  for (const list of markers) {
    const hits = templateVersions.map(() => 0);
    for (const marker of list) {
      // A search of the whole key per distinct marker (a fixed number of markers).
      tick(meter, key.length);
      if (key.includes(marker.key)) hits[marker.version] = hits[marker.version]! + marker.weight;
    }
    let best = 0;
    let winner = -1;
    for (let version = 0; version < hits.length; version++) {
      if (hits[version]! > best) {
        best = hits[version]!;
        winner = version;
      } else if (hits[version] === best) winner = -1;
    }
    if (winner !== -1) return templateVersions[winner];
  }
  return undefined;
}
