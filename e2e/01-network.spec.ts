// Runs first (specs run in file order, one worker): it checks the seed as loaded, before other specs add sites.
import { expect, test } from "@playwright/test";

test("the network page shows Great Wall's 28 open dealerships and the planned Almaty and Astana openings", async ({ page }) => {
  await page.goto("/network");
  await expect(page.getByRole("heading", { name: "Dealer and service network" })).toBeVisible();

  const gwm = page.getByRole("table", { name: "Sites by manufacturer and status" }).locator('tr[data-manufacturer="great-wall"]');
  await expect(gwm.locator('[data-col="open"]')).toHaveText("28");
  await expect(gwm.locator('[data-col="open-cities"]')).toHaveText("20");
  await expect(gwm.locator('[data-col="planned"]')).toHaveText("2");

  const sites = page.getByRole("table", { name: "All sites" });
  await expect(sites.locator('tr[data-manufacturer="great-wall"][data-status="open"]')).toHaveCount(28);
  const planned = sites.locator('tr[data-manufacturer="great-wall"][data-status="planned"]');
  await expect(planned).toHaveCount(2);
  await expect(planned.filter({ hasText: "Almaty" })).toContainText("2024-Q3");
  await expect(planned.filter({ hasText: "Astana" })).toContainText("2024-Q3");

  // the vehicle park table lists every seeded city with a Great Wall figure
  const park = page.getByRole("table", { name: "Vehicle park by city" });
  await expect(park.locator("tbody tr")).toHaveCount(41);
  await expect(park.locator('tr[data-city="almaty"]')).toContainText("Алматы");
});

test("health answers ok once the database is seeded", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
});
