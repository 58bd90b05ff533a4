/** What the builders and `aggregate` return: a report, maybe absent, and findings. */
interface Result {
  readonly report: unknown;
  readonly findings: readonly unknown[];
}

/** A result whose report is there: each member of the union keeps its `ok` and its report type. */
export type Built<R extends Result> = R extends Result
  ? Omit<R, "report"> & { readonly report: NonNullable<R["report"]> }
  : never;

/**
 * The report of a builder's or `aggregate`'s result, for tests that build reports with findings on
 * purpose: fails the test when no report came back at all.
 */
export function reportOf<R extends Result>(result: R): NonNullable<R["report"]> {
  if (result.report === undefined || result.report === null) {
    throw new Error(`no report was built: ${JSON.stringify(result.findings)}`);
  }
  return result.report as NonNullable<R["report"]>;
}

/**
 * A builder's result whose report is there (see {@link reportOf}): the result itself, `ok` and
 * findings included, typed with a defined report.
 */
export function built<R extends Result>(result: R): Built<R> {
  reportOf(result);
  return result as unknown as Built<R>;
}

/**
 * A builder's or `aggregate`'s result that is `ok` (a complete report, no error finding), narrowed
 * to its `ok: true` member; fails the test, listing the findings, otherwise.
 */
export function complete<R extends Result & { readonly ok: boolean }>(
  result: R,
): Extract<R, { readonly ok: true }> {
  if (!result.ok) {
    const why = result.report === undefined ? "no report was built" : "the result is not ok";
    throw new Error(`${why}: ${JSON.stringify(result.findings)}`);
  }
  return result as Extract<R, { readonly ok: true }>;
}
