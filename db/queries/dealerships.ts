import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { requireRole, type RequestContext } from "@/lib/request-context";
import {
  dealershipPatchSchema,
  dealershipRecordSchema,
  type DealershipInput,
  type DealershipPatch,
} from "@/lib/validation/dealership";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { IMMEDIATE, type Db } from "../connection";
import { brands, cities, dealerships, regions, type Dealership } from "../schema";
import { writeAudit, type Tx } from "./audit";

/** A dealership as the UI and API show it: with its brand, city and region by name. */
export interface DealershipView {
  id: number;
  brandId: number;
  brand: string;
  brandName: string;
  manufacturer: string;
  manufacturerSlug: string;
  name: string;
  cityId: number;
  city: string;
  cityName: string;
  regionName: string;
  lat: number;
  lng: number;
  address: string | null;
  status: Dealership["status"];
  sales: boolean;
  service: boolean;
  parts: boolean;
  serviceBays: number;
  openedOn: string | null;
  plannedQuarter: string | null;
  notes: string | null;
  source: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The columns of a DealershipView (dealerships joined to brands, cities, regions). */
export const dealershipViewColumns = {
  id: dealerships.id,
  brandId: dealerships.brandId,
  brand: brands.slug,
  brandName: brands.name,
  manufacturer: brands.manufacturer,
  manufacturerSlug: brands.manufacturerSlug,
  name: dealerships.name,
  cityId: dealerships.cityId,
  city: cities.slug,
  cityName: cities.nameEn,
  regionName: regions.nameEn,
  lat: dealerships.lat,
  lng: dealerships.lng,
  address: dealerships.address,
  status: dealerships.status,
  sales: dealerships.sales,
  service: dealerships.service,
  parts: dealerships.parts,
  serviceBays: dealerships.serviceBays,
  openedOn: dealerships.openedOn,
  plannedQuarter: dealerships.plannedQuarter,
  notes: dealerships.notes,
  source: dealerships.source,
  createdAt: dealerships.createdAt,
  updatedAt: dealerships.updatedAt,
};

function selectViews(db: Db | Tx, where?: SQL) {
  return db
    .select(dealershipViewColumns)
    .from(dealerships)
    .innerJoin(brands, eq(dealerships.brandId, brands.id))
    .innerJoin(cities, eq(dealerships.cityId, cities.id))
    .innerJoin(regions, eq(cities.regionId, regions.id))
    .where(where)
    .orderBy(asc(brands.manufacturer), asc(brands.name), asc(cities.nameEn), asc(dealerships.name))
    .all();
}

export interface DealershipFilter {
  brandIds?: number[];
  statuses?: Dealership["status"][];
}

/** Dealerships matching the filter, by manufacturer, brand, city and name. */
export function listDealerships(db: Db, filter: DealershipFilter = {}): DealershipView[] {
  const conditions: SQL[] = [];
  if (filter.brandIds) conditions.push(inArray(dealerships.brandId, filter.brandIds));
  if (filter.statuses) conditions.push(inArray(dealerships.status, filter.statuses));
  return selectViews(db, conditions.length ? and(...conditions) : undefined);
}

/** One dealership, or a NotFoundError. */
export function getDealership(db: Db | Tx, id: number): DealershipView {
  const [row] = selectViews(db, eq(dealerships.id, id));
  if (!row) throw new AppError("not_found", { key: "not_found.dealership", params: { id } });
  return row;
}

function resolveRefs(tx: Tx, input: { brand: string; city: string }) {
  const brand = tx.select({ id: brands.id }).from(brands).where(eq(brands.slug, input.brand)).get();
  const city = tx.select({ id: cities.id }).from(cities).where(eq(cities.slug, input.city)).get();
  const fieldErrors: Record<string, string[]> = {};
  if (!brand) fieldErrors.brand = [`Unknown brand "${input.brand}"`];
  if (!city) fieldErrors.city = [`Unknown city "${input.city}"`];
  if (!brand || !city) throw new AppError("invalid_field", { params: { detail: Object.values(fieldErrors)[0][0] }, fields: fieldErrors });
  return { brandId: brand.id, cityId: city.id };
}

function assertUnique(tx: Tx, brandId: number, name: string, cityId: number, exceptId?: number) {
  const clash = tx
    .select({ id: dealerships.id })
    .from(dealerships)
    .where(and(eq(dealerships.brandId, brandId), eq(dealerships.name, name), eq(dealerships.cityId, cityId)))
    .get();
  if (clash && clash.id !== exceptId) {
    throw new AppError("conflict", {
      key: "conflict.dealership_name",
      params: { name },
      fields: { name: ["Already used by another site of this brand in this city"] },
    });
  }
}

function toColumns(d: DealershipInput) {
  return {
    name: d.name,
    lat: d.lat,
    lng: d.lng,
    address: d.address ?? null,
    status: d.status,
    sales: d.sales,
    service: d.service,
    parts: d.parts,
    serviceBays: d.serviceBays,
    openedOn: d.openedOn ?? null,
    plannedQuarter: d.plannedQuarter ?? null,
    notes: d.notes ?? null,
  };
}

/**
 * Creates a dealership and its audit entry (naming ctx.actor) in one transaction; returns the stored
 * view. `id` brings a deleted site back under its old id, so its history stays one history.
 */
export function createDealership(db: Db, ctx: RequestContext, input: unknown, options: { id?: number } = {}): DealershipView {
  requireRole(ctx, "planner");
  const data = parseOrThrow(dealershipRecordSchema, input, "dealership");
  return db.transaction((tx) => {
    const refs = resolveRefs(tx, data);
    assertUnique(tx, refs.brandId, data.name, refs.cityId);
    const { id } = tx
      .insert(dealerships)
      .values({ ...toColumns(data), ...refs, ...(options.id !== undefined ? { id: options.id } : {}) })
      .returning({ id: dealerships.id })
      .get();
    const created = getDealership(tx, id);
    writeAudit(tx, ctx, { entity: "dealership", entityId: id, action: "create", before: null, after: created });
    return created;
  }, IMMEDIATE);
}

/** A stored view (or an audit snapshot of one) as the input that recreates it. */
export function asInput(v: DealershipView): DealershipInput {
  return {
    brand: v.brand, name: v.name, city: v.city, lat: v.lat, lng: v.lng, address: v.address, status: v.status,
    sales: v.sales, service: v.service, parts: v.parts, serviceBays: v.serviceBays, openedOn: v.openedOn,
    plannedQuarter: v.plannedQuarter, notes: v.notes,
  };
}

/** Applies a partial update (re-validated as a whole record) with its audit entry; returns the new view. */
export function updateDealership(db: Db, ctx: RequestContext, id: number, patch: unknown): DealershipView {
  requireRole(ctx, "planner");
  const changes: DealershipPatch = parseOrThrow(dealershipPatchSchema, patch, "dealership update");
  return db.transaction((tx) => {
    const before = getDealership(tx, id);
    const merged = parseOrThrow(dealershipRecordSchema, { ...asInput(before), ...changes }, "dealership");
    const refs = resolveRefs(tx, merged);
    assertUnique(tx, refs.brandId, merged.name, refs.cityId, id);
    tx.update(dealerships)
      .set({ ...toColumns(merged), ...refs, updatedAt: new Date().toISOString() })
      .where(eq(dealerships.id, id))
      .run();
    const after = getDealership(tx, id);
    writeAudit(tx, ctx, { entity: "dealership", entityId: id, action: "update", before, after });
    return after;
  }, IMMEDIATE);
}

/** Deletes a dealership, keeping its last state in the audit log. */
export function deleteDealership(db: Db, ctx: RequestContext, id: number): DealershipView {
  requireRole(ctx, "planner");
  return db.transaction((tx) => {
    const before = getDealership(tx, id);
    tx.delete(dealerships).where(eq(dealerships.id, id)).run();
    writeAudit(tx, ctx, { entity: "dealership", entityId: id, action: "delete", before, after: null });
    return before;
  }, IMMEDIATE);
}
