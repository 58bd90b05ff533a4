// Command-line arguments: parsed with node:util parseArgs, checked, and turned into typed options.
import { parseArgs } from "node:util";
import { isRuleCode, type Locale, type SeverityOverrides } from "../index.js";

/** A usage error: printed as one line, exit status 2. */
export class UsageError extends Error {}

export type Command = "validate" | "parse" | "render" | "schema" | "rules" | "help" | "version";
export type RenderTarget = "text" | "markdown" | "html" | "json";

export interface CliOptions {
  readonly command: Command;
  readonly files: readonly string[];
  readonly previous?: string;
  readonly agencyLevel?: "department" | "government";
  readonly locale: Locale;
  readonly format: "text" | "json";
  readonly severity: SeverityOverrides;
  readonly out?: string;
  readonly to: RenderTarget;
}

const COMMANDS: readonly Command[] = ["validate", "parse", "render", "schema", "rules"];

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
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [first, ...files] = positionals;
  const base = {
    files,
    locale: oneOf("locale", values["locale"] as string | undefined, ["zh", "en"] as const) ?? "zh",
    format:
      oneOf("format", values["format"] as string | undefined, ["text", "json"] as const) ?? "text",
    severity: severities((values["severity"] as string[] | undefined) ?? []),
    to:
      oneOf(
        "to",
        values["to"] as string | undefined,
        ["text", "markdown", "html", "json"] as const,
      ) ?? "text",
    ...(values["previous"] !== undefined && { previous: values["previous"] as string }),
    ...(values["out"] !== undefined && { out: values["out"] as string }),
    ...(values["agency-level"] !== undefined && {
      agencyLevel: oneOf(
        "agency-level",
        values["agency-level"] as string,
        ["department", "government"] as const,
      )!,
    }),
  };
  if (values["help"]) return { ...base, command: "help" };
  if (values["version"]) return { ...base, command: "version" };
  if (first === undefined) throw new UsageError("no command given (see zfxxgk --help)");
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw new UsageError(`unknown command '${first}' (see zfxxgk --help)`);
  }
  const command = first as Command;
  if (
    (command === "validate" && files.length === 0) ||
    ((command === "parse" || command === "render") && files.length !== 1)
  ) {
    throw new UsageError(
      `${command}: ${command === "validate" ? "at least one FILE" : "exactly one FILE"} expected (use - for standard input)`,
    );
  }
  if ((command === "schema" || command === "rules") && files.length > 0) {
    throw new UsageError(`${command} takes no FILE`);
  }
  return { ...base, command };
}
