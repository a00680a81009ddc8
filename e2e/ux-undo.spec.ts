import { expect, test } from "@playwright/test";
import { centreOf, createSite, getSite, openMap } from "./ux-helpers";

// Issue 17, comforts: undo for a few seconds after a move, a delete or a status change; restore a version.
test("a move and a delete on the map can be undone from the notice", async ({ page, request }) => {
  const site = await createSite(request, { brand: "tank", city: "kostanay", lat: 53.2, lng: 63.6 });
  await openMap(page, "brand=tank&includePlanned=true&at=53.2,63.6,8");
  const marker = page.getByRole("button", { name: `${site.name} (planned ${site.plannedQuarter})` });
  const from = await centreOf(page, marker);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 30, { steps: 6 });
  await page.mouse.up();
  const moved = page.getByRole("status").filter({ hasText: `Moved ${site.name}` });
  await expect(moved).toBeVisible();
  expect((await getSite(request, site.id)).lng).not.toBe(63.6);
  await moved.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status")).toContainText(`${site.name} is back where it was`);
  const back = await getSite(request, site.id);
  expect([back.lat, back.lng]).toEqual([53.2, 63.6]);

  await marker.click();
  page.once("dialog", (d) => void d.accept());
  await page.locator(`.site-popup[data-site-id="${site.id}"]`).getByRole("button", { name: "Delete" }).click();
  const deleted = page.getByRole("status").filter({ hasText: `Deleted ${site.name}` });
  await expect(deleted).toBeVisible();
  expect((await request.get(`/api/dealerships/${site.id}`)).status()).toBe(404);
  await deleted.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status")).toContainText(`${site.name} is back`);
  expect((await getSite(request, site.id)).name).toBe(site.name); // the same id again
  await expect(marker).toBeVisible();
});

test("a status step can be undone, and an earlier version restored from the history", async ({ page, request }) => {
  const site = await createSite(request, { brand: "wey", status: "under_construction", city: "karaganda", lat: 49.8, lng: 73.1, serviceBays: 6 });
  await page.goto(`/dealerships/${site.id}`);
  const changer = page.getByTestId("status-changer");
  await expect(changer).toHaveAttribute("data-hydrated", "true");
  await changer.getByRole("button", { name: "Mark as open…" }).click();
  await changer.getByLabel("Opened on").fill("2024-05-01");
  await changer.getByRole("button", { name: "Confirm opening" }).click();
  await expect(changer.getByRole("status")).toContainText("Now open");
  expect((await getSite(request, site.id)).status).toBe("open");
  await changer.getByRole("button", { name: "Undo" }).click();
  await expect(changer.getByRole("status")).toContainText("Back to under construction");
  expect((await getSite(request, site.id)).status).toBe("under_construction");

  // two edits, then restore the first of them
  expect((await request.patch(`/api/dealerships/${site.id}`, { data: { serviceBays: 8 } })).ok()).toBe(true);
  expect((await request.patch(`/api/dealerships/${site.id}`, { data: { serviceBays: 10 } })).ok()).toBe(true);
  await page.reload();
  const history = page.getByRole("table", { name: "History" });
  const eightRow = history.getByRole("row").filter({ has: page.locator('li[data-field="service bays"]', { hasText: /6\s*→\s*8/ }) });
  page.once("dialog", (d) => void d.accept());
  await eightRow.getByRole("button", { name: /^Restore the version of/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored the version" })).toBeVisible();
  await expect.poll(async () => (await getSite(request, site.id)).serviceBays).toBe(8);
  // the restore is itself in the history
  await expect(history.locator('li[data-field="service bays"]').first()).toContainText(/10\s*→\s*8/);
});
