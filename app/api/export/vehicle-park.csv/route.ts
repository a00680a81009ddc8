import { toCsv } from "@/lib/import/export-csv";
import { handle } from "../../_lib/respond";
import { downloadHeaders, separatorFor, VEHICLE_PARK_HEADER, vehicleParkForExport, vehicleParkRow } from "../_lib/export-data";

export const dynamic = "force-dynamic";

/** GET /api/export/vehicle-park.csv?year=&brand=&sep=: UTF-8 with BOM, formula-like cells neutralised, region names in the request's language. */
export async function GET(request: Request) {
  return handle((ctx) => {
    const { cells, suffix } = vehicleParkForExport(request, ctx.locale);
    const csv = toCsv(VEHICLE_PARK_HEADER, cells.map(vehicleParkRow), separatorFor(request));
    return new Response(csv, { headers: downloadHeaders("text/csv; charset=utf-8", `vehicle-park-${suffix}.csv`) });
  }, request, "export");
}
