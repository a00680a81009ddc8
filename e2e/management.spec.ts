import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

// Other specs share this database: every assertion here reads the value first and checks the change,
// and each test puts back what it changed (figures restored, sites deleted).

const COVERAGE = "brand=great-wall&mode=road&threshold=120&includePlanned=true";

async function coverageVehicles(request: APIRequestContext): Promise<{ year: number; vehicles: number }> {
  const res = await request.get(`/api/coverage?${COVERAGE}`);
  expect(res.ok()).toBe(true);
  const body = await res.json();
  return { year: body.year, vehicles: body.totals.vehicles };
}

const cell = (page: Page, brand: string, city: string, year: number) => page.getByLabel(`${brand} in ${city}, ${year}`, { exact: true });

async function cellValue(page: Page, brand: string, city: string, year: number): Promise<number> {
  return Number(await cell(page, brand, city, year).inputValue());
}

/** Puts a vehicle-park figure back through the API, as the test found it. */
async function restoreCell(request: APIRequestContext, cell: { city: string; brand: string; year: number; vehicles: number }) {
  const res = await request.put("/api/vehicle-park", { data: cell });
  expect(res.ok()).toBe(true);
}

async function pasteAndCheck(page: Page, csv: string) {
  const panel = page.getByRole("region", { name: "Import vehicle park" });
  await expect(panel).toHaveAttribute("data-hydrated", "true"); // typing before React attaches would be lost
  await panel.getByLabel("…or paste it here").fill(csv);
  await panel.getByRole("button", { name: "Check file" }).click();
  return panel;
}

test("a vehicle-park CSV with a bad line changes nothing; fixed, it previews, imports and moves the counts everywhere", async ({ page, request }) => {
  const { year, vehicles: apiBefore } = await coverageVehicles(request);
  await page.goto(`/vehicle-park?year=${year}&brand=great-wall`);
  const almatyBefore = await cellValue(page, "Haval", "Almaty", year);
  const kostanayBefore = await cellValue(page, "Tank", "Kostanay", year);
  const shymkentWey = await cellValue(page, "Wey", "Shymkent", year);
  const totalBefore = await page.locator('[data-total="all"]').innerText();

  // 1. one unknown city on line 4: refused, with the line and a suggestion, and nothing is written
  const bad = `city,brand,year,vehicles\nAlmaty,haval,${year},${almatyBefore + 1000}\nКостанай,Tank,${year},${kostanayBefore + 250}\nAlmatty,haval,${year},5\n`;
  const panel = await pasteAndCheck(page, bad);
  const errors = panel.getByTestId("import-errors");
  await expect(errors).toContainText("nothing was imported");
  await expect(errors.locator('li[data-line="4"]')).toContainText('Line 4 (city): Unknown city "Almatty"; did you mean Almaty (Алматы)');
  await expect(panel.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await page.reload();
  expect(await cellValue(page, "Haval", "Almaty", year)).toBe(almatyBefore);
  expect((await coverageVehicles(request)).vehicles).toBe(apiBefore);

  // 2. fixed (line 4 now repeats a stored figure): the preview shows 2 updated, 1 unchanged
  const fixed = bad.replace(`Almatty,haval,${year},5`, `Shymkent,WEY,${year},${shymkentWey}`);
  const panel2 = await pasteAndCheck(page, fixed);
  const preview = panel2.getByTestId("import-preview");
  await expect(preview.locator('[data-count="updated"]')).toHaveText("2");
  await expect(preview.locator('[data-count="unchanged"]')).toHaveText("1");
  await expect(preview.locator('[data-count="new"]')).toHaveText("0");
  await expect(preview.getByRole("row", { name: /line 2/ })).toContainText(`${almatyBefore.toLocaleString("en-US")} → ${(almatyBefore + 1000).toLocaleString("en-US")}`);
  expect((await coverageVehicles(request)).vehicles).toBe(apiBefore); // still a preview

  // 3. confirm: the counts change on /vehicle-park, in the coverage API and in the map's sidebar
  await panel2.getByRole("button", { name: "Import 2 changes" }).click();
  await expect(panel2.getByTestId("import-result")).toContainText("Imported: 0 new, 2 updated, 1 unchanged");
  await page.reload();
  expect(await cellValue(page, "Haval", "Almaty", year)).toBe(almatyBefore + 1000);
  expect(await cellValue(page, "Tank", "Kostanay", year)).toBe(kostanayBefore + 250);
  await expect(page.locator('[data-total="all"]')).not.toHaveText(totalBefore);
  const apiAfter = (await coverageVehicles(request)).vehicles;
  expect(apiAfter - apiBefore).toBe(1250);
  await page.goto(`/map?${COVERAGE}&year=${year}`);
  await expect(page.locator('[data-kpi="vehicles"]')).toHaveText(apiAfter.toLocaleString("en-US"));

  await restoreCell(request, { city: "almaty", brand: "haval", year, vehicles: almatyBefore });
  await restoreCell(request, { city: "kostanay", brand: "tank", year, vehicles: kostanayBefore });
  expect((await coverageVehicles(request)).vehicles).toBe(apiBefore);
});

test("a figure edited in place is validated, saved with its audit entry and moves the totals", async ({ page, request }) => {
  const { year, vehicles: apiBefore } = await coverageVehicles(request);
  await page.goto(`/vehicle-park?year=${year}&brand=great-wall`);
  await expect(page.getByTestId("park-status")).toHaveAttribute("data-hydrated", "true");
  const input = cell(page, "Wey", "Aktau", year);
  const before = Number(await input.inputValue());
  await input.fill("-4");
  await input.press("Tab");
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("park-status")).toContainText("whole number of 0 or more");
  expect((await coverageVehicles(request)).vehicles).toBe(apiBefore);
  await input.fill(String(before + 7));
  await input.press("Tab");
  await expect(page.getByTestId("park-status")).toContainText("Saved 1 change");
  await expect.poll(async () => (await coverageVehicles(request)).vehicles).toBe(apiBefore + 7);
  await page.reload();
  expect(await cellValue(page, "Wey", "Aktau", year)).toBe(before + 7);
  await restoreCell(request, { city: "aktau", brand: "wey", year, vehicles: before });
});

test("a status change is one step with its audit entry, and shows in the site's history", async ({ page, request }) => {
  const name = `Hongqi Kokshetau e2e ${Date.now()}`;
  const created = await request.post("/api/dealerships", {
    data: { brand: "hongqi", name, city: "kokshetau", lat: 53.28, lng: 69.39, status: "planned", plannedQuarter: "2026-Q4", sales: true, service: true, parts: true, serviceBays: 4 },
  });
  expect(created.status()).toBe(201);
  const { dealership } = await created.json();

  await page.goto(`/dealerships?q=${encodeURIComponent(name)}`);
  const row = page.getByRole("table", { name: "Dealerships" }).locator(`tr[data-site-id="${dealership.id}"]`);
  await expect(row).toContainText("planned");
  await row.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByTestId("site-mini-map").locator(".leaflet-marker-icon")).toHaveCount(1);

  await expect(page.getByTestId("status-changer")).toHaveAttribute("data-hydrated", "true");
  await page.getByRole("button", { name: "Start construction" }).click();
  await expect(page.getByTestId("site-status")).toHaveText("under construction");
  const history = page.getByRole("table", { name: "History" });
  await expect(history.locator('li[data-field="status"]').first()).toHaveText(/status: planned\s*→\s*under construction/);

  await page.getByRole("button", { name: "Mark as open…" }).click();
  await page.getByLabel("Opened on").fill("2025-09-01");
  await page.getByRole("button", { name: "Confirm opening" }).click();
  await expect(page.getByTestId("site-status")).toHaveText("open");
  const newest = history.locator("tbody tr").first();
  await expect(newest).toContainText("updated");
  await expect(newest.locator('li[data-field="status"]')).toHaveText(/status: under construction\s*→\s*open/);
  await expect(newest.locator('li[data-field="opened on"]')).toHaveText(/opened on: —\s*→\s*2025-09-01/);
  await expect(history.locator("tbody tr")).toHaveCount(3); // create, construction, opening

  // delete asks first; the list no longer shows the site
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: `Delete ${name}` }).click();
  await expect(page).toHaveURL(/\/dealerships$/);
  await page.goto(`/dealerships?q=${encodeURIComponent(name)}`);
  await expect(page.getByText("No site matches these filters.")).toBeVisible();
});

test("a name that looks like HTML is stored and shown as text: no script runs anywhere", async ({ page, request }) => {
  const name = `<img src=x onerror=alert(1)> ${Date.now()}`;
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto("/dealerships/new");
  await expect(page.getByTestId("dealership-editor")).toHaveAttribute("data-hydrated", "true");
  const form = page.getByRole("form", { name: "Add a dealership" });
  await form.getByLabel("Brand").selectOption("hongqi");
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name} planned`);
  const id = Number(new URL(page.url()).pathname.split("/").pop());

  await page.goto(`/dealerships?q=${encodeURIComponent("onerror")}`);
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  await page.goto(`/dealerships/${id}`);
  await page.getByTestId("site-mini-map").locator(".leaflet-marker-icon").click();
  await expect(page.locator(".site-popup strong")).toHaveText(name);

  const csv = await request.get(`/api/export/dealerships.csv?q=${encodeURIComponent("onerror")}`);
  const text = (await csv.body()).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain(name);
  const geo = await (await request.get(`/api/export/dealerships.geojson?q=onerror`)).json();
  expect(geo.features.map((f: { properties: { name: string } }) => f.properties.name)).toContain(name);
  expect(dialogs).toBe(0);
  await request.delete(`/api/dealerships/${id}`);
});

test("imports and exports answer with clear statuses; exports neutralise formula cells", async ({ request }) => {
  const outside = "brand,name,city,lat,lng,status\nhaval,Haval Bishkek,Almaty,42.87,74.57,open\n";
  const res = await request.post("/api/import/dealerships?dryRun=true", { data: outside, headers: { "Content-Type": "text/csv" } });
  expect(res.status()).toBe(422);
  const body = await res.json();
  expect(body.issues[0]).toMatchObject({ line: 2, field: "lat" });
  expect(body.issues[0].message).toContain("inside Kazakhstan");
  const empty = await request.post("/api/import/vehicle-park?dryRun=true", { data: "city,brand,year,vehicles\r\n", headers: { "Content-Type": "text/csv" } });
  expect(empty.status()).toBe(400);
  const big = await request.post("/api/import/vehicle-park?dryRun=true", { data: "x".repeat(5 * 1024 * 1024 + 10), headers: { "Content-Type": "text/csv" } });
  expect(big.status()).toBe(413);
  expect((await big.json()).error.message).toContain("limited to 5 MB");

  const name = `=HYPERLINK("http://evil") ${Date.now()}`;
  const created = await request.post("/api/dealerships", {
    data: { brand: "hongqi", name, city: "taraz", lat: 42.9, lng: 71.37, status: "planned", plannedQuarter: "2027-Q1", sales: true, service: true, parts: true, serviceBays: 2 },
  });
  const { dealership } = await created.json();
  const csv = (await (await request.get("/api/export/dealerships.csv?q=HYPERLINK")).body()).toString("utf8");
  expect(csv).toContain(`"'=HYPERLINK(""http://evil"")`);
  await request.delete(`/api/dealerships/${dealership.id}`);

  const park = await request.get("/api/export/vehicle-park.csv?brand=haval");
  expect(park.headers()["content-type"]).toContain("text/csv");
  const parkText = (await park.body()).toString("utf8");
  expect(parkText.startsWith("\uFEFFcity,city_ru,region,brand")).toBe(true);
  expect(parkText).toContain("Алматы");
  const parkGeo = await (await request.get("/api/export/vehicle-park.geojson?brand=haval")).json();
  expect(parkGeo.type).toBe("FeatureCollection");
  expect(parkGeo.features[0].geometry.type).toBe("Point");
});
