import { expect, test } from "@playwright/test";
import { openMap } from "./ux-helpers";

interface DistrictGapJson {
  kato: string;
  name: string;
  region: string;
  uncoveredVehicles: number;
  places: { id: string; name: string; vehicles: number }[];
}
interface CityJson {
  id: string;
  name: string;
  nearestSiteName: string | null;
  km: number | null;
  uncoveredVehicles: number;
}

// Issue 17, item 4: the top gaps are labelled; a gap click flies there and opens its popup with the drive.
// Gaps are districts (the country model): each of the five largest is labelled at its largest uncovered place.
test("the top district gaps carry labels at their largest places, and a click opens the popup with the drive to the nearest site", async ({ page }) => {
  const params = { brand: "great-wall", mode: "road", threshold: "120", includePlanned: "true" };
  await openMap(page, new URLSearchParams(params).toString());
  const api = (await (await page.request.get(`/api/coverage?${new URLSearchParams(params)}`)).json()) as { districtGaps: DistrictGapJson[]; cities: CityJson[] };
  const gaps = api.districtGaps.filter((g) => g.places.length > 0);
  expect(gaps.length).toBeGreaterThan(1);
  for (const g of api.districtGaps.slice(0, 5)) {
    const top = g.places[0];
    if (top) await expect(page.locator(`[data-gap-label="${top.id}"]`)).toContainText(top.name);
  }
  const gap = api.districtGaps[1];
  const place = api.cities.find((c) => c.id === gap.places[0].id)!;
  await page.locator(`[data-gap="${gap.kato}"]`).click();
  const popup = page.getByTestId("focus-popup");
  await expect(popup).toBeVisible();
  await expect(popup).toContainText(`Gap: ${gap.name}`);
  await expect(popup).toContainText(`${gap.uncoveredVehicles.toLocaleString("en-US")} vehicles not covered`);
  await expect(popup).toContainText(`Largest: ${place.name}`);
  await expect(popup).toContainText(place.nearestSiteName!);
  await expect(popup).toContainText(`${Math.round(place.km!).toLocaleString("en-US")} km`);
  await expect(popup).toContainText(/\d+ h|\d+ min/);
});
