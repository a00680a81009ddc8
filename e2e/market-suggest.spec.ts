import { expect, test } from "@playwright/test";
import { blockWebTiles } from "./helpers";

const PARAMS = { brand: "great-wall", mode: "road", threshold: "120", includePlanned: "true", year: "2025" };
const toInt = (s: string | null) => Number((s ?? "").replace(/[^\d]/g, ""));

test("the map's suggestions offer the sales objective: each point says where its sales come from, and adopting one adds a planned showroom that gains sales", async ({ page }, testInfo) => {
  await blockWebTiles(page);
  await page.goto(`/map?${new URLSearchParams(PARAMS)}`);
  const panel = page.getByRole("region", { name: "Suggest sites" });
  await panel.getByLabel("Objective").selectOption("sales");
  await panel.getByLabel("Number of sites").fill("2");
  await panel.getByRole("button", { name: "Suggest sites" }).click();
  const table = panel.getByRole("table", { name: "Suggested sites" });
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(table.getByRole("columnheader", { name: "Sells / year" })).toBeVisible();
  await expect(rows.first()).toContainText("from competitors");
  await expect(panel.getByTestId("suggest-summary")).toContainText("captured sales");
  await page.screenshot({ path: testInfo.outputPath("sales-suggestions.png") });

  const first = rows.first();
  const gain = toInt(await first.locator('[data-col="gain"]').textContent());
  const city = await first.getAttribute("data-city");
  expect(gain).toBeGreaterThan(0);
  const market = async () => (await (await page.request.get("/api/market?brand=great-wall&year=2025&includePlanned=true")).json()).totals.captured as number;
  const before = await market();

  await first.getByRole("button", { name: "Adopt" }).click();
  const form = page.getByRole("form", { name: "Add planned dealership" });
  await expect(form.getByLabel("City")).toHaveValue(city!);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  // the planned showroom is in the sales model (planned outlets included): the brand gains about what the point promised
  const after = await market();
  expect(after - before).toBeGreaterThan(gain * 0.9);
  expect(after - before).toBeLessThan(gain * 1.1 + 1);
  const { dealerships } = await (await page.request.get(`/api/dealerships?brand=great-wall&status=planned`)).json();
  const adopted = dealerships.filter((d: { city: string; notes: string | null }) => d.city === city && (d.notes ?? "").includes("sales suggestion"));
  expect(adopted).toHaveLength(1);
  expect((await page.request.delete(`/api/dealerships/${adopted[0].id}`)).ok()).toBe(true);
});
