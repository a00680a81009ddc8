import { compareCsv } from "@/lib/scenarios/compare-csv";
import { handle } from "../../_lib/respond";
import { compareFromParams } from "../_lib/compare-request";

export const dynamic = "force-dynamic";

/** GET /api/scenarios/compare.csv?<same parameters as /api/scenarios/compare>: the comparison as CSV. */
export async function GET(request: Request) {
  return handle(() => {
    const { compare, query, result } = compareFromParams(new URL(request.url).searchParams);
    const csv = compareCsv(result.scenarios, {
      brand: query.brand, mode: query.mode, threshold: query.threshold, includePlanned: query.includePlanned, until: query.until,
      year: query.year, costPerBay: compare.costPerBay, costPerSite: compare.costPerSite,
    });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="scenario-comparison-${query.brand}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  }, request);
}
