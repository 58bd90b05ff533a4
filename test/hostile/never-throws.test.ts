/**
 * Hostile input: every public entry point that takes data from outside returns findings instead of
 * throwing, leaves its (deeply frozen) input alone and touches no global prototype. See support.ts
 * for the number of cases per run and how to replay a seed.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  aggregate,
  createReport,
  fromJSON,
  parseHTML,
  parseText,
  readDocument,
  toHTML,
  validate,
} from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import {
  deepFreeze,
  deeplyNested,
  editedCorpusText,
  expectFindings,
  expectPrototypesUntouched,
  fixtureJSON,
  hostileReportJSON,
  hostileValue,
  oddNumber,
  params,
  pollutingObject,
  stringify,
} from "./support.js";

// Loosely typed handles: the point is to call them with what TypeScript would refuse.
const anyValidate = validate as (report: unknown, options?: unknown) => ReturnType<typeof validate>;
const anyCreate = createReport as (
  init: unknown,
  options?: unknown,
) => { report: unknown; findings: unknown };
const anyAggregate = aggregate as (
  reports: unknown,
  init: unknown,
  options?: unknown,
) => { report: unknown; findings: unknown };
const anyParse = parseText as (text: unknown, options?: unknown) => ReturnType<typeof parseText>;

/** A report object as the library makes them (what validate and aggregate normally get). */
const parsedReport = hostileReportJSON.map((json) => fromJSON(json).report);

const reportLike = fc.oneof(
  { weight: 3, arbitrary: parsedReport },
  { weight: 2, arbitrary: hostileReportJSON },
  { weight: 2, arbitrary: hostileValue },
  { weight: 1, arbitrary: deeplyNested },
);

const hostileOptions = fc.oneof(
  fc.constant(undefined),
  hostileValue,
  fc.record(
    {
      previous: reportLike,
      locale: fc.oneof(fc.constantFrom("zh", "en"), hostileValue),
      severity: fc.oneof(
        fc.constant({ T3_BALANCE: "info", CELL_TYPE: "nope" }),
        pollutingObject,
        hostileValue,
      ),
      agencyLevel: hostileValue,
      publishedOn: fc.oneof(
        fc.constantFrom("2023-01-19", "2023-02-30", "9999-99-99", ""),
        hostileValue,
      ),
      year: oddNumber,
      template: fc.oneof(fc.constantFrom("2019", "2021", "2030"), hostileValue),
    },
    { requiredKeys: [] },
  ),
);

afterEach(() => {
  expectPrototypesUntouched();
});

describe("hostile input never throws", () => {
  it("validate(report, options) (property)", () => {
    fc.assert(
      fc.property(reportLike, hostileOptions, (report, options) => {
        deepFreeze(report);
        deepFreeze(options);
        const result = anyValidate(report, options);
        expect(typeof result.ok).toBe("boolean");
        expectFindings(result.findings, { ok: result.ok });
        expectPrototypesUntouched();
      }),
      params(),
    );
  });

  it("fromJSON(value) on values and on JSON text (property)", () => {
    const jsonText = fc.oneof(
      hostileReportJSON.map((json) => stringify(json)),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.tuple(hostileReportJSON, fc.nat(), fc.nat({ max: 50 })).map(([json, at, cut]) => {
        const text = stringify(json);
        const start = at % (text.length + 1);
        return text.slice(0, start) + text.slice(start + cut);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(reportLike, jsonText), hostileOptions, (value, options) => {
        deepFreeze(value);
        deepFreeze(options);
        const result = (
          fromJSON as (value: unknown, options?: unknown) => ReturnType<typeof fromJSON>
        )(value, options);
        expectFindings(result.findings, { report: result.report });
        if (result.report !== undefined) expect(Object.isFrozen(result.report)).toBe(true);
        expectPrototypesUntouched();
      }),
      params(),
    );
  });

  it("parseText(text) on corpus texts with random edits and on arbitrary strings (property)", () => {
    const text = fc.oneof(
      { weight: 4, arbitrary: editedCorpusText },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
      { weight: 1, arbitrary: hostileValue },
    );
    fc.assert(
      fc.property(text, hostileOptions, (input, options) => {
        deepFreeze(options);
        const result = anyParse(input, options);
        expectFindings(result.findings, { report: result.report });
        if (result.report !== undefined) {
          expect(Object.isFrozen(result.report)).toBe(true);
          // What the parser gives is a report that validate takes as it is.
          const checked = validate(result.report);
          expectFindings(checked.findings, { ok: checked.ok });
        }
        expectPrototypesUntouched();
      }),
      params(),
    );
  });

  it("parseHTML(html) on pages with random edits and on arbitrary strings (property)", () => {
    const pages = [toHTML(seedReport), toHTML(shanghai2019Report)];
    // Cuts, repeats and stray markup at random places of a real page.
    const editedPage = fc
      .tuple(
        fc.constantFrom(...pages),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat({ max: 400 }),
            fc.constantFrom(
              "",
              "<td rowspan=99999 colspan=99999>",
              "<table><tr><td>",
              "</tr>",
              "</table>",
              "<br>",
              "&#0;",
              "<![if !supportLists]>",
              "<!--",
              "<th>总计",
              "3 | 3",
            ),
          ),
          { maxLength: 6 },
        ),
      )
      .map(([page, edits]) =>
        edits.reduce((html, [at, length, insert]) => {
          const from = at % (html.length + 1);
          return html.slice(0, from) + insert + html.slice(from + length);
        }, page),
      );
    const html = fc.oneof(
      { weight: 4, arbitrary: editedPage },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
      { weight: 1, arbitrary: hostileValue },
    );
    fc.assert(
      fc.property(html, hostileOptions, (input, options) => {
        deepFreeze(options);
        const result = (
          parseHTML as (html: unknown, options?: unknown) => ReturnType<typeof parseHTML>
        )(input, options);
        expectFindings(result.findings, { report: result.report });
        if (result.report !== undefined) {
          expect(Object.isFrozen(result.report)).toBe(true);
          const checked = validate(result.report);
          expectFindings(checked.findings, { ok: checked.ok });
        }
        expectPrototypesUntouched();
      }),
      // A whole page per run (the parser and the mapper on about 20 kB): fewer runs than for text.
      params(100),
    );
  });

  it("readDocument(document) on random grids and arbitrary values (property)", () => {
    const words = fc.constantFrom(
      "",
      "0",
      "3",
      "117",
      "/",
      "总计",
      "自然人",
      "行政许可",
      "信息内容",
      "处理决定数量",
      "第二十条第（五）项",
      "1.属于国家秘密",
      "行政复议",
      "结果维持",
      "二、主动公开政府信息情况",
    );
    const cell = fc.record(
      {
        text: fc.oneof(words, fc.anything()),
        rowSpan: fc.oneof(fc.integer(), fc.double(), fc.anything()),
        colSpan: fc.oneof(fc.integer({ min: -5, max: 100000 }), fc.anything()),
      },
      { requiredKeys: ["text"] },
    );
    const block = fc.oneof(
      fc.record({ kind: fc.constant("text"), text: fc.oneof(words, fc.anything()) }),
      fc.record({
        kind: fc.constant("table"),
        grid: fc.record({ rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 }) }),
      }),
      fc.anything(),
    );
    const document = fc.oneof(
      { weight: 4, arbitrary: fc.record({ blocks: fc.array(block, { maxLength: 8 }) }) },
      { weight: 1, arbitrary: hostileValue },
    );
    fc.assert(
      fc.property(document, hostileOptions, (input, options) => {
        deepFreeze(options);
        const result = readDocument(input as never, options as never);
        expectFindings(result.findings, { report: result.report });
        if (result.report !== undefined) expect(Object.isFrozen(result.report)).toBe(true);
        expectPrototypesUntouched();
      }),
      params(),
    );
  });

  // A hunt of 2026-12-06: an empty array given a length of 2^32 − 1 (a few bytes) aborted the
  // process (V8's invalid size: the copy of the input made every slot), and lengths of millions
  // took seconds and gigabytes. Every slot counts against the copy's bound now.
  it("readDocument, fromJSON and validate on arrays of a huge length and no elements", () => {
    const hollow = () => Object.assign([], { length: 2 ** 32 - 1 });
    for (const input of [
      { blocks: hollow() },
      { blocks: [{ kind: "table", grid: { rows: hollow() } }] },
      { blocks: [{ kind: "table", grid: { rows: [hollow()] } }] },
    ]) {
      const result = readDocument(input as never);
      expect(result.findings.length).toBeGreaterThan(0);
    }
    expect(fromJSON({ activeDisclosure: hollow() }).findings.length).toBeGreaterThan(0);
    expect(validate({ applications: hollow() } as never).findings.length).toBeGreaterThan(0);
  });

  it("createReport(init, options) (property)", () => {
    const base = fixtureJSON();
    const init = fc.oneof(
      hostileValue,
      deeplyNested,
      hostileReportJSON,
      fc
        .tuple(
          fc.constantFrom(...base),
          fc.dictionary(
            fc.constantFrom(...Object.keys(base[0]!), "__proto__", "constructor"),
            hostileValue,
          ),
        )
        .map(([json, patch]) => ({ ...json, ...patch })),
    );
    fc.assert(
      fc.property(init, hostileOptions, (value, options) => {
        deepFreeze(value);
        deepFreeze(options);
        const result = anyCreate(value, options);
        expectFindings(result.findings, { report: result.report });
        if (result.report !== undefined) expect(Object.isFrozen(result.report)).toBe(true);
        else {
          // Bad options come first, as OPTION_INVALID; then the reason no report was built.
          const codes = (result.findings as { code: string }[]).map((f) => f.code);
          expect(codes.find((code) => code !== "OPTION_INVALID")).toBe("CELL_TYPE");
        }
        expectPrototypesUntouched();
      }),
      params(),
    );
  });

  it("aggregate(reports, init, options) (property)", () => {
    const reports = fc.oneof(
      { weight: 4, arbitrary: fc.array(reportLike, { maxLength: 5 }) },
      { weight: 1, arbitrary: hostileValue },
    );
    const init = fc.oneof(
      fc.record(
        {
          agency: fc.oneof(fc.constant("某县人民政府"), hostileValue),
          year: oddNumber,
          template: hostileValue,
          meta: hostileValue,
          overview: hostileValue,
        },
        { requiredKeys: [] },
      ),
      hostileValue,
    );
    fc.assert(
      fc.property(reports, init, hostileOptions, (members, value, options) => {
        deepFreeze(members);
        deepFreeze(value);
        deepFreeze(options);
        const result = anyAggregate(members, value, options);
        // Members that are not a list, or a list holding a non-object, are refused, and said so;
        // a list of (damaged) reports may consolidate cleanly, so no finding is required then.
        const refused =
          !Array.isArray(members) || members.some((m) => typeof m !== "object" || m === null);
        expectFindings(
          result.findings,
          refused ? { includes: ["AGGREGATE_MISMATCH"] } : { report: result.report },
        );
        expect(Object.isFrozen(result)).toBe(true);
        expectPrototypesUntouched();
      }),
      params(),
    );
  });
});
