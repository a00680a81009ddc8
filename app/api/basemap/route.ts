import { NextResponse } from "next/server";
import { baseMapCountries } from "@/lib/geo/kazakhstan";
import { roadNetworkGeoJSON } from "@/lib/map/road-layers";
import { roadGraph } from "@/lib/planning/coverage-report";
import { handle } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** The offline base map: Kazakhstan and its neighbours (Natural Earth 1:50m) and the road network (highways and regional roads). */
export async function GET(request: Request) {
  return handle(() => {
    return NextResponse.json(
      { countries: baseMapCountries(), roads: roadNetworkGeoJSON(roadGraph()) },
      { headers: { "Cache-Control": "private, max-age=3600" } },
    );
  }, request);
}
