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
import { listHref, parseListParams, REGISTRY_PAGE_SIZE } from "@/lib/validation/dealership-list-params";
import { Pagination } from "@/components/registry/pagination";
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
  const exportQuery = listHref(params, { page: undefined }, "").replace(/^\?/, "");
  const pages = Math.max(1, Math.ceil(sites.length / REGISTRY_PAGE_SIZE));
  const page = Math.min(params.page ?? 1, pages);
  const from = (page - 1) * REGISTRY_PAGE_SIZE;
  const shown = sites.slice(from, from + REGISTRY_PAGE_SIZE);

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
        brandOptions={brandOptions(listBrands(db), { competitors: true }).map((o) => ({ value: o.value, label: o.label.trim() }))}
        regions={regions}
        cities={cities.map((c) => ({ slug: c.slug, name: c.nameEn })).sort((a, b) => a.name.localeCompare(b.name))}
      />
      <StatusCounts counts={counts} params={params} />
      <p className="muted" role="status" aria-live="polite">
        {sites.length} site{sites.length === 1 ? "" : "s"} match
        {pages > 1 ? ` · showing ${from + 1}–${from + shown.length}` : ""}
      </p>
      <DealershipTable sites={shown} params={params} deleteSite={deleteDealershipAction} />
      <Pagination page={page} pages={pages} params={params} />
    </>
  );
}
