import { defineConfig, devices } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS, storageStateOf } from "./e2e/auth-users";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const e2eDb = process.env.E2E_DATABASE_PATH ?? "data/e2e.db";
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "./e2e",
  // the specs share one seeded database; each makes (and removes) its own data and reads the values it
  // checks first, so none depends on another's order or ids. One worker keeps their writes apart.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results",
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    viewport: { width: 1440, height: 900 },
    // the specs assert English: the browser asks for en-US (Accept-Language), and no spec sets the
    // language cookie unless it is testing languages (e2e/i18n.spec.ts)
    locale: "en-US",
  },
  projects: [
    // signs the e2e accounts in once and saves their cookies (e2e/auth.setup.ts)
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { launchOptions: { executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] } } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: {
        ...devices["Desktop Chrome"],
        // every spec is a signed-in planner unless it says otherwise (test.use({ storageState }))
        storageState: storageStateOf("planner"),
        locale: "en-US",
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    // a throw-away database: removed, migrated and seeded, its accounts made with the users CLI
    command:
      `rm -f ${e2eDb} ${e2eDb}-wal ${e2eDb}-shm && ` +
      Object.entries(E2E_USERS)
        .map(([role, email]) => `npx tsx scripts/users.ts add --email ${email} --password ${E2E_PASSWORD} --role ${role} && `)
        .join("") +
      `npx next build && npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: { DATABASE_PATH: e2eDb, NEXT_TELEMETRY_DISABLED: "1", NEXT_PUBLIC_TILE_URL: process.env.NEXT_PUBLIC_TILE_URL ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png" },
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
  },
});
