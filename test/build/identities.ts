/** Test helper: the identities of a report's template that do not hold, read with identitiesOf. */
import { Decimal } from "decimal.js";
import { type Identity, identitiesOf, isNumeric, type Report } from "../../src/index.js";

function cell(report: Report, [table, row, column]: readonly string[]): unknown {
  const tables = report as unknown as Record<string, Record<string, Record<string, unknown>>>;
  return tables[table!]?.[row!]?.[column!];
}

function total(report: Report, paths: Identity["left"]): Decimal {
  return paths.reduce((sum, path) => {
    const value = cell(report, path);
    if (!isNumeric(value as number)) throw new Error(`not a number at ${path.join(".")}`);
    return sum.plus(value as number);
  }, new Decimal(0));
}

/** Every identity of the report's template whose two sides differ (throws on a non-number). */
export function brokenIdentities(report: Report): Identity[] {
  return identitiesOf(report.template).filter(
    (identity) => !total(report, identity.left).eq(total(report, identity.right)),
  );
}
