// `zfxxgk validate --all-reports`: every report of a compilation, one record each, numbered after
// the file, through the built command as users run it (one job and a pool of workers alike).
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { CSV_BOM, CSV_HEADER_NUMBERED, csvRow } from "../../src/cli/csv.js";
import { corpus } from "../read/support.js";
import { run, tempFolder } from "./support.js";

const folder = tempFolder("zfxxgk-all-");
const seed = corpus("seed-dacaozhuang-2022").text;
const other = corpus("github-001").text;
const both = join(folder, "both.txt");
writeFileSync(both, `${seed}\n\n${other}`);
const one = join(folder, "one.txt");
writeFileSync(one, seed);
const missing = join(folder, "missing.txt");
const pdf = join(folder, "both.pdf");
copyFileSync("test/fixtures/pdf/seed-shanghai-2019-chromium.pdf", pdf);

const recordsOf = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("zfxxgk validate --all-reports", () => {
  it.each([["1"], ["2"]])(
    "JSON: one numbered record per report (--jobs %s)",
    async (jobs) => {
      const result = await run([
        "validate",
        both,
        one,
        missing,
        pdf,
        "--all-reports",
        "--format",
        "json",
        "--jobs",
        jobs,
        "--quiet",
      ]);
      const records = recordsOf(result.stdout);
      expect(records.map((r) => [r["file"], r["report"], r["reports"]])).toEqual([
        [both, 1, 2],
        [both, 2, 2],
        [one, 1, 1],
        [missing, 1, 1],
        [pdf, 1, 2],
        [pdf, 2, 2],
      ]);
      // The numbers right after the file, the rest as without the flag.
      expect(Object.keys(records[0]!)).toEqual([
        "file",
        "report",
        "reports",
        "ok",
        "template",
        "year",
        "counts",
        "findings",
      ]);
      expect(records.map((r) => r["year"])).toEqual([2022, 2025, 2022, undefined, 2022, 2019]);
      expect(records[3]!["error"]).toMatchObject({ code: "NOT_FOUND" });
      const codes = records.flatMap((r) =>
        ((r["findings"] as { code: string }[] | undefined) ?? []).map((f) => f.code),
      );
      expect(codes).not.toContain("SOURCE_MULTIPLE_REPORTS");
      expect(result.code).toBe(2);
    },
    120_000,
  );

  it("without the flag: one record per file, the first report and SOURCE_MULTIPLE_REPORTS", async () => {
    const result = await run(["validate", both, "--format", "json", "--quiet"]);
    const [record, ...more] = recordsOf(result.stdout);
    expect(more).toEqual([]);
    expect(Object.keys(record!)).not.toContain("report");
    expect(record!["year"]).toBe(2022);
    expect((record!["findings"] as { code: string }[]).map((f) => f.code)).toContain(
      "SOURCE_MULTIPLE_REPORTS",
    );
  }, 60_000);

  it("CSV: a report column after the file; text: file#n", async () => {
    const csv = await run(["validate", both, one, "--all-reports", "--format", "csv", "--quiet"]);
    expect(csv.stdout).toBe(
      CSV_BOM +
        CSV_HEADER_NUMBERED +
        csvRow([both, 1, "", "", "", "", "", "", ""]) +
        csvRow([both, 2, "", "", "", "", "", "", ""]) +
        csvRow([one, 1, "", "", "", "", "", "", ""]),
    );
    const text = await run(["validate", both, "--all-reports", "--quiet", "--locale", "en"]);
    expect(text.stdout).toContain(`${both}#1`);
    expect(text.stdout).toContain(`${both}#2`);
  }, 60_000);

  it("parse: a JSON array of every report's canonical JSON", async () => {
    const result = await run(["parse", pdf, "--all-reports"]);
    expect(result.code).toBe(0);
    const reports = JSON.parse(result.stdout) as { year: number; agency: { name: string } }[];
    expect(reports.map((report) => report.year)).toEqual([2022, 2019]);
    expect(reports[1]!.agency.name).toContain("上海市人民政府办公厅");
    // One report: an array of one, equal to parse without the flag.
    const single = await run(["parse", one, "--all-reports"]);
    expect(JSON.parse(single.stdout)).toEqual([JSON.parse((await run(["parse", one])).stdout)]);
    // A file that gave no report: as without the flag.
    const gone = await run(["parse", missing, "--all-reports"]);
    expect(gone.code).toBe(2);
    expect(gone.stdout).toBe("");
  }, 60_000);

  it("a part of a compilation that reads as no report is a report record with its findings", async () => {
    // The seed, then a report whose tables are not in the page and whose year is nowhere
    // (pages-003 without its preamble), in a Word file: its part is a report the reader could
    // not read, not NOT_A_REPORT (a record of one report among others, which was counted neither
    // in the exit status nor in the summary).
    const untold = corpus("pages-003").text.slice(corpus("pages-003").text.indexOf("一、总体情况"));
    const lines = `${seed}\n\n${untold}`.split("\n");
    const word = new Document({
      sections: [{ children: lines.map((line) => new Paragraph(line)) }],
    });
    const docx = join(folder, "both.docx");
    writeFileSync(docx, await Packer.toBuffer(word));
    const result = await run(["validate", docx, "--all-reports", "--format", "json"]);
    const records = recordsOf(result.stdout);
    expect(records.map((r) => [r["report"], "error" in r, r["year"]])).toEqual([
      [1, false, 2022],
      [2, false, null],
    ]);
    expect((records[1]!["counts"] as { error: number }).error).toBeGreaterThan(0);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/1 个有错误/);
  }, 60_000);

  it("is for validate and parse only", async () => {
    const result = await run(["render", both, "--all-reports", "--to", "text"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--all-reports is for validate and parse only");
  }, 60_000);
});
