import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // LibreOffice and Chromium checks: npm run test:system (vitest.system.config.ts).
    exclude: [...configDefaults.exclude, "test/system/**"],
    // Builds the package into a temporary folder for the tests that run the built files.
    globalSetup: ["test/setup/build.ts"],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    testTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/**"],
      // Enforced whenever coverage runs (CI: npm test -- --coverage).
      thresholds: { lines: 90, branches: 90 },
    },
  },
});
