import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { expect, test } from "@playwright/test";
import { createSite, uniqueName } from "./ux-helpers";

// Issue 17, item 13: the coverage CSV is a clean table; the parameters live in the GeoJSON; ";" on request.
test("the coverage CSV is header + one row per demand point, the GeoJSON carries the parameters, and ';' is offered for Excel", async ({ page, request }) => {
  const qs = "brand=great-wall&mode=road&threshold=120&includePlanned=true&year=2025";
  const res = await request.get(`/api/reports/coverage.csv?${qs}`);
  const text = (await res.text()).replace(/^\uFEFF/, "");
  const lines = text.trimEnd().split("\r\n");
  expect(lines[0]).toBe("city,city_ru,region,vehicles,nearest_site,travel,unit,covered,uncovered_vehicles,share_of_park,sales_potential,sales_captured,sales_share");
  // one row per demand point of the country model (places and district rests), nothing else
  const demandPoints = (await (await request.get(`/api/coverage?${qs}`)).json()).places.length;
  expect(demandPoints).toBeGreaterThan(1000);
  expect(lines).toHaveLength(1 + demandPoints);
  expect(lines.some((l) => l.startsWith("#") || l.startsWith("Total,") || l === "")).toBe(false);
  // the sidecar: the GeoJSON named in the Link header has the parameters and totals
  const sidecar = res.headers()["link"].match(/<([^>]+)>/)![1];
  const meta = (await (await request.get(sidecar)).json()).metadata;
  expect(meta.parameters).toMatchObject({ brand: "great-wall", threshold: 120, year: 2025, include_planned: true });
  const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
  expect(rows.reduce((s, r) => s + Number(r.vehicles), 0)).toBe(meta.totals.vehicles);

  await page.goto(`/reports/coverage?${qs}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV for Excel (;)" }).click()]);
  const semi = readFileSync((await download.path())!).toString("utf8").replace(/^\uFEFF/, "");
  expect(semi.split("\r\n")[0]).toBe("city;city_ru;region;vehicles;nearest_site;travel;unit;covered;uncovered_vehicles;share_of_park;sales_potential;sales_captured;sales_share");
  expect(semi).toMatch(/;0,\d+\r\n/); // decimal commas
});

// Issue 17, item 15: exports honour the registry's filters; the registry paginates.
test("dealership exports honour brand, city, q and status; the registry shows 50 a page with page links in the URL", async ({ page, request }) => {
  const tag = uniqueName("Zeekr export").replace(/ /g, "-");
  const a = await createSite(request, { brand: "zeekr", name: `${tag} A`, city: "astana", lat: 51.15, lng: 71.45 });
  await createSite(request, { brand: "zeekr", name: `${tag} B`, city: "almaty", lat: 43.25, lng: 76.92 });

  const csvRows = async (qs: string) => {
    const text = (await (await request.get(`/api/export/dealerships.csv?${qs}`)).text()).replace(/^\uFEFF/, "");
    return Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
  };
  const haval = await csvRows("brand=haval");
  expect(haval.length).toBeGreaterThan(0);
  expect(new Set(haval.map((r) => r.brand))).toEqual(new Set(["haval"]));
  const mine = await csvRows(`q=${encodeURIComponent(tag)}`);
  expect(mine.map((r) => r.name).sort()).toEqual([`${tag} A`, `${tag} B`]);
  expect((await csvRows(`q=${encodeURIComponent(tag)}&city=astana`)).map((r) => r.name)).toEqual([a.name]);
  expect(await csvRows(`q=${encodeURIComponent(tag)}&status=open`)).toHaveLength(0);
  const geo = await (await request.get(`/api/export/dealerships.geojson?brand=zeekr&city=astana&q=${encodeURIComponent(tag)}`)).json();
  expect(geo.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual([a.name]);

  // the registry: 50 rows a page, the page in the URL
  const all = (await csvRows("")).length;
  expect(all).toBeGreaterThan(50);
  await page.goto("/dealerships");
  const body = page.getByRole("table", { name: "Dealerships" }).locator("tbody tr");
  await expect(body).toHaveCount(50);
  const firstOnPage1 = await body.first().innerText();
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByRole("status")).toContainText(`${all} sites match · showing 51–${Math.min(100, all)}`);
  await expect(body).toHaveCount(Math.min(50, all - 50));
  expect(await body.first().innerText()).not.toBe(firstOnPage1);
  // the export link of a paged view exports every match, not the page
  const href = await page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href");
  expect(href).not.toContain("page=");
});

// Issue 17, item 16: messages say the allowed range.
test("an out-of-range year says the allowed range, not 'must be a number'", async ({ request }) => {
  for (const path of ["/api/coverage", "/api/reports/coverage.csv"]) {
    const res = await request.get(`${path}?brand=great-wall&year=1999`);
    expect(res.status()).toBe(400);
    const body = await res.text();
    expect(body).toContain("between 2000 and 2100");
    expect(body).not.toContain("must be a number");
  }
  const s = await request.post("/api/suggestions", { data: { brand: "great-wall", year: 1999 } });
  expect(s.status()).toBe(400);
  expect(await s.text()).toContain("between 2000 and 2100");
});
