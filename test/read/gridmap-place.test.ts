/**
 * Placing a row's values (src/read/gridmap/place.ts): the placement by the printed borders alone,
 * asked once, is the one `placeRow` makes of a row `decidedByBorders` says they decide.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decidedByBorders,
  type HeaderColumn,
  placeByBorders,
  placeRow,
  type RowInput,
  type Target,
} from "../../src/read/gridmap/place.js";
import type { ColumnDefinition } from "../../src/templates/types.js";

const COLUMNS: readonly ColumnDefinition[] = [
  { key: "decisions", label: "处理决定数量", variants: [], kind: "count", unit: "件" },
  { key: "change", label: "本年增/减", variants: [], kind: "signedCount", unit: "件" },
  { key: "amount", label: "处理决定数量", variants: [], kind: "money", unit: "万元" },
];

const target: fc.Arbitrary<Target> = fc.oneof(
  fc
    .tuple(fc.constantFrom("a", "b"), fc.constantFrom(...COLUMNS))
    .map(([row, column]): Target => ({ kind: "cell", row, column })),
  fc.constant<Target>({ kind: "foreign", label: "处理决定数量", template: "2019" }),
  fc.constant<Target>({ kind: "unknown", label: "其他" }),
);
const span = fc
  .tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 3 }))
  .map(([from, width]) => ({ from, to: from + width }));
const row: fc.Arbitrary<RowInput> = fc.record({
  headers: fc.array(
    fc.tuple(span, target).map(([at, t]): HeaderColumn => ({ ...at, target: t })),
    { maxLength: 6 },
  ),
  values: fc.array(
    fc
      .tuple(span, fc.constantFrom("", " ", "0", "12", "减3", "-", "x", "1.5"))
      .map(([at, text]) => ({ ...at, text })),
    { maxLength: 6 },
  ),
  short: fc.boolean(),
});

describe("placeByBorders", () => {
  it("is placeRow's placement where the borders decide, and nothing where they do not", () => {
    fc.assert(
      fc.property(row, (input) => {
        expect(placeByBorders(input)).toEqual(
          decidedByBorders(input) ? placeRow(input) : undefined,
        );
      }),
      { numRuns: 3000 },
    );
  });
});
