// `--shard i/n`: n machines split one list of inputs without talking to each other. A path goes to
// the part given by a hash of its string, so the split depends on nothing but the path as written
// (not on the order of the list, the machine or the run), and the parts together are the whole.
import type { Shard } from "./args.js";

/** FNV-1a, 32 bits, over the UTF-8 bytes of a string: small, stable and well spread for paths. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Whether a path belongs to this run's part (every path does without `--shard`). */
export function inShard(path: string, shard: Shard | undefined): boolean {
  return shard === undefined || fnv1a(path) % shard.count === shard.index - 1;
}
