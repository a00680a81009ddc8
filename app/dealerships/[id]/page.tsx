import Link from "next/link";
import { notFound } from "next/navigation";
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
import { STATUS_LABEL, servicesLabel } from "@/lib/network/statuses";
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

  return (
    <>
      <p><Link href="/dealerships">← All dealerships</Link></p>
      <h1>
        {site.name} <span className={`badge ${site.status}`} data-testid="site-status">{STATUS_LABEL[site.status]}</span>
      </h1>
      {justSaved ? <p className={styles.message} role="status">Saved.</p> : null}
      <div className={styles.toolbar}>
        <Link className={styles.buttonLink} data-needs="edit" href={`/dealerships/${site.id}/edit`}>Edit</Link>
        <DeleteDealershipButton id={site.id} name={site.name} redirectTo="/dealerships" deleteSite={deleteDealershipAction} />
      </div>
      <div className={styles.detail}>
        <div>
          <section className={styles.panel} aria-label="Status">
            <h2>Status</h2>
            <StatusChanger id={site.id} name={site.name} status={site.status} changeStatus={changeStatusAction} undoChange={undoChangeAction} />
          </section>
          <dl className={styles.facts} aria-label="Details">
            <dt>Brand</dt><dd>{site.brandName} ({site.manufacturer})</dd>
            <dt>City</dt><dd>{site.cityName}{site.regionName !== site.cityName ? `, ${site.regionName}` : ""}</dd>
            <dt>Address</dt><dd>{site.address ?? "—"}</dd>
            <dt>Position</dt><dd>{site.lat.toFixed(5)}, {site.lng.toFixed(5)}</dd>
            <dt>Services</dt><dd>{servicesLabel(site)}</dd>
            <dt>Service bays</dt><dd>{site.serviceBays}</dd>
            <dt>Target quarter</dt><dd>{site.plannedQuarter ?? "—"}</dd>
            <dt>Opened on</dt><dd>{site.openedOn ?? "—"}</dd>
            <dt>Notes</dt><dd>{site.notes ?? "—"}</dd>
            <dt>Source</dt><dd>{site.source ?? "entered in the planner"}</dd>
            <dt>Last change</dt><dd>{site.updatedAt.slice(0, 16).replace("T", " ")} UTC</dd>
          </dl>
        </div>
        <div>
          <SiteMiniMap
            tileUrl={tileUrl}
            places={listCities(getDb()).map((c) => ({ id: c.slug, name: c.nameEn, lat: c.lat, lng: c.lng }))}
            site={{
              id: site.id, name: site.name, brandName: site.brandName, cityName: site.cityName, lat: site.lat, lng: site.lng,
              status: site.status, sales: site.sales, service: site.service, parts: site.parts, serviceBays: site.serviceBays,
              plannedQuarter: site.plannedQuarter, vehiclesServed: served.load?.vehiclesServed ?? null,
              vehiclesPerBay: served.load?.vehiclesPerBay ?? null, overloaded: served.load?.overloaded ?? false,
            }}
          />
          <section className={styles.panel} aria-label="Vehicles served" style={{ marginTop: "1rem" }}>
            <h2>Vehicles it serves</h2>
            <p className="note">
              {served.label}, {served.year} vehicle park, within {THRESHOLD_MINUTES} minutes by road, counting open and planned sites.
            </p>
            {served.load ? (
              <dl className={styles.facts}>
                <dt>Vehicles served</dt><dd data-testid="vehicles-served">{formatInt(served.load.vehiclesServed)}</dd>
                <dt>In its catchment</dt><dd>{formatInt(served.load.vehiclesInCatchment)} (incl. beyond {THRESHOLD_MINUTES} min)</dd>
                <dt>Per service bay</dt>
                <dd className={served.load.overloaded ? "uncovered" : undefined}>
                  {formatInt(served.load.vehiclesPerBay)}{served.load.overloaded ? ` (over the ${formatInt(DEFAULT_VEHICLES_PER_BAY_TARGET)} per bay target)` : ""}
                </dd>
                <dt>{site.cityName}</dt>
                <dd>
                  {formatInt(served.cityVehicles)} group vehicles; {served.sitesInCity} service site{served.sitesInCity === 1 ? "" : "s"} of the group in the city
                </dd>
              </dl>
            ) : null}
            {served.load && served.load.vehiclesInCatchment === 0 ? (
              <p className="note">
                A city&apos;s vehicles are shared by bays among the service sites in it, and a city without one counts at its
                nearest site; this site is in no city of the group&apos;s vehicle park and nearest to none, so its load shows as zero.
              </p>
            ) : null}
            {!served.load ? (
              <p className="muted" data-testid="vehicles-served">
                Not counted: {site.status === "closed" ? "the site is closed" : !site.service ? "it offers no service" : "it is not in the chosen horizon (open sites only, or with planned openings)"}.
              </p>
            ) : null}
          </section>
        </div>
      </div>
      <h2>History</h2>
      <AuditHistory entries={history} siteId={site.id} restore={restoreVersionAction} />
      {history.length === 0 ? <p className="note">Seeded sites have no history until a planner changes them.</p> : null}
    </>
  );
}
