// Self-contained: it compares the page with the API rather than with counts other specs may move,
// and adds (then removes) a planned site of its own to see it counted.
import { expect, test } from "@playwright/test";

interface SiteJson {
  id: number;
  name: string;
  city: string;
  status: string;
  plannedQuarter: string | null;
}

test.describe("network overview", () => {
  const name = `Haval Semey network e2e ${Date.now()}`;
  let ownId: number | null = null;

  test.beforeAll(async ({ request }) => {
    const res = await request.post("/api/dealerships", {
      data: { brand: "haval", name, city: "semey", lat: 50.41, lng: 80.25, status: "planned", plannedQuarter: "2027-Q2", sales: true, service: true, parts: true, serviceBays: 4 },
    });
    expect(res.status()).toBe(201);
    ownId = (await res.json()).dealership.id;
  });

  test.afterAll(async ({ request }) => {
    if (ownId !== null) await request.delete(`/api/dealerships/${ownId}`);
  });

  test("the network page shows Great Wall's sites by status as stored, with the seeded Almaty and Astana openings", async ({ page, request }) => {
    const sitesOf = async (status: string): Promise<SiteJson[]> =>
      (await (await request.get(`/api/dealerships?brand=great-wall&status=${status}`)).json()).dealerships;
    const open = await sitesOf("open");
    const planned = await sitesOf("planned");
    expect(open.length).toBeGreaterThan(0);
    expect(planned.map((s) => s.id)).toContain(ownId);

    await page.goto("/network");
    await expect(page.getByRole("heading", { name: "Dealer and service network" })).toBeVisible();

    const gwm = page.getByRole("table", { name: "Sites by manufacturer and status" }).locator('tr[data-manufacturer="great-wall"]');
    await expect(gwm.locator('[data-col="open"]')).toHaveText(String(open.length));
    await expect(gwm.locator('[data-col="open-cities"]')).toHaveText(String(new Set(open.map((s) => s.city)).size));
    await expect(gwm.locator('[data-col="planned"]')).toHaveText(String(planned.length));

    const sites = page.getByRole("table", { name: "All sites" });
    await expect(sites.locator('tr[data-manufacturer="great-wall"][data-status="open"]')).toHaveCount(open.length);
    const plannedRows = sites.locator('tr[data-manufacturer="great-wall"][data-status="planned"]');
    await expect(plannedRows).toHaveCount(planned.length);
    // the seed's two openings (mid-2024 article), and this spec's own site
    await expect(plannedRows.filter({ hasText: "Haval Almaty West" })).toContainText("2024-Q3");
    await expect(plannedRows.filter({ hasText: "Haval Astana South" })).toContainText("2024-Q3");
    await expect(plannedRows.filter({ hasText: name })).toContainText("2027-Q2");

    // the vehicle park table lists every seeded city with a Great Wall figure
    const park = page.getByRole("table", { name: "Vehicle park by city" });
    // the vehicle park table lists the towns and cities: the 41 planner cities among ~200 OSM towns
    expect(await park.locator("tbody tr").count()).toBeGreaterThan(150);
    for (const slug of ["almaty", "astana", "kyzylorda", "ayagoz", "beyneu"]) await expect(park.locator(`tr[data-city="${slug}"]`)).toHaveCount(1);
    await expect(park.locator('tr[data-city="almaty"]')).toContainText("Алматы");
  });
});

test("health answers ok once the database is seeded", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
});
