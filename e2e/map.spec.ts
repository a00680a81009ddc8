import { expect, test, type Page } from "@playwright/test";
import { blockWebTiles, coverageApi, shareText } from "./helpers";

const PARAMS = { brand: "great-wall", mode: "road", threshold: "120", includePlanned: "true", year: "2025" };
const MAP_URL = `/map?${new URLSearchParams(PARAMS)}`;

async function openMap(page: Page) {
  await blockWebTiles(page);
  await page.goto(MAP_URL);
  await expect(page.locator("path.country-kz")).toHaveCount(1);
  await expect(page.locator('[data-kpi="share"]')).not.toHaveText("–");
}

const sidebarShare = (page: Page) => page.locator('[data-kpi="share"]');

test.describe.serial("planner map", () => {
  let createdId: number | null = null;

  test("renders Kazakhstan offline with Great Wall's sites, the planned openings and the gaps", async ({ page }, testInfo) => {
    await openMap(page);
    // offline base layer: Kazakhstan and its neighbours, the highways, the cities
    expect(await page.locator("path.country-neighbour").count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator("path.city-marker")).toHaveCount(41);
    await expect(page.getByRole("button", { name: "Haval Almaty West (planned 2024-Q3)" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Haval Astana South (planned 2024-Q3)" })).toBeVisible();
    // 28 open sites: single markers plus the ones inside "N sites: a; b; …" clusters
    const singles = await page.getByRole("button", { name: /\(open\)$/ }).count();
    const clustered = await page.getByRole("button", { name: /^\d+ sites: / }).evaluateAll((els) =>
      els.reduce((n, e) => n + Number(e.getAttribute("title")!.split(" ")[0]), 0),
    );
    expect(singles + clustered).toBe(28);
    expect(clustered).toBeGreaterThan(0);
    // no broken default marker image anywhere
    await expect(page.locator("img.leaflet-marker-icon")).toHaveCount(0);
    // the web tile layer was tried, failed, and is switched off: the offline base turns opaque and carries the map
    await expect(page.getByTestId("tiles-offline")).toBeVisible();
    await expect(page.locator("img.leaflet-tile")).toHaveCount(0);
    await expect(page.locator("path.country-kz")).toHaveAttribute("fill-opacity", "1");

    const api = await coverageApi(page.request, PARAMS);
    await expect(sidebarShare(page)).toHaveText(shareText(api.totals.shareCovered));
    const gaps = page.getByRole("list", { name: "Top coverage gaps" }).locator("li");
    await expect(gaps).toHaveCount(Math.min(10, api.gaps.length));
    await expect(gaps.first()).toContainText(api.gaps[0].name);
    await expect(page.locator(`path.city-${api.gaps[0].cityId}.is-uncovered`)).toHaveCount(1);

    // a city tooltip tells the planner the vehicles and the nearest service
    await page.locator(`path.city-${api.gaps[0].cityId}`).hover();
    await expect(page.locator(".city-tooltip")).toContainText(api.gaps[0].name);
    await expect(page.locator(".city-tooltip")).toContainText("not covered");

    await page.screenshot({ path: testInfo.outputPath("map-coverage.png") });
    await page.screenshot({ path: "test-results/map-coverage.png" });

    // clicking a gap flies the map to that city: its circle ends up near the map's centre
    await page.locator(`[data-gap="${api.gaps[1].cityId}"]`).click();
    const mapBox = (await page.getByTestId("planner-map").boundingBox())!;
    await expect(async () => {
      const c = (await page.locator(`path.city-${api.gaps[1].cityId}`).boundingBox())!;
      expect(Math.abs(c.x + c.width / 2 - (mapBox.x + mapBox.width / 2))).toBeLessThan(40);
      expect(Math.abs(c.y + c.height / 2 - (mapBox.y + mapBox.height / 2))).toBeLessThan(40);
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
    const gap = before.gaps[0];
    await expect(sidebarShare(page)).toHaveText(shareText(before.totals.shareCovered));

    await page.locator(`path.city-${gap.cityId}`).click();
    const form = page.getByRole("form", { name: "Add planned dealership" });
    await expect(form.getByLabel("City")).toHaveValue(gap.cityId);
    await form.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");

    const after = await coverageApi(page.request, PARAMS);
    expect(after.totals.coveredVehicles - before.totals.coveredVehicles).toBe(gap.uncoveredVehicles);
    await expect(sidebarShare(page)).toHaveText(shareText(after.totals.shareCovered));
    expect(after.totals.shareCovered).toBeGreaterThan(before.totals.shareCovered);

    const sites = (await (await page.request.get("/api/dealerships?brand=great-wall&status=planned")).json()).dealerships;
    const created = sites.find((s: { city: string }) => s.city === gap.cityId);
    expect(created).toBeTruthy();
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
  });
});
