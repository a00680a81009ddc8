import Link from "next/link";
import { getDb } from "@/db/client";
import { listBrands } from "@/db/queries/brands";
import { listCities } from "@/db/queries/cities";
import { brandIdsForSlug } from "@/db/queries/brands";
import { listVehicleParkCells, listVehicleParkYears } from "@/db/queries/vehicle-park";
import { ImportPanel } from "@/components/registry/import-panel";
import { Change, ParkGrid } from "@/components/registry/park-grid";
import { setParkCellAction } from "./actions";
import { buildParkTable } from "@/components/registry/park-table-model";
import styles from "@/components/registry/registry.module.css";
import { formatInt } from "@/lib/format";
import { brandOptions } from "@/lib/planning/brand-options";
import { vehicleParkQuerySchema } from "@/lib/validation/vehicle-park";

export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;

function first(v: string | string[] | undefined) {
  return Array.isArray(v) ? v[0] : v || undefined;
}

export default async function VehicleParkPage({ searchParams }: { searchParams: Promise<Search> }) {
  const db = getDb();
  const raw = await searchParams;
  const parsed = vehicleParkQuerySchema.safeParse({ year: first(raw.year), brand: first(raw.brand) });
  const query = parsed.success ? parsed.data : {};
  const years = listVehicleParkYears(db);
  const year = query.year ?? years.at(-1) ?? new Date().getFullYear();
  const previousYear = years.filter((y) => y < year).at(-1) ?? null;
  // competitors have no vehicle park (sales model only): columns for "our" brands unless one is asked for
  const allBrands = listBrands(db);
  const ids = query.brand ? brandIdsForSlug(db, query.brand) : null;
  const columns = allBrands.filter((b) => (ids ? ids.includes(b.id) : !b.competitor)).map((b) => ({ id: b.id, slug: b.slug, name: b.name, manufacturer: b.manufacturer }));
  const model = buildParkTable({
    year,
    previousYear,
    columns,
    cities: listCities(db),
    cells: listVehicleParkCells(db, { years: previousYear ? [year, previousYear] : [year], brandIds: columns.map((c) => c.id) }),
  });
  const exportQuery = new URLSearchParams({ year: String(year), ...(query.brand ? { brand: query.brand } : {}) }).toString();
  const yearChoices = [...new Set([...years, year])].sort();

  return (
    <>
      <h1>Vehicle park (vehicles in operation)</h1>
      <p className="note">
        Vehicles on the road per city and brand: the after-sales demand the coverage views count. Seed figures are derived
        estimates (see README); a figure typed or imported here replaces the estimate and is recorded in the audit log.
        Rows list the towns and cities; the totals count every place, villages and each district&apos;s rest included
        (import a CSV to change those).
      </p>
      <form method="get" action="/vehicle-park" className={styles.filters} aria-label="Choose year and brand">
        <label>
          Year
          <select name="year" defaultValue={String(year)}>
            {yearChoices.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          Brand or group
          <select name="brand" defaultValue={query.brand ?? ""}>
            <option value="">All brands</option>
            {brandOptions(allBrands).map((o) => (
              <option key={o.value} value={o.value}>{o.label.trim()}</option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
        <span className="muted">
          Export: <a href={`/api/export/vehicle-park.csv?${exportQuery}`} download>CSV</a> ·{" "}
          <a href={`/api/export/vehicle-park.geojson?${exportQuery}`} download>GeoJSON</a> ·{" "}
          <a href="/api/export/vehicle-park.csv" download>all years (CSV)</a>
        </span>
      </form>
      {query.brand && !ids ? <p className="field-error" role="alert">Unknown brand &quot;{query.brand}&quot;: showing all brands.</p> : null}

      <ParkGrid model={model} setCell={setParkCellAction} />

      <div className={styles.cols}>
        <section>
          <h2>Totals per region, {year}</h2>
          <table aria-label="Totals per region" className={styles.totalsTable}>
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col" className="num">{year}</th>
                <th scope="col" className="num">{previousYear ?? "previous"}</th>
                <th scope="col" className="num">Change</th>
              </tr>
            </thead>
            <tbody>
              {model.regionTotals.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{formatInt(r.total)}</td>
                  <td className="num">{formatInt(r.previous)}</td>
                  <td className="num"><Change total={r} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h2>Import figures from CSV</h2>
          <ImportPanel
            kind="vehicle-park"
            accept=".csv,text/csv"
            example={"city,brand,year,vehicles\nAlmaty,haval,2025,12500\nАстана,Chery,2025,8400"}
            help={
              <>
                Columns <code>city, brand, year, vehicles</code> in any order (extra columns are ignored). Cities by English or
                Russian name, brands by name or slug, any case. Up to 5 MB / 100,000 rows. Nothing is written until every row
                is valid and you confirm; then all rows are written at once. An export of this table imports back unchanged.
                See also <Link href="/dealerships/import">the dealership import</Link>.
              </>
            }
          />
        </section>
      </div>
    </>
  );
}
