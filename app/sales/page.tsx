import Link from "next/link";
import { getDb } from "@/db/client";
import { brandIdsForSlug, listBrands } from "@/db/queries/brands";
import { listCities } from "@/db/queries/cities";
import { listBrandMarketSettings } from "@/db/queries/market-settings";
import { listSalesCells, listSalesYears } from "@/db/queries/sales";
import { pageContext } from "@/app/_lib/request-context";
import { BrandSettings } from "@/components/registry/brand-settings";
import { ImportPanel } from "@/components/registry/import-panel";
import { Change, ParkGrid } from "@/components/registry/park-grid";
import { buildParkTable } from "@/components/registry/park-table-model";
import styles from "@/components/registry/registry.module.css";
import { can } from "@/lib/auth/permissions";
import { formatInt } from "@/lib/format";
import { brandOptions } from "@/lib/planning/brand-options";
import { vehicleParkQuerySchema } from "@/lib/validation/vehicle-park";
import { setBrandSettingsAction, setSalesCellAction } from "./actions";

export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;

function first(v: string | string[] | undefined) {
  return Array.isArray(v) ? v[0] : v || undefined;
}

/**
 * Sales: new-car registrations per place, brand and year, every brand (competitors too: they are the
 * market the sales model splits). The same editor, import and export as the vehicle park, plus each
 * brand's planning settings for the sales model.
 */
export default async function SalesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const db = getDb();
  const ctx = await pageContext();
  const raw = await searchParams;
  const parsed = vehicleParkQuerySchema.safeParse({ year: first(raw.year), brand: first(raw.brand) });
  const query = parsed.success ? parsed.data : {};
  const years = listSalesYears(db);
  const year = query.year ?? years.at(-1) ?? new Date().getFullYear();
  const previousYear = years.filter((y) => y < year).at(-1) ?? null;
  const allBrands = listBrands(db).filter((b) => b.segment === "passenger" || query.brand);
  const ids = query.brand ? brandIdsForSlug(db, query.brand) : null;
  const columns = allBrands.filter((b) => !ids || ids.includes(b.id)).map((b) => ({ id: b.id, slug: b.slug, name: b.name, manufacturer: b.manufacturer }));
  const model = buildParkTable({
    year,
    previousYear,
    columns,
    cities: listCities(db),
    cells: listSalesCells(db, { years: previousYear ? [year, previousYear] : [year], brandIds: columns.map((c) => c.id) }),
  });
  const exportQuery = new URLSearchParams({ year: String(year), ...(query.brand ? { brand: query.brand } : {}) }).toString();
  const yearChoices = [...new Set([...years, year])].sort();
  const canEdit = ctx ? can(ctx.role, "edit") : false;

  return (
    <>
      <h1>Sales (new-car registrations)</h1>
      <p className="note">
        New cars sold per city and brand in a year: the market potential the sales model shares among all dealers, ours
        and competitors&apos;. Seed figures are derived estimates (national sales per brand spread by population, car
        ownership and an urban weighting; see docs/seed-data.md); a figure typed or imported here replaces the estimate
        and is recorded in the audit log. See <Link href="/market">dealer performance</Link>.
      </p>
      <form method="get" action="/sales" className={styles.filters} aria-label="Choose year and brand">
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
            <option value="">All car brands</option>
            {brandOptions(listBrands(db), { competitors: true }).map((o) => (
              <option key={o.value} value={o.value}>{o.label.trim()}</option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
        <span className="muted">
          Export: <a href={`/api/export/sales.csv?${exportQuery}`} download>CSV</a> ·{" "}
          <a href="/api/export/sales.csv" download>all years (CSV)</a>
        </span>
      </form>
      {query.brand && !ids ? <p className="field-error" role="alert">Unknown brand &quot;{query.brand}&quot;: showing all brands.</p> : null}

      <ParkGrid model={model} setCell={setSalesCellAction} title="Sales" />

      <div className={styles.cols}>
        <section>
          <h2>Totals per region, {year}</h2>
          <table aria-label="Sales per region" className={styles.totalsTable}>
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
          <h2>Import sales from CSV</h2>
          <ImportPanel
            kind="sales"
            accept=".csv,text/csv"
            example={"city,brand,year,vehicles\nAlmaty,haval,2025,3100\nАстана,Chevrolet,2025,6400"}
            help={
              <>
                Columns <code>city, brand, year, vehicles</code> (new cars sold in the year) in any order. Cities by English or
                Russian name, brands by name or slug, any case. Up to 5 MB / 100,000 rows. Nothing is written until every row
                is valid and you confirm; then all rows are written at once. An export of this table imports back unchanged.
              </>
            }
          />
        </section>
      </div>

      <h2 id="settings">Planning settings (sales model)</h2>
      <p className="note">
        Target sales per outlet is the throughput standard a dealer&apos;s expected sales are compared with (utilisation).
        Brand strength multiplies every showroom&apos;s pull in the choice model; leave it empty for 1 (or the calibrated value).
      </p>
      <BrandSettings rows={listBrandMarketSettings(db).filter((b) => b.segment === "passenger")} save={setBrandSettingsAction} canEdit={canEdit} />
    </>
  );
}
