/**
 * The canonical order of the report's own fields that are not tables: `meta` fields and the text
 * sections before and after the tables. A module of constants only, so that writing canonical JSON
 * (`toJSON`) needs neither the readers nor decimal.js.
 *
 * @module
 */
import { sections } from "../templates/common.js";
import { pageFields } from "../templates/page.js";
import type { ReportMeta } from "./report.js";

/** The fields of `meta`, in canonical order (the registry's page fields). */
export const META_KEYS: readonly (keyof ReportMeta)[] = pageFields.map((field) => field.key);

/** A report's text fields: the preamble and the sections with a text body. */
export type TextKey = "preamble" | Extract<(typeof sections)[number], { body: "text" }>["key"];

// The registry's sections in order: those with a text body before the first table, and after it.
const firstTable = sections.findIndex((section) => section.body === "table");
const textKeys = (from: number, to: number): TextKey[] =>
  sections
    .slice(from, to)
    .filter((section) => section.body === "text")
    .map((section) => section.key as TextKey);

/** Text fields before the tables, in canonical order: the preamble, then 一、总体情况. */
export const TEXT_KEYS_BEFORE: readonly TextKey[] = ["preamble", ...textKeys(0, firstTable)];

/** Text sections after the tables, in canonical order (五, 六). */
export const TEXT_KEYS_AFTER: readonly TextKey[] = textKeys(firstTable, sections.length);
