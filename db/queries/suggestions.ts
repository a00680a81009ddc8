import { suggestSites, type SuggestionResult } from "@/lib/planning/suggest";
import type { SuggestionRequest } from "@/lib/validation/suggestion";
import type { Db } from "../connection";
import { loadCoverageInputs } from "./coverage-inputs";

/** Site suggestions for a validated request, on the database's current network and vehicle park. */
export function getSuggestions(db: Db, request: SuggestionRequest): Promise<SuggestionResult> {
  return suggestSites(
    loadCoverageInputs(db, { brand: request.brand, year: request.year, minPopulation: request.minPopulation, scenario: request.scenario ?? undefined }),
    request,
  );
}
