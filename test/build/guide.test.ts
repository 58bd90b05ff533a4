import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("docs/building-reports.md", () => {
  it("shows the tested example verbatim, imported from the package", () => {
    const example = read("./examples/seed.ts").replace(
      '"../../../src/index.js"',
      '"zfxxgk-annual-report"',
    );
    expect(read("../../docs/building-reports.md")).toContain("```ts\n" + example + "```");
  });
});
