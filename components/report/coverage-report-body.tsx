import { useLocale, useTranslations } from "next-intl";
import type { CoverageMapProps, MapCity, MapSite } from "@/components/map";
import type { Locale } from "@/lib/i18n/locales";
import { formatInt, formatShare, formatShareDelta, formatTravel } from "@/lib/format";
import { TODAY_LABEL } from "@/lib/report/timeline";
import type { CoverageReportView } from "@/lib/report/report-view";
import { CityTable } from "./city-table";
import { PrintButton } from "./print-button";
import { RegionShareChart, TimelineChart } from "./lazy-charts";
import { HeadlineKpis, HorizonTable } from "./report-kpis";
import { ReportMap } from "./report-map";
import { GapTable, RegionTable, SiteTable, TimelineTable } from "./report-tables";
import type { DistrictGap } from "@/lib/planning/districts";

interface Props {
  view: CoverageReportView;
  generatedOn: string;
  csvHref: string;
  geojsonHref: string;
  mapHref: string;
  map: { cities: MapCity[]; sites: MapSite[]; reach: CoverageMapProps["reach"]; tileUrl: string };
  /** districts ranked by uncovered vehicles (the country model's gaps) */
  districtGaps?: DistrictGap[];
}

/** Rows of the printed city table: the country model has ~1,300 demand points, too many for A4 pages. */
export const REPORT_CITY_ROWS = 200;


/** The report itself: KPIs, open-only vs with-planned comparison, charts, map and tables, with the export and print buttons. */
export function CoverageReportBody({ view, generatedOn, csvHref, geojsonHref, mapHref, map, districtGaps }: Props) {
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  const planned = view.comparison;
  const q = view.query;
  // what the report is about, in one line a manager can read
  const scope = t("scope", {
    year: String(view.year),
    limit: view.unit === "minutes" ? t("limitRoad", { time: formatTravel(q.threshold, "minutes", locale) }) : t("limitStraight", { km: formatInt(q.threshold, locale) }),
    sites: q.includePlanned ? (q.until ? t("sitesUntil", { until: q.until }) : t("sitesAll")) : t("sitesOpen"),
    target: formatInt(q.vehiclesPerBay, locale),
  });
  return (
    <article className="report-body" aria-label={t("title")}>
      <header className="report-head">
        <div>
          <h1>{t("heading", { brand: view.brand.label })}</h1>
          <p className="report-scope">{t("scopeGenerated", { scope, date: generatedOn })}</p>
        </div>
        <div className="report-actions">
          <a className="report-button" href={csvHref} download>
            {t("downloadCsv")}
          </a>
          <a className="report-button" href={`${csvHref}${csvHref.includes("?") ? "&" : "?"}sep=semicolon`} download title={t("csvExcelTitle")}>
            {t("csvExcel")}
          </a>
          <a className="report-button" href={geojsonHref} download>
            {t("downloadGeojson")}
          </a>
          <PrintButton />
          <a className="report-link" href={mapHref}>
            {t("openOnMap")}
          </a>
        </div>
      </header>

      <HeadlineKpis view={view} />
      <p className="note report-summary">
        {planned.shareCovered.delta === 0
          ? t("summaryUnchanged", { before: formatInt(planned.coveredVehicles.before, locale), after: formatInt(planned.coveredVehicles.after, locale) })
          : t("summaryChanged", {
              delta: formatShareDelta(planned.shareCovered.delta, locale),
              before: formatInt(planned.coveredVehicles.before, locale),
              after: formatInt(planned.coveredVehicles.after, locale),
            })}
      </p>

      <section className="report-section">
        <h2>{t("horizonsTitle")}</h2>
        <HorizonTable view={view} />
      </section>

      <div className="report-grid">
        <RegionShareChart regions={view.regions.map((r) => ({ region: r.region, share: r.shareCovered, vehicles: r.vehicles }))} />
        <TimelineChart steps={view.timeline.map((s) => ({ label: s.quarter ?? (s.label === TODAY_LABEL ? t("timeline.today") : t("timeline.undated")), share: s.shareCovered }))} />
      </div>

      <section className="report-section">
        <h2>{t("timelineTitle")}</h2>
        <TimelineTable view={view} />
      </section>

      <section className="report-section report-map-section">
        <h2>{t("mapTitle")}</h2>
        <p className="note">{t("mapNote")}</p>
        <ReportMap cities={map.cities} sites={map.sites} reach={map.reach} tileUrl={map.tileUrl} />
      </section>

      <section className="report-section">
        <h2>{t("byRegion")}</h2>
        <RegionTable view={view} />
      </section>

      {districtGaps ? (
        <section className="report-section">
          <h2>{t("districtGaps")}</h2>
          <table aria-label={t("districtGaps")}>
            <thead>
              <tr>
                <th>{t("col.district")}</th>
                <th>{t("col.region")}</th>
                <th className="num">{t("col.uncovered")}</th>
                <th className="num">{t("col.share")}</th>
                <th>{t("col.uncoveredPlaces")}</th>
              </tr>
            </thead>
            <tbody>
              {districtGaps.slice(0, 15).map((g) => (
                <tr key={g.kato} data-district={g.kato}>
                  <th scope="row">{g.name}</th>
                  <td>{g.region}</td>
                  <td className="num">{formatInt(g.uncoveredVehicles, locale)}</td>
                  <td className="num">{formatShare(g.shareCovered, locale)}</td>
                  <td>
                    {g.places
                      .slice(0, 4)
                      .map((p) => `${p.name} (${formatInt(p.vehicles, locale)})`)
                      .join(", ")}
                    {g.places.length > 4 ? `, ${t("morePlaces", { count: g.places.length - 4 })}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section className="report-section">
        <h2>{t("gapsTitle")}</h2>
        <GapTable view={view} />
      </section>

      <section className="report-section">
        <h2>{t("sitesTitle")}</h2>
        <SiteTable view={view} />
      </section>

      <section className="report-section">
        <h2>{t("byCity")}</h2>
        <p className="note report-screen-only">{t("sortHint")}</p>
        {view.cities.length > REPORT_CITY_ROWS ? (
          <p className="note" data-testid="city-table-scope">
            {t("cityScope", { rows: REPORT_CITY_ROWS, all: formatInt(view.cities.length, locale) })}
          </p>
        ) : null}
        <CityTable cities={[...view.cities].sort((a, b) => b.vehicles - a.vehicles).slice(0, REPORT_CITY_ROWS)} unit={view.unit} />
      </section>
      <footer className="report-footer note" data-testid="report-credits">
        {t("credits")}
      </footer>
    </article>
  );
}
