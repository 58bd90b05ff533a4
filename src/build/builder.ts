/**
 * `reportBuilder`: an immutable builder for apps that count case by case. Every step returns a new
 * frozen builder holding a new frozen `ReportInit`; `build()` hands that to `createReport`, so both
 * ways of building share one derivation and one set of checks.
 *
 * @module
 */

import { type FindingDraft, localizeFindings } from "../findings/finding.js";
import { readOptions } from "../findings/options.js";
import { isPlainObject, show } from "../model/input.js";
import type {
  ActiveDisclosure,
  DisclosureFieldKey,
  DisclosureRowKey,
  ReportMeta,
  ReviewGroupKey,
} from "../model/report.js";
import { templateDefinition, templateVersions } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
import { builtResult, createReport, textSectionKeys } from "./create.js";
import type {
  ApplicationCase,
  BuildOptions,
  BuildResult,
  CellInput,
  ReceivedApplication,
  ReportInit,
  ReviewOutcomeKey,
  TextSectionKey,
} from "./types.js";

/** An immutable report builder of one template version. */
export interface ReportBuilder<T extends TemplateVersion> {
  /** The report so far, as `createReport` input (frozen). */
  readonly init: ReportInit<T>;
  /** Counts one application received this year (一), or carried over from last year (二). */
  receive(application: ReceivedApplication): ReportBuilder<T>;
  /** Counts where one application ended up: a result leaf, or `carriedForward` while pending. */
  countApplication(application: ApplicationCase<T>): ReportBuilder<T>;
  /** Counts one administrative review or suit of a table-四 group by its outcome. */
  countReview(group: ReviewGroupKey, outcome: ReviewOutcomeKey): ReportBuilder<T>;
  /** Sets one field of table 二 (an amount may be a `Decimal`, a decimal string or a number). */
  setDisclosure<R extends DisclosureRowKey<T>, F extends DisclosureFieldKey<T, R>>(
    row: R,
    field: F,
    value: CellInput<ActiveDisclosure<T>[R][F]>,
  ): ReportBuilder<T>;
  /** Sets a text section (`preamble`, `overview`, `problemsAndImprovements`, `otherMatters`). */
  withText(section: TextSectionKey, text: string): ReportBuilder<T>;
  /** Sets the metadata (title, publisher, publishedOn, …). */
  withMeta(meta: ReportMeta): ReportBuilder<T>;
  /** The report and its findings (see `createReport`). */
  build(options?: BuildOptions): BuildResult<T>;
}

type Counts = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** A path element from whatever an untyped caller passed as a key. */
function pathKey(key: unknown): string | number {
  return typeof key === "string" || typeof key === "number" ? key : show(key);
}

/**
 * A step given a key that is not of the kind it needs (untyped callers): the step is left out and
 * remembered, and `build()` reports it as `CELL_TYPE` at the cell it aimed at.
 */
function rejection(path: readonly unknown[], expected: string, actual: unknown): FindingDraft {
  return { code: "CELL_TYPE", path: path.map(pathKey), expected, actual: show(actual) };
}

function bump(counts: Counts | undefined, row: string, column: string): Counts {
  const cells = counts?.[row] ?? {};
  const current = cells[column];
  return {
    ...counts,
    [row]: { ...cells, [column]: (typeof current === "number" ? current : 0) + 1 },
  };
}

function fieldOf(value: unknown, key: string): unknown {
  return isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function builderOf<T extends TemplateVersion>(
  init: ReportInit<T>,
  rejected: readonly FindingDraft[],
): ReportBuilder<T> {
  const frozen = Object.freeze(init);
  const version = frozen.template as unknown;
  const known = templateVersions.includes(version as TemplateVersion);
  // An unknown template gives no report at build time (CELL_TYPE at ['template']); steps then have
  // no rows to count into and leave the builder as it is.
  const definition = known ? templateDefinition(version as TemplateVersion) : undefined;
  const next = (patch: Partial<Record<keyof ReportInit<T>, unknown>>) =>
    builderOf<T>({ ...frozen, ...patch } as ReportInit<T>, rejected);
  const reject = (draft: FindingDraft) => builderOf<T>(frozen, [...rejected, draft]);
  const applications = () => frozen.applications as Counts | undefined;
  const self: ReportBuilder<T> = Object.freeze({
    init: frozen,
    receive(application: ReceivedApplication) {
      if (!definition) return self;
      const applicant = fieldOf(application, "applicant");
      // 一 then 二 in registry order: received this year, carried over from last year.
      const intake = definition.applications.rows.filter((row) => row.role === "intake");
      const row = intake[fieldOf(application, "carriedOver") === true ? 1 : 0]!.key;
      if (!isKeyOf(applicant, applicantColumns(definition))) {
        return reject(rejection(["applications", row, applicant], "applicant column", applicant));
      }
      return next({ applications: bump(applications(), row, applicant) });
    },
    countApplication(application: ApplicationCase<T>) {
      if (!definition) return self;
      const applicant = fieldOf(application, "applicant");
      const outcome = fieldOf(application, "outcome");
      const row = definition.applications.rows.find((r) => r.key === outcome);
      const path = ["applications", outcome, applicant];
      if (row === undefined || (row.role !== "result" && row.role !== "carriedForward")) {
        return reject(rejection(path, "result row or carriedForward", outcome));
      }
      if (!isKeyOf(applicant, applicantColumns(definition))) {
        return reject(rejection(path, "applicant column", applicant));
      }
      return next({ applications: bump(applications(), row.key, applicant) });
    },
    countReview(group: ReviewGroupKey, outcome: ReviewOutcomeKey) {
      if (!definition) return self;
      const { groups, columns } = definition.reviewsAndLitigation;
      const path = ["reviewsAndLitigation", group, outcome];
      if (!isKeyOf(group, groups)) return reject(rejection(path, "table-四 group", group));
      const outcomes = columns.filter((c) => c.role === "outcome");
      if (!isKeyOf(outcome, outcomes)) return reject(rejection(path, "table-四 outcome", outcome));
      const reviews = frozen.reviewsAndLitigation as Counts | undefined;
      return next({ reviewsAndLitigation: bump(reviews, group, outcome) });
    },
    setDisclosure(row: string, field: string, value: unknown) {
      const table = (frozen.activeDisclosure ?? {}) as Counts;
      return next({ activeDisclosure: { ...table, [row]: { ...table[row], [field]: value } } });
    },
    withText(section: TextSectionKey, text: string) {
      if (!definition) return self;
      const sections = textSectionKeys(version as TemplateVersion).map((key) => ({ key }));
      if (!isKeyOf(section, sections)) return reject(rejection([section], "text section", section));
      return next({ [section]: text });
    },
    withMeta(meta: ReportMeta) {
      return next({ meta: isPlainObject(meta) ? { ...meta } : meta });
    },
    build(options?: BuildOptions) {
      const result = createReport<T>(frozen, options);
      if (rejected.length === 0 || result.report === undefined) return result;
      const { locale, severity } = readOptions(options, []);
      const steps = localizeFindings(rejected, {
        locale,
        severity,
        template: version as TemplateVersion,
      });
      return builtResult(result.report, [...steps, ...result.findings]) as BuildResult<T>;
    },
  }) as ReportBuilder<T>;
  return self;
}

function applicantColumns(definition: ReturnType<typeof templateDefinition>) {
  return definition.applications.columns.filter((c) => c.role === "applicant");
}

function isKeyOf(key: unknown, keys: readonly { readonly key: string }[]): key is string {
  return keys.some((k) => k.key === key);
}

/**
 * Starts an immutable builder: count applications, reviews and table-二 figures one at a time, then
 * `build()`. Every step returns a new frozen builder, so a builder can be shared, kept as a
 * snapshot, or branched; assigning to one throws in strict mode.
 *
 * For a consistent table 三, count every application twice: once when it comes in (`receive`:
 * 一, or 二 with `carriedOver`) and once where it stands at year end (`countApplication`: a result
 * leaf, or `carriedForward`). `build()` reports `T3_BALANCE` for every column where the two counts
 * differ.
 *
 * @param init - Template, year and agency, and optionally anything `createReport` takes.
 * @returns A frozen builder.
 * Never throws. A step given a key that is not of the kind it needs (a 总计 row as an outcome, an
 * unknown applicant or group — which TypeScript already rules out) changes nothing and is reported
 * by `build()` as `CELL_TYPE` at the cell it aimed at; an `init` that is not one (no object, an
 * unknown template) gives `build()` the result of `createReport` for it: no report, one finding.
 * @example
 * ```ts
 * const built = reportBuilder({ template: "2021", year: 2023, agency: "某县司法局" })
 *   .receive({ applicant: "naturalPerson" })
 *   .countApplication({ applicant: "naturalPerson", outcome: "disclosed" })
 *   .receive({ applicant: "commercialEnterprise", carriedOver: true })
 *   .countApplication({ applicant: "commercialEnterprise", outcome: "carriedForward" })
 *   .countReview("administrativeReview", "upheld")
 *   .setDisclosure("fees", "amount", "0.35")
 *   .build();
 * if (built.ok) built.report.applications.totalHandled.total; // 1
 * built.ok && built.report.reviewsAndLitigation.administrativeReview.total; // 1
 * built.findings; // []
 * ```
 */
export function reportBuilder<const T extends TemplateVersion>(
  init: ReportInit<T>,
): ReportBuilder<T> {
  return builderOf<T>({ ...init }, []);
}
