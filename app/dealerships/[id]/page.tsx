import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPlaceNames } from "@/db/queries/place-names";
import { getSiteLabels } from "@/components/ui/site-labels-server";
import { formatDateTime, formatDecimal } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { placeName, placeNameOr } from "@/lib/i18n/place-name";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { getCoverageReport } from "@/db/queries/coverage";
import { getDealership, type DealershipView } from "@/db/queries/dealerships";
import { AuditHistory } from "@/components/registry/audit-history";
import { DeleteDealershipButton } from "@/components/registry/delete-dealership-button";
import styles from "@/components/registry/registry.module.css";
import { SiteMiniMap } from "@/components/registry/site-mini-map";
import { StatusChanger } from "@/components/registry/status-changer";
import { changeStatusAction, deleteDealershipAction, restoreVersionAction, undoChangeAction } from "../actions";
import { AppError } from "@/lib/errors";
import { formatInt } from "@/lib/format";
import { DEFAULT_THRESHOLD, DEFAULT_VEHICLES_PER_BAY_TARGET } from "@/lib/coverage/types";
import { listCities } from "@/db/queries/cities";
import { coverageQuerySchema } from "@/lib/validation/coverage-query";
import { idParamSchema } from "@/lib/validation/dealership-filter";

export const dynamic = "force-dynamic";

const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const THRESHOLD_MINUTES = DEFAULT_THRESHOLD.road;

function loadSite(id: number): DealershipView {
  try {
    return getDealership(getDb(), id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}

/** The site's load in its group's network: road mode, the default minutes, latest year, open + planned sites. */
function servedBy(site: DealershipView) {
  const query = coverageQuerySchema.parse({ brand: site.manufacturerSlug, mode: "road", threshold: String(THRESHOLD_MINUTES), includePlanned: "true" });
  const report = getCoverageReport(getDb(), query);
  const city = report.coverage.cities.find((c) => c.id === site.city);
  // a city's vehicles are shared among the group's sites in it (within URBAN_RADIUS_KM of its centre) in
  // proportion to their bays; only a city without a site of its own goes to its nearest site (lib/coverage/assemble.ts)
  const sitesInCity = report.horizonSites.filter((s) => s.cityId === site.city).length;
  return {
    year: report.year,
    label: report.brand.label,
    isGroup: report.brand.brandSlugs.length > 1,
    load: report.coverage.sites.find((s) => s.id === site.id) ?? null,
    cityVehicles: city?.vehicles ?? 0,
    sitesInCity,
  };
}

export default async function DealershipPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = idParamSchema.safeParse((await params).id);
  const justSaved = (await searchParams).saved === "1";
  if (!id.success) notFound();
  const site = loadSite(id.data);
  const history = listAudit(getDb(), { entity: "dealership", entityId: site.id });
  const served = servedBy(site);
  const tileUrl = process.env.NEXT_PUBLIC_TILE_URL ?? OSM_TILES;
  const t = await getTranslations("dealerships");
  const tc = await getTranslations("common");
  const labels = await getSiteLabels();
  const locale = (await getLocale()) as Locale;
  const names = loadPlaceNames(getDb());
  const cityName = placeNameOr(names.cities.get(site.cityId), site.cityName, locale);
  const regionName = placeNameOr(names.regions.get(site.regionName), site.regionName, locale);
  const servedLabel = served.isGroup ? tc("brandGroup", { manufacturer: served.label.replace(/ \(all brands\)$/, "") }) : served.label;
  const dash = "—";

  return (
    <>
      <p><Link href="/dealerships">← {t("detail.back")}</Link></p>
      <h1>
        {site.name} <span className={`badge ${site.status}`} data-testid="site-status">{labels.status(site.status)}</span>
      </h1>
      {justSaved ? <p className={styles.message} role="status">{t("detail.saved")}</p> : null}
      <div className={styles.toolbar}>
        <Link className={styles.buttonLink} data-needs="edit" href={`/dealerships/${site.id}/edit`}>{t("edit")}</Link>
        <DeleteDealershipButton id={site.id} name={site.name} redirectTo="/dealerships" deleteSite={deleteDealershipAction} />
      </div>
      <div className={styles.detail}>
        <div>
          <section className={styles.panel} aria-label={t("detail.status")}>
            <h2>{t("detail.status")}</h2>
            <StatusChanger id={site.id} name={site.name} status={site.status} changeStatus={changeStatusAction} undoChange={undoChangeAction} />
          </section>
          <dl className={styles.facts} aria-label={t("detail.details")}>
            <dt>{t("detail.brand")}</dt><dd>{site.brandName} ({site.manufacturer})</dd>
            <dt>{t("detail.city")}</dt><dd>{cityName}{regionName !== cityName ? `, ${regionName}` : ""}</dd>
            <dt>{t("detail.address")}</dt><dd>{site.address ?? dash}</dd>
            <dt>{t("detail.position")}</dt><dd>{formatDecimal(site.lat, 5, locale)}; {formatDecimal(site.lng, 5, locale)}</dd>
            <dt>{t("detail.services")}</dt><dd>{labels.services(site)}</dd>
            <dt>{t("detail.bays")}</dt><dd>{site.serviceBays}</dd>
            <dt>{t("detail.quarter")}</dt><dd>{site.plannedQuarter ?? dash}</dd>
            <dt>{t("detail.openedOn")}</dt><dd>{site.openedOn ?? dash}</dd>
            <dt>{t("detail.notes")}</dt><dd>{site.notes ?? dash}</dd>
            <dt>{t("detail.source")}</dt><dd>{site.source ?? t("detail.sourcePlanner")}</dd>
            <dt>{t("detail.lastChange")}</dt><dd>{formatDateTime(site.updatedAt, locale)}</dd>
          </dl>
        </div>
        <div>
          <SiteMiniMap
            tileUrl={tileUrl}
            places={listCities(getDb()).map((c) => ({ id: c.slug, name: placeName(c, locale), lat: c.lat, lng: c.lng }))}
            site={{
              id: site.id, name: site.name, brandName: site.brandName, cityName, lat: site.lat, lng: site.lng,
              status: site.status, sales: site.sales, service: site.service, parts: site.parts, serviceBays: site.serviceBays,
              plannedQuarter: site.plannedQuarter, vehiclesServed: served.load?.vehiclesServed ?? null,
              vehiclesPerBay: served.load?.vehiclesPerBay ?? null, overloaded: served.load?.overloaded ?? false,
            }}
          />
          <section className={styles.panel} aria-label={t("served.label")} style={{ marginTop: "1rem" }}>
            <h2>{t("served.title")}</h2>
            <p className="note">{t("served.basis", { brand: servedLabel, year: String(served.year), minutes: THRESHOLD_MINUTES })}</p>
            {served.load ? (
              <dl className={styles.facts}>
                <dt>{t("served.vehiclesServed")}</dt><dd data-testid="vehicles-served">{formatInt(served.load.vehiclesServed, locale)}</dd>
                <dt>{t("served.inCatchment")}</dt><dd>{t("served.inCatchmentValue", { n: formatInt(served.load.vehiclesInCatchment, locale), minutes: THRESHOLD_MINUTES })}</dd>
                <dt>{t("served.perBay")}</dt>
                <dd className={served.load.overloaded ? "uncovered" : undefined}>
                  {formatInt(served.load.vehiclesPerBay, locale)}
                  {served.load.overloaded ? ` ${t("served.overTarget", { target: formatInt(DEFAULT_VEHICLES_PER_BAY_TARGET, locale) })}` : ""}
                </dd>
                <dt>{cityName}</dt>
                <dd>{t("served.cityLine", { n: formatInt(served.cityVehicles, locale), count: served.sitesInCity })}</dd>
              </dl>
            ) : null}
            {served.load && served.load.vehiclesInCatchment === 0 ? <p className="note">{t("served.zeroNote")}</p> : null}
            {!served.load ? (
              <p className="muted" data-testid="vehicles-served">
                {site.status === "closed" ? t("served.notCountedClosed") : !site.service ? t("served.notCountedNoService") : t("served.notCountedHorizon")}
              </p>
            ) : null}
          </section>
        </div>
      </div>
      <h2>{t("detail.history")}</h2>
      <AuditHistory entries={history} siteId={site.id} restore={restoreVersionAction} />
      {history.length === 0 ? <p className="note">{t("detail.noHistory")}</p> : null}
    </>
  );
}
