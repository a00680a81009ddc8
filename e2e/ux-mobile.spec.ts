import { expect, test } from "@playwright/test";
import { blockWebTiles } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const noHorizontalScroll = () => document.scrollingElement!.scrollWidth <= 390;

// Issue 17, item 9: at 390 px the map comes first, the panels sit in a bottom sheet, the navigation is a menu.
test("on a phone the map fills the top, the panels are a bottom sheet, the navigation a menu, and nothing scrolls sideways", async ({ page }) => {
  await blockWebTiles(page);
  await page.goto("/map?brand=great-wall");
  await expect(page.locator("path.country-kz")).toHaveCount(1);
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);

  const map = (await page.getByTestId("planner-map").boundingBox())!;
  const sheet = page.getByRole("complementary", { name: "Planner panels" });
  const sheetBox = (await sheet.boundingBox())!;
  expect(map.height).toBeGreaterThan(400);
  expect(map.width).toBeGreaterThanOrEqual(389);
  expect(map.y).toBeLessThan(sheetBox.y); // the map first
  expect(sheetBox.y + sheetBox.height).toBeLessThanOrEqual(845); // the sheet sits at the bottom
  await expect(sheet.locator('[data-kpi="share"]')).not.toHaveText("–");

  // the sheet expands to show more
  await sheet.getByRole("button", { name: "Expand the panels" }).click();
  await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(sheetBox.height + 200);

  // the navigation hides behind a menu button
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Dealerships" })).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await nav.getByRole("link", { name: "Dealerships" }).click();
  await expect(page).toHaveURL(/\/dealerships$/);
  await expect(page.getByRole("heading", { name: "Dealerships and service centres" })).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);

  for (const path of ["/", "/vehicle-park", "/reports/coverage?brand=great-wall"]) {
    await page.goto(path);
    expect(await page.evaluate(noHorizontalScroll), path).toBe(true);
  }
});
