/**
 * Input that throws when read: getters that throw, Proxies whose traps throw, revoked Proxies, at
 * any depth of a report and of the options. Every reader and checker answers with findings; none
 * throws. The throwing places are chosen by fast-check over the canonical JSON of real reports.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aggregate,
  checkAggregate,
  compare,
  createReport,
  fromJSON,
  parseText,
  toJSON,
  validate,
} from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";

type Trap = "getter" | "get" | "ownKeys" | "has" | "revoked" | "getOwnPropertyDescriptor";

/** A value that throws in the way `trap` says when the reader touches it. */
function hostile(trap: Trap, inner: object): object {
  const boom = () => {
    throw new Error(`hostile ${trap}`);
  };
  switch (trap) {
    case "getter": {
      const copy: Record<string, unknown> = { ...(inner as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const victim = keys[0] ?? "x";
      Object.defineProperty(copy, victim, { get: boom, enumerable: true });
      return copy;
    }
    case "revoked": {
      const { proxy, revoke } = Proxy.revocable(inner, {});
      revoke();
      return proxy;
    }
    default:
      return new Proxy(inner, { [trap]: boom });
  }
}

const traps: Trap[] = ["getter", "get", "ownKeys", "has", "revoked", "getOwnPropertyDescriptor"];

/** Canonical JSON of a fixture with one object along `path` replaced by a hostile one. */
function withHostileAt(json: unknown, path: readonly string[], trap: Trap): unknown {
  if (path.length === 0) {
    return typeof json === "object" && json !== null ? hostile(trap, json) : json;
  }
  const [head, ...rest] = path as [string, ...string[]];
  if (typeof json !== "object" || json === null) return json;
  return {
    ...(json as object),
    [head]: withHostileAt((json as Record<string, unknown>)[head], rest, trap),
  };
}

/** Every path to an object inside a JSON value (the places a hostile object can stand). */
function objectPaths(json: unknown, prefix: string[] = []): string[][] {
  if (typeof json !== "object" || json === null) return [];
  return [
    prefix,
    ...Object.entries(json).flatMap(([key, value]) => objectPaths(value, [...prefix, key])),
  ];
}

const fixtures = [toJSON(seedReport), toJSON(shanghai2019Report)];
const hostileCase = fc
  .record({
    fixture: fc.constantFrom(...fixtures),
    trap: fc.constantFrom(...traps),
    pick: fc.nat(),
  })
  .map(({ fixture, trap, pick }) => {
    const paths = objectPaths(fixture);
    const path = paths[pick % paths.length]!;
    return { input: withHostileAt(fixture, path, trap), path, trap };
  });

const expectResult = (result: { findings: readonly unknown[] }) =>
  expect(Array.isArray(result.findings)).toBe(true);

describe("readers survive values that throw when read", () => {
  it("fromJSON and validate", () => {
    fc.assert(
      fc.property(hostileCase, ({ input }) => {
        expectResult(fromJSON(input));
        expectResult(validate(input));
        expectResult(validate(seedReport, { previous: input as never }));
      }),
      { numRuns: 300 },
    );
  });

  it("a throwing value is reported where it stands, as CELL_TYPE", () => {
    const input = withHostileAt(fixtures[0], ["applications", "disclosed"], "getter");
    const { findings } = fromJSON(input);
    expect(findings.map((f) => [f.code, f.path.join(".")])).toContainEqual([
      "CELL_TYPE",
      "applications.disclosed.naturalPerson",
    ]);
  });

  it("createReport, aggregate, checkAggregate, compare", () => {
    fc.assert(
      fc.property(hostileCase, ({ input }) => {
        expect(() => createReport(input as never)).not.toThrow();
        const members = [seedReport, input] as never[];
        expect(() => aggregate(members, { agency: "某县" })).not.toThrow();
        expect(() => checkAggregate(seedReport, members)).not.toThrow();
        expect(() => compare(seedReport, input as never)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it("options that throw when read", () => {
    for (const trap of traps) {
      const options = hostile(trap, { locale: "en", severity: { CELL_BLANK: "off" } }) as never;
      expectResult(validate(seedReport, options));
      expectResult(fromJSON(fixtures[0], options));
      expectResult(parseText("一、总体情况", options));
      expect(() =>
        createReport({ template: "2021", year: 2022, agency: "某镇" }, options),
      ).not.toThrow();
    }
  });
});
