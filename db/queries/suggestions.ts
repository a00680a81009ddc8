import { eq, gte } from "drizzle-orm";
import { ValidationError } from "@/lib/errors";
import { suggestSites, type SuggestionResult } from "@/lib/planning/suggest";
import { suggestSalesSites, type SalesCandidate, type SalesSuggestionAnswer } from "@/lib/planning/suggest-sales";
import type { SuggestionRequest } from "@/lib/validation/suggestion";
import type { Db } from "../connection";
import { cities, regions } from "../schema";
import { loadCoverageInputs } from "./coverage-inputs";
import { getMarketState } from "./market";

/** Any suggestion request: the coverage objectives, or "sales" on the market model. */
export function answerSuggestions(db: Db, request: SuggestionRequest, options: { signal?: AbortSignal } = {}): Promise<SuggestionResult | SalesSuggestionAnswer> {
  return request.objective === "sales" ? getSalesSuggestions(db, request, options) : getSuggestions(db, request, options);
}

/** Service-site suggestions (mclp, pmedian, lscp) for a validated request, on the database's current network and vehicle park. */
export function getSuggestions(db: Db, request: SuggestionRequest, options: { signal?: AbortSignal } = {}): Promise<SuggestionResult> {
  if (request.objective === "sales") throw new Error("getSuggestions answers the coverage objectives; use getSalesSuggestions");
  return suggestSites(
    loadCoverageInputs(db, { brand: request.brand, year: request.year, minPopulation: request.minPopulation, scenario: request.scenario ?? undefined }),
    request,
    options,
  );
}

/**
 * Sales suggestions (objective "sales"): new points of the brand that sell the most against the
 * competition, on the memoised market model. Candidates: the market's places of at least
 * candidateMinPopulation inhabitants; `constraints.minVehicles` is the least a point must sell.
 */
export async function getSalesSuggestions(db: Db, request: SuggestionRequest, options: { signal?: AbortSignal } = {}): Promise<SalesSuggestionAnswer> {
  const state = getMarketState(db, { brand: request.brand, year: request.year, includePlanned: request.includePlanned, scenario: request.scenario ?? undefined });
  const known = new Set(
    db.select({ slug: cities.slug }).from(cities).all().map((c) => c.slug),
  );
  const unknown = request.constraints.excludeCities.filter((c) => !known.has(c));
  if (unknown.length) throw new ValidationError(`Unknown city in excludeCities: ${unknown.join(", ")}`, { "constraints.excludeCities": [`Unknown city: ${unknown.join(", ")}`] });
  const inMarket = state.model.network.placeIndex;
  const candidates: SalesCandidate[] = db
    .select({ placeId: cities.id, slug: cities.slug, name: cities.nameEn, region: regions.nameEn })
    .from(cities)
    .innerJoin(regions, eq(cities.regionId, regions.id))
    .where(gte(cities.population, request.candidateMinPopulation))
    .orderBy(cities.id)
    .all()
    .filter((c) => inMarket.has(c.placeId));
  const result = await suggestSalesSites(state.model, candidates, {
    count: request.count,
    solver: request.solver,
    timeLimitSeconds: request.timeLimitSeconds,
    excludeCities: request.constraints.excludeCities,
    minSales: request.constraints.minVehicles,
    maxPerRegion: request.constraints.maxPerRegion,
    signal: options.signal,
  });
  return { ...result, brand: request.brand, brands: state.inputs.brands, year: state.inputs.year, request };
}
