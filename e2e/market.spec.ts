import { expect, test, type Page } from "@playwright/test";
import { blockWebTiles } from "./helpers";

// The sales model (issue 12) in the browser: the map's sales layer and its what-if, the dealer
// performance page, the report's sales section and the sales editor. Nothing here writes the registry
// except the sales cell and the setting it puts back.

interface MarketJson {
  totals: { potential: number; captured: number; share: number };
  dealers: { id: number; name: string; brand: string; lat: number; lng: number; expectedSales: number; competitor: boolean }[];
}

const BRAND = "great-wall";
const YEAR = "2025";
const MAP_URL = `/map?${new URLSearchParams({ brand: BRAND, year: YEAR, includePlanned: "false", layers: "roads,sites,sales,competitors", districts: "off" })}`;

async function market(page: Page): Promise<MarketJson> {
  const res = await page.request.get(`/api/market?brand=${BRAND}&year=${YEAR}`);
  expect(res.ok(), await res.text()).toBe(true);
  return res.json();
}

async function openSalesMap(page: Page) {
  await blockWebTiles(page);
  await page.goto(MAP_URL);
  await expect(page.locator("path.country-kz")).toHaveCount(1);
  await expect(page.getByTestId("market-totals")).toBeVisible({ timeout: 30_000 });
}

test("a point dropped next to an existing dealer: the cannibalisation table shows that dealer's loss, live", async ({ page }, testInfo) => {
  const api = await market(page);
  // our busiest showroom that is alone in its town: the new point's buyers come from it first
  const ours = api.dealers.filter((d) => !d.competitor);
  const target = ours.find((d) => d.name === "Haval Karaganda") ?? ours.sort((a, b) => b.expectedSales - a.expectedSales)[0];
  await openSalesMap(page);
  const panel = page.getByRole("region", { name: "Sales model" });
  await expect(panel.getByTestId("market-totals")).toContainText(Math.round(api.totals.potential).toLocaleString("en-US"));
  // dealer bubbles: ours and the competitors', styled apart
  await expect(page.locator("path.market-bubble.ours")).toHaveCount(ours.length);
  await expect(page.locator("path.market-bubble.competitor")).toHaveCount(api.dealers.length - ours.length);

  await panel.getByLabel("Dealer to try a point beside").selectOption(String(target.id));
  await panel.getByRole("button", { name: "Add beside" }).click();
  const table = panel.getByRole("table", { name: "What-if: dealers whose sales change" });
  const row = table.locator(`tr[data-dealer="${target.id}"]`);
  await expect(row).toBeVisible({ timeout: 30_000 });
  const delta = Number(await row.locator("td[data-delta]").getAttribute("data-delta"));
  expect(delta).toBeLessThan(0);
  await expect(row).toHaveAttribute("data-ours", "true");
  // the brand gains less than the new point sells: part of its sales are the neighbour's
  const whatIf = await (
    await page.request.post("/api/market/what-if", {
      data: { brand: BRAND, year: Number(YEAR), add: [{ lat: target.lat, lng: target.lng + 0.02 }], move: [], remove: [] },
    })
  ).json();
  expect(whatIf.netGain).toBeLessThan(whatIf.added[0].expectedSales);
  const lost = whatIf.dealers.find((d: { id: number }) => d.id === target.id);
  expect(lost.delta).toBeCloseTo(delta, 3);
  await expect(panel.getByTestId("net-gain")).toContainText("net gain");
  const point = page.locator(".leaflet-marker-icon", { has: page.locator(".whatif-icon") });
  await expect(point).toHaveCount(1);
  // the map flew to the dealer: its bubble, its market area and the point beside it
  await page.waitForTimeout(1200);
  await page.screenshot({ path: testInfo.outputPath("market-what-if.png") });

  // drag the point 120 px away: the table follows while dragging (debounced POST), the loss shrinks
  const box = (await point.boundingBox())!;
  const answers: number[] = [];
  page.on("response", (r) => {
    if (r.url().endsWith("/api/market/what-if")) answers.push(r.status());
  });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + box.width / 2 + i * 10, box.y + box.height / 2 + i * 4);
    await page.waitForTimeout(60);
  }
  await expect.poll(() => answers.length).toBeGreaterThan(0);
  await page.mouse.up();
  await expect(panel.getByTestId("market-what-if")).toHaveAttribute("data-current", "true");
  expect(answers.every((s) => s === 200)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath("market-what-if-dragged.png") });

  await panel.getByRole("button", { name: "Clear what-if" }).click();
  await expect(table).toHaveCount(0);

  // closing the dealer instead, from its bubble's popup: its sales go to 0, the competitors pick some up
  // (our bubbles are drawn biggest first: the first is our busiest showroom)
  await page.locator("path.market-bubble.ours").first().dispatchEvent("click");
  const popup = page.getByTestId("market-dealer-popup");
  await expect(popup).toBeVisible();
  const closedName = (await popup.locator("strong").textContent())!;
  await popup.getByRole("button", { name: "Close (what-if)" }).click();
  const closed = api.dealers.find((d) => d.name === closedName)!;
  const closedRow = table.locator(`tr[data-dealer="${closed.id}"]`);
  await expect(closedRow).toBeVisible({ timeout: 30_000 });
  await expect(closedRow.locator("td").nth(1)).toHaveText("0");
  await expect(table.locator('tbody[data-group="competitors"] td[data-delta]').first()).toBeVisible();
  expect(Number(await table.locator('tbody[data-group="competitors"] td[data-delta]').first().getAttribute("data-delta"))).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath("market-closed.png") });
  await panel.getByRole("button", { name: "Clear what-if" }).click();

  // a point dropped by clicking the map, once armed
  await panel.getByRole("button", { name: "Drop a what-if point" }).click();
  await expect(panel.getByRole("button", { name: "Click the map to drop the point…" })).toHaveAttribute("aria-pressed", "true");
  const mapBox = (await page.getByTestId("planner-map").boundingBox())!;
  await page.mouse.click(mapBox.x + mapBox.width / 2 + 40, mapBox.y + mapBox.height / 2 + 40);
  await expect(point).toHaveCount(1);
  await expect(panel.getByTestId("net-gain")).toBeVisible({ timeout: 30_000 });
  // no dealership form opened: the click was the what-if's
  await expect(page.getByRole("form", { name: "Add planned dealership" })).toHaveCount(0);
});

test("dealer performance lists our showrooms against target, with the trend and the same numbers as the API", async ({ page }, testInfo) => {
  const api = await market(page);
  await page.goto(`/market?brand=${BRAND}&year=${YEAR}`);
  const table = page.getByRole("table", { name: "Dealer performance" });
  const ours = api.dealers.filter((d) => !d.competitor);
  await expect(table.locator("tbody tr")).toHaveCount(ours.length);
  const top = [...ours].sort((a, b) => b.expectedSales - a.expectedSales)[0];
  const row = table.locator(`tr[data-dealer="${top.id}"]`);
  await expect(row).toContainText(Math.round(top.expectedSales).toLocaleString("en-US"));
  await expect(page.getByRole("table", { name: "Market by year" }).locator("tbody tr")).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath("dealer-performance.png"), fullPage: true });

  // the coverage report carries a sales section with the API's totals
  await page.goto(`/reports/coverage?brand=${BRAND}&year=${YEAR}&mode=road&threshold=120`);
  const section = page.getByTestId("report-sales");
  await expect(section).toContainText(Math.round(api.totals.potential).toLocaleString("en-US"));
  await section.screenshot({ path: testInfo.outputPath("report-sales.png") });
});

test("the sales editor saves a figure with an audit entry, and the CSV export has it", async ({ page }) => {
  await page.goto(`/sales?year=${YEAR}&brand=chevrolet`);
  const cell = page.getByRole("textbox", { name: `Chevrolet in Kostanay, ${YEAR}` });
  await expect(page.getByTestId("park-status")).toHaveAttribute("data-hydrated", "true");
  const before = await cell.inputValue();
  const next = String(Number(before) + 7);
  await cell.fill(next);
  await cell.press("Enter");
  await expect(page.getByTestId("park-status")).toContainText("Saved 1 change");
  const csv = await (await page.request.get(`/api/export/sales.csv?year=${YEAR}&brand=chevrolet`)).text();
  expect(csv).toContain(`kostanay,Костанай`);
  expect(csv.split("\r\n").find((l) => l.startsWith("kostanay,"))).toContain(`,${next},false,edited by a planner`);
  // put the estimate's number back (the row stays a planner's figure)
  const res = await page.request.put("/api/sales", { data: { city: "kostanay", brand: "chevrolet", year: Number(YEAR), vehicles: Number(before) } });
  expect(res.ok()).toBe(true);
});
