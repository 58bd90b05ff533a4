/**
 * The held-out measure (issue 13): every report of test/fixtures/heldout/ to heldout6/ (HELDOUT_SETS)
 * read by the library and compared cell for cell with its hand-typed oracle, as right,
 * wrong (a number where the page prints another) and absent, per file and in total per set. Not
 * run by `npm test`; the tests in test/read/heldout.test.ts assert the same readings (no wrong
 * cell, no silent absence).
 *
 *   npx tsx scripts/heldout.ts [--wrong] [--absent]
 *
 * --wrong and --absent list the cells behind the counts. `extra` counts the cells read as a number
 * or a mark where the oracle holds no cell: a row the page prints only in part (cut by the end of
 * an excerpt) may be read so rightly, but a number there may also be wrong, and no oracle says
 * which: --extra lists them, to be checked against the page by eye.
 */
import { cellsOf } from "../test/support/cells.js";
import { HELDOUT_SETS, heldOutNames, loadHeldOut } from "../test/support/heldout.js";

const showWrong = process.argv.includes("--wrong");
const showAbsent = process.argv.includes("--absent");
const showExtra = process.argv.includes("--extra");

for (const set of HELDOUT_SETS) {
  const names = heldOutNames(set);
  const sum = { cells: 0, right: 0, wrong: 0, absent: 0, extra: 0 };
  console.log(`\n${set} (${names.length} reports)`);
  console.log("file".padEnd(30), "cells right wrong absent extra");
  for (const name of names) {
    const { compared, oracle, result } = loadHeldOut(set, name);
    const cells = Object.keys(oracle.cells).length;
    const extra = [...cellsOf(result.report)].filter(
      ([path, value]) => !(path in oracle.cells) && value !== "null" && value !== undefined,
    );
    sum.extra += extra.length;
    sum.cells += cells;
    sum.right += compared.right.length;
    sum.wrong += compared.wrong.length;
    sum.absent += compared.absent.length;
    console.log(
      name.padEnd(30),
      String(cells).padStart(5),
      String(compared.right.length).padStart(5),
      String(compared.wrong.length).padStart(5),
      String(compared.absent.length).padStart(6),
      String(extra.length).padStart(5),
    );
    if (showExtra) for (const [path, value] of extra) console.log(`    extra  ${path} = ${value}`);
    if (showWrong) for (const path of compared.wrong) console.log(`    wrong  ${path}`);
    if (showAbsent) for (const path of compared.absent) console.log(`    absent ${path}`);
  }
  const share = sum.cells === 0 ? "-" : ((100 * sum.right) / sum.cells).toFixed(1);
  console.log(
    "total".padEnd(30),
    String(sum.cells).padStart(5),
    String(sum.right).padStart(5),
    String(sum.wrong).padStart(5),
    String(sum.absent).padStart(6),
    String(sum.extra).padStart(5),
    ` (${share} % right)`,
  );
}
