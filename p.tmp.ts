import { toHTML, validate } from "./src/index.js";
import { seedReport } from "./test/fixtures/seed-report.js";
const h = toHTML(seedReport);
console.log(h.split("\n").filter(l => !l.startsWith("<p>")).slice(0, 40).join("\n"));
