import { describe, expectTypeOf, it } from "vitest";
import {
  applicationColumns,
  applicationDataRows,
  applicationResultRows,
  type ColumnKey,
  type ResultRowKey,
  type RowKey,
} from "../../src/index.js";

describe("registry accessors return the registry's literal keys", () => {
  it("row and column keys are literal unions, per template", () => {
    expectTypeOf(applicationDataRows("2019")).toEqualTypeOf<readonly RowKey<"2019">[]>();
    expectTypeOf(applicationDataRows("2021")).toEqualTypeOf<readonly RowKey<"2021">[]>();
    expectTypeOf(applicationResultRows("2021")).toEqualTypeOf<readonly ResultRowKey<"2021">[]>();
    expectTypeOf(applicationColumns("2021")).toEqualTypeOf<readonly ColumnKey[]>();
  });

  it("a row of the other template is not one of them", () => {
    // @ts-expect-error: otherReasons is a 2021 row, not a 2019 one
    const wrong: RowKey<"2019"> = applicationDataRows("2021")[0]!;
    expectTypeOf(wrong).toBeString();
  });
});
