import { pointCollection } from "@/lib/import/export-geojson";
import { handle } from "../../_lib/respond";
import { dealershipProperties, dealershipsForExport, downloadHeaders } from "../_lib/export-data";

export const dynamic = "force-dynamic";

/** GET /api/export/dealerships.geojson with the registry's filters; imports back through /api/import/dealerships. */
export async function GET(request: Request) {
  return handle((ctx) => {
    const fc = pointCollection(dealershipsForExport(request, ctx.locale), (d) => [d.lng, d.lat], dealershipProperties);
    return new Response(JSON.stringify(fc), { headers: downloadHeaders("application/geo+json; charset=utf-8", "dealerships.geojson") });
  }, request, "export");
}
