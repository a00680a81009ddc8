import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { blockWebTiles, coverageApi, isTown, shareText, type CoverageJson } from "./helpers";

// Two scenarios built on the map, compared side by side, one promoted into the registry. Self-contained:
// unique names, its own sites; whatever it created is removed afterwards even when a step fails.
const PARAMS = { brand: "great-wall", mode: "road", threshold: "120", includePlanned: "true", year: "2025" };
const QS = new URLSearchParams(PARAMS).toString();
const RUN = Date.now().toString(36);
const SHOTS = "/tmp/scen-shots";

/** The uncovered towns by uncovered vehicles (towns are the SVG circles a planner can click; villages are on a canvas). */
const townGaps = (api: CoverageJson) => {
  const towns = new Set(api.places.filter(isTown).map((p) => p.id));
  return api.gaps.filter((g) => towns.has(g.cityId));
};

/** The vehicles of the places `after` covers that `before` did not. */
const newlyCoveredVehicles = (before: CoverageJson, after: CoverageJson) => {
  const wasCovered = new Set(before.places.filter((p) => p.covered).map((p) => p.id));
  return after.places.filter((p) => p.covered && !wasCovered.has(p.id)).reduce((sum, p) => sum + p.vehicles, 0);
};

interface Site { id: number; name: string; status: string; city: string; plannedQuarter: string | null }

async function registry(page: Page): Promise<Site[]> {
  return (await (await page.request.get("/api/dealerships")).json()).dealerships;
}

async function openScenarioMap(page: Page, id: number) {
  await blockWebTiles(page);
  await page.goto(`/map?${QS}&scenario=${id}`);
  await expect(page.locator("path.country-kz")).toHaveCount(1);
  await expect(page.locator('[data-kpi="share"]')).not.toHaveText("–");
}

/** Clicks a gap city on the map and saves the proposed planned site under `name`. */
async function addAtCity(page: Page, cityId: string, name: string) {
  await page.locator(`path.city-${cityId}`).click();
  const form = page.getByRole("form", { name: "Add planned dealership" });
  await expect(form.getByLabel("City")).toHaveValue(cityId);
  await form.locator('input[name="name"]').fill(name);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
}

test.describe.serial("scenarios", () => {
  const ids: Record<"a" | "b", number> = { a: 0, b: 0 };
  const names = { a: `Plan A ${RUN}`, b: `Plan B ${RUN}` };
  const siteA = `GWM scenario A site ${RUN}`;
  const siteB = `GWM scenario B site ${RUN}`;

  test.afterAll(async ({ request }) => {
    for (const id of Object.values(ids)) if (id) await request.delete(`/api/scenarios/${id}`);
    const all = (await (await request.get("/api/dealerships")).json()).dealerships as Site[];
    for (const s of all.filter((x) => x.name === siteA || x.name === siteB)) await request.delete(`/api/dealerships/${s.id}`);
  });

  test("creates two scenarios on the scenarios page", async ({ page }) => {
    await page.goto("/scenarios");
    for (const key of ["a", "b"] as const) {
      const form = page.getByRole("form", { name: "New scenario" });
      await form.getByLabel("Name").fill(names[key]);
      await form.getByLabel("Notes").fill(`e2e ${key}`);
      await form.getByRole("button", { name: "Create scenario" }).click();
      await expect(page.getByRole("status")).toContainText(`Created ${names[key]}`);
      await expect(page.getByRole("link", { name: names[key] })).toBeVisible();
    }
    const list = (await (await page.request.get("/api/scenarios")).json()).scenarios as { id: number; name: string; editCount: number }[];
    ids.a = list.find((s) => s.name === names.a)!.id;
    ids.b = list.find((s) => s.name === names.b)!.id;
    expect(ids.a).toBeGreaterThan(0);
    expect(ids.b).toBeGreaterThan(0);
  });

  test("scenario A on the map: a site added at the largest gap and dragged goes into the scenario, not the registry", async ({ page }) => {
    const before = await registry(page);
    const live = await coverageApi(page.request, PARAMS);
    const gap = townGaps(live)[0];
    await openScenarioMap(page, ids.a);
    const banner = page.getByTestId("scenario-banner");
    await expect(banner).toContainText(`Scenario: ${names.a}`);
    await expect(banner.getByRole("link", { name: "Back to live" })).toHaveAttribute("href", "/map");

    await addAtCity(page, gap.cityId, siteA);
    const scen = await coverageApi(page.request, { ...PARAMS, scenario: String(ids.a) });
    // the town's own vehicles, plus the villages around it the scenario's site reaches too
    const newly = newlyCoveredVehicles(live, scen);
    expect(scen.totals.coveredVehicles - live.totals.coveredVehicles).toBe(newly);
    expect(newly).toBeGreaterThanOrEqual(gap.uncoveredVehicles);
    await expect(page.locator('[data-kpi="share"]')).toHaveText(shareText(scen.totals.shareCovered));

    // drag the scenario's site a little: a move edit
    const marker = page.getByRole("button", { name: new RegExp(`^${siteA} \\(planned`) });
    const box = (await marker.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 8, box.y + box.height / 2 + 6, { steps: 6 });
    await page.mouse.up();
    await expect(page.getByRole("status")).toContainText("Moved");

    mkdirSync(SHOTS, { recursive: true });
    await expect(banner).toBeInViewport();
    await page.screenshot({ path: `${SHOTS}/map-scenario-a.png` });
    const detail = await (await page.request.get(`/api/scenarios/${ids.a}`)).json();
    expect(detail.edits.map((e: { op: string }) => e.op)).toEqual(["add", "move"]);
    // the registry did not change
    expect(await registry(page)).toEqual(before);
  });

  test("scenario B on the map: a site at the second gap added with the form, and an open site closed from its popup", async ({ page }) => {
    const before = await registry(page);
    const live = await coverageApi(page.request, PARAMS);
    const gap = live.places.find((p) => p.id === townGaps(live)[1].cityId)!;
    await openScenarioMap(page, ids.b);
    await expect(page.getByTestId("scenario-banner")).toContainText(names.b);
    await page.getByRole("button", { name: "Add planned dealership" }).click();
    const form = page.getByRole("form", { name: "Add planned dealership" });
    await form.getByLabel("City").selectOption(gap.id);
    await form.locator('input[name="lat"]').fill(String(gap.lat));
    await form.locator('input[name="lng"]').fill(String(gap.lng));
    await form.locator('input[name="name"]').fill(siteB);
    await form.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");

    const target = before.find((s) => s.status === "open" && s.name.startsWith("Haval"))!;
    const marker = page.getByRole("button", { name: new RegExp(`^${target.name.replace(/[()]/g, ".")}`) }).first();
    await marker.click();
    let asked = "";
    page.once("dialog", (d) => {
      asked = d.message();
      void d.accept();
    });
    await page.locator(`.site-popup[data-site-id="${target.id}"]`).getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("status")).toContainText("Closed in the scenario");
    expect(asked).toContain(names.b);

    const detail = await (await page.request.get(`/api/scenarios/${ids.b}`)).json();
    expect(detail.edits.map((e: { op: string }) => e.op)).toEqual(["add", "close"]);
    expect(await registry(page)).toEqual(before);
    await page.goto(`/scenarios/${ids.b}`);
    await expect(page.getByTestId("scenario-edits")).toContainText(`Close ${target.name}`);
    await expect(page.getByTestId("scenario-edits")).toContainText(`Add ${siteB}`);
  });

  test("compares live, A and B side by side", async ({ page }) => {
    const api = await (await page.request.get(`/api/scenarios/compare?ids=live,${ids.a},${ids.b}&${QS}`)).json();
    expect(api.scenarios.map((s: { name: string }) => s.name)).toEqual(["Live network", names.a, names.b]);
    await blockWebTiles(page);
    await page.goto(`/scenarios/compare?ids=live,${ids.a},${ids.b}&${QS}`);
    const table = page.getByTestId("compare-kpis");
    await expect(table.getByRole("columnheader")).toHaveText(["KPI", "Live network", names.a, names.b]);
    const shareRow = table.getByRole("row", { name: /Covered share/ });
    for (const s of api.scenarios) await expect(shareRow).toContainText(shareText(s.totals.shareCovered));
    const sitesRow = table.getByRole("row", { name: /^Sites/ });
    await expect(sitesRow.getByRole("cell").nth(1)).toContainText(String(api.scenarios[1].totals.sites));
    await expect(page.getByTestId("compare-regions")).toBeVisible();
    await expect(page.locator('[data-testid="compare-diff-map"] path.country-kz')).toHaveCount(1);
    await expect(page.getByRole("button", { name: `added: ${siteA} (planned`, exact: false })).toBeVisible();
    const csv = await page.request.get(`/api/scenarios/compare.csv?ids=live,${ids.a},${ids.b}&${QS}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(names.b);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/compare.png`, fullPage: true });
  });

  test("promotes A after a preview; the registry lists its site as planned and live equals A", async ({ page }) => {
    const scenA = await coverageApi(page.request, { ...PARAMS, scenario: String(ids.a) });
    await page.goto(`/scenarios/${ids.a}`);
    await page.getByRole("button", { name: "Preview promotion" }).click();
    const preview = page.getByTestId("promote-preview");
    await expect(preview).toContainText("Would write: 1 created, 0 updated, 0 closed");
    expect((await registry(page)).some((s) => s.name === siteA)).toBe(false);
    page.once("dialog", (d) => void d.accept());
    await preview.getByRole("button", { name: "Promote into the registry" }).click();
    await expect(page.getByRole("status")).toContainText("Promoted: 1 created");

    const live = await coverageApi(page.request, PARAMS);
    expect(live.totals).toEqual(scenA.totals);
    await page.goto(`/dealerships?q=${encodeURIComponent(siteA)}`);
    const row = page.getByRole("row", { name: new RegExp(siteA) });
    await expect(row).toHaveAttribute("data-status", "planned");
    await expect(row).toContainText("planned");
    // B was not promoted: its site is still only in the scenario
    expect((await registry(page)).some((s) => s.name === siteB)).toBe(false);
  });

  test("B's report, rename, and the stale warning once the registry changes a site B edits", async ({ page }) => {
    await page.goto(`/reports/coverage?${QS}&scenario=${ids.b}`);
    await expect(page.getByTestId("report-scenario")).toContainText(names.b);
    const api = await coverageApi(page.request, { ...PARAMS, scenario: String(ids.b) });
    await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", new RegExp(`scenario=${ids.b}`));
    expect(api.totals.coveredVehicles).toBeGreaterThan(0);

    await page.goto(`/scenarios/${ids.b}`);
    const form = page.getByRole("form", { name: "Scenario name and notes" });
    names.b = `${names.b} renamed`;
    await form.getByLabel("Name").fill(names.b);
    await form.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Scenario: ${names.b}`);

    const detail = await (await page.request.get(`/api/scenarios/${ids.b}`)).json();
    const closeEdit = detail.edits.find((e: { op: string }) => e.op === "close");
    const site = (await (await page.request.get(`/api/dealerships/${closeEdit.siteId}`)).json()).dealership;
    const patch = (bays: number) => page.request.patch(`/api/dealerships/${site.id}`, { data: { serviceBays: bays }, headers: { origin: new URL(page.url()).origin } });
    expect((await patch(site.serviceBays + 1)).status()).toBe(200);
    try {
      await page.reload();
      await expect(page.getByTestId("stale-warning")).toContainText("1 edit(s) no longer apply");
      const promote = await page.request.post(`/api/scenarios/${ids.b}/promote`, { headers: { origin: new URL(page.url()).origin } });
      expect(promote.status()).toBe(409);
      expect((await promote.json()).stale.map((x: { editId: number }) => x.editId)).toEqual([closeEdit.id]);
    } finally {
      await patch(site.serviceBays);
    }
  });
});
