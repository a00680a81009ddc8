/**
 * Sales suggestions (objective "sales"): where p new points of the planned brand(s) sell the most
 * against the competition. The market model becomes a maximum-capture instance for lib/optimize:
 * demand = places weighted by potential, fixed = our existing dealers, candidates = places from
 * candidateMinPopulation, competitors = every other brand's dealers. Huff utilities map exactly onto
 * the optimiser's log(attractiveness) − λ·cost: cost = minutes for exponential decay, ln(max(1, t))
 * for power decay (t^(−λ) = e^(−λ·ln t)); anything beyond maxMinutes is unreachable.
 */
import { marketWhatIf, type MarketModel } from "../market";
import { optimize, type Instance, type OptimizeResult } from "../optimize";
import type { SuggestionRequest } from "../validation/suggestion";

export interface SalesCandidate {
  /** market place id */
  placeId: number;
  /** place slug (what excludeCities names) */
  slug: string;
  name: string;
  region: string;
}

export interface SalesSuggestionOptions {
  count: number;
  solver: "greedy" | "exact";
  timeLimitSeconds: number;
  excludeCities: string[];
  /** a candidate must sell at least this many on its own (on top of the existing network) */
  minSales: number;
  maxPerRegion?: number;
  signal?: AbortSignal;
}

export interface SalesSuggestedSite {
  rank: number;
  placeId: number;
  cityId: string;
  cityName: string;
  region: string;
  lat: number;
  lng: number;
  /** what the point sells a year once opened after the ones before it (vehicles) */
  expectedSales: number;
  /** the brand's gain: new buyers + taken from competitors */
  netGain: number;
  /** buyers who had no dealer of any brand in reach */
  newBuyers: number;
  fromCompetitors: number;
  /** cannibalisation: taken from our own dealers (and earlier suggestions) */
  fromOwn: number;
  capturedAfter: number;
  shareAfter: number;
}

export interface SalesSuggestionResult {
  objective: "sales";
  before: { captured: number; share: number };
  after: { captured: number; share: number };
  sites: SalesSuggestedSite[];
  candidates: number;
  /** captured sales a year with the suggestions open */
  value: number;
  bound: number | null;
  gap: number | null;
  status: OptimizeResult["status"];
  solver: OptimizeResult["solver"];
  ms: number;
}

/** A sales suggestion as the API answers it: which brand and year it is for, and what was asked. */
export type SalesSuggestionAnswer = SalesSuggestionResult & { brand: string; brands: string[]; year: number; request: SuggestionRequest };

/** Minutes -> the optimiser's cost for the model's decay; Infinity beyond the reach. */
function costOf(model: MarketModel, minutes: number): number {
  if (!(minutes <= model.params.maxMinutes)) return Infinity;
  return model.params.decay === "exponential" ? minutes : Math.log(Math.max(1, minutes));
}

/** Builds the maximum-capture instance from the model; returns it with the candidate list used. */
export function salesInstance(model: MarketModel, candidates: readonly SalesCandidate[]): { instance: Instance; ours: number[]; theirs: number[] } {
  const net = model.network;
  const n = net.places.length;
  const ours: number[] = [];
  const theirs: number[] = [];
  net.dealers.forEach((_, k) => (model.isOurs[k] ? ours : theirs).push(k));
  const columnOfDealer = (k: number) => {
    const col = new Float64Array(n).fill(Infinity);
    const { place, minutes } = net.reach[k];
    for (let r = 0; r < place.length; r++) col[place[r]] = costOf(model, minutes[r]);
    return col;
  };
  const m = ours.length + candidates.length;
  const costs = new Float64Array(n * m);
  const put = (j: number, col: Float64Array) => {
    for (let i = 0; i < n; i++) costs[i * m + j] = col[i];
  };
  ours.forEach((k, j) => put(j, columnOfDealer(k)));
  candidates.forEach((c, q) => {
    const p = net.places[net.placeIndex.get(c.placeId)!];
    put(ours.length + q, net.travel(p).map((t) => costOf(model, t)));
  });
  const C = theirs.length;
  const competitorCosts = new Float64Array(n * C);
  theirs.forEach((k, q) => {
    const col = columnOfDealer(k);
    for (let i = 0; i < n; i++) competitorCosts[i * C + q] = col[i];
  });
  const planned = [...model.ours][0] ?? "";
  const instance: Instance = {
    demandIds: net.places.map((p) => String(p.id)),
    weights: Array.from(net.potential),
    candidateIds: [...ours.map((k) => `dealer:${net.dealers[k].id}`), ...candidates.map((c) => `place:${c.placeId}`)],
    fixed: [...ours.map(() => true), ...candidates.map(() => false)],
    costs,
    competitorCosts,
    attractiveness: [...ours.map((k) => model.attraction(net.dealers[k].brand, net.dealers[k].attractiveness)), ...candidates.map(() => model.attraction(planned, 1))],
    competitorAttractiveness: theirs.map((k) => model.attraction(net.dealers[k].brand, net.dealers[k].attractiveness)),
  };
  return { instance, ours, theirs };
}

/** Chooses up to `count` new points and explains each one's sales; the numbers are the market what-if's. */
export async function suggestSalesSites(model: MarketModel, allCandidates: readonly SalesCandidate[], options: SalesSuggestionOptions): Promise<SalesSuggestionResult> {
  const t0 = performance.now();
  const excluded = new Set(options.excludeCities);
  const candidates = allCandidates.filter((c) => !excluded.has(c.slug) && model.network.placeIndex.has(c.placeId));
  const total = model.network.totalPotential;
  const before = { captured: model.captured, share: model.share };
  if (candidates.length === 0) {
    return { objective: "sales", before, after: before, sites: [], candidates: 0, value: model.captured, bound: null, gap: null, status: "heuristic", solver: options.solver, ms: performance.now() - t0 };
  }
  const { instance, ours } = salesInstance(model, candidates);
  const result = await optimize(instance, {
    objective: "sales",
    lambda: model.params.lambda,
    p: Math.min(options.count, candidates.length),
    solver: options.solver,
    timeLimitSec: options.timeLimitSeconds,
    minGain: options.minSales || undefined,
    candidateGroups: [...ours.map(() => ""), ...candidates.map((c) => c.region)],
    maxPerGroup: options.maxPerRegion,
    signal: options.signal,
  });
  const byId = new Map(candidates.map((c) => [`place:${c.placeId}`, c]));
  const sites: SalesSuggestedSite[] = result.steps.map((step, k) => {
    const c = byId.get(step.candidateId)!;
    const p = model.network.places[model.network.placeIndex.get(c.placeId)!];
    const s = step.sales!;
    return {
      rank: k + 1, placeId: c.placeId, cityId: c.slug, cityName: c.name, region: c.region, lat: p.lat, lng: p.lng,
      expectedSales: s.expectedSales, netGain: step.marginalGain, newBuyers: s.newBuyers, fromCompetitors: s.fromCompetitors, fromOwn: s.fromOwn,
      capturedAfter: step.objectiveAfter, shareAfter: total > 0 ? step.objectiveAfter / total : 0,
    };
  });
  // the same points through the market what-if: the gain a planner sees is what the map will show
  const check = marketWhatIf(model, { add: sites.map((s) => ({ lat: s.lat, lng: s.lng, name: s.cityName })), move: [], remove: [] });
  return {
    objective: "sales", before, after: check.after, sites, candidates: candidates.length, value: result.objective,
    bound: result.bound, gap: result.gap, status: result.status, solver: result.solver, ms: performance.now() - t0,
  };
}
