import { getDb } from "@/db/client";
import { loadPlaceNames } from "@/db/queries/place-names";
import { localizeCompared } from "@/lib/i18n/localize-coverage";
import { placeNameTable, placeNamer } from "@/lib/i18n/place-namer";
import { compareCsv } from "@/lib/scenarios/compare-csv";
import { handle } from "../../_lib/respond";
import { translatorFor } from "../../_lib/translate";
import { compareFromParams } from "../_lib/compare-request";

export const dynamic = "force-dynamic";

/**
 * GET /api/scenarios/compare.csv?<same parameters as /api/scenarios/compare>: the comparison as CSV.
 * Column and KPI names stay English (tools read them); region names and live's name follow the request's language.
 */
export async function GET(request: Request) {
  return handle((ctx) => {
    const { compare, query, result } = compareFromParams(new URL(request.url).searchParams);
    // i18n-translator: t scenarios
    const t = translatorFor(ctx.locale, "scenarios");
    // i18n-translator: tc common
    const tc = translatorFor(ctx.locale, "common");
    const namer = placeNamer(placeNameTable(loadPlaceNames(getDb()), ctx.locale), (district) => tc("districtRest", { district }));
    const csv = compareCsv(localizeCompared(result.scenarios, namer, t("live")), {
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
