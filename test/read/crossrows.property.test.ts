/**
 * `settleRows` with a plan made once per template (the parser's path) settles every table as the
 * numbering made per call does (the reference): any subset of the layout's rows, open or not, and
 * rows whose column keys differ from the plan's (which it must not use).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/model/cell.js";
import { type PathOf, settlementPlan, settleRows } from "../../src/read/crossrows.js";
import type { RowResult } from "../../src/read/rows.js";
import { type CellPath, identitiesOf } from "../../src/templates/identities.js";
import { applicationDataRows, templateDefinition } from "../../src/templates/registry.js";
import type { TemplateVersion } from "../../src/templates/types.js";

type Reading = (Cell | undefined)[];

function tableOf(version: TemplateVersion) {
  const columnKeys = templateDefinition(version).applications.columns.map((c) => c.key);
  const ids = applicationDataRows(version) as readonly string[];
  const identities = identitiesOf(version).filter((i) => i.left[0]![0] === "applications");
  const layoutPath = (id: string, index: number): CellPath => [
    "applications",
    id,
    columnKeys[index]!,
  ];
  const plan = settlementPlan(
    ids.map((id) => ({ id, columnKeys })),
    identities,
    layoutPath,
  );
  return { columnKeys, ids, identities, plan };
}

const TABLES = { "2019": tableOf("2019"), "2021": tableOf("2021") };

/** A row's cells: small counts whose last (总计) is their sum, so that readings often hold. */
const consistent = (width: number) =>
  fc
    .array(fc.integer({ min: 0, max: 3 }), { minLength: width - 1, maxLength: width - 1 })
    .map((parts): Reading => [...parts, parts.reduce((a, b) => a + b, 0)]);

/** A reading as printed or misread: some cells absent, blank or moved by one. */
const reading = (width: number) =>
  fc
    .tuple(
      consistent(width),
      fc.array(fc.constantFrom("keep", "keep", "keep", "absent", "blank", "plus"), {
        minLength: width,
        maxLength: width,
      }),
    )
    .map(
      ([cells, edits]): Reading =>
        cells.map((cell, index) => {
          const edit = edits[index];
          if (edit === "absent") return undefined;
          if (edit === "blank") return null;
          if (edit === "plus") return (cell as number) + 1;
          return cell;
        }),
    );

function rowOf(
  id: string,
  columnKeys: readonly string[],
  ordered: Reading,
  open: "closed" | "candidates" | "placements",
  readings: Reading[],
): RowResult {
  const cells: Record<string, Cell> = {};
  const unreadable: string[] = [];
  ordered.forEach((cell, index) => {
    if (cell === undefined) unreadable.push(columnKeys[index]!);
    else cells[columnKeys[index]!] = cell;
  });
  const row: RowResult = { id, cells, ordered, columnKeys, unreadable };
  if (open === "candidates") return { ...row, candidates: readings };
  if (open === "placements") return { ...row, placements: readings };
  return row;
}

const table = fc.constantFrom<TemplateVersion>("2019", "2021").chain((version) => {
  const { columnKeys, ids } = TABLES[version];
  const width = columnKeys.length;
  const row = fc.record({
    present: fc.boolean(),
    ordered: reading(width),
    open: fc.constantFrom("closed", "closed", "candidates", "placements"),
    readings: fc.array(reading(width), { minLength: 1, maxLength: 3 }),
    // Now and then a row read with other column keys (a printed layout): the plan must not serve.
    foreign: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
  });
  return fc
    .array(row, { minLength: ids.length, maxLength: ids.length })
    .map((specs) => ({ version, specs }));
});

describe("settleRows with a settlement plan", () => {
  it("settles as the numbering made per call does", () => {
    fc.assert(
      fc.property(table, ({ version, specs }) => {
        const { columnKeys, ids, identities, plan } = TABLES[version];
        const rows = new Map<string, RowResult>();
        specs.forEach((spec, index) => {
          if (!spec.present) return;
          const id = ids[index]!;
          const keys = spec.foreign ? [...columnKeys].reverse() : columnKeys;
          const open = spec.open as "closed" | "candidates" | "placements";
          rows.set(id, rowOf(id, keys, spec.ordered, open, spec.readings));
        });
        const pathOf: PathOf = (id, index) => [
          "applications",
          id,
          rows.get(id)!.columnKeys[index]!,
        ];
        const reference = settleRows(rows, identities, pathOf);
        const planned = settleRows(rows, identities, pathOf, undefined, plan);
        expect(planned).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });

  it("settles some open rows at all (the property above is not vacuous)", () => {
    const { columnKeys, ids, identities, plan } = TABLES["2021"];
    const total = (parts: number[]): Reading => [...parts, parts.reduce((a, b) => a + b, 0)];
    // 三、本年度办理结果 总计 is the sum of the results: one glued row's two splits, one holds.
    const rows = new Map<string, RowResult>();
    const results = ids.filter((id) => id !== "newlyReceived" && id !== "carriedOver");
    const readings: Reading[] = [];
    for (const id of results) {
      rows.set(id, rowOf(id, columnKeys, total([0, 0, 0, 0, 0, 0]), "closed", []));
    }
    const open = results[0]!;
    readings.push(total([1, 0, 0, 0, 0, 0]), total([0, 0, 0, 0, 0, 0]));
    rows.set(open, rowOf(open, columnKeys, new Array(7).fill(undefined), "candidates", readings));
    const pathOf: PathOf = (id, index) => ["applications", id, rows.get(id)!.columnKeys[index]!];
    const settled = settleRows(rows, identities, pathOf, undefined, plan);
    expect(settled).toEqual(settleRows(rows, identities, pathOf));
    expect(settled.get(open)!.candidates).toBeUndefined();
  });
});
