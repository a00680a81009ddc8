import { describe, expect, it } from "vitest";
import { computeCoverage } from "./compute";
import type { DemandCity, ServiceSite } from "./types";

// Two cities 1 degree of latitude apart (~111 km). City A has two sites of its own (2 and 6 bays);
// city B has none, and its nearest site is A's northern one.
const demand: DemandCity[] = [
  { id: "a", name: "A", region: "R", lat: 48, lng: 70, vehicles: 800 },
  { id: "b", name: "B", region: "R", lat: 49, lng: 70, vehicles: 100 },
];
const site = (id: number, lat: number, bays: number): ServiceSite => ({ id, name: `S${id}`, cityId: "a", lat, lng: 70, bays, status: "open", plannedQuarter: null });

describe("site loads", () => {
  it("share a city's vehicles among its own sites by bays; other cities go to their nearest site", () => {
    const r = computeCoverage({ demand, sites: [site(1, 48.01, 2), site(2, 48.05, 6)], mode: "straight", threshold: 150 });
    const byId = new Map(r.sites.map((s) => [s.id, s]));
    // A's 800 vehicles: 2/8 -> 200 to site 1, 6/8 -> 600 to site 2; B's 100 to site 2 (nearest, ~105 km)
    expect(byId.get(1)!.vehiclesServed).toBeCloseTo(200, 9);
    expect(byId.get(2)!.vehiclesServed).toBeCloseTo(700, 9);
    expect(byId.get(2)!.vehiclesPerBay).toBeCloseTo(700 / 6, 9);
    expect(r.sites.reduce((s, x) => s + x.vehiclesServed, 0)).toBeCloseTo(r.totals.coveredVehicles, 9);
  });

  it("a site more than 25 km from any city centre shares no city's own demand", () => {
    const r = computeCoverage({ demand, sites: [site(1, 48.01, 2), site(2, 48.5, 6)], mode: "straight", threshold: 150 });
    const byId = new Map(r.sites.map((s) => [s.id, s]));
    expect(byId.get(1)!.vehiclesServed).toBe(800); // A's only own site
    expect(byId.get(2)!.vehiclesServed).toBe(100); // nearest to B (~55 km), home of none
  });
});
