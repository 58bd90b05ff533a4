import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toJSON } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { run, tempFolder, writeBody as writeBodyIn } from "./support.js";

const CORPUS = join("test", "fixtures", "corpus");
const work = tempFolder();
const writeBody = (name: string) => writeBodyIn(work, name);

describe("zfxxgk validate", () => {
  it("the seed text has no error: exit 0", async () => {
    const result = await run(["validate", writeBody("seed-dacaozhuang-2022.txt"), "--quiet"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("无错误");
  });

  it("a broken identity exits 1 and names the rule, row and column", async () => {
    const json = toJSON(seedReport) as { applications: Record<string, Record<string, number>> };
    json.applications["totalHandled"]!["naturalPerson"] = 5;
    const file = join(work, "broken.json");
    writeFileSync(file, JSON.stringify(json));
    const result = await run(["validate", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("T3_RESULT_TOTAL");
    expect(result.stdout).toContain("（七）总计");
    expect(result.stdout).toContain("自然人");
    expect(result.stdout).toContain("三、收到和处理政府信息公开申请情况");
  });

  it("a missing file exits 2 with its record and no stack trace", async () => {
    const file = join(work, "no-such-file.txt");
    const result = await run(["validate", file, "--locale", "en"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(`${file}: NOT_FOUND no such file\n`);
    // The summary line only.
    expect(result.stderr).toMatch(/^zfxxgk: 1 files: .*1 unreadable; [0-9.]+ s\n$/);
  });

  it("a missing file does not stop the others; JSON output is one object per line", async () => {
    const files = [
      writeBody("github-013.txt"),
      join(work, "missing.txt"),
      writeBody("seed-dacaozhuang-2022.txt"),
    ];
    const result = await run(["validate", ...files, "--format", "json"]);
    expect(result.code).toBe(2);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[0].ok).toBe(false);
    expect(lines[0].findings.some((f: { code: string }) => f.code === "T3_RESULT_TOTAL")).toBe(
      true,
    );
    expect(lines[1]).toEqual({
      file: files[1],
      error: { code: "NOT_FOUND", message: "文件不存在" },
    });
    expect(lines[2]).toMatchObject({ ok: true, template: "2021", year: 2022 });
  });

  it("--format json parses as JSON for every corpus file", async () => {
    const names = readdirSync(CORPUS).filter((name) => name.endsWith(".txt"));
    const files = names.map(writeBody);
    const result = await run(["validate", ...files, "--format", "json", "--quiet"]);
    expect(result.stderr).toBe("");
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(names.length);
    for (const line of lines) {
      const parsed = JSON.parse(line);
      expect(typeof parsed.ok).toBe("boolean");
      expect(Array.isArray(parsed.findings)).toBe(true);
    }
  }, 120_000);

  it("reads GB18030 text (as many government pages are served) and standard input", async () => {
    // test/fixtures/seed-gb18030.txt is the seed report encoded in GB18030 (written with Python's codec).
    const gbFile = join("test", "fixtures", "seed-gb18030.txt");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(gbFile))).toThrow();
    const gb = await run(["parse", gbFile]);
    expect(gb.code).toBe(0);
    expect(JSON.parse(gb.stdout).applications).toEqual(toJSON(seedReport)["applications"]);
    const fromStdin = await run(["validate", "-"], readFileSync(gbFile));
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toContain("无错误");
  });

  it("--locale en and --severity overrides", async () => {
    const file = writeBody("github-013.txt");
    const english = await run(["validate", file, "--locale", "en"]);
    expect(english.stdout).toMatch(/should equal the sum of the result rows/);
    const relaxed = await run([
      "validate",
      file,
      "--format",
      "json",
      "--severity",
      "T3_RESULT_TOTAL=warning",
      "--severity",
      "PARSE_CELL_UNREADABLE=warning",
    ]);
    const parsed = JSON.parse(relaxed.stdout);
    expect(
      parsed.findings
        .filter((f: { code: string; severity: string }) => f.code === "T3_RESULT_TOTAL")
        .every((f: { severity: string }) => f.severity === "warning"),
    ).toBe(true);
    const before = JSON.parse((await run(["validate", file, "--format", "json"])).stdout);
    const off = await run([
      "validate",
      file,
      "--format",
      "json",
      "--severity",
      "T3_RESULT_TOTAL=off",
    ]);
    const codes = (result: { findings: { code: string }[] }) => result.findings.map((f) => f.code);
    expect(codes(before)).toContain("T3_RESULT_TOTAL");
    expect(codes(JSON.parse(off.stdout))).toEqual(
      codes(before).filter((code) => code !== "T3_RESULT_TOTAL"),
    );
  });

  it("--previous feeds the cross-year rules", async () => {
    // Last year's report carried 2 applications forward; this year's (the seed) carried none over.
    const previous = toJSON(seedReport) as {
      year: number;
      applications: Record<string, Record<string, number>>;
    };
    previous.year = 2021;
    previous.applications["carriedForward"] = {
      ...previous.applications["carriedForward"],
      naturalPerson: 2,
      total: 2,
    };
    const previousFile = join(work, "previous.json");
    writeFileSync(previousFile, JSON.stringify(previous));
    const current = writeBody("seed-dacaozhuang-2022.txt");
    const result = await run(["validate", current, "--previous", previousFile, "--format", "json"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    const carryOver = parsed.findings.filter((f: { code: string }) => f.code === "CARRY_OVER");
    expect(carryOver.map((f: { path: string[] }) => f.path.join("."))).toEqual([
      "applications.carriedOver.naturalPerson",
      "applications.carriedOver.total",
    ]);
    const without = JSON.parse((await run(["validate", current, "--format", "json"])).stdout);
    expect(without.findings).toEqual([]);
  });

  it("usage errors exit 2 with one line", async () => {
    for (const args of [
      [],
      ["frobnicate"],
      ["validate"],
      ["validate", "x", "--format", "xml"],
      ["validate", "x", "--severity", "NOPE=error"],
      ["render", "a", "b"],
      ["validate", "x", "--jobs", "0"],
      ["validate", "x", "--shard", "3/2"],
      ["validate", "x", "--encoding", "klingon"],
      ["validate", "x", "--progress", "--quiet"],
      ["rules", "--format", "csv"],
      ["parse", "x", "--shard", "1/2"],
    ]) {
      const result = await run(args);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("zfxxgk parse, render, schema, rules", () => {
  it("parse writes canonical JSON, to stdout or --out", async () => {
    const file = writeBody("seed-dacaozhuang-2022.txt");
    const result = await run(["parse", file]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.applications).toEqual(toJSON(seedReport)["applications"]);
    const out = join(work, "seed.json");
    expect((await run(["parse", file, "--out", out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(json);
  });

  it("render --to text|markdown|html|json", async () => {
    const json = join(work, "seed-render.json");
    writeFileSync(json, JSON.stringify(toJSON(seedReport)));
    const text = await run(["render", json, "--to", "text"]);
    expect(text.stdout).toContain("三、收到和处理政府信息公开申请情况");
    const markdown = await run(["render", json, "--to", "markdown"]);
    expect(markdown.stdout).toMatch(/^# /);
    const html = await run(["render", json, "--to", "html"]);
    expect(html.stdout).toContain("<table");
    const back = await run(["render", json, "--to", "json"]);
    expect(JSON.parse(back.stdout)).toEqual(toJSON(seedReport));
  });

  it("schema prints the JSON Schema; rules the catalogue", async () => {
    const schema = await run(["schema"]);
    expect(JSON.parse(schema.stdout)["$schema"]).toBe(
      "https://json-schema.org/draft/2020-12/schema",
    );
    const rules = await run(["rules", "--format", "json"]);
    expect(JSON.parse(rules.stdout).map((r: { code: string }) => r.code)).toContain("T3_BALANCE");
    const text = await run(["rules"]);
    expect(text.stdout).toContain("T4_GROUP_TOTAL");
  });

  it("--help and --version", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("zfxxgk validate INPUT");
    const version = await run(["--version"]);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});
