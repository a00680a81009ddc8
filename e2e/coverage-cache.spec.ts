import { expect, test } from "@playwright/test";

// The API memoises reports per data version and answers a repeated request with 304 by ETag:
// a client must still see a new site at once, and an unchanged answer must stay the same bytes.
test("coverage API: an unchanged answer revalidates with 304, a new dealership changes it at once", async ({ request }) => {
  const url = "/api/coverage?brand=hongqi&mode=straight&threshold=150&includePlanned=true";
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^W\/".+"$/);
  const before = await first.json();

  const again = await request.get(url, { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  // what a browser asks: compressed, and the body must still be the same JSON, encoded once
  const gzipped = await request.get(url, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
  expect(gzipped.headers()["etag"]).toBe(etag);
  expect(await gzipped.json()).toEqual(before);

  // a city without a Hongqi site: the new planned one must be counted in the very next answer
  const uncovered = before.cities.find((c: { covered: boolean; vehicles: number }) => !c.covered && c.vehicles > 0);
  expect(uncovered).toBeTruthy();
  const created = await request.post("/api/dealerships", {
    data: {
      brand: "hongqi", name: `Hongqi cache check ${Date.now()}`, city: uncovered.id, lat: uncovered.lat, lng: uncovered.lng,
      status: "planned", plannedQuarter: "2026-Q4", sales: true, service: true, parts: true, serviceBays: 4,
    },
  });
  expect(created.status()).toBe(201);
  const { dealership } = await created.json();
  try {
    const after = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(after.status()).toBe(200);
    expect(after.headers()["etag"]).not.toBe(etag);
    const body = await after.json();
    expect(body.cities.find((c: { id: string }) => c.id === uncovered.id).covered).toBe(true);
    expect(body.totals.coveredVehicles).toBeGreaterThan(before.totals.coveredVehicles);
  } finally {
    await request.delete(`/api/dealerships/${dealership.id}`);
  }
  // deleting it is a write too: the answer is the original one again
  const restored = await request.get(url);
  expect((await restored.json()).totals).toEqual(before.totals);
});
