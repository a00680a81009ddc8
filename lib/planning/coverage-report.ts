import { buildRoadGraph, type RoadGraph } from "../roads";
import { compareHorizons, computeCoverage, coverageMatrix, type HorizonComparison } from "../coverage";
import type { CoverageResult, DemandCity } from "../coverage/types";
import type { CoverageQuery } from "../validation/coverage-query";
import { horizonServiceSites, type CandidateServiceSite } from "./horizon";

/** What the coverage views are computed from: one brand selection's demand and sites. */
export interface CoverageInputs {
  brand: { slug: string; label: string; brandSlugs: string[] };
  year: number;
  years: number[];
  demand: DemandCity[];
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
}

let graphCache: { key: string; graph: RoadGraph } | null = null;

/** The road graph for these cities, built once per process and city set. */
export function roadGraphFor(demand: readonly { id: string; lat: number; lng: number }[]): RoadGraph {
  const key = demand
    .map((d) => `${d.id}:${d.lat}:${d.lng}`)
    .sort()
    .join("|");
  if (!graphCache || graphCache.key !== key) {
    graphCache = { key, graph: buildRoadGraph(demand.map((d) => ({ slug: d.id, lat: d.lat, lng: d.lng }))) };
  }
  return graphCache.graph;
}

/** Coverage of one horizon's sites (road minutes or straight-line km). */
export function coverageForSites(inputs: CoverageInputs, sites: CandidateServiceSite[], query: CoverageQuery): CoverageResult {
  const graph = query.mode === "road" ? roadGraphFor(inputs.demand) : undefined;
  return computeCoverage({
    demand: inputs.demand,
    sites,
    mode: query.mode,
    threshold: query.threshold,
    matrix: graph ? coverageMatrix(graph, inputs.demand, sites) : undefined,
    vehiclesPerBayTarget: query.vehiclesPerBay,
  });
}

/** Builds the coverage report: the requested horizon plus open-only vs with-planned. */
export function buildCoverageReport(inputs: CoverageInputs, query: CoverageQuery): CoverageReport {
  const openSites = horizonServiceSites(inputs.sites, { includePlanned: false });
  const plannedSites = horizonServiceSites(inputs.sites, { includePlanned: true, until: query.until });
  const openOnly = coverageForSites(inputs, openSites, query);
  const withPlanned = coverageForSites(inputs, plannedSites, query);
  return {
    brand: inputs.brand,
    year: inputs.year,
    years: inputs.years,
    query,
    coverage: query.includePlanned ? withPlanned : openOnly,
    comparison: compareHorizons(openOnly, withPlanned),
    inputs,
    horizonSites: query.includePlanned ? plannedSites : openSites,
  };
}
