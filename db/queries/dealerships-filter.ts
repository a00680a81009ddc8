import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../connection";
import { emptyStatusCounts, type DealershipStatus, type SiteService } from "@/lib/network/statuses";
import type { DealershipListParams, DealershipListSort } from "@/lib/validation/dealership-list-params";
import { brands, cities, dealerships, regions } from "../schema";
import { dealershipViewColumns, type DealershipView } from "./dealerships";

/** The registry's filter: every field optional; services means "offers all of these". */
export interface DealershipListFilter {
  brandIds?: number[];
  statuses?: DealershipStatus[];
  regionSlug?: string;
  citySlug?: string;
  services?: SiteService[];
  /** part of the site's name (or city), any case */
  search?: string;
  sort?: DealershipListSort;
  dir?: "asc" | "desc";
}

/** The filter for the registry's URL parameters; the brand slug is resolved to ids by the caller. */
export function dealershipListFilter(params: DealershipListParams, brandIds: number[] | undefined): DealershipListFilter {
  return {
    brandIds, statuses: params.status, regionSlug: params.region, citySlug: params.city, services: params.services,
    search: params.q, sort: params.sort, dir: params.dir,
  };
}

export interface DealershipListRow extends DealershipView {
  regionSlug: string;
  cityNameRu: string;
  cityNameKk: string | null;
}

export interface DealershipListing {
  sites: DealershipListRow[];
  /** per status, over every filter except the status filter (what each status choice would show) */
  counts: Record<DealershipStatus, number>;
}

const columns = { ...dealershipViewColumns, regionSlug: regions.slug, cityNameRu: cities.nameRu, cityNameKk: cities.nameKk };

const SORT_COLUMN: Record<DealershipListSort, (typeof columns)[keyof typeof columns]> = {
  name: dealerships.name,
  brand: brands.name,
  city: cities.nameEn,
  region: regions.nameEn,
  status: dealerships.status,
  bays: dealerships.serviceBays,
  quarter: dealerships.plannedQuarter,
  updated: dealerships.updatedAt,
} as const;

/** The registry listing: sites matching the filter, sorted, with per-status counts. */
export function listDealershipsFiltered(db: Db, filter: DealershipListFilter = {}): DealershipListing {
  const conditions: SQL[] = [];
  if (filter.brandIds) conditions.push(inArray(dealerships.brandId, filter.brandIds));
  if (filter.regionSlug) conditions.push(eq(regions.slug, filter.regionSlug));
  if (filter.citySlug) conditions.push(eq(cities.slug, filter.citySlug));
  for (const s of filter.services ?? []) conditions.push(eq(dealerships[s], true));
  const order = filter.dir === "desc" ? desc : asc;
  const rows = db
    .select(columns)
    .from(dealerships)
    .innerJoin(brands, eq(dealerships.brandId, brands.id))
    .innerJoin(cities, eq(dealerships.cityId, cities.id))
    .innerJoin(regions, eq(cities.regionId, regions.id))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(order(SORT_COLUMN[filter.sort ?? "name"]), asc(dealerships.name), asc(dealerships.id))
    .all();

  // text search runs here rather than in SQL: SQLite's lower() and LIKE only fold ASCII, and
  // planners type Cyrillic too; a city matches by its English, Russian or Kazakh name
  const fold = (s: string) => s.toLocaleLowerCase().replace(/ё/g, "е");
  const needle = filter.search ? fold(filter.search.trim()) : "";
  const searched = needle
    ? rows.filter((r) => [r.name, r.cityName, r.cityNameRu, r.cityNameKk ?? ""].some((text) => fold(text).includes(needle)))
    : rows;
  const counts = emptyStatusCounts();
  for (const r of searched) counts[r.status] += 1;
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
  return { sites: statuses ? searched.filter((r) => statuses.has(r.status)) : searched, counts };
}
