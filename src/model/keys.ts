/**
 * The canonical order of the report's own fields that are not tables: `meta` fields and the text
 * sections before and after the tables. A module of constants only, so that writing canonical JSON
 * (`toJSON`) needs neither the readers nor decimal.js.
 *
 * @module
 */
import type { ReportMeta } from "./report.js";

/** The fields of `meta`, in canonical order. */
export const META_KEYS = [
  "title",
  "publisher",
  "publishedOn",
  "indexNumber",
  "documentNumber",
] as const satisfies readonly (keyof ReportMeta)[];

/** Text sections before the tables, in canonical order. */
export const TEXT_KEYS_BEFORE = ["preamble", "overview"] as const;

/** Text sections after the tables, in canonical order. */
export const TEXT_KEYS_AFTER = ["problemsAndImprovements", "otherMatters"] as const;
