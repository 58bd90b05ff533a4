/**
 * Global setup: builds the package once per test run, with the project's own tsup configuration,
 * into a temporary folder (never the repo's `dist/`, so that `npm pack` after `npm test` still
 * ships what `npm run build` made). Declarations are left out: no test reads them, and the
 * consumer check (`npm run check:consumer`) compiles against the packed ones.
 *
 * The folder gets a `node_modules` link to the repo's, so that the built files resolve their
 * dependencies (zod, decimal.js) as they would inside an installed package.
 */
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type Options } from "tsup";
import type { TestProject } from "vitest/node";
import configs from "../../tsup.config.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder holding the built package's `dist/` (`<distRoot>/dist/cli.js`, …). */
    distRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), "zfxxgk-build-"));
  symlinkSync(resolve("node_modules"), join(root, "node_modules"), "dir");
  for (const config of configs as Options[]) {
    if (typeof config.dts === "object" && config.dts.only) continue;
    await build({
      ...config,
      config: false,
      silent: true,
      outDir: join(root, config.outDir ?? "dist"),
    });
  }
  project.provide("distRoot", root);
  return () => rmSync(root, { recursive: true, force: true });
}
