import { toCsv } from "@/lib/import/export-csv";
import { handle } from "../../_lib/respond";
import { downloadHeaders, VEHICLE_PARK_HEADER, vehicleParkForExport, vehicleParkRow } from "../_lib/export-data";

export const dynamic = "force-dynamic";

/** GET /api/export/vehicle-park.csv?year=&brand=: UTF-8 with BOM, formula-like cells neutralised. */
export async function GET(request: Request) {
  return handle(() => {
    const { cells, suffix } = vehicleParkForExport(request);
    const csv = toCsv(VEHICLE_PARK_HEADER, cells.map(vehicleParkRow));
    return new Response(csv, { headers: downloadHeaders("text/csv; charset=utf-8", `vehicle-park-${suffix}.csv`) });
  }, request, "export");
}
