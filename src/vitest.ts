/**
 * Vitest matcher for reports: `expect(report).toBeConsistentReport(options?)`. Importing this
 * module (`zfxxgk-annual-report/vitest`) registers the matcher with `expect.extend` and adds its
 * type to vitest's `Matchers`. The only module that imports vitest.
 *
 * @example
 * ```ts
 * import "zfxxgk-annual-report/vitest";
 * expect(report).toBeConsistentReport();
 * expect(report).toBeConsistentReport({ failOn: "warning", previous: lastYear });
 * ```
 *
 * @module
 */
import { expect } from "vitest";
import { type AssertOptions, checkConsistent, formatFindings } from "./rules/assert.js";

/** What a vitest matcher returns. */
export interface MatcherResult {
  /** Whether the assertion holds. */
  readonly pass: boolean;
  /** The failure message, with the findings listed. */
  readonly message: () => string;
}

/**
 * The matcher object, for `expect.extend` in a setup file of your own (importing this module
 * already registers it).
 *
 * @example
 * ```ts
 * expect.extend(reportMatchers);
 * expect(report).toBeConsistentReport({ failOn: "warning" });
 * ```
 */
export const reportMatchers = {
  /** Passes when `validate(received, options)` has no finding at or above `failOn` ('error'). */
  toBeConsistentReport(received: unknown, options: AssertOptions = {}): MatcherResult {
    const { failOn, failing } = checkConsistent(received, options);
    const pass = failing.length === 0;
    return {
      pass,
      message: () =>
        pass
          ? `expected the report to have a finding at severity ${failOn} or above, but it has none`
          : `expected a consistent report, but it has ${failing.length} finding(s):\n${formatFindings(failing)}`,
    };
  },
};

expect.extend(reportMatchers);

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: must repeat vitest's own declaration exactly
  interface Matchers<T = any> {
    /** Passes when `validate(report, options)` has no finding at or above `failOn` ('error'). */
    toBeConsistentReport(options?: AssertOptions): T;
  }
}
