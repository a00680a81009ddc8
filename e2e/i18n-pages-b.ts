// The map, planner, report and scenario pages for e2e/i18n.spec.ts (see I18nPage in i18n-pages.ts).
import { expect, type Page } from "@playwright/test";
import { coverageApi, isTown } from "./helpers";
import type { I18nPage } from "./i18n-pages";

const SWEEP_SCENARIO = "i18n sweep scenario";
/** the map and report of one brand group with planned openings: the answer most pages show */
const PARAMS = { brand: "great-wall", mode: "road", threshold: "120", includePlanned: "true" };
const QUERY = new URLSearchParams(PARAMS).toString();

/** A scenario of the sweep's own (made once, then reused by every language's test). */
async function sweepScenario(page: Page): Promise<number> {
  const list = (await (await page.request.get("/api/scenarios")).json()) as { scenarios: { id: number; name: string }[] };
  const found = list.scenarios.find((s) => s.name === SWEEP_SCENARIO);
  if (found) return found.id;
  const res = await page.request.post("/api/scenarios", { data: { name: SWEEP_SCENARIO, notes: "Made by the language sweep (e2e/i18n-pages-b.ts)." } });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { id: number }).id;
}

/** The map has drawn its coverage: the sidebar's share is a number. */
const mapReady = '[data-kpi="share"]:not(:text-is("–"))';

export const PAGES_B: I18nPage[] = [
  { name: "map", path: `/map?${QUERY}`, ready: mapReady },
  // the district choropleth and every place (villages get labels from zoom 7), zoomed in on the south
  { name: "map-districts-places", path: `/map?${QUERY}&districts=share&layers=roads,reach,cities,sites&at=42.9,70.5,8`, ready: mapReady },
  {
    name: "map-route",
    path: `/map?${QUERY}`,
    ready: mapReady,
    // a click on an uncovered town (no site marker on top of it) draws its drive to the nearest site,
    // and offers a new site there: closed again
    prepare: async (page) => {
      const api = await coverageApi(page.request, PARAMS);
      const towns = new Set(api.places.filter(isTown).map((p) => p.id));
      const gap = api.gaps.find((g) => towns.has(g.cityId))!;
      await page.locator(`path.city-${gap.cityId}`).click();
      await page.locator(".route-tooltip").waitFor();
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog")).toHaveCount(0);
    },
  },
  { name: "report", path: `/reports/coverage?${QUERY}`, ready: "[data-testid=report-map] .leaflet-container" },
  {
    name: "report-print",
    path: `/reports/coverage?${QUERY}`,
    ready: "[data-testid=report-map] .leaflet-container",
    prepare: async (page) => {
      await page.emulateMedia({ media: "print" });
    },
  },
  { name: "scenarios", path: "/scenarios", ready: "table" },
  { name: "scenario", path: async (page) => `/scenarios/${await sweepScenario(page)}`, ready: "[data-testid=scenario-edits]" },
  { name: "scenario-compare", path: async (page) => `/scenarios/compare?ids=live,${await sweepScenario(page)}`, ready: "[data-testid=compare-kpis]" },
];
