/**
 * The arithmetic of tables 三 and 四, written down in the tests from the format spec and NOT read
 * from the library: an oracle for property tests that must not take the library's own identity
 * list (`identitiesOf`, `src/templates/identities.ts`) on trust.
 *
 * Sources: /work/shared/spec/format-spec.md §5.2, §5.3, §6.3 (rows and columns of both
 * templates) and §7.1–7.2 (R1 勾稽关系, R2 row total, R3 result total, R6 table 四); the row and
 * column keys are the canonical JSON keys of ARCHITECTURE.md §4, written here as literal strings.
 * Nothing in this file imports from src/. The one place the oracle and the library's identity list
 * meet is test/templates/oracle.test.ts, which checks that they describe the same equations.
 */

/** A template version, as the canonical JSON spells it. */
export type OracleVersion = "2019" | "2021";

/** A cell of the canonical JSON: table, row, column. */
export type OraclePath = readonly [table: string, row: string, column: string];

/** The rule code under which each identity is reported (ARCHITECTURE §5). */
export type OracleCode = "T3_ROW_TOTAL" | "T3_RESULT_TOTAL" | "T3_BALANCE" | "T4_GROUP_TOTAL";

/** `Σ left = Σ right`. For a total, `left` is the one total cell and `right` its parts. */
export interface Equation {
  readonly code: OracleCode;
  readonly left: readonly OraclePath[];
  readonly right: readonly OraclePath[];
}

/** Table 三: the six applicant columns (自然人, then the five 法人或其他组织 columns). */
export const APPLICANT_COLUMNS = [
  "naturalPerson",
  "commercialEnterprise",
  "researchInstitution",
  "socialWelfareOrganization",
  "legalServiceInstitution",
  "otherOrganization",
] as const;

/** Table 三: every column, 总计 last. */
export const APPLICATION_COLUMNS = [...APPLICANT_COLUMNS, "total"] as const;

/** Table 三, both templates: the result leaves （一） … （五）5 (（三）（四）（五） have no row of their own). */
const SHARED_RESULT_LEAVES = [
  "disclosed", // （一）予以公开
  "partiallyDisclosed", // （二）部分公开
  "withheldStateSecret", // （三）1
  "withheldProhibitedByLaw", // （三）2
  "withheldSecurityStability", // （三）3
  "withheldThirdPartyRights", // （三）4
  "withheldInternalAffairs", // （三）5
  "withheldProcessInformation", // （三）6
  "withheldEnforcementFile", // （三）7
  "withheldAdministrativeQuery", // （三）8
  "unavailableNotHeld", // （四）1
  "unavailableNeedsCreation", // （四）2
  "unavailableStillUnclear", // （四）3
  "notProcessedComplaint", // （五）1
  "notProcessedDuplicate", // （五）2
  "notProcessedPublication", // （五）3
  "notProcessedExcessive", // （五）4
  "notProcessedConfirmation", // （五）5
] as const;

/** Table 三: LEAVES(v), the rows （七）总计 sums — 19 in 2019 (one （六）), 21 in 2021 (（六）1/2/3). */
export const RESULT_LEAVES: Readonly<Record<OracleVersion, readonly string[]>> = {
  "2019": [...SHARED_RESULT_LEAVES, "otherHandling"],
  "2021": [...SHARED_RESULT_LEAVES, "otherOverdueCorrection", "otherOverdueFee", "otherReasons"],
};

/** Table 三: 一、本年新收 and 二、上年结转, the left side of the 勾稽关系. */
export const INTAKE_ROWS = ["newlyReceived", "carriedOver"] as const;
/** Table 三: （七）总计. */
export const RESULT_TOTAL_ROW = "totalHandled";
/** Table 三: 四、结转下年度继续办理. */
export const CARRIED_FORWARD_ROW = "carriedForward";

/** Table 三: every row that holds numbers, in printed order (23 in 2019, 25 in 2021). */
export function applicationRows(version: OracleVersion): readonly string[] {
  return [...INTAKE_ROWS, ...RESULT_LEAVES[version], RESULT_TOTAL_ROW, CARRIED_FORWARD_ROW];
}

/** Table 四: the three groups (行政复议, 未经复议直接起诉, 复议后起诉), the same in both templates. */
export const REVIEW_GROUPS = [
  "administrativeReview",
  "litigationWithoutReview",
  "litigationAfterReview",
] as const;

/** Table 四: the four outcomes a group's 总计 sums (结果维持, 结果纠正, 其他结果, 尚未审结). */
export const REVIEW_OUTCOMES = ["upheld", "corrected", "otherOutcome", "pending"] as const;

/** Table 四: every column of a group, 总计 last. */
export const REVIEW_COLUMNS = [...REVIEW_OUTCOMES, "total"] as const;

const t3 = (row: string, column: string): OraclePath => ["applications", row, column];
const t4 = (group: string, column: string): OraclePath => ["reviewsAndLitigation", group, column];

/** Every cell of tables 三 and 四 of a template (161 + 15 in 2019, 175 + 15 in 2021). */
export function countCells(version: OracleVersion): OraclePath[] {
  return [
    ...applicationRows(version).flatMap((row) => APPLICATION_COLUMNS.map((c) => t3(row, c))),
    ...REVIEW_GROUPS.flatMap((group) => REVIEW_COLUMNS.map((c) => t4(group, c))),
  ];
}

/** Every identity of tables 三 and 四 of a template, per format-spec §7 (R1, R2, R3, R6). */
export function equationsOf(version: OracleVersion): Equation[] {
  const equations: Equation[] = [];
  // R2: per data row, 总计 = the six applicant columns.
  for (const row of applicationRows(version)) {
    equations.push({
      code: "T3_ROW_TOTAL",
      left: [t3(row, "total")],
      right: APPLICANT_COLUMNS.map((c) => t3(row, c)),
    });
  }
  // R3: per column (总计 included), （七）总计 = Σ LEAVES(v).
  for (const column of APPLICATION_COLUMNS) {
    equations.push({
      code: "T3_RESULT_TOTAL",
      left: [t3(RESULT_TOTAL_ROW, column)],
      right: RESULT_LEAVES[version].map((row) => t3(row, column)),
    });
  }
  // R1: per column, 一 + 二 = （七）总计 + 四.
  for (const column of APPLICATION_COLUMNS) {
    equations.push({
      code: "T3_BALANCE",
      left: INTAKE_ROWS.map((row) => t3(row, column)),
      right: [t3(RESULT_TOTAL_ROW, column), t3(CARRIED_FORWARD_ROW, column)],
    });
  }
  // R6: per group, 总计 = 维持 + 纠正 + 其他结果 + 尚未审结.
  for (const group of REVIEW_GROUPS) {
    equations.push({
      code: "T4_GROUP_TOTAL",
      left: [t4(group, "total")],
      right: REVIEW_OUTCOMES.map((c) => t4(group, c)),
    });
  }
  return equations;
}

/** The cells an identity defines as a total (the left cell of every identity but the balance). */
export function totalCells(version: OracleVersion): OraclePath[] {
  return equationsOf(version)
    .filter((e) => e.code !== "T3_BALANCE")
    .map((e) => e.left[0]!);
}

/** Whether two paths name the same cell. */
export const samePath = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((part, i) => part === b[i]);

/** Every operand of an equation, both sides. */
export const operandsOf = (e: Equation): readonly OraclePath[] => [...e.left, ...e.right];

/** The value at a path of a report or its JSON (undefined when any step is missing). */
function valueAt(report: unknown, path: readonly string[]): unknown {
  let node = report;
  for (const key of path) {
    node =
      typeof node === "object" && node !== null
        ? (node as Record<string, unknown>)[key]
        : undefined;
  }
  return node;
}

/** A count cell as a number: a JS number, or a count the model holds some other way. */
function countAt(report: unknown, path: OraclePath): number {
  const value = valueAt(report, path);
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new Error(`oracle: not a count at ${path.join(".")}: ${String(value)}`);
  }
  return value;
}

/** Σ of one side of an equation, read from a report (throws unless every operand is a count). */
export function sideOf(report: unknown, paths: readonly OraclePath[]): number {
  return paths.reduce((sum, path) => sum + countAt(report, path), 0);
}

/** The identities of the report's template that do not hold (throws on a cell that is no count). */
export function brokenEquations(report: { readonly template: string }): Equation[] {
  const version = report.template;
  if (version !== "2019" && version !== "2021") throw new Error(`oracle: template ${version}`);
  return equationsOf(version).filter((e) => sideOf(report, e.left) !== sideOf(report, e.right));
}

// ---------------------------------------------------------------------------------------------
// Blank, marked and absent cells (ARCHITECTURE §5, "Rules on blank cells"), written here from the
// contract and not from the library's evaluator: a cell that holds no count (null, a mark, absent,
// a value of the wrong type) may hold ANY count ≥ 0. Each side of an equation is then a range of
// possible sums, and the equation is judged by how the two ranges meet.
// ---------------------------------------------------------------------------------------------

/** The sums a side of an equation can have: `[min, max]`, `max` infinite when a cell is unknown. */
export interface SumRange {
  readonly min: number;
  readonly max: number;
}

/** Whether a raw cell value is a count (a non-negative safe integer). */
export const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

/** The range of a side, read through `read` (the raw value of a cell, undefined when absent). */
export function rangeOf(read: (path: OraclePath) => unknown, paths: readonly OraclePath[]) {
  let min = 0;
  let max = 0;
  for (const path of paths) {
    const value = read(path);
    if (isCount(value)) {
      min += value;
      max += value;
    } else {
      max = Number.POSITIVE_INFINITY;
    }
  }
  return { min, max } satisfies SumRange;
}

/**
 * How an equation stands: `broken` when no values of the unknown cells can make it hold (the
 * ranges of the two sides do not meet), `holds` when both sides are exact and equal, `open`
 * otherwise. A broken equation carries what a finding shows (ARCHITECTURE §3, catalogue notes):
 * for a total, `expected` is its parts and `actual` the total; for the balance, 一 + 二 and
 * （七） + 四; an inexact side is shown as `"≥ min"`.
 */
export type Judgement =
  | { readonly kind: "holds" }
  | { readonly kind: "open" }
  | {
      readonly kind: "broken";
      readonly expected: number | string;
      readonly actual: number | string;
    };

const shownRange = (range: SumRange): number | string =>
  range.max === range.min ? range.min : `≥ ${range.min}`;

/** Judges one equation over the cells `read` gives. */
export function judge(e: Equation, read: (path: OraclePath) => unknown): Judgement {
  const left = rangeOf(read, e.left);
  const right = rangeOf(read, e.right);
  if (left.max < right.min || right.max < left.min) {
    const [expected, actual] =
      e.code === "T3_BALANCE"
        ? [shownRange(left), shownRange(right)]
        : [shownRange(right), shownRange(left)];
    return { kind: "broken", expected, actual };
  }
  if (left.min === left.max && right.min === right.max) return { kind: "holds" };
  return { kind: "open" };
}

/**
 * The value an equation forces on a cell: when the cell is the equation's only cell without a
 * count and the equation is not broken, the one count that makes the two sides equal.
 */
export function forcedValue(
  e: Equation,
  read: (path: OraclePath) => unknown,
  cell: OraclePath,
): number | undefined {
  const unknown = operandsOf(e).filter((path) => !isCount(read(path)));
  if (unknown.length !== 1 || !samePath(unknown[0]!, cell)) return undefined;
  if (judge(e, read).kind === "broken") return undefined;
  const others = (paths: readonly OraclePath[]) =>
    rangeOf(
      read,
      paths.filter((p) => !samePath(p, cell)),
    ).min;
  const onLeft = e.left.some((p) => samePath(p, cell));
  return onLeft ? others(e.right) - others(e.left) : others(e.left) - others(e.right);
}

/** Where the finding about a broken equation points: a total's cell, else 四 of the column. */
export const findingPathOf = (e: Equation): OraclePath =>
  e.code === "T3_BALANCE" ? e.right[e.right.length - 1]! : e.left[0]!;

/** A reader of the raw cells of a report or its JSON (own keys only; absent is undefined). */
export function readerOf(report: unknown): (path: OraclePath) => unknown {
  return (path) => {
    let node = report;
    for (const key of path) {
      if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  };
}
