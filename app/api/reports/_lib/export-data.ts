import "server-only";
import { getDb } from "@/db/client";
import { listCities } from "@/db/queries/cities";
import { getCoverageReport } from "@/db/queries/coverage";
import { reportMarket, reportSalesByDemandPoint } from "@/db/queries/report/sales-section";
import { loadPlaceNames } from "@/db/queries/place-names";
import type { Locale } from "@/lib/i18n/locales";
import { placeNameTable, placeNamer } from "@/lib/i18n/place-namer";
import { isoDate } from "@/lib/report/parameters";
import { coverageQueryFromParams, coverageQuerySchema } from "@/lib/validation/coverage-query";
import { parseOrThrow } from "@/lib/validation/zod-errors";

/**
 * What both exports need: the request's query parsed by the shared schema (a ValidationError names the
 * bad parameter: 400), the coverage report (unknown brand: NotFoundError, 404), Russian city names, the
 * names of the request's language for the cells, today's date and (asked for by the CSV) the sales model's
 * figures per demand point.
 */
export function loadExport(request: Request, locale: Locale, restLabel: (district: string) => string) {
  const query = parseOrThrow(coverageQuerySchema, coverageQueryFromParams(new URL(request.url).searchParams), "coverage query");
  const db = getDb();
  const report = getCoverageReport(db, query);
  const namesRu = new Map(listCities(db).map((c) => [c.slug, c.nameRu]));
  // a district's rest keeps the model's wording in the export: the district's name in the reader's language, then "(rest)"
  const namer = placeNamer(placeNameTable(loadPlaceNames(db), locale), restLabel);
  return { report, namesRu, namer, generatedOn: isoDate(new Date()), sales: () => reportSalesByDemandPoint(db, report, reportMarket(db, report)) };
}
