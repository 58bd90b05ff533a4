/**
 * A table's rows that print the same values (`0 0 0 0 0 0 0`, most of table 三's rows in many
 * reports) have the same region: it is split once per table source, counted as work, not time.
 */
import { describe, expect, it } from "vitest";
import { forgetTokens, type TableSource, tokensOf } from "../../src/read/rows.js";
import { keyStream } from "../../src/text/normalize.js";

function source(text: string): TableSource {
  return {
    text,
    stream: keyStream(text),
    from: 0,
    to: text.length,
    pipes: false,
    separated: false,
    last: true,
    tabs: false,
    markdown: false,
  };
}

describe("tokensOf", () => {
  it("splits a region printed again in the same table once", () => {
    const table = source("1.其他 0 0 0 0 0 0 0\n2.其他 0 0 0 0 0 0 0\n");
    const region = " 0 0 0 0 0 0 0\n";
    const first = { steps: 0 };
    const tokens = tokensOf(table, region, first);
    expect(tokens.map((token) => token.text)).toEqual(["0", "0", "0", "0", "0", "0", "0"]);
    const again = { steps: 0 };
    expect(tokensOf(table, region, again)).toBe(tokens);
    expect(again.steps).toBe(1);
    expect(first.steps).toBeGreaterThan(region.length);
  });

  it("keeps no split from one source (one parse's table) for another", () => {
    const region = " 3 4 5\n";
    const tokens = tokensOf(source("规章 3 4 5\n"), region);
    const other = tokensOf(source("规章 3 4 5\n"), region);
    expect(other).not.toBe(tokens);
    expect(other).toEqual(tokens);
  });

  it("splits a region again once the source's tokens are let go", () => {
    // The reading pipeline lets go of them after the table's reader: kept past the parse, every
    // parse's tokens survived V8's young collections.
    const table = source("规章 3 4 5\n");
    const region = " 3 4 5\n";
    const tokens = tokensOf(table, region);
    forgetTokens(table);
    const again = { steps: 0 };
    const other = tokensOf(table, region, again);
    expect(other).not.toBe(tokens);
    expect(other).toEqual(tokens);
    expect(again.steps).toBeGreaterThan(region.length);
  });

  it("splits a source's regions again after another source was read", () => {
    // One source's tokens are kept at a time (a reader reads one table): another's replaces them.
    const table = source("规章 3 4 5\n");
    const region = " 3 4 5\n";
    const tokens = tokensOf(table, region);
    tokensOf(source("规章 6 7 8\n"), " 6 7 8\n");
    const again = tokensOf(table, region);
    expect(again).not.toBe(tokens);
    expect(again).toEqual(tokens);
  });

  it("still fills the padded values a caller asks for", () => {
    const table = { ...source("规章 | 3 | ||\n"), pipes: true };
    const region = " | 3 | ||\n";
    tokensOf(table, region);
    const padded: Parameters<typeof tokensOf>[3] = [];
    tokensOf(table, region, undefined, padded);
    const fresh: Parameters<typeof tokensOf>[3] = [];
    tokensOf({ ...table }, region, undefined, fresh);
    expect(padded).toEqual(fresh);
  });
});
