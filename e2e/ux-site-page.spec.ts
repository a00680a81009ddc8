import { expect, test } from "@playwright/test";
import { blockWebTiles } from "./helpers";
import { createSite } from "./ux-helpers";

// Issue 17, item 14: the site page's mini-map shows the site and its surroundings, not the whole country.
test("the site page's map is centred on the site at a regional zoom", async ({ page, request }) => {
  const site = await createSite(request, { brand: "omoda", city: "taraz", lat: 42.9, lng: 71.37 });
  await blockWebTiles(page);
  await page.goto(`/dealerships/${site.id}`);
  const mini = page.getByTestId("site-mini-map");
  await expect(mini.locator("path.country-kz")).toHaveCount(1);
  const box = (await mini.boundingBox())!;
  const marker = mini.getByRole("button", { name: new RegExp(`^${site.name}`) });
  const m = (await marker.boundingBox())!;
  expect(Math.abs(m.x + m.width / 2 - (box.x + box.width / 2))).toBeLessThan(6);
  expect(Math.abs(m.y + m.height / 2 - (box.y + box.height / 2))).toBeLessThan(6);
  // zoomed in on the region: Taraz and Shymkent (~150 km apart) are far apart on screen, where the
  // country view draws them ~40 px apart; the towns are named for orientation
  const taraz = (await mini.locator(".place-label", { hasText: "Taraz" }).boundingBox())!;
  const shymkent = (await mini.locator(".place-label", { hasText: "Shymkent" }).boundingBox())!;
  expect(taraz.x - shymkent.x).toBeGreaterThan(200);
});
