import { expect, test } from "@playwright/test";
import { openMap, uniqueName } from "./ux-helpers";

// Issue 17, item 8: the LSCP target is settable, an empty answer is explained, and Adopt refreshes the rest.
test("LSCP takes a target share and explains an empty answer; after Adopt the remaining suggestions are re-asked", async ({ page }) => {
  await openMap(page, "brand=changan&mode=road&threshold=120&includePlanned=true");
  const panel = page.getByRole("region", { name: "Suggest sites" });
  await panel.getByLabel("Objective").selectOption("lscp");
  const target = panel.getByLabel("Target covered share (%)");
  await expect(target).toHaveValue("90");

  // a target below today's share: nothing to add, and the panel says why
  await target.fill("1");
  await panel.getByRole("button", { name: "Suggest sites" }).click();
  await expect(panel.getByTestId("suggest-empty")).toContainText("No new site is needed");
  await expect(panel.getByTestId("suggest-empty")).toContainText("1.0 % target");
  await expect(panel.getByRole("table", { name: "Suggested sites" })).toBeHidden();

  // a higher target asks for sites
  await target.fill("99");
  await panel.getByRole("button", { name: "Suggest sites" }).click();
  await expect(panel.getByTestId("suggest-summary")).toBeVisible();
  await expect(panel.getByTestId("suggest-empty")).toHaveCount(0);

  // MCLP, 3 sites; adopt the first
  await panel.getByLabel("Objective").selectOption("mclp");
  await panel.getByLabel("Number of sites").fill("3");
  await panel.getByRole("button", { name: "Suggest sites" }).click();
  const summary = panel.getByTestId("suggest-summary");
  await expect(summary).toContainText(/^3 sites/);
  const first = await panel.getByRole("row").nth(1).getAttribute("data-city");
  const shareBefore = await page.locator('[data-kpi="share"]').innerText();
  await panel.getByRole("row").nth(1).getByRole("button", { name: "Adopt" }).click();
  const dialog = page.getByRole("dialog", { name: "Add planned dealership" });
  await dialog.getByLabel("Name").fill(uniqueName("Changan adopted"));
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  // the header is the answer for the network with the adopted site: two more sites, starting
  // from the share the sidebar now shows
  await expect(summary).toContainText(/^2 sites/);
  await expect(page.locator('[data-kpi="share"]')).not.toHaveText(shareBefore);
  const share = await page.locator('[data-kpi="share"]').innerText();
  await expect(summary).toContainText(`covered share ${share} →`);
  await expect(panel.locator(`tr[data-city="${first}"]`)).toHaveCount(0);
});
