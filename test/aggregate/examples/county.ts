import {
  aggregate,
  checkAggregate,
  compare,
  createReport,
  formatFindings,
  type Report,
  type ReportInit,
} from "../../../src/index.js";

// A report from the numbers an office knows: complete, or an error listing what was kept out.
function build(init: ReportInit<"2021">) {
  const built = createReport(init);
  if (!built.ok) throw new Error(formatFindings(built.findings));
  return built.report;
}

// Three townships' 2023 reports (2021 template): only the non-zero leaf cells are given, the
// builder derives every total.
const jia = build({
  template: "2021",
  year: 2023,
  agency: "某县甲镇人民政府",
  activeDisclosure: {
    normativeDocuments: { issued: 2, repealed: 1, inForce: 10 },
    licensing: { decisions: 120 },
  },
  applications: {
    newlyReceived: { naturalPerson: 3 },
    disclosed: { naturalPerson: 2 },
    unavailableNotHeld: { naturalPerson: 1 },
  },
});

const yi = build({
  template: "2021",
  year: 2023,
  agency: "某县乙镇人民政府",
  activeDisclosure: {
    normativeDocuments: { issued: 1, repealed: 0, inForce: 6 },
    licensing: { decisions: 80 },
  },
  applications: {
    newlyReceived: { naturalPerson: 2, commercialEnterprise: 1 },
    carriedOver: { naturalPerson: 1 },
    disclosed: { naturalPerson: 2 },
    partiallyDisclosed: { commercialEnterprise: 1 },
    carriedForward: { naturalPerson: 1 },
  },
});

const bing = build({
  template: "2021",
  year: 2023,
  agency: "某县丙镇人民政府",
  activeDisclosure: {
    normativeDocuments: { issued: 0, repealed: 0, inForce: 4 },
    licensing: { decisions: 45 },
    fees: { amount: "0.35" },
  },
  applications: {
    newlyReceived: { naturalPerson: 1 },
    notProcessedDuplicate: { naturalPerson: 1 },
  },
  reviewsAndLitigation: { administrativeReview: { upheld: 1 } },
});

export const townships: readonly Report[] = [jia, yi, bing];

// 1. The county's consolidated report: every leaf summed, every total recomputed.
export const { report: county, findings } = aggregate(townships, {
  agency: "某县人民政府",
  overview: "本报告汇总全县各乡镇政府信息公开工作情况。",
});

// 2. The county published 254 where the townships add up to 245.
export const published = {
  ...county,
  activeDisclosure: { ...county.activeDisclosure!, licensing: { decisions: 254 } },
} as Report;

export const { findings: mismatches } = checkAggregate(published, townships, {
  expectedMembers: ["某县甲镇人民政府", "某县乙镇人民政府", "某县丙镇人民政府", "某县丁镇人民政府"],
  locale: "en",
});

// 3. Last year's consolidated report, and what changed.
const lastYear = build({
  template: "2021",
  year: 2022,
  agency: "某县人民政府",
  activeDisclosure: {
    normativeDocuments: { issued: 4, repealed: 2, inForce: 19 },
    licensing: { decisions: 230 },
  },
  applications: {
    newlyReceived: { naturalPerson: 5 },
    disclosed: { naturalPerson: 4 },
    carriedForward: { naturalPerson: 1 },
  },
});

export const { cells, findings: crossYear } = compare(lastYear, county, { locale: "en" });
