/**
 * The readers check cells with the plain predicates of `model/domains.ts`; `cellSchema` and the
 * JSON Schema describe the same domains with zod. Both must accept exactly the same values.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitsCellKind } from "../../src/model/domains.js";
import { cellSchema } from "../../src/schema.js";

const kinds = ["count", "signedCount", "money"] as const;

// Values near every edge of the domains: signs, fractions, unsafe integers, decimal strings with
// exponents or signs, mark objects with extra keys or non-string marks.
const edgeValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    2 ** 53,
    2 ** 53 - 1,
    -(2 ** 53),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    "0.35",
    "1e3",
    "-1",
    "+1",
    "1.",
    ".5",
    "",
    " 1",
    null,
    undefined,
    true,
    [],
    { mark: "/" },
    { mark: "" },
    { mark: 1 },
    { mark: "/", x: 1 },
    {},
  ),
  fc.stringMatching(/^-?\d{0,3}(\.\d{0,2})?$/),
  fc.record({ mark: fc.string() }),
  fc.anything(),
);

describe("cell domains", () => {
  it.each(kinds)("fitsCellKind(·, %s) agrees with cellSchema on any value", (kind) => {
    const schema = cellSchema(kind);
    fc.assert(
      fc.property(edgeValue, (value) => {
        expect(fitsCellKind(value, kind)).toBe(schema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws, even on a Proxy whose traps throw", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap");
        },
        get() {
          throw new Error("trap");
        },
      },
    );
    for (const kind of kinds) expect(fitsCellKind(hostile, kind)).toBe(false);
  });
});
