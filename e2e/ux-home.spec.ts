import { expect, test } from "@playwright/test";
import { blockWebTiles, coverageApi, shareText } from "./helpers";
import { createSite } from "./ux-helpers";
import { E2E_USERS } from "./auth-users";

// Issue 17, comforts: a home page worth landing on — one brand's KPIs, a map, what needs attention, recent changes.
test("the home page is a brand dashboard with the API's KPIs, the top gaps, late openings and recent changes", async ({ page, request }) => {
  const late = await createSite(request, { brand: "li-auto", city: "astana", lat: 51.16, lng: 71.42, plannedQuarter: "2024-Q2" });
  await blockWebTiles(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Great Wall");
  const gwm = await coverageApi(request, { brand: "great-wall", includePlanned: "true" });
  await expect(page.locator('[data-kpi="share"]')).toHaveText(shareText(gwm.totals.shareCovered));

  await page.getByRole("form", { name: "Choose a brand" }).getByLabel("Brand").selectOption("li-auto");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/brand=li-auto/);
  const li = await coverageApi(request, { brand: "li-auto", includePlanned: "true" });
  await expect(page.locator('[data-kpi="share"]')).toHaveText(shareText(li.totals.shareCovered));
  await expect(page.locator('[data-kpi="uncovered"]')).toHaveText(li.totals.uncoveredVehicles.toLocaleString("en-US"));
  await expect(page.getByTestId("report-map").locator("path.country-kz")).toHaveCount(1);

  const attention = page.getByRole("region", { name: "Needs attention" });
  const gaps = attention.getByTestId("attention-gaps").locator("li");
  await expect(gaps).toHaveCount(Math.min(5, li.gaps.length));
  await expect(gaps.first()).toContainText(li.gaps[0].name);
  await expect(attention.getByTestId("attention-due")).toContainText(`${late.name} (Astana): 2024-Q2 late`);
  await expect(attention.getByTestId("attention-estimates")).toContainText(/\d+ of \d+ vehicle-park figures for \d{4} are estimates/);

  await expect(page.getByRole("list", { name: "Recent changes" })).toContainText(`${E2E_USERS.planner} added ${late.name}`); // the audit names the signed-in person
  await page.getByRole("list", { name: "Recent changes" }).getByRole("link", { name: late.name }).click();
  await expect(page).toHaveURL(new RegExp(`/dealerships/${late.id}$`));
});
