/**
 * The value domains of canonical JSON, as plain predicates: what a cell of each kind may hold, and
 * the decimal and date forms. `fromJSON`, `validate` and the builders read untrusted values through
 * these, not through zod: a zod object schema probes `new Function` when it is built, which a page
 * under a strict Content-Security-Policy reports as a violation, and zod's only switch for that is
 * a global setting that a host app's own zod would see. The zod schemas of `./schema.ts` describe
 * the same domains for JSON Schema; a test checks that both accept exactly the same values.
 *
 * @module
 */
import type { CellKind } from "../templates/types.js";

/** A decimal amount in canonical JSON: plain notation, no exponent, no sign. */
export const DECIMAL_PATTERN = /^\d+(\.\d+)?$/;

/** The ISO date form of `meta.publishedOn`. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a value is a mark cell in canonical JSON: an object whose only own key is `mark`, a
 * string. Never throws: a Proxy or a throwing getter is simply not a mark.
 */
function isMarkJSON(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  try {
    const keys = Object.keys(value);
    return (
      keys.length === 1 &&
      keys[0] === "mark" &&
      typeof (value as { mark?: unknown }).mark === "string"
    );
  } catch {
    return false;
  }
}

/**
 * Whether a value lies in the canonical-JSON domain of a cell kind: blank (`null`), a mark
 * (`{ mark: "/" }`) or, by kind, a non-negative safe integer (`count`), a safe integer
 * (`signedCount`) or a non-negative decimal string (`money`). Never throws.
 *
 * @example
 * ```ts
 * fitsCellKind(3, "count"); // true
 * fitsCellKind(-1, "count"); // false
 * fitsCellKind(-1, "signedCount"); // true
 * fitsCellKind("0.35", "money"); // true
 * fitsCellKind({ mark: "/" }, "money"); // true
 * ```
 */
export function fitsCellKind(value: unknown, kind: CellKind): boolean {
  if (value === null) return true;
  switch (kind) {
    case "count":
      return (
        (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) ||
        isMarkJSON(value)
      );
    case "signedCount":
      return (typeof value === "number" && Number.isSafeInteger(value)) || isMarkJSON(value);
    case "money":
      return (typeof value === "string" && DECIMAL_PATTERN.test(value)) || isMarkJSON(value);
  }
}
