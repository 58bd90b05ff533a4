// Writes schema/report.v1.json from the zod schemas (which come from the registries).
// Run: npm run schema. A test fails when the committed file is stale.
import { writeFileSync } from "node:fs";
import { jsonSchema } from "../src/schema.js";

writeFileSync(
  new URL("../schema/report.v1.json", import.meta.url),
  `${JSON.stringify(jsonSchema(), null, 2)}\n`,
);
