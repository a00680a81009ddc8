import { toCsv } from "@/lib/import/export-csv";
import { handle } from "../../_lib/respond";
import { DEALERSHIP_HEADER, dealershipRow, dealershipsForExport, downloadHeaders, separatorFor } from "../_lib/export-data";

export const dynamic = "force-dynamic";

/**
 * GET /api/export/dealerships.csv with the registry's filters (&sep=; for Russian-locale Excel):
 * UTF-8 with BOM, formula-like cells neutralised, place names in the request's language.
 */
export async function GET(request: Request) {
  return handle((ctx) => {
    const csv = toCsv(DEALERSHIP_HEADER, dealershipsForExport(request, ctx.locale).map(dealershipRow), separatorFor(request));
    return new Response(csv, { headers: downloadHeaders("text/csv; charset=utf-8", "dealerships.csv") });
  }, request, "export");
}
