/**
 * deepFreeze freezes what a value holds as its own enumerable keys (`Object.keys`), through
 * arrays and objects, and nothing else: not inherited properties, not what a Decimal holds.
 */
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../src/model/freeze.js";

/** Every object reachable through own enumerable keys (Decimals counted, not entered). */
function reachable(value: unknown, out: object[] = []): object[] {
  if (typeof value !== "object" || value === null) return out;
  out.push(value);
  if (!Decimal.isDecimal(value)) {
    for (const key of Object.keys(value)) reachable((value as Record<string, unknown>)[key], out);
  }
  return out;
}

describe("deepFreeze", () => {
  it("freezes every object and array reachable by own keys (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const value = JSON.parse(JSON.stringify(json)) as unknown;
        expect(deepFreeze(value)).toBe(value);
        for (const object of reachable(value)) expect(Object.isFrozen(object)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("freezes a Decimal without entering it, and leaves inherited and non-enumerable values alone", () => {
    const inherited = { shared: true };
    const hidden = { hidden: true };
    const base = { inherited };
    const value = Object.create(base) as Record<string, unknown>;
    value["own"] = { cells: [1, { nested: new Decimal("1.5") }] };
    Object.defineProperty(value, "hidden", { value: hidden, enumerable: false });
    deepFreeze(value);
    expect(Object.isFrozen(value)).toBe(true);
    const own = value["own"] as { cells: [number, { nested: Decimal }] };
    expect(Object.isFrozen(own.cells)).toBe(true);
    expect(Object.isFrozen(own.cells[1])).toBe(true);
    expect(Object.isFrozen(own.cells[1].nested)).toBe(true);
    expect(Object.isFrozen(inherited)).toBe(false);
    expect(Object.isFrozen(base)).toBe(false);
    expect(Object.isFrozen(hidden)).toBe(false);
  });
});
