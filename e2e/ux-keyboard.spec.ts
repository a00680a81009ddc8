import { expect, test } from "@playwright/test";
import { createSite, openMap } from "./ux-helpers";

// Issue 17, comforts: adding a site from the keyboard, focusable markers, dialogs that keep the focus.
test("N opens the add-site dialog at the map centre; a marker is reached with Tab and opened with Enter", async ({ page, request }) => {
  const site = await createSite(request, { brand: "exeed", city: "pavlodar", lat: 52.3, lng: 76.95 });
  await openMap(page, "brand=exeed&includePlanned=true&at=52.3,76.95,9");
  await expect(page.getByRole("button", { name: "Add planned dealership" })).toHaveAttribute("aria-keyshortcuts", "N");
  await expect(page.locator(".shortcut-hint")).toContainText("adds a site at the map centre");

  await page.locator("body").press("n");
  const dialog = page.getByRole("dialog", { name: "Add planned dealership" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("City")).toHaveValue("pavlodar");
  await expect(dialog.getByLabel("Brand")).toBeFocused();
  // typing N inside the dialog types, it does not open another
  await dialog.getByLabel("Name").fill("");
  await dialog.getByLabel("Name").press("N");
  await expect(dialog.getByLabel("Name")).toHaveValue("N");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  const marker = page.getByRole("button", { name: `${site.name} (planned ${site.plannedQuarter})` });
  await marker.focus();
  await expect(marker).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(`.site-popup[data-site-id="${site.id}"]`)).toBeVisible();
});

// Issue 17, comforts: long work shows progress and can be cancelled.
test("a running exact solve shows its progress against the time limit and can be cancelled", async ({ page }) => {
  await openMap(page, "brand=great-wall&includePlanned=true");
  // hold the answer back so the solve is still running when the planner cancels
  await page.route("**/api/suggestions", async (route) => {
    await new Promise((r) => setTimeout(r, 4000));
    await route.continue().catch(() => undefined);
  });
  const panel = page.getByRole("region", { name: "Suggest sites" });
  await panel.getByLabel("Solver").selectOption("exact");
  await panel.getByRole("button", { name: "Suggest sites" }).click();
  const progress = panel.getByRole("group", { name: "Solving" });
  await expect(progress).toContainText("of at most 20 s");
  await expect(progress.getByRole("progressbar")).toBeVisible();
  await expect(progress).toContainText(/Proving the optimum: [1-9] s/);
  await progress.getByRole("button", { name: "Cancel" }).click();
  await expect(panel.getByTestId("suggest-cancelled")).toBeVisible();
  await expect(progress).toHaveCount(0);
  await expect(panel.getByRole("table", { name: "Suggested sites" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Suggest sites" })).toBeEnabled();
});
