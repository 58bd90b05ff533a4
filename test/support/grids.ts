/**
 * Grids built by hand for the grid mapper's tests: a cell by its text (and spans), a grid of
 * such rows, and one whose columns were inferred (a PDF table without lines). Table 三's
 * applicant headers are written here as the official layout prints them, independently of the
 * registry, so a test's grid does not take its labels from the code under test.
 */
import type { Grid, GridCell } from "../../src/index.js";
import { expandGrid } from "../../src/read/gridmap/index.js";

/** A cell: its text, or its text with its row and column spans. */
export type Spec = string | readonly [text: string, rowSpan: number, colSpan: number];

/** The grid cell a {@link Spec} describes. */
export const cell = (spec: Spec): GridCell =>
  typeof spec === "string" ? { text: spec } : { text: spec[0], rowSpan: spec[1], colSpan: spec[2] };

/** A grid of cells of its own (HTML, Word, a ruled PDF table). */
export const gridOf = (...rows: readonly (readonly Spec[])[]): Grid => ({
  rows: rows.map((row) => row.map(cell)),
});

/** A grid whose columns were inferred from where its values stand (a PDF table without lines). */
export const inferred = (...rows: readonly (readonly Spec[])[]) =>
  expandGrid({ ...gridOf(...rows), inferred: true });

/** Table 三's applicant headers as the official layout prints them, 总计 last. */
export const APPLICANTS = [
  "自然人",
  "商业企业",
  "科研机构",
  "社会公益组织",
  "法律服务机构",
  "其他",
  "总计",
] as const;
