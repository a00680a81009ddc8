import { toCsv } from "@/lib/import/export-csv";
import { handle } from "../../_lib/respond";
import { cellsForExport, downloadHeaders, separatorFor, VEHICLE_PARK_HEADER, vehicleParkRow } from "../_lib/export-data";

export const dynamic = "force-dynamic";

/** GET /api/export/sales.csv?year=&brand=: the vehicle park's columns (vehicles = new cars sold), so it imports back; ?sep=; and place names in the reader's language like the vehicle park's. */
export async function GET(request: Request) {
  return handle((ctx) => {
    const { cells, suffix } = cellsForExport(request, "sales", ctx.locale);
    const csv = toCsv(VEHICLE_PARK_HEADER, cells.map(vehicleParkRow), separatorFor(request));
    return new Response(csv, { headers: downloadHeaders("text/csv; charset=utf-8", `sales-${suffix}.csv`) });
  }, request, "export");
}
