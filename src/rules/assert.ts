/**
 * `assertConsistent`: `validate` for test suites of any runner, throwing a readable `Error`.
 *
 * @module
 */
import type { Severity } from "../findings/codes.js";
import type { Finding } from "../findings/finding.js";
import { type ValidateOptions, validate } from "./validate.js";

/** Options of {@link assertConsistent}. */
export interface AssertOptions extends ValidateOptions {
  /** The least severity that fails: `'error'` by default; `'warning'` or `'info'` are stricter. */
  readonly failOn?: Severity | undefined;
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The findings at or above a severity (internal to the assert helpers and the matcher). */
export function failingFindings(findings: readonly Finding[], failOn: Severity): Finding[] {
  return findings.filter((f) => RANK[f.severity] >= RANK[failOn]);
}

/**
 * One line per finding: severity, code, path, message and the numbers.
 *
 * @example
 * ```ts
 * formatFindings(validate(report).findings);
 * // '  error T3_ROW_TOTAL at ["applications","disclosed","total"]: … (expected 0, actual 3)'
 * ```
 */
export function formatFindings(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const numbers =
        f.expected !== undefined || f.actual !== undefined
          ? ` (expected ${String(f.expected ?? "—")}, actual ${String(f.actual ?? "—")})`
          : "";
      return `  ${f.severity} ${f.code} at ${JSON.stringify(f.path)}: ${f.message}${numbers}`;
    })
    .join("\n");
}

/**
 * Throws an `Error` listing the findings when a report is not consistent: any finding at or above
 * `failOn` (`'error'` by default). Works with any test runner (node:test, jest, mocha, vitest).
 *
 * @param report - A report or its canonical JSON.
 * @param options - The options of `validate`, plus `failOn`.
 * @example
 * ```ts
 * assertConsistent(report); // returns when there is no error finding
 * assertConsistent(report, { failOn: "warning" }); // stricter
 * ```
 */
export function assertConsistent(report: unknown, options: AssertOptions = {}): void {
  const { failing } = checkConsistent(report, options);
  if (failing.length === 0) return;
  throw new InconsistentReportError(failing);
}

/**
 * `validate` with the assert options (internal to {@link assertConsistent} and the matcher):
 * `failOn` is theirs, every other option goes to `validate`.
 */
export function checkConsistent(
  report: unknown,
  options: AssertOptions,
): { readonly failOn: Severity; readonly failing: readonly Finding[] } {
  const { failOn: given, ...validateOptions } = options ?? {};
  const failOn = given !== undefined && given in RANK ? given : "error";
  const { findings } = validate(report, validateOptions);
  return { failOn, failing: failingFindings(findings, failOn) };
}

/**
 * What {@link assertConsistent} throws: an `Error` whose message lists the failing findings, and
 * which carries them in `findings` for code that catches it.
 *
 * @example
 * ```ts
 * try {
 *   assertConsistent(report);
 * } catch (error) {
 *   if (error instanceof InconsistentReportError) error.findings.map((f) => f.code); // ['T3_BALANCE']
 * }
 * ```
 */
export class InconsistentReportError extends Error {
  /** The findings at or above the failing severity, in `validate`'s order. */
  readonly findings: readonly Finding[];

  constructor(findings: readonly Finding[]) {
    super(
      `The report is not consistent: ${findings.length} finding(s)\n${formatFindings(findings)}`,
    );
    this.name = "InconsistentReportError";
    this.findings = Object.freeze([...findings]);
  }
}
