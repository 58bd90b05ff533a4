import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/index.js";
import { rulesMarkdown } from "../../src/rules/rulesMarkdown.js";

describe("docs/rules.md", () => {
  it("is the output of rulesMarkdown() (run `npx tsx scripts/rules-doc.ts` when this fails)", () => {
    const file = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
    expect(file).toBe(rulesMarkdown());
  });

  it("has a section, a formula and both descriptions for every rule", () => {
    const markdown = rulesMarkdown();
    for (const rule of rules) {
      expect(markdown).toContain(`## ${rule.code}\n`);
      expect(markdown).toContain(rule.formula);
      expect(markdown).toContain(rule.description.zh);
      expect(markdown).toContain(rule.description.en);
    }
  });
});
