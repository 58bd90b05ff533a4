/** toMoney: what it accepts as a stored amount and what it refuses. */
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { toMoney } from "../../src/model/decimal.js";

describe("toMoney", () => {
  it("reads decimal strings (trimmed, signed, leading dot), finite numbers and Decimals", () => {
    expect(toMoney(" 0.35 ")?.toFixed()).toBe("0.35");
    expect(toMoney("+.5")?.toFixed()).toBe("0.5");
    expect(toMoney("-2")?.toFixed()).toBe("-2");
    expect(toMoney(1.25)?.toFixed()).toBe("1.25");
    const original = new Decimal("7.10");
    const copy = toMoney(original);
    expect(copy?.toFixed()).toBe("7.1");
    expect(copy).not.toBe(original);
  });

  it.each([
    ["a NaN Decimal", new Decimal(Number.NaN)],
    ["an infinite Decimal", new Decimal(Number.POSITIVE_INFINITY)],
    ["an infinite number", Number.POSITIVE_INFINITY],
    ["NaN", Number.NaN],
    ["a boolean", true],
    ["null", null],
    ["an object", { value: "1" }],
    ["an exponent", "1e3"],
    ["text", "abc"],
    ["a grouped number", "1,000"],
  ])("refuses %s", (_, value) => {
    expect(toMoney(value)).toBeUndefined();
  });
});
