import { nationalRoadGraph, prepareDemandAccess, travelMatrix, type DemandAccess, type RoadGraph } from "../roads";
import { compareHorizons, computeCoverage, demandPoints, sitePoints, type HorizonComparison } from "../coverage";
import type { CoverageResult, DemandCity } from "../coverage/types";
import type { CoverageQuery } from "../validation/coverage-query";
import type { DemandDistrict } from "./demand";
import { districtCoverage, districtGaps, placeCoverage, type DistrictCoverage, type DistrictGap, type PlaceCoverage } from "./districts";
import { horizonServiceSites, type CandidateServiceSite } from "./horizon";

/** What the coverage views are computed from: one brand selection's demand and sites. */
export interface CoverageInputs {
  brand: { slug: string; label: string; brandSlugs: string[] };
  year: number;
  years: number[];
  /** places from this many inhabitants are demand points of their own (lib/planning/demand.ts) */
  minPopulation: number;
  demand: DemandCity[];
  /** every district, for the per-district coverage (empty in district-less test data) */
  districts: DemandDistrict[];
  /** every service-capable, non-closed site of the selection's manufacturer groups */
  sites: CandidateServiceSite[];
}

/** The one answer every view shows (map sidebar, report, CSV, GeoJSON, API). */
export interface CoverageReport {
  brand: CoverageInputs["brand"];
  year: number;
  years: number[];
  query: CoverageQuery;
  /** the requested horizon */
  coverage: CoverageResult;
  /** open sites only vs open + planned (up to `until`), whatever the request included */
  comparison: HorizonComparison;
  inputs: CoverageInputs;
  /** the sites the requested horizon counts */
  horizonSites: CandidateServiceSite[];
  /** the requested horizon per demand point (with its district), per district, and the district gaps */
  places: PlaceCoverage[];
  districts: DistrictCoverage[];
  districtGaps: DistrictGap[];
}

/** The road graph coverage is measured on: the national network, whatever the demand (see lib/roads/national.ts). */
export function roadGraph(): RoadGraph {
  return nationalRoadGraph();
}

// the demand's access legs depend only on the points' ids and positions, not on vehicles or brand:
// prepared once per point set (every request loads a new array, so the key is the content)
const accessCache = new Map<string, DemandAccess>();
const ACCESS_CACHE_SIZE = 4;

/** The demand points' access legs onto the national network, cached by the points' ids and positions. */
export function demandAccessFor(demand: readonly DemandCity[]): DemandAccess {
  const key = demand.map((d) => `${d.id}@${d.lat},${d.lng}`).join("|");
  let access = accessCache.get(key);
  if (!access) {
    access = prepareDemandAccess(roadGraph(), demandPoints(demand));
    if (accessCache.size >= ACCESS_CACHE_SIZE) accessCache.delete(accessCache.keys().next().value as string);
    accessCache.set(key, access);
  }
  return access;
}

/** Coverage of one horizon's sites (road minutes or straight-line km). */
export function coverageForSites(inputs: CoverageInputs, sites: CandidateServiceSite[], query: CoverageQuery): CoverageResult {
  const graph = query.mode === "road" ? roadGraph() : undefined;
  return computeCoverage({
    demand: inputs.demand,
    sites,
    mode: query.mode,
    threshold: query.threshold,
    matrix: graph ? travelMatrix(graph, demandPoints(inputs.demand), sitePoints(sites), demandAccessFor(inputs.demand)) : undefined,
    vehiclesPerBayTarget: query.vehiclesPerBay,
  });
}

/** Builds the coverage report: the requested horizon plus open-only vs with-planned. */
export function buildCoverageReport(inputs: CoverageInputs, query: CoverageQuery): CoverageReport {
  const openSites = horizonServiceSites(inputs.sites, { includePlanned: false });
  const plannedSites = horizonServiceSites(inputs.sites, { includePlanned: true, until: query.until });
  const openOnly = coverageForSites(inputs, openSites, query);
  const withPlanned = coverageForSites(inputs, plannedSites, query);
  const coverage = query.includePlanned ? withPlanned : openOnly;
  const places = placeCoverage(inputs.demand, coverage);
  const districts = districtCoverage(inputs.districts, places);
  return {
    brand: inputs.brand,
    year: inputs.year,
    years: inputs.years,
    query,
    coverage,
    comparison: compareHorizons(openOnly, withPlanned),
    inputs,
    horizonSites: query.includePlanned ? plannedSites : openSites,
    places,
    districts,
    districtGaps: districtGaps(districts, places),
  };
}
