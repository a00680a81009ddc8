/**
 * Coverage rolled up to districts, and the gaps a planner acts on: districts ranked by uncovered
 * vehicles, each with the places inside it that are not covered.
 */
import type { CoverageResult, DemandCity } from "../coverage/types";
import type { DemandDistrict } from "./demand";

/** One district's coverage (share 0 when it has no vehicles, as the national totals do). */
export interface DistrictCoverage {
  kato: string;
  name: string;
  region: string;
  vehicles: number;
  coveredVehicles: number;
  uncoveredVehicles: number;
  shareCovered: number;
}

/** An uncovered place inside a district gap. */
export interface GapPlace {
  id: string;
  name: string;
  vehicles: number;
  /** to the nearest site, in the report's unit; null when none is reachable */
  travel: number | null;
  isEstimate: boolean;
}

/** A district with uncovered vehicles, and its uncovered places (most vehicles first). */
export interface DistrictGap extends DistrictCoverage {
  places: GapPlace[];
}

/** One demand point's coverage, as GET /api/coverage lists it under `places`. */
export interface PlaceCoverage {
  id: string;
  name: string;
  /** KATO code of its district (null in district-less data) */
  district: string | null;
  districtName: string | null;
  region: string;
  lat: number;
  lng: number;
  vehicles: number;
  travel: number | null;
  covered: boolean;
  isEstimate: boolean;
  /** city, town, village, hamlet, or rural (a district's rest) */
  kind: string;
}

/** Every demand point's coverage with its district (same order as the demand). */
export function placeCoverage(demand: readonly DemandCity[], coverage: Pick<CoverageResult, "cities">): PlaceCoverage[] {
  return coverage.cities.map((c, i) => ({
    id: c.id,
    name: c.name,
    district: demand[i]?.district ?? null,
    districtName: demand[i]?.districtName ?? null,
    region: c.region,
    lat: c.lat,
    lng: c.lng,
    vehicles: c.vehicles,
    travel: c.travel,
    covered: c.covered,
    isEstimate: demand[i]?.isEstimate ?? false,
    kind: demand[i]?.kind ?? "city",
  }));
}

/** Coverage per district: one row per district (in the districts' order), zeros where it has no vehicles. */
export function districtCoverage(districts: readonly DemandDistrict[], places: readonly PlaceCoverage[]): DistrictCoverage[] {
  const acc = new Map<string, { vehicles: number; covered: number }>();
  for (const p of places) {
    if (!p.district) continue;
    const a = acc.get(p.district) ?? { vehicles: 0, covered: 0 };
    a.vehicles += p.vehicles;
    if (p.covered) a.covered += p.vehicles;
    acc.set(p.district, a);
  }
  return districts.map((d) => {
    const a = acc.get(d.kato) ?? { vehicles: 0, covered: 0 };
    return {
      kato: d.kato,
      name: d.name,
      region: d.region,
      vehicles: a.vehicles,
      coveredVehicles: a.covered,
      uncoveredVehicles: a.vehicles - a.covered,
      shareCovered: a.vehicles > 0 ? a.covered / a.vehicles : 0,
    };
  });
}

/** Districts with uncovered vehicles, most first (ties: KATO), each with its uncovered places. */
export function districtGaps(districts: readonly DistrictCoverage[], places: readonly PlaceCoverage[]): DistrictGap[] {
  const inside = new Map<string, GapPlace[]>();
  for (const p of places) {
    if (!p.district || p.covered || p.vehicles <= 0) continue;
    const list = inside.get(p.district) ?? [];
    list.push({ id: p.id, name: p.name, vehicles: p.vehicles, travel: p.travel, isEstimate: p.isEstimate });
    inside.set(p.district, list);
  }
  return districts
    .filter((d) => d.uncoveredVehicles > 0)
    .sort((a, b) => b.uncoveredVehicles - a.uncoveredVehicles || a.kato.localeCompare(b.kato))
    .map((d) => ({ ...d, places: (inside.get(d.kato) ?? []).sort((a, b) => b.vehicles - a.vehicles) }));
}
