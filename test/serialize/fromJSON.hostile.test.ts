import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromJSON, toJSON } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const key of Reflect.ownKeys(value))
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

const seedJSON = () => JSON.parse(JSON.stringify(toJSON(seedReport)));

describe("fromJSON on bad input", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a number", 42],
    ["an array", [1, 2]],
    ["broken JSON text", "{not json"],
    ["an empty object", {}],
  ])("never throws on %s and says why", (_name, input) => {
    const { report, findings } = fromJSON(input);
    expect(report).toBeUndefined();
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]!.code).toBe("CELL_TYPE");
  });

  it("reports a wrong cell type at its path and keeps every other cell", () => {
    const json = seedJSON();
    json.applications.newlyReceived.total = "7";
    json.applications.carriedOver.naturalPerson = 1.5;
    json.reviewsAndLitigation.administrativeReview.total = -1;
    const { report, findings } = fromJSON(json);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["CELL_TYPE", ["applications", "newlyReceived", "total"]],
      ["CELL_TYPE", ["applications", "carriedOver", "naturalPerson"]],
      ["CELL_TYPE", ["reviewsAndLitigation", "administrativeReview", "total"]],
    ]);
    expect(findings[0]!.actual).toBe("7");
    expect(report?.applications?.newlyReceived.total).toBeUndefined();
    expect(report?.applications?.newlyReceived.naturalPerson).toBe(0);
    expect(report?.activeDisclosure?.licensing.decisions).toBe(404);
  });

  it("reports 1e400 (Infinity after JSON.parse) and NaN as CELL_TYPE", () => {
    const text = JSON.stringify(toJSON(seedReport)).replace(
      '"licensing":{"decisions":404}',
      '"licensing":{"decisions":1e400}',
    );
    const { findings } = fromJSON(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "CELL_TYPE",
      path: ["activeDisclosure", "licensing", "decisions"],
      actual: "Infinity",
    });
    const json = seedJSON();
    json.activeDisclosure.punishment.decisions = Number.NaN;
    expect(fromJSON(json).findings[0]).toMatchObject({ code: "CELL_TYPE", actual: "NaN" });
  });

  it("reports unknown and __proto__ keys without touching any prototype", () => {
    const text = JSON.stringify(toJSON(seedReport)).replace(
      '"newlyReceived":{',
      '"__proto__":{"polluted":1},"newlyReceived":{"constructor":{"prototype":{"x":1}},',
    );
    const { report, findings } = fromJSON(text);
    expect(findings.map((f) => f.path)).toEqual([
      ["applications", "__proto__"],
      ["applications", "newlyReceived", "constructor"],
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(report?.applications)).toBe(Object.prototype);
  });

  it("reports missing tables and rows as SECTION_MISSING and keeps the rest", () => {
    const json = seedJSON();
    delete json.reviewsAndLitigation;
    delete json.applications.carriedForward;
    const { report, findings } = fromJSON(json);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["SECTION_MISSING", ["applications", "carriedForward"]],
      ["SECTION_MISSING", ["reviewsAndLitigation"]],
    ]);
    expect(report?.reviewsAndLitigation).toBeUndefined();
    expect(report?.applications?.carriedForward).toEqual({});
  });

  it("takes the template from the year when the template is wrong", () => {
    const json = seedJSON();
    json.template = "2030";
    const { report, findings } = fromJSON(json);
    expect(report?.template).toBe("2021");
    expect(findings[0]).toMatchObject({ code: "CELL_TYPE", path: ["template"] });
  });

  it("words findings in English on request", () => {
    const json = seedJSON();
    json.applications.newlyReceived.total = "x";
    const [finding] = fromJSON(json, { locale: "en" }).findings;
    expect(finding!.message).toMatch(/wrong type/);
  });

  it("never throws on arbitrary values and never mutates them (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withObjectString: true, withNullPrototype: true }), fc.jsonValue()),
        (value) => {
          deepFreeze(value);
          const result = fromJSON(value);
          expect(Array.isArray(result.findings)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never throws on a real report with random cells replaced (property)", () => {
    const cellPaths: [string, string, string][] = [];
    const json = seedJSON();
    for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"]) {
      for (const [row, cells] of Object.entries(json[table] as Record<string, object>)) {
        for (const column of Object.keys(cells)) cellPaths.push([table, row, column]);
      }
    }
    fc.assert(
      fc.property(fc.constantFrom(...cellPaths), fc.anything(), ([table, row, column], value) => {
        const input = seedJSON();
        input[table][row][column] = value;
        const { report, findings } = fromJSON(deepFreeze(input));
        expect(report).toBeDefined();
        const accepted =
          report![table as "applications"]![row as "newlyReceived"]![column as "total"];
        expect(
          accepted !== undefined ||
            findings.some((f) => f.path.join() === [table, row, column].join()),
        ).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
