import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { districtShapes } from "@/db/queries/districts";
import { handle } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/districts: the 224 district outlines (geokz, CC BY 4.0) for the map's choropleth. */
export async function GET(request: Request) {
  // private: signed-in data, so no shared cache may keep it
  return handle(() => NextResponse.json(districtShapes(getDb()), { headers: { "Cache-Control": "private, max-age=3600" } }), request);
}
