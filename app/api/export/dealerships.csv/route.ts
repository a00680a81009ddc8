import { toCsv } from "@/lib/import/export-csv";
import { handle } from "../../_lib/respond";
import { DEALERSHIP_HEADER, dealershipRow, dealershipsForExport, downloadHeaders } from "../_lib/export-data";

export const dynamic = "force-dynamic";

/** GET /api/export/dealerships.csv with the registry's filters: UTF-8 with BOM, formula-like cells neutralised. */
export async function GET(request: Request) {
  return handle(() => {
    const csv = toCsv(DEALERSHIP_HEADER, dealershipsForExport(request).map(dealershipRow));
    return new Response(csv, { headers: downloadHeaders("text/csv; charset=utf-8", "dealerships.csv") });
  }, request, "export");
}
