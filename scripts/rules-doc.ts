/**
 * Writes docs/rules.md from the rule catalogue: `npx tsx scripts/rules-doc.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rulesMarkdown } from "../src/rules/rulesMarkdown.js";

const target = fileURLToPath(new URL("../docs/rules.md", import.meta.url));
mkdirSync(new URL("../docs/", import.meta.url), { recursive: true });
writeFileSync(target, rulesMarkdown());
console.log(`wrote ${target}`);
