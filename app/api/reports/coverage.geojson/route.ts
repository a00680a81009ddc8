import { coverageGeoJson } from "@/lib/report/geojson";
import { exportFileName } from "@/lib/report/parameters";
import { handle } from "../../_lib/respond";
import { translatorFor } from "../../_lib/translate";
import { loadExport } from "../_lib/export-data";

export const dynamic = "force-dynamic";

/** GET /api/reports/coverage.geojson with the coverage query: city points with coverage, parameters in `metadata`. */
export async function GET(request: Request) {
  return handle((ctx) => {
    // i18n-translator: tc common
    const tc = translatorFor(ctx.locale, "common");
    const { report, namesRu, namer, generatedOn } = loadExport(request, ctx.locale, (district) => tc("districtRest", { district }));
    return new Response(JSON.stringify(coverageGeoJson(report, { namesRu, namer, generatedOn })), {
      headers: {
        "Content-Type": "application/geo+json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(report.brand.slug, generatedOn, "geojson")}"`,
        "Cache-Control": "no-store",
      },
    });
  }, request, "export");
}
