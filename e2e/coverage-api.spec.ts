import { expect, test } from "@playwright/test";
import { coverageApi } from "./helpers";

test("coverage API: totals equal the per-city rows; road mode and straight mode both answer", async ({ request }) => {
  const cases: Record<string, string>[] = [
    { brand: "great-wall", mode: "road", threshold: "120" },
    { brand: "chery", mode: "straight", threshold: "150", includePlanned: "true" },
  ];
  for (const params of cases) {
    const c = await coverageApi(request, params);
    // one row per demand point of the country model (was 41 cities); places repeat them with their district
    expect(c.cities.length).toBeGreaterThan(1000);
    expect(c.places).toHaveLength(c.cities.length);
    expect(c.places.reduce((s, p) => s + p.vehicles, 0)).toBe(c.totals.vehicles);
    expect(c.districts).toHaveLength(224);
    expect(c.totals.vehicles).toBe(c.cities.reduce((s, x) => s + x.vehicles, 0));
    expect(c.totals.coveredVehicles).toBe(c.cities.filter((x) => x.covered).reduce((s, x) => s + x.vehicles, 0));
    expect(c.totals.uncoveredVehicles).toBe(c.gaps.reduce((s, g) => s + g.uncoveredVehicles, 0));
  }
});

test("coverage API: bad parameters answer 400 naming the parameter, an unknown brand 404", async ({ request }) => {
  const bad = await request.get("/api/coverage?brand=haval&mode=teleport");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields).toHaveProperty("mode");
  const neg = await request.get("/api/coverage?brand=haval&threshold=-5");
  expect(neg.status()).toBe(400);
  expect((await neg.json()).error.fields).toHaveProperty("threshold");
  const missing = await request.get("/api/coverage");
  expect(missing.status()).toBe(400);
  expect((await missing.json()).error.fields).toHaveProperty("brand");
  const unknown = await request.get("/api/coverage?brand=zaz");
  expect(unknown.status()).toBe(404);
});
