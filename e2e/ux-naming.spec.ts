import { expect, test, type Page } from "@playwright/test";
import { openMap } from "./ux-helpers";

async function clickMapCentre(page: Page) {
  const map = (await page.getByTestId("planner-map").boundingBox())!;
  await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
}

// Issue 17, item 5: no site outside the country; a site is named after its place, or "near" one.
test("a click in China is refused; in the steppe the site is 'near' a place with its distance; in a city, after the city", async ({ page }) => {
  // Urumqi, China
  await openMap(page, "brand=haval&at=43.9,86.2,7");
  await clickMapCentre(page);
  await expect(page.getByRole("alert").filter({ hasText: "outside Kazakhstan" })).toHaveClass(/notice-error/);
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // the Betpak-Dala steppe, ~130 km from the nearest city
  await openMap(page, "brand=haval&at=46.6,66.9,8");
  await clickMapCentre(page);
  let dialog = page.getByRole("dialog", { name: "Add planned dealership" });
  await expect(dialog.getByLabel("Name")).toHaveValue(/^Haval near [A-Z][\w-]+ service centre$/);
  const place = (await dialog.getByLabel("Name").inputValue()).replace(/^Haval near | service centre$/g, "");
  await expect(dialog.getByTestId("site-form-hint")).toContainText(new RegExp(`nearest is ${place}, \\d+ km away`));
  const km = Number((await dialog.getByTestId("site-form-hint").innerText()).match(/(\d+) km away/)![1]);
  expect(km).toBeGreaterThan(25);
  expect(km).toBeLessThan(300);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // Aktobe's centre
  await openMap(page, "brand=haval&at=50.2839,57.1670,10");
  await clickMapCentre(page);
  dialog = page.getByRole("dialog", { name: "Add planned dealership" });
  await expect(dialog.getByLabel("Name")).toHaveValue("Haval Aktobe service centre");
  await expect(dialog.getByLabel("City")).toHaveValue("aktobe");
});
