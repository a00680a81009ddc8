import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../connection";
import { brands, cities, dealerships, regions, type Dealership } from "../schema";
import type { DealershipView } from "./dealerships";

export type DealershipStatus = Dealership["status"];
export const LIST_SORTS = ["name", "brand", "city", "region", "status", "bays", "quarter", "updated"] as const;
export type DealershipListSort = (typeof LIST_SORTS)[number];

/** The registry's filter: every field optional; services means "offers all of these". */
export interface DealershipListFilter {
  brandIds?: number[];
  statuses?: DealershipStatus[];
  regionSlug?: string;
  citySlug?: string;
  services?: ("sales" | "service" | "parts")[];
  /** part of the site's name (or city), any case */
  search?: string;
  sort?: DealershipListSort;
  dir?: "asc" | "desc";
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

const columns = {
  id: dealerships.id, brandId: dealerships.brandId, brand: brands.slug, brandName: brands.name, manufacturer: brands.manufacturer,
  manufacturerSlug: brands.manufacturerSlug, name: dealerships.name, cityId: dealerships.cityId, city: cities.slug,
  cityName: cities.nameEn, cityNameRu: cities.nameRu, cityNameKk: cities.nameKk, regionName: regions.nameEn, regionSlug: regions.slug, lat: dealerships.lat, lng: dealerships.lng,
  address: dealerships.address, status: dealerships.status, sales: dealerships.sales, service: dealerships.service,
  parts: dealerships.parts, serviceBays: dealerships.serviceBays, openedOn: dealerships.openedOn,
  plannedQuarter: dealerships.plannedQuarter, notes: dealerships.notes, source: dealerships.source,
  createdAt: dealerships.createdAt, updatedAt: dealerships.updatedAt,
};

const SORT_COLUMN = {
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
  const counts: Record<DealershipStatus, number> = { open: 0, planned: 0, under_construction: 0, closed: 0 };
  for (const r of searched) counts[r.status] += 1;
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
  return { sites: statuses ? searched.filter((r) => statuses.has(r.status)) : searched, counts };
}

/** Brand ids of a brand or manufacturer-group slug; null when the slug names nothing. */
export function brandIdsForSlug(db: Db, slug: string): number[] | null {
  const rows = db.select({ id: brands.id, slug: brands.slug, group: brands.manufacturerSlug }).from(brands).all();
  const exact = rows.filter((b) => b.slug === slug);
  const matched = exact.length ? exact : rows.filter((b) => b.group === slug);
  return matched.length ? matched.map((b) => b.id) : null;
}
