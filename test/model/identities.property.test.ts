/**
 * One arithmetic (issue 12): `validate`, `createReport` and `aggregate` judge the identities of
 * tables 三 and 四 alike on every decidable case, blank, marked and absent cells included. The
 * ORACLE is test/support/oracle.ts — the equations written from the spec and a judgement of blank
 * cells written from ARCHITECTURE §5 as ranges of possible sums — never the library's evaluator.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitsEvidence } from "../../src/findings/evidence.js";
import type { Finding, Report, ReportInit, TemplateVersion } from "../../src/index.js";
import { aggregate, createReport, fromJSON, toJSON, validate } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { consistentReport } from "../support/arbitraries.js";
import {
  countCells,
  type Equation,
  equationsOf,
  findingPathOf,
  forcedValue,
  isCount,
  judge,
  type OraclePath,
  operandsOf,
  readerOf,
  samePath,
  totalCells,
} from "../support/oracle.js";

type Json = Record<string, unknown>;
type Tables = Record<string, Record<string, Record<string, unknown>>>;

const IDENTITY_CODES = ["T3_ROW_TOTAL", "T3_RESULT_TOTAL", "T3_BALANCE", "T4_GROUP_TOTAL"];
const ABSENT = Symbol("absent");

/** What an edit does to a cell: blank it, mark it, remove it, or move its count by a delta. */
const edit = fc.oneof(
  fc.constant<unknown>(null),
  fc.constantFrom<unknown>({ mark: "/" }, { mark: "—" }),
  fc.constant<unknown>(ABSENT),
  fc.integer({ min: -3, max: 3 }).map((delta) => ({ delta })),
);

/**
 * A consistent report's canonical JSON with a few cells edited: some anywhere, some clustered on
 * the operands of one equation, and often a conflict on one equation (an unknown operand and a
 * raised one on the same side), so that the decidable cases with unknowns (a known total below
 * its known parts, a blank total with known parts) come up often.
 */
function editedReport(version: TemplateVersion): fc.Arbitrary<Json> {
  const cells = countCells(version);
  const equations = equationsOf(version);
  const anywhere = fc.tuple(fc.nat({ max: cells.length - 1 }), edit).map(([i, e]) => ({
    path: cells[i]!,
    edit: e,
  }));
  const clustered = fc
    .tuple(
      fc.nat({ max: equations.length - 1 }),
      fc.array(fc.tuple(fc.nat(), edit), { maxLength: 3 }),
    )
    .map(([i, edits]) => {
      const operands = operandsOf(equations[i]!);
      return edits.map(([j, e]) => ({ path: operands[j % operands.length]!, edit: e }));
    });
  // One side of an equation gets an unknown operand and another operand of that side raised: the
  // other side is then below the known part whenever the raise exceeds what the unknown held.
  const unknown = fc.constantFrom<unknown>(null, { mark: "/" }, ABSENT);
  const conflict = fc
    .tuple(fc.nat({ max: equations.length - 1 }), fc.boolean(), fc.nat(), fc.nat(), unknown)
    .chain(([i, leftSide, a, b, hidden]) => {
      const equation = equations[i]!;
      const side = leftSide && equation.left.length > 1 ? equation.left : equation.right;
      const blanked = side[a % side.length]!;
      const raised = side[(a + 1 + (b % (side.length - 1))) % side.length]!;
      return fc.integer({ min: 1, max: 9 }).map((delta) => [
        { path: blanked, edit: hidden },
        { path: raised, edit: { delta } },
      ]);
    });
  return fc
    .tuple(
      consistentReport(version),
      fc.array(anywhere, { maxLength: 4 }),
      clustered,
      fc.option(conflict, { freq: 2 }),
    )
    .map(([report, scattered, cluster, conflicting]) => {
      const json = JSON.parse(JSON.stringify(toJSON(report))) as Json;
      for (const { path, edit: e } of [...scattered, ...cluster, ...(conflicting ?? [])]) {
        const [table, row, column] = path;
        const cells = (json[table] as Tables[string])[row]!;
        const current = cells[column];
        if (e === ABSENT) delete cells[column];
        else if (typeof e === "object" && e !== null && "delta" in e) {
          const delta = (e as { delta: number }).delta;
          cells[column] = isCount(current) ? Math.max(0, current + delta) : Math.abs(delta);
        } else cells[column] = e;
      }
      return json;
    });
}

/** A finding's arithmetic, as the oracle states it. */
interface Stated {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly expected: number | string | undefined;
  readonly actual: number | string | undefined;
}

const sorted = (list: readonly Stated[]) =>
  [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const stated = (f: Finding, prefix = 0): Stated => ({
  code: f.code,
  path: f.path.slice(prefix),
  expected: f.expected,
  actual: f.actual,
});

/** The equations the oracle finds broken, each as the finding it calls for. */
function oracleFindings(
  equations: readonly Equation[],
  readFor: (e: Equation) => (path: OraclePath) => unknown,
): Stated[] {
  return equations.flatMap((e) => {
    const judgement = judge(e, readFor(e));
    if (judgement.kind !== "broken") return [];
    const { expected, actual } = judgement;
    return [{ code: e.code, path: findingPathOf(e), expected, actual }];
  });
}

const identityFindings = (findings: readonly Finding[]) =>
  findings.filter((f) => IDENTITY_CODES.includes(f.code));

/** The identity findings of a report (JSON) equal the oracle's. */
function checkIdentities(json: Json, findings: readonly Finding[]): void {
  const read = readerOf(json);
  expect(sorted(identityFindings(findings).map((f) => stated(f)))).toEqual(
    sorted(oracleFindings(equationsOf(json["template"] as TemplateVersion), () => read)),
  );
}

/** CELL_BLANK: one per row with null or marked cells, at the first, naming all; none for absent. */
function checkBlankRows(json: Json, findings: readonly Finding[]): void {
  const version = json["template"] as TemplateVersion;
  const read = readerOf(json);
  const equations = equationsOf(version);
  const rows = countCells(version).reduce((map, path) => {
    const key = `${path[0]}/${path[1]}`;
    const value = read(path);
    // null and marks: the cells CELL_BLANK is about (absent cells are undefined).
    if (typeof value === "object") {
      map.set(key, [...(map.get(key) ?? []), path]);
    }
    return map;
  }, new Map<string, OraclePath[]>());
  const blanks = findings.filter(
    (f) => f.code === "CELL_BLANK" && f.path[0] !== "activeDisclosure",
  );
  expect(blanks.map((f) => f.related)).toEqual([...rows.values()]);
  for (const finding of blanks) {
    const cell = finding.path as unknown as OraclePath;
    const forced = equations.flatMap((e) => forcedValue(e, read, cell) ?? []);
    if (finding.expected === undefined) expect(forced).toEqual([]);
    else expect(forced).toContain(finding.expected);
  }
}

/** aggregate's findings about its one member's identities equal the oracle's on that member. */
function checkAggregate(json: Json, member: Report): void {
  const version = json["template"] as TemplateVersion;
  const { findings } = aggregate([member], { agency: "某县人民政府" });
  for (const finding of findings) expect(fitsEvidence(finding), finding.code).toBe(true);
  const own = identityFindings(findings).filter((f) => f.path[0] === "members" && f.path[1] === 0);
  expect(own).toHaveLength(identityFindings(findings).length);
  for (const f of own) expect(f.related?.every((p) => p[0] === "members" && p[1] === 0)).toBe(true);
  expect(sorted(own.map((f) => stated(f, 2)))).toEqual(
    sorted(oracleFindings(equationsOf(version), () => readerOf(json))),
  );
}

/**
 * createReport from the same cells: a count is given as it is; a blank, marked or absent leaf is
 * given as `null` (rejected with CELL_TYPE: unknown, not 0 as an omitted leaf would be); a total
 * that is no count is left out (derived). The builder's identity findings equal the oracle's on
 * the built report, each total identity judged with the caller's value of its total; and
 * `validate` of the built report agrees with the oracle on it.
 */
function checkCreate(json: Json): void {
  const version = json["template"] as TemplateVersion;
  const read = readerOf(json);
  const totals = totalCells(version);
  const isTotal = (path: OraclePath) => totals.some((t) => samePath(t, path));
  const init: Json = { template: version, year: json["year"], agency: json["agency"] };
  init["activeDisclosure"] = json["activeDisclosure"];
  for (const path of countCells(version)) {
    const [table, row, column] = path;
    const value = read(path);
    const rows = ((init[table] as Tables[string] | undefined) ?? {}) as Tables[string];
    init[table] = rows;
    rows[row] ??= {};
    if (isCount(value)) rows[row]![column] = value;
    else if (!isTotal(path)) rows[row]![column] = null;
  }
  const built = createReport(init as never);
  for (const finding of built.findings) expect(fitsEvidence(finding), finding.code).toBe(true);
  expect(built.report).toBeDefined();
  const report = toJSON(built.report as Report) as unknown as Json;
  const builtRead = readerOf(report);
  const given = (e: Equation) => {
    if (e.code === "T3_BALANCE") return builtRead;
    const total = e.left[0]!;
    const value = read(total);
    return isCount(value)
      ? (path: OraclePath) => (samePath(path, total) ? value : builtRead(path))
      : builtRead;
  };
  const equations = equationsOf(version);
  expect(sorted(identityFindings(built.findings).map((f) => stated(f)))).toEqual(
    sorted(oracleFindings(equations, given)),
  );
  // Only rejected leaves are CELL_TYPE; nothing else is reported.
  for (const f of built.findings) expect(IDENTITY_CODES.concat("CELL_TYPE")).toContain(f.code);
  expect(sorted(identityFindings(validate(report).findings).map((f) => stated(f)))).toEqual(
    sorted(oracleFindings(equations, () => builtRead)),
  );
}

const versions: readonly TemplateVersion[] = ["2019", "2021"];

describe.each(versions)("one arithmetic: validate, aggregate and createReport (%s)", (version) => {
  it("agree with the oracle on every identity, blank, marked and absent cells included", () => {
    fc.assert(
      fc.property(editedReport(version), (json) => {
        const { report } = fromJSON(json);
        expect(report).toBeDefined();
        const { findings } = validate(json);
        checkIdentities(json, findings);
        checkBlankRows(json, findings);
        // Every finding fits the evidence its code's type promises (src/findings/evidence.ts).
        for (const finding of findings) expect(fitsEvidence(finding), finding.code).toBe(true);
        checkAggregate(json, report!);
        checkCreate(json);
      }),
      { numRuns: 300 },
    );
  });

  it("the property can fail: the two old ways of judging blank operands are caught", () => {
    // Mutant 1: every blank, mark and absent cell summed as 0.
    const zeroing = (json: Json) => {
      const copy = JSON.parse(JSON.stringify(json)) as Json;
      for (const [table, row, column] of countCells(version)) {
        const cells = (copy[table] as Tables[string])[row]!;
        if (!isCount(cells[column])) cells[column] = 0;
      }
      return validate(copy).findings;
    };
    // Mutant 2: an identity with an operand that is no count is not judged at all (what
    // aggregate's member check did before issue 12).
    const skipping = (json: Json) => {
      const read = readerOf(json);
      const equations = equationsOf(version);
      return validate(json).findings.filter((f) => {
        const e = equations.find(
          (q) => q.code === f.code && samePath(findingPathOf(q), f.path as unknown as OraclePath),
        );
        return e === undefined || operandsOf(e).every((p) => isCount(read(p)));
      });
    };
    for (const mutant of [zeroing, skipping]) {
      const result = fc.check(
        fc.property(editedReport(version), (json) => {
          checkIdentities(json, mutant(json));
        }),
        { numRuns: 300, seed: 12 },
      );
      expect(result.failed).toBe(true);
    }
  });
});

describe("the case of issue 12: 总计 1, 自然人 5, 商业企业 blank", () => {
  it("validate, aggregate and createReport all report T3_ROW_TOTAL at 总计", () => {
    const newlyReceived = {
      naturalPerson: 5,
      commercialEnterprise: null,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceInstitution: 0,
      otherOrganization: 0,
      total: 1,
    };
    const json = JSON.parse(JSON.stringify(toJSON(seedReport))) as Json;
    (json["applications"] as Tables[string])["newlyReceived"] = newlyReceived;
    const path = ["applications", "newlyReceived", "total"];
    const expected = { code: "T3_ROW_TOTAL", expected: "≥ 5", actual: 1 };

    const validated = validate(json).findings.filter((f) => f.code === "T3_ROW_TOTAL");
    expect(validated).toEqual([expect.objectContaining({ ...expected, path })]);

    const member = fromJSON(json).report!;
    const aggregated = aggregate([member], { agency: "某县人民政府" }).findings.filter(
      (f) => f.code === "T3_ROW_TOTAL",
    );
    expect(aggregated).toEqual([
      expect.objectContaining({ ...expected, path: ["members", 0, ...path] }),
    ]);
    expect(aggregated[0]!.message).toBe(validated[0]!.message);

    const init = {
      template: "2021",
      year: 2022,
      agency: "某镇人民政府",
      applications: { newlyReceived },
    } as unknown as ReportInit<"2021">;
    const created = createReport(init);
    const built = created.findings.filter((f) => f.code === "T3_ROW_TOTAL");
    expect(built).toEqual([expect.objectContaining({ ...expected, path })]);
    // 商业企业 is rejected (CELL_TYPE): the total cannot be derived, so the given one is kept, and
    // validate says of the built report what createReport said.
    expect(created.report?.applications?.newlyReceived.total).toBe(1);
    const again = validate(created.report).findings.filter((f) => f.code === "T3_ROW_TOTAL");
    expect(again).toEqual([expect.objectContaining({ ...expected, path })]);
  });
});
