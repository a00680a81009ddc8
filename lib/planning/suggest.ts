import { demandPoints, sitePoints, type CoverageResult, type CoverageTotals, type ServiceSite } from "../coverage";
import { ValidationError } from "../errors";
import { optimize, type Instance, type OptimizeResult } from "../optimize";
import { greatCircleKm, travelMatrix } from "../roads";
import type { CoverageQuery } from "../validation/coverage-query";
import type { SuggestionRequest } from "../validation/suggestion";
import { coverageForSites, demandAccessFor, roadGraph, type CoverageInputs } from "./coverage-report";
import { horizonServiceSites, type CandidateServiceSite } from "./horizon";

/** One suggested service centre with what it brings, in the order chosen. */
export interface SuggestedSite {
  rank: number;
  cityId: string;
  cityName: string;
  region: string;
  lat: number;
  lng: number;
  /** vehicles newly within the threshold when this site is added to the ones before it */
  vehiclesAdded: number;
  newlyCoveredCities: { id: string; name: string; vehicles: number }[];
  /** p-median: vehicle-weighted travel saved (vehicle-minutes or vehicle-km) */
  travelSaved: number | null;
  shareAfter: number;
  meanTravelAfter: number | null;
  /** covered vehicles whose nearest site it is, with all suggestions open */
  vehiclesServed: number;
  /** service bays for vehiclesServed at the vehicles-per-bay target */
  baysNeeded: number;
}

export interface SuggestionResult {
  brand: CoverageInputs["brand"];
  year: number;
  request: SuggestionRequest;
  unit: "minutes" | "km";
  before: CoverageTotals;
  after: CoverageTotals;
  sites: SuggestedSite[];
  candidates: number;
  objective: number;
  bound: number | null;
  gap: number | null;
  status: OptimizeResult["status"];
  solver: OptimizeResult["solver"];
  ms: number;
  maxAchievableShare: number | null;
}

function asCoverageQuery(req: SuggestionRequest): CoverageQuery {
  return { brand: req.brand, mode: req.mode, threshold: req.threshold, includePlanned: req.includePlanned, until: req.until, year: req.year, vehiclesPerBay: req.vehiclesPerBay, minPopulation: req.minPopulation };
}

/** Travel demand × sites (minutes over roads or great-circle km), demand-major, as the coverage engine measures it. */
function travelCosts(inputs: CoverageInputs, sites: readonly ServiceSite[], mode: SuggestionRequest["mode"]): Float64Array {
  if (mode === "road") return travelMatrix(roadGraph(), demandPoints(inputs.demand), sitePoints(sites), demandAccessFor(inputs.demand)).minutes;
  const out = new Float64Array(inputs.demand.length * sites.length);
  inputs.demand.forEach((d, i) => sites.forEach((s, j) => (out[i * sites.length + j] = greatCircleKm(d.lat, d.lng, s.lat, s.lng))));
  return out;
}

/**
 * Where the next service centres should go: candidates are the places of at least
 * `candidateMinPopulation` inhabitants without a service site of the brand group; the horizon's sites stay fixed. Each suggestion is explained with the coverage
 * engine itself (vehicles added, cities newly covered, share and mean travel after), so the gain a
 * planner sees is the gain the map shows once the site is adopted.
 */
export async function suggestSites(inputs: CoverageInputs, req: SuggestionRequest): Promise<SuggestionResult> {
  const query = asCoverageQuery(req);
  const fixedSites = horizonServiceSites(inputs.sites, { includePlanned: req.includePlanned, until: req.until });
  const served = new Set(fixedSites.map((s) => s.cityId));
  const known = new Set(inputs.demand.map((d) => d.id));
  const unknown = req.constraints.excludeCities.filter((c) => !known.has(c));
  if (unknown.length) throw new ValidationError(`Unknown city in excludeCities: ${unknown.join(", ")}`, { "constraints.excludeCities": [`Unknown city: ${unknown.join(", ")}`] });
  const excluded = new Set(req.constraints.excludeCities);
  // candidates: places of at least candidateMinPopulation inhabitants (a service centre needs a town
  // around it); a district's rest is never one, its position is an estimate
  const candidateCities = inputs.demand.filter(
    (d) => !d.isEstimate && (d.population ?? Infinity) >= req.candidateMinPopulation && !served.has(d.id) && !excluded.has(d.id),
  );

  // candidates get negative ids below every fixed site's (a scenario's added sites are negative too)
  const lowestId = Math.min(0, ...fixedSites.map((s) => s.id));
  const candidates: CandidateServiceSite[] = candidateCities.map((c, i) => ({
    id: lowestId - (i + 1), name: `Suggested: ${c.name}`, cityId: c.id, lat: c.lat, lng: c.lng, bays: 0, status: "planned", plannedQuarter: null, service: true,
  }));
  const all = [...fixedSites, ...candidates];
  const before = coverageForSites(inputs, fixedSites, query);
  if (candidates.length === 0) {
    return { brand: inputs.brand, year: inputs.year, request: req, unit: before.unit, before: before.totals, after: before.totals, sites: [], candidates: 0, objective: 0, bound: null, gap: null, status: "heuristic", solver: req.solver, ms: 0, maxAchievableShare: null };
  }

  const regionOf = new Map(inputs.demand.map((d) => [d.id, d.region]));
  const instance: Instance = {
    demandIds: inputs.demand.map((d) => d.id),
    weights: inputs.demand.map((d) => d.vehicles),
    candidateIds: all.map((s, i) => (i < fixedSites.length ? `site:${s.id}` : `city:${s.cityId}`)),
    fixed: all.map((_, i) => i < fixedSites.length),
    costs: travelCosts(inputs, all, req.mode),
  };
  const result = await optimize(instance, {
    objective: req.objective,
    p: Math.min(req.count, candidates.length),
    threshold: req.threshold,
    target: req.constraints.targetShare,
    solver: req.solver,
    timeLimitSec: req.timeLimitSeconds,
    minGain: req.constraints.minVehicles || undefined,
    candidateGroups: all.map((s) => regionOf.get(s.cityId ?? "") ?? "?"),
    maxPerGroup: req.constraints.maxPerRegion,
  });

  // replay the choice through the coverage engine, one site at a time, for the explanations
  const chosen = result.selected.map((id) => candidates.find((c) => `city:${c.cityId}` === id)!);
  const steps: CoverageResult[] = [before];
  for (let k = 1; k <= chosen.length; k++) steps.push(coverageForSites(inputs, [...fixedSites, ...chosen.slice(0, k)], query));
  const final = steps[steps.length - 1];
  const demandById = new Map(inputs.demand.map((d) => [d.id, d]));
  const sites: SuggestedSite[] = chosen.map((c, k) => {
    const prev = steps[k];
    const next = steps[k + 1];
    const wasCovered = new Set(prev.cities.filter((x) => x.covered).map((x) => x.id));
    const load = final.sites.find((s) => s.id === c.id);
    const city = demandById.get(c.cityId!)!;
    return {
      rank: k + 1, cityId: city.id, cityName: city.name, region: city.region, lat: c.lat, lng: c.lng,
      vehiclesAdded: next.totals.coveredVehicles - prev.totals.coveredVehicles,
      newlyCoveredCities: next.cities.filter((x) => x.covered && !wasCovered.has(x.id)).map((x) => ({ id: x.id, name: x.name, vehicles: x.vehicles })),
      travelSaved: req.objective === "pmedian" ? (result.steps[k]?.marginalGain ?? null) : null,
      shareAfter: next.totals.shareCovered,
      meanTravelAfter: next.totals.meanTravel,
      vehiclesServed: load?.vehiclesServed ?? 0,
      baysNeeded: Math.ceil((load?.vehiclesServed ?? 0) / req.vehiclesPerBay),
    };
  });
  return {
    brand: inputs.brand, year: inputs.year, request: req, unit: before.unit, before: before.totals, after: final.totals, sites,
    candidates: candidates.length, objective: result.objective, bound: result.bound, gap: result.gap, status: result.status,
    solver: result.solver, ms: result.ms, maxAchievableShare: result.maxAchievableShare ?? null,
  };
}
