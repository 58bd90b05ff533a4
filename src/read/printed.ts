/**
 * The columns a table-二 sub-table prints, read from the header words after its caption: the
 * header decides which columns the rows hold, so that a sub-table printed in the other template's
 * layout (a 2022 report with 本年新制作数量 / 本年新公开数量 / 对外公开总数量) is read by its own
 * headers and never into this template's columns of another meaning.
 *
 * @module
 */
import { disclosureLabelHeader } from "../templates/common.js";
import { templateDefinition } from "../templates/registry.js";
import type { ColumnDefinition, TemplateVersion } from "../templates/types.js";
import { type Meter, tick } from "../text/meter.js";
import { matchKey } from "../text/normalize.js";

/** A column as printed: its definition and the template it comes from. */
export interface PrintedColumn {
  readonly column: ColumnDefinition;
  readonly template: TemplateVersion;
  /**
   * The words printed over this template's column in its place, naming something else
   * (`本年数量` where 本年增/减 stands): the column is read by position, and its values are not this
   * column's.
   */
  readonly renamed?: string;
}

/** The label column's header (`信息内容`) as a key. */
const LABEL_HEADER = matchKey(disclosureLabelHeader);

interface Occurrence extends PrintedColumn {
  readonly start: number;
  readonly end: number;
}

/**
 * The columns named in `headerKey` (the match key of the words between a caption and the first
 * row), in printed order, for the sub-table `group`: each header word matched against the
 * sub-table's columns in this report's template and then in the other one, the longest label
 * winning where two overlap (`本年处理决定数量` holds `处理决定数量`). `undefined` when the words
 * name no column, or exactly this template's columns (nothing to change).
 *
 * @example
 * ```ts
 * printedColumns("信息内容处理决定数量", "article20Item5", "2021")?.map((p) => p.column.key); // ['decisions']
 * printedColumns("信息内容本年处理决定数量", "article20Item5", "2021"); // undefined
 * ```
 */
export function printedColumns(
  headerKey: string,
  group: string,
  version: TemplateVersion,
  meter?: Meter,
): readonly PrintedColumn[] | undefined {
  // A year printed inside a header (`本年(2023)制发件数`, `上一年项目数量(指2019年事项数)`) is no word
  // of any label: without it the label is found whole.
  headerKey = headerKey.replace(PRINTED_YEAR, "");
  const own = templateDefinition(version).activeDisclosure.groups.find((g) => g.key === group);
  // Longest first, this template first on a tie (the labels are in that order): each label found
  // that overlaps none taken is taken.
  const taken: Occurrence[] = [];
  for (const { column, template, key } of labelsOf(own, group, version)) {
    const start = headerKey.indexOf(key);
    // One search of the header words per label (a sub-table has a handful), and the look at
    // those taken.
    tick(meter, 1 + headerKey.length + taken.length);
    if (start === -1) continue;
    const end = start + key.length;
    if (taken.some((t) => start < t.end && t.start < end)) continue;
    taken.push({ column, template, start, end });
  }
  // In printed order (most headers print it already).
  if (!inOrder(taken)) taken.sort((a, b) => a.start - b.start);
  if (taken.length === 0) return undefined;
  const same =
    own !== undefined &&
    taken.length === own.columns.length &&
    taken.every((t, i) => t.template === version && t.column.key === own.columns[i]!.key);
  if (same || (own !== undefined && ownCutShort(headerKey, taken, own.columns, version, meter))) {
    return undefined;
  }
  const renamed = own && ownRenamed(headerKey, taken, own.columns, version, meter);
  if (renamed) {
    return own.columns.map((column) => {
      const words = renamed.get(column.key);
      return { column, template: version, ...(words !== undefined && { renamed: words }) };
    });
  }
  return taken.map(({ column, template }) => ({ column, template }));
}

/** A year in header words' key (`本年2023制发件数`): no label holds digits. */
const PRINTED_YEAR = /(?:19|20)\d\d/g;

/**
 * This template's columns with one header printed as other words, each where a column of its own
 * stands (`上一年项目数量 | 本年数量 | 处理决定数量`): every column matched is this template's, in
 * its order, and the words between two matched columns (or before the first, after the last) are
 * non-empty exactly where one column of this template is missing, and stand for it. The words
 * kept per column so missing; `undefined` when the header is not so. Several missing columns in
 * one stretch of words are not told apart, and no header of none matched is this template's.
 */
function ownRenamed(
  headerKey: string,
  taken: readonly Occurrence[],
  columns: readonly ColumnDefinition[],
  version: TemplateVersion,
  meter?: Meter,
): ReadonlyMap<string, string> | undefined {
  // A handful of columns and the header's words, each looked at once.
  tick(meter, 1 + columns.length + headerKey.length);
  if (taken.length === 0 || taken.length >= columns.length) return undefined;
  if (taken.some((t) => t.template !== version)) return undefined;
  const keys = columns.map((column) => column.key);
  const positions = taken.map((t) => keys.indexOf(t.column.key));
  if (positions.some((at, i) => at === -1 || (i > 0 && at <= positions[i - 1]!))) return undefined;
  const start = headerKey.startsWith(LABEL_HEADER) ? LABEL_HEADER.length : 0;
  const renamed = new Map<string, string>();
  // The stretches of words: before the first column matched, between two, after the last.
  for (let gap = 0; gap <= taken.length; gap++) {
    const from = gap === 0 ? start : taken[gap - 1]!.end;
    const to = gap === taken.length ? headerKey.length : taken[gap]!.start;
    const words = headerKey.slice(from, Math.max(from, to));
    const first = gap === 0 ? 0 : positions[gap - 1]! + 1;
    const missing = (gap === taken.length ? columns.length : positions[gap]!) - first;
    if ((words === "") !== (missing === 0) || missing > 1) return undefined;
    if (missing === 1) renamed.set(keys[first]!, words);
  }
  return renamed;
}

/** A column label to look for in a header: its key, its column, the template it comes from. */
interface Label extends PrintedColumn {
  readonly key: string;
}

/**
 * Each sub-table's column labels in both templates (this one's first), made once per sub-table
 * of the registry and kept, longest first (a stable sort: this template's first on a tie). A
 * header's labels are then taken in this order, without a sort at every header.
 */
const LABELS = new WeakMap<object, readonly Label[]>();

function labelsOf(
  own: object | undefined,
  group: string,
  version: TemplateVersion,
): readonly Label[] {
  let labels = own && LABELS.get(own);
  if (labels === undefined) {
    const all: Label[] = [];
    for (const template of [version, version === "2019" ? "2021" : "2019"] as const) {
      const definition = templateDefinition(template).activeDisclosure.groups.find(
        (g) => g.key === group,
      );
      for (const column of definition?.columns ?? []) {
        for (const label of [column.label, ...column.variants]) {
          const key = matchKey(label);
          if (key !== "") all.push({ column, template, key });
        }
      }
    }
    labels = all.sort((a, b) => b.key.length - a.key.length);
    if (own) LABELS.set(own, labels);
  }
  return labels;
}

/** Whether the occurrences are in printed order already. */
function inOrder(taken: readonly Occurrence[]): boolean {
  for (let i = 1; i < taken.length; i++) if (taken[i - 1]!.start > taken[i]!.start) return false;
  return true;
}

/**
 * Key characters a cut-short header keeps at least to stand for a missing column. Fewer than a
 * label matched alone needs (gridmap's four): here the words must also be the beginnings of the
 * missing columns, in their order, with nothing left over.
 */
const SHORTEST_BEGINNING = 2;

/**
 * Whether the header words are this template's columns, some of them cut short in the copy
 * (`本年新 | 本年新 | 对外公开总数量`): every column matched is this template's, in its order, and
 * the words left over, after the label column's `信息内容`, are the beginnings of the columns not
 * matched, in their order, one each. Then the sub-table prints this template's layout.
 */
function ownCutShort(
  headerKey: string,
  taken: readonly Occurrence[],
  columns: readonly ColumnDefinition[],
  version: TemplateVersion,
  meter?: Meter,
): boolean {
  if (taken.some((t) => t.template !== version)) return false;
  const keys = columns.map((column) => column.key);
  const positions = taken.map((t) => keys.indexOf(t.column.key));
  if (positions.some((at, i) => at === -1 || (i > 0 && at <= positions[i - 1]!))) return false;
  // The header words without the columns matched, and without the label column's header.
  let rest = "";
  let from = 0;
  for (const t of taken) {
    rest += headerKey.slice(from, t.start);
    from = t.end;
  }
  rest += headerKey.slice(from);
  if (rest.startsWith(LABEL_HEADER)) rest = rest.slice(LABEL_HEADER.length);
  // A handful of columns, each label read once against the words left.
  tick(meter, 1 + rest.length * columns.length);
  for (const column of columns) {
    if (taken.some((t) => t.column.key === column.key)) continue;
    const full = matchKey(column.label);
    let length = 0;
    while (length < full.length && rest[length] === full[length]) length++;
    if (length < SHORTEST_BEGINNING) return false;
    rest = rest.slice(length);
    const others = columns.filter((c) => c !== column).map((c) => matchKey(c.label));
    rest = rest.slice(droppedInside(full, length, rest, others));
  }
  return rest === "";
}

/**
 * How many characters of `rest` are the end of the label `full` after a run dropped inside it
 * (`对外公开数量`: 对外公开总数量 without 总): the longest ending of the label past its `begun`
 * characters and at least one dropped, of {@link SHORTEST_BEGINNING} characters or more, that
 * `rest` starts with, else such a piece cut at its end as well (the next column's words following),
 * after the shortest run dropped; 0 when none. Also 0 when the word so read fits one of the `others` labels as
 * well (`本年件数`: 本年制发件数 or 本年废止件数 with two dropped): the run dropped held the only words
 * telling the columns apart, and the header no longer names this one.
 *
 * @example
 * ```ts
 * droppedInside("对外公开总数量", 4, "数量", ["本年新制作数量"]); // 2
 * droppedInside("本年新制作数量", 3, "本年新", []); // 0
 * droppedInside("本年废止件数", 2, "件数", ["本年制发件数"]); // 0
 * droppedInside("本年制发件数", 2, "发件现行有效件", ["本年废止件数", "现行有效件数"]); // 2
 * ```
 */
function droppedInside(
  full: string,
  begun: number,
  rest: string,
  others: readonly string[],
): number {
  const beginning = full.slice(0, begun);
  for (let from = begun + 1; full.length - from >= SHORTEST_BEGINNING; from++) {
    const ending = full.slice(from);
    if (!rest.startsWith(ending)) continue;
    const fitsAnother = others.some(
      (other) =>
        other.length > begun + ending.length &&
        other.startsWith(beginning) &&
        other.endsWith(ending),
    );
    return fitsAnother ? 0 : ending.length;
  }
  // The word past the run dropped may be cut at its end too (`本年发件`: 本年制发件数 without 制 and
  // 数), the next column's words following: the piece after the shortest run dropped, of
  // SHORTEST_BEGINNING characters or more, unless another label holds it after the same beginning.
  for (let from = begun + 1; full.length - from > SHORTEST_BEGINNING; from++) {
    let length = 0;
    while (from + length < full.length && rest[length] === full[from + length]) length++;
    if (length < SHORTEST_BEGINNING) continue;
    const piece = full.slice(from, from + length);
    const fitsAnother = others.some(
      (other) => other.startsWith(beginning) && other.indexOf(piece, begun + 1) !== -1,
    );
    return fitsAnother ? 0 : length;
  }
  return 0;
}

/**
 * Whether a printed layout is this template's first columns, the others' labels printed further on
 * in the sub-table (`later`: its key after the header, to the next caption): the header stopped
 * early, as stream-order text prints it (`信息内容 上一年项目数量 行政处罚 0 本年增/减 0 处理决定数量 0`),
 * and the sub-table prints this template's layout. A layout printing fewer columns names no
 * missing column after its header.
 *
 * @example
 * ```ts
 * const layout = printedColumns("信息内容上一年项目数量", "article20Item6", "2019")!;
 * stoppedEarly(layout, "article20Item6", "2019", "行政处罚0本年增/减0处理决定数量0"); // true
 * stoppedEarly(layout, "article20Item6", "2019", "行政处罚0行政强制0"); // false
 * ```
 */
export function stoppedEarly(
  layout: readonly PrintedColumn[],
  group: string,
  version: TemplateVersion,
  later: string,
  meter?: Meter,
): boolean {
  const own = templateDefinition(version).activeDisclosure.groups.find((g) => g.key === group);
  if (own === undefined || layout.length >= own.columns.length) return false;
  if (!layout.every((p, i) => p.template === version && p.column.key === own.columns[i]!.key)) {
    return false;
  }
  // The missing columns, a handful, each looked for once in the sub-table's key.
  tick(meter, 1 + later.length * (own.columns.length - layout.length));
  return own.columns
    .slice(layout.length)
    .every((column) =>
      [column.label, ...column.variants].some((label) => later.includes(matchKey(label))),
    );
}
