/**
 * What the grid mapper matches printed labels against, derived once from the registries of BOTH
 * templates: a table printed in the other template's layout is read by its own headers, so each
 * label knows the template (or templates) it belongs to.
 *
 * @module
 */
import { evaluateIdentity } from "../../model/identities.js";
import { identitiesOf } from "../../templates/identities.js";
import { perTemplate, templateDefinition, templateVersions } from "../../templates/registry.js";
import type {
  ApplicationRowRole,
  ColumnDefinition,
  DisclosureGroupDefinition,
  TemplateVersion,
} from "../../templates/types.js";
import type { Form } from "../labels.js";
import { type Candidate, formsOf } from "./match.js";

/** A row of table 三 as one template defines it. */
export interface ApplicationRowLabel {
  readonly template: TemplateVersion;
  readonly key: string;
  readonly role: ApplicationRowRole;
}

/** A row of table 二 as one template defines it, with its sub-table. */
export interface DisclosureRowLabel {
  readonly template: TemplateVersion;
  readonly key: string;
  readonly group: DisclosureGroupDefinition;
}

/** Everything the mapper matches, per template. */
export interface MapPlan {
  readonly applicationRows: readonly Candidate<ApplicationRowLabel>[];
  readonly applicantColumns: readonly Candidate<ColumnDefinition>[];
  /** 申请人情况, 法人或其他组织 and the 勾稽 note: header words that head no column of their own. */
  readonly applicantHeaders: readonly (readonly Form[])[];
  readonly reviewGroups: readonly Candidate<string>[];
  readonly reviewColumns: readonly Candidate<ColumnDefinition>[];
  readonly captions: readonly Candidate<DisclosureGroupDefinition>[];
  readonly disclosureRows: readonly Candidate<DisclosureRowLabel>[];
  /** Local rows of table 二 the registry knows (Hubei's 其他主动公开文件): no cells of the template's. */
  readonly localRows: readonly Candidate<string>[];
  /** Column labels of every table-二 sub-table, with their group. */
  readonly disclosureColumns: readonly Candidate<{
    readonly group: DisclosureGroupDefinition;
    readonly column: ColumnDefinition;
  }>[];
  readonly labelHeader: readonly Form[];
}

function planOf(version: TemplateVersion): MapPlan {
  const definition = templateDefinition(version);
  const { applications, reviewsAndLitigation, activeDisclosure } = definition;
  return {
    applicationRows: applications.rows.map((row) => ({
      id: `${version}:${row.key}`,
      forms: formsOf(row.label, row.variants),
      value: { template: version, key: row.key, role: row.role },
    })),
    applicantColumns: applications.columns.map((column) => ({
      id: column.key,
      forms: formsOf(column.label, column.variants),
      value: column,
    })),
    applicantHeaders: [
      formsOf(applications.applicantHeader.label, applications.applicantHeader.variants),
      ...applications.headers.map((header) => formsOf(header.label, header.variants)),
      formsOf(applications.note, []),
    ],
    reviewGroups: reviewsAndLitigation.groups.map((group) => ({
      id: group.key,
      forms: formsOf(group.label, group.variants),
      value: group.key,
    })),
    reviewColumns: reviewsAndLitigation.columns.map((column) => ({
      id: column.key,
      forms: formsOf(column.label, column.variants),
      value: column,
    })),
    captions: activeDisclosure.groups.map((group) => ({
      id: group.key,
      forms: formsOf(group.label, group.variants),
      value: group,
    })),
    disclosureRows: activeDisclosure.groups.flatMap((group) =>
      group.rows.map((row) => ({
        id: `${version}:${row.key}`,
        forms: formsOf(row.label, row.variants),
        value: { template: version, key: row.key, group },
      })),
    ),
    localRows: activeDisclosure.groups.flatMap((group) =>
      (group.localRows ?? []).map((row) => ({
        id: `${version}:local:${row.key}`,
        forms: formsOf(row.label, row.variants),
        value: row.key,
      })),
    ),
    disclosureColumns: activeDisclosure.groups.flatMap((group) =>
      group.columns.map((column) => ({
        id: `${version}:${group.key}:${column.key}`,
        forms: formsOf(column.label, column.variants),
        value: { group, column },
      })),
    ),
    labelHeader: formsOf(activeDisclosure.labelHeader, []),
  };
}

/** The plans of every template, computed once at module load. */
export const PLANS: Readonly<Record<TemplateVersion, MapPlan>> = perTemplate(planOf);

/** The other template than `version` (there are two). */
export function otherTemplate(version: TemplateVersion): TemplateVersion {
  return templateVersions.find((v) => v !== version) ?? version;
}

/**
 * An identity check over the cells known so far: `known` maps `row/column` to the numbers placed;
 * a reading's cells are judged, with the one evaluator of the model, against every identity of
 * `section` they take part in: a reading is out when one of them is violated for sure (unknown
 * cells count as unknown amounts ≥ 0).
 */
export function identityCheck(
  version: TemplateVersion,
  section: string,
  known: ReadonlyMap<string, number>,
): (cells: ReadonlyMap<string, number>) => boolean {
  const identities = identitiesOf(version).filter((identity) =>
    identity.left.some((path) => path[0] === section),
  );
  return (cells) => {
    const read = (path: readonly string[]) => {
      const id = `${path[1]}/${path[2]}`;
      return cells.get(id) ?? known.get(id);
    };
    return identities.every((identity) => {
      const touches = [...identity.left, ...identity.right].some((path) =>
        cells.has(`${path[1]}/${path[2]}`),
      );
      return !touches || evaluateIdentity(identity, read).verdict !== "violated";
    });
  };
}
