import { expect, test } from "@playwright/test";
import { centreOf, createSite, getSite, openMap, pixelOffset } from "./ux-helpers";

// Issue 17, item 6: a moved site's city follows its position once the planner confirms.
test("a site dragged from Almaty to Konaev is offered Konaev as its city; the registry and the report then agree on its region", async ({ page, request }) => {
  const start = { lat: 43.45, lng: 77.0 };
  const konaev = { lat: 43.8667, lng: 77.0667 };
  const site = await createSite(request, { brand: "jac", city: "almaty", ...start });
  await openMap(page, `brand=jac&mode=road&threshold=120&includePlanned=true&at=${start.lat},${start.lng},9`);
  const marker = page.getByRole("button", { name: `${site.name} (planned ${site.plannedQuarter})` });
  const from = await centreOf(page, marker);
  const cities = (await (await request.get("/api/coverage?brand=jac&includePlanned=true")).json()).cities as { id: string; lat: number; lng: number }[];
  const target = cities.find((c) => c.id === "konaev") ?? { ...konaev };
  const { dx, dy } = pixelOffset(start, target, 9);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 6 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 6 });
  await page.mouse.up();

  const notice = page.getByRole("status").filter({ hasText: `Moved ${site.name}` });
  await expect(notice).toContainText("its city is still Almaty");
  expect((await getSite(request, site.id)).city).toBe("almaty"); // nothing changes before the planner agrees
  await notice.getByRole("button", { name: "Change its city to Konaev" }).click();
  await expect(page.getByRole("status")).toContainText(`${site.name} now belongs to Konaev`);

  const moved = await getSite(request, site.id);
  expect(moved.city).toBe("konaev");
  // the registry (by city) and the coverage report (by position) put it in the same region
  const report = await (await request.get("/api/coverage?brand=jac&includePlanned=true")).json();
  const load = report.sites.find((s: { id: number }) => s.id === site.id);
  expect(load.region).toBe(moved.regionName);
  await page.goto(`/dealerships?q=${encodeURIComponent(site.name)}`);
  await expect(page.getByRole("table", { name: "Dealerships" }).getByRole("row", { name: new RegExp(site.name) })).toContainText(moved.regionName);
});
