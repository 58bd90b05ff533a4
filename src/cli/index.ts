#!/usr/bin/env node
// The `zfxxgk` command: a thin layer over the pure library, and the only code in the package that
// reads files, standard input or the environment. Exit status: 0 no error finding, 1 an error
// finding, 2 usage error or unreadable file (one line on stderr, no stack trace).
import { writeFile } from "node:fs/promises";
import {
  type Finding,
  type Report,
  rules,
  toHTML,
  toJSON,
  toMarkdown,
  toText,
  validate,
} from "../index.js";
import { jsonSchema } from "../schema.js";
import { type CliOptions, parseCommandLine, UsageError } from "./args.js";
import { type Loaded, loadReport } from "./load.js";
import { formatFindings } from "./report.js";

declare const __VERSION__: string;

const HELP = `zfxxgk — 政府信息公开工作年度报告 (government information disclosure annual report) tools

Usage:
  zfxxgk validate FILE… [--previous FILE] [--agency-level department|government]
                        [--locale zh|en] [--format text|json] [--severity CODE=error|warning|info|off…]
  zfxxgk parse FILE [--out FILE]          published text → canonical JSON
  zfxxgk render FILE --to text|markdown|html|json
  zfxxgk schema                            the JSON Schema of the canonical JSON
  zfxxgk rules [--format text|json]        the rule catalogue
  zfxxgk --help | --version

FILE is canonical JSON (*.json) or published report text (UTF-8 or GB18030); - reads stdin.
Exit status: 0 no error finding, 1 an error finding, 2 usage error or unreadable file.
`;

function say(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once("drain", () => resolve());
  });
}

function fail(message: string): void {
  process.stderr.write(`zfxxgk: ${message}\n`);
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code === "ENOENT"
    ? "no such file"
    : e.code === "EISDIR"
      ? "is a directory"
      : (e.message ?? String(e)).split("\n")[0]!;
}

/** Unique by code and path: a finding from parsing and the same from validating count once. */
function merge(first: readonly Finding[], second: readonly Finding[]): Finding[] {
  const seen = new Set(first.map((f) => `${f.code}|${f.path.join("/")}`));
  return [...first, ...second.filter((f) => !seen.has(`${f.code}|${f.path.join("/")}`))];
}

async function runValidate(options: CliOptions): Promise<number> {
  let status = 0;
  let previous: Report | undefined;
  if (options.previous !== undefined) {
    try {
      previous = (await loadReport(options.previous, options.locale)).report;
    } catch (error) {
      fail(`cannot read ${options.previous}: ${reason(error)}`);
      return 2;
    }
  }
  // One file at a time, written out before the next is read: memory stays flat for long lists.
  for (const file of options.files) {
    let loaded: Loaded;
    try {
      loaded = await loadReport(file, options.locale, options.severity);
    } catch (error) {
      fail(`cannot read ${file}: ${reason(error)}`);
      status = 2;
      continue;
    }
    const result = validate(loaded.report ?? null, {
      locale: options.locale,
      severity: options.severity,
      ...(previous !== undefined && { previous }),
      ...(options.agencyLevel !== undefined && { agencyLevel: options.agencyLevel }),
    });
    const findings = merge(loaded.findings, result.findings);
    const ok = !findings.some((f) => f.severity === "error");
    if (!ok && status === 0) status = 1;
    await say(
      options.format === "json"
        ? `${JSON.stringify({ file, ok, findings })}\n`
        : formatFindings(file, loaded.report, findings, options.locale),
    );
  }
  return status;
}

async function runParse(options: CliOptions): Promise<number> {
  const file = options.files[0]!;
  const { report, findings } = await loadReport(file, options.locale);
  for (const f of findings) process.stderr.write(`${f.severity} ${f.code} ${f.message}\n`);
  if (report === undefined) {
    fail(`${file}: no report could be read`);
    return 1;
  }
  const json = `${JSON.stringify(toJSON(report), null, 2)}\n`;
  if (options.out !== undefined) await writeFile(options.out, json);
  else await say(json);
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

async function runRender(options: CliOptions): Promise<number> {
  const file = options.files[0]!;
  const { report, findings } = await loadReport(file, options.locale);
  if (report === undefined) {
    for (const f of findings) process.stderr.write(`${f.severity} ${f.code} ${f.message}\n`);
    fail(`${file}: no report could be read`);
    return 1;
  }
  const renderers = {
    text: toText,
    markdown: toMarkdown,
    html: toHTML,
    json: (r: typeof report) => `${JSON.stringify(toJSON(r), null, 2)}\n`,
  };
  const output = renderers[options.to](report);
  await say(output.endsWith("\n") ? output : `${output}\n`);
  return 0;
}

async function runRules(options: CliOptions): Promise<number> {
  if (options.format === "json") {
    await say(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  const lines = rules.map(
    (r) =>
      `${r.code.padEnd(22)} ${r.severity.padEnd(8)} ${r.templates.join("/").padEnd(10)} ${r.description[options.locale]}`,
  );
  await say(`${lines.join("\n")}\n`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      fail(error.message);
      return 2;
    }
    throw error;
  }
  switch (options.command) {
    case "help":
      await say(HELP);
      return 0;
    case "version":
      await say(`${typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev"}\n`);
      return 0;
    case "schema":
      await say(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
      return 0;
    case "rules":
      return runRules(options);
    case "validate":
      return runValidate(options);
    case "parse":
      return runParse(options).catch((error) => {
        fail(`cannot read ${options.files[0]}: ${reason(error)}`);
        return 2;
      });
    case "render":
      return runRender(options).catch((error) => {
        fail(`cannot read ${options.files[0]}: ${reason(error)}`);
        return 2;
      });
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    fail(`internal error: ${(error as Error)?.message ?? String(error)}`);
    process.exitCode = 2;
  },
);
