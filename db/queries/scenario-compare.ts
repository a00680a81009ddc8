import { capitalCost, coverageChanges, regionDeltas, type CapitalCostInputs, type CoverageChange, type RegionDelta } from "@/lib/scenarios/compare";
import { diffSites, type SiteChangeKind, type StaleEdit } from "@/lib/scenarios/replay";
import type { CoverageTotals } from "@/lib/coverage/types";
import type { CoverageQuery } from "@/lib/validation/coverage-query";
import type { Db } from "../connection";
import { getCoverageReport } from "./coverage";
import { loadScenarioSites } from "./scenario-sites";

/** A site a scenario adds, moves or closes against live (for the diff map). */
export interface ComparedSite {
  kind: SiteChangeKind;
  id: number;
  name: string;
  brand: string;
  lat: number;
  lng: number;
  /** where a moved site was */
  from: { lat: number; lng: number } | null;
}

/** One column of the comparison: a scenario (or live) on the shared KPIs. */
export interface ComparedScenario {
  id: "live" | number;
  name: string;
  totals: CoverageTotals;
  capitalCost: number;
  regions: RegionDelta[];
  /** against live */
  sites: ComparedSite[];
  coverageChanges: CoverageChange[];
  stale: StaleEdit[];
}

/**
 * Live and scenarios side by side, each computed by the one coverage function with the same query
 * (brand, mode, threshold, horizon), so the columns differ only by their sites.
 */
export function compareScenarios(db: Db, ids: readonly ("live" | number)[], query: CoverageQuery, cost: CapitalCostInputs): { scenarios: ComparedScenario[] } {
  const live = getCoverageReport(db, { ...query, scenario: undefined });
  const scenarios = ids.map((ref): ComparedScenario => {
    if (ref === "live") {
      return { id: "live", name: "Live network", totals: live.coverage.totals, capitalCost: capitalCost(live.coverage.totals, cost), regions: regionDeltas(live.coverage.regions, live.coverage.regions), sites: [], coverageChanges: [], stale: [] };
    }
    const { scenario, registry, sites, stale } = loadScenarioSites(db, ref);
    const report = getCoverageReport(db, { ...query, scenario: ref });
    const brandSlugs = new Set(report.brand.brandSlugs);
    const changed = diffSites(registry, sites)
      .filter((c) => brandSlugs.has(c.after.brand) || (c.before && brandSlugs.has(c.before.brand)))
      .filter((c) => c.kind !== "updated" || c.fields.includes("lat") || c.fields.includes("lng"))
      .map((c) => ({
        kind: c.kind === "updated" ? ("moved" as const) : c.kind,
        id: c.id,
        name: c.after.name,
        brand: c.after.brand,
        lat: c.after.lat,
        lng: c.after.lng,
        from: c.before && (c.before.lat !== c.after.lat || c.before.lng !== c.after.lng) ? { lat: c.before.lat, lng: c.before.lng } : null,
      }));
    return {
      id: scenario.id,
      name: scenario.name,
      totals: report.coverage.totals,
      capitalCost: capitalCost(report.coverage.totals, cost),
      regions: regionDeltas(live.coverage.regions, report.coverage.regions),
      sites: changed,
      coverageChanges: coverageChanges(live.coverage.cities, report.coverage.cities),
      stale,
    };
  });
  return { scenarios };
}
