/**
 * THIRD-PARTY-NOTICES.md names every package whose code the build inlines, with its licence: it is
 * regenerated from what esbuild takes into a bundle of the entries and compared with the file.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { noticesText } from "../../scripts/notices.js";

describe("third-party notices", () => {
  it("the committed file is what `npm run notices` writes", async () => {
    const committed = readFileSync(
      new URL("../../THIRD-PARTY-NOTICES.md", import.meta.url),
      "utf8",
    );
    const fresh = await noticesText();
    // The packages inlined today, so that a generator that found none could not pass.
    for (const name of ["date-fns", "htmlparser2", "docx"]) expect(fresh).toContain(`## ${name} `);
    expect(committed).toBe(fresh);
  }, 60_000);
});
