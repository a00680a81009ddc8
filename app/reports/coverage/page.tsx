import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { titled } from "@/app/_lib/page-title";
import { loadPlaceNames } from "@/db/queries/place-names";
import { placeNameTable, placeNamer } from "@/lib/i18n/place-namer";
import { localizeDistrictGaps, localizeReportView, localizeResult } from "@/lib/i18n/localize-coverage";
import type { Locale } from "@/lib/i18n/locales";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import type { Db } from "@/db/connection";
import { listBrands } from "@/db/queries/brands";
import { getCoverageReport } from "@/db/queries/coverage";
import { listDealerships } from "@/db/queries/dealerships";
import { listVehicleParkYears } from "@/db/queries/vehicle-park";
import { CoverageReportBody } from "@/components/report/coverage-report-body";
import { SalesSection } from "@/components/report/sales-section";
import { reportMarket } from "@/db/queries/report/sales-section";
import { ReportForm, type ReportFormValues } from "@/components/report/report-form";
import { AppError, type FieldErrors } from "@/lib/errors";
import { brandOptions } from "@/lib/planning/brand-options";
import type { CoverageReport } from "@/lib/planning/coverage-report";
import { planningQuarters } from "@/lib/planning/quarters";
import { buildReportView } from "@/lib/report/report-view";
import { formatDateTime } from "@/lib/format";
import { DEFAULT_VEHICLES_PER_BAY_TARGET } from "@/lib/coverage/types";
import { coverageQueryFromParams, coverageQuerySchema, coverageQueryToSearch, type CoverageQuery } from "@/lib/validation/coverage-query";
import { fieldErrorsOf } from "@/lib/validation/zod-errors";
import { reportMapProps } from "./map-data";
import { loadScenarioSites } from "@/db/queries/scenario-sites";
import "../report.css";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("report");
  return titled(t("title"));
}

// the nav links here without parameters: open on the brand the map opens on
const DEFAULT_BRAND = "great-wall";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

type Loaded = { report: CoverageReport } | { missing: string } | { errors: FieldErrors };

function loadReport(db: Db, query: CoverageQuery): Loaded {
  try {
    return { report: getCoverageReport(db, query) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return { missing: error.message };
    if (error instanceof AppError && error.code === "invalid_field") return { errors: error.fields };
    throw error;
  }
}

async function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const t = await getTranslations("report");
  return (
    <div role="alert" className="report-error">
      <strong>{t("cannotCompute")}</strong>
      <ul>
        {Object.entries(errors).map(([field, messages]) => (
          <li key={field} data-param={field}>
            <code>{field}</code>: {messages.join("; ")}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The coverage report a planner sends management: every parameter in the URL, printable, exportable. */
export default async function CoverageReportPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = coverageQueryFromParams(await searchParams);
  const db = getDb();
  const t = await getTranslations("report");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  const years = listVehicleParkYears(db);
  const options = { brandOptions: brandOptions(listBrands(db), { allBrandsWord: tc("allBrands") }), years, quarters: planningQuarters() };
  const rawValues: ReportFormValues = {
    brand: raw.brand ?? DEFAULT_BRAND, mode: raw.mode ?? "road", threshold: raw.threshold ?? "", year: raw.year ?? String(years.at(-1) ?? ""),
    includePlanned: raw.includePlanned === "true" || raw.includePlanned === "1", until: raw.until ?? "", vehiclesPerBay: raw.vehiclesPerBay ?? String(DEFAULT_VEHICLES_PER_BAY_TARGET),
  };

  const parsed = coverageQuerySchema.safeParse({ ...raw, brand: rawValues.brand });
  const loaded: Loaded = parsed.success ? loadReport(db, parsed.data) : { errors: fieldErrorsOf(parsed.error) };
  if ("missing" in loaded) notFound();
  if ("errors" in loaded) {
    return (
      <div className="coverage-report">
        <h1>{t("title")}</h1>
        <ReportForm values={rawValues} errors={loaded.errors} {...options} />
        <ErrorSummary errors={loaded.errors} />
      </div>
    );
  }

  const { report } = loaded;
  const q = report.query;
  const values: ReportFormValues = {
    brand: q.brand, mode: q.mode, threshold: String(q.threshold), year: String(report.year),
    includePlanned: q.includePlanned, until: q.until ?? "", vehiclesPerBay: String(q.vehiclesPerBay),
    scenario: q.scenario ? String(q.scenario) : undefined,
  };
  // exports get the resolved year, so a link sent later still means the same vehicle park
  const search = coverageQueryToSearch({ ...q, year: report.year });
  // a scenario's report draws the scenario's sites
  const scenario = q.scenario ? loadScenarioSites(db, q.scenario) : null;
  // places, districts and regions in the reader's language: renamed after the figures are computed
  const namer = placeNamer(placeNameTable(loadPlaceNames(db), locale), (district) => tc("districtRest", { district }));
  const map = reportMapProps({ ...report, coverage: localizeResult(report.coverage, namer) }, (scenario ? scenario.sites : listDealerships(db)).map((d) => ({ ...d, cityName: namer.place(d.city, d.cityName) })), locale);
  const brandLabel = report.brand.brandSlugs.length > 1 ? tc("brandGroup", { manufacturer: report.brand.label.replace(/ \(all brands\)$/, "") }) : report.brand.label;
  const view = localizeReportView(buildReportView(report), namer);
  return (
    <div className="coverage-report">
      <ReportForm values={values} errors={{}} {...options} />
      {scenario ? (
        <p className="scenario-banner" data-testid="report-scenario">
          {t.rich("scenarioBanner", { name: scenario.scenario.name, count: scenario.edits.length, strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      ) : null}
      <CoverageReportBody
        view={{ ...view, brand: { ...view.brand, label: brandLabel } }}
        districtGaps={localizeDistrictGaps(report.districtGaps, namer)}
        generatedOn={formatDateTime(new Date(), locale, true)}
        csvHref={`/api/reports/coverage.csv?${search}`}
        geojsonHref={`/api/reports/coverage.geojson?${search}`}
        mapHref={`/map?${search}`}
        map={{ ...map, tileUrl: process.env.NEXT_PUBLIC_TILE_URL ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png" }}
      />
      {/* the sales model for the same brand and year: getMarket, as GET /api/market and the CSV's sales columns */}
      <SalesSection market={reportMarket(db, report)} label={report.brand.label} year={report.year} brand={report.brand.slug} />
    </div>
  );
}
