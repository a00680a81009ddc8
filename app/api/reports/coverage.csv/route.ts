import { coverageCsv } from "@/lib/report/csv";
import { exportFileName } from "@/lib/report/parameters";
import { handle } from "../../_lib/respond";
import { loadExport } from "../_lib/export-data";

export const dynamic = "force-dynamic";

/** GET /api/reports/coverage.csv?brand=&mode=&threshold=&includePlanned=&until=&year=&vehiclesPerBay= */
export async function GET(request: Request) {
  return handle(() => {
    const { report, namesRu, generatedOn } = loadExport(request);
    return new Response(coverageCsv(report, { namesRu, generatedOn }), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(report.brand.slug, generatedOn, "csv")}"`,
        "Cache-Control": "no-store",
      },
    });
  }, request, "export");
}
