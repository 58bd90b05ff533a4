// Command-line arguments: parsed with node:util parseArgs, checked, and turned into typed options.
// Kept light on purpose: `zfxxgk --version` loads this module and nothing of the library but the
// list of rule codes (to check --severity before any file is read).
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { isRuleCode, type Locale } from "../findings/codes.js";
import type { SeverityOverrides } from "../findings/options.js";

/** A usage error: printed as one line, exit status 2. */
export class UsageError extends Error {}

export type Command = "validate" | "parse" | "render" | "schema" | "rules" | "help" | "version";
export type RenderTarget = "text" | "markdown" | "html" | "json";
export type OutputFormat = "text" | "json" | "csv";

/** `--shard i/n`: this run takes the inputs whose path hashes to part `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export interface CliOptions {
  readonly command: Command;
  readonly files: readonly string[];
  /** `--files-from FILE|-`: one path per line. */
  readonly filesFrom?: string;
  readonly previous?: string;
  readonly agencyLevel?: "department" | "government";
  readonly locale: Locale;
  readonly format: OutputFormat;
  readonly severity: SeverityOverrides;
  readonly out?: string;
  readonly to: RenderTarget;
  /** A WHATWG encoding label for text inputs; absent: detected (UTF-8, UTF-16, GB18030). */
  readonly encoding?: string;
  readonly jobs: number;
  readonly shard?: Shard;
  /** Progress on standard error: forced on, off, or (undefined) when it is a terminal. */
  readonly progress?: boolean;
  /** `--quiet`: no progress and no summary line. */
  readonly quiet: boolean;
  /** `--all-reports`: every report of a compilation, one record each (validate), or a JSON array (parse). */
  readonly allReports: boolean;
}

const COMMANDS: readonly Command[] = ["validate", "parse", "render", "schema", "rules"];

/** The formats each command can write. */
const FORMATS: Readonly<Record<Command, readonly OutputFormat[]>> = {
  validate: ["text", "json", "csv"],
  rules: ["text", "json"],
  parse: ["json"],
  render: ["text"],
  schema: ["json"],
  help: ["text"],
  version: ["text"],
};

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got '${value}')`);
}

function severities(values: readonly string[]): SeverityOverrides {
  const result: SeverityOverrides = {};
  for (const value of values) {
    const [code, level] = value.split("=");
    if (!isRuleCode(code)) throw new UsageError(`--severity: unknown rule code '${code}'`);
    if (level === undefined) throw new UsageError(`--severity takes CODE=error|warning|info|off`);
    result[code] = oneOf("severity", level, ["error", "warning", "info", "off"] as const)!;
  }
  return result;
}

function positiveInteger(name: string, value: string): number {
  if (!/^[1-9][0-9]{0,5}$/.test(value)) {
    throw new UsageError(`--${name} takes a whole number from 1 (got '${value}')`);
  }
  return Number(value);
}

/** `i/n` with 1 ≤ i ≤ n, as jest and playwright number their shards. */
export function parseShard(value: string): Shard {
  const match = /^([1-9][0-9]{0,5})\/([1-9][0-9]{0,5})$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || index > count) {
    throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/8 (got '${value}')`);
  }
  return { index, count };
}

function encoding(label: string): string {
  try {
    // The label is checked here, once, rather than in every worker.
    return new TextDecoder(label).encoding;
  } catch {
    throw new UsageError(`--encoding: unknown encoding '${label}' (e.g. utf-8, gb18030, utf-16le)`);
  }
}

/** Parses argv (without node and the script). Throws {@link UsageError} on bad usage. */
export function parseCommandLine(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        previous: { type: "string" },
        "agency-level": { type: "string" },
        locale: { type: "string" },
        format: { type: "string" },
        severity: { type: "string", multiple: true },
        out: { type: "string", short: "o" },
        to: { type: "string" },
        "files-from": { type: "string" },
        encoding: { type: "string" },
        jobs: { type: "string", short: "j" },
        shard: { type: "string" },
        progress: { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        "all-reports": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const text = (name: string) => values[name] as string | undefined;
  const [first, ...files] = positionals;
  if (values["progress"] && values["quiet"]) {
    throw new UsageError("--progress and --quiet contradict each other");
  }
  const filesFrom = text("files-from");
  const jobs = text("jobs");
  const shard = text("shard");
  const label = text("encoding");
  const base = {
    files,
    locale: oneOf("locale", text("locale"), ["zh", "en"] as const) ?? "zh",
    severity: severities((values["severity"] as string[] | undefined) ?? []),
    to: oneOf("to", text("to"), ["text", "markdown", "html", "json"] as const) ?? "text",
    jobs: jobs === undefined ? availableParallelism() : positiveInteger("jobs", jobs),
    quiet: values["quiet"] === true,
    allReports: values["all-reports"] === true,
    ...(values["progress"] === true && { progress: true }),
    ...(values["quiet"] === true && { progress: false }),
    ...(shard !== undefined && { shard: parseShard(shard) }),
    ...(label !== undefined && { encoding: encoding(label) }),
    ...(filesFrom !== undefined && { filesFrom }),
    ...(text("previous") !== undefined && { previous: text("previous")! }),
    ...(text("out") !== undefined && { out: text("out")! }),
    ...(text("agency-level") !== undefined && {
      agencyLevel: oneOf("agency-level", text("agency-level"), [
        "department",
        "government",
      ] as const)!,
    }),
  };
  if (values["help"]) return { ...base, format: "text", command: "help" };
  if (values["version"]) return { ...base, format: "text", command: "version" };
  if (first === undefined) throw new UsageError("no command given (see zfxxgk --help)");
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw new UsageError(`unknown command '${first}' (see zfxxgk --help)`);
  }
  const command = first as Command;
  const allowed = FORMATS[command];
  const format = oneOf("format", text("format"), allowed) ?? allowed[0]!;
  if (command === "validate" && files.length === 0 && filesFrom === undefined) {
    throw new UsageError(
      "validate: FILE, DIRECTORY, GLOB or --files-from expected (use - for standard input)",
    );
  }
  if ((command === "parse" || command === "render") && files.length !== 1) {
    throw new UsageError(`${command}: exactly one FILE expected (use - for standard input)`);
  }
  if ((command === "schema" || command === "rules") && files.length > 0) {
    throw new UsageError(`${command} takes no FILE`);
  }
  if (command !== "validate") {
    for (const name of ["files-from", "shard"]) {
      if (values[name] !== undefined) throw new UsageError(`--${name} is for validate only`);
    }
    if (command !== "parse" && values["all-reports"] !== undefined) {
      throw new UsageError("--all-reports is for validate and parse only");
    }
  }
  if (filesFrom === "-" && files.includes("-")) {
    throw new UsageError("standard input cannot be both a FILE (-) and --files-from -");
  }
  return { ...base, format, command };
}
