import { expect, test, type APIRequestContext } from "@playwright/test";
import { blockWebTiles, coverageApi } from "./helpers";

const PARAMS = { brand: "great-wall", mode: "road", threshold: "120", includePlanned: "true", year: "2025" };
const toInt = (s: string | null) => Number((s ?? "").replace(/[^\d]/g, ""));

async function plannedIds(request: APIRequestContext): Promise<Set<number>> {
  const { dealerships } = await (await request.get("/api/dealerships?brand=great-wall&status=planned")).json();
  return new Set(dealerships.map((s: { id: number }) => s.id));
}

test("suggest 3 Great Wall service centres at 120 minutes, see them on the map, adopt one and the covered vehicles rise by its gain", async ({ page }, testInfo) => {
  await blockWebTiles(page);
  await page.goto(`/map?${new URLSearchParams(PARAMS)}`);
  const covered = page.locator('[data-kpi="covered"]');
  await expect(covered).not.toHaveText("–");

  const panel = page.getByRole("region", { name: "Suggest sites" });
  await panel.getByLabel("Number of sites").fill("3");
  await panel.getByRole("button", { name: "Suggest sites" }).click();
  const rows = panel.getByRole("table", { name: "Suggested sites" }).locator("tbody tr");
  await expect(rows).toHaveCount(3);
  for (let rank = 1; rank <= 3; rank++) {
    await expect(page.getByRole("button", { name: new RegExp(`^Suggested site ${rank}: `) })).toBeVisible();
  }
  await page.screenshot({ path: testInfo.outputPath("suggestions.png") });

  const first = rows.first();
  const gain = toInt(await first.locator('[data-col="gain"]').textContent());
  const city = await first.getAttribute("data-city");
  expect(gain).toBeGreaterThan(0);
  const before = await coverageApi(page.request, PARAMS);
  expect(toInt(await covered.textContent())).toBe(before.totals.coveredVehicles);
  const plannedBefore = await plannedIds(page.request);

  await first.getByRole("button", { name: "Adopt" }).click();
  const form = page.getByRole("form", { name: "Add planned dealership" });
  await expect(form.getByLabel("City")).toHaveValue(city!);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  const after = await coverageApi(page.request, PARAMS);
  expect(after.totals.coveredVehicles - before.totals.coveredVehicles).toBe(gain);
  await expect(covered).toHaveText(after.totals.coveredVehicles.toLocaleString("en-US"));
  // the adopted suggestion is now a planned site, the other two stay suggested
  await expect(rows).toHaveCount(2);
  const adopted = [...(await plannedIds(page.request))].filter((id) => !plannedBefore.has(id));
  expect(adopted).toHaveLength(1);
  const site = (await (await page.request.get(`/api/dealerships/${adopted[0]}`)).json()).dealership;
  expect(site.city).toBe(city);
  // leave the network as this spec found it
  expect((await page.request.delete(`/api/dealerships/${adopted[0]}`)).ok()).toBe(true);
});

test("the exact solver proves its answer inside the running app; bad requests name the field", async ({ request }) => {
  const res = await request.post("/api/suggestions", {
    data: { brand: "great-wall", count: 2, objective: "mclp", mode: "road", threshold: 120, solver: "exact" },
  });
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.status).toBe("optimal");
  expect(body.gap).toBeLessThan(1e-6);
  expect(body.sites).toHaveLength(2);

  const bad = await request.post("/api/suggestions", { data: { brand: "great-wall", count: 0, objective: "maximise" } });
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).error.fields)).toEqual(expect.arrayContaining(["count", "objective"]));
  const unknown = await request.post("/api/suggestions", { data: { brand: "zaz" } });
  expect(unknown.status()).toBe(404);
});
