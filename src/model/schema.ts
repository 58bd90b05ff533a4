/**
 * zod schemas of the canonical JSON (format version 1), generated from the template registries:
 * no row or column is written here. `jsonSchema()` turns them into JSON Schema (draft 2020-12).
 *
 * @module
 */
import * as z from "zod";
import { tableLayout } from "../templates/layout.js";
import { templateVersions } from "../templates/registry.js";
import type { CellKind, TemplateVersion } from "../templates/types.js";

/** A decimal amount in canonical JSON: plain notation, no exponent, no sign. */
export const DECIMAL_PATTERN = /^\d+(\.\d+)?$/;

/** The ISO date form of `meta.publishedOn`. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const markSchema = z
  .object({ mark: z.string().describe("The non-numeric mark found in the cell: /, -, —, 无 …") })
  .strict();

const cellSchemas = {
  count: z.union([z.number().int().min(0), z.null(), markSchema]),
  signedCount: z.union([z.number().int(), z.null(), markSchema]),
  money: z.union([
    z.string().regex(DECIMAL_PATTERN).describe('A non-negative decimal amount, e.g. "0.35"'),
    z.null(),
    markSchema,
  ]),
} as const;

/**
 * The schema of one cell of a kind, in canonical JSON form.
 *
 * @example
 * ```ts
 * cellSchema("count").safeParse(3).success; // true
 * cellSchema("count").safeParse(-1).success; // false
 * cellSchema("money").safeParse("0.35").success; // true
 * ```
 */
export function cellSchema(kind: CellKind): z.ZodType {
  return cellSchemas[kind];
}

function fieldsSchema(columns: readonly { key: string; kind: CellKind }[]) {
  return z
    .object(Object.fromEntries(columns.map((c) => [c.key, cellSchemas[c.kind].optional()])))
    .strict();
}

const metaSchema = z
  .object({
    title: z.string().nullable().optional(),
    publisher: z.string().nullable().optional(),
    publishedOn: z.string().regex(ISO_DATE_PATTERN).nullable().optional(),
    indexNumber: z.string().nullable().optional(),
    documentNumber: z.string().nullable().optional(),
  })
  .strict();

function reportSchemaOf(version: TemplateVersion) {
  const tables = Object.fromEntries(
    tableLayout(version).map((table) => [
      table.key,
      z
        .object(Object.fromEntries(table.rows.map((row) => [row.key, fieldsSchema(row.columns)])))
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
      meta: metaSchema.optional(),
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

/** The schema of the canonical JSON of each template version. */
export const reportSchemas = Object.freeze(
  Object.fromEntries(templateVersions.map((v) => [v, reportSchemaOf(v)])),
) as Readonly<Record<TemplateVersion, ReturnType<typeof reportSchemaOf>>>;

/** The schema of the canonical JSON of a report of any template, discriminated on `template`. */
export const reportSchema = z.discriminatedUnion(
  "template",
  templateVersions.map((v) => reportSchemas[v]) as unknown as [
    ReturnType<typeof reportSchemaOf>,
    ...ReturnType<typeof reportSchemaOf>[],
  ],
);

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
  const generated = z.toJSONSchema(reportSchema, {
    target: "draft-2020-12",
    reused: "ref",
  }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    title: "政府信息公开工作年度报告 (canonical JSON, format version 1)",
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== "$schema")),
  };
}
