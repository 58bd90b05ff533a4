// How eagerly V8 optimises the code of the workers of `zfxxgk validate --jobs N`. With V8's
// default, a large part of a run's CPU goes to the optimising compiler (TurboFan, on V8's own
// background threads), not to reading: over 500 text reports with one job, about 1.7 CPU s in the
// main thread and 1.5 s compiling. One job can leave that compiling to an idle core; a pool cannot,
// since every core has a worker, and every worker compiles the same functions again for itself:
// two workers on two cores were no faster than one. Eight times the default interrupt budget (the
// bytecode a function runs before V8 considers optimising it) leaves lukewarm functions to the
// baseline compiler and still optimises the hot ones: the compiling of a 500-report run with two
// workers fell from about 2.2 to 0.45 CPU s, and over 2,000 reports the run's CPU time fell too
// (about 10.8 → 9.4 s; measured on a busy machine, so roughly). A larger budget saves more on
// short runs but slows long ones, whose hot code then stays unoptimised for longer.
// V8's flags belong to the process: they are set by the command, never by the library, before the
// workers are started (the workers read them when they start), and not when the user gave node
// the flag.
import { setFlagsFromString } from "node:v8";

/** The default interrupt budget of V8 (11.x to 13.x) times 8. */
const INTERRUPT_BUDGET = 67_584 * 8;

/** Makes V8 optimise only what is hot over a run (see above), unless node was told otherwise. */
export function tuneTiering(execArgv: readonly string[] = process.execArgv): void {
  if (execArgv.some((arg) => /^--interrupt[-_]budget\b/.test(arg))) return;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
