import { parseHTML, toHTML } from "../src/index.js";
import { seedReport } from "../test/fixtures/seed-report.js";

let i = 0;
const html = toHTML(seedReport).replace(
  /<table[\s\S]*?<\/table>/g,
  () =>
    `<p style="text-align:center"><img src="/u/cms/www/202301/t${++i}.png" alt="" width="600"></p>`,
);
for (const locale of ["zh", "en"] as const) {
  const r = parseHTML(html, { locale });
  console.log(
    i,
    r.ok,
    r.report?.year,
    r.findings.map((f) => `${f.code} ${JSON.stringify(f.path)} ${f.message}`),
  );
}
