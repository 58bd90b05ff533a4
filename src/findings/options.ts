/**
 * The one reader of options. Every public entry point that reads input takes `locale` and
 * `severity` (a rule code → `'error' | 'warning' | 'info' | 'off'`) and reads them here, from a
 * {@link snapshot} of what it was given, so that options that throw when read, or are not objects,
 * are handled in one place. A bad option is ignored and reported as `OPTION_INVALID`, never thrown
 * and never silently dropped.
 *
 * @module
 */

import { isRuleCode, type Locale, type RuleCode, type Severity } from "./codes.js";
import type { FindingDraft } from "./finding.js";
import { isPlainObject, type Plain, show, snapshot } from "./values.js";

/** A severity, or `'off'` to drop a rule's findings. */
export type SeverityLevel = Severity | "off";

/** Severity overrides by rule code, e.g. `{ STOCK_FLOW: 'info', CELL_BLANK: 'off' }`. */
export type SeverityOverrides = Partial<Record<RuleCode, SeverityLevel>>;

/** The options every entry point that reads input takes. */
export interface CommonOptions {
  /** Language of the messages; `'zh'` by default. */
  readonly locale?: Locale | undefined;
  /** Severity overrides by rule code; `'off'` drops that rule's findings. */
  readonly severity?: SeverityOverrides | undefined;
}

/** Options as read: the common ones checked, the entry's own ones left to it. */
export interface ReadOptions {
  readonly locale: Locale;
  readonly severity: Readonly<SeverityOverrides>;
  /** The snapshot of the options object (empty when there was none), for the entry's own keys. */
  readonly fields: Readonly<Plain>;
  /** One `OPTION_INVALID` draft per option that was ignored. */
  readonly drafts: readonly FindingDraft[];
}

/**
 * The `OPTION_INVALID` draft for an ignored option at `['options', ...path]`: every entry point
 * words it alike, `actual` being the value as shown ({@link show}) or what it stands for.
 *
 * @example
 * ```ts
 * optionInvalid(["year"], "an integer year", show("2022"));
 * // { code: 'OPTION_INVALID', path: ['options', 'year'], expected: 'an integer year',
 * //   actual: '2022', detail: 'year' }
 * ```
 */
export function optionInvalid(
  path: readonly (string | number)[],
  expected: string,
  actual: string,
): FindingDraft {
  return {
    code: "OPTION_INVALID",
    path: ["options", ...path],
    expected,
    actual,
    detail: path.join("."),
  };
}

const LOCALES: readonly unknown[] = ["zh", "en"];
const LEVELS: readonly unknown[] = ["error", "warning", "info", "off"];
const COMMON_KEYS = ["locale", "severity"];

/**
 * Reads `locale`, `severity` and the entry's own option keys (`known`). `undefined` and `null` mean
 * no options. A value of the wrong kind, an unknown severity level or rule code and an unknown key
 * are each ignored with an `OPTION_INVALID` draft at `['options', key, …]`.
 *
 * @example
 * ```ts
 * const read = readOptions({ locale: "en", severity: { CELL_BLANK: "off" }, previous }, ["previous"]);
 * read.locale; // 'en'
 * read.fields["previous"]; // last year's report, as given
 * readOptions({ locale: "fr" }, []).drafts[0]?.code; // 'OPTION_INVALID'
 * ```
 */
export function readOptions(options: unknown, known: readonly string[]): ReadOptions {
  const drafts: FindingDraft[] = [];
  const invalid = (path: readonly (string | number)[], value: unknown, expected: string) =>
    drafts.push(optionInvalid(path, expected, show(value)));
  if (options === undefined || options === null) {
    return { locale: "zh", severity: {}, fields: {}, drafts };
  }
  const fields = snapshot(options);
  if (!isPlainObject(fields)) {
    invalid([], options, "object");
    return { locale: "zh", severity: {}, fields: {}, drafts };
  }
  for (const key of Object.keys(fields)) {
    if (!COMMON_KEYS.includes(key) && !known.includes(key)) {
      invalid([key], fields[key], [...COMMON_KEYS, ...known].join(" | "));
    }
  }
  let locale: Locale = "zh";
  const givenLocale = fields["locale"];
  if (LOCALES.includes(givenLocale)) locale = givenLocale as Locale;
  else if (givenLocale !== undefined) invalid(["locale"], givenLocale, '"zh" | "en"');
  const severity: SeverityOverrides = {};
  const overrides = fields["severity"];
  if (isPlainObject(overrides)) {
    for (const [code, level] of Object.entries(overrides)) {
      if (!isRuleCode(code)) invalid(["severity", code], level, "a rule code");
      else if (!LEVELS.includes(level)) {
        invalid(["severity", code], level, '"error" | "warning" | "info" | "off"');
      } else severity[code] = level as SeverityLevel;
    }
  } else if (overrides !== undefined) invalid(["severity"], overrides, "object");
  return { locale, severity, fields, drafts };
}
