/**
 * Internal: a work counter, so that a test can prove linear time by counting work instead of
 * reading a clock (`test/hostile/linear.test.ts`). Not exported from the package root.
 *
 * The caller creates a meter and passes it down (`parseTextMetered`, `validateMetered`); no module
 * holds one, and without a meter the code runs as before, each count being one `undefined` check.
 *
 * What a step is: one iteration of a loop whose body does a bounded amount of work, or one
 * character that a string primitive (a regex application, `slice`, `split`, `join`, `indexOf`,
 * `normalize`, `trim`, `includes`) may read. A primitive is counted at the length of its input, or
 * at the distance a search can scan: an upper bound on its work, so that steps ≤ k·n proves the
 * work linear. A regex counts as linear in its input only when it is (no nested quantifiers, and no
 * unbounded repetition that a later failure makes it retry from each character of a run): the
 * comment at each counted regex says why.
 *
 * Whatever scans the text must count here, or a quadratic rescan added later goes unnoticed.
 *
 * @module
 */

/** A work counter, passed down by the caller. */
export interface Meter {
  steps: number;
}

/** Adds `steps` to the meter, when there is one. */
export function tick(meter: Meter | undefined, steps: number): void {
  if (meter !== undefined) meter.steps += steps;
}
