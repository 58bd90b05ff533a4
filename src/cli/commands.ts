// The single-file and catalogue commands: parse, render, schema, rules. Each writes to standard
// output or to --out. Loaded only when one of them runs.
import { rules, toHTML, toJSON, toMarkdown, toText } from "../index.js";
import type { CliOptions } from "./args.js";
import { loadFile, loadReports } from "./check.js";
import type { Sink } from "./sink.js";
import { errorMessage } from "./words.js";

async function stdinBytes(file: string): Promise<Uint8Array | undefined> {
  if (file !== "-") return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Runs parse or render on its one file; exit 2 when it gives no report, 1 on an error finding. */
async function readAndWrite(
  options: CliOptions,
  sink: Sink,
  fail: (message: string) => void,
): Promise<number> {
  const file = options.files[0]!;
  if (options.command === "parse" && options.allReports) return parseAll(options, sink, fail);
  const loaded = await loadFile(file, await stdinBytes(file), options);
  if (loaded.kind === "error") {
    fail(`cannot read ${file}: ${errorMessage(loaded.error, options.locale)}`);
    return 2;
  }
  const { report, findings } = loaded;
  if (options.command === "parse" || report === undefined) {
    for (const f of findings) process.stderr.write(`${f.severity} ${f.code} ${f.message}\n`);
  }
  if (report === undefined) {
    fail(`${file}: no report could be read`);
    return 1;
  }
  if (options.command === "parse") {
    await sink.write(`${JSON.stringify(toJSON(report), null, 2)}\n`);
    return findings.some((f) => f.severity === "error") ? 1 : 0;
  }
  const renderers = {
    text: toText,
    markdown: toMarkdown,
    html: toHTML,
    json: (r: typeof report) => `${JSON.stringify(toJSON(r), null, 2)}\n`,
  };
  const output = renderers[options.to](report);
  await sink.write(output.endsWith("\n") ? output : `${output}\n`);
  return 0;
}

/**
 * `parse FILE --all-reports`: every report of a compilation, a JSON array of their canonical
 * JSON in the order printed (`null` for a part that gave no report); each finding on standard
 * error after its report's number. Exit 2 when the file gave no report, 1 on an error finding or
 * a part without a report.
 */
async function parseAll(
  options: CliOptions,
  sink: Sink,
  fail: (message: string) => void,
): Promise<number> {
  const file = options.files[0]!;
  const all = await loadReports(file, await stdinBytes(file), options);
  const first = all[0]!;
  if (all.length === 1 && first.kind === "error") {
    fail(`cannot read ${file}: ${errorMessage(first.error, options.locale)}`);
    return 2;
  }
  let failed = false;
  const reports = all.map((loaded, index) => {
    const number = `#${index + 1}`;
    if (loaded.kind === "error") {
      fail(`${file}${number}: ${errorMessage(loaded.error, options.locale)}`);
      failed = true;
      return null;
    }
    for (const f of loaded.findings) {
      process.stderr.write(`${number} ${f.severity} ${f.code} ${f.message}\n`);
      if (f.severity === "error") failed = true;
    }
    if (loaded.report === undefined) {
      fail(`${file}${number}: no report could be read`);
      failed = true;
      return null;
    }
    return toJSON(loaded.report);
  });
  await sink.write(`${JSON.stringify(reports, null, 2)}\n`);
  return failed ? 1 : 0;
}

/** Runs parse, render, schema or rules. */
export async function runCommand(
  options: CliOptions,
  sink: Sink,
  fail: (message: string) => void,
): Promise<number> {
  switch (options.command) {
    case "schema": {
      const { jsonSchema } = await import("../schema.js");
      await sink.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
      return 0;
    }
    case "rules": {
      if (options.format === "json") {
        await sink.write(`${JSON.stringify(rules, null, 2)}\n`);
        return 0;
      }
      const lines = rules.map(
        (r) =>
          `${r.code.padEnd(22)} ${r.severity.padEnd(8)} ${r.templates.join("/").padEnd(10)} ${r.description[options.locale]}`,
      );
      await sink.write(`${lines.join("\n")}\n`);
      return 0;
    }
    default:
      return readAndWrite(options, sink, fail);
  }
}
