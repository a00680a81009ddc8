import { expect, test } from "@playwright/test";
import { createSite, openMap } from "./ux-helpers";

// Issue 17, item 12: search names in every language; a place search on the map.
test("the registry finds sites by a city's Russian and Kazakh names, and the map's place search flies there", async ({ page, request }) => {
  const almaty = await createSite(request, { brand: "hongqi", city: "almaty", lat: 43.24, lng: 76.9 });
  const aktobe = await createSite(request, { brand: "hongqi", city: "aktobe", lat: 50.28, lng: 57.17 });
  for (const q of ["Алматы", "алматы", "Almaty"]) {
    await page.goto(`/dealerships?brand=hongqi&q=${encodeURIComponent(q)}`);
    const table = page.getByRole("table", { name: "Dealerships" });
    await expect(table.getByRole("link", { name: almaty.name, exact: true })).toBeVisible();
    await expect(table.getByRole("link", { name: aktobe.name, exact: true })).toHaveCount(0);
  }
  await page.goto(`/dealerships?brand=hongqi&q=${encodeURIComponent("Ақтөбе")}`);
  await expect(page.getByRole("table", { name: "Dealerships" }).getByRole("link", { name: aktobe.name, exact: true })).toBeVisible();

  await openMap(page, "brand=hongqi");
  const search = page.getByRole("search", { name: "Find a place" });
  await search.getByLabel("Find a place").fill("Ақтөбе");
  await search.getByRole("button", { name: "Go" }).click();
  // the view (in the URL) ends on Aktobe, zoomed in
  await expect(async () => {
    const [lat, lng, zoom] = new URL(page.url()).searchParams.get("at")!.split(",").map(Number);
    expect(Math.abs(lat - 50.28)).toBeLessThan(0.1);
    expect(Math.abs(lng - 57.17)).toBeLessThan(0.1);
    expect(zoom).toBe(9);
  }).toPass({ timeout: 5000 });
  await search.getByLabel("Find a place").fill("Atlantis");
  await search.getByRole("button", { name: "Go" }).click();
  await expect(search.getByRole("alert")).toContainText("No place called");
});
