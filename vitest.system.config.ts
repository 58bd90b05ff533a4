import { defineConfig } from "vitest/config";

// The system checks: LibreOffice and Chromium open what the library publishes (npm run
// test:system; CI installs the programs). Never part of npm test, which needs neither.
export default defineConfig({
  test: {
    include: ["test/system/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // One file at a time: LibreOffice and Chromium are heavy, and LibreOffice's profile is one.
    fileParallelism: false,
  },
});
