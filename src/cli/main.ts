// The `zfxxgk` command once its arguments are more than `--version` (see index.ts): parses them
// and runs the command. Each command loads what it uses when it runs (validating text never loads
// the Word or PDF readers, zod comes only with `schema`).
// Exit status: 0 no error finding, 1 an error finding, 2 usage error or an input that gave no
// report (one line on stderr, no stack trace).
import { type CliOptions, parseCommandLine, UsageError } from "./args.js";
import { REPORT_EXTENSION_LIST } from "./extensions.js";

declare const __VERSION__: string;

const HELP = `zfxxgk — 政府信息公开工作年度报告 (government information disclosure annual report) tools

Usage:
  zfxxgk validate INPUT… [--files-from FILE|-] [--format text|json|csv] [--out FILE]
                  [--jobs N] [--shard I/N] [--progress | --quiet] [--encoding LABEL]
                  [--previous FILE] [--agency-level department|government]
                  [--locale zh|en] [--severity CODE=error|warning|info|off]… [--all-reports]
  zfxxgk parse FILE [--out FILE] [--all-reports]   a published report → canonical JSON
                                           (--all-reports: a JSON array, one per report)
  zfxxgk render FILE --to text|markdown|html|json [--out FILE]
  zfxxgk schema [--out FILE]               the JSON Schema of the canonical JSON
  zfxxgk rules [--format text|json] [--out FILE]   the rule catalogue
  zfxxgk --help | --version

INPUT is a file, a folder (walked for ${REPORT_EXTENSION_LIST}) or a pattern
(*, **, ?, [abc], {a,b}; quote it); - reads standard input. --files-from takes one path a line.
Files are published reports (text in UTF-8, UTF-16 or GB18030, HTML, Word, PDF) or canonical
JSON, told by their content. validate writes one record per input, in input order:
  json  one JSON object per line: {file, ok, template, year, counts, findings} or {file, error}
  csv   one row per finding (file, code, severity, path, message, expected, actual, detail), UTF-8 with BOM
  text  findings grouped by table
--all-reports reads every report of a file holding several (a compilation, 汇编): one record
each, numbered after the file ("report": 2, "reports": 3; a CSV column report; file#2 in text).
Without it, such a file gives its first report and SOURCE_MULTIPLE_REPORTS.
--jobs N checks N files at once (default: the number of cores); --shard I/N takes the I-th of N
parts of the inputs, split by a hash of each path. Progress goes to standard error when it is a
terminal; a summary line ends the run (--quiet: neither).
Exit status: 0 no error finding, 1 an error finding, 2 usage error or an input that gave no report.
`;

function fail(message: string): void {
  process.stderr.write(`zfxxgk: ${message}\n`);
}

async function run(options: CliOptions, worker: URL): Promise<number> {
  if (options.command === "validate") {
    const { runValidate } = await import("./validate.js");
    return runValidate(options, worker, fail);
  }
  const { openSinkOrFail } = await import("./sink.js");
  const sink = await openSinkOrFail(options.out, fail);
  if (sink === undefined) return 2;
  try {
    switch (options.command) {
      case "help":
        await sink.write(HELP);
        return 0;
      case "version":
        await sink.write(`${typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev"}\n`);
        return 0;
      default: {
        const { runCommand } = await import("./commands.js");
        return await runCommand(options, sink, fail);
      }
    }
  } finally {
    await sink.close();
  }
}

/**
 * Runs the command line (`argv` without node and the script); its exit status. `worker`: the
 * module of the pool's workers.
 */
export function main(argv: readonly string[], worker: URL): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      fail(error.message);
      return Promise.resolve(2);
    }
    throw error;
  }
  return run(options, worker);
}
