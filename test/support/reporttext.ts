/**
 * The report text of a fixture file: what follows its header block (`source:`, `agency:` … up to
 * a line `---`, as in test/fixtures/corpus and the held-out sets), or the whole file where it has
 * no header block. Written once for the tests, scripts and benchmarks: the copies each sliced at
 * `indexOf("\n---\n") + 5`, which on a file without the block (-1) cut its first four characters.
 */
export function reportText(raw: string): string {
  const split = raw.indexOf("\n---\n");
  return split < 0 ? raw : raw.slice(split + 5);
}
