/**
 * github-004's table 三 printed by wkhtmltopdf without borders (scripts/wk-hunt.ts): most of its
 * cells blank, 科研机构 and 社会公益组织 blank all down, whole rows blank. Read cell by cell against
 * the report: a cell read is right, never wrong, and the rows below read where they were quoted.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ParseResult } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { comparedToPrinted, fixture } from "./support.js";

const LANDSCAPE = "github-004~m5.wk-landscape";
const NARROW = "github-004~m3.wk-narrow-no-borders";
const results = new Map<string, ParseResult>();
beforeAll(async () => {
  for (const name of [LANDSCAPE, NARROW]) {
    results.set(name, await parsePdf(fixture(`${name}.pdf`)));
  }
}, 120_000);

const compared = (name: string) => comparedToPrinted(results.get(name)?.report, name);

describe("github-004 landscape, no borders", () => {
  it("reads every cell, none wrong", () => {
    const { wrong, absent } = compared(LANDSCAPE);
    expect(wrong).toEqual([]);
    expect(absent).toEqual([]);
  });

  // The page after the break prints values in 自然人, 商业企业, 法律服务机构, 其他 and 总计 only: its
  // columns, found where its values stand, had 商业企业's cells over 科研机构 and 社会公益组织
  // (`4[c2]`), and its rows were quoted.
  it("reads the next page's rows under the header's columns, the blank ones blank", () => {
    const applications = results.get(LANDSCAPE)?.report?.applications;
    expect(applications?.notProcessedDuplicate.naturalPerson).toBeNull();
    expect(applications?.notProcessedDuplicate.commercialEnterprise).toBe(4);
    expect(applications?.notProcessedDuplicate.researchInstitution).toBeNull();
    expect(applications?.totalHandled.commercialEnterprise).toBe(35);
    expect(applications?.totalHandled.socialWelfareOrganization).toBeNull();
    expect(applications?.totalHandled.legalServiceInstitution).toBe(2);
  });

  // `（二）部分公开（区分处理的，只计这一情形，不计其他情形）` printed blank on one line, over the
  // sub-rows' label column, just above `1.属于国家秘密 14`: taken for a group label beside that row,
  // the row named two rows and was quoted, （二） unreadable.
  it("reads a row label spanning the sub-rows' column, printed blank, as a row of its own", () => {
    const applications = results.get(LANDSCAPE)?.report?.applications;
    expect(applications?.partiallyDisclosed.naturalPerson).toBeNull();
    expect(applications?.partiallyDisclosed.total).toBeNull();
    expect(applications?.withheldStateSecret.naturalPerson).toBe(14);
  });
});

describe("github-004 narrow, no borders", () => {
  // `3.补正后申` / `请内容仍不` / `明确` printed blank, then `1.信访举报` / `148 1` / `投诉类申请`:
  // `明确`, nearer the values below, was read with them, a row naming two rows (quoted).
  it("keeps a blank row's last label line with it when the next row's label opens below it", () => {
    const { wrong } = compared(NARROW);
    expect(wrong).toEqual([]);
    const applications = results.get(NARROW)?.report?.applications;
    expect(applications?.unavailableStillUnclear.naturalPerson).toBeNull();
    expect(applications?.notProcessedComplaint.naturalPerson).toBe(148);
    expect(applications?.notProcessedComplaint.commercialEnterprise).toBe(1);
  });
});
