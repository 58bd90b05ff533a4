/**
 * `compare`: an agency's report against its previous one, cell by cell, across a template change.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { ruleCatalogue } from "../findings/catalogue.js";
import { type RuleCode, ruleCodes } from "../findings/codes.js";
import { type Finding, isOk, localizeFindings } from "../findings/finding.js";
import { type CommonOptions, readOptions } from "../findings/options.js";
import type { Cell } from "../model/cell.js";
import { Money } from "../model/decimal.js";
import { deepFreeze } from "../model/freeze.js";
import { snapshot } from "../model/input.js";
import type { Report } from "../model/report.js";
import { validate } from "../rules/validate.js";
import type { CellPath } from "../templates/identities.js";
import { type TableKey, tableLayout } from "../templates/layout.js";
import { isTemplateVersion, templateDefinition } from "../templates/registry.js";
import type {
  ApplicationRowDefinition,
  CellKind,
  ColumnDefinition,
  TemplateVersion,
} from "../templates/types.js";
import { type CellState, cellOf, cellState, field } from "./cells.js";

/** Options of {@link compare}: how the cross-year findings are worded. */
export interface CompareOptions extends CommonOptions {}

/** The codes of the rules that read last year's report (the catalogue's `needsPrevious`). */
const CROSS_YEAR: readonly RuleCode[] = ruleCodes.filter(
  (code) => ruleCatalogue[code].needsPrevious,
);

/** One cell of both years. */
export interface CellChange {
  readonly table: TableKey;
  /** The row key in the current report's template (for a row split between templates, the group's key). */
  readonly row: string;
  readonly column: string;
  /** The previous report's cells this one stands for (several when they are summed). */
  readonly previousPaths: readonly CellPath[];
  /** The current report's cells this one stands for (several when they are summed). */
  readonly currentPaths: readonly CellPath[];
  /** Last year's value: a number, a `Decimal`, `null` (blank), a mark, or `undefined` (absent). */
  readonly previous: Cell | undefined;
  /** This year's value, the same way. */
  readonly current: Cell | undefined;
  /** `current − previous` when both are numbers (a `Decimal` for money), else `null`. */
  readonly change: number | Decimal | null;
}

/** Which report a side of the comparison is. */
export interface ComparedReport {
  readonly template: TemplateVersion | null;
  readonly year: number | null;
  readonly agency: string | null;
}

/** What {@link compare} returns. */
export interface Comparison {
  /** False iff a finding is an `error` (after severity overrides). */
  readonly ok: boolean;
  readonly previous: ComparedReport;
  readonly current: ComparedReport;
  /** Every cell the two templates share, in the current template's order. */
  readonly cells: readonly CellChange[];
  /**
   * The cross-year findings of `validate(current, { previous })` (CARRY_OVER, STOCK_FLOW,
   * ITEM_COUNT_FLOW, REPEATED_TEXT): paths into the current report, last year's cells in
   * `related` under `["previous", …]`. Empty unless `previous.year` is `current.year − 1`.
   */
  readonly findings: readonly Finding[];
}

/** Rows of the two templates that stand for the same figure. */
interface RowPair {
  readonly table: TableKey;
  readonly row: string;
  readonly previousRows: readonly string[];
  readonly currentRows: readonly string[];
  readonly columns: readonly ColumnDefinition[];
}

const holdsNumbers = (row: ApplicationRowDefinition) =>
  row.role !== "heading" && row.role !== "group";

function childrenOf(rows: readonly ApplicationRowDefinition[], group: string): string[] {
  return rows.filter((r) => r.parent === group && holdsNumbers(r)).map((r) => r.key);
}

/**
 * The rows of table 三 paired across templates: the same key in both, or a leaf of one template
 * whose label is a group of the other — the （六）其他处理 row of 2019, split in three in 2021 —
 * paired with the sum of the group's leaves.
 */
function applicationPairs(before: TemplateVersion, after: TemplateVersion): RowPair[] {
  const old = templateDefinition(before).applications.rows;
  const now = templateDefinition(after).applications;
  const pairs: RowPair[] = [];
  const add = (row: string, previousRows: string[], currentRows: string[]) =>
    pairs.push({ table: "applications", row, previousRows, currentRows, columns: now.columns });
  for (const row of now.rows) {
    const same = old.find((r) => r.key === row.key && holdsNumbers(r));
    if (holdsNumbers(row) && same) add(row.key, [row.key], [row.key]);
    else if (row.role === "group") {
      const leaf = old.find((r) => holdsNumbers(r) && r.label === row.label);
      if (leaf) add(row.key, [leaf.key], childrenOf(now.rows, row.key));
    } else if (holdsNumbers(row)) {
      const group = old.find((r) => r.role === "group" && r.label === row.label);
      if (group) add(row.key, childrenOf(old, group.key), [row.key]);
    }
  }
  return pairs;
}

/** Rows of tables 二 and 四 paired by key, with the columns both templates give them. */
function keyedPairs(table: TableKey, before: TemplateVersion, after: TemplateVersion): RowPair[] {
  const old = tableLayout(before).find((t) => t.key === table)!.rows;
  const now = tableLayout(after).find((t) => t.key === table)!.rows;
  return now.flatMap((row) => {
    const same = old.find((r) => r.key === row.key);
    if (same === undefined) return [];
    const columns = row.columns.filter((c) =>
      same.columns.some((o) => o.key === c.key && o.kind === c.kind),
    );
    return columns.length === 0
      ? []
      : [{ table, row: row.key, previousRows: [row.key], currentRows: [row.key], columns }];
  });
}

/** The value of several cells read as one: their sum when all are numbers, else the first other. */
function combined(report: unknown, paths: readonly CellPath[], kind: CellKind): CellState {
  const states = paths.map((path) => cellState(report, path, kind));
  const other = states.find((s) => s.state !== "number" && s.state !== "money");
  if (other !== undefined || states.length === 1) return other ?? states[0]!;
  if (kind === "money") {
    let total = new Money(0);
    for (const s of states) if (s.state === "money") total = total.plus(new Money(s.value));
    return { state: "money", value: new Decimal(total) };
  }
  const value = states.reduce((sum, s) => sum + (s.state === "number" ? s.value : 0), 0);
  return { state: "number", value };
}

function changeOf(before: CellState, after: CellState): number | Decimal | null {
  if (before.state === "number" && after.state === "number") return after.value - before.value;
  if (before.state === "money" && after.state === "money") {
    return new Decimal(new Money(after.value).minus(new Money(before.value)));
  }
  return null;
}

function describe(report: unknown): ComparedReport {
  const template = field(report, "template");
  const year = field(report, "year");
  const name = field(field(report, "agency"), "name");
  return {
    template: isTemplateVersion(template) ? template : null,
    year: typeof year === "number" && Number.isSafeInteger(year) ? year : null,
    agency: typeof name === "string" ? name : null,
  };
}

/**
 * Compares an agency's report with its previous one, cell by cell.
 *
 * Every cell of tables 二, 三 and 四 that both templates have (the same row and column keys in
 * both registries) is listed with both values and the change; across the 2019 → 2021 change, the
 * 2019 （六）其他处理 row is compared with the sum of the three 2021 （六） rows. Blank, marked and
 * absent values are kept as such, with change `null`. A report that is not one (no known
 * template) gives no cells. `findings` holds the cross-year rule findings of
 * `validate(current, { previous })`. Never throws.
 *
 * @param previous - Last year's report.
 * @param current - This year's report.
 * @param options - `locale` and `severity` overrides for the findings.
 * @returns The deeply frozen comparison.
 * @example
 * ```ts
 * const { cells } = compare(report2022, report2023);
 * cells.find((c) => c.row === "normativeDocuments" && c.column === "inForce");
 * // { previous: 698, current: 470, change: -228, … }
 * compare(report2022, report2023).findings[0]?.code; // 'STOCK_FLOW' (698 + 77 − 132 ≠ 470)
 * ```
 */
export function compare(
  previous: Report,
  current: Report,
  options: CompareOptions = {},
): Comparison {
  // Snapshots: nothing below meets a getter or a Proxy that throws.
  const previousInput = snapshot(previous);
  const currentInput = snapshot(current);
  const before = describe(previousInput);
  const after = describe(currentInput);
  const cells: CellChange[] = [];
  if (before.template !== null && after.template !== null) {
    const pairs = [
      ...keyedPairs("activeDisclosure", before.template, after.template),
      ...applicationPairs(before.template, after.template),
      ...keyedPairs("reviewsAndLitigation", before.template, after.template),
    ];
    for (const pair of pairs) {
      for (const column of pair.columns) {
        const at = (row: string): CellPath => [pair.table, row, column.key];
        const previousPaths = pair.previousRows.map(at);
        const currentPaths = pair.currentRows.map(at);
        const was = combined(previousInput, previousPaths, column.kind);
        const now = combined(currentInput, currentPaths, column.kind);
        cells.push({
          table: pair.table,
          row: pair.row,
          column: column.key,
          previousPaths,
          currentPaths,
          previous: cellOf(was),
          current: cellOf(now),
          change: changeOf(was, now),
        });
      }
    }
  }
  const read = readOptions(options, []);
  const words = { locale: read.locale, severity: read.severity };
  const findings = [
    ...localizeFindings(read.drafts, words),
    ...validate(currentInput, { previous: previousInput, ...words }).findings.filter((finding) =>
      CROSS_YEAR.includes(finding.code),
    ),
  ];
  return deepFreeze({ ok: isOk(findings), previous: before, current: after, cells, findings });
}
