import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects: "quick" is the loop a developer runs after every change (npm run test:unit); "slow"
// holds the tests that take seconds each — the exact solver (HiGHS) on random instances, time limits
// and aborts, child processes killed mid-write, concurrent writers, the optimiser CLI — named
// *.slow.test.ts and run by npm run test:slow. npm test runs both.
const TEST_DIRS = ["lib", "db", "scripts", "app", "test"];
const SLOW = "**/*.slow.test.ts";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    environment: "node",
    // the server-only guard throws outside React Server Components; tests import db/ directly
    alias: { "server-only": path.resolve(__dirname, "test/server-only-stub.ts") },
    testTimeout: 30000,
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest.json" },
    projects: [
      {
        extends: true,
        test: { name: "quick", include: TEST_DIRS.map((d) => `${d}/**/*.test.ts`), exclude: [SLOW, "**/node_modules/**"], isolate: false },
      },
      {
        extends: true,
        test: { name: "slow", include: TEST_DIRS.map((d) => `${d}/${SLOW}`) },
      },
    ],
  },
});
