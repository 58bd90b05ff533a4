/**
 * zod schemas of the canonical JSON (format version 1), generated from the template registries:
 * no row or column is written here. `jsonSchema()` turns them into JSON Schema (draft 2020-12).
 *
 * Nothing here runs when the module loads: every schema is built when a function below is called.
 * Building a zod object schema makes zod probe `new Function` (for its JIT), which a page under a
 * strict Content-Security-Policy reports; the library's own readers (`fromJSON`, `validate`,
 * `parseText`) therefore use the plain predicates of `./domains.ts` and never build a schema. A host
 * app under such a policy that calls these functions can turn on zod's own `jitless` setting itself:
 * the library never changes zod's global configuration.
 *
 * @module
 */
import * as z from "zod";
import { tableLayout } from "../templates/layout.js";
import { templateVersions } from "../templates/registry.js";
import type { CellKind, TemplateVersion } from "../templates/types.js";
import { DECIMAL_PATTERN, ISO_DATE_PATTERN } from "./domains.js";

function markSchema() {
  return z
    .object({ mark: z.string().describe("The non-numeric mark found in the cell: /, -, —, 无 …") })
    .strict();
}

function cellSchemaOf(kind: CellKind, mark: z.ZodType): z.ZodType {
  switch (kind) {
    case "count":
      return z.union([z.number().int().min(0), z.null(), mark]);
    case "signedCount":
      return z.union([z.number().int(), z.null(), mark]);
    case "money":
      return z.union([
        z.string().regex(DECIMAL_PATTERN).describe('A non-negative decimal amount, e.g. "0.35"'),
        z.null(),
        mark,
      ]);
  }
}

/**
 * The zod schema of one cell of a kind, in canonical JSON form. Built anew on each call: keep it
 * if you use it often.
 *
 * @example
 * ```ts
 * const count = cellSchema("count");
 * count.safeParse(3).success; // true
 * count.safeParse(-1).success; // false
 * cellSchema("money").safeParse("0.35").success; // true
 * ```
 */
export function cellSchema(kind: CellKind): z.ZodType {
  return cellSchemaOf(kind, markSchema());
}

function fieldsSchema(
  columns: readonly { key: string; kind: CellKind }[],
  cells: Readonly<Record<CellKind, z.ZodType>>,
) {
  return z
    .object(Object.fromEntries(columns.map((c) => [c.key, cells[c.kind].optional()])))
    .strict();
}

function metaSchema() {
  return z
    .object({
      title: z.string().nullable().optional(),
      publisher: z.string().nullable().optional(),
      publishedOn: z.string().regex(ISO_DATE_PATTERN).nullable().optional(),
      indexNumber: z.string().nullable().optional(),
      documentNumber: z.string().nullable().optional(),
    })
    .strict();
}

/** The schema of one template's report, with its cell schemas shared so JSON Schema reuses them. */
function reportSchemaOf(version: TemplateVersion, shared: SharedSchemas) {
  const { cells, meta } = shared;
  const tables = Object.fromEntries(
    tableLayout(version).map((table) => [
      table.key,
      z
        .object(
          Object.fromEntries(table.rows.map((row) => [row.key, fieldsSchema(row.columns, cells)])),
        )
        .strict()
        .optional(),
    ]),
  );
  const text = z.string().optional();
  return z
    .object({
      formatVersion: z.literal(1),
      template: z.literal(version),
      year: z.number().int().nullable(),
      agency: z.object({ name: z.string().nullable() }).strict(),
      meta: meta.optional(),
      preamble: text,
      overview: text,
      activeDisclosure: tables["activeDisclosure"],
      applications: tables["applications"],
      reviewsAndLitigation: tables["reviewsAndLitigation"],
      problemsAndImprovements: text,
      otherMatters: text,
    })
    .strict();
}

/** Schemas used by both templates, built once per call so that JSON Schema refers to one copy. */
interface SharedSchemas {
  readonly cells: Readonly<Record<CellKind, z.ZodType>>;
  readonly meta: z.ZodType;
}

function sharedSchemas(): SharedSchemas {
  const mark = markSchema();
  const cells = {
    count: cellSchemaOf("count", mark),
    signedCount: cellSchemaOf("signedCount", mark),
    money: cellSchemaOf("money", mark),
  };
  return { cells, meta: metaSchema() };
}

/**
 * The zod schema of the canonical JSON of a report: of one template version, or, without an
 * argument, of any template, discriminated on `template`. Built anew on each call: keep it if you
 * use it often. Its output type is deliberately plain (`unknown`): read reports with
 * `fromJSON`, which gives a typed `Report` and located findings.
 *
 * @example
 * ```ts
 * const schema = reportSchema();
 * schema.safeParse(toJSON(report)).success; // true
 * reportSchema("2019").safeParse(toJSON(report2021)).success; // false
 * ```
 */
export function reportSchema(version?: TemplateVersion): z.ZodType {
  const shared = sharedSchemas();
  if (version !== undefined) return reportSchemaOf(version, shared);
  const [first, ...rest] = templateVersions.map((v) => reportSchemaOf(v, shared));
  // templateVersions is never empty: `first` is always there.
  return z.discriminatedUnion("template", [first!, ...rest]);
}

/**
 * The JSON Schema (draft 2020-12) of the canonical JSON, generated from the zod schemas.
 *
 * @example
 * ```ts
 * const schema = jsonSchema();
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function jsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(reportSchema(), {
    target: "draft-2020-12",
    reused: "ref",
  }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    title: "政府信息公开工作年度报告 (canonical JSON, format version 1)",
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== "$schema")),
  };
}
