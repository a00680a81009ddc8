// GET /api/market and POST /api/market/what-if end to end, in-process on the seeded in-memory database.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { cities } from "@/db/schema";
import { JSON_SAME_ORIGIN, makeRequest, site } from "../_tests/helpers";
import { POST as dealershipsPOST } from "../dealerships/route";
import { POST as editPOST } from "../scenarios/[id]/edits/route";
import { POST as scenariosPOST } from "../scenarios/route";
import { POST as suggestionsPOST } from "../suggestions/route";
import { GET } from "./route";
import { POST } from "./what-if/route";

const slugOf = (id: number) => getDb().select({ slug: cities.slug }).from(cities).where(eq(cities.id, id)).get()!.slug;

interface Place { id: number; name: string; lat: number; lng: number; potential: number; captured: number; share: number }
interface Dealer { id: number; name: string; brand: string; lat: number; lng: number; expectedSales: number; targetSales: number; utilisation: number | null; competitor: boolean; marketArea: number[] }
interface Market { model: { decay: string; lambda: number; maxMinutes: number; fit: { r2: number; mape: number } | null }; totals: { potential: number; captured: number; share: number }; places: Place[]; dealers: Dealer[]; brands: string[] }

async function market(qs: string): Promise<Market> {
  const res = await GET(makeRequest({ path: `/api/market?${qs}` }));
  expect(res.status).toBe(200);
  return res.json();
}

const whatIf = (body: unknown, extra: { role?: "viewer" | "planner"; headers?: Record<string, string> } = {}) =>
  POST(makeRequest({ method: "POST", path: "/api/market/what-if", body: JSON.stringify(body), headers: { ...JSON_SAME_ORIGIN, ...extra.headers }, role: extra.role }));

describe("GET /api/market", () => {
  it("answers the contract: the calibrated model, totals, places and every brand's dealers", async () => {
    const m = await market("brand=great-wall&year=2025");
    expect(m.model).toMatchObject({ decay: "exponential", maxMinutes: 120 });
    expect(m.model.lambda).toBeGreaterThan(0);
    expect(m.model.fit!.r2).toBeGreaterThan(0);
    expect(m.model.fit!.r2).toBeLessThanOrEqual(1);
    expect(m.model.fit!.mape).toBeGreaterThanOrEqual(0);
    expect(m.totals.potential).toBe(m.places.reduce((s, p) => s + p.potential, 0));
    expect(m.totals.share).toBeCloseTo(m.totals.captured / m.totals.potential, 6);
    expect(m.places[0]).toEqual(expect.objectContaining({ id: expect.any(Number), name: expect.any(String), potential: expect.any(Number), captured: expect.any(Number), share: expect.any(Number) }));
    const haval = m.dealers.filter((d) => d.brand === "haval");
    expect(haval.length).toBeGreaterThan(0);
    expect(haval.every((d) => !d.competitor && d.expectedSales > 0)).toBe(true);
    expect(m.dealers.some((d) => d.brand === "toyota" && d.competitor)).toBe(true);
    const d = haval[0];
    expect(d.utilisation).toBeCloseTo(d.expectedSales / d.targetSales, 2);
    // the planned brand's dealers sell what the brand captures
    expect(haval.reduce((s, x) => s + x.expectedSales, 0)).toBeCloseTo(m.totals.captured, 0);
    // each place is in at most one dealer's market area
    const areas = m.dealers.flatMap((x) => x.marketArea);
    expect(new Set(areas).size).toBe(areas.length);
  });

  it("captured ≤ potential everywhere, and all brands together sum to at most each place's potential", async () => {
    const first = await market("brand=great-wall&year=2025");
    const brands = [...new Set(first.dealers.map((d) => d.brand))];
    const sum = new Map<number, number>();
    for (const brand of brands) {
      const m = await market(`brand=${brand}&year=2025`);
      expect(m.totals.captured).toBeLessThanOrEqual(m.totals.potential);
      for (const p of m.places) {
        expect(p.captured).toBeLessThanOrEqual(p.potential);
        expect(p.share).toBeLessThanOrEqual(1);
        sum.set(p.id, (sum.get(p.id) ?? 0) + p.captured);
      }
    }
    for (const p of first.places) expect(sum.get(p.id)!).toBeLessThanOrEqual(p.potential);
    // where some dealer is in reach, the brands share out (nearly) all of it
    const almaty = first.places.reduce((a, b) => (b.potential > a.potential ? b : a));
    expect(sum.get(almaty.id)!).toBeGreaterThan(almaty.potential * 0.999);
  });

  it("takes a planner's λ, and answers 404 for an unknown brand and 400 naming the field for a bad year", async () => {
    const fixed = await market("brand=great-wall&year=2025&lambda=0.05");
    expect(fixed.model.lambda).toBe(0.05);
    expect((await GET(makeRequest({ path: "/api/market?brand=nope&year=2025" }))).status).toBe(404);
    for (const year of ["abc", "1999", "2031"]) {
      const res = await GET(makeRequest({ path: `/api/market?brand=great-wall&year=${year}` }));
      expect(res.status).toBe(400);
      expect(Object.keys((await res.json()).error.fields)).toContain("year");
    }
  });
});

describe("POST /api/market/what-if", () => {
  it("a point on top of our dealer takes sales from it, and the brand gains less than the point sells", async () => {
    const m = await market("brand=great-wall&year=2025");
    const dealer = m.dealers.find((d) => d.brand === "haval")!;
    const res = await whatIf({ brand: "great-wall", year: 2025, add: [{ lat: dealer.lat, lng: dealer.lng, name: "Twin" }] });
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(Object.keys(r)).toEqual(expect.arrayContaining(["before", "after", "netGain", "added", "dealers"]));
    expect(r.before.captured).toBeCloseTo(m.totals.captured, 0);
    expect(r.added).toEqual([{ name: "Twin", expectedSales: expect.any(Number) }]);
    const own = r.dealers.find((x: { id: number }) => x.id === dealer.id);
    expect(own.delta).toBeLessThan(0);
    expect(own.after).toBeCloseTo(own.before + own.delta, 6);
    expect(r.netGain).toBeLessThan(r.added[0].expectedSales);
    expect(r.after.captured).toBeCloseTo(r.before.captured + r.netGain, 6);
    // competitors nearby lose too (conquest)
    expect(r.dealers.some((x: { brand: string; delta: number }) => x.brand !== "haval" && x.delta < 0)).toBe(true);
  });

  it("a point where the brand has no dealer within reach gains", async () => {
    const m = await market("brand=great-wall&year=2025");
    const empty = m.places.filter((p) => p.captured === 0).reduce((a, b) => (b.potential > a.potential ? b : a));
    const r = await (await whatIf({ brand: "great-wall", year: 2025, add: [{ lat: empty.lat, lng: empty.lng }] })).json();
    expect(r.netGain).toBeGreaterThan(0);
    expect(r.after.share).toBeGreaterThan(r.before.share);
  });

  it("moves and removes dealers of any brand; a viewer may ask", async () => {
    const m = await market("brand=great-wall&year=2025");
    const rival = m.dealers.find((d) => d.brand === "toyota")!;
    const ours = m.dealers.find((d) => d.brand === "haval")!;
    const res = await whatIf({ brand: "great-wall", year: 2025, remove: [rival.id], move: [{ id: ours.id, lat: ours.lat + 0.05, lng: ours.lng }] }, { role: "viewer" });
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.dealers.find((x: { id: number }) => x.id === rival.id)).toMatchObject({ after: 0, delta: -r.dealers.find((x: { id: number }) => x.id === rival.id).before });
    expect(r.netGain).toBeGreaterThan(0);
  });

  it("refuses bad input naming the field: unknown brand 404, bad year, outside Kazakhstan, unknown dealer", async () => {
    expect((await whatIf({ brand: "nope", year: 2025, add: [] })).status).toBe(404);
    const cases: [unknown, string][] = [
      [{ brand: "great-wall", year: "20x5" }, "year"],
      [{ brand: "great-wall", year: 1990 }, "year"],
      [{ brand: "great-wall", year: 2025, add: [{ lat: 42.87, lng: 74.59 }] }, "add.0.lat"],
      [{ brand: "great-wall", year: 2025, move: [{ id: 987654, lat: 43.25, lng: 76.9 }] }, "move.0.id"],
      [{ brand: "great-wall", year: 2025, remove: [987654] }, "remove.0"],
    ];
    for (const [body, field] of cases) {
      const res = await whatIf(body);
      expect(res.status).toBe(400);
      expect(Object.keys((await res.json()).error.fields)).toContain(field);
    }
  });

  it("is refused cross-site like any POST", async () => {
    const res = await whatIf({ brand: "great-wall", year: 2025 }, { headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site" } });
    expect(res.status).toBe(403);
  });
});

describe("POST /api/suggestions with objective sales", () => {
  it("answers a viewer's greedy sales suggestion with where each point's sales come from", async () => {
    const res = await suggestionsPOST(makeRequest({
      method: "POST", path: "/api/suggestions", role: "viewer", headers: JSON_SAME_ORIGIN,
      body: JSON.stringify({ brand: "great-wall", objective: "sales", count: 2, year: 2025 }),
    }));
    expect(res.status).toBe(200);
    const s = await res.json();
    expect(s).toMatchObject({ objective: "sales", solver: "greedy" });
    expect(s.sites).toHaveLength(2);
    expect(s.sites[0]).toEqual(expect.objectContaining({ cityName: expect.any(String), expectedSales: expect.any(Number), newBuyers: expect.any(Number), fromCompetitors: expect.any(Number), fromOwn: expect.any(Number) }));
    expect(s.after.captured).toBeGreaterThan(s.before.captured);
  });
});

describe("planned outlets in the market model", () => {
  it("are judged with the parameters fitted on the open network, so a planned opening gains", async () => {
    const before = await market("brand=great-wall&year=2025&includePlanned=true");
    const empty = before.places.filter((p) => p.captured === 0).reduce((a, b) => (b.potential > a.potential ? b : a));
    const created = await dealershipsPOST(makeRequest({
      method: "POST", path: "/api/dealerships", headers: JSON_SAME_ORIGIN,
      body: JSON.stringify(site(`Haval market test ${Date.now()}`, { brand: "haval", lat: empty.lat, lng: empty.lng, city: slugOf(empty.id) })),
    }));
    if (created.status !== 201) {
      const body = await created.json();
      throw new Error(`could not create the planned site: ${JSON.stringify(body.error)}`);
    }
    const after = await market("brand=great-wall&year=2025&includePlanned=true");
    const open = await market("brand=great-wall&year=2025");
    expect(after.model.fit).toEqual(open.model.fit);
    expect(after.model.lambda).toBe(open.model.lambda);
    expect(after.totals.captured).toBeGreaterThan(before.totals.captured);
    expect(after.places.find((p) => p.id === empty.id)!.captured).toBeGreaterThan(0);
  });
});

describe("the market of a named scenario", () => {
  it("replays the scenario's edits: a showroom it adds gains sales there, the live market is unchanged", async () => {
    const live = await market("brand=great-wall&year=2025&includePlanned=true");
    const empty = live.places.filter((p) => p.captured === 0).reduce((a, b) => (b.potential > a.potential ? b : a));
    const created = await scenariosPOST(makeRequest({ method: "POST", path: "/api/scenarios", headers: JSON_SAME_ORIGIN, body: JSON.stringify({ name: `Market plan ${Date.now()}` }) }));
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const edit = await editPOST(
      makeRequest({ method: "POST", path: `/api/scenarios/${id}/edits`, headers: JSON_SAME_ORIGIN, body: JSON.stringify({ op: "add", site: site(`Haval scenario ${Date.now()}`, { brand: "haval", lat: empty.lat, lng: empty.lng, city: slugOf(empty.id) }) }) }),
      { params: Promise.resolve({ id: String(id) }) },
    );
    expect(edit.status).toBe(201);
    const planned = await market(`brand=great-wall&year=2025&includePlanned=true&scenario=${id}`);
    expect(planned.totals.captured).toBeGreaterThan(live.totals.captured);
    expect(planned.places.find((p) => p.id === empty.id)!.captured).toBeGreaterThan(0);
    expect(planned.model.fit).toEqual(live.model.fit);
    expect((await market("brand=great-wall&year=2025&includePlanned=true")).totals.captured).toBeCloseTo(live.totals.captured, 6);
    const r = await (await whatIf({ brand: "great-wall", year: 2025, includePlanned: true, scenario: id, add: [{ lat: empty.lat, lng: empty.lng }] })).json();
    expect(r.before.captured).toBeCloseTo(planned.totals.captured, 0);
    expect(r.netGain).toBeLessThan(r.added[0].expectedSales);
    expect((await GET(makeRequest({ path: "/api/market?brand=great-wall&year=2025&scenario=999999" }))).status).toBe(404);
  });
});
