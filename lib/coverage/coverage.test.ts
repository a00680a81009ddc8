import { describe, expect, it } from "vitest";
import { buildGraphFromEdges } from "@/lib/roads";
import { GOLDEN_EDGES, GOLDEN_NODES, KM_PER_DEGREE } from "@/lib/roads/golden-network";
import { compareHorizons } from "./compare";
import { horizonServiceSites } from "@/lib/planning/horizon";
import { computeCoverage } from "./compute";
import type { DemandCity, ServiceSite } from "./types";

// Golden network (lib/roads/golden-network.ts): A-B 60 min/95 km, B-C 60/90, C-D 30/40, B-D 120/140, D-E 60/70.
// Fastest from A: A 0, B 60 (95 km), C 120, D 150, E 210.  From D: D 0, C 30 (40 km), B 90, A 150, E 60 (70 km).
const graph = buildGraphFromEdges(GOLDEN_NODES, GOLDEN_EDGES);
const vehicles: Record<string, number> = { a: 1000, b: 500, c: 300, d: 200, e: 800 };
const demand: DemandCity[] = GOLDEN_NODES.map((n) => ({
  id: n.slug,
  name: n.slug.toUpperCase(),
  region: n.slug === "a" || n.slug === "b" ? "West" : "East",
  lat: n.lat,
  lng: n.lng,
  vehicles: vehicles[n.slug],
}));
const site = (id: number, lat: number, bays: number, status = "open"): ServiceSite => ({
  id,
  name: `S${id}`,
  cityId: null,
  lat,
  lng: 70,
  bays,
  status,
  plannedQuarter: status === "planned" ? "2026-Q3" : null,
});
const S0 = site(100, 45.0, 10); // at A
const S1 = site(101, 46.5, 2, "planned"); // at D
const HALF_DEG = 0.5 * KM_PER_DEGREE; // 55.5975 km

describe("golden coverage, road mode, threshold 45 min", () => {
  const r = computeCoverage({ demand, sites: [S0, S1], mode: "road", threshold: 45, graph });

  it("assigns each city its nearest site by hand", () => {
    const rows = r.cities.map((c) => [c.id, c.nearestSiteId, c.travel, c.km, c.covered]);
    expect(rows).toEqual([
      ["a", 100, 0, 0, true], // at S0
      ["b", 100, 60, 95, false], // S0 60 min beats S1 90 min; 60 > 45
      ["c", 101, 30, 40, true], // S1 30 min beats S0 120
      ["d", 101, 0, 0, true], // at S1
      ["e", 101, 60, 70, false], // S1 60 min; uncovered
    ]);
    expect(r.unit).toBe("minutes");
  });

  it("totals: 2800 vehicles, 1500 covered (A+C+D), mean 87000/2800 min, max 60", () => {
    expect(r.totals.vehicles).toBe(2800);
    expect(r.totals.coveredVehicles).toBe(1500);
    expect(r.totals.uncoveredVehicles).toBe(1300);
    expect(r.totals.shareCovered).toBeCloseTo(1500 / 2800, 12);
    // (1000·0 + 500·60 + 300·30 + 200·0 + 800·60) / 2800
    expect(r.totals.meanTravel).toBeCloseTo(87000 / 2800, 12);
    expect(r.totals.maxTravel).toBe(60);
    expect(r.totals.sites).toBe(2);
    expect(r.totals.bays).toBe(12);
    expect(r.totals.vehiclesPerBay).toBeCloseTo(2800 / 12, 12);
  });

  it("ranks gaps by uncovered vehicles: E (800) then B (500)", () => {
    expect(r.gaps.map((g) => [g.cityId, g.uncoveredVehicles, g.nearestSiteId, g.travel])).toEqual([
      ["e", 800, 101, 60],
      ["b", 500, 100, 60],
    ]);
  });

  it("site loads: S0 serves A (1000/10 bays = 100), S1 serves C+D (500/2 = 250 > 150, overloaded)", () => {
    expect(r.sites).toEqual([
      { id: 100, name: "S100", region: "West", bays: 10, vehiclesInCatchment: 1500, vehiclesServed: 1000, vehiclesPerBay: 100, overloaded: false },
      { id: 101, name: "S101", region: "East", bays: 2, vehiclesInCatchment: 1300, vehiclesServed: 500, vehiclesPerBay: 250, overloaded: true },
    ]);
  });

  it("regions: East 500/1300 covered, gap E; West 1000/1500 covered, gap B", () => {
    expect(r.regions).toEqual([
      { region: "East", vehicles: 1300, coveredVehicles: 500, shareCovered: 500 / 1300, sites: 1, bays: 2, vehiclesPerBay: 650, largestGapCityId: "e" },
      { region: "West", vehicles: 1500, coveredVehicles: 1000, shareCovered: 1000 / 1500, sites: 1, bays: 10, vehiclesPerBay: 150, largestGapCityId: "b" },
    ]);
  });

  it("is the same with a prebuilt matrix and covers the boundary inclusively", () => {
    const at60 = computeCoverage({ demand, sites: [S0, S1], mode: "road", threshold: 60, graph });
    expect(at60.totals.coveredVehicles).toBe(2800); // B and E at exactly 60 min count as covered
    expect(at60.gaps).toEqual([]);
  });
});

describe("golden coverage, straight mode, threshold 50 km", () => {
  // on the meridian: B-S0, C-S1, E-S1 are 0.5° = 55.5975 km; A and D sit on a site
  const r = computeCoverage({ demand, sites: [S0, S1], mode: "straight", threshold: 50 });
  it("uses great-circle km", () => {
    expect(r.unit).toBe("km");
    expect(r.cities.map((c) => c.nearestSiteId)).toEqual([100, 100, 101, 101, 101]);
    expect(r.cities[1].travel).toBeCloseTo(HALF_DEG, 9);
    expect(r.cities.map((c) => c.covered)).toEqual([true, false, false, true, false]);
    expect(r.totals.coveredVehicles).toBe(1200);
    expect(r.totals.meanTravel).toBeCloseTo((1600 * HALF_DEG) / 2800, 9);
    expect(r.totals.maxTravel).toBeCloseTo(HALF_DEG, 9);
    expect(r.gaps.map((g) => g.cityId)).toEqual(["e", "b", "c"]);
  });
});

describe("tie-breaking and edge cases", () => {
  it("breaks exact ties toward the lowest site index", () => {
    // B (45.5) is exactly 0.5° from a site at C (46.0) and one at A (45.0): index 0 wins
    const atC = site(7, 46.0, 1);
    const atA = site(8, 45.0, 1);
    const straight = computeCoverage({ demand, sites: [atC, atA], mode: "straight", threshold: 100 });
    expect(straight.cities[1].nearestSiteId).toBe(7);
    const swapped = computeCoverage({ demand, sites: [atA, atC], mode: "straight", threshold: 100 });
    expect(swapped.cities[1].nearestSiteId).toBe(8);
    // two sites on the same spot: the first one listed gets the catchment, in both modes
    const twin = site(9, 45.0, 1);
    for (const mode of ["road", "straight"] as const) {
      const r = computeCoverage({ demand, sites: [atA, twin], mode, threshold: 1000, graph });
      expect(r.cities.every((c) => c.nearestSiteId === 8)).toBe(true);
    }
  });

  it("with no sites: nothing covered, null travel, every city with vehicles is a gap", () => {
    for (const mode of ["road", "straight"] as const) {
      const r = computeCoverage({ demand, sites: [], mode, threshold: 60, graph });
      expect(r.cities.every((c) => c.travel === null && c.km === null && !c.covered && c.nearestSiteId === null)).toBe(true);
      expect(r.totals).toMatchObject({ coveredVehicles: 0, shareCovered: 0, meanTravel: null, maxTravel: null, bays: 0, vehiclesPerBay: null });
      expect(r.gaps.map((g) => g.cityId)).toEqual(["a", "e", "b", "c", "d"]);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r); // JSON-safe: no Infinity/NaN
    }
  });

  it("rejects bad input", () => {
    expect(() => computeCoverage({ demand, sites: [S0], mode: "road", threshold: 45 })).toThrow(/matrix or a road graph/);
    expect(() => computeCoverage({ demand, sites: [S0], mode: "straight", threshold: -1 })).toThrow(/threshold/);
    expect(() => computeCoverage({ demand: [...demand, demand[0]], sites: [S0], mode: "straight", threshold: 1 })).toThrow(/twice/);
    const wrong = { demandCount: 5, siteCount: 3, minutes: new Float64Array(15), km: new Float64Array(15) };
    expect(() => computeCoverage({ demand, sites: [S0], mode: "road", threshold: 1, matrix: wrong })).toThrow(/5 × 3/);
  });
});

// the app's one horizon rule (lib/planning/horizon), for service-capable sites
const horizonSites = <T extends ServiceSite>(sites: readonly T[], horizon: "open" | "open+planned") =>
  horizonServiceSites(
    sites.map((s) => ({ ...s, status: s.status as "open" | "planned" | "under_construction" | "closed", service: true })),
    { includePlanned: horizon === "open+planned" },
  );

describe("horizons", () => {
  it("picks open / open+planned sites by status", () => {
    const all = [S0, S1, site(102, 47, 1, "under_construction"), site(103, 47, 1, "closed")];
    expect(horizonSites(all, "open").map((s) => s.id)).toEqual([100]);
    expect(horizonSites(all, "open+planned").map((s) => s.id)).toEqual([100, 101, 102]);
  });

  it("compares open only (S0) with open + planned (S0, S1)", () => {
    const sites = [S0, S1];
    const before = computeCoverage({ demand, sites: horizonSites(sites, "open"), mode: "road", threshold: 45, graph });
    const after = computeCoverage({ demand, sites: horizonSites(sites, "open+planned"), mode: "road", threshold: 45, graph });
    const cmp = compareHorizons(before, after);
    // before: only A covered (C 120, D 150 min away)
    expect(cmp.coveredVehicles).toEqual({ before: 1000, after: 1500, delta: 500 });
    expect(cmp.shareCovered.delta).toBeCloseTo(500 / 2800, 12);
    // before mean: (500·60 + 300·120 + 200·150 + 800·210) / 2800 = 264000 / 2800
    expect(cmp.meanTravel.before).toBeCloseTo(264000 / 2800, 12);
    expect(cmp.meanTravel.delta).toBeCloseTo((87000 - 264000) / 2800, 12);
    expect(cmp.maxTravel).toEqual({ before: 210, after: 60, delta: -150 });
    expect(cmp.sites).toEqual({ before: 1, after: 2, delta: 1 });
    expect(cmp.newlyCoveredCityIds).toEqual(["c", "d"]);
    expect(cmp.noLongerCoveredCityIds).toEqual([]);
    expect(cmp.regions.find((x) => x.region === "East")).toMatchObject({ coveredBefore: 0, coveredAfter: 500 });
    expect(() => compareHorizons(before, computeCoverage({ demand, sites, mode: "straight", threshold: 45 }))).toThrow(/same mode/);
  });
});
