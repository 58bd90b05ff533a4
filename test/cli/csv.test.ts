import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_BOM, CSV_HEADER, csvField, csvRow } from "../../src/cli/csv.js";
import { formatRecord } from "../../src/cli/record.js";

/** Python's csv module, an independent reader of RFC 4180, on a whole file. */
function pythonRows(csv: string): string[][] {
  const script =
    "import csv, io, json, sys\n" +
    "text = sys.stdin.buffer.read().decode('utf-8-sig')\n" +
    "print(json.dumps(list(csv.reader(io.StringIO(text, newline='')))))";
  return JSON.parse(execFileSync("python3", ["-c", script], { input: csv, encoding: "utf8" }));
}

describe("csvRow", () => {
  it("quotes only what needs it, doubles quotes, ends records with CRLF", () => {
    expect(csvRow(["a", 1, undefined, null])).toBe("a,1,,\r\n");
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" edge")).toBe('" edge"');
    expect(csvField("表三（七）总计")).toBe("表三（七）总计");
  });

  it("Python's csv module reads back every row and field as written", () => {
    const field = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 20 }),
      fc.constantFrom('"', ",", "\r\n", "\n", "\r", " x ", '""', "=1+1", "（七）总计"),
      fc.integer(),
    );
    const rows = fc.sample(fc.array(field, { minLength: 8, maxLength: 8 }), {
      numRuns: 300,
      seed: 16,
    });
    const csv = CSV_BOM + CSV_HEADER + rows.map(csvRow).join("");
    const parsed = pythonRows(csv);
    expect(parsed[0]).toEqual([
      "file",
      "code",
      "severity",
      "path",
      "message",
      "expected",
      "actual",
      "detail",
    ]);
    expect(parsed.slice(1)).toEqual(rows.map((row) => row.map(String)));
  });
});

describe("formatRecord of a report's findings", () => {
  it("CSV: a finding's detail in the last column, after actual", () => {
    const record = {
      file: "a.txt",
      ok: true,
      template: "2021" as const,
      year: 2022,
      counts: { error: 0, warning: 0, info: 1 },
      findings: [
        {
          code: "PARSE_EXTRA_ROW" as const,
          severity: "info" as const,
          path: ["activeDisclosure"],
          message: "m",
          actual: "15 | 15 | 120",
          detail: "其他主动公开文件",
        },
      ],
    };
    const [header, row] = pythonRows(CSV_HEADER + formatRecord(record, "csv", "zh"));
    expect(row).toEqual([
      "a.txt",
      "PARSE_EXTRA_ROW",
      "info",
      "activeDisclosure",
      "m",
      "",
      "15 | 15 | 120",
      "其他主动公开文件",
    ]);
    expect(header?.at(-1)).toBe("detail");
  });
});

describe("formatRecord of an input without a report", () => {
  const record = {
    file: "scan.pdf",
    error: {
      code: "SOURCE_UNREADABLE" as const,
      reason: "no-text-layer" as const,
      message: "no text",
    },
  };

  it("CSV: the reason where a finding has its actual", () => {
    expect(formatRecord(record, "csv", "en")).toBe(
      csvRow(["scan.pdf", "SOURCE_UNREADABLE", "error", "", "no text", "", "no-text-layer", ""]),
    );
  });

  it("JSON: the record as given, no reason key without one; CSV: its actual column empty", () => {
    expect(formatRecord(record, "json", "en")).toBe(
      '{"file":"scan.pdf","error":{"code":"SOURCE_UNREADABLE","reason":"no-text-layer","message":"no text"}}\n',
    );
    const missing = {
      file: "a.txt",
      error: { code: "NOT_FOUND" as const, message: "no such file" },
    };
    expect(formatRecord(missing, "csv", "en")).toBe(
      csvRow(["a.txt", "NOT_FOUND", "error", "", "no such file", "", "", ""]),
    );
  });
});
