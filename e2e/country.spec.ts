import { expect, test, type Page } from "@playwright/test";
import { blockWebTiles, coverageApi, isTown } from "./helpers";

// the country model on the map: district choropleth, the drive from a place to its site, town-level suggestions
const PARAMS = { brand: "great-wall", mode: "road", threshold: "120", includePlanned: "true", year: "2025" };
const PLANNER_CITIES = new Set(
  ("almaty astana shymkent aktobe karaganda taraz ust-kamenogorsk pavlodar atyrau semey kyzylorda kostanay aktau uralsk " +
    "petropavl turkistan kokshetau temirtau taldykorgan ekibastuz rudny zhezkazgan kaskelen zhanaozen kentau balkhash " +
    "satbayev kulsary konaev talgar saryagash zharkent arys aksu beyneu ridder stepnogorsk shchuchinsk lisakovsk aksai ayagoz").split(" "),
);

async function openMap(page: Page) {
  await blockWebTiles(page);
  await page.goto(`/map?${new URLSearchParams(PARAMS)}`);
  await expect(page.locator('[data-kpi="share"]')).not.toHaveText("–");
  await expect(page.locator("path.district-shape")).toHaveCount(224);
}

const fills = (page: Page) => page.locator("path.district-shape").evaluateAll((els) => els.map((e) => e.getAttribute("fill")));

test("the district map: 224 districts shaded by covered share or uncovered vehicles, credits, drive-time areas, villages on a canvas", async ({ page }) => {
  await openMap(page);
  const api = await coverageApi(page.request, PARAMS);
  expect(api.districts).toHaveLength(224);
  const byShare = await fills(page);
  // a real choropleth: fully covered and uncovered districts get different colours
  expect(new Set(byShare).size).toBeGreaterThanOrEqual(3);
  const worst = api.districtGaps[0];
  await expect(page.locator(`path.district-${worst.kato}`)).toHaveCount(1);
  // the planner can switch to uncovered vehicles
  await page.getByLabel("Districts").selectOption("uncovered");
  await expect.poll(async () => JSON.stringify(await fills(page))).not.toBe(JSON.stringify(byShare));
  // data credits in the attribution (ODbL asks for them wherever the data appears)
  await expect(page.locator(".leaflet-control-attribution")).toContainText("OpenStreetMap contributors");
  await expect(page.locator(".leaflet-control-attribution")).toContainText("geokz");
  // drive-time areas are polygons over the network, one per scenario site
  await expect(page.locator("path.reach-isochrone").first()).toBeAttached();
  // villages and district rests are drawn on a canvas, towns as SVG circles
  await expect(page.locator(".leaflet-overlay-pane canvas, .leaflet-pane canvas").first()).toBeAttached();
  await expect(page.locator("path.city-marker")).toHaveCount(api.places.filter(isTown).length);
  await page.getByLabel("Districts").selectOption("share");
  await page.screenshot({ path: "test-results/country-districts.png" });
});

test("clicking a place draws its drive to the nearest site along the roads, as /api/route answers", async ({ page }) => {
  await openMap(page);
  const api = await coverageApi(page.request, PARAMS);
  // an uncovered town far from service: its route is long and leaves the highway network
  const towns = new Set(api.places.filter(isTown).map((p) => p.id));
  const gap = api.gaps.find((g) => towns.has(g.cityId))!;
  await page.locator(`path.city-${gap.cityId}`).click();
  const route = page.locator("path.place-route");
  await expect(route).toHaveCount(1);
  const tooltip = page.locator(".route-tooltip");
  await expect(tooltip).toContainText(gap.name);
  const place = api.places.find((p) => p.id === gap.cityId)!;
  const raw = await (await page.request.get(`/api/coverage?${new URLSearchParams(PARAMS)}&inputs=true`)).json();
  const nearestSiteId = raw.cities.find((c: { id: string }) => c.id === gap.cityId).nearestSiteId;
  const site = raw.inputs.sites.find((s: { id: number }) => s.id === nearestSiteId);
  const res = await page.request.get(`/api/route?from=${place.lat},${place.lng}&to=${site.lat},${site.lng}`);
  expect(res.ok()).toBe(true);
  const body = await res.json();
  expect(body.geometry.type).toBe("LineString");
  expect(body.geometry.coordinates.length).toBeGreaterThanOrEqual(3);
  expect(body.minutes).toBeGreaterThan(Number(PARAMS.threshold));
  await expect(tooltip).toContainText(`${Math.round(body.km).toLocaleString("en-US")} km`);
  // bad coordinates: 400 naming the field
  const bad = await page.request.get(`/api/route?from=55.75,37.62&to=${site.lat},${site.lng}`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: "invalid_field", fields: { from: expect.any(Array) } });
  await page.screenshot({ path: "test-results/country-route.png" });
});

test("suggestions at town level: a suggested service centre in a place that is not one of the 41 cities", async ({ page }) => {
  await openMap(page);
  const panel = page.getByRole("region", { name: "Suggest sites" });
  await panel.getByLabel("Number of sites").fill("5");
  await panel.getByLabel("Candidate places from").selectOption("1000");
  await panel.getByRole("button", { name: "Suggest sites" }).click();
  const rows = panel.getByRole("table", { name: "Suggested sites" }).locator("tbody tr");
  await expect(rows).toHaveCount(5);
  const cities = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-city")!));
  expect(cities.some((c) => !PLANNER_CITIES.has(c))).toBe(true);
  await expect(page.getByTestId("suggest-summary")).toContainText("candidate places");
  await page.screenshot({ path: "test-results/country-suggestions.png" });
});
