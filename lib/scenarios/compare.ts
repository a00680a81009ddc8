import type { CityCoverage, CoverageTotals, RegionCoverage } from "../coverage/types";

/** What a network costs to build: every bay at `costPerBay`, plus `costPerSite` fixed for every site. */
export interface CapitalCostInputs {
  costPerBay: number;
  costPerSite: number;
}

/** Capital cost of a network: bays x cost per bay + sites x per-site fixed cost (same currency as the inputs). */
export function capitalCost(totals: Pick<CoverageTotals, "sites" | "bays">, cost: CapitalCostInputs): number {
  return totals.bays * cost.costPerBay + totals.sites * cost.costPerSite;
}

/** One region's figures in a scenario and the change against the reference (live). */
export interface RegionDelta {
  region: string;
  vehicles: number;
  coveredVehicles: number;
  shareCovered: number;
  sites: number;
  bays: number;
  deltaCoveredVehicles: number;
  deltaShareCovered: number;
  deltaSites: number;
  deltaBays: number;
}

/** Per-region rows of `scenario` with their deltas against `reference`, in the reference's order. */
export function regionDeltas(reference: readonly RegionCoverage[], scenario: readonly RegionCoverage[]): RegionDelta[] {
  const byRegion = new Map(scenario.map((r) => [r.region, r]));
  const names = [...reference.map((r) => r.region), ...scenario.filter((r) => !reference.some((x) => x.region === r.region)).map((r) => r.region)];
  const refBy = new Map(reference.map((r) => [r.region, r]));
  return names.map((region) => {
    const s = byRegion.get(region);
    const r = refBy.get(region);
    const row = { vehicles: s?.vehicles ?? r?.vehicles ?? 0, coveredVehicles: s?.coveredVehicles ?? 0, shareCovered: s?.shareCovered ?? 0, sites: s?.sites ?? 0, bays: s?.bays ?? 0 };
    return {
      region,
      ...row,
      deltaCoveredVehicles: row.coveredVehicles - (r?.coveredVehicles ?? 0),
      deltaShareCovered: row.shareCovered - (r?.shareCovered ?? 0),
      deltaSites: row.sites - (r?.sites ?? 0),
      deltaBays: row.bays - (r?.bays ?? 0),
    };
  });
}

/** A place whose coverage differs between the reference and a scenario. */
export interface CoverageChange {
  cityId: string;
  name: string;
  lat: number;
  lng: number;
  vehicles: number;
  change: "gained" | "lost";
}

/** The places a scenario newly covers (gained) or leaves uncovered (lost) against the reference. */
export function coverageChanges(reference: readonly CityCoverage[], scenario: readonly CityCoverage[]): CoverageChange[] {
  const ref = new Map(reference.map((c) => [c.id, c]));
  const out: CoverageChange[] = [];
  for (const c of scenario) {
    const before = ref.get(c.id);
    if (!before || before.covered === c.covered) continue;
    out.push({ cityId: c.id, name: c.name, lat: c.lat, lng: c.lng, vehicles: c.vehicles, change: c.covered ? "gained" : "lost" });
  }
  return out.sort((a, b) => b.vehicles - a.vehicles);
}
