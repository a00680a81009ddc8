import { describe, expect, it } from "vitest";
import { CITIES } from "../seed/data";
import { coverageQuerySchema } from "@/lib/validation/coverage-query";
import { suggestionRequestSchema } from "@/lib/validation/suggestion";
import { createTestDb } from "../test-db";
import { getCoverageReport } from "./coverage";
import { createDealership } from "./dealerships";
import { getSuggestions } from "./suggestions";
import { systemContext } from "@/lib/request-context";

const TEST_CTX = systemContext("test");

const request = (over: Record<string, unknown> = {}) =>
  suggestionRequestSchema.parse({ brand: "great-wall", count: 3, objective: "mclp", mode: "road", threshold: 120, ...over });

describe("site suggestions on the seeded network", () => {
  it("greedy MCLP: three gap cities, each adding vehicles, explained by the coverage engine", async () => {
    const db = createTestDb();
    const s = await getSuggestions(db, request());
    expect(s.sites).toHaveLength(3);
    const gains = s.sites.map((x) => x.vehiclesAdded);
    expect(gains.every((g) => g > 0)).toBe(true);
    expect(gains).toEqual([...gains].sort((a, b) => b - a)); // greedy order
    expect(s.after.coveredVehicles - s.before.coveredVehicles).toBe(gains.reduce((a, b) => a + b, 0));
    for (const site of s.sites) {
      expect(site.newlyCoveredCities.reduce((a, c) => a + c.vehicles, 0)).toBe(site.vehiclesAdded);
      expect(site.baysNeeded).toBe(Math.ceil(site.vehiclesServed / 150));
    }
  });

  it("adopting the first suggestion raises covered vehicles by exactly the gain it showed", async () => {
    const db = createTestDb();
    const s = await getSuggestions(db, request());
    const first = s.sites[0];
    const q = coverageQuerySchema.parse({ brand: "great-wall", threshold: "120", includePlanned: "true" });
    const before = getCoverageReport(db, q).coverage.totals.coveredVehicles;
    createDealership(db, TEST_CTX, {
      brand: "haval", name: `Haval ${first.cityName} service centre`, city: first.cityId, lat: first.lat, lng: first.lng,
      status: "planned", plannedQuarter: "2027-Q1", sales: true, service: true, parts: true, serviceBays: first.baysNeeded,
    });
    expect(getCoverageReport(db, q).coverage.totals.coveredVehicles - before).toBe(first.vehiclesAdded);
  });

  it("honours excluded cities and reports bad input by field", async () => {
    const db = createTestDb();
    const first = (await getSuggestions(db, request({ count: 1 }))).sites[0];
    const without = await getSuggestions(db, request({ count: 1, constraints: { excludeCities: [first.cityId] } }));
    expect(without.sites[0].cityId).not.toBe(first.cityId);
    await expect(getSuggestions(db, request({ constraints: { excludeCities: ["atlantis"] } }))).rejects.toThrow(/atlantis/);
    expect(suggestionRequestSchema.safeParse({ brand: "haval", count: 0 }).error?.issues[0].path).toEqual(["count"]);
  });

  it("p-median: suggestions cut the vehicle-weighted drive time", async () => {
    const db = createTestDb();
    const s = await getSuggestions(db, request({ objective: "pmedian" }));
    expect(s.sites.length).toBeGreaterThan(0);
    expect(s.after.meanTravel!).toBeLessThan(s.before.meanTravel!);
  });

  it("suggests at town level: candidates are places above a size, not only the 41 cities", async () => {
    const db = createTestDb();
    const s = await getSuggestions(db, request({ count: 5, candidateMinPopulation: 5000 }));
    expect(s.candidates).toBeGreaterThan(200);
    const planner = new Set(CITIES.map((c) => c.slug));
    expect(s.sites.some((x) => !planner.has(x.cityId))).toBe(true);
    // a district's rest is never a candidate: its position is an estimate
    expect(s.sites.every((x) => !x.cityId.startsWith("rural-"))).toBe(true);
    const fewer = await getSuggestions(db, request({ count: 5, candidateMinPopulation: 100000 }));
    expect(fewer.candidates).toBeLessThan(20);
  });

  it("LSCP: the fewest new sites that reach a target share, proven by the exact solver", async () => {
    const db = createTestDb();
    // 99.5 % was reachable on the 41-city model; with villages and district rests (never candidates) the
    // country model tops out near 98.7 % from towns of 5,000+, so the target is now 95 %
    const greedy = await getSuggestions(db, request({ objective: "lscp", constraints: { targetShare: 0.95 } }));
    const exact = await getSuggestions(db, request({ objective: "lscp", solver: "exact", constraints: { targetShare: 0.95 } }));
    for (const r of [greedy, exact]) expect(r.after.shareCovered).toBeGreaterThanOrEqual(0.95);
    expect(exact.status).toBe("optimal");
    expect(exact.sites.length).toBeLessThanOrEqual(greedy.sites.length);
    expect(exact.sites.length).toBeGreaterThan(0);
  });
});
