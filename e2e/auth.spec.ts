// Issue 14: sign-in, roles and accountability against the built server. The accounts are made by
// the users CLI before the server starts (playwright.config.ts); this file's own extra accounts too.
import { execFileSync } from "node:child_process";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS, storageStateOf } from "./auth-users";
import { blockWebTiles } from "./helpers";

const E2E_DB = process.env.E2E_DATABASE_PATH ?? "data/e2e.db";

/** `npm run users -- ...` on the e2e database (the server's); its output. */
function usersCli(...args: string[]): string {
  return execFileSync("npx", ["tsx", "scripts/users.ts", ...args], { env: { ...process.env, DATABASE_PATH: E2E_DB }, encoding: "utf8" });
}

async function apiAs(baseURL: string | undefined, who: "signed-out" | keyof typeof E2E_USERS): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: who === "signed-out" ? undefined : storageStateOf(who) });
}

const SITE = { brand: "hongqi", city: "taraz", lat: 42.9, lng: 71.37, status: "planned", plannedQuarter: "2026-Q4", sales: true, service: true, parts: true, serviceBays: 2 };

/** Every write route handler, with a body it would accept from a planner. */
const WRITES: { name: string; method: "post" | "patch" | "delete" | "put"; path: string; data?: string; type?: string }[] = [
  { name: "create a dealership", method: "post", path: "/api/dealerships", data: JSON.stringify({ ...SITE, name: "Auth probe" }), type: "application/json" },
  { name: "edit a dealership", method: "patch", path: "/api/dealerships/1", data: JSON.stringify({ serviceBays: 3 }), type: "application/json" },
  { name: "delete a dealership", method: "delete", path: "/api/dealerships/1" },
  { name: "set a vehicle-park cell", method: "put", path: "/api/vehicle-park", data: JSON.stringify({ city: "almaty", brand: "haval", year: 2025, vehicles: 5 }), type: "application/json" },
  { name: "import dealerships", method: "post", path: "/api/import/dealerships?dryRun=false", data: "brand,name,city,lat,lng,status\n", type: "text/csv" },
  { name: "import the vehicle park", method: "post", path: "/api/import/vehicle-park?dryRun=false", data: "city,brand,year,vehicles\nAlmaty,haval,2025,1\n", type: "text/csv" },
  { name: "create a scenario", method: "post", path: "/api/scenarios", data: JSON.stringify({ name: "Auth probe plan" }), type: "application/json" },
  { name: "run the exact solver", method: "post", path: "/api/suggestions", data: JSON.stringify({ brand: "great-wall", count: 1, objective: "mclp", solver: "exact", timeLimitSeconds: 5 }), type: "application/json" },
];

const READS = [
  "/api/dealerships", "/api/dealerships/1", "/api/vehicle-park?year=2025", "/api/coverage?brand=great-wall", "/api/basemap",
  "/api/export/dealerships.csv", "/api/export/vehicle-park.geojson", "/api/reports/coverage.csv?brand=great-wall",
  // the country model's reads: district outlines, drive-time areas, a drive (Almaty to Konaev)
  "/api/districts", "/api/isochrones?brand=great-wall&mode=road", "/api/route?from=43.24,76.95&to=43.87,77.07",
  "/api/scenarios",
];

test.describe("the API without credentials and as a viewer", () => {
  for (const w of WRITES) {
    test(`${w.name}: 401 signed out, 403 as a viewer, nothing changed`, async ({ baseURL }) => {
      const before = await (await (await apiAs(baseURL, "planner")).get("/api/dealerships")).json();
      for (const [who, status, code] of [["signed-out", 401, "unauthorized"], ["viewer", 403, "forbidden"]] as const) {
        const api = await apiAs(baseURL, who);
        const res = await api[w.method](w.path, { data: w.data, headers: w.type ? { "Content-Type": w.type } : {} });
        expect(res.status(), `${who} ${w.method} ${w.path}`).toBe(status);
        expect((await res.json()).error.code).toBe(code);
        await api.dispose();
      }
      const after = await (await (await apiAs(baseURL, "planner")).get("/api/dealerships")).json();
      expect(after.dealerships.length).toBe(before.dealerships.length);
    });
  }

  test("every read answers 401 signed out and 200 to a viewer; /api/health stays open", async ({ baseURL }) => {
    const out = await apiAs(baseURL, "signed-out");
    const viewer = await apiAs(baseURL, "viewer");
    for (const path of READS) {
      const res = await out.get(path);
      expect(res.status(), path).toBe(401);
      expect((await res.json()).error.code).toBe("unauthorized");
      expect((await viewer.get(path)).status(), path).toBe(200);
    }
    expect((await out.get("/api/health")).status()).toBe(200);
    // a forged session cookie is no credential
    const forged = await out.get("/api/dealerships", { headers: { Cookie: "better-auth.session_token=forged.value" } });
    expect(forged.status()).toBe(401);
  });

  test("a viewer may ask for greedy suggestions but not run the exact solver", async ({ baseURL }) => {
    const viewer = await apiAs(baseURL, "viewer");
    const greedy = await viewer.post("/api/suggestions", { data: { brand: "great-wall", count: 2, objective: "mclp", solver: "greedy" } });
    expect(greedy.status()).toBe(200);
    expect((await greedy.json()).sites).toHaveLength(2);
  });
});

test("an API token from the CLI works as a Bearer credential until revoked", async ({ baseURL }) => {
  const token = usersCli("token", "--email", E2E_USERS.viewer).trim().split("\n").at(-1)!;
  expect(token).toMatch(/^kzp_/);
  const api = await playwrightRequest.newContext({ baseURL });
  const withToken = () => api.get("/api/dealerships", { headers: { Authorization: `Bearer ${token}` } });
  expect((await withToken()).status()).toBe(200);
  const write = await api.post("/api/dealerships", { headers: { Authorization: `Bearer ${token}` }, data: { ...SITE, name: "Token probe" } });
  expect(write.status()).toBe(403);
  usersCli("revoke-tokens", "--email", E2E_USERS.viewer);
  expect((await withToken()).status()).toBe(401);
});

test.describe("sign-in limits", () => {
  const attempt = (api: APIRequestContext, email: string, address: string) =>
    api.post("/api/auth/sign-in/email", { data: { email, password: "wrong-password" }, headers: { "X-Forwarded-For": address } });

  test("after 10 failed sign-ins for one account in a minute, the 11th answers 429, even from new addresses", async ({ baseURL }) => {
    const api = await apiAs(baseURL, "signed-out");
    const email = `brute-${Date.now()}@e2e.test`;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt(api, email, `10.70.${i}.${Date.now() % 200}`)).status());
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const body = await (await attempt(api, email, "10.71.0.1")).json();
    expect(body.error.code).toBe("rate_limited");
  });

  test("after 10 failed sign-ins from one address, that address gets 429 for any account", async ({ baseURL }) => {
    const api = await apiAs(baseURL, "signed-out");
    const address = `10.72.${Date.now() % 200}.9`;
    for (let i = 0; i < 10; i++) expect((await attempt(api, `guess-${i}-${Date.now()}@e2e.test`, address)).status()).toBe(401);
    const blocked = await api.post("/api/auth/sign-in/email", { data: { email: E2E_USERS.planner, password: E2E_PASSWORD }, headers: { "X-Forwarded-For": address } });
    expect(blocked.status()).toBe(429);
  });
});

test.describe("signed-out visitors", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("every page leads to /login, which has Email, Password and Sign in; /setup is gone", async ({ page }) => {
    for (const path of ["/", "/map", "/dealerships", "/admin/users"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
    }
    await expect(page.getByLabel("Email")).toBeVisible();
    await expect(page.getByLabel("Password")).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await page.goto("/setup");
    await expect(page).toHaveURL(/\/login$/);
  });

  test("a wrong password is refused with a message; the right one leads back to the page asked for; Sign out ends it", async ({ page }) => {
    await page.goto("/dealerships");
    await page.getByLabel("Email").fill(E2E_USERS.viewer);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("Wrong email or password");
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dealerships$/);
    await expect(page.getByTestId("signed-in-as")).toContainText(`${E2E_USERS.viewer} (viewer)`);
    // the header's sign-out ends this session (only this one: the saved viewer session stays valid)
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login$/);
    expect((await page.request.get("/api/dealerships")).status()).toBe(401);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("sees the data but no edit controls, and no Users page", async ({ page }) => {
    await blockWebTiles(page);
    await page.goto("/dealerships");
    await expect(page.getByTestId("signed-in-as")).toContainText("(viewer)");
    await expect(page.locator("tbody tr").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "New dealership" })).toBeHidden();
    await expect(page.getByRole("link", { name: /^Edit / }).first()).toBeHidden();
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
    await page.goto("/map?brand=great-wall");
    await expect(page.locator("path.country-kz")).toHaveCount(1);
    await expect(page.getByRole("button", { name: "Add planned dealership" })).toBeHidden();
    const res = await page.goto("/admin/users");
    expect(res?.status()).toBe(404);
  });

  test("a server action (a vehicle-park cell) is refused by the server: 403 message, nothing saved", async ({ page, baseURL }) => {
    await page.goto("/vehicle-park");
    await expect(page.getByTestId("park-status")).toHaveAttribute("data-hydrated", "true");
    const cell = page.locator("input[data-row='0'][data-col='0']");
    const before = await cell.inputValue();
    await cell.fill(String(Number(before || "0") + 7));
    await cell.press("Enter");
    await expect(page.getByTestId("park-status")).toContainText("This needs the planner role.");
    await page.reload();
    await expect(page.locator("input[data-row='0'][data-col='0']")).toHaveValue(before);
    expect(baseURL).toBeTruthy();
  });
});

test.describe("as a planner", () => {
  test("sees the edit controls but not the Users page; their change is signed with their email", async ({ page, request }) => {
    await page.goto("/dealerships");
    await expect(page.getByTestId("signed-in-as")).toContainText(`${E2E_USERS.planner} (planner)`);
    await expect(page.getByRole("link", { name: "New dealership" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
    const res = await request.post("/api/dealerships", { data: { ...SITE, name: `Signed ${Date.now()}` } });
    expect(res.status()).toBe(201);
    const { dealership } = await res.json();
    await page.goto(`/dealerships/${dealership.id}`);
    await expect(page.getByRole("table").filter({ hasText: "create" })).toContainText(E2E_USERS.planner);
    expect((await request.delete(`/api/dealerships/${dealership.id}`)).status()).toBe(200);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("lists users, changes a role, and disabling a user ends their session at once", async ({ page, browser, baseURL }) => {
    const email = `temp-${Date.now()}@e2e.test`;
    usersCli("add", "--email", email, "--password", E2E_PASSWORD, "--role", "viewer");
    // the temporary user signs in in a browser of their own
    const theirs = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const them = await theirs.newPage();
    await them.goto("/login");
    await them.getByLabel("Email").fill(email);
    await them.getByLabel("Password").fill(E2E_PASSWORD);
    await them.getByRole("button", { name: "Sign in" }).click();
    await expect(them.getByTestId("signed-in-as")).toContainText(`${email} (viewer)`);

    await page.goto("/admin/users");
    for (const e of Object.values(E2E_USERS)) await expect(page.locator(`tr[data-user="${e}"]`)).toBeVisible();
    await page.getByLabel(`Role of ${email}`).selectOption("planner");
    await expect(page.getByRole("status")).toContainText(`${email} is now planner.`);
    await them.reload();
    await expect(them.getByTestId("signed-in-as")).toContainText(`${email} (planner)`);

    await page.getByRole("button", { name: `Disable ${email}` }).click();
    await expect(page.locator(`tr[data-user="${email}"]`)).toContainText("disabled");
    expect((await them.request.get("/api/dealerships")).status()).toBe(401);
    await them.goto("/dealerships");
    await expect(them).toHaveURL(/\/login/);
    // and cannot sign in again
    await them.getByLabel("Email").fill(email);
    await them.getByLabel("Password").fill(E2E_PASSWORD);
    await them.getByRole("button", { name: "Sign in" }).click();
    await expect(them.locator("form").getByRole("alert")).toBeVisible();
    await expect(them).toHaveURL(/\/login/);
    await theirs.close();
  });
});
