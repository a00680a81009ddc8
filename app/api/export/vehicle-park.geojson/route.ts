import { pointCollection } from "@/lib/import/export-geojson";
import { handle } from "../../_lib/respond";
import { downloadHeaders, vehicleParkForExport, vehicleParkProperties } from "../_lib/export-data";

export const dynamic = "force-dynamic";

/** GET /api/export/vehicle-park.geojson?year=&brand=: one point (the city) per city, brand and year. */
export async function GET(request: Request) {
  return handle((ctx) => {
    const { cells, suffix } = vehicleParkForExport(request, ctx.locale);
    const fc = pointCollection(cells, (c) => [c.lng, c.lat], vehicleParkProperties);
    return new Response(JSON.stringify(fc), { headers: downloadHeaders("application/geo+json; charset=utf-8", `vehicle-park-${suffix}.geojson`) });
  }, request, "export");
}
