/**
 * Whether two strings are at most one edit apart: one character replaced, added or left out. The
 * reader takes a row label printed with one character wrong (`属于三类内容事务信息` for
 * `属于三类内部事务信息`) for the registry's only where its place leaves that row alone.
 *
 * @module
 */
import { type Meter, tick } from "./meter.js";

/**
 * Whether `a` becomes `b` by at most one edit (a UTF-16 unit replaced, inserted or deleted). One
 * pass from each end: the two strings agree up to the first difference, and past it from the end.
 *
 * @example
 * ```ts
 * withinOneEdit("内部事务", "内容事务"); // true
 * withinOneEdit("内部事务", "内事务"); // true
 * withinOneEdit("内部事务", "外容事务"); // false
 * ```
 */
export function withinOneEdit(a: string, b: string, meter?: Meter): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  // Both ends read once.
  tick(meter, 1 + 2 * long.length);
  let head = 0;
  while (head < short.length && short.charCodeAt(head) === long.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < short.length - head &&
    short.charCodeAt(short.length - 1 - tail) === long.charCodeAt(long.length - 1 - tail)
  ) {
    tail++;
  }
  // What is left between the agreeing ends: at most one unit of each.
  return long.length - head - tail <= 1;
}
