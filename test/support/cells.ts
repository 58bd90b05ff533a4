/**
 * A report's table cells by path, for tests that read one report from several renderings and
 * count the cells right, wrong and absent against an oracle.
 */
import { type Report, toJSON } from "../../src/index.js";

const TABLES = ["activeDisclosure", "applications", "reviewsAndLitigation"] as const;

/** Every cell of the three tables, by its path (`applications.disclosed.total`), as JSON. */
export function cellsOf(report: Report | undefined): Map<string, string> {
  const cells = new Map<string, string>();
  if (report === undefined) return cells;
  const json = toJSON(report) as Record<string, unknown>;
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === "object" && !("mark" in value)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    } else cells.set(path, JSON.stringify(value));
  };
  for (const table of TABLES) walk(json[table], table);
  return cells;
}

/**
 * The cells read against an oracle's, path by path: the paths read right, the ones read wrong
 * (with both values), and the ones not read.
 */
export function compareCells(read: Map<string, string>, oracle: Map<string, string>) {
  const right: string[] = [];
  const wrong: string[] = [];
  const absent: string[] = [];
  for (const [path, value] of oracle) {
    const got = read.get(path);
    if (got === undefined) absent.push(path);
    else if (got === value) right.push(path);
    else wrong.push(`${path}: read ${got}, expected ${value}`);
  }
  return { right, wrong, absent };
}
