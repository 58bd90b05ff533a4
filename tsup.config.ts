import { readFileSync } from "node:fs";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// Syntax ES2019 for every file, the command line's too: government front ends still build with
// webpack 4, whose parser stops at `??` and `?.`. A test parses each built file as ES2019.
const target = "es2019";

// date-fns 4 ships ES2020 syntax, which webpack 4 cannot parse either; the few functions the core
// uses are inlined into the module that imports them and lowered with it. zod (only behind
// `jsonSchema`/`reportSchema`) and decimal.js (ES5) stay ordinary dependencies.
// htmlparser2 (behind parseHTML, which parseText hands markup to) ships ES2022 as ESM only: it is
// inlined and lowered the same way, with the packages it is made of.
// docx (behind toDocx, imported by the one module src/docx/write/library.ts) is inlined too: as an
// installed dependency it would bring its own dependency `@types/node` of the newest Node into
// every consumer, whose TypeScript 5.0 cannot read it. Its ES module imports nothing (its own
// fflate and nanoid are inside it), so inlining it brings nothing else along.
export const inlined = [
  /^date-fns(\/|$)/,
  /^(htmlparser2|domhandler|domelementtype|domutils|dom-serializer|entities)(\/|$)/,
  /^docx(\/|$)/,
];

/**
 * The ESM build keeps one output file per source module: every import between our own modules
 * stays an import. A bundler that takes only `toJSON` then loads only the modules `toJSON` needs;
 * in a single-file bundle the whole file's imports (decimal.js among them) would come along.
 */
const ownModulesExternal: Plugin = {
  name: "own-modules-external",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === "entry-point" || args.importer.includes("node_modules")
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

export default defineConfig([
  {
    // ESM, module by module, for bundlers and Node's import.
    entry: ["src/**/*.ts", "!src/cli/**"],
    outDir: "dist/esm",
    format: ["esm"],
    bundle: true,
    splitting: false,
    noExternal: inlined,
    esbuildPlugins: [ownModulesExternal],
    dts: false,
    sourcemap: true,
    clean: false,
    target,
  },
  {
    // CommonJS, one file per entry, for require() and older tools. pdf.js stays a dependency, not
    // bundled: it ships ES modules only, which require() loads in Node ≥ 20.19 (no top-level await).
    entry: {
      index: "src/index.ts",
      vitest: "src/vitest.ts",
      schema: "src/schema.ts",
      docx: "src/docx.ts",
      pdf: "src/pdf.ts",
    },
    format: ["cjs"],
    noExternal: inlined,
    dts: false,
    sourcemap: true,
    clean: false,
    target,
    external: ["vitest"],
  },
  {
    // The declarations of both formats.
    entry: {
      index: "src/index.ts",
      vitest: "src/vitest.ts",
      schema: "src/schema.ts",
      docx: "src/docx.ts",
      pdf: "src/pdf.ts",
    },
    format: ["esm", "cjs"],
    dts: { only: true },
    clean: false,
    target,
    external: ["vitest"],
  },
  {
    // The command line: ESM only, bundling the library so that it runs from dist/ alone. Split
    // into chunks loaded when used (dist/cli-chunks/): `zfxxgk --version` loads cli.js alone (it
    // imports nothing; main.ts holds the rest), validating text loads neither zod nor the Word
    // and PDF readers. The worker of --jobs is an entry of its own beside cli.js. date-fns and htmlparser2 are inlined as in the library, so
    // that only the functions used are loaded (date-fns's index loads hundreds of modules).
    // Node-only files: besides ES2019, they use the two ES2020 module features Node 20 has,
    // import() and import.meta (test/package/syntax.test.ts allows exactly those).
    entry: { cli: "src/cli/index.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    splitting: true,
    noExternal: inlined,
    dts: false,
    sourcemap: false,
    clean: false,
    target,
    define: { __VERSION__: JSON.stringify(version) },
    esbuildOptions(options) {
      options.chunkNames = "cli-chunks/[name]-[hash]";
      options.supported = { "dynamic-import": true, "import-meta": true };
    },
  },
]);
