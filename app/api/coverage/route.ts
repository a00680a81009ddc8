import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getCoverageReport } from "@/db/queries/coverage";
import { coverageResponseBody, coverageResponseInputs } from "@/lib/planning/coverage-response";
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
    return NextResponse.json({
      ...coverageResponseBody(report),
      ...(params.get("inputs") === "true" ? { inputs: coverageResponseInputs(report) } : {}),
    });
  }, request);
}
