#!/usr/bin/env node
// The `zfxxgk` command: a thin layer over the pure library, and the only code in the package that
// reads files, standard input or the environment. This entry imports nothing: `zfxxgk --version`
// (what scripts call to see that the command is there) prints and ends without loading another
// module, and anything else loads the argument parser and the command it names (main.ts).
// Exit status: 0 no error finding, 1 an error finding, 2 usage error or an input that gave no
// report (one line on stderr, no stack trace).

declare const __VERSION__: string;

const argv = process.argv.slice(2);

if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev"}\n`);
} else {
  // The worker is a file of its own beside this one in dist/ (see tsup.config.ts); main.ts is in
  // a chunk folder below, so the address is taken here.
  const worker = new URL("./cli-worker.js", import.meta.url);
  import("./main.js")
    .then(({ main }) => main(argv, worker))
    .then(
      (status) => {
        process.exitCode = status;
      },
      (error: unknown) => {
        process.stderr.write(
          `zfxxgk: internal error: ${(error as Error)?.message ?? String(error)}\n`,
        );
        process.exitCode = 2;
      },
    );
}
