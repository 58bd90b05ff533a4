/**
 * `zfxxgk validate` for pipelines (issue 16): folders, patterns and lists in; one record per input
 * in input order whatever happened; CSV a real parser reads; the same bytes whatever --jobs is;
 * shards that make up the whole; --out; progress on a terminal only; and what the command loads.
 */
import { execFile, execFileSync, spawn } from "node:child_process";
import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { toHTML, toJSON } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { corpus, corpusFiles } from "../read/support.js";
import { CLI, records, run, tempFolder, writeBody } from "./support.js";

const work = tempFolder();
/** Every corpus report, in a nested folder (two levels), plus files a folder walk must skip. */
const reports = join(work, "reports");
const names = corpusFiles().map((file) => `${file.name}.txt`);
/** The report files of the folder, in the order a walk lists them (names in code-unit order). */
let listed: string[] = [];

beforeAll(() => {
  for (const [i, name] of names.entries()) {
    writeBody(join(reports, i % 3 === 0 ? "2021" : join("2022", "county")), name);
  }
  // Word files too (the fixtures of the Word reader), read through the table of readers.
  for (const name of readdirSync(join("test", "fixtures", "docx"))) {
    copyFileSync(join("test", "fixtures", "docx", name), join(reports, "2021", name));
  }
  writeFileSync(join(reports, "notes.csv"), "not,a,report\n");
  mkdirSync(join(reports, ".cache"));
  writeFileSync(join(reports, ".cache", "hidden.txt"), "skipped\n");
  const walk = (folder: string): string[] =>
    readdirSync(folder)
      .filter((name) => !name.startsWith("."))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap((name) => {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) return walk(path);
        return /\.(txt|docx)$/.test(name) ? [path] : [];
      });
  listed = walk(reports);
});

describe("inputs", () => {
  it("a folder gives one record per report file, in order (hidden and other files skipped)", async () => {
    const result = await run(["validate", reports, "--format", "json", "--quiet"]);
    const lines = records(result.stdout);
    expect(listed.filter((path) => path.endsWith(".txt"))).toHaveLength(names.length);
    expect(listed.filter((path) => path.endsWith(".docx")).length).toBeGreaterThan(2);
    expect(lines.map((r) => r.file)).toEqual(listed);
    for (const record of lines) {
      expect(Object.keys(record)).toEqual(["file", "ok", "template", "year", "counts", "findings"]);
    }
    expect(result.code).toBe(lines.some((r) => r["ok"] === false) ? 1 : 0);
  }, 120_000);

  it("a folder's old Word, WPS and RTF files are walked and say they cannot be read, not passed by", async () => {
    const old = join(work, "old-word");
    mkdirSync(old);
    const doc = join("test", "fixtures", "unreadable", "seed-2022.doc");
    copyFileSync(doc, join(old, "report.doc"));
    // WPS Writer's .wps is an OLE compound file as .doc is.
    copyFileSync(doc, join(old, "report.wps"));
    writeFileSync(join(old, "report.rtf"), "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}} 2022}");
    writeFileSync(join(old, "notes.csv"), "not,a,report\n");
    const result = await run(["validate", old, "--format", "json", "--quiet"]);
    expect(records(result.stdout)).toMatchObject(
      ["report.doc", "report.rtf", "report.wps"].map((name) => ({
        file: join(old, name),
        error: { code: "UNSUPPORTED_FORMAT" },
      })),
    );
    expect(result.code).toBe(2);
    expect((await run(["--help"])).stdout).toContain(".docx .docm .doc .wps .rtf .pdf");
  });

  it("a folder's pages saved as .shtml, .xhtml or .mht and Word's .docm are walked and read", async () => {
    const saved = join(work, "saved-pages");
    mkdirSync(saved);
    const page = readdirSync(join("test", "fixtures", "html")).find((n) => n.endsWith(".html"));
    const word = readdirSync(join("test", "fixtures", "docx")).find((n) => n.startsWith("seed"));
    copyFileSync(join("test", "fixtures", "html", page!), join(saved, "page.shtml"));
    copyFileSync(join("test", "fixtures", "html", page!), join(saved, "page.xhtml"));
    const archive = join("test", "fixtures", "html", "word2010-pingtan-2021.mht");
    copyFileSync(archive, join(saved, "page.mht"));
    // Sites serve single file web pages as Word files: read by what the bytes are.
    copyFileSync(archive, join(saved, "report.doc"));
    // A .docm is a .docx package whose main part is typed macro-enabled; read alike.
    copyFileSync(join("test", "fixtures", "docx", word!), join(saved, "report.docm"));
    const result = await run(["validate", saved, "--format", "json", "--quiet"]);
    const lines = records(result.stdout);
    expect(lines.map((r) => r.file)).toEqual(
      ["page.mht", "page.shtml", "page.xhtml", "report.doc", "report.docm"].map((name) =>
        join(saved, name),
      ),
    );
    for (const record of lines) {
      expect(record).not.toHaveProperty("error");
      expect(record["template"]).toMatch(/^20(19|21)$/);
    }
  });

  it("a missing file and a binary file each give a record, in place, and exit 2", async () => {
    const binary = join(work, "scan.txt");
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31 + 7) % 256)));
    const empty = join(work, "empty.txt");
    writeFileSync(empty, "");
    const seed = writeBody(work, "seed-dacaozhuang-2022.txt");
    const missing = join(work, "missing.txt");
    const result = await run([
      "validate",
      seed,
      missing,
      binary,
      empty,
      "--format",
      "json",
      "--locale",
      "en",
    ]);
    expect(result.code).toBe(2);
    const lines = records(result.stdout);
    expect(lines.map((r) => r.file)).toEqual([seed, missing, binary, empty]);
    expect(lines[0]).toMatchObject({ ok: true });
    expect(lines.slice(1).map((r) => r["error"])).toEqual([
      { code: "NOT_FOUND", message: "no such file" },
      { code: "BINARY", message: "not a report: the file holds binary data" },
      { code: "EMPTY", message: "the file is empty" },
    ]);
    expect(result.stderr).toMatch(/4 files: 0 with errors \(0 errors\), 0 warnings, 3 unreadable/);
  });

  it("Word files are read by the Word reader; a damaged one is a record", async () => {
    const docx = listed.filter((path) => path.endsWith(".docx"));
    const damaged = join(work, "damaged.docx");
    writeFileSync(damaged, readFileSync(docx[0]!).subarray(0, 200));
    const result = await run(["validate", ...docx, damaged, "--format", "json", "-q"]);
    const lines = records(result.stdout);
    expect(lines.map((r) => r.file)).toEqual([...docx, damaged]);
    for (const record of lines.slice(0, -1)) expect(record["template"]).toMatch(/^20(19|21)$/);
    expect(lines.some((r) => r["ok"] === true)).toBe(true);
    // The reason too, for programs to switch on: 200 bytes of a zip archive end before its index.
    expect(lines[lines.length - 1]!["error"]).toMatchObject({
      code: "SOURCE_UNREADABLE",
      reason: "truncated",
    });
    expect(result.code).toBe(2);
  });

  it("text with no report in it, and a broken PDF, are records too", async () => {
    const readme = join(work, "README.md");
    writeFileSync(readme, "# Notes\n\nNothing to see here.\n");
    const pdf = join(work, "report.pdf");
    writeFileSync(pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n");
    const result = await run(["validate", readme, pdf, "--format", "json", "-q"]);
    expect(result.code).toBe(2);
    const [text, document] = records(result.stdout);
    expect(text!["error"]).toMatchObject({ code: "NOT_A_REPORT" });
    // The PDF reader judges the (broken) file.
    expect(document!["error"]).toMatchObject({ code: "SOURCE_UNREADABLE" });
  });

  // A trial of the command (2026-12-06): `{"a":1}` gave three CELL_TYPE errors at fields it
  // never meant to have, as if it were a broken report.
  it("JSON with no part of a report in it is NOT_A_REPORT; a report missing its fields is not", async () => {
    const other = join(work, "other.json");
    const list = join(work, "list.json");
    const partial = join(work, "partial.json");
    writeFileSync(other, '{"a":1}');
    writeFileSync(list, "[1, 2]");
    writeFileSync(partial, '{"template":"2021"}');
    const result = await run(["validate", other, list, partial, "--format", "json", "-q"]);
    const [first, second, third] = records(result.stdout);
    expect(first!["error"]).toMatchObject({ code: "NOT_A_REPORT" });
    expect(second!["error"]).toMatchObject({ code: "NOT_A_REPORT" });
    expect(third!["error"]).toBeUndefined();
    expect(third!["ok"]).toBe(false);
  });

  it("PDF files are read by the PDF reader in the workers too; a scan is a record", async () => {
    // The second's font is not embedded: the command gives pdf.js's CMap files from its install.
    const pdfs = [
      "seed-libreoffice.pdf",
      "seed-reportlab-stsong.pdf",
      "scanned.pdf",
      "seed-chromium-no-tounicode.pdf",
    ].map((name) => join("test", "fixtures", "pdf", name));
    const one = await run(["validate", ...pdfs, "--format", "json", "-q", "--jobs", "1"]);
    const two = await run(["validate", ...pdfs, "--format", "json", "-q", "--jobs", "2"]);
    expect(two.stdout).toBe(one.stdout);
    const [seed, unembedded, scan, garbled] = records(one.stdout);
    expect(seed).toMatchObject({ ok: true, template: "2021", year: 2022 });
    expect(unembedded).toMatchObject({ ok: true, template: "2021", year: 2022 });
    // Each with its reason: a scan and a text layer of garble both need OCR, for different causes.
    expect(scan!["error"]).toMatchObject({ code: "SOURCE_UNREADABLE", reason: "no-text-layer" });
    expect(garbled!["error"]).toMatchObject({ code: "SOURCE_UNREADABLE", reason: "garbled-text" });
    // In a fixed key order, the reason between the code and the message.
    expect(one.stdout).toContain(
      '"error":{"code":"SOURCE_UNREADABLE","reason":"no-text-layer","message":',
    );
    expect(one.code).toBe(2);
  }, 120_000);

  it("pdf.js's warnings stay out of standard error, with one worker or two", async () => {
    // The table as a picture: pdf.js warned `Warning: Image exceeded maximum allowed size and was
    // removed.` for it, which the command wrote among its own lines.
    const pdf = join("test", "fixtures", "pdf", "seed-chromium-picture.pdf");
    for (const jobs of ["1", "2"]) {
      const result = await run(["validate", pdf, pdf, "--format", "json", "--jobs", jobs]);
      expect(result.stdout.trim().split("\n")).toHaveLength(2);
      expect(result.stderr).not.toContain("Warning:");
      // The command's own summary is still there.
      expect(result.stderr).toMatch(/^zfxxgk: /m);
    }
    const parsed = await run(["parse", pdf]);
    expect(parsed.stderr).not.toContain("Warning:");
    expect(JSON.parse(parsed.stdout)).toMatchObject({ template: "2021" });
  }, 120_000);

  it("patterns are expanded by the command (Windows shells do not), in walk order", async () => {
    const result = await run(
      ["validate", "reports/**/github-*.txt", "reports/*/pages-00?.txt", "nowhere/*.pdf"],
      undefined,
      { cwd: work },
    );
    const expected = [
      ...listed.filter((p) => /github-[^/]*\.txt$/.test(p)),
      ...listed.filter((p) => /reports\/[^/]+\/pages-00.\.txt$/.test(p)),
    ].map((p) => p.slice(work.length + 1));
    const out = await run(
      [
        "validate",
        "reports/**/github-*.txt",
        "reports/*/pages-00?.txt",
        "nowhere/*.pdf",
        "--format",
        "json",
        "-q",
      ],
      undefined,
      { cwd: work },
    );
    const files = records(out.stdout).map((r) => r.file);
    expect(files.slice(0, -1)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(5);
    expect(records(out.stdout)[files.length - 1]).toMatchObject({
      file: "nowhere/*.pdf",
      error: { code: "NO_MATCH" },
    });
    expect(result.code).toBe(2);
  });

  it("--files-from takes one path a line, from a file or standard input", async () => {
    const list = [listed[3]!, listed[0]!, join(work, "gone.txt"), listed[3]!];
    const listFile = join(work, "list.txt");
    writeFileSync(listFile, `\uFEFF${list.join("\r\n")}\r\n\r\n`);
    const fromFile = await run(["validate", "--files-from", listFile, "--format", "json", "-q"]);
    expect(records(fromFile.stdout).map((r) => r.file)).toEqual(list);
    const fromStdin = await run(
      ["validate", "--files-from", "-", "--format", "json", "-q"],
      `${list.join("\n")}\n`,
    );
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromStdin.code).toBe(2);
  });

  it("a program that writes one path and waits for its record gets it (no deadlock)", async () => {
    const paths = [listed[0]!, join(work, "absent.txt"), listed[1]!];
    for (const jobs of ["1", "2"]) {
      const child = spawn(process.execPath, [
        CLI,
        "validate",
        "--files-from",
        "-",
        "--format",
        "json",
        "-q",
        "--jobs",
        jobs,
      ]);
      const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
      const got: string[] = [];
      for (const path of paths) {
        // The next path is written only once the record of this one has come back.
        child.stdin.write(`${path}\n`);
        const line = await lines.next();
        got.push(JSON.parse(line.value as string).file);
      }
      child.stdin.end();
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect({ jobs, got, code }).toEqual({ jobs, got: paths, code: 2 });
    }
  });

  it("HTML pages, canonical JSON and GB18030 text are told by content, not by name", async () => {
    const html = join(work, "page.txt");
    writeFileSync(html, `<!DOCTYPE html><html><body>${toHTML(seedReport)}</body></html>`);
    const json = join(work, "canonical.dat");
    writeFileSync(json, JSON.stringify(toJSON(seedReport)));
    const gb = join("test", "fixtures", "seed-gb18030.txt");
    const result = await run(["validate", html, json, gb, "--format", "json", "-q"]);
    expect(records(result.stdout).map((r) => [r["ok"], r["template"], r["year"]])).toEqual([
      [true, "2021", 2022],
      [true, "2021", 2022],
      [true, "2021", 2022],
    ]);
    // --encoding overrides the detection: GB18030 bytes read as UTF-8 are no report.
    const wrong = await run(["validate", gb, "--encoding", "utf-8", "--format", "json", "-q"]);
    expect(records(wrong.stdout)[0]).not.toMatchObject({ ok: true });
    const right = await run(["validate", gb, "--encoding", "gb18030", "--format", "json", "-q"]);
    expect(right.stdout).toBe((await run(["validate", gb, "--format", "json", "-q"])).stdout);
  });
});

describe("output", () => {
  it("CSV: a header, one row per finding, 8 fields on every row (Python's csv module)", async () => {
    const out = join(work, "findings.csv");
    const result = await run(["validate", reports, "--format", "csv", "--out", out, "-q"]);
    expect(result.stdout).toBe("");
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const script =
      "import csv, json, sys\n" +
      "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n" +
      "    print(json.dumps(list(csv.reader(f))))";
    const rows: string[][] = JSON.parse(
      execFileSync("python3", ["-c", script, out], { encoding: "utf8" }),
    );
    expect(rows[0]).toEqual([
      "file",
      "code",
      "severity",
      "path",
      "message",
      "expected",
      "actual",
      "detail",
    ]);
    expect(rows.filter((row) => row.length !== 8)).toEqual([]);
    const json = records(
      (await run(["validate", reports, "--format", "json", "-q"], undefined)).stdout,
    ) as unknown as { file: string; findings: { code: string; message: string }[] }[];
    // One row per finding, or one row for a file without any.
    const expected = json.flatMap((r) =>
      r.findings.length === 0
        ? [[r.file, ""]]
        : r.findings.map((f) => [r.file, f.code, f.message] as string[]),
    );
    expect(
      rows.slice(1).map((row) => (row[1] === "" ? row.slice(0, 2) : [row[0], row[1], row[4]])),
    ).toEqual(expected);
  }, 120_000);

  it("--jobs 2 writes the same bytes as --jobs 1", async () => {
    // Standard input among the files: its bytes (UTF-16, so no text survives a lossy copy) go to
    // a worker process in the message.
    const inputs = [reports, "-", join(work, "missing.txt"), join(reports, "2021")];
    const stdin = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(corpus("seed-dacaozhuang-2022").text, "utf16le"),
    ]);
    for (const format of ["json", "csv", "text"]) {
      const one = await run(
        ["validate", ...inputs, "--format", format, "--jobs", "1", "-q"],
        stdin,
      );
      const two = await run(
        ["validate", ...inputs, "--format", format, "--jobs", "2", "-q"],
        stdin,
      );
      if (format === "json") {
        expect(records(two.stdout).find((r) => r.file === "-")).toMatchObject({ year: 2022 });
      }
      expect(two.bytes.equals(one.bytes)).toBe(true);
      expect(two.code).toBe(one.code);
      expect(one.bytes.length).toBeGreaterThan(10_000);
    }
  }, 240_000);

  it("--shard i/n: the parts together are the whole, each in input order", async () => {
    const whole = records((await run(["validate", reports, "--format", "json", "-q"])).stdout);
    const parts = await Promise.all(
      [1, 2, 3].map(async (i) =>
        records(
          (await run(["validate", reports, "--format", "json", "-q", "--shard", `${i}/3`])).stdout,
        ),
      ),
    );
    for (const part of parts) {
      expect(part.length).toBeGreaterThan(0);
      // Each part keeps the order of the whole.
      const order = part.map((r) => whole.findIndex((w) => w.file === r.file));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    const joined = parts.flat().map((r) => JSON.stringify(r));
    expect(joined.sort()).toEqual(whole.map((r) => JSON.stringify(r)).sort());
  }, 180_000);

  it("--out writes the file for every command, and nothing to standard output", async () => {
    const seed = writeBody(work, "seed-dacaozhuang-2022.txt");
    for (const [args, check] of [
      [["validate", seed, "--format", "json"], (t: string) => JSON.parse(t).ok === true],
      [["validate", seed], (t: string) => t.includes("无错误")],
      [["parse", seed], (t: string) => JSON.parse(t).year === 2022],
      [["render", seed, "--to", "markdown"], (t: string) => t.startsWith("# ")],
      [["schema"], (t: string) => "$schema" in JSON.parse(t)],
      [["rules", "--format", "json"], (t: string) => Array.isArray(JSON.parse(t))],
      [["--version"], (t: string) => /^\d+\.\d+\.\d+/.test(t)],
    ] as const) {
      const out = join(work, `out-${args[0]}.txt`);
      const result = await run([...args, "--out", out, "-q"]);
      expect({ args, code: result.code, stdout: result.stdout }).toEqual({
        args,
        code: 0,
        stdout: "",
      });
      expect(check(readFileSync(out, "utf8"))).toBe(true);
    }
    const unwritable = await run(["validate", seed, "--out", join(work, "no", "such", "dir.json")]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/^zfxxgk: cannot write /);
  });

  // A trial as a data team (2026-12-06): `parse --out` of a file it could not read emptied the
  // file already there, the last good JSON lost.
  it("--out leaves a file already there as it was when the command writes nothing, writing through links", async () => {
    const seed = writeBody(work, "seed-dacaozhuang-2022.txt");
    const out = join(work, "kept.json");
    expect((await run(["parse", seed, "--out", out, "-q"])).code).toBe(0);
    const good = readFileSync(out, "utf8");
    const empty = join(work, "empty.txt");
    writeFileSync(empty, "");
    for (const command of [["parse"], ["render", "--to", "text"]]) {
      const failed = await run([...command, empty, "--out", out, "-q"]);
      expect(failed.code).toBe(2);
      expect(readFileSync(out, "utf8")).toBe(good);
    }
    // A new file is made all the same.
    const fresh = join(work, "fresh.json");
    expect((await run(["parse", empty, "--out", fresh, "-q"])).code).toBe(2);
    expect(readFileSync(fresh, "utf8")).toBe("");
    // Written through a symbolic link, which stays one (a review: replacing the path by a file
    // turned links, pipes and `/dev/stdout` into plain files); a longer text before is emptied.
    const target = join(work, "target.json");
    writeFileSync(target, "x".repeat(100_000));
    const link = join(work, "link.json");
    symlinkSync(target, link);
    expect((await run(["parse", seed, "--out", link, "-q"])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe(good);
    // The output may be the input: it is read before it is emptied.
    const own = join(work, "own.txt");
    copyFileSync(seed, own);
    expect((await run(["parse", own, "--out", own, "-q"])).code).toBe(0);
    expect(readFileSync(own, "utf8")).toBe(good);
  });
});

/**
 * Runs the command with standard error on a pseudo-terminal (Python's pty module) and standard
 * output to a file; gives what the terminal showed.
 */
function onTerminal(args: readonly string[]): Promise<{ code: number; terminal: string }> {
  const script = [
    "import os, pty, subprocess, sys",
    "main, child = pty.openpty()",
    "p = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=child)",
    "os.close(child)",
    "seen = b''",
    "while True:",
    "    try:",
    "        chunk = os.read(main, 65536)",
    "    except OSError:",
    "        break",
    "    if not chunk:",
    "        break",
    "    seen += chunk",
    "sys.stdout.buffer.write(seen)",
    "sys.exit(p.wait())",
  ].join("\n");
  return new Promise((resolve) => {
    execFile(
      "python3",
      ["-c", script, process.execPath, CLI, ...args],
      { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        resolve({ code: error ? Number((error as { code?: number }).code) : 0, terminal: stdout });
      },
    );
  });
}

describe("progress", () => {
  const args = () => ["validate", reports, "--format", "json", "--locale", "en", "--jobs", "2"];
  const progress = /\r\x1b\[K\d+(\/\d+)? files · [0-9.]+ files\/s/;

  it("goes to standard error when it is a terminal, with the summary line", async () => {
    const out = join(work, "progress.ndjson");
    const shown = await onTerminal([...args(), "--out", out]);
    expect(shown.terminal).toMatch(progress);
    expect(shown.terminal).toMatch(new RegExp(`${listed.length} files: \\d+ with errors`));
    expect(records(readFileSync(out, "utf8"))).toHaveLength(listed.length);
  }, 120_000);

  it("is not written to a pipe (the summary is), nor with --quiet on a terminal", async () => {
    const piped = await run(args());
    expect(piped.stderr).not.toMatch(/\r/);
    expect(piped.stderr).toMatch(new RegExp(`^zfxxgk: ${listed.length} files: .*\\n$`));
    const quiet = await onTerminal([...args(), "--out", join(work, "quiet.ndjson"), "--quiet"]);
    expect(quiet.terminal).toBe("");
    const forced = await run([...args(), "--progress"]);
    expect(forced.stderr).toMatch(progress);
    // The records are the same with or without progress.
    expect(forced.stdout).toBe(piped.stdout);
  }, 120_000);
});

describe("what the command loads", () => {
  // A module hook that prints every module Node loads (not its own built-ins). The hooks run on
  // a thread of their own: a write through process.stderr is handed to the main thread and may
  // be lost when the command exits right after its last import (the Word file's zip reader went
  // missing once on a busy machine), so each line is written to the descriptor at once.
  const hooks = join(work, "hooks.mjs");
  const register = join(work, "register.mjs");
  writeFileSync(
    hooks,
    'import { writeSync } from "node:fs";\n' +
      "export async function load(url, context, next) {\n" +
      '  if (!url.startsWith("node:")) writeSync(2, "LOADED " + url + "\\n");\n' +
      "  return next(url, context);\n}\n",
  );
  writeFileSync(
    register,
    'import { register } from "node:module";\n' +
      `register(${JSON.stringify(new URL(`file://${hooks}`).href)});\n`,
  );
  const loaded = async (args: readonly string[]) => {
    const result = await run(args, undefined, { node: ["--import", register] });
    return [...result.stderr.matchAll(/^LOADED (.*)$/gm)].map((m) => fileURLToPath(m[1]!));
  };
  const packages = (files: readonly string[]) =>
    [
      ...new Set(
        files.flatMap((f) => /node_modules[\\/]((@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1] ?? []),
      ),
    ].sort();
  const size = (files: readonly string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);

  it("--version loads the entry alone; other arguments its parser, but no library code", async () => {
    expect(await loaded(["--version"])).toEqual([CLI]);
    expect(await loaded(["-v"])).toEqual([CLI]);
    const help = await loaded(["--help"]);
    expect(help[0]).toBe(CLI);
    expect(help.length).toBeGreaterThan(1);
    expect(packages(help)).toEqual([]);
    // The library chunk alone is over 300 kB.
    expect(size(help)).toBeLessThan(40_000);
  });

  it("validating text loads neither zod, the pool, nor the Word and PDF libraries", async () => {
    const seed = writeBody(work, "seed-dacaozhuang-2022.txt");
    expect(packages(await loaded(["validate", seed, "-q"]))).toEqual(["decimal.js"]);
    // One file never starts workers, whatever --jobs is.
    expect(packages(await loaded(["validate", seed, "-q", "--jobs", "4"]))).toEqual(["decimal.js"]);
    const two = await loaded(["validate", seed, seed, "-q", "--jobs", "2"]);
    expect(packages(two)).toContain("tinypool");
    expect(packages(two)).not.toContain("zod");
    expect(packages(await loaded(["schema"]))).toContain("zod");
    // The zip reader comes with the first Word file.
    const docx = join("test", "fixtures", "docx", "seed-2022.docx");
    expect(packages(await loaded(["validate", docx, "-q"]))).toEqual(["decimal.js", "fflate"]);
    // pdf.js with the first PDF.
    const pdf = join("test", "fixtures", "pdf", "seed-libreoffice.pdf");
    expect(packages(await loaded(["validate", pdf, "-q"]))).toEqual(["decimal.js", "pdfjs-dist"]);
  });
});
