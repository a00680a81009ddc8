import Link from "next/link";
import { titled } from "@/app/_lib/page-title";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPlaceNames } from "@/db/queries/place-names";
import { placeName, placeNameOr } from "@/lib/i18n/place-name";
import type { Locale } from "@/lib/i18n/locales";
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

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return titled(t("dealerships"));
}

export default async function DealershipsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const db = getDb();
  const t = await getTranslations("dealerships");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  const names = loadPlaceNames(db);
  const params = parseListParams(await searchParams);
  const brandIds = params.brand ? (brandIdsForSlug(db, params.brand) ?? []) : undefined;
  const { sites, counts } = listDealershipsFiltered(db, dealershipListFilter(params, brandIds));
  const cities = listCities(db);
  const regions = [...new Map(cities.map((c) => [c.regionSlug, placeNameOr(names.regions.get(c.regionSlug), c.regionName, locale)])).entries()]
    .map(([slug, name]) => ({ slug, name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const exportQuery = listHref(params, { page: undefined }, "").replace(/^\?/, "");
  const pages = Math.max(1, Math.ceil(sites.length / REGISTRY_PAGE_SIZE));
  const page = Math.min(params.page ?? 1, pages);
  const from = (page - 1) * REGISTRY_PAGE_SIZE;
  const shown = sites.slice(from, from + REGISTRY_PAGE_SIZE).map((s) => ({
    ...s,
    cityName: placeNameOr(names.cities.get(s.cityId), s.cityName, locale),
    regionName: placeNameOr(names.regions.get(s.regionSlug), s.regionName, locale),
  }));

  return (
    <>
      <h1>{t("title")}</h1>
      <div className={styles.toolbar}>
        <Link className={styles.buttonLink} data-needs="edit" href="/dealerships/new">{t("new")}</Link>
        <Link className={styles.secondaryLink} data-needs="edit" href="/dealerships/import">{t("import")}</Link>
        <span className="muted">{t("exportShown")}</span>
        <a href={`/api/export/dealerships.csv${exportQuery ? `?${exportQuery}` : ""}`} download>CSV</a>
        {/* Excel set to a Russian locale opens ;-separated files by double-click */}
        <a href={`/api/export/dealerships.csv?${exportQuery ? `${exportQuery}&` : ""}sep=%3B`} download>{t("csvExcel")}</a>
        <a href={`/api/export/dealerships.geojson${exportQuery ? `?${exportQuery}` : ""}`} download>GeoJSON</a>
      </div>
      <DealershipFilters
        params={params}
        brandOptions={brandOptions(listBrands(db), tc("allBrands")).map((o) => ({ value: o.value, label: o.label.trim() }))}
        regions={regions}
        cities={cities.map((c) => ({ slug: c.slug, name: placeName(c, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale))}
      />
      <StatusCounts counts={counts} params={params} />
      <p className="muted" role="status" aria-live="polite">
        {t("matching", { count: sites.length })}
        {pages > 1 ? ` · ${t("showing", { from: from + 1, to: from + shown.length })}` : ""}
      </p>
      <DealershipTable sites={shown} params={params} deleteSite={deleteDealershipAction} />
      <Pagination page={page} pages={pages} params={params} />
    </>
  );
}
