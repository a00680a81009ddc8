import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { loadPlaceNames } from "@/db/queries/place-names";
import { parseLocale } from "@/lib/i18n/locales";
import { placeNameTable } from "@/lib/i18n/place-namer";
import { handle } from "../_lib/respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/place-names?lang=xx: every place's (by slug), district's (by KATO) and region's (by English
 * name) name in that language (the request's language without ?lang=), for the map, whose coverage
 * rows carry English names. Empty for English. Private: signed-in data.
 */
export async function GET(request: Request) {
  return handle((ctx) => {
    const locale = parseLocale(new URL(request.url).searchParams.get("lang")) ?? ctx.locale;
    const table = placeNameTable(loadPlaceNames(getDb()), locale);
    return NextResponse.json(table, { headers: { "Cache-Control": "private, max-age=3600" } });
  }, request);
}
