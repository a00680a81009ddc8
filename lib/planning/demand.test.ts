import { describe, expect, it } from "vitest";
import { buildDemand, districtRestId, type DemandDistrict, type DemandPlace } from "./demand";
import { districtCoverage, districtGaps, placeCoverage } from "./districts";

const districts: DemandDistrict[] = [
  { kato: "100", name: "North", region: "R1", labelLat: 50, labelLng: 70 },
  { kato: "200", name: "South", region: "R1", labelLat: 45, labelLng: 70 },
];
const place = (slug: string, population: number, kato: string, vehicles: number, kind = "village"): DemandPlace => ({
  slug, name: slug, kind, population, lat: 50, lng: 70, districtKato: kato, region: "R1", vehicles,
});

describe("buildDemand", () => {
  const places = [
    place("big-town", 20000, "100", 300, "town"),
    place("village", 1500, "100", 20),
    place("hamlet", 300, "100", 4, "hamlet"),
    place(districtRestId("100"), 5000, "100", 11, "rural"),
    place("south-village", 800, "200", 7),
  ];

  it("makes places from the size a point of their own and folds the rest of each district into one estimate point", () => {
    const d = buildDemand(places, districts, 1000);
    expect(d.map((p) => p.id)).toEqual(["big-town", "village", "rural-100", "rural-200"]);
    expect(d.find((p) => p.id === "rural-100")).toMatchObject({ vehicles: 4 + 11, isEstimate: true, lat: 50, lng: 70, district: "100", kind: "rural" });
    expect(d.find((p) => p.id === "rural-200")).toMatchObject({ vehicles: 7, lat: 45 });
    // vehicles are never lost, whatever the size
    for (const n of [0, 1000, 100000]) expect(buildDemand(places, districts, n).reduce((a, p) => a + p.vehicles, 0)).toBe(342);
    expect(buildDemand(places, districts, 0).filter((p) => !p.isEstimate)).toHaveLength(4);
  });

  it("rolls coverage up to districts and ranks the district gaps with their uncovered places", () => {
    const demand = buildDemand(places, districts, 1000);
    const covered = new Set(["big-town"]);
    const cities = demand.map((p) => ({ ...p, covered: covered.has(p.id), travel: covered.has(p.id) ? 30 : 200 }));
    const rows = placeCoverage(demand, { cities } as never);
    const byDistrict = districtCoverage(districts, rows);
    expect(byDistrict).toEqual([
      expect.objectContaining({ kato: "100", vehicles: 335, coveredVehicles: 300, uncoveredVehicles: 35 }),
      expect.objectContaining({ kato: "200", vehicles: 7, coveredVehicles: 0, shareCovered: 0 }),
    ]);
    const gaps = districtGaps(byDistrict, rows);
    expect(gaps.map((g) => g.kato)).toEqual(["100", "200"]);
    expect(gaps[0].places.map((p) => [p.id, p.vehicles])).toEqual([["village", 20], ["rural-100", 15]]);
  });
});
