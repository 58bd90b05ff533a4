/**
 * The worker processes of `validate --jobs N`: how many start, and the V8 options they run with.
 */
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { workerExecArgv } from "../../src/cli/validate.js";
import { records, run, tempFolder, writeBody } from "./support.js";

describe("workerExecArgv", () => {
  it("runs V8 without helper threads when the workers fill the cores, and keeps Node's options", () => {
    expect(workerExecArgv(2, 2, ["--import", "x.mjs"])).toEqual([
      "--import",
      "x.mjs",
      "--single-threaded",
    ]);
    expect(workerExecArgv(8, 4, [])).toEqual(["--single-threaded"]);
  });

  it("drops the options that would run other code in a worker, or contend for a port", () => {
    expect(
      workerExecArgv(1, 2, [
        "-e",
        'import("zfxxgk")',
        "--max-old-space-size=4096",
        "--print",
        "1",
        "--input-type=module",
        "--inspect",
        "--inspect-brk=9230",
        "--inspect-port",
        "9231",
        "--watch",
        "--watch-path",
        "src",
        "--import",
        "probe.mjs",
        "-c",
      ]),
    ).toEqual(["--max-old-space-size=4096", "--import", "probe.mjs"]);
    // As `node -p -e CODE` and `node -pe CODE` write them in process.execArgv.
    expect(workerExecArgv(1, 2, ["-p", "-e", "1 + 1", "--no-warnings"])).toEqual(["--no-warnings"]);
    expect(workerExecArgv(1, 2, ["-pe", "1 + 1", "--no-warnings"])).toEqual(["--no-warnings"]);
  });

  it("leaves V8 its helper threads when cores are spare", () => {
    expect(workerExecArgv(2, 4, ["--max-old-space-size=4096"])).toEqual([
      "--max-old-space-size=4096",
    ]);
    expect(workerExecArgv(1, 2, [])).toEqual([]);
  });
});

describe("the pool", () => {
  const work = tempFolder();
  // Printed by every process the command starts: whether it is a worker, and its V8 option.
  const probe = join(work, "probe.mjs");
  writeFileSync(
    probe,
    [
      'const single = process.execArgv.includes("--single-threaded");',
      'const who = process.send ? "worker" : "main";',
      'process.stderr.write("PROBE " + who + " " + single + "\\n");',
    ].join("\n"),
  );
  const inputs = [
    writeBody(work, "seed-dacaozhuang-2022.txt"),
    writeBody(work, "github-001.txt"),
    writeBody(work, "pages-002.txt"),
  ];

  it("starts a process per batch waiting, up to --jobs, each without V8's helper threads", async () => {
    // More jobs than cores and than inputs: the workers fill the cores.
    const jobs = availableParallelism() + 4;
    const result = await run(
      ["validate", ...inputs, "--format", "json", "-q", "--jobs", String(jobs)],
      undefined,
      { node: ["--import", probe] },
    );
    expect(records(result.stdout).map((r) => r.file)).toEqual(inputs);
    const probes = [...result.stderr.matchAll(/^PROBE (\w+) (\w+)$/gm)].map((m) => [m[1], m[2]]);
    expect(probes.filter(([who]) => who === "main")).toEqual([["main", "false"]]);
    const workers = probes.filter(([who]) => who === "worker");
    // Three inputs are three batches of one at most: never a process per core.
    expect(workers.length).toBeGreaterThanOrEqual(1);
    expect(workers.length).toBeLessThanOrEqual(inputs.length);
    expect(workers.every(([, single]) => single === "true")).toBe(true);
  }, 120_000);

  it("gives every input an INTERNAL record, and ends, when no worker can start", async () => {
    // Every worker process dies as it starts (a Node refusing an option would do the same).
    const dies = join(work, "dies.mjs");
    writeFileSync(dies, "if (process.send) process.exit(3);\n");
    const result = await run(
      ["validate", ...inputs, "--format", "json", "-q", "--jobs", "2"],
      undefined,
      { node: ["--import", dies] },
    );
    const lines = records(result.stdout);
    expect(lines.map((r) => r.file)).toEqual(inputs);
    for (const line of lines) expect(line["error"]).toMatchObject({ code: "INTERNAL" });
    expect(result.code).toBe(2);
  }, 120_000);
});
