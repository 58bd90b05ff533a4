import { createReport, type ReportMeta, reportBuilder } from "../../../src/index.js";

/** The texts of a report, as the office wrote them. */
export interface Texts {
  readonly preamble: string;
  readonly overview: string;
  readonly problemsAndImprovements: string;
  readonly otherMatters: string;
}

/** 宁晋县大曹庄镇 2022: everything the tables need is two numbers. */
export function buildSeedReport(texts: Texts) {
  const meta: ReportMeta = {
    title: "宁晋县大曹庄镇2022年政府信息公开工作年度报告",
    publisher: "大曹庄镇",
    publishedOn: "2023-01-19",
    indexNumber: "dczx/1674120257266",
    documentNumber: null,
  };
  return createReport({
    template: "2021",
    year: 2022,
    agency: "宁晋县大曹庄镇人民政府",
    meta,
    ...texts,
    activeDisclosure: {
      licensing: { decisions: 404 },
      punishment: { decisions: 1 },
    },
    // No application, review or suit in 2022: tables 三 and 四 are all zeros.
  });
}

/** An app that counts case by case: one call when an application comes in, one where it ends. */
export function buildCaseByCase() {
  return reportBuilder({ template: "2021", year: 2023, agency: "某县司法局" })
    .receive({ applicant: "naturalPerson" })
    .countApplication({ applicant: "naturalPerson", outcome: "disclosed" })
    .receive({ applicant: "naturalPerson" })
    .countApplication({ applicant: "naturalPerson", outcome: "unavailableNotHeld" })
    .receive({ applicant: "commercialEnterprise", carriedOver: true })
    .countApplication({ applicant: "commercialEnterprise", outcome: "carriedForward" })
    .countReview("administrativeReview", "upheld")
    .setDisclosure("licensing", "decisions", 120)
    .setDisclosure("fees", "amount", "0.35")
    .withText("otherMatters", "本年度收取信息处理费0.35万元。")
    .build();
}
