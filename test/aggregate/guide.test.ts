import { readFileSync } from "node:fs";
import type { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { checkAggregate } from "../../src/index.js";
import {
  cells,
  county,
  crossYear,
  findings,
  mismatches,
  published,
  townships,
} from "./examples/county.js";
import { at } from "./helpers.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const guide = read("../../docs/consolidating.md");

describe("docs/consolidating.md", () => {
  it("shows the tested example verbatim, imported from the package", () => {
    const example = read("./examples/county.ts").replace(
      '"../../../src/index.js"',
      '"zfxxgk-annual-report"',
    );
    expect(guide).toContain("```ts\n" + example + "```");
  });

  it("states the consolidated numbers the example produces", () => {
    expect(findings).toEqual([]);
    const value = (path: string[]) => at(county, path);
    expect(value(["activeDisclosure", "normativeDocuments", "inForce"])).toBe(20);
    expect(value(["activeDisclosure", "licensing", "decisions"])).toBe(245);
    expect((value(["activeDisclosure", "fees", "amount"]) as Decimal).toFixed()).toBe("0.35");
    expect(value(["applications", "newlyReceived", "total"])).toBe(7);
    expect(value(["applications", "totalHandled", "total"])).toBe(7);
    expect(value(["applications", "carriedForward", "total"])).toBe(1);
    expect(value(["reviewsAndLitigation", "administrativeReview", "total"])).toBe(1);
    expect(townships).toHaveLength(3);
  });

  it("shows the checkAggregate findings the example produces", () => {
    const shown = guide.split("```jsonc\n")[1]!.split("```")[0]!;
    const shownCrossYear = guide.split("```jsonc\n")[2]!.split("```")[0]!;
    expect(JSON.parse(shownCrossYear)).toEqual(JSON.parse(JSON.stringify(crossYear)));
    expect(JSON.parse(shown)).toEqual(JSON.parse(JSON.stringify(mismatches)));
    const zh = checkAggregate(published, townships, {
      expectedMembers: ["某县丁镇人民政府"],
    }).findings;
    for (const finding of zh) expect(guide).toContain(finding.message);
  });

  it("states the changes the example's compare produces", () => {
    const change = (table: string, row: string, column: string) =>
      cells.find((c) => c.table === table && c.row === row && c.column === column)!.change;
    expect(change("activeDisclosure", "normativeDocuments", "inForce")).toBe(1);
    expect(change("activeDisclosure", "licensing", "decisions")).toBe(15);
    expect((change("activeDisclosure", "fees", "amount") as Decimal).toFixed()).toBe("0.35");
    expect(change("applications", "newlyReceived", "total")).toBe(2);
    expect(change("applications", "carriedOver", "total")).toBe(1);
    expect(change("applications", "carriedForward", "total")).toBe(0);
  });
});
