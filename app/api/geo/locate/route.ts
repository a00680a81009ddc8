import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listCities } from "@/db/queries/cities";
import { isInKazakhstan } from "@/lib/geo/in-kazakhstan";
import { describeLocation } from "@/lib/geo/place-name";
import { locateQuerySchema } from "@/lib/validation/locate-query";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { handle } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/geo/locate?lat=&lng= -> whether a site may stand there (inside Kazakhstan, the same rule
 * the dealership schema applies) and the nearest place to name it after.
 */
export async function GET(request: Request) {
  return handle(() => {
    const sp = new URL(request.url).searchParams;
    const { lat, lng } = parseOrThrow(locateQuerySchema, { lat: sp.get("lat") ?? undefined, lng: sp.get("lng") ?? undefined }, "point");
    if (!isInKazakhstan(lat, lng)) {
      return NextResponse.json({ inside: false, message: "That point lies outside Kazakhstan: a site must stand inside the country." });
    }
    const places = listCities(getDb()).map((c) => ({ slug: c.slug, name: c.nameEn, lat: c.lat, lng: c.lng }));
    const d = describeLocation(lat, lng, places);
    return NextResponse.json({
      inside: true,
      place: d ? { slug: d.place.slug, name: d.place.name, km: Math.round(d.km * 10) / 10, within: d.within, label: d.label, siteSuffix: d.siteSuffix } : null,
    });
  }, request);
}
