// The main job (npm run example): build the seed report — 宁晋县大曹庄镇 2022 — from the numbers
// the office knows, validate it, print it, and check it against the published text.
import { readFileSync } from "node:fs";
import { createReport, formatFindings, parseText, toJSON, toText, validate } from "../src/index.js";

// The published page text, as copied from the government site (the corpus header is dropped).
const published = readFileSync(
  new URL("../test/fixtures/corpus/seed-dacaozhuang-2022.txt", import.meta.url),
  "utf8",
).split("\n---\n")[1]!;
const parsed = parseText(published);
const texts = parsed.report;

// 1. Build: two numbers are all the tables need; every total is derived.
const built = createReport({
  template: "2021",
  year: 2022,
  agency: "宁晋县大曹庄镇人民政府",
  meta: {
    title: "宁晋县大曹庄镇2022年政府信息公开工作年度报告",
    publisher: "大曹庄镇",
    publishedOn: "2023-01-19",
    indexNumber: "dczx/1674120257266",
  },
  ...(texts?.preamble !== undefined && { preamble: texts.preamble }),
  ...(texts?.overview !== undefined && { overview: texts.overview }),
  ...(texts?.problemsAndImprovements !== undefined && {
    problemsAndImprovements: texts.problemsAndImprovements,
  }),
  ...(texts?.otherMatters !== undefined && { otherMatters: texts.otherMatters }),
  activeDisclosure: { licensing: { decisions: 404 }, punishment: { decisions: 1 } },
});
// ok: every cell is a number and no finding is an error; else the findings say what was kept out.
if (!built.ok) throw new Error(formatFindings(built.findings));
const { report, findings: buildFindings } = built;

// 2. Validate: every consistency rule of the 2021 template.
const { ok, findings } = validate(report, { agencyLevel: "government" });

// 3. Print the report as text.
console.log(toText(report));
console.log("─".repeat(60));
console.log(`build findings: ${buildFindings.length}`);
console.log(`validate: ${ok ? "ok" : "NOT ok"}, ${findings.length} finding(s)`);
for (const finding of findings)
  console.log(`  ${finding.severity} ${finding.code} ${finding.message}`);

// 4. The published text reads back to the same tables.
const same = ["activeDisclosure", "applications", "reviewsAndLitigation"].every(
  (table) =>
    JSON.stringify(toJSON(report)[table]) ===
    JSON.stringify(parsed.report && toJSON(parsed.report)[table]),
);
console.log(
  `published text parsed: ${parsed.findings.length} finding(s); tables equal to the built report: ${same}`,
);
process.exitCode = ok && same ? 0 : 1;
