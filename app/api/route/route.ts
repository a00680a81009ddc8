import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/errors";
import { roadGraph } from "@/lib/planning/coverage-report";
import { routeBetween } from "@/lib/roads/route";
import { coverageQueryFromParams } from "@/lib/validation/coverage-query";
import { routeQuerySchema } from "@/lib/validation/route-query";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { handle } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/route?from=<lat>,<lng>&to=<lat>,<lng> -> {km, minutes, geometry} along the roads. */
export async function GET(request: Request) {
  return handle(() => {
    const q = parseOrThrow(routeQuerySchema, coverageQueryFromParams(new URL(request.url).searchParams), "route query");
    const route = routeBetween(roadGraph(), q.from, q.to);
    if (!route) throw new NotFoundError("No road connects these two points");
    return NextResponse.json({
      km: Math.round(route.km * 10) / 10,
      minutes: Math.round(route.minutes * 10) / 10,
      geometry: route.geometry,
    });
  }, request);
}
