/**
 * The least and greatest of a list, and a list appended to another, without spreading the list
 * into a call's arguments: engines cap a call's arguments (V8 near 120,000, JavaScriptCore at
 * 65,536) and throw a `RangeError` past that, while a published file can hold lists that long (a
 * vector seal drawn with 140,000 points, a page of 150,000 paragraphs in one layout cell).
 *
 * @module
 */

/**
 * The least number of `values`, as `Math.min(...values)` gives it (`Infinity` for none, `NaN` if
 * one is), for a list of any length.
 *
 * @example
 * ```ts
 * least([3, 1, 2]); // 1
 * least([]); // Infinity
 * ```
 */
export function least(values: readonly number[]): number {
  let found = Number.POSITIVE_INFINITY;
  for (const value of values) found = Math.min(found, value);
  return found;
}

/**
 * The greatest number of `values`, as `Math.max(...values)` gives it (`-Infinity` for none, `NaN`
 * if one is), for a list of any length.
 *
 * @example
 * ```ts
 * most([3, 1, 2]); // 3
 * most([]); // -Infinity
 * ```
 */
export function most(values: readonly number[]): number {
  let found = Number.NEGATIVE_INFINITY;
  for (const value of values) found = Math.max(found, value);
  return found;
}

/**
 * Appends `items` to `into` in order, as `into.push(...items)` does, for a list of any length.
 *
 * @example
 * ```ts
 * const into = [1];
 * append(into, [2, 3]); // into is [1, 2, 3]
 * ```
 */
export function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
