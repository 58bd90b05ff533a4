/**
 * Vitest matchers for reports: `expect(report).toBeConsistentReport()`.
 * (Filled in by the validators work; see issue 3.)
 *
 * @module
 */
export {};
