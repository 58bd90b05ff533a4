import {
  type Finding,
  type FindingDraft,
  type FindingPath,
  isOk,
  type LocalizeOptions,
  localizeFindings,
} from "../findings/finding.js";
import { readOptions } from "../findings/options.js";
import type { Cell } from "../model/cell.js";
import { isComplete } from "../model/complete.js";
import { deepFreeze } from "../model/freeze.js";
import {
  isPlainObject,
  own,
  readMeta,
  readYear,
  reportUnknownKeys,
  show,
  snapshot,
} from "../model/input.js";
import { TEXT_KEYS_AFTER, TEXT_KEYS_BEFORE } from "../model/keys.js";
import type { Report } from "../model/report.js";
import { tableLayout } from "../templates/layout.js";
import { isTemplateVersion, TEMPLATE_VERSIONS_TEXT } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
import { takeCell, takeText, zeroOf } from "./cells.js";
import { cellKey, derivedCellKeys, settleTotals, type Tables } from "./derive.js";
import type { BuildOptions, BuildResult, ReportInit, TextSectionKey } from "./types.js";

/**
 * The text sections of a version, in report order: the preamble, then the registry's prose
 * sections (the same in both versions: the model's text keys).
 *
 * @example
 * ```ts
 * textSectionKeys("2021"); // ['preamble', 'overview', 'problemsAndImprovements', 'otherMatters']
 * ```
 */
export function textSectionKeys(_version: TemplateVersion): readonly TextSectionKey[] {
  return [...TEXT_KEYS_BEFORE, ...TEXT_KEYS_AFTER];
}

function initKeys(version: TemplateVersion): readonly string[] {
  return [
    "template",
    "year",
    "agency",
    "meta",
    ...textSectionKeys(version),
    ...tableLayout(version).map((table) => table.key),
  ];
}

function takeAgency(value: unknown, drafts: FindingDraft[]): { name: string | null } {
  if (typeof value === "string") return { name: value.trim() };
  if (isPlainObject(value)) {
    reportUnknownKeys(value, ["name"], ["agency"], drafts);
    const name = own(value, "name");
    if (name === null) return { name };
    if (typeof name === "string") return { name: name.trim() };
  }
  drafts.push({ code: "CELL_TYPE", path: ["agency"], expected: "string", actual: show(value) });
  return { name: null };
}

/**
 * Reads the caller's tables: leaf cells from the input (0 when omitted), given totals into
 * `given` for checking. A row or table given as something other than an object has unknown cells:
 * they stay absent rather than becoming 0.
 */
function takeTables(
  init: Record<string, unknown>,
  version: TemplateVersion,
  drafts: FindingDraft[],
): { tables: Tables; given: Map<string, Cell> } {
  const derived = derivedCellKeys(version);
  const tables: Tables = {};
  const given = new Map<string, Cell>();
  for (const table of tableLayout(version)) {
    const input = own(init, table.key);
    let source: Record<string, unknown> | undefined = {};
    if (isPlainObject(input)) source = input;
    else if (input !== undefined) {
      drafts.push({
        code: "CELL_TYPE",
        path: [table.key],
        expected: "object",
        actual: show(input),
      });
      source = undefined;
    }
    if (source !== undefined) {
      reportUnknownKeys(
        source,
        table.rows.map((row) => row.key),
        [table.key],
        drafts,
      );
    }
    const rows: Tables[string] = {};
    tables[table.key] = rows;
    for (const row of table.rows) {
      const cells: Record<string, Cell> = {};
      rows[row.key] = cells;
      const rowInput = source === undefined ? undefined : (own(source, row.key) ?? {});
      if (rowInput !== undefined && !isPlainObject(rowInput)) {
        const path = [table.key, row.key];
        drafts.push({ code: "CELL_TYPE", path, expected: "object", actual: show(rowInput) });
      }
      const known = isPlainObject(rowInput) ? rowInput : undefined;
      if (known !== undefined) {
        const columns = row.columns.map((column) => column.key);
        reportUnknownKeys(known, columns, [table.key, row.key], drafts);
      }
      for (const column of row.columns) {
        const path: FindingPath = [table.key, row.key, column.key];
        const value = known === undefined ? undefined : own(known, column.key);
        if (derived.has(cellKey([table.key, row.key, column.key]))) {
          if (value === undefined) continue;
          const cell = takeCell(value, column.kind, path, drafts);
          if (cell !== undefined) given.set(cellKey([table.key, row.key, column.key]), cell);
        } else if (known !== undefined) {
          const cell =
            value === undefined ? zeroOf(column.kind) : takeCell(value, column.kind, path, drafts);
          if (cell !== undefined) cells[column.key] = cell;
        }
      }
    }
  }
  return { tables, given };
}

/**
 * Builds a complete report from the numbers an office knows. Every cell of the three tables that is
 * not a total may be omitted and is then 0 (`Decimal(0)` for amounts); every total (the 总计
 * column, （七）总计, each table-四 总计) is derived from the template's identities. A total given
 * anyway is checked: if it differs, the derived value is kept and a finding with the code of the
 * broken identity (`T3_ROW_TOTAL`, `T3_RESULT_TOTAL`, `T4_GROUP_TOTAL`) points at the given cell.
 * A value of the wrong type (a negative or fractional count, an amount below 0 or with more than six
 * decimal places) is kept out with a `CELL_TYPE` finding: its cell, and the totals that need it,
 * stay absent — a builder does not invent a number — unless such a total was given: it is then kept,
 * and checked as far as the unknown cell allows (below the known parts, it is reported with
 * `expected` `"≥ n"`). Leaves that do not balance (一 + 二 ≠ （七） + 四) give a `T3_BALANCE` finding.
 * Every identity is judged by the same evaluator as `validate` and `aggregate` (blank, marked and
 * absent cells alike are unknown counts, never 0). Texts are stored in canonical form (lines
 * trimmed, blank lines dropped) and are absent unless given. Never produces `null` or marks.
 *
 * Never throws. Input that is not a report init at all — not an object, or a `template` that is
 * not a template version (possible only for untyped callers) — gives no report: `ok` is false,
 * `report` is `undefined` and one `CELL_TYPE` finding says why (at `[]` or `['template']`).
 *
 * @param init - Template, year, agency, and whatever texts and numbers are known. Typed per
 *   template: a row, column or field the template does not have is a compile error.
 * @param options - `locale` and `severity` of the findings; a bad option is `OPTION_INVALID`.
 * @returns `ok` with a {@link CompleteReportOf} when every cell is a number and no finding is an
 *   error; otherwise `ok: false` with the report as far as it could be built (or `undefined`).
 * @example
 * ```ts
 * const built = createReport({
 *   template: "2021",
 *   year: 2022,
 *   agency: "某县某镇人民政府",
 *   applications: {
 *     newlyReceived: { naturalPerson: 3 },
 *     disclosed: { naturalPerson: 2 },
 *     carriedForward: { naturalPerson: 1 },
 *   },
 * });
 * if (built.ok) {
 *   built.report.applications.totalHandled.total; // 2
 *   built.report.activeDisclosure.fees.amount; // Decimal(0)
 * }
 * built.findings; // []
 *
 * createReport(JSON.parse('{"template":"2030"}')).report; // undefined (CELL_TYPE at ['template'])
 * ```
 */
export function createReport<const T extends TemplateVersion>(
  init: ReportInit<T>,
  options?: BuildOptions,
): BuildResult<T>;
export function createReport(
  init: unknown,
  options?: unknown,
): { readonly ok: boolean; readonly report: unknown; readonly findings: readonly Finding[] } {
  const read = readOptions(options, []);
  const words = { locale: read.locale, severity: read.severity };
  // A snapshot: nothing below meets a getter or a Proxy that throws.
  const input = snapshot(init);
  if (!isPlainObject(input)) {
    const draft: FindingDraft = {
      code: "CELL_TYPE",
      path: [],
      expected: "object",
      actual: show(input),
    };
    return unbuilt([...read.drafts, draft], words);
  }
  const template = own(input, "template");
  if (!isTemplateVersion(template)) {
    const expected = TEMPLATE_VERSIONS_TEXT;
    const draft: FindingDraft = {
      code: "CELL_TYPE",
      path: ["template"],
      expected,
      actual: show(template),
    };
    return unbuilt([...read.drafts, draft], words);
  }
  return build(input, template as TemplateVersion, read.drafts, words);
}

type Words = Pick<LocalizeOptions, "locale" | "severity">;

function build(
  input: Record<string, unknown>,
  version: TemplateVersion,
  optionDrafts: readonly FindingDraft[],
  words: Words,
): BuildResult<TemplateVersion> {
  const drafts: FindingDraft[] = [...optionDrafts];
  reportUnknownKeys(input, initKeys(version), [], drafts);
  const report: Record<string, unknown> = {
    formatVersion: 1,
    template: version,
    year: readYear(own(input, "year"), drafts),
    agency: takeAgency(own(input, "agency"), drafts),
  };
  const meta = readMeta(own(input, "meta"), drafts);
  if (meta !== undefined) report["meta"] = meta;
  for (const key of textSectionKeys(version)) {
    const text = takeText(own(input, key), [key], drafts);
    if (text !== undefined) report[key] = text;
  }
  const { tables, given } = takeTables(input, version, drafts);
  settleTotals(tables, given, version, drafts);
  Object.assign(report, tables);
  const findings = localizeFindings(drafts, { ...words, template: version });
  return builtResult(deepFreeze(report) as unknown as Report, findings);
}

/**
 * The result of a builder: `ok` only when the report is complete and no finding is an error
 * (internal to the builders and `aggregate`).
 */
export function builtResult(
  report: Report,
  findings: readonly Finding[],
): BuildResult<TemplateVersion> {
  const ok = isComplete(report) && isOk(findings);
  return Object.freeze({
    ok,
    report,
    findings: Object.freeze([...findings]),
  }) as BuildResult<TemplateVersion>;
}

function unbuilt(drafts: readonly FindingDraft[], words: Words): BuildResult<TemplateVersion> {
  return Object.freeze({
    ok: false as const,
    report: undefined,
    findings: Object.freeze(localizeFindings(drafts, words)),
  });
}
