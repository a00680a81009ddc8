import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { loadCoverageInputs } from "@/db/queries/coverage-inputs";
import { ValidationError } from "@/lib/errors";
import { roadGraph } from "@/lib/planning/coverage-report";
import { horizonServiceSites } from "@/lib/planning/horizon";
import { siteIsochrones } from "@/lib/roads/isochrone";
import { coverageQueryFromParams, coverageQuerySchema } from "@/lib/validation/coverage-query";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { handle } from "../_lib/respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/isochrones?<coverage query>: the drive-time area of every service site of the scenario
 * (road mode), a GeoJSON FeatureCollection of MultiPolygons with {siteId, minutes}.
 */
export async function GET(request: Request) {
  return handle(() => {
    const query = parseOrThrow(coverageQuerySchema, coverageQueryFromParams(new URL(request.url).searchParams), "isochrone query");
    if (query.mode !== "road") {
      throw new ValidationError("Isochrones are drive times: use mode=road", { mode: ["Isochrones need mode=road"] });
    }
    const inputs = loadCoverageInputs(getDb(), { brand: query.brand, year: query.year, scenario: query.scenario });
    const sites = horizonServiceSites(inputs.sites, { includePlanned: query.includePlanned, until: query.until });
    return NextResponse.json({ type: "FeatureCollection", features: siteIsochrones(roadGraph(), sites, query.threshold) });
  }, request);
}
