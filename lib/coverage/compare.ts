/**
 * Horizon comparison, e.g. "open only" vs "open + planned": what the planned openings add.
 */
import type { CoverageResult } from "./types";

/** A metric before and after, and after − before (null when either side is null). */
export interface MetricDelta {
  before: number | null;
  after: number | null;
  delta: number | null;
}

/** Per-region change of covered vehicles. */
export interface RegionDelta {
  region: string;
  coveredBefore: number;
  coveredAfter: number;
  shareBefore: number;
  shareAfter: number;
  /** shareAfter − shareBefore */
  shareDelta: number;
}

/** Differences between two coverage results over the same demand, mode and threshold. */
export interface HorizonComparison {
  mode: CoverageResult["mode"];
  unit: CoverageResult["unit"];
  threshold: number;
  coveredVehicles: MetricDelta;
  uncoveredVehicles: MetricDelta;
  shareCovered: MetricDelta;
  meanTravel: MetricDelta;
  maxTravel: MetricDelta;
  sites: MetricDelta;
  bays: MetricDelta;
  /** cities covered after but not before, ordered by vehicles gained (desc) */
  newlyCoveredCityIds: string[];
  /** cities covered before but not after (e.g. a site removed) */
  noLongerCoveredCityIds: string[];
  regions: RegionDelta[];
}

function metric(before: number | null, after: number | null): MetricDelta {
  return { before, after, delta: before === null || after === null ? null : after - before };
}

/** Differences (covered vehicles, share, mean/max travel, sites, bays, cities, regions) from before to after. */
export function compareHorizons(before: CoverageResult, after: CoverageResult): HorizonComparison {
  if (before.mode !== after.mode || before.threshold !== after.threshold) {
    throw new Error(
      `Cannot compare ${before.mode} @ ${before.threshold} with ${after.mode} @ ${after.threshold}: use the same mode and threshold`,
    );
  }
  const beforeCities = new Map(before.cities.map((c) => [c.id, c]));
  if (beforeCities.size !== after.cities.length || after.cities.some((c) => !beforeCities.has(c.id))) {
    throw new Error("Cannot compare coverage results over different demand cities");
  }
  const gained = after.cities.filter((c) => c.covered && !beforeCities.get(c.id)!.covered);
  gained.sort((x, y) => y.vehicles - x.vehicles);
  const lost = after.cities.filter((c) => !c.covered && beforeCities.get(c.id)!.covered).map((c) => c.id);

  const beforeRegions = new Map(before.regions.map((r) => [r.region, r]));
  const regions: RegionDelta[] = after.regions.map((r) => {
    const b = beforeRegions.get(r.region);
    const coveredBefore = b ? b.coveredVehicles : 0;
    const shareBefore = b ? b.shareCovered : 0;
    return {
      region: r.region,
      coveredBefore,
      coveredAfter: r.coveredVehicles,
      shareBefore,
      shareAfter: r.shareCovered,
      shareDelta: r.shareCovered - shareBefore,
    };
  });

  const t0 = before.totals;
  const t1 = after.totals;
  return {
    mode: after.mode,
    unit: after.unit,
    threshold: after.threshold,
    coveredVehicles: metric(t0.coveredVehicles, t1.coveredVehicles),
    uncoveredVehicles: metric(t0.uncoveredVehicles, t1.uncoveredVehicles),
    shareCovered: metric(t0.shareCovered, t1.shareCovered),
    meanTravel: metric(t0.meanTravel, t1.meanTravel),
    maxTravel: metric(t0.maxTravel, t1.maxTravel),
    sites: metric(t0.sites, t1.sites),
    bays: metric(t0.bays, t1.bays),
    newlyCoveredCityIds: gained.map((c) => c.id),
    noLongerCoveredCityIds: lost,
    regions,
  };
}
