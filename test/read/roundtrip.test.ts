/**
 * Issue 5, the round trip: every rendering of ours reads back to an equal report, for reports with
 * blank (`null`), marked and absent cells anywhere (an absent cell, rendered `?`, reads back absent
 * with its PARSE_CELL_UNREADABLE and nothing else) and texts full of Markdown syntax, lines opening with
 * `#`, pipes and backslashes. Renderings: `toText`, `toMarkdown`, the `innerText` a browser shows
 * for `toHTML`, and `toHTML` itself. Reports carry the title `{agency}{year}年…报告`, since the
 * renderers print the title and not `agency.name`, and any of the page fields (发布机构, 索引号, 文号).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell, Report, TemplateVersion } from "../../src/index.js";
import {
  type ParseResult,
  parseHTML,
  parseText,
  tableLayout,
  toHTML,
  toJSON,
  toMarkdown,
  toText,
} from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { consistentReport } from "../support/arbitraries.js";
import { innerText } from "./innerText.js";

const RUNS = 200;

const renderings: readonly (readonly [string, (report: Report) => string])[] = [
  ["toText", toText],
  ["toMarkdown", toMarkdown],
  ["innerText of toHTML", (report) => innerText(toHTML(report))],
  ["toHTML", toHTML],
];

// `undefined`: the cell is absent (not read), rendered `?`; it reads back absent, with a finding.
const CELL_KINDS = [null, { mark: "/" }, { mark: "—" }, undefined] as const;

type Rows = Record<string, Record<string, Cell>>;

/** A copy of a report with the cells at `holes` (indices over every cell) blank, marked or absent. */
function punch(report: Report, holes: readonly (readonly [number, number])[]): Report {
  const layout = tableLayout(report.template);
  const cells = layout.flatMap((table) =>
    table.rows.flatMap((row) => row.columns.map((c) => [table.key, row.key, c.key] as const)),
  );
  const copy = { ...report } as unknown as Record<string, Rows>;
  for (const table of layout) {
    const source = report[table.key] as Rows | undefined;
    if (source !== undefined) {
      copy[table.key] = Object.fromEntries(Object.entries(source).map(([k, r]) => [k, { ...r }]));
    }
  }
  for (const [index, kind] of holes) {
    const [table, row, column] = cells[index % cells.length]!;
    const value = CELL_KINDS[kind % CELL_KINDS.length];
    if (value === undefined) delete copy[table]![row]![column];
    else copy[table]![row]![column] = value;
  }
  return copy as unknown as Report;
}

/** Sparse holes, or so many that whole rows (table 四's one row included) are punched. */
const holes = fc.oneof(
  fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
  fc.array(fc.tuple(fc.nat({ max: 200 }), fc.nat()), { minLength: 100, maxLength: 400 }),
);

// Hostile but plausible: what a report's prose may hold that means something to Markdown, to the
// pipe-table reader or to a heading finder.
const OPENINGS = ["", "", "# ", "## ", "#", "- ", "+ ", "* ", "1. ", "2) ", "> ", "= ", "| "];
const WORDS = [
  "依法依规做好依申请公开办理",
  "加强业务培训和监督考核",
  "坚持以公开为常态、不公开为例外",
  "*强调*",
  "__加粗__",
  "`代码`",
  "[链接](http://example.gov.cn)",
  "甲|乙",
  "| 丙 |",
  "反斜杠\\斜杠",
  "\\*星号\\*",
  "&amp;",
  "A & B",
  "<b>粗</b>",
  "~删除~",
  "#话题#",
  "1.5%",
  "（一）",
  "!",
  "[x]",
  "——",
];

const hostileLine = fc
  .tuple(
    fc.constantFrom(...OPENINGS),
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }),
    fc.constantFrom("", " "),
  )
  .map(([opening, words, joiner]) => `${opening}${words.join(joiner)}`.trim());

const hostileText = fc
  .array(hostileLine, { minLength: 1, maxLength: 4 })
  .map((lines) => lines.join("\n"));

/** The page fields under the title, each present or not; values as pages write them (no spaces). */
const metaFields = fc.record(
  {
    publisher: fc.constantFrom("某市审计局", "大曹庄镇", "东城区人民政府办公室"),
    indexNumber: fc.constantFrom("dczx/1674120257266", "11330000002482013Q/2023-00012"),
    documentNumber: fc.constantFrom("某府办〔2023〕1号", "审计发[2022]3号"),
  },
  { requiredKeys: [] },
);

/** Consistent reports with blank, marked and absent cells, page fields and hostile texts. */
function hostileReport(version: TemplateVersion): fc.Arbitrary<Report> {
  return fc
    .tuple(
      consistentReport(version),
      holes,
      metaFields,
      hostileText,
      hostileText,
      hostileText,
      hostileText,
    )
    .map(
      ([report, at, fields, preamble, overview, problems, other]) =>
        ({
          ...punch(report, at),
          meta: { ...report.meta, ...fields },
          preamble,
          overview,
          problemsAndImprovements: problems,
          otherMatters: other,
        }) as Report,
    );
}

/**
 * Where the absent cells of the report's present tables are reported: `table.row.column` for each,
 * but one `table.row` for a row of several cells all absent, and one `table` for a table with no
 * cell present whose rows with absent cells (two or more, of any width) are all absent whole.
 */
function absentCells(report: Report): string[] {
  const paths: string[] = [];
  for (const table of tableLayout(report.template)) {
    const rows = report[table.key] as Rows | undefined;
    if (rows === undefined) continue;
    const own: string[] = [];
    let whole = 0;
    let partial = 0;
    let present = 0;
    for (const row of table.rows) {
      const absent = row.columns.filter((column) => !(column.key in rows[row.key]!));
      present += row.columns.length - absent.length;
      if (absent.length === 0) continue;
      if (absent.length < row.columns.length) partial++;
      else whole++;
      // A row of one cell is named by its cell.
      if (absent.length === row.columns.length && row.columns.length >= 2) {
        own.push(`${table.key}.${row.key}`);
      } else for (const column of absent) own.push(`${table.key}.${row.key}.${column.key}`);
    }
    if (present === 0 && partial === 0 && whole >= 2) paths.push(table.key);
    else paths.push(...own);
  }
  return paths.sort();
}

function expectRoundTrip(
  report: Report,
  rendered: string,
  parse: (text: string) => ParseResult = parseText,
): void {
  const { report: back, findings } = parse(rendered);
  // Only the absent cells, each unreadable where it stands; nothing recovered, nothing missing.
  expect(findings.map((f) => `${f.code} ${f.path.join(".")}`).sort()).toEqual(
    absentCells(report).map((path) => `PARSE_CELL_UNREADABLE ${path}`),
  );
  expect(toJSON(back!)).toEqual(toJSON(report));
  expect(back).toEqual(report);
}

describe.each(renderings)("parseText reads %s back", (_, render) => {
  it.each(["2019", "2021"] as const)(
    "to an equal report with blank, marked and absent cells and hostile texts (property, %s template)",
    (version) => {
      fc.assert(
        fc.property(hostileReport(version), (report) => expectRoundTrip(report, render(report))),
        { numRuns: RUNS },
      );
    },
  );

  it("for the Shanghai 2019 report: fully, blank cells included", () => {
    expectRoundTrip(shanghai2019Report, render(shanghai2019Report));
  });

  it("for the seed report: tables, texts and metadata, the agency as the title names it", () => {
    const { report: back, findings } = parseText(render(seedReport));
    expect(findings).toEqual([]);
    const { agency, meta, ...rest } = toJSON(back!) as Record<string, Record<string, unknown>>;
    const expected = toJSON(seedReport) as Record<string, Record<string, unknown>>;
    const { agency: seedAgency, meta: seedMeta, ...seedRest } = expected;
    expect(rest).toEqual(seedRest);
    // A null field is not printed, so it reads back absent.
    expect(meta).toEqual(
      Object.fromEntries(Object.entries(seedMeta!).filter(([, value]) => value !== null)),
    );
    // The title names the agency shorter than the fixture (宁晋县大曹庄镇 / …人民政府).
    expect(seedMeta!["title"]).toContain(`${agency!["name"]}${seedReport.year}年`);
    expect(String(seedAgency!["name"]).startsWith(String(agency!["name"]))).toBe(true);
  });
});

describe("parseHTML reads toHTML back (grids mapped by their printed labels)", () => {
  it.each(["2019", "2021"] as const)(
    "to an equal report with blank, marked, decimal and absent cells and hostile texts (property, %s template)",
    (version) => {
      fc.assert(
        fc.property(hostileReport(version), (report) =>
          expectRoundTrip(report, toHTML(report), parseHTML),
        ),
        { numRuns: RUNS },
      );
    },
  );

  it.each([
    ["Shanghai 2019", shanghai2019Report],
    ["seed 2022", seedReport],
  ] as const)("for the %s report", (_, report) => {
    const { report: back, findings } = parseHTML(toHTML(report));
    expect(findings).toEqual([]);
    for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"] as const) {
      expect(toJSON(back!)[table]).toEqual(toJSON(report)[table]);
    }
  });
});
