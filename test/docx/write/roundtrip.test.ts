/**
 * The Word round trip: `parseDocx(toDocx(report))` gives back the report's three tables, cell for
 * cell, for the seed, the Shanghai 2019 report and 200 reports of both templates built with
 * `createReport` from random leaves (totals derived) and then given blank, marked, absent cells
 * and amounts with decimals. An absent cell (printed `?`) reads back absent with its
 * PARSE_CELL_UNREADABLE and nothing else (one at the row when the whole row is absent).
 */
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDocx } from "../../../src/docx/write/index.js";
import { parseDocx } from "../../../src/docx.js";
import {
  type Cell,
  createReport,
  mark,
  type Report,
  type ReportInit,
  type TemplateVersion,
  tableLayout,
  toJSON,
} from "../../../src/index.js";
import { seedReport } from "../../fixtures/seed-report.js";
import { shanghai2019Report } from "../../fixtures/shanghai-2019-report.js";
import { countCells, type OraclePath, samePath, totalCells } from "../../support/oracle.js";

const TABLES = ["activeDisclosure", "applications", "reviewsAndLitigation"] as const;

type Rows = Record<string, Record<string, Cell | undefined>>;

/** The three tables of a report as canonical JSON. */
const tablesOf = (report: Report) => {
  const json = toJSON(report) as Record<string, unknown>;
  return Object.fromEntries(TABLES.map((table) => [table, json[table]]));
};

/**
 * Where the reader reports the report's absent cells: at the cell, at a row of several cells when
 * all of them are absent, and at the table when two or more rows and every cell are (one cause,
 * one finding).
 */
function absentCells(report: Report): string[] {
  const paths: string[] = [];
  for (const table of tableLayout(report.template)) {
    const rows = report[table.key] as Rows | undefined;
    if (rows === undefined) continue;
    const perRow = table.rows.map((row) => {
      const absent = row.columns.filter((column) => !(column.key in rows[row.key]!));
      if (absent.length > 1 && absent.length === row.columns.length) {
        return { whole: true, paths: [`${table.key}.${row.key}`] };
      }
      return {
        whole: false,
        paths: absent.map((column) => `${table.key}.${row.key}.${column.key}`),
      };
    });
    const wholeRows = perRow.filter((row) => row.whole).length;
    const allAbsent = perRow.every((row) => row.whole);
    if (allAbsent && wholeRows >= 2) paths.push(table.key);
    else paths.push(...perRow.flatMap((row) => row.paths));
  }
  return paths.sort();
}

async function expectRoundTrip(report: Report): Promise<void> {
  const { report: back, findings } = await parseDocx(await toDocx(report));
  expect(findings.map((f) => `${f.code} ${f.path.join(".")}`).sort()).toEqual(
    absentCells(report).map((path) => `PARSE_CELL_UNREADABLE ${path}`),
  );
  expect(back?.template).toBe(report.template);
  expect(tablesOf(back!)).toEqual(tablesOf(report));
}

/** An amount with up to four decimal places (a fee of 0.35 万元, a purchase of 1234.5). */
const amount = fc
  .tuple(fc.nat({ max: 10 ** 7 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, places]) => new Decimal(n).div(10 ** places));

/** createReport's input: every leaf of a template (totals left out, to be derived). */
function initOf(version: TemplateVersion): fc.Arbitrary<ReportInit<TemplateVersion>> {
  const totals = totalCells(version);
  const disclosure = tableLayout(version)
    .filter((table) => table.key === "activeDisclosure")
    .flatMap((table) =>
      table.rows.flatMap((row) =>
        row.columns.map((column) => ({
          path: [table.key, row.key, column.key] as OraclePath,
          kind: column.kind as string,
        })),
      ),
    );
  const counts = countCells(version)
    .filter((path) => !totals.some((total) => samePath(total, path)))
    .map((path) => ({ path, kind: "count" }));
  const leaves = [...disclosure, ...counts];
  const value = (kind: string): fc.Arbitrary<number | Decimal> =>
    kind === "money"
      ? amount
      : kind === "signedCount"
        ? fc.integer({ min: -500, max: 500 })
        : fc.oneof(fc.nat({ max: 9 }), fc.nat({ max: 99_999 }));
  return fc.tuple(...leaves.map(({ kind }) => value(kind))).map((values) => {
    const tables: Record<string, Record<string, Record<string, unknown>>> = {};
    leaves.forEach(({ path: [table, row, column] }, i) => {
      tables[table] ??= {};
      tables[table][row] ??= {};
      tables[table][row][column] = values[i];
    });
    return {
      template: version,
      year: version === "2019" ? 2020 : 2023,
      agency: "某局",
      overview: "本年度依法做好政府信息公开工作。",
      problemsAndImprovements: "信息公开的及时性有待提高。",
      otherMatters: "本年度未收取信息处理费。",
      ...tables,
    };
  }) as fc.Arbitrary<ReportInit<TemplateVersion>>;
}

const HOLES = [null, mark("/"), mark("—"), undefined] as const;

/** A built report with some cells blank, marked or absent. */
function punched(version: TemplateVersion): fc.Arbitrary<Report> {
  return fc
    .tuple(
      initOf(version),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: HOLES.length - 1 })), { maxLength: 25 }),
    )
    .map(([init, holes]) => {
      const { report } = createReport(init);
      const copy = { ...report } as unknown as Record<string, Rows>;
      const cells = tableLayout(version).flatMap((table) =>
        table.rows.flatMap((row) => row.columns.map((c) => [table.key, row.key, c.key] as const)),
      );
      for (const table of TABLES) {
        copy[table] = Object.fromEntries(
          Object.entries(copy[table]!).map(([key, row]) => [key, { ...row }]),
        );
      }
      for (const [index, kind] of holes) {
        const [table, row, column] = cells[index % cells.length]!;
        const hole = HOLES[kind];
        if (hole === undefined) delete copy[table]![row]![column];
        else copy[table]![row]![column] = hole;
      }
      return copy as unknown as Report;
    });
}

describe("parseDocx(toDocx(report)) gives the report's tables back", () => {
  it("for the seed", async () => {
    await expectRoundTrip(seedReport);
  });

  it("for the Shanghai 2019 report (2019 template, blank cells)", async () => {
    await expectRoundTrip(shanghai2019Report);
  });

  it.each(["2019", "2021"] as const)(
    "for 100 built reports of the %s template with blank, marked, absent and decimal cells",
    async (version) => {
      await fc.assert(fc.asyncProperty(punched(version), expectRoundTrip), { numRuns: 100 });
    },
    600_000,
  );
});
