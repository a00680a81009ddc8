import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    // the server-only guard throws outside React Server Components; tests import db/ directly
    alias: { "server-only": path.resolve(__dirname, "test/server-only-stub.ts") },
    testTimeout: 30000,
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest.json" },
  },
});
