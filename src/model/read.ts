/**
 * The reader behind `fromJSON` and `validate`: canonical JSON (or, for `validate`, a model
 * `Report`) in, a frozen report and unworded finding drafts out. Never throws. Internal: not
 * exported from the package root.
 *
 * @module
 */

import { Decimal } from "decimal.js";
import type { FindingDraft, FindingPath } from "../findings/finding.js";
import { tableLayout } from "../templates/layout.js";
import { isTemplateVersion, TEMPLATE_VERSIONS_TEXT, templateFor } from "../templates/registry.js";
import type { CellKind, TemplateVersion } from "../templates/types.js";
import { type Cell, isMark } from "./cell.js";
import { toMoney } from "./decimal.js";
import { DECIMAL_PATTERN, fitsCellKind } from "./domains.js";
import { deepFreeze } from "./freeze.js";
import {
  isPlainObject,
  own,
  type Plain,
  readMeta,
  readYear,
  reportUnknownKeys,
  show,
  snapshot,
} from "./input.js";
import { TEXT_KEYS_AFTER, TEXT_KEYS_BEFORE } from "./keys.js";
import type { Report } from "./report.js";

const KIND_NAMES: Record<CellKind, string> = {
  count: "non-negative integer",
  signedCount: "integer",
  money: "non-negative decimal string",
};

/** How lenient the reader is: `fromJSON` reads JSON only, `validate` also takes model reports. */
interface ReadContext {
  readonly drafts: FindingDraft[];
  /** Whether a money cell may be a `Decimal` (a `Report`), besides a decimal string. */
  readonly decimals: boolean;
}

function moneyCandidate(value: unknown, decimals: boolean): unknown {
  // Amounts given as JSON numbers are taken too (hand-written JSON); canonical JSON has strings.
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return String(value);
  // A model report holds Decimals: its canonical text is checked against the same domain.
  if (!decimals) return value;
  try {
    if (Decimal.isDecimal(value)) return value.isFinite() ? value.toFixed() : "NaN";
  } catch {
    // An object that only claims to be a Decimal: the domain rejects it below.
  }
  return value;
}

function readCell(
  value: unknown,
  kind: CellKind,
  path: FindingPath,
  context: ReadContext,
): Cell | undefined {
  const { drafts } = context;
  const candidate = kind === "money" ? moneyCandidate(value, context.decimals) : value;
  if (!fitsCellKind(candidate, kind)) {
    drafts.push({ code: "CELL_TYPE", path, expected: KIND_NAMES[kind], actual: show(value) });
    return undefined;
  }
  if (candidate === null || typeof candidate === "number") return candidate;
  if (typeof candidate === "string" && DECIMAL_PATTERN.test(candidate)) return toMoney(candidate);
  if (isMark(candidate)) return Object.freeze({ mark: candidate.mark });
  return undefined;
}

function readTable(
  input: unknown,
  table: ReturnType<typeof tableLayout>[number],
  context: ReadContext,
): Record<string, Record<string, Cell>> | undefined {
  const { drafts } = context;
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
        context,
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

function readTemplate(
  input: Plain,
  year: number | null,
  drafts: FindingDraft[],
): TemplateVersion | undefined {
  const template = own(input, "template");
  if (isTemplateVersion(template)) return template;
  const fallback = year === null ? undefined : templateFor(year);
  drafts.push({
    code: "CELL_TYPE",
    path: ["template"],
    expected: TEMPLATE_VERSIONS_TEXT,
    actual: show(template),
  });
  return fallback;
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

/** What {@link readReport} returns: the report and the unworded findings. */
export interface ReadResult {
  readonly report: Report | undefined;
  readonly drafts: readonly FindingDraft[];
  /** The template the input was read as, when one could be told. */
  readonly template: TemplateVersion | undefined;
}

/**
 * The reader behind {@link fromJSON}, returning finding drafts so that `validate` can merge them
 * with its own before wording. With `decimals`, money cells may also be `Decimal`s, so that a model
 * `Report` reads exactly as its canonical JSON. Internal: not exported from the package root.
 *
 * @example
 * ```ts
 * readReport(report, { decimals: true }).drafts; // [] for a well-formed report
 * ```
 */
export function readReport(value: unknown, options: { readonly decimals: boolean }): ReadResult {
  const drafts: FindingDraft[] = [];
  const context: ReadContext = { drafts, decimals: options.decimals };
  let input: unknown;
  if (typeof value !== "string") input = snapshot(value);
  else {
    try {
      input = JSON.parse(value);
    } catch {
      drafts.push({ code: "CELL_TYPE", path: [], expected: "JSON", actual: show(value) });
      return { report: undefined, drafts, template: undefined };
    }
  }
  if (!isPlainObject(input)) {
    drafts.push({ code: "CELL_TYPE", path: [], expected: "report object", actual: show(input) });
    return { report: undefined, drafts, template: undefined };
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
  const year = readYear(own(input, "year"), drafts);
  const template = readTemplate(input, year, drafts);
  if (template === undefined) return { report: undefined, drafts, template: undefined };
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
    const rows = readTable(own(input, table.key), table, context);
    if (rows !== undefined) report[table.key] = rows;
  }
  for (const key of TEXT_KEYS_AFTER) {
    const text = readText(input, key, drafts);
    if (text !== undefined) report[key] = text;
    else if (own(input, key) === undefined) drafts.push({ code: "SECTION_MISSING", path: [key] });
  }
  return { report: deepFreeze(report) as unknown as Report, drafts, template };
}
