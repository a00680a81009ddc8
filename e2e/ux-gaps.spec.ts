import { expect, test } from "@playwright/test";
import { coverageApi } from "./helpers";
import { openMap } from "./ux-helpers";

// Issue 17, item 4: the top gaps are labelled; a gap click flies there and opens its popup with the drive.
test("the top gaps carry labels, and clicking one opens its popup with the drive to the nearest site", async ({ page }) => {
  const params = { brand: "great-wall", mode: "road", threshold: "120", includePlanned: "true" };
  await openMap(page, new URLSearchParams(params).toString());
  const api = await coverageApi(page.request, params);
  expect(api.gaps.length).toBeGreaterThan(1);
  for (const g of api.gaps.slice(0, Math.min(5, api.gaps.length))) {
    await expect(page.locator(`[data-gap-label="${g.cityId}"]`)).toContainText(g.name);
  }
  const gap = api.gaps[1];
  const city = (await (await page.request.get(`/api/coverage?${new URLSearchParams(params)}`)).json()).cities.find(
    (c: { id: string }) => c.id === gap.cityId,
  );
  await page.locator(`[data-gap="${gap.cityId}"]`).click();
  const popup = page.getByTestId("focus-popup");
  await expect(popup).toBeVisible();
  await expect(popup).toContainText(`Gap: ${gap.name}`);
  await expect(popup).toContainText(`${gap.uncoveredVehicles.toLocaleString("en-US")} vehicles not covered`);
  await expect(popup).toContainText(city.nearestSiteName);
  await expect(popup).toContainText(`${Math.round(city.km).toLocaleString("en-US")} km`);
  await expect(popup).toContainText(/\d+ h|\d+ min/);
});
