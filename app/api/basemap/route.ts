import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listCities } from "@/db/queries/cities";
import { baseMapCountries } from "@/lib/geo/kazakhstan";
import { roadNetworkGeoJSON } from "@/lib/map/road-layers";
import { roadGraphFor } from "@/lib/planning/coverage-report";
import { handle } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** The offline base map: Kazakhstan and its neighbours (Natural Earth 1:50m) and the highway network. */
export async function GET(request: Request) {
  return handle(() => {
    const cities = listCities(getDb());
    const graph = roadGraphFor(cities.map((c) => ({ id: c.slug, lat: c.lat, lng: c.lng })));
    return NextResponse.json(
      { countries: baseMapCountries(), roads: roadNetworkGeoJSON(graph) },
      { headers: { "Cache-Control": "private, max-age=3600" } },
    );
  }, request);
}
