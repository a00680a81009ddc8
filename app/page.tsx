import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPlaceNames } from "@/db/queries/place-names";
import { coveragePointName, placeNameOr } from "@/lib/i18n/place-name";
import type { Locale } from "@/lib/i18n/locales";
import { getDb } from "@/db/client";
import { listRecentAudit } from "@/db/queries/audit";
import { listBrands } from "@/db/queries/brands";
import { getCoverageReport } from "@/db/queries/coverage";
import { listDealerships } from "@/db/queries/dealerships";
import { listVehicleParkCells } from "@/db/queries/vehicle-park";
import { RecentChanges } from "@/components/home/recent-changes";
import { ReportMap } from "@/components/report/report-map";
import { formatInt, formatShare, formatTravel } from "@/lib/format";
import { needsAttention } from "@/lib/network/attention";
import { brandOptions } from "@/lib/planning/brand-options";
import { quarterOf } from "@/lib/planning/quarters";
import { coverageQuerySchema, coverageQueryToSearch } from "@/lib/validation/coverage-query";
import { reportMapProps } from "./reports/coverage/map-data";

export const dynamic = "force-dynamic";

const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/** Home: one brand's network at a glance — headline KPIs, a small map, what needs attention, recent changes. */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const db = getDb();
  const t = await getTranslations("home");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  const names = loadPlaceNames(db);
  const brands = listBrands(db);
  const options = brandOptions(brands, { allBrandsWord: tc("allBrands") });
  const asked = (await searchParams).brand;
  const slug = typeof asked === "string" && options.some((o) => o.value === asked) ? asked : "great-wall";
  // the same numbers as the map and the report: one getCoverageReport, planned openings included
  const query = coverageQuerySchema.parse({ brand: slug, includePlanned: "true" });
  const report = getCoverageReport(db, query);
  const { totals } = report.coverage;
  const brandIds = brands.filter((b) => report.brand.brandSlugs.includes(b.slug)).map((b) => b.id);
  const sites = listDealerships(db, { brandIds });
  const thisQuarter = quarterOf(new Date());
  const attention = needsAttention(report.coverage, sites, thisQuarter);
  const cells = listVehicleParkCells(db, { years: [report.year], brandIds });
  const estimates = cells.filter((c) => c.isEstimate);
  const map = reportMapProps(report, sites);
  const qs = coverageQueryToSearch(query);
  const cityOf = new Map(sites.map((s) => [s.id, s.cityId]));
  const gapName = (g: (typeof attention.gaps)[number]) =>
    coveragePointName({ id: g.cityId, name: g.name }, names, locale, (district) => tc("districtRest", { district }));
  // a group of brands reads "Great Wall Motor (all brands)" in the reader's language; a brand keeps its own name
  const brandLabel = report.brand.brandSlugs.length > 1 ? tc("brandGroup", { manufacturer: report.brand.label.replace(/ \(all brands\)$/, "") }) : report.brand.label;

  return (
    <>
      <div className="home-head">
        <h1>{t("title", { brand: brandLabel })}</h1>
        <form method="get" action="/" className="inline" aria-label={t("chooseBrand")}>
          <label>
            {t("brand")}
            <select name="brand" defaultValue={slug}>
              {options.map((o) => (
                <option key={o.value} value={o.value}>{o.label}</option>
              ))}
            </select>
          </label>
          <button type="submit">{t("show")}</button>
        </form>
      </div>
      <p className="note">
        {t("basis", { year: String(report.year), threshold: formatTravel(report.coverage.threshold, "minutes", locale) })}{" "}
        <Link href={`/map?${qs}`}>{t("openMap")}</Link> · <Link href={`/reports/coverage?${qs}`}>{t("coverageReport")}</Link> ·{" "}
        <Link href="/network">{t("allManufacturers")}</Link>
      </p>

      <div className="kpis" role="list" aria-label={t("kpis")}>
        {[
          [t("kpi.share"), formatShare(totals.shareCovered, locale), "share"],
          [t("kpi.uncovered"), formatInt(totals.uncoveredVehicles, locale), "uncovered"],
          [t("kpi.vehicles"), formatInt(totals.vehicles, locale), "vehicles"],
          [t("kpi.mean"), formatTravel(totals.meanTravel, "minutes", locale), "mean"],
          [t("kpi.sites"), `${formatInt(totals.sites, locale)} · ${formatInt(totals.bays, locale)}`, "sites"],
          [t("kpi.perBay"), formatInt(totals.vehiclesPerBay, locale), "per-bay"],
        ].map(([label, value, key]) => (
          <div className="kpi" role="listitem" key={key}>
            <div className="label">{label}</div>
            <div className="value" data-kpi={key}>{value}</div>
          </div>
        ))}
      </div>

      <div className="home-grid">
        <ReportMap cities={map.cities} sites={map.sites} reach={map.reach} tileUrl={process.env.NEXT_PUBLIC_TILE_URL ?? OSM_TILES} height="360px" />
        <section aria-label={t("attention")} className="attention">
          <h2>{t("attention")}</h2>
          <h3>{t("topGaps")}</h3>
          {attention.gaps.length ? (
            <ol data-testid="attention-gaps">
              {attention.gaps.map((g) => (
                <li key={g.cityId}>
                  <b>{gapName(g)}</b>{" "}
                  {t.rich("notCovered", { count: g.uncoveredVehicles, n: formatInt(g.uncoveredVehicles, locale), b: (c) => <span className="uncovered">{c}</span> })}
                  {g.nearestSiteName ? <span className="muted"> · {t("travelTo", { travel: formatTravel(g.travel, "minutes", locale), site: g.nearestSiteName })}</span> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t("allCovered")}</p>
          )}
          <h3>{t("overloaded")}</h3>
          {attention.overloaded.length ? (
            <ul data-testid="attention-overloaded">
              {attention.overloaded.slice(0, 5).map((s) => (
                <li key={s.id}>
                  <Link href={`/dealerships/${s.id}`}>{s.name}</Link>: {t("perBay", { n: formatInt(s.vehiclesPerBay, locale), count: s.bays })}
                </li>
              ))}
              {attention.overloaded.length > 5 ? (
                <li className="muted">
                  {t("moreOverloaded", { count: attention.overloaded.length - 5, limit: formatInt(report.query.vehiclesPerBay, locale) })}{" "}
                  <Link href={`/reports/coverage?${qs}`}>{t("siteLoads")}</Link>
                </li>
              ) : null}
            </ul>
          ) : (
            <p className="muted">{t("noneOverloaded", { limit: formatInt(report.query.vehiclesPerBay, locale) })}</p>
          )}
          <h3>{t("due", { quarter: thisQuarter })}</h3>
          {attention.due.length ? (
            <ul data-testid="attention-due">
              {attention.due.map((s) => (
                <li key={s.id}>
                  <Link href={`/dealerships/${s.id}`}>{s.name}</Link> ({placeNameOr(names.cities.get(cityOf.get(s.id) ?? -1), s.cityName, locale)}): {s.plannedQuarter}
                  {s.late ? <b className="uncovered"> {t("late")}</b> : ` ${t("dueNow")}`}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("noneDue")}</p>
          )}
          <h3>{t("estimates")}</h3>
          <p data-testid="attention-estimates">
            {t("estimatesText", { n: formatInt(estimates.length, locale), count: cells.length, total: formatInt(cells.length, locale), year: String(report.year) })}{" "}
            <Link href={`/vehicle-park?year=${report.year}&brand=${slug}`}>{t("reviewThem")}</Link>
          </p>
        </section>
      </div>

      <section aria-label={t("recentChanges")}>
        <h2>{t("recentChanges")}</h2>
        <RecentChanges
          entries={listRecentAudit(db, { limit: 200 })}
          brandSlugs={report.brand.brandSlugs}
          cityLabel={(slug, fallback) => placeNameOr(slug ? names.citiesBySlug.get(slug) : undefined, fallback, locale)}
        />
      </section>
    </>
  );
}
