import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/index.js";
import {
  applicationColumns,
  applicationDataRows,
  compare,
  parseText,
  rules,
  templates,
} from "../../src/index.js";
import { pingtanSeries } from "../fixtures/pingtan-series.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { corpus } from "../read/support.js";
import {
  APPLICATION_COLUMNS,
  applicationRows,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from "../support/oracle.js";
import { at, withCells } from "./helpers.js";

const find = (
  cells: ReturnType<typeof compare>["cells"],
  table: string,
  row: string,
  column: string,
) => cells.find((c) => c.table === table && c.row === row && c.column === column);

describe("compare, same template", () => {
  const received = ["applications", "newlyReceived", "naturalPerson"] as const;
  const fee = ["activeDisclosure", "fees", "amount"] as const;
  const review = ["reviewsAndLitigation", "administrativeReview", "upheld"] as const;
  const lastYear = withCells(seedReport, [[fee, "1.25"]], { year: 2021 });
  const thisYear = withCells(seedReport, [
    [received, (at(seedReport, received) as number) + 4],
    [fee, "0.5"],
    [review, { mark: "/" }],
  ]);
  const { cells, previous, current } = compare(lastYear, thisYear);

  it("lists every cell with both values and the change", () => {
    expect(previous).toEqual({ template: "2021", year: 2021, agency: seedReport.agency.name });
    expect(current.year).toBe(2022);
    expect(find(cells, ...received)).toMatchObject({
      previous: at(seedReport, received),
      current: (at(seedReport, received) as number) + 4,
      change: 4,
      previousPaths: [received],
      currentPaths: [received],
    });
    const money = find(cells, ...fee)!;
    expect(money.change).toBeInstanceOf(Decimal);
    expect((money.change as Decimal).toFixed()).toBe("-0.75");
    const unchanged = find(cells, "applications", "carriedForward", "total")!;
    expect(unchanged.change).toBe(0);
  });

  it("keeps blank, marked and absent values as such, with change null", () => {
    expect(find(cells, ...review)).toMatchObject({
      previous: 0,
      current: { mark: "/" },
      change: null,
    });
    const withBlank = withCells(thisYear, [[received, null]]);
    expect(find(compare(lastYear, withBlank).cells, ...received)).toMatchObject({
      current: null,
      change: null,
    });
    const withAbsent = withCells(thisYear, [[received, undefined]]);
    const absent = find(compare(lastYear, withAbsent).cells, ...received)!;
    expect(absent.current).toBeUndefined();
    expect(absent.change).toBeNull();
  });

  it("is frozen and gives no cells for a value that is not a report", () => {
    expect(Object.isFrozen(cells)).toBe(true);
    expect(compare(null as never, seedReport).cells).toEqual([]);
    expect(() => compare(3 as never, {} as never)).not.toThrow();
  });
});

describe("compare, 2019 → 2021 template", () => {
  const { cells } = compare(shanghai2019Report, seedReport);
  const old = templates["2019"].applications.rows;
  const now = templates["2021"].applications.rows;

  it("pairs the table-三 rows both registries have, by key", () => {
    const old: readonly string[] = applicationDataRows("2019");
    const shared = applicationDataRows("2021").filter((k) => old.includes(k));
    const rows = new Set(cells.filter((c) => c.table === "applications").map((c) => c.row));
    for (const key of shared) expect(rows.has(key)).toBe(true);
    for (const key of applicationDataRows("2021").filter((k) => !shared.includes(k))) {
      expect(rows.has(key)).toBe(false);
    }
  });

  it("compares the 2019 （六） leaf with the sum of the 2021 （六） leaves", () => {
    const group = now.find(
      (r) => r.role === "group" && old.some((o) => o.role === "result" && o.label === r.label),
    )!;
    const leaf = old.find((r) => r.label === group.label)!;
    const children = now.filter((r) => "parent" in r && r.parent === group.key).map((r) => r.key);
    expect(children.length).toBeGreaterThan(1);
    const split = (column: string, values: number[]) =>
      withCells(
        seedReport,
        children.map((row, i) => [["applications", row, column], values[i]] as const),
      );
    const current = split(
      "naturalPerson",
      children.map((_, i) => i + 1),
    );
    const cell = find(
      compare(shanghai2019Report, current).cells,
      "applications",
      group.key,
      "naturalPerson",
    )!;
    const sum = children.reduce((s, _, i) => s + i + 1, 0);
    expect(cell).toMatchObject({
      previousPaths: [["applications", leaf.key, "naturalPerson"]],
      currentPaths: children.map((row) => ["applications", row, "naturalPerson"]),
      previous: at(shanghai2019Report, ["applications", leaf.key, "naturalPerson"]),
      current: sum,
    });
  });

  it("pairs table-二 fields only where both templates have the key", () => {
    const disclosure = cells.filter((c) => c.table === "activeDisclosure");
    expect(disclosure.length).toBeGreaterThan(0);
    for (const c of disclosure) {
      expect(at(shanghai2019Report, c.previousPaths[0]!)).not.toBeUndefined();
      expect(at(seedReport, c.currentPaths[0]!)).not.toBeUndefined();
    }
    expect(disclosure.some((c) => c.row === "normativeDocuments")).toBe(false);
  });
});

describe("compare over the 平潭 series (transcribed cells, test/fixtures/pingtan-series.ts)", () => {
  const pairs = pingtanSeries.slice(1).map((report, i) => [pingtanSeries[i]!, report] as const);
  const cellOf = (a: Report, b: Report, table: string, row: string, column: string) =>
    find(compare(a, b).cells, table, row, column);

  it("lists exactly the shared cells of every pair, with their values, across the template change", () => {
    // The cells both templates have (ARCHITECTURE §4 keys), in the current template's order; the
    // 2019 （六）其他处理 row meets the 2021 （六） group, compared with the sum of its three rows.
    const twoOf = {
      "2019": [
        ...["regulations", "normativeDocuments"].flatMap((row) =>
          ["newlyMade", "newlyPublished", "totalPublished"].map((column) => [row, column]),
        ),
        ...["licensing", "otherServices", "punishment", "coercion"].flatMap((row) =>
          ["previousItems", "change", "decisions"].map((column) => [row, column]),
        ),
        ["fees", "previousItems"],
        ["fees", "change"],
        ["procurement", "projects"],
        ["procurement", "totalAmount"],
      ],
      "2021": [
        ...["regulations", "normativeDocuments"].flatMap((row) =>
          ["issued", "repealed", "inForce"].map((column) => [row, column]),
        ),
        ["licensing", "decisions"],
        ["punishment", "decisions"],
        ["coercion", "decisions"],
        ["fees", "amount"],
      ],
      // 2019 → 2021: only the 处理决定数量 of 许可, 处罚, 强制 keep their key and kind.
      across: [
        ["licensing", "decisions"],
        ["punishment", "decisions"],
        ["coercion", "decisions"],
      ],
    } as const;
    const threeRows = {
      "2019": applicationRows("2019"),
      "2021": applicationRows("2021"),
      across: applicationRows("2021").flatMap((row) =>
        row === "otherOverdueCorrection"
          ? ["otherProcessing"]
          : row === "otherOverdueFee" || row === "otherReasons"
            ? []
            : [row],
      ),
    };
    const keysOf = (kind: keyof typeof twoOf) => [
      ...twoOf[kind].map(([row, column]) => `activeDisclosure.${row}.${column}`),
      ...threeRows[kind].flatMap((row) =>
        APPLICATION_COLUMNS.map((column) => `applications.${row}.${column}`),
      ),
      ...REVIEW_GROUPS.flatMap((group) =>
        REVIEW_COLUMNS.map((column) => `reviewsAndLitigation.${group}.${column}`),
      ),
    ];
    const seven = (row: string, values: number[][]) =>
      Object.fromEntries(
        APPLICATION_COLUMNS.map((c, i) => [`applications.${row}.${c}`, values[i]!]),
      );
    const zeros = (row: string) =>
      seven(
        row,
        APPLICATION_COLUMNS.map(() => [0, 0, 0]),
      );
    // [previous, current, change] of every cell the transcription holds on either side; every
    // other listed cell is absent on both sides, with change null.
    const d = "activeDisclosure.";
    const known: [keyof typeof twoOf, Record<string, (number | undefined)[]>][] = [
      [
        "2019",
        {
          [`${d}regulations.newlyMade`]: [0, 0, 0],
          [`${d}regulations.newlyPublished`]: [0, 0, 0],
          [`${d}regulations.totalPublished`]: [0, 7, 7],
          [`${d}normativeDocuments.newlyMade`]: [89, 77, -12],
          [`${d}normativeDocuments.newlyPublished`]: [89, 77, -12],
          [`${d}normativeDocuments.totalPublished`]: [89, 166, 77],
          ...zeros("carriedOver"),
          ...zeros("carriedForward"),
        },
      ],
      [
        "across",
        {
          ...seven("newlyReceived", [
            [undefined, 64, undefined],
            [undefined, 0, undefined],
            [undefined, 0, undefined],
            [undefined, 2, undefined],
            [undefined, 0, undefined],
            [undefined, 4, undefined],
            [undefined, 70, undefined],
          ] as number[][]),
          ...zeros("carriedOver"),
          ...seven("carriedForward", [
            [0, 1, 1],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 1, 1],
          ]),
        },
      ],
      [
        "2021",
        {
          [`${d}regulations.issued`]: [0, 0, 0],
          [`${d}regulations.repealed`]: [0, 0, 0],
          [`${d}regulations.inForce`]: [0, 0, 0],
          [`${d}normativeDocuments.issued`]: [69, 88, 19],
          [`${d}normativeDocuments.repealed`]: [3, 55, 52],
          [`${d}normativeDocuments.inForce`]: [665, 698, 33],
          ...seven("newlyReceived", [
            [64, 71, 7],
            [0, 3, 3],
            [0, 0, 0],
            [2, 0, -2],
            [0, 0, 0],
            [4, 0, -4],
            [70, 74, 4],
          ]),
          ...seven("carriedOver", [
            [0, 1, 1],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 1, 1],
          ]),
          ...seven("carriedForward", [
            [1, 0, -1],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [1, 0, -1],
          ]),
        },
      ],
      [
        "2021",
        {
          [`${d}regulations.issued`]: [0, 0, 0],
          [`${d}regulations.repealed`]: [0, 0, 0],
          [`${d}regulations.inForce`]: [0, 0, 0],
          [`${d}normativeDocuments.issued`]: [88, 77, -11],
          [`${d}normativeDocuments.repealed`]: [55, 132, 77],
          [`${d}normativeDocuments.inForce`]: [698, 470, -228],
          ...seven("newlyReceived", [
            [71, undefined, undefined],
            [3, undefined, undefined],
            [0, undefined, undefined],
            [0, undefined, undefined],
            [0, undefined, undefined],
            [0, undefined, undefined],
            [74, undefined, undefined],
          ] as number[][]),
          ...zeros("carriedForward"),
          ...seven("carriedOver", [
            [1, 0, -1],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [1, 0, -1],
          ]),
        },
      ],
      [
        "2021",
        {
          [`${d}regulations.issued`]: [0, 0, 0],
          [`${d}regulations.repealed`]: [0, 0, 0],
          [`${d}regulations.inForce`]: [0, 0, 0],
          [`${d}normativeDocuments.issued`]: [77, 62, -15],
          [`${d}normativeDocuments.repealed`]: [132, 33, -99],
          [`${d}normativeDocuments.inForce`]: [470, 440, -30],
          ...seven("newlyReceived", [
            [undefined, 217, undefined],
            [undefined, 1, undefined],
            [undefined, 0, undefined],
            [undefined, 0, undefined],
            [undefined, 0, undefined],
            [undefined, 0, undefined],
            [undefined, 218, undefined],
          ] as number[][]),
          ...zeros("carriedOver"),
          ...zeros("carriedForward"),
        },
      ],
      [
        "2021",
        {
          [`${d}regulations.issued`]: [0, 0, 0],
          [`${d}regulations.repealed`]: [0, 0, 0],
          [`${d}regulations.inForce`]: [0, 0, 0],
          [`${d}normativeDocuments.issued`]: [62, 58, -4],
          [`${d}normativeDocuments.repealed`]: [33, 45, 12],
          [`${d}normativeDocuments.inForce`]: [440, 546, 106],
          ...seven("newlyReceived", [
            [217, 151, -66],
            [1, 3, 2],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [218, 154, -64],
          ]),
          ...zeros("carriedOver"),
          ...seven("carriedForward", [
            [0, 4, 4],
            [0, 2, 2],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
            [0, 6, 6],
          ]),
        },
      ],
    ];
    expect(pairs).toHaveLength(known.length);
    for (const [i, [a, b]] of pairs.entries()) {
      const [kind, values] = known[i]!;
      const keys = keysOf(kind);
      for (const key of Object.keys(values)) expect(keys, `${b.year}: ${key}`).toContain(key);
      const expected = keys.map((key) => {
        const [previous, current, change] = values[key] ?? [undefined, undefined, undefined];
        return { key, previous, current, change: change ?? null };
      });
      const actual = compare(a, b).cells.map((c) => ({
        key: `${c.table}.${c.row}.${c.column}`,
        previous: c.previous,
        current: c.current,
        change: c.change,
      }));
      expect({ year: b.year, cells: actual }).toEqual({ year: b.year, cells: expected });
    }
  });

  it("shows the 现行有效 行政规范性文件 mismatches of 2023–2025 (stock ≠ last stock + issued − repealed)", () => {
    const broken: number[] = [];
    for (const [a, b] of pairs) {
      const stock = cellOf(a, b, "activeDisclosure", "normativeDocuments", "inForce");
      if (stock === undefined) continue;
      const issued = at(b, ["activeDisclosure", "normativeDocuments", "issued"]) as number;
      const repealed = at(b, ["activeDisclosure", "normativeDocuments", "repealed"]) as number;
      if (stock.change !== issued - repealed) broken.push(b.year!);
    }
    expect(broken).toEqual([2023, 2024, 2025]);
    expect(
      cellOf(
        pingtanSeries[3]!,
        pingtanSeries[4]!,
        "activeDisclosure",
        "normativeDocuments",
        "inForce",
      ),
    ).toMatchObject({
      previous: 698,
      current: 470,
      change: -228,
    });
  });

  it("gives 2020 → 2021 no 行政规范性文件 cells: the two templates share no field of that row", () => {
    const cells = compare(pingtanSeries[1]!, pingtanSeries[2]!).cells;
    expect(cells.some((c) => c.row === "normativeDocuments")).toBe(false);
    expect(cells.some((c) => c.row === "carriedForward")).toBe(true);
  });
});

describe("compare over the 平潭 series as parsed from the corpus (github-012 … github-018)", () => {
  const files = ["012", "013", "014", "015", "016", "017", "018"].map((n) => `github-${n}`);
  const parsed = files.map((name) => parseText(corpus(name).text).report!);
  const pairs = parsed.slice(1).map((report, i) => [parsed[i]!, report] as const);
  const columns = applicationColumns("2021");

  it("reads the seven years in order, both templates", () => {
    expect(parsed.map((r) => r.year)).toEqual(pingtanSeries.map((r) => r.year));
    expect(parsed.map((r) => r.template)).toEqual(pingtanSeries.map((r) => r.template));
  });

  it("agrees with the transcribed carry-over cells, and the carry-over is continuous year to year", () => {
    for (const [i, [a, b]] of pairs.entries()) {
      const { cells } = compare(a, b);
      for (const column of columns) {
        const forward = find(cells, "applications", "carriedForward", column)!;
        const over = find(cells, "applications", "carriedOver", column)!;
        const [fixtureA, fixtureB] = [pingtanSeries[i]!, pingtanSeries[i + 1]!];
        expect(forward.previous).toBe(at(fixtureA, ["applications", "carriedForward", column]));
        expect(over.current).toBe(at(fixtureB, ["applications", "carriedOver", column]));
        expect(over.current, `${b.year} ${column}`).toBe(forward.previous);
      }
    }
  });

  it("keeps the glued 行政规范性文件 cells the parser could not split as absent, with change null", () => {
    const { cells } = compare(parsed[4]!, parsed[5]!);
    expect(find(cells, "activeDisclosure", "normativeDocuments", "inForce")).toMatchObject({
      previous: undefined,
      current: undefined,
      change: null,
    });
  });
});

describe("compare: cross-year findings from validate", () => {
  it("keeps exactly the codes of the rules that need last year's report", () => {
    expect(rules.filter((r) => r.needsPrevious).map((r) => r.code)).toEqual([
      "CARRY_OVER",
      "STOCK_FLOW",
      "ITEM_COUNT_FLOW",
      "REPEATED_TEXT",
    ]);
  });

  it("reports the 平潭 现行有效 mismatches of 2023–2025 and no carry-over mismatch", () => {
    const found = pingtanSeries.slice(1).flatMap((report, i) =>
      compare(pingtanSeries[i]!, report, { locale: "en" }).findings.map((f) => ({
        year: report.year,
        code: f.code,
        path: f.path,
        expected: f.expected,
        actual: f.actual,
      })),
    );
    const inForce = ["activeDisclosure", "normativeDocuments", "inForce"];
    expect(found).toEqual([
      { year: 2023, code: "STOCK_FLOW", path: inForce, expected: 698 + 77 - 132, actual: 470 },
      { year: 2024, code: "STOCK_FLOW", path: inForce, expected: 470 + 62 - 33, actual: 440 },
      { year: 2025, code: "STOCK_FLOW", path: inForce, expected: 440 + 58 - 45, actual: 546 },
    ]);
  });

  it("finds no carry-over mismatch in the series as parsed from the corpus", () => {
    const files = ["012", "013", "014", "015", "016", "017", "018"].map((n) => `github-${n}`);
    const parsed = files.map((name) => parseText(corpus(name).text).report!);
    const codes = parsed
      .slice(1)
      .flatMap((report, i) => compare(parsed[i]!, report).findings.map((f) => f.code));
    expect(codes).not.toContain("CARRY_OVER");
  });

  it("reports a broken carry-over, with last year's cell under previous", () => {
    const forward = ["applications", "carriedForward", "naturalPerson"] as const;
    const lastYear = withCells(seedReport, [], { year: 2021 });
    const thisYear = withCells(seedReport, [
      [["applications", "carriedOver", "naturalPerson"], 2],
      [["applications", "carriedOver", "total"], 2],
      [["applications", "newlyReceived", "naturalPerson"], 0],
      [forward, 2],
      [["applications", "carriedForward", "total"], 2],
    ]);
    const { findings } = compare(lastYear, thisYear);
    // The same texts two years running are REPEATED_TEXT too.
    expect(findings.filter((f) => f.code === "REPEATED_TEXT").map((f) => f.path)).toContainEqual([
      "overview",
    ]);
    expect(findings.filter((f) => f.code === "CARRY_OVER")).toEqual([
      expect.objectContaining({
        code: "CARRY_OVER",
        path: ["applications", "carriedOver", "naturalPerson"],
        expected: 0,
        actual: 2,
        related: [["previous", ...forward]],
      }),
      expect.objectContaining({
        code: "CARRY_OVER",
        path: ["applications", "carriedOver", "total"],
      }),
    ]);
  });
});
