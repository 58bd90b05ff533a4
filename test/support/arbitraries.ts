/**
 * fast-check arbitraries of reports, shared by every property test.
 *
 * `consistentReport(version)` generates a report of which every hard identity holds (row totals,
 * result totals, balance, table-四 group totals), every soft single-year rule is satisfied
 * (2019 stock ≥ flow; the fee sentence is present), it is published on time and every text is
 * plain prose that cannot be mistaken for a heading. Tables 三 and 四 are laid out from the spec
 * (test/support/oracle.ts: rows, columns and which rows （七）总计 sums), not from the library's
 * registry, so that a report "consistent" here is consistent by the spec; table 二 and the years
 * come from the registries.
 */
import { Decimal } from "decimal.js";
import fc from "fast-check";
import type { Report, TemplateVersion } from "../../src/index.js";
import { templates } from "../../src/index.js";
import {
  APPLICANT_COLUMNS,
  CARRIED_FORWARD_ROW,
  RESULT_LEAVES,
  RESULT_TOTAL_ROW,
  REVIEW_GROUPS,
  REVIEW_OUTCOMES,
} from "./oracle.js";

const SENTENCES = [
  "坚持以公开为常态、不公开为例外",
  "进一步规范政府信息公开工作",
  "依法依规做好依申请公开办理",
  "加强政府网站和政务新媒体管理",
  "持续完善信息发布审查机制",
  "本年度未收取信息处理费",
  "严格落实保密审查制度",
  "加强业务培训和监督考核",
];

/** Prose of 1–3 paragraphs made of whole sentences. */
export const prose = fc
  .array(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((paragraphs) => paragraphs.map((p) => `${p.join("，")}。`).join("\n"));

const smallCount = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 5000 }) },
);

const money = fc
  .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 4 }))
  .map(([units, places]) => new Decimal(units).div(10 ** places));

function activeDisclosureOf(version: TemplateVersion) {
  const groups = templates[version].activeDisclosure.groups;
  const rows = groups.flatMap((group) =>
    group.rows.map((row) => ({
      key: row.key,
      columns: group.columns as readonly { key: string; kind: string }[],
    })),
  );
  return fc
    .tuple(
      ...rows.map((row) =>
        fc.tuple(
          ...row.columns.map((column) =>
            column.kind === "money"
              ? money
              : column.kind === "signedCount"
                ? fc.integer({ min: -50, max: 50 })
                : smallCount,
          ),
        ),
      ),
    )
    .map((values) => {
      const table: Record<string, Record<string, number | Decimal>> = {};
      rows.forEach((row, i) => {
        const cells: Record<string, number | Decimal> = {};
        row.columns.forEach((column, j) => {
          cells[column.key] = values[i]![j]!;
        });
        // 2019: the stock published can never be below this year's flow (T2_STOCK_BELOW_FLOW).
        if ("totalPublished" in cells && "newlyPublished" in cells) {
          cells["totalPublished"] =
            (cells["totalPublished"] as number) + (cells["newlyPublished"] as number);
        }
        table[row.key] = cells;
      });
      return table;
    });
}

function applicationsOf(version: TemplateVersion) {
  const leaves = RESULT_LEAVES[version];
  const applicants = APPLICANT_COLUMNS;
  const column = fc
    .record({
      leaves: fc.tuple(...leaves.map(() => smallCount)),
      carriedForward: smallCount,
      carriedOverShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ leaves: values, carriedForward, carriedOverShare }) => {
      const handled = values.reduce((a, b) => a + b, 0);
      const carriedOver = Math.floor((handled + carriedForward) * carriedOverShare);
      return {
        leaves: values,
        carriedForward,
        carriedOver,
        newlyReceived: handled + carriedForward - carriedOver,
        handled,
      };
    });
  return fc.tuple(...applicants.map(() => column)).map((columns) => {
    const table: Record<string, Record<string, number>> = {};
    const put = (row: string, values: number[]) => {
      const cells: Record<string, number> = {};
      applicants.forEach((key, i) => {
        cells[key] = values[i]!;
      });
      cells["total"] = values.reduce((a, b) => a + b, 0);
      table[row] = cells;
    };
    put(
      "newlyReceived",
      columns.map((c) => c.newlyReceived),
    );
    put(
      "carriedOver",
      columns.map((c) => c.carriedOver),
    );
    for (const [i, leaf] of leaves.entries()) {
      put(
        leaf,
        columns.map((c) => c.leaves[i]!),
      );
    }
    put(
      RESULT_TOTAL_ROW,
      columns.map((c) => c.handled),
    );
    put(
      CARRIED_FORWARD_ROW,
      columns.map((c) => c.carriedForward),
    );
    return table;
  });
}

function reviewsOf() {
  return fc
    .tuple(...REVIEW_GROUPS.map(() => fc.tuple(...REVIEW_OUTCOMES.map(() => smallCount))))
    .map((values) => {
      const table: Record<string, Record<string, number>> = {};
      REVIEW_GROUPS.forEach((group, i) => {
        const cells: Record<string, number> = {};
        REVIEW_OUTCOMES.forEach((key, j) => {
          cells[key] = values[i]![j]!;
        });
        cells["total"] = values[i]!.reduce((a, b) => a + b, 0);
        table[group] = cells;
      });
      return table;
    });
}

const agencyName = fc
  .tuple(
    fc.constantFrom("宁晋县", "平潭县", "某市", "东城区"),
    fc.constantFrom("大曹庄镇人民政府", "司法局", "人民政府办公室", "审计局"),
  )
  .map(([a, b]) => a + b);

/** A consistent report of a template version (both when omitted). */
export function consistentReport(version?: TemplateVersion): fc.Arbitrary<Report> {
  if (version === undefined) {
    return fc.oneof(consistentReport("2019"), consistentReport("2021"));
  }
  const { from, to } = templates[version].years;
  return fc
    .record({
      year: fc.integer({ min: from, max: to ?? 2030 }),
      agency: agencyName,
      day: fc.integer({ min: 1, max: 28 }),
      preamble: prose,
      overview: prose,
      activeDisclosure: activeDisclosureOf(version),
      applications: applicationsOf(version),
      reviewsAndLitigation: reviewsOf(),
      problemsAndImprovements: prose,
      otherMatters: prose.map((text) => `${text}\n本年度收取信息处理费情况如实报告。`),
    })
    .map(
      (r) =>
        ({
          formatVersion: 1,
          template: version,
          year: r.year,
          agency: { name: r.agency },
          meta: {
            title: `${r.agency}${r.year}年政府信息公开工作年度报告`,
            publishedOn: `${r.year + 1}-01-${String(r.day).padStart(2, "0")}`,
          },
          preamble: r.preamble,
          overview: r.overview,
          activeDisclosure: r.activeDisclosure,
          applications: r.applications,
          reviewsAndLitigation: r.reviewsAndLitigation,
          problemsAndImprovements: r.problemsAndImprovements,
          otherMatters: r.otherMatters,
        }) as unknown as Report,
    );
}
