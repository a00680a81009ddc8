import Link from "next/link";
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
  const brands = listBrands(db);
  const options = brandOptions(brands);
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

  return (
    <>
      <div className="home-head">
        <h1>{report.brand.label}: the network today</h1>
        <form method="get" action="/" className="inline" aria-label="Choose a brand">
          <label>
            Brand
            <select name="brand" defaultValue={slug}>
              {options.map((o) => (
                <option key={o.value} value={o.value}>{o.label}</option>
              ))}
            </select>
          </label>
          <button type="submit">Show</button>
        </form>
      </div>
      <p className="note">
        {report.year} vehicle park, within {formatTravel(report.coverage.threshold, "minutes")} by road, open and planned sites.{" "}
        <Link href={`/map?${qs}`}>Open the map</Link> · <Link href={`/reports/coverage?${qs}`}>Coverage report</Link> ·{" "}
        <Link href="/network">All manufacturers</Link>
      </p>

      <div className="kpis" role="list" aria-label="Headline KPIs">
        {[
          ["Covered share", formatShare(totals.shareCovered), "share"],
          ["Uncovered vehicles", formatInt(totals.uncoveredVehicles), "uncovered"],
          ["Vehicle park", formatInt(totals.vehicles), "vehicles"],
          ["Mean drive", formatTravel(totals.meanTravel, "minutes"), "mean"],
          ["Service sites · bays", `${totals.sites} · ${totals.bays}`, "sites"],
          ["Vehicles per bay", formatInt(totals.vehiclesPerBay), "per-bay"],
        ].map(([label, value, key]) => (
          <div className="kpi" role="listitem" key={key}>
            <div className="label">{label}</div>
            <div className="value" data-kpi={key}>{value}</div>
          </div>
        ))}
      </div>

      <div className="home-grid">
        <ReportMap cities={map.cities} sites={map.sites} reach={map.reach} tileUrl={process.env.NEXT_PUBLIC_TILE_URL ?? OSM_TILES} height="360px" />
        <section aria-label="Needs attention" className="attention">
          <h2>Needs attention</h2>
          <h3>Top gaps</h3>
          {attention.gaps.length ? (
            <ol data-testid="attention-gaps">
              {attention.gaps.map((g) => (
                <li key={g.cityId}>
                  <b>{g.name}</b> <span className="uncovered">{formatInt(g.uncoveredVehicles)}</span> vehicles not covered
                  {g.nearestSiteName ? <span className="muted"> · {formatTravel(g.travel, "minutes")} to {g.nearestSiteName}</span> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">Every city with vehicles is covered.</p>
          )}
          <h3>Overloaded sites</h3>
          {attention.overloaded.length ? (
            <ul data-testid="attention-overloaded">
              {attention.overloaded.slice(0, 5).map((s) => (
                <li key={s.id}>
                  <Link href={`/dealerships/${s.id}`}>{s.name}</Link>: {formatInt(s.vehiclesPerBay)} vehicles per bay ({s.bays} bays)
                </li>
              ))}
              {attention.overloaded.length > 5 ? (
                <li className="muted">
                  and {attention.overloaded.length - 5} more above {formatInt(report.query.vehiclesPerBay)} per bay:{" "}
                  <Link href={`/reports/coverage?${qs}`}>site loads in the report</Link>
                </li>
              ) : null}
            </ul>
          ) : (
            <p className="muted">No site is above {formatInt(report.query.vehiclesPerBay)} vehicles per bay.</p>
          )}
          <h3>Openings due by {thisQuarter}</h3>
          {attention.due.length ? (
            <ul data-testid="attention-due">
              {attention.due.map((s) => (
                <li key={s.id}>
                  <Link href={`/dealerships/${s.id}`}>{s.name}</Link> ({s.cityName}): {s.plannedQuarter}
                  {s.late ? <b className="uncovered"> late</b> : " due now"}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No planned opening is due.</p>
          )}
          <h3>Estimates</h3>
          <p data-testid="attention-estimates">
            {estimates.length} of {cells.length} vehicle-park figures for {report.year} are estimates.{" "}
            <Link href={`/vehicle-park?year=${report.year}&brand=${slug}`}>Review them</Link>
          </p>
        </section>
      </div>

      <section aria-label="Recent changes">
        <h2>Recent changes</h2>
        <RecentChanges entries={listRecentAudit(db, { limit: 200 })} brandSlugs={report.brand.brandSlugs} />
      </section>
    </>
  );
}
