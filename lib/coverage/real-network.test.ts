import { describe, expect, it } from "vitest";
import { buildRoadGraph, greatCircleKm } from "@/lib/roads";
import { TEST_CITIES } from "@/lib/roads/test-cities";
import { computeCoverage, coverageMatrix } from "./compute";
import type { CoverageResult, DemandCity, ServiceSite } from "./types";

const graph = buildRoadGraph(TEST_CITIES);
const demand: DemandCity[] = TEST_CITIES.map((c, i) => ({
  id: c.slug,
  name: c.name,
  region: `R${i % 5}`,
  lat: c.lat,
  lng: c.lng,
  vehicles: i === 40 ? 0 : 5000 - 100 * i, // Ayagoz has no vehicles
}));
// three dealerships a few km off their city centres
const sites: ServiceSite[] = [
  { id: 1, name: "Almaty Haval", cityId: "almaty", lat: 43.23, lng: 76.9, bays: 12, status: "open", plannedQuarter: null },
  { id: 2, name: "Astana Chery", cityId: "astana", lat: 51.15, lng: 71.42, bays: 10, status: "open", plannedQuarter: null },
  { id: 3, name: "Shymkent Geely", cityId: "shymkent", lat: 42.33, lng: 69.62, bays: 4, status: "planned", plannedQuarter: "2026-Q2" },
];

function checkInvariants(r: CoverageResult) {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  expect(r.totals.vehicles).toBe(sum(r.cities.map((c) => c.vehicles)));
  expect(r.totals.coveredVehicles).toBe(sum(r.cities.filter((c) => c.covered).map((c) => c.vehicles)));
  expect(r.totals.uncoveredVehicles).toBe(sum(r.cities.map((c) => c.uncoveredVehicles)));
  expect(sum(r.regions.map((x) => x.vehicles))).toBe(r.totals.vehicles);
  expect(sum(r.regions.map((x) => x.coveredVehicles))).toBe(r.totals.coveredVehicles);
  expect(sum(r.regions.map((x) => x.sites))).toBe(r.totals.sites);
  expect(sum(r.regions.map((x) => x.bays))).toBe(r.totals.bays);
  expect(sum(r.sites.map((s) => s.vehiclesServed))).toBe(r.totals.coveredVehicles);
  expect(sum(r.sites.map((s) => s.vehiclesInCatchment))).toBe(r.totals.vehicles);
  expect(sum(r.gaps.map((g) => g.uncoveredVehicles))).toBe(r.totals.uncoveredVehicles);
  for (let i = 1; i < r.gaps.length; i++) expect(r.gaps[i - 1].uncoveredVehicles).toBeGreaterThanOrEqual(r.gaps[i].uncoveredVehicles);
  expect(r.gaps.some((g) => g.cityId === "ayagoz")).toBe(false); // no vehicles -> not a gap
}

describe("coverage over the real network", () => {
  const road = computeCoverage({ demand, sites, mode: "road", threshold: 240, graph });
  const straight = computeCoverage({ demand, sites, mode: "straight", threshold: 240 });

  it("keeps totals equal to the per-city rows in both modes", () => {
    checkInvariants(road);
    checkInvariants(straight);
  });

  it("gives plausible road times", () => {
    const row = (id: string) => road.cities.find((c) => c.id === id)!;
    expect(row("almaty")).toMatchObject({ nearestSiteId: 1, covered: true });
    expect(row("almaty").travel!).toBeLessThan(10);
    expect(row("talgar").nearestSiteId).toBe(1);
    // Taldykorgan: 265 km of A-3 plus ~4 km of access, ~3 h
    expect(row("taldykorgan").km!).toBeGreaterThan(265);
    expect(row("taldykorgan").km!).toBeLessThan(280);
    expect(row("taldykorgan").travel!).toBeGreaterThan(160);
    expect(row("taldykorgan").travel!).toBeLessThan(200);
    expect(row("karaganda").nearestSiteId).toBe(2);
    expect(row("aktau").covered).toBe(false);
    // the west is the biggest gap region: Aktau, Atyrau, Uralsk, Aktobe are all > 15 h away
    expect(row("aktobe").travel!).toBeGreaterThan(15 * 60);
  });

  it("never routes shorter than the straight line", () => {
    road.cities.forEach((c, i) => {
      const s = sites.find((x) => x.id === c.nearestSiteId)!;
      expect(c.km!).toBeGreaterThanOrEqual(greatCircleKm(c.lat, c.lng, s.lat, s.lng));
      expect(c.km!).toBeGreaterThanOrEqual(straight.cities[i].travel! - 1e-9);
    });
  });

  it("accepts a prebuilt matrix with the same answer", () => {
    const matrix = coverageMatrix(graph, demand, sites);
    expect(computeCoverage({ demand, sites, mode: "road", threshold: 240, matrix })).toStrictEqual(road);
  });
});
