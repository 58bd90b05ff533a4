/**
 * Canonical JSON (format version 1): `toJSON` writes it with a stable key order (the registry's),
 * `fromJSON` reads it back, never throwing, and reports every value it could not take.
 *
 * @module
 */

import { parseISO } from "date-fns";
import { Decimal } from "decimal.js";
import { type Cell, isMark } from "../model/cell.js";
import { moneyToString, toMoney } from "../model/decimal.js";
import { deepFreeze } from "../model/freeze.js";
import type { Report } from "../model/report.js";
import { cellSchema, DECIMAL_PATTERN, ISO_DATE_PATTERN } from "../model/schema.js";
import type { Locale } from "../rules/codes.js";
import {
  type Finding,
  type FindingDraft,
  type FindingPath,
  localizeFindings,
} from "../rules/finding.js";
import { tableLayout } from "../templates/layout.js";
import { templateFor } from "../templates/registry.js";
import type { CellKind, TemplateVersion } from "../templates/types.js";

/** A JSON value. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/** The canonical JSON of a report: a plain object that `JSON.stringify` writes as is. */
export type ReportJSON = { [key: string]: JsonValue };

const META_KEYS = ["title", "publisher", "publishedOn", "indexNumber", "documentNumber"] as const;
const TEXT_KEYS_BEFORE = ["preamble", "overview"] as const;
const TEXT_KEYS_AFTER = ["problemsAndImprovements", "otherMatters"] as const;

function cellToJSON(value: Cell): JsonValue {
  if (value === null || typeof value === "number") return value;
  if (Decimal.isDecimal(value)) return moneyToString(value);
  return { mark: value.mark };
}

/**
 * The canonical JSON of a report: keys in the registry's order, amounts as decimal strings,
 * blank cells as `null`, marks as `{ "mark": "/" }`. Absent sections and cells stay absent.
 *
 * @param report - A report of either template.
 * @returns A plain JSON object; `JSON.stringify(toJSON(r))` is stable for equal reports.
 * @example
 * ```ts
 * const json = toJSON(report);
 * json.applications.newlyReceived.total; // 0
 * JSON.stringify(json); // '{"formatVersion":1,"template":"2021",…}'
 * ```
 */
export function toJSON(report: Report): ReportJSON {
  const out: ReportJSON = {
    formatVersion: 1,
    template: report.template,
    year: report.year,
    agency: { name: report.agency.name },
  };
  if (report.meta) {
    const meta: { [key: string]: JsonValue } = {};
    for (const key of META_KEYS) {
      const value = report.meta[key];
      if (value !== undefined) meta[key] = value;
    }
    out["meta"] = meta;
  }
  for (const key of TEXT_KEYS_BEFORE) {
    if (report[key] !== undefined) out[key] = report[key];
  }
  for (const table of tableLayout(report.template)) {
    const source = report[table.key] as
      | Record<string, Record<string, Cell | undefined> | undefined>
      | undefined;
    if (source === undefined) continue;
    const rows: { [key: string]: JsonValue } = {};
    for (const row of table.rows) {
      const cells: { [key: string]: JsonValue } = {};
      const sourceRow = source[row.key] ?? {};
      for (const column of row.columns) {
        const value = sourceRow[column.key];
        if (value !== undefined) cells[column.key] = cellToJSON(value);
      }
      rows[row.key] = cells;
    }
    out[table.key] = rows;
  }
  for (const key of TEXT_KEYS_AFTER) {
    if (report[key] !== undefined) out[key] = report[key];
  }
  return out;
}

/** Options of {@link fromJSON}. */
export interface FromJSONOptions {
  /** Language of the finding messages; `'zh'` by default. */
  readonly locale?: Locale;
}

/** What {@link fromJSON} returns. */
export interface FromJSONResult {
  /** The report, or `undefined` when the input is not a report at all. */
  readonly report: Report | undefined;
  /** Everything that could not be taken, located. */
  readonly findings: readonly Finding[];
}

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function own(object: Plain, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A short, safe rendering of a rejected value for a finding. */
function show(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === "number" || typeof value === "bigint"
        ? String(value)
        : typeof value === "string"
          ? value
          : value === undefined
            ? "undefined"
            : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const KIND_NAMES: Record<CellKind, string> = {
  count: "non-negative integer",
  signedCount: "integer",
  money: "non-negative decimal string",
};

function readCell(
  value: unknown,
  kind: CellKind,
  path: FindingPath,
  drafts: FindingDraft[],
): Cell | undefined {
  // Amounts given as JSON numbers are taken too (hand-written JSON); the schema asks for strings.
  const candidate =
    kind === "money" && typeof value === "number" && Number.isFinite(value) && value >= 0
      ? String(value)
      : value;
  if (!cellSchema(kind).safeParse(candidate).success) {
    drafts.push({ code: "CELL_TYPE", path, expected: KIND_NAMES[kind], actual: show(value) });
    return undefined;
  }
  if (candidate === null || typeof candidate === "number") return candidate;
  if (typeof candidate === "string" && DECIMAL_PATTERN.test(candidate)) return toMoney(candidate);
  if (isMark(candidate)) return Object.freeze({ mark: candidate.mark });
  return undefined;
}

function reportUnknownKeys(
  object: Plain,
  known: readonly string[],
  path: FindingPath,
  drafts: FindingDraft[],
): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) {
      drafts.push({
        code: "CELL_TYPE",
        path: [...path, key],
        expected: "no such key",
        actual: show(object[key]),
      });
    }
  }
}

function readTable(
  input: unknown,
  table: ReturnType<typeof tableLayout>[number],
  drafts: FindingDraft[],
): Record<string, Record<string, Cell>> | undefined {
  if (input === undefined) {
    drafts.push({ code: "SECTION_MISSING", path: [table.key] });
    return undefined;
  }
  if (!isPlainObject(input)) {
    drafts.push({ code: "CELL_TYPE", path: [table.key], expected: "object", actual: show(input) });
    return undefined;
  }
  reportUnknownKeys(
    input,
    table.rows.map((r) => r.key),
    [table.key],
    drafts,
  );
  const rows: Record<string, Record<string, Cell>> = {};
  for (const row of table.rows) {
    const rowInput = own(input, row.key);
    const cells: Record<string, Cell> = {};
    rows[row.key] = cells;
    if (rowInput === undefined) {
      drafts.push({ code: "SECTION_MISSING", path: [table.key, row.key] });
      continue;
    }
    if (!isPlainObject(rowInput)) {
      drafts.push({
        code: "CELL_TYPE",
        path: [table.key, row.key],
        expected: "object",
        actual: show(rowInput),
      });
      continue;
    }
    reportUnknownKeys(
      rowInput,
      row.columns.map((c) => c.key),
      [table.key, row.key],
      drafts,
    );
    for (const column of row.columns) {
      if (!Object.hasOwn(rowInput, column.key)) continue;
      const cell = readCell(
        rowInput[column.key],
        column.kind,
        [table.key, row.key, column.key],
        drafts,
      );
      if (cell !== undefined) cells[column.key] = cell;
    }
  }
  return rows;
}

function readText(input: Plain, key: string, drafts: FindingDraft[]): string | undefined {
  const value = own(input, key);
  if (value === undefined || typeof value === "string") return value;
  drafts.push({ code: "CELL_TYPE", path: [key], expected: "string", actual: show(value) });
  return undefined;
}

function readMeta(
  input: unknown,
  drafts: FindingDraft[],
): Record<string, string | null> | undefined {
  if (input === undefined) return undefined;
  if (!isPlainObject(input)) {
    drafts.push({ code: "CELL_TYPE", path: ["meta"], expected: "object", actual: show(input) });
    return undefined;
  }
  reportUnknownKeys(input, META_KEYS, ["meta"], drafts);
  const meta: Record<string, string | null> = {};
  for (const key of META_KEYS) {
    if (!Object.hasOwn(input, key)) continue;
    const value = input[key];
    const isDate = key === "publishedOn";
    const valid =
      value === null ||
      (typeof value === "string" &&
        (!isDate || (ISO_DATE_PATTERN.test(value) && !Number.isNaN(parseISO(value).getTime()))));
    if (valid) meta[key] = value;
    else
      drafts.push({
        code: "CELL_TYPE",
        path: ["meta", key],
        expected: isDate ? "YYYY-MM-DD" : "string",
        actual: show(value),
      });
  }
  return meta;
}

function readTemplate(
  input: Plain,
  year: number | null,
  drafts: FindingDraft[],
): TemplateVersion | undefined {
  const template = own(input, "template");
  if (template === "2019" || template === "2021") return template;
  const fallback = year === null ? undefined : templateFor(year);
  drafts.push({
    code: "CELL_TYPE",
    path: ["template"],
    expected: '"2019" | "2021"',
    actual: show(template),
  });
  return fallback;
}

function readYear(input: Plain, drafts: FindingDraft[]): number | null {
  const year = own(input, "year");
  if (year === null) return null;
  if (typeof year === "number" && Number.isInteger(year) && year >= 1000 && year <= 9999) {
    return year;
  }
  drafts.push({ code: "CELL_TYPE", path: ["year"], expected: "year", actual: show(year) });
  return null;
}

function readAgency(input: unknown, drafts: FindingDraft[]): { name: string | null } {
  if (isPlainObject(input)) {
    reportUnknownKeys(input, ["name"], ["agency"], drafts);
    const name = own(input, "name");
    if (typeof name === "string" || name === null) return { name };
    drafts.push({
      code: "CELL_TYPE",
      path: ["agency", "name"],
      expected: "string",
      actual: show(name),
    });
    return { name: null };
  }
  drafts.push({ code: "CELL_TYPE", path: ["agency"], expected: "object", actual: show(input) });
  return { name: null };
}

const TOP_KEYS = [
  "formatVersion",
  "template",
  "year",
  "agency",
  "meta",
  ...TEXT_KEYS_BEFORE,
  "activeDisclosure",
  "applications",
  "reviewsAndLitigation",
  ...TEXT_KEYS_AFTER,
];

/**
 * Reads canonical JSON (an object, or a JSON string) into a frozen report. Never throws: wrong
 * types, unknown keys, missing tables, `__proto__` keys, non-finite numbers all give located
 * `CELL_TYPE` or `SECTION_MISSING` findings, and every value that could be taken is kept.
 *
 * @param value - Canonical JSON, as produced by {@link toJSON}, or its text.
 * @param options - `locale` of the finding messages.
 * @returns The report (or `undefined` when the input is not a report) and the findings.
 * @example
 * ```ts
 * const { report, findings } = fromJSON('{"formatVersion":1,"template":"2021","year":2022,"agency":{"name":"某镇人民政府"}}');
 * report?.template; // '2021'
 * findings.map((f) => f.code); // ['SECTION_MISSING', …] (the tables and texts are absent)
 * ```
 */
export function fromJSON(value: unknown, options: FromJSONOptions = {}): FromJSONResult {
  const drafts: FindingDraft[] = [];
  const locale = options.locale ?? "zh";
  let input = value;
  if (typeof value === "string") {
    try {
      input = JSON.parse(value);
    } catch {
      drafts.push({ code: "CELL_TYPE", path: [], expected: "JSON", actual: show(value) });
      return { report: undefined, findings: localizeFindings(drafts, { locale }) };
    }
  }
  if (!isPlainObject(input)) {
    drafts.push({ code: "CELL_TYPE", path: [], expected: "report object", actual: show(input) });
    return { report: undefined, findings: localizeFindings(drafts, { locale }) };
  }
  const formatVersion = own(input, "formatVersion");
  if (formatVersion !== 1) {
    drafts.push({
      code: "CELL_TYPE",
      path: ["formatVersion"],
      expected: 1,
      actual: show(formatVersion),
    });
  }
  const year = readYear(input, drafts);
  const template = readTemplate(input, year, drafts);
  if (template === undefined) {
    return { report: undefined, findings: localizeFindings(drafts, { locale }) };
  }
  reportUnknownKeys(input, TOP_KEYS, [], drafts);
  const report: Record<string, unknown> = {
    formatVersion: 1,
    template,
    year,
    agency: readAgency(own(input, "agency"), drafts),
  };
  const meta = readMeta(own(input, "meta"), drafts);
  if (meta !== undefined) report["meta"] = meta;
  for (const key of TEXT_KEYS_BEFORE) {
    const text = readText(input, key, drafts);
    if (text !== undefined) report[key] = text;
    else if (key === "overview" && own(input, key) === undefined) {
      drafts.push({ code: "SECTION_MISSING", path: [key] });
    }
  }
  for (const table of tableLayout(template)) {
    const rows = readTable(own(input, table.key), table, drafts);
    if (rows !== undefined) report[table.key] = rows;
  }
  for (const key of TEXT_KEYS_AFTER) {
    const text = readText(input, key, drafts);
    if (text !== undefined) report[key] = text;
    else if (own(input, key) === undefined) drafts.push({ code: "SECTION_MISSING", path: [key] });
  }
  return {
    report: deepFreeze(report) as unknown as Report,
    findings: localizeFindings(drafts, { locale, template }),
  };
}
