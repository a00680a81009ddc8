import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getCoverageReport } from "@/db/queries/coverage";
import { coverageQueryFromParams, coverageQuerySchema } from "@/lib/validation/coverage-query";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { handle } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/coverage?brand=&mode=road|straight&threshold=&includePlanned=&year=&until= */
export async function GET(request: Request) {
  return handle(() => {
    const params = new URL(request.url).searchParams;
    const query = parseOrThrow(coverageQuerySchema, coverageQueryFromParams(params), "coverage query");
    const report = getCoverageReport(getDb(), query);
    const { coverage, comparison, inputs: _inputs, scenarioSites: _sites, places, districts, districtGaps, ...meta } = report;
    return NextResponse.json({
      ...meta,
      totals: coverage.totals,
      cities: coverage.cities,
      gaps: coverage.gaps,
      regions: coverage.regions,
      sites: coverage.sites,
      mode: coverage.mode,
      unit: coverage.unit,
      threshold: coverage.threshold,
      comparison,
      // the country model: one row per district (kato, name, region, vehicles, coveredVehicles, shareCovered, ...),
      // the districts ranked by uncovered vehicles with their uncovered places, and one row per demand point
      districts,
      districtGaps,
      places,
      // the map recomputes coverage live while a site is dragged: it needs the same inputs
      ...(params.get("inputs") === "true" ? { inputs: { demand: report.inputs.demand, sites: report.scenarioSites, districts: report.inputs.districts } } : {}),
    });
  });
}
