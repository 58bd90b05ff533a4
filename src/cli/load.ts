// Turning a file into a report: canonical JSON for .json files, published text for anything else.
import {
  type Finding,
  fromJSON,
  type Locale,
  parseText,
  type Report,
  type SeverityOverrides,
} from "../index.js";
import { readInput } from "./read.js";

export interface Loaded {
  readonly report: Report | undefined;
  readonly findings: readonly Finding[];
}

/** Reads and parses one file. Rejects only when the file cannot be read. */
export async function loadReport(
  file: string,
  locale: Locale,
  severity: SeverityOverrides = {},
): Promise<Loaded> {
  const text = await readInput(file);
  const isJson = file.toLowerCase().endsWith(".json") || (file === "-" && /^\s*\{/.test(text));
  // The library applies the severities (and 'off') to what it reads, as validate does.
  return isJson ? fromJSON(text, { locale, severity }) : parseText(text, { locale, severity });
}
