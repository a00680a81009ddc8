import Link from "next/link";
import { getDb } from "@/db/client";
import { listBrands } from "@/db/queries/brands";
import { listCities } from "@/db/queries/cities";
import { brandIdsForSlug } from "@/db/queries/brands";
import { dealershipListFilter, listDealershipsFiltered } from "@/db/queries/dealerships-filter";
import { DealershipFilters } from "@/components/registry/dealership-filters";
import { DealershipTable } from "@/components/registry/dealership-table";
import styles from "@/components/registry/registry.module.css";
import { StatusCounts } from "@/components/registry/status-counts";
import { brandOptions } from "@/lib/planning/brand-options";
import { listHref, parseListParams } from "@/lib/validation/dealership-list-params";
import { deleteDealershipAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function DealershipsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const db = getDb();
  const params = parseListParams(await searchParams);
  const brandIds = params.brand ? (brandIdsForSlug(db, params.brand) ?? []) : undefined;
  const { sites, counts } = listDealershipsFiltered(db, dealershipListFilter(params, brandIds));
  const cities = listCities(db);
  const regions = [...new Map(cities.map((c) => [c.regionSlug, c.regionName])).entries()]
    .map(([slug, name]) => ({ slug, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const exportQuery = listHref(params, {}, "").replace(/^\?/, "");

  return (
    <>
      <h1>Dealerships and service centres</h1>
      <div className={styles.toolbar}>
        <Link className={styles.buttonLink} data-needs="edit" href="/dealerships/new">New dealership</Link>
        <Link className={styles.secondaryLink} data-needs="edit" href="/dealerships/import">Import CSV / GeoJSON</Link>
        <span className="muted">Export what is shown:</span>
        <a href={`/api/export/dealerships.csv${exportQuery ? `?${exportQuery}` : ""}`} download>CSV</a>
        <a href={`/api/export/dealerships.geojson${exportQuery ? `?${exportQuery}` : ""}`} download>GeoJSON</a>
      </div>
      <DealershipFilters
        params={params}
        brandOptions={brandOptions(listBrands(db)).map((o) => ({ value: o.value, label: o.label.trim() }))}
        regions={regions}
        cities={cities.map((c) => ({ slug: c.slug, name: c.nameEn })).sort((a, b) => a.name.localeCompare(b.name))}
      />
      <StatusCounts counts={counts} params={params} />
      <p className="muted" role="status" aria-live="polite">
        {sites.length} site{sites.length === 1 ? "" : "s"} shown
      </p>
      <DealershipTable sites={sites} params={params} deleteSite={deleteDealershipAction} />
    </>
  );
}
