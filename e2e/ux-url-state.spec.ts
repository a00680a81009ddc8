import { expect, test } from "@playwright/test";
import { createSite, openMap } from "./ux-helpers";

// Issue 17, item 2: the map's state lives in the URL; a shared link opens the same map.
test("brand, mode, threshold, year, planned quarter, layers, districts, view and the open site survive a shared link", async ({ page, browser, request }) => {
  const site = await createSite(request, { brand: "chery", lat: 51.2, lng: 71.6, city: "astana" });
  await openMap(page, "brand=great-wall");
  const controls = page.getByRole("region", { name: "Map controls" });
  const historyBefore = await page.evaluate(() => history.length);

  await controls.getByLabel("Brand").selectOption("chery");
  await controls.getByLabel("Travel").selectOption("straight");
  await controls.getByRole("slider", { name: "Threshold" }).fill("200");
  await controls.getByRole("slider", { name: "Threshold" }).fill("225");
  await controls.getByLabel("Vehicle park year").selectOption("2024");
  await controls.getByLabel("up to quarter").selectOption("2027-Q2");
  await controls.getByLabel("roads", { exact: true }).uncheck();
  await controls.getByLabel("closed sites").check();
  await controls.getByLabel("Districts").selectOption("uncovered");
  await expect(page.getByTestId("threshold-value")).toHaveText("225 km");
  await expect(page).toHaveURL(/threshold=225/);
  // every change replaced the URL instead of pushing one history entry per slider step
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  // zooming writes the view; then centre on the site (a reload of an edited link) and open its popup
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page).toHaveURL(/[?&]at=[\d.]+(%2C|,)[\d.]+(%2C|,)\d+/);
  await page.goto(page.url().replace(/at=[^&]*/, "at=51.2000,71.6000,7"));
  await expect(page.getByTestId("threshold-value")).toHaveText("225 km");
  const marker = page.getByRole("button", { name: `${site.name} (planned ${site.plannedQuarter})` });
  await marker.click();
  await expect(page.locator(`.site-popup[data-site-id="${site.id}"]`)).toBeVisible();

  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toMatchObject({
    brand: "chery", mode: "straight", threshold: "225", year: "2024", includePlanned: "true", until: "2027-Q2",
    layers: "tiles,reach,cities,sites,closed", districts: "uncovered", at: "51.2000,71.6000,7", site: String(site.id),
  });

  // a colleague opens the link
  const other = await browser.newPage();
  await other.route(/tile\.openstreetmap\.org/, (r) => r.abort("internetdisconnected"));
  await other.goto(url.toString());
  const c2 = other.getByRole("region", { name: "Map controls" });
  await expect(c2.getByLabel("Brand")).toHaveValue("chery");
  await expect(c2.getByLabel("Travel")).toHaveValue("straight");
  await expect(other.getByTestId("threshold-value")).toHaveText("225 km");
  await expect(c2.getByLabel("Vehicle park year")).toHaveValue("2024");
  await expect(c2.getByLabel("up to quarter")).toHaveValue("2027-Q2");
  await expect(c2.getByLabel("roads", { exact: true })).not.toBeChecked();
  await expect(c2.getByLabel("Districts")).toHaveValue("uncovered");
  await expect(c2.getByLabel("closed sites")).toBeChecked();
  await expect(other.locator(`.site-popup[data-site-id="${site.id}"]`)).toBeVisible();
  // same view: the site sits at the map's centre
  const mapBox = (await other.getByTestId("planner-map").boundingBox())!;
  const m = (await other.getByRole("button", { name: `${site.name} (planned ${site.plannedQuarter})` }).boundingBox())!;
  expect(Math.abs(m.x + m.width / 2 - (mapBox.x + mapBox.width / 2))).toBeLessThan(6);
  expect(Math.abs(m.y + m.height / 2 - (mapBox.y + mapBox.height / 2))).toBeLessThan(6);
  await other.close();
});
