import { expect, test } from "@playwright/test";
import { centreOf, createSite, getSite, openMap, pixelOffset } from "./ux-helpers";

// Issue 17, item 1: a refused drag puts the marker back, and the refusal looks like an error.
test("a planned site dropped in China is refused: the marker goes back and the message is an error", async ({ page, request }) => {
  const site = await createSite(request, { brand: "geely", lat: 43.5, lng: 78.5, city: "almaty" });
  await openMap(page, `brand=geely&mode=road&threshold=120&includePlanned=true&at=43.5,78.5,7`);
  const marker = page.getByRole("button", { name: `${site.name} (planned ${site.plannedQuarter})` });
  await expect(marker).toBeVisible();
  const start = await centreOf(page, marker);

  // 5 degrees east of the site is Xinjiang, China
  const { dx, dy } = pixelOffset({ lat: 43.5, lng: 78.5 }, { lat: 43.5, lng: 83.5 }, 7);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx / 2, start.y + dy / 2, { steps: 8 });
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 8 });
  await page.mouse.up();

  const alert = page.getByRole("alert").filter({ hasText: "Not moved" });
  await expect(alert).toContainText("inside Kazakhstan");
  await expect(alert).toHaveClass(/notice-error/);
  // error colours, not the green of success
  const colour = await alert.evaluate((el) => getComputedStyle(el).color);
  const [r, g] = colour.match(/\d+/g)!.map(Number);
  expect(r).toBeGreaterThan(g);
  await expect(page.getByRole("status").filter({ hasText: "Not moved" })).toHaveCount(0);

  // the marker is back where the site is stored, and the store is unchanged
  await expect(async () => {
    const now = await centreOf(page, marker);
    expect(Math.abs(now.x - start.x)).toBeLessThan(3);
    expect(Math.abs(now.y - start.y)).toBeLessThan(3);
  }).toPass({ timeout: 5000 });
  const stored = await getSite(request, site.id);
  expect([stored.lat, stored.lng]).toEqual([43.5, 78.5]);
});

// Issue 17, item 1 ("errors as errors everywhere"): the vehicle-park editor's refusal is an alert, not a status.
test("a refused vehicle-park figure is announced and styled as an error", async ({ page }) => {
  await page.goto("/vehicle-park?year=2025&brand=jac");
  const status = page.getByTestId("park-status");
  await expect(status).toHaveAttribute("data-hydrated", "true");
  await expect(status).toHaveAttribute("role", "status");
  const input = page.getByLabel("JAC in Aktau, 2025", { exact: true });
  await input.fill("-4");
  await input.press("Tab");
  await expect(page.getByRole("alert").filter({ hasText: "whole number of 0 or more" })).toBeVisible();
  await expect(status).toHaveAttribute("role", "alert");
  await expect(status).toHaveClass(/field-error/);
});
