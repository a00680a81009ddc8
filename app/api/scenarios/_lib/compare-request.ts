import "server-only";
import { getDb } from "@/db/client";
import { compareScenarios } from "@/db/queries/scenario-compare";
import { coverageQueryFromParams, coverageQuerySchema } from "@/lib/validation/coverage-query";
import { compareQuerySchema } from "@/lib/validation/scenario";
import { parseOrThrow } from "@/lib/validation/zod-errors";

/**
 * The comparison a compare URL asks for. Planned openings count by default: a scenario's added sites
 * are planned ones, so leaving them out would compare identical networks.
 */
export function compareFromParams(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const record = coverageQueryFromParams(params);
  const { ids, costPerBay, costPerSite, ...rest } = record;
  const compare = parseOrThrow(compareQuerySchema, { ids, costPerBay, costPerSite }, "compare query");
  const query = parseOrThrow(coverageQuerySchema, { includePlanned: "true", ...rest }, "compare query");
  return { compare, query, result: compareScenarios(getDb(), compare.ids, query, compare) };
}
