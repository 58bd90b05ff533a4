#!/usr/bin/env node
// The command-line entry: the only module allowed to touch Node APIs (files, stdin, exit codes).
import { readFileSync } from "node:fs";
import { jsonSchema, rules } from "../index.js";

const HELP = `zfxxgk — 政府信息公开工作年度报告 tools

Usage:
  zfxxgk schema          print the JSON Schema of the canonical JSON
  zfxxgk rules           print the rule catalogue (JSON)
  zfxxgk --help          this help
  zfxxgk --version       the package version
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  return String(pkg.version);
}

function main(argv: readonly string[]): number {
  const [command] = argv;
  if (command === undefined || command === "--help" || command === "-h") {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command === "schema") {
    process.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (command === "rules") {
    process.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  process.stderr.write(`zfxxgk: unknown command '${command}' (see zfxxgk --help)\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
