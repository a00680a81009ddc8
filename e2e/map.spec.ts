import { expect, test, type Page } from "@playwright/test";
import { blockWebTiles, coverageApi, isTown, shareText, type CoverageJson } from "./helpers";

/** The uncovered town with the most uncovered vehicles (towns are the SVG circles a planner can hover). */
const topTownGap = (api: CoverageJson) => {
  const towns = new Set(api.places.filter(isTown).map((p) => p.id));
  return api.gaps.find((g) => towns.has(g.cityId))!;
};

const PARAMS = { brand: "great-wall", mode: "road", threshold: "120", includePlanned: "true", year: "2025" };
const MAP_URL = `/map?${new URLSearchParams(PARAMS)}`;

async function openMap(page: Page) {
  await blockWebTiles(page);
  await page.goto(MAP_URL);
  await expect(page.locator("path.country-kz")).toHaveCount(1);
  await expect(page.locator('[data-kpi="share"]')).not.toHaveText("–");
}

const sidebarShare = (page: Page) => page.locator('[data-kpi="share"]');

// One serial group: the site this spec adds in one test is dragged and deleted by the next ones; it
// never relies on data another spec made, and removes its site even when a step fails.
test.describe.serial("planner map", () => {
  let createdId: number | null = null;

  test.afterAll(async ({ request }) => {
    if (createdId !== null) await request.delete(`/api/dealerships/${createdId}`);
  });

  test("renders Kazakhstan offline with Great Wall's sites, the planned openings and the gaps", async ({ page }, testInfo) => {
    const open = (await (await page.request.get("/api/dealerships?brand=great-wall&status=open")).json()).dealerships;
    expect(open.length).toBeGreaterThan(0);
    await openMap(page);
    // offline base layer: Kazakhstan and its neighbours, the highways, the cities
    expect(await page.locator("path.country-neighbour").count()).toBeGreaterThanOrEqual(5);
    await expect(page.getByRole("button", { name: "Haval Almaty West (planned 2024-Q3)" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Haval Astana South (planned 2024-Q3)" })).toBeVisible();
    // every open site: single markers plus the ones inside "N sites: a; b; …" clusters
    const singles = await page.getByRole("button", { name: /\(open\)$/ }).count();
    const clustered = await page.getByRole("button", { name: /^\d+ sites: / }).evaluateAll((els) =>
      els.reduce((n, e) => n + Number(e.getAttribute("title")!.split(" ")[0]), 0),
    );
    expect(singles + clustered).toBe(open.length);
    expect(clustered).toBeGreaterThan(0);
    // no broken default marker image anywhere
    await expect(page.locator("img.leaflet-marker-icon")).toHaveCount(0);
    // the web tile layer was tried, failed, and is switched off: the offline base turns opaque and carries the map
    await expect(page.getByTestId("tiles-offline")).toBeVisible();
    await expect(page.locator("img.leaflet-tile")).toHaveCount(0);
    await expect(page.locator("path.country-kz")).toHaveAttribute("fill-opacity", "1");

    const api = await coverageApi(page.request, PARAMS);
    // towns and cities as SVG circles, as many as the API's town rows (villages are on a canvas)
    await expect(page.locator("path.city-marker")).toHaveCount(api.places.filter(isTown).length);
    await expect(sidebarShare(page)).toHaveText(shareText(api.totals.shareCovered));
    // the gaps list ranks districts by uncovered vehicles (was cities in the 41-city model)
    const gaps = page.getByRole("list", { name: "Top coverage gaps" }).locator("li");
    await expect(gaps).toHaveCount(Math.min(10, api.districtGaps.length));
    await expect(gaps.first()).toContainText(api.districtGaps[0].name);
    await expect(gaps.first()).toContainText(api.districtGaps[0].places[0].name);
    const town = topTownGap(api);
    await expect(page.locator(`path.city-${town.cityId}.is-uncovered`)).toHaveCount(1);

    // a city tooltip tells the planner the vehicles and the nearest service
    await page.locator(`path.city-${town.cityId}`).hover();
    await expect(page.locator(".city-tooltip")).toContainText(town.name);
    await expect(page.locator(".city-tooltip")).toContainText("not covered");

    await page.screenshot({ path: testInfo.outputPath("map-coverage.png") });
    await page.screenshot({ path: "test-results/map-coverage.png" });

    // clicking a gap flies the map to that district: its outline then spans the map's centre
    const kato = api.districtGaps[1].kato;
    await page.locator(`[data-gap="${kato}"]`).click();
    const mapBox = (await page.getByTestId("planner-map").boundingBox())!;
    await expect(async () => {
      const d = (await page.locator(`path.district-${kato}`).boundingBox())!;
      const cx = mapBox.x + mapBox.width / 2;
      const cy = mapBox.y + mapBox.height / 2;
      expect(d.x <= cx && cx <= d.x + d.width && d.y <= cy && cy <= d.y + d.height).toBe(true);
    }).toPass({ timeout: 5000 });
  });

  test("an invalid form shows field errors and saves nothing", async ({ page }) => {
    await openMap(page);
    const before = (await (await page.request.get("/api/dealerships")).json()).dealerships.length;
    await page.getByRole("button", { name: "Add planned dealership" }).click();
    const form = page.getByRole("form", { name: "Add planned dealership" });
    await form.getByLabel("Service bays").fill("-3");
    await form.getByLabel("Target quarter").selectOption("");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.locator('[data-field-error="serviceBays"]')).toContainText("negative");
    await expect(form.locator('[data-field-error="plannedQuarter"]')).toContainText("quarter");
    const after = (await (await page.request.get("/api/dealerships")).json()).dealerships.length;
    expect(after).toBe(before);
  });

  test("adding a planned site at a gap city by clicking the map raises the covered share by what the API reports", async ({ page }) => {
    await openMap(page);
    const before = await coverageApi(page.request, PARAMS);
    const gap = topTownGap(before);
    const plannedBefore = new Set(
      (await (await page.request.get("/api/dealerships?brand=great-wall&status=planned")).json()).dealerships.map((s: { id: number }) => s.id),
    );
    await expect(sidebarShare(page)).toHaveText(shareText(before.totals.shareCovered));

    await page.locator(`path.city-${gap.cityId}`).click();
    const form = page.getByRole("form", { name: "Add planned dealership" });
    await expect(form.getByLabel("City")).toHaveValue(gap.cityId);
    await form.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");

    const after = await coverageApi(page.request, PARAMS);
    // the town's own vehicles, plus villages around it the new site reaches too
    const wasCovered = new Set(before.places.filter((p) => p.covered).map((p) => p.id));
    const newly = after.places.filter((p) => p.covered && !wasCovered.has(p.id)).reduce((s, p) => s + p.vehicles, 0);
    expect(after.totals.coveredVehicles - before.totals.coveredVehicles).toBe(newly);
    expect(newly).toBeGreaterThanOrEqual(gap.uncoveredVehicles);
    await expect(sidebarShare(page)).toHaveText(shareText(after.totals.shareCovered));
    expect(after.totals.shareCovered).toBeGreaterThan(before.totals.shareCovered);

    const sites = (await (await page.request.get("/api/dealerships?brand=great-wall&status=planned")).json()).dealerships;
    const created = sites.find((s: { id: number }) => !plannedBefore.has(s.id));
    expect(created).toBeTruthy();
    expect(created.city).toBe(gap.cityId);
    createdId = created.id;

    await page.reload();
    await expect(page.getByRole("button", { name: `${created.name} (planned ${created.plannedQuarter})` })).toBeVisible();
  });

  test("dragging a planned site changes the KPIs live and saves the move", async ({ page }) => {
    expect(createdId).not.toBeNull();
    await openMap(page);
    const site = (await (await page.request.get(`/api/dealerships/${createdId}`)).json()).dealership;
    const shareBefore = await sidebarShare(page).textContent();
    const marker = page.getByRole("button", { name: `${site.name} (planned ${site.plannedQuarter})` });
    const box = (await marker.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // far west into the steppe: the city loses its only nearby service
    await page.mouse.move(box.x - 120, box.y + 60, { steps: 12 });
    await expect(page.locator(".kpi-panel.is-live")).toBeVisible();
    await expect(sidebarShare(page)).not.toHaveText(shareBefore!);
    await page.mouse.up();
    await expect(page.getByRole("status")).toContainText("Moved");

    const moved = (await (await page.request.get(`/api/dealerships/${createdId}`)).json()).dealership;
    expect(moved.lng).toBeLessThan(site.lng);
    const api = await coverageApi(page.request, PARAMS);
    await expect(page.locator(".kpi-panel.is-live")).toHaveCount(0);
    await expect(sidebarShare(page)).toHaveText(shareText(api.totals.shareCovered));
  });

  test("deleting a site from its popup asks for confirmation and removes it", async ({ page }) => {
    expect(createdId).not.toBeNull();
    await openMap(page);
    const site = (await (await page.request.get(`/api/dealerships/${createdId}`)).json()).dealership;
    const marker = page.getByRole("button", { name: `${site.name} (planned ${site.plannedQuarter})` });
    await marker.click();
    let asked = "";
    page.once("dialog", (d) => {
      asked = d.message();
      void d.accept();
    });
    await page.locator(`.site-popup[data-site-id="${createdId}"]`).getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("status")).toContainText("Deleted");
    expect(asked).toContain(site.name);
    await expect(marker).toHaveCount(0);
    expect((await page.request.get(`/api/dealerships/${createdId}`)).status()).toBe(404);
    createdId = null;
  });
});
