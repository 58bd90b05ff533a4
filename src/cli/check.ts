// One input in, one record out: read the file, tell its format, read it with the reader of that
// format, validate the report, and write the record. The same code runs in the main thread
// (`--jobs 1`, or a single input) and in each worker of the pool, a batch of inputs at a time;
// it never rejects.
// Files are read synchronously: a worker has nothing else to do meanwhile, and in the main thread
// (one job) the check of a file waits for its bytes either way. The promise-based read cost more
// than the read itself (open, stat, read and close each a round trip through libuv).
import { readFileSync } from "node:fs";
import {
  decodeText,
  detectTemplate,
  type Finding,
  fromJSON,
  isUnreadableReason,
  type Locale,
  newRuleFindings,
  type Report,
  type SeverityOverrides,
  sniffSource,
  templates,
  validate,
} from "../index.js";
import { READERS, type ReadResult } from "./readers.js";
import {
  type FileRecord,
  type FindingCounts,
  formatRecord,
  numbered,
  reportRecord,
} from "./record.js";
import { errorMessage, type InputError } from "./words.js";

/** What every file of a run is read and validated with. */
export interface Settings {
  readonly locale: Locale;
  readonly severity: SeverityOverrides;
  readonly format: "json" | "csv" | "text";
  /** A WHATWG encoding label for text; absent: detected. */
  readonly encoding?: string;
  readonly agencyLevel?: "department" | "government";
  /** Last year's report as canonical JSON text (read once, by the main thread). */
  readonly previous?: string;
  /** `--all-reports`: every report of a compilation, one record each, numbered. */
  readonly allReports?: boolean;
}

/** One input to check. */
export interface Task {
  readonly file: string;
  /** The bytes of standard input (`-`), read by the main thread. */
  readonly bytes?: Uint8Array;
  /** A problem met while listing the inputs (a pattern that matched nothing, …). */
  readonly problem?: InputError;
}

/** Inputs checked one after the other, with the settings of the run: one message to a worker. */
export interface Batch {
  readonly tasks: readonly Task[];
  readonly settings: Settings;
}

/** The written record, and what the summary line counts of it. */
export interface Outcome {
  readonly chunk: string;
  /** The findings by severity; absent when the input gave no report. */
  readonly counts?: { readonly error: number; readonly warning: number; readonly info: number };
}

/** A file read: its report (when a template could be told) and findings, or why there is none. */
export type Loaded =
  | {
      readonly kind: "report";
      readonly report: Report | undefined;
      readonly findings: readonly Finding[];
    }
  | { readonly kind: "error"; readonly error: InputError };

const SECTIONS = templates["2021"].sections.map((section) => section.key as string);

function systemError(error: unknown): InputError {
  const code = (error as { code?: unknown })?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return { code: "NOT_FOUND" };
  return {
    code: "UNREADABLE",
    system: typeof code === "string" ? code : String((error as Error)?.message ?? error),
  };
}

/**
 * Whether JSON text holds a part of a report: an object with the format's version, the template,
 * the year or a section. Other JSON (`{"a":1}`, a list, a number) is no report, whose CELL_TYPE
 * findings would name fields it never meant to have. Text that is no JSON at all is left to the
 * reader's findings, which say where it fails to parse.
 */
function reportShaped(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return true;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return ["formatVersion", "template", "year", ...SECTIONS].some((key) =>
    Object.hasOwn(value, key),
  );
}

/**
 * Whether a reader found nothing of a report: no report, and either no finding at all or every
 * section reported missing. Other findings without a report (canonical JSON with a bad
 * `template`) say what is wrong, and are kept in a record.
 */
function nothingFound(read: ReadResult): boolean {
  if (read.report !== undefined) return false;
  if (read.findings.length === 0) return true;
  return SECTIONS.every((key) =>
    read.findings.some((f) => f.code === "SECTION_MISSING" && f.path[0] === key),
  );
}

/** Reads one file (or the given bytes) with the reader of its format. Never rejects. */
export async function loadFile(
  file: string,
  bytes: Uint8Array | undefined,
  settings: Pick<Settings, "locale" | "severity" | "encoding">,
): Promise<Loaded> {
  return (await loadWith(file, bytes, settings, false))[0]!;
}

/**
 * Reads every report of one file (a compilation holds several) with the reader of its format:
 * one `Loaded` each, in the order printed; a file that cannot be read gives its one error. Never
 * rejects.
 */
export async function loadReports(
  file: string,
  bytes: Uint8Array | undefined,
  settings: Pick<Settings, "locale" | "severity" | "encoding">,
): Promise<readonly Loaded[]> {
  return loadWith(file, bytes, settings, true);
}

async function loadWith(
  file: string,
  bytes: Uint8Array | undefined,
  settings: Pick<Settings, "locale" | "severity" | "encoding">,
  all: boolean,
): Promise<readonly Loaded[]> {
  let data: Uint8Array;
  try {
    data = bytes ?? readFileSync(file);
  } catch (error) {
    return [{ kind: "error", error: systemError(error) }];
  }
  const encoding = settings.encoding === undefined ? {} : { encoding: settings.encoding };
  const sniffed = sniffSource(data, { name: file, ...encoding });
  if (sniffed.kind === "empty") return [{ kind: "error", error: { code: "EMPTY" } }];
  if (sniffed.kind === "binary") {
    return [{ kind: "error", error: { code: "BINARY", what: sniffed.what } }];
  }
  if (sniffed.kind === "unsupported") {
    return [{ kind: "error", error: { code: "UNSUPPORTED_FORMAT", format: sniffed.format } }];
  }
  const reader = READERS[sniffed.format];
  if (reader === undefined) {
    return [{ kind: "error", error: { code: "UNSUPPORTED_FORMAT", format: sniffed.format } }];
  }
  const options = { locale: settings.locale, severity: settings.severity };
  const text = () => (sniffed.kind === "text" ? sniffed.text : decodeText(data, encoding));
  let reads: readonly ReadResult[];
  if (reader.input === "bytes") {
    reads = all
      ? await (await reader.loadAll())(data, options)
      : [await (await reader.load())(data, options)];
  } else {
    reads = all
      ? await (await reader.loadAll())(text(), options)
      : [await (await reader.load())(text(), options)];
  }
  if (
    sniffed.format === "json" &&
    reads.every((read) => read.report === undefined) &&
    !reportShaped(text())
  ) {
    return [{ kind: "error", error: { code: "NOT_A_REPORT" } }];
  }
  // Text the reader found nothing in but that shows a template's labels or a report's title is a
  // report the reader could not read (its findings say so), not "not a report". So is each part
  // of a compilation: it was told from the others by its own headings.
  const labelled = () =>
    reads.length > 1 || (sniffed.kind === "text" && detectTemplate(sniffed.text) !== undefined);
  return reads.map((read) => loaded(read, labelled));
}

/** What a reader's result is: a report (or its findings), or why the file gave none. */
function loaded(read: ReadResult, labelled: () => boolean): Loaded {
  const unreadable = read.findings.find((f) => f.code === "SOURCE_UNREADABLE");
  if (read.report === undefined && unreadable !== undefined) {
    const reason = isUnreadableReason(unreadable.actual) ? { reason: unreadable.actual } : {};
    return {
      kind: "error",
      error: { code: "SOURCE_UNREADABLE", message: unreadable.message, ...reason },
    };
  }
  if (nothingFound(read) && !labelled()) return { kind: "error", error: { code: "NOT_A_REPORT" } };
  return { kind: "report", report: read.report, findings: read.findings };
}

/** The reader's findings, then the rules' it did not already give (`newRuleFindings`). */
function merge(first: readonly Finding[], second: readonly Finding[]): Finding[] {
  return [...first, ...newRuleFindings(first, second)];
}

/** The records of one input: one, or with `--all-reports` one per report it holds. */
async function recordsOf(
  task: Task,
  settings: Settings,
  previous: Report | undefined,
): Promise<readonly FileRecord[]> {
  const { file } = task;
  const failed = (error: InputError): FileRecord => ({
    file,
    error: {
      code: error.code,
      // Why a document could not be read, for programs to switch on (`garbled-text` needs OCR).
      ...("reason" in error && error.reason !== undefined && { reason: error.reason }),
      message: errorMessage(error, settings.locale),
    },
  });
  if (task.problem !== undefined) return [failed(task.problem)];
  const all = settings.allReports === true;
  const reads = all
    ? await loadReports(file, task.bytes, settings)
    : [await loadFile(file, task.bytes, settings)];
  const records = reads.map((loaded): FileRecord => {
    if (loaded.kind === "error") return failed(loaded.error);
    const result = validate(loaded.report ?? null, {
      locale: settings.locale,
      severity: settings.severity,
      ...(previous !== undefined && { previous }),
      ...(settings.agencyLevel !== undefined && { agencyLevel: settings.agencyLevel }),
    });
    const findings = merge(loaded.findings, result.findings);
    return reportRecord(file, loaded.report?.template, loaded.report?.year ?? undefined, findings);
  });
  // Numbered when every report is asked for, also a file of one (or one that gave none).
  return all
    ? records.map((record, index) => numbered(record, index + 1, records.length))
    : records;
}

/** Checks one input and writes its records. Never rejects: a failure is the input's record. */
export async function checkFile(
  task: Task,
  settings: Settings,
  previous: Report | undefined,
): Promise<Outcome> {
  let records: readonly FileRecord[];
  try {
    records = await recordsOf(task, settings, previous);
  } catch (error) {
    const message = String((error as Error)?.message ?? error).split("\n")[0]!;
    const record: FileRecord = {
      file: task.file,
      error: {
        code: "INTERNAL",
        message: errorMessage({ code: "INTERNAL", message }, settings.locale),
      },
    };
    records = settings.allReports === true ? [numbered(record, 1, 1)] : [record];
  }
  const chunk = records
    .map((record) => formatRecord(record, settings.format, settings.locale))
    .join("");
  // The input's counts: its reports' findings together; none when it gave no report.
  const counted = records.flatMap((record) => ("error" in record ? [] : [record.counts]));
  if (counted.length === 0) return { chunk };
  const sum = (severity: keyof FindingCounts) =>
    counted.reduce((total, counts) => total + counts[severity], 0);
  return { chunk, counts: { error: sum("error"), warning: sum("warning"), info: sum("info") } };
}

/** Last year's report of the run, read once per batch rather than once per file. */
function previousOf(settings: Settings): Report | undefined {
  return settings.previous === undefined ? undefined : fromJSON(settings.previous).report;
}

/** Checks the inputs of a batch in order; one outcome each. Never rejects. */
export async function checkBatch(batch: Batch): Promise<Outcome[]> {
  const previous = previousOf(batch.settings);
  const outcomes: Outcome[] = [];
  for (const task of batch.tasks) outcomes.push(await checkFile(task, batch.settings, previous));
  return outcomes;
}
