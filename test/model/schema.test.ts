import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { toJSON } from "../../src/index.js";
import { jsonSchema, reportSchema } from "../../src/schema.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";

describe("JSON Schema", () => {
  it("schema/report.v1.json is current (regenerate with npm run schema)", () => {
    const committed = JSON.parse(readFileSync("schema/report.v1.json", "utf8"));
    expect(committed).toEqual(jsonSchema());
  });

  it("is draft 2020-12 and validates the fixtures' canonical JSON through zod", () => {
    expect(jsonSchema()["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(reportSchema().safeParse(toJSON(seedReport)).success).toBe(true);
    expect(reportSchema().safeParse(toJSON(shanghai2019Report)).success).toBe(true);
  });

  it("rejects a 2019-only row in a 2021 report and a negative count", () => {
    const json = toJSON(seedReport) as { applications: Record<string, unknown> };
    const withOldRow = { ...json, applications: { ...json.applications, otherHandling: {} } };
    const old = reportSchema().safeParse(withOldRow);
    expect(old.success).toBe(false);
    expect(old.error!.issues).toMatchObject([
      { code: "unrecognized_keys", path: ["applications"], keys: ["otherHandling"] },
    ]);
    const negative = {
      ...json,
      applications: { ...json.applications, newlyReceived: { total: -1 } },
    };
    const result = reportSchema().safeParse(negative);
    expect(result.success).toBe(false);
    expect(result.error!.issues).toMatchObject([
      { code: "too_small", path: ["applications", "newlyReceived", "total"] },
    ]);
    // The error tree leads to that cell, and only there.
    const tree = z.treeifyError(result.error!) as {
      properties?: Record<string, { properties?: Record<string, { properties?: object }> }>;
    };
    expect(Object.keys(tree.properties ?? {})).toEqual(["applications"]);
    const row = tree.properties!["applications"]!.properties!["newlyReceived"]!;
    expect(Object.keys(row.properties ?? {})).toEqual(["total"]);
  });
});
