/**
 * Shared helpers of the rule tests, so that every rule test has the same shape: take a good
 * report, edit one thing in its canonical JSON, validate, expect (or not) one finding at one path.
 */
import { expect } from "vitest";
import type { Finding, Report, RuleCode } from "../../src/index.js";
import { toJSON } from "../../src/index.js";

type Path = readonly (string | number)[];
type Json = Record<string, unknown>;

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((p, i) => p === b[i]);

/** The findings of a code (at a path, when given). */
export function findingsOf(findings: readonly Finding[], code: RuleCode, path?: Path): Finding[] {
  return findings.filter((f) => f.code === code && (path === undefined || samePath(f.path, path)));
}

/**
 * Expects exactly one finding of `code` at `path`, matching `extra` (e.g. `{ expected: 3 }`), and
 * returns it.
 */
export function expectFinding(
  findings: readonly Finding[],
  code: RuleCode,
  path: Path,
  extra: Partial<Finding> = {},
): Finding {
  const matches = findingsOf(findings, code, path);
  expect(
    matches,
    `one ${code} at ${JSON.stringify(path)} in ${JSON.stringify(findings.map((f) => [f.code, f.path]))}`,
  ).toHaveLength(1);
  expect(matches[0]).toMatchObject(extra);
  return matches[0]!;
}

/** Expects no finding of `code` (at `path`, when given). */
export function expectNoFinding(findings: readonly Finding[], code: RuleCode, path?: Path): void {
  expect(
    findingsOf(findings, code, path).map((f) => [f.code, f.path, f.message]),
    `no ${code}${path ? ` at ${JSON.stringify(path)}` : ""}`,
  ).toEqual([]);
}

/** The codes of the findings, sorted and deduplicated. */
export function codesOf(findings: readonly Finding[]): RuleCode[] {
  return [...new Set(findings.map((f) => f.code))].sort();
}

/** A mutable deep copy of a report's canonical JSON, edited by `change`. */
export function edited(report: Report, change: (json: Json) => void): Json {
  const json = JSON.parse(JSON.stringify(toJSON(report))) as Json;
  change(json);
  return json;
}

/** Sets the value at a path of a JSON object (creating nothing: the parents must exist). */
export function setAt(json: Json, path: Path, value: unknown): void {
  let node = json as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

/** Deletes the value at a path of a JSON object. */
export function deleteAt(json: Json, path: Path): void {
  let node = json as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  delete node[path[path.length - 1]!];
}

/** The value at a path of a JSON object. */
export function getAt(json: Json, path: Path): unknown {
  let node: unknown = json;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}
