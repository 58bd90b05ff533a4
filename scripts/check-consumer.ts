// npm run check:consumer — the package as its users get it, checked from outside the repo:
//
// 1. `npm pack` (which runs the `prepare` build) and a git install (`git+file://` of HEAD, which
//    builds in a fresh clone) both give a package that imports and runs in ESM and in CommonJS.
// 2. The README's tour and the vitest matcher compile in a strict consumer (`--strict
//    --exactOptionalPropertyTypes`, `skipLibCheck: false`) under node16, bundler and node10
//    resolution, with this repo's TypeScript and with TypeScript 5.0, the documented minimum.
// 3. webpack 4 (what many government front ends still build with) bundles `validate` and `toJSON`
//    from the packed package, and the bundle runs.
//
// Needs the npm registry (the consumers install the tarball's dependencies, TypeScript 5.0 and
// webpack 4). Every folder is temporary. Exits non-zero on the first failure.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";

const repo = resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
  name: string;
  devDependencies: Record<string, string>;
};
const work = mkdtempSync(join(tmpdir(), "zfxxgk-consumer-"));
const keep = process.env["KEEP_CONSUMER"] === "1";

function sh(cwd: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  console.log(`$ (${cwd.replace(work, "<tmp>")}) ${command} ${args.join(" ")}`);
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, ...env },
    });
  } catch (error) {
    // Show what the command printed (tsc and webpack report on standard output), then stop.
    console.error(String((error as { stdout?: unknown }).stdout ?? ""));
    throw new Error(`failed: ${command} ${args.join(" ")}`);
  }
}

const npmInstall = (cwd: string, specs: readonly string[]) =>
  sh(cwd, "npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...specs]);

function consumer(name: string, type: "module" | "commonjs"): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, type }));
  return dir;
}

/** The README's tour: its first TypeScript block, which imports from the package. */
function readmeTour(): string {
  const readme = readFileSync(join(repo, "README.md"), "utf8");
  const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block?.includes(`from "${pkg.name}"`)) throw new Error("README: no tour block found");
  return block;
}

const matcher = `import "${pkg.name}/vitest";
import { expect } from "vitest";
import { createReport } from "${pkg.name}";

const { report } = createReport({ template: "2021", year: 2022, agency: "某镇人民政府" });
expect(report).toBeConsistentReport({ failOn: "error" });
`;

const schema = `import { jsonSchema, reportSchema } from "${pkg.name}/schema";
import { createReport, toJSON } from "${pkg.name}";

const built = createReport({ template: "2019", year: 2020, agency: "某镇人民政府" });
const ok: boolean = built.ok && reportSchema("2019").safeParse(toJSON(built.report)).success;
const draft: unknown = jsonSchema()["$schema"];
console.log(ok, draft);
`;

const word = `import { parseDocx, type ParseResult } from "${pkg.name}/docx";

async function isReport(bytes: Uint8Array | ArrayBuffer): Promise<boolean> {
  const result: ParseResult = await parseDocx(bytes, { locale: "en" });
  return result.ok && result.report?.template === "2021";
}
isReport(new Uint8Array([1, 2, 3])).then((ok) => console.log(ok));
`;

// A CommonJS consumer that requires the package (what \`import\` compiles to in a .cts file).
const requireSmoke = `const lib = require("${pkg.name}");
const { report } = lib.createReport({ template: "2021", year: 2022, agency: "某镇人民政府",
  applications: { newlyReceived: { naturalPerson: 1 }, disclosed: { naturalPerson: 1 } } });
const json = lib.toJSON(report);
if (json.applications.totalHandled.total !== 1) throw new Error("CommonJS: wrong total");
const again = lib.fromJSON(JSON.stringify(json)).report;
if (again.applications.totalHandled.total !== 1) throw new Error("CommonJS: fromJSON lost a cell");
require.resolve("${pkg.name}/vitest");
require("${pkg.name}/docx").parseDocx(new Uint8Array([1, 2, 3])).then((result) => {
  if (result.findings[0].code !== "SOURCE_UNREADABLE") throw new Error("CommonJS: parseDocx");
  console.log("CommonJS require: ok");
});
`;

/** Runs the tour (its types stripped by TypeScript) and the CommonJS smoke test in an install. */
function runInstalled(dir: string, label: string): void {
  const tour = ts.transpileModule(readmeTour(), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  writeFileSync(join(dir, "tour.mjs"), tour);
  sh(dir, process.execPath, ["tour.mjs"]);
  writeFileSync(join(dir, "smoke.cjs"), requireSmoke);
  sh(dir, process.execPath, ["smoke.cjs"]);
  console.log(`${label}: ESM tour and CommonJS require run`);
}

const STRICT = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  noEmit: true,
  target: "ES2022",
  lib: ["ES2022", "DOM"],
  // No `types`: as by default, the consumer's TypeScript loads every @types package installed in
  // its project, those our dependencies bring along included (docx 9's @types/node 26 broke
  // TypeScript 5.0 that way until docx was inlined).
};

/**
 * The three resolution modes: compiler options and the files each compiles. Under node10 only the
 * root entry and `./docx` (through its stub folder's package.json) are compiled: vitest 4's own
 * declarations import subpaths (`vite/module-runner`) that node10 cannot resolve, and zod's need
 * `esModuleInterop`; that `./vitest` and `./schema` resolve to our declarations under node10 is
 * checked by attw (`npm run check:package`).
 */
const modes = {
  node16: {
    options: { module: "node16", moduleResolution: "node16" },
    files: {
      "tour.mts": readmeTour(),
      "tour.cts": readmeTour(),
      "matcher.mts": matcher,
      "schema.mts": schema,
      "schema.cts": schema,
      "docx.mts": word,
      "docx.cts": word,
    },
  },
  bundler: {
    options: { module: "esnext", moduleResolution: "bundler" },
    files: {
      "tour.ts": readmeTour(),
      "matcher.ts": matcher,
      "schema.ts": schema,
      "docx.ts": word,
    },
  },
  node10: {
    options: { module: "commonjs", moduleResolution: "node10" },
    files: { "tour.ts": readmeTour(), "docx.ts": word },
  },
} as const;

/**
 * Compiles the consumer files of each mode with a TypeScript. `rootOnly` keeps the README's tour
 * and the `./docx` consumer (its types are the root's):
 * with TypeScript 5.0 the `./vitest` and `./schema` entries are out of reach whatever we ship,
 * since vitest 4's and zod 4's own declarations need newer TypeScript (`NoInfer` is 5.4).
 */
function compileStrict(dir: string, tsc: string, label: string, rootOnly = false): void {
  for (const [mode, { options, files: all }] of Object.entries(modes)) {
    const files = Object.fromEntries(
      Object.entries(all).filter(
        ([name]) => !rootOnly || name.startsWith("tour.") || name.startsWith("docx."),
      ),
    );
    const modeDir = join(dir, `strict-${mode}`);
    mkdirSync(modeDir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(modeDir, name), text);
    writeFileSync(
      join(modeDir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { ...STRICT, ...options }, files: Object.keys(files) }),
    );
    sh(modeDir, process.execPath, [tsc, "-p", "tsconfig.json"]);
    console.log(`${label}: strict consumer compiles under ${mode}`);
  }
}

function packed(): string {
  sh(repo, "npm", ["pack", "--pack-destination", work]);
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack made no tarball");
  const listing = sh(work, "tar", ["-tzf", tarball]);
  // The guides the README names (`docs/reading.md`, …) are read from node_modules too.
  const guides = [...readFileSync(join(repo, "README.md"), "utf8").matchAll(/docs\/[\w-]+\.md/g)];
  const files = ["dist/esm/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/cli.js"];
  for (const file of [...files, ...new Set(guides.map((match) => match[0]))]) {
    if (!listing.includes(`package/${file}`)) throw new Error(`the tarball lacks ${file}`);
  }
  return join(work, tarball);
}

function webpack4(tarball: string): void {
  const dir = consumer("webpack4", "commonjs");
  npmInstall(dir, [tarball, "webpack@^4.47.0", "webpack-cli@^3.3.12"]);
  writeFileSync(
    join(dir, "entry.js"),
    `import { createReport, toJSON, validate } from "${pkg.name}";
const { report } = createReport({ template: "2021", year: 2022, agency: "某镇人民政府" });
const json = toJSON(report);
console.log(JSON.stringify({ template: json.template, findings: validate(json).findings.length }));
`,
  );
  // webpack 4 hashes with md4, which Node 17+ offers only through OpenSSL's legacy provider.
  sh(
    dir,
    process.execPath,
    [
      "node_modules/webpack-cli/bin/cli.js",
      "./entry.js",
      "--mode",
      "production",
      "--output-path",
      "dist",
      "--output-filename",
      "main.js",
    ],
    { NODE_OPTIONS: "--openssl-legacy-provider" },
  );
  const out = sh(dir, process.execPath, ["dist/main.js"]);
  if (!out.includes('"template":"2021"')) throw new Error(`webpack 4 bundle printed ${out}`);
  console.log("webpack 4: bundles and runs");
}

function gitInstall(): void {
  const status = sh(repo, "git", ["status", "--porcelain", "--untracked-files=no"]);
  if (status.trim() !== "") console.log("note: the git install takes HEAD, not the work tree");
  const dir = consumer("git-install", "module");
  npmInstall(dir, [`git+file://${repo}#${sh(repo, "git", ["rev-parse", "HEAD"]).trim()}`]);
  runInstalled(dir, "git install");
}

try {
  const tarball = packed();

  const fromTarball = consumer("tarball", "module");
  npmInstall(fromTarball, [tarball, `vitest@${pkg.devDependencies["vitest"]}`]);
  runInstalled(fromTarball, "npm pack");
  compileStrict(fromTarball, join(repo, "node_modules/typescript/bin/tsc"), "TypeScript (repo)");

  const oldest = consumer("typescript-5.0", "module");
  npmInstall(oldest, [tarball, "typescript@5.0.4"]);
  compileStrict(oldest, join(oldest, "node_modules/typescript/bin/tsc"), "TypeScript 5.0", true);

  webpack4(tarball);
  gitInstall();
  console.log("consumer checks: all passed");
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
