import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { isTown } from "./helpers";
import Papa from "papaparse";
import { formatShare } from "../lib/format";

const PARAMS = "brand=great-wall&mode=road&threshold=120&includePlanned=true&year=2025";
const REPORT_URL = `/reports/coverage?${PARAMS}`;

interface CoverageTotals {
  vehicles: number;
  coveredVehicles: number;
  shareCovered: number;
}

async function apiTotals(page: Page): Promise<CoverageTotals> {
  const res = await page.request.get(`/api/coverage?${PARAMS}`);
  expect(res.ok()).toBe(true);
  return (await res.json()).totals;
}

/** Waits until the static map and both charts have drawn, so screenshots show the finished page. */
async function waitForReportDrawn(page: Page) {
  // the country model's report is a 1.5 MB page (one row per demand point): give the map time to mount
  await expect(page.locator(".report-map .leaflet-container")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".report-map path.country-kz")).toHaveCount(1);
  // towns and cities as SVG circles (villages go on a canvas): as many as the API's town rows
  const towns = (await (await page.request.get(`/api/coverage?${PARAMS}`)).json()).places.filter(isTown).length;
  await expect(page.locator(".report-map path.city-marker")).toHaveCount(towns);
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  // a flat step line has an empty bounding box, which Playwright calls hidden: check it is drawn instead
  await expect(page.locator(".recharts-line-curve")).toBeAttached();
  await expect(page.getByLabel("Covered share after each quarter of openings").locator(".recharts-label-list text").first()).toBeVisible();
}

test("the report's headline share equals the coverage API and the map sidebar", async ({ page }) => {
  const totals = await apiTotals(page);
  await page.goto(REPORT_URL);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Coverage report");
  const reportShare = page.locator('[data-kpi="share"]');
  await expect(reportShare).toHaveText(formatShare(totals.shareCovered));
  const shown = await reportShare.innerText();

  await page.goto(`/map?${PARAMS}`);
  await expect(page.locator('[data-kpi="share"]')).toHaveText(shown);
});

test("the CSV download has one row per city and the API's totals", async ({ page }) => {
  const totals = await apiTotals(page);
  await page.goto(REPORT_URL);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^coverage-great-wall-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  // a clean table: a plain parser (pandas.read_csv, Papa) needs no options
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  expect(text).not.toMatch(/^#|^Total,/m);
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
  const cities = parsed.data;
  // one row per demand point of the country model (was 41 cities)
  const demandPoints = (await (await page.request.get(`/api/coverage?${PARAMS}`)).json()).places.length;
  expect(demandPoints).toBeGreaterThan(1000);
  expect(cities).toHaveLength(demandPoints);
  expect(cities.reduce((s, r) => s + Number(r.vehicles), 0)).toBe(totals.vehicles);
  expect(cities.filter((r) => r.covered === "yes").reduce((s, r) => s + Number(r.vehicles), 0)).toBe(totals.coveredVehicles);
  expect(cities.find((r) => r.city === "Almaty")?.city_ru).toBe("Алматы");

  const geo = await page.request.get(await page.getByRole("link", { name: "Download GeoJSON" }).getAttribute("href") ?? "");
  expect(geo.status()).toBe(200);
  expect((await geo.json()).features).toHaveLength(demandPoints);
});

test("the report prints without navigation, form or buttons, and looks right", async ({ page }) => {
  await page.goto(REPORT_URL);
  await waitForReportDrawn(page);
  // every section the issue asks for is there
  for (const name of ["Headline KPIs", "Open sites only vs with planned openings", "Coverage by region", "Coverage gaps", "Service sites", "Coverage by city", "Planned openings by quarter"]) {
    await expect(page.getByLabel(name, { exact: true })).toBeVisible();
  }
  const demandPoints = (await (await page.request.get(`/api/coverage?${PARAMS}`)).json()).places.length;
  // the printed table keeps the 200 places with the most vehicles; every demand point is in the downloads
  await expect(page.getByRole("table", { name: "Coverage by city" }).locator("tbody tr")).toHaveCount(Math.min(200, demandPoints));
  await expect(page.getByTestId("city-table-scope")).toContainText(`${demandPoints.toLocaleString("en-US")} demand points`);
  await expect(page.getByRole("table", { name: "Largest gaps by district" }).locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("report-credits")).toContainText("OpenStreetMap contributors");
  await expect(page.getByTestId("report-credits")).toContainText("geokz");
  await expect(page.getByRole("table", { name: "Planned openings by quarter" }).locator("tbody tr").first()).toContainText("today (open only)");
  await page.screenshot({ path: "test-results/report.png", fullPage: true });
  await page.screenshot({ path: "/tmp/report.png", fullPage: true });

  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header.app-nav")).toBeHidden();
  await expect(page.getByRole("form", { name: "Report parameters" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Download CSV" })).toBeHidden();
  await expect(page.locator('[data-kpi="share"]')).toBeVisible();
  await page.screenshot({ path: "/tmp/report-print.png", fullPage: true });
});

test("the city table sorts by the clicked column", async ({ page }) => {
  await page.goto(REPORT_URL);
  const table = page.getByRole("table", { name: "Coverage by city" });
  const firstCity = () => table.locator("tbody tr").first().locator("th");
  await expect(firstCity()).toHaveText("Almaty");
  await table.getByRole("button", { name: "City" }).click();
  await expect(table.locator("th", { hasText: "City" })).toHaveAttribute("aria-sort", "ascending");
  const names = await table.locator("tbody tr th").allInnerTexts();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  await table.getByRole("button", { name: "Vehicles" }).click();
  await table.getByRole("button", { name: "Vehicles" }).click();
  await expect(table.locator("th", { hasText: "Vehicles" })).toHaveAttribute("aria-sort", "ascending");
});

test("bad parameters are named on the page and by the API; an unknown brand is a 404", async ({ page }) => {
  await page.goto("/reports/coverage?brand=great-wall&threshold=-5");
  // Next adds its own (empty) route announcer with role alert: pick the report's
  const problem = page.getByRole("alert").filter({ hasText: "parameters" });
  await expect(problem).toContainText("threshold");
  await expect(problem).toContainText("above 0");
  await expect(page.getByRole("textbox", { name: /Threshold/ })).toHaveAttribute("aria-invalid", "true");
  const api = await page.request.get("/api/reports/coverage.csv?brand=great-wall&threshold=-5");
  expect(api.status()).toBe(400);
  expect((await api.json()).error.fields).toHaveProperty("threshold");

  const res = await page.goto("/reports/coverage?brand=zaz");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Brand not found" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Brand not found" })).toContainText("zaz");
});
