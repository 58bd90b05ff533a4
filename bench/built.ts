// The library as npm users run it, built by the project's own tsup configuration into a temporary
// folder. The benchmarks time this build, not src/ as tsx serves it: tsx transforms with esbuild's
// `keepNames`, which wraps every function made at run time in a `__name(fn, "…")` call that sets
// its name property. The readers make closures per row and per word, so under tsx a parse ran
// about 10 % slower (median over the corpus files, measured in one process against the build)
// than the code the package ships, which has no such wrapper.
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type Options } from "tsup";
import configs from "../tsup.config.js";

/** The library's public functions, typed by the source they are built from. */
export type Library = typeof import("../src/index.js");

/** A temporary folder that sees the project's node_modules, so that what is built can load its dependencies. */
export function buildRoot(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  symlinkSync(resolve("node_modules"), join(root, "node_modules"), "dir");
  return root;
}

/**
 * Builds the tsup configuration whose entries `pick` chooses into `root`/dist, with `entry`
 * in its place when given; the configuration is the one `npm run build` uses.
 */
export async function buildFromConfig(
  root: string,
  pick: (config: Options) => boolean,
  entry?: Options["entry"],
): Promise<void> {
  const config = (configs as Options[]).find(pick);
  if (config === undefined) throw new Error("no such entry in tsup.config.ts");
  await build({
    ...config,
    ...(entry !== undefined && { entry }),
    config: false,
    silent: true,
    outDir: join(root, "dist"),
  });
}

/**
 * The main entry as the package ships it for require(): tsup's CommonJS build of src/index.ts,
 * loaded from a temporary folder removed when the process exits (a dependency may be loaded late).
 */
export async function builtLibrary(): Promise<Library> {
  const root = buildRoot("zfxxgk-bench-lib-");
  process.on("exit", () => rmSync(root, { recursive: true, force: true }));
  await buildFromConfig(
    root,
    (config) => Array.isArray(config.format) && config.format.includes("cjs") && !config.dts,
    { index: "src/index.ts" },
  );
  return createRequire(import.meta.url)(join(root, "dist", "index.cjs")) as Library;
}
