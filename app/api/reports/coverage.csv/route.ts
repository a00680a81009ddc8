import { coverageCsv } from "@/lib/report/csv";
import { exportFileName } from "@/lib/report/parameters";
import { ValidationError } from "@/lib/errors";
import { csvSeparatorFrom } from "@/lib/validation/csv-options";
import { handle } from "../../_lib/respond";
import { translatorFor } from "../../_lib/translate";
import { loadExport } from "../_lib/export-data";

export const dynamic = "force-dynamic";

/**
 * GET /api/reports/coverage.csv?brand=&mode=&threshold=&includePlanned=&until=&year=&vehiclesPerBay=&sep=
 * One header row and one row per city; the parameters and totals live in the GeoJSON's metadata,
 * which the Link header points to.
 */
export async function GET(request: Request) {
  return handle((ctx) => {
    const url = new URL(request.url);
    const sep = csvSeparatorFrom(url.searchParams);
    if (!sep.success) throw new ValidationError(sep.error.issues[0].message, { sep: [sep.error.issues[0].message] });
    // i18n-translator: tc common
    const tc = translatorFor(ctx.locale, "common");
    const { report, namesRu, namer, generatedOn, sales } = loadExport(request, ctx.locale, (district) => tc("districtRest", { district }));
    const sidecar = `/api/reports/coverage.geojson${url.search.replace(/([?&])(sep|delimiter)=[^&]*/g, "$1").replace(/[?&]+$/, "")}`;
    return new Response(coverageCsv(report, { namesRu, namer, separator: sep.data, sales: sales() }), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(report.brand.slug, generatedOn, "csv")}"`,
        "Cache-Control": "no-store",
        Link: `<${sidecar}>; rel="describedby"; type="application/geo+json"`,
      },
    });
  }, request, "export");
}
