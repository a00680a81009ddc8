import { describe, expect, it } from "vitest";
import type { CityCoverage, RegionCoverage } from "../coverage/types";
import { capitalCost, coverageChanges, regionDeltas } from "./compare";

const region = (name: string, covered: number, sites: number, bays: number): RegionCoverage => ({
  region: name, vehicles: 1000, coveredVehicles: covered, shareCovered: covered / 1000, sites, bays, vehiclesPerBay: null, largestGapCityId: null,
});

const city = (id: string, covered: boolean, vehicles = 100): CityCoverage => ({
  id, name: id, region: "r", lat: 50, lng: 70, vehicles, nearestSiteId: null, nearestSiteName: null, travel: null, km: null, covered, uncoveredVehicles: covered ? 0 : vehicles,
});

describe("scenario comparison", () => {
  it("capital cost is bays x cost per bay + sites x per-site fixed cost", () => {
    expect(capitalCost({ sites: 3, bays: 20 }, { costPerBay: 50_000, costPerSite: 200_000 })).toBe(20 * 50_000 + 3 * 200_000);
    expect(capitalCost({ sites: 0, bays: 0 }, { costPerBay: 1, costPerSite: 1 })).toBe(0);
  });

  it("region deltas subtract the reference's figures, and keep regions only one side has", () => {
    const rows = regionDeltas([region("North", 400, 1, 6), region("South", 900, 2, 10)], [region("North", 700, 2, 10), region("South", 900, 2, 10)]);
    expect(rows.find((r) => r.region === "North")).toMatchObject({ deltaCoveredVehicles: 300, deltaSites: 1, deltaBays: 4 });
    expect(rows.find((r) => r.region === "North")?.deltaShareCovered).toBeCloseTo(0.3);
    expect(rows.find((r) => r.region === "South")).toMatchObject({ deltaCoveredVehicles: 0, deltaSites: 0 });
  });

  it("coverage changes list gained and lost places, largest first", () => {
    const changes = coverageChanges([city("a", false, 50), city("b", true), city("c", false, 300)], [city("a", true, 50), city("b", false), city("c", true, 300)]);
    expect(changes.map((c) => [c.cityId, c.change])).toEqual([
      ["c", "gained"],
      ["b", "lost"],
      ["a", "gained"],
    ]);
  });
});
