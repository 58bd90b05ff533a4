import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", vitest: "src/vitest.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "node20",
    treeshake: true,
    external: ["vitest"],
  },
  {
    // The command line: ESM only, bundling the library so that it runs from dist/ alone.
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: false,
    clean: false,
    target: "node20",
  },
]);
