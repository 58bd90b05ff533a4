/**
 * Which findings a rendered element names: the renderers mark a cell, a row label or a section
 * with the findings whose path is exactly its path. A CELL_BLANK names every blank cell of its
 * row (its `related`, the cell at `path` first); other findings list in `related` the cells their
 * rule read, which are not marked, or a broken total would light up its whole column.
 *
 * @module
 */
import type { Severity } from "../findings/codes.js";
import type { Finding, FindingPath } from "../findings/finding.js";

/** The findings of one element. */
export interface ElementFindings {
  /** The codes, each once, in the order of the findings. */
  readonly codes: readonly string[];
  /** The messages, in the order of the findings. */
  readonly messages: readonly string[];
  /** The most serious severity among them. */
  readonly severity: Severity;
}

/** Looks up the findings of an element by its path. */
export type FindingIndex = (path: FindingPath) => ElementFindings | undefined;

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

const keyOf = (path: FindingPath) => path.map(String).join("\u0000");

/** The paths a finding names (see the module's comment). */
function namedPaths(finding: Finding): readonly FindingPath[] {
  const related =
    finding.code === "CELL_BLANK" && Array.isArray(finding.related) ? finding.related : [];
  return [finding.path, ...related.filter((path) => Array.isArray(path))];
}

/** Whether a value has the shape of a finding, as far as marking needs (given findings are data). */
function isFinding(value: unknown): value is Finding {
  if (typeof value !== "object" || value === null) return false;
  const { code, path, message, severity } = value as Record<string, unknown>;
  return (
    typeof code === "string" &&
    Array.isArray(path) &&
    typeof message === "string" &&
    typeof severity === "string" &&
    severity in RANK
  );
}

/**
 * An index of findings by the paths they name. Anything that is not a finding is skipped, so a
 * renderer given odd options still renders.
 *
 * @example
 * ```ts
 * const index = findingIndex(validate(report).findings);
 * index(["applications", "totalHandled", "total"])?.codes; // ['T3_RESULT_TOTAL']
 * ```
 */
export function findingIndex(findings: unknown): FindingIndex {
  const byPath = new Map<string, Finding[]>();
  if (Array.isArray(findings)) {
    for (const finding of findings) {
      if (!isFinding(finding)) continue;
      const seen = new Set<string>();
      for (const path of namedPaths(finding)) {
        const key = keyOf(path);
        if (seen.has(key)) continue;
        seen.add(key);
        const list = byPath.get(key);
        if (list === undefined) byPath.set(key, [finding]);
        else list.push(finding);
      }
    }
  }
  return (path) => {
    const list = byPath.get(keyOf(path));
    if (list === undefined) return undefined;
    return {
      codes: list.map((f) => f.code).filter((code, i, all) => all.indexOf(code) === i),
      messages: list.map((f) => f.message),
      severity: list.reduce<Severity>(
        (worst, f) => (RANK[f.severity] > RANK[worst] ? f.severity : worst),
        "info",
      ),
    };
  };
}

/**
 * The findings among `findings` (anything else skipped), for renderers that list them.
 *
 * @example
 * ```ts
 * validFindings([finding, null, { code: 1 }]).length; // 1
 * ```
 */
export function validFindings(findings: unknown): readonly Finding[] {
  return Array.isArray(findings) ? findings.filter(isFinding) : [];
}
