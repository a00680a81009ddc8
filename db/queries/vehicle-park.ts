import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { requireRole, type RequestContext } from "@/lib/request-context";
import { vehicleParkCellSchema } from "@/lib/validation/vehicle-park";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { IMMEDIATE, type Db } from "../connection";
import { brands, cities, regions, vehiclePark } from "../schema";
import { writeAudit, type Tx } from "./audit";

/** The years that have vehicle-park figures, oldest first. */
export function listVehicleParkYears(db: Db): number[] {
  return db
    .selectDistinct({ year: vehiclePark.year })
    .from(vehiclePark)
    .orderBy(asc(vehiclePark.year))
    .all()
    .map((r) => r.year);
}

/** Vehicles per city id for the given brands and year (brands summed). */
export function vehiclesByCity(db: Db, params: { brandIds: number[]; year: number }): Map<number, number> {
  const rows = db
    .select({ cityId: vehiclePark.cityId, vehicles: sql<number>`sum(${vehiclePark.vehicles})` })
    .from(vehiclePark)
    .where(and(inArray(vehiclePark.brandId, params.brandIds), eq(vehiclePark.year, params.year)))
    .groupBy(vehiclePark.cityId)
    .all();
  return new Map(rows.map((r) => [r.cityId, Number(r.vehicles)]));
}

/** city id -> manufacturer slug -> vehicles, for one year. */
export function vehicleParkTotalsByCityAndManufacturer(db: Db, params: { year: number }): Map<number, Map<string, number>> {
  const rows = db
    .select({
      cityId: vehiclePark.cityId,
      manufacturerSlug: brands.manufacturerSlug,
      vehicles: sql<number>`sum(${vehiclePark.vehicles})`,
    })
    .from(vehiclePark)
    .innerJoin(brands, eq(vehiclePark.brandId, brands.id))
    .where(eq(vehiclePark.year, params.year))
    .groupBy(vehiclePark.cityId, brands.manufacturerSlug)
    .all();
  const out = new Map<number, Map<string, number>>();
  for (const r of rows) {
    if (!out.has(r.cityId)) out.set(r.cityId, new Map());
    out.get(r.cityId)!.set(r.manufacturerSlug, Number(r.vehicles));
  }
  return out;
}

// ---- editing, the city × brand table and exports (management pages) ----


/** One stored cell with the names the tables, exports and audit entries show. */
export interface VehicleParkCellView {
  id: number;
  cityId: number;
  city: string;
  cityName: string;
  cityNameRu: string;
  regionSlug: string;
  regionName: string;
  lat: number;
  lng: number;
  brandId: number;
  brand: string;
  brandName: string;
  manufacturer: string;
  year: number;
  vehicles: number;
  isEstimate: boolean;
  source: string | null;
}

/** Stored cells for the given years (all when omitted) and brands (all when omitted), by city and brand. */
export function listVehicleParkCells(db: Db | Tx, params: { years?: number[]; brandIds?: number[] } = {}): VehicleParkCellView[] {
  const conditions: SQL[] = [];
  if (params.years) conditions.push(inArray(vehiclePark.year, params.years));
  if (params.brandIds) conditions.push(inArray(vehiclePark.brandId, params.brandIds));
  return db
    .select({
      id: vehiclePark.id,
      cityId: vehiclePark.cityId,
      city: cities.slug,
      cityName: cities.nameEn,
      cityNameRu: cities.nameRu,
      regionSlug: regions.slug,
      regionName: regions.nameEn,
      lat: cities.lat,
      lng: cities.lng,
      brandId: vehiclePark.brandId,
      brand: brands.slug,
      brandName: brands.name,
      manufacturer: brands.manufacturer,
      year: vehiclePark.year,
      vehicles: vehiclePark.vehicles,
      isEstimate: vehiclePark.isEstimate,
      source: vehiclePark.source,
    })
    .from(vehiclePark)
    .innerJoin(cities, eq(vehiclePark.cityId, cities.id))
    .innerJoin(regions, eq(cities.regionId, regions.id))
    .innerJoin(brands, eq(vehiclePark.brandId, brands.id))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(vehiclePark.year), desc(cities.population), asc(brands.manufacturer), asc(brands.name))
    .all();
}

/** Stored counts of the given years, keyed by `${cityId}:${brandId}:${year}` (the import's key). */
export function storedParkCounts(db: Db | Tx, years: number[]): Map<string, number> {
  if (years.length === 0) return new Map();
  const rows = db
    .select({ cityId: vehiclePark.cityId, brandId: vehiclePark.brandId, year: vehiclePark.year, vehicles: vehiclePark.vehicles })
    .from(vehiclePark)
    .where(inArray(vehiclePark.year, years))
    .all();
  return new Map(rows.map((r) => [`${r.cityId}:${r.brandId}:${r.year}`, r.vehicles]));
}

export interface ParkCellWrite {
  cityId: number;
  brandId: number;
  year: number;
  vehicles: number;
}

function cellAuditValue(view: VehicleParkCellView) {
  return { city: view.city, brand: view.brand, year: view.year, vehicles: view.vehicles, isEstimate: view.isEstimate };
}

function getCell(tx: Db | Tx, cityId: number, brandId: number, year: number): VehicleParkCellView | undefined {
  return listVehicleParkCells(tx, { years: [year], brandIds: [brandId] }).find((c) => c.cityId === cityId);
}

/**
 * Upserts one (city, brand, year) count inside an open transaction and writes its audit entry.
 * A planner's figure is no longer the seed's estimate, so isEstimate turns false. Returns the
 * change made (none when the count is already stored).
 */
export function writeParkCell(tx: Tx, ctx: RequestContext, cell: ParkCellWrite, source: string): { change: "new" | "updated" | "unchanged"; cell: VehicleParkCellView } {
  const before = getCell(tx, cell.cityId, cell.brandId, cell.year);
  if (before && before.vehicles === cell.vehicles) return { change: "unchanged", cell: before };
  tx.insert(vehiclePark)
    .values({ ...cell, isEstimate: false, source })
    .onConflictDoUpdate({
      target: [vehiclePark.cityId, vehiclePark.brandId, vehiclePark.year],
      set: { vehicles: cell.vehicles, isEstimate: false, source },
    })
    .run();
  const after = getCell(tx, cell.cityId, cell.brandId, cell.year)!;
  writeAudit(tx, ctx, {
    entity: "vehicle_park",
    entityId: after.id,
    action: before ? "update" : "create",
    before: before ? cellAuditValue(before) : null,
    after: cellAuditValue(after),
  });
  return { change: before ? "updated" : "new", cell: after };
}

/**
 * Sets one cell of the city × brand table (city and brand by slug) as one transaction with its
 * audit entry; unknown names are a ValidationError naming the field.
 */
export function setVehicleParkCell(db: Db, ctx: RequestContext, input: unknown) {
  requireRole(ctx, "planner");
  const data = parseOrThrow(vehicleParkCellSchema, input, "vehicle-park figure");
  return db.transaction((tx) => {
    const city = tx.select({ id: cities.id }).from(cities).where(eq(cities.slug, data.city)).get();
    const brand = tx.select({ id: brands.id }).from(brands).where(eq(brands.slug, data.brand)).get();
    if (!city) throw new AppError("invalid_field", { params: { detail: `Unknown city "${data.city}"` }, fields: { city: [`Unknown city "${data.city}"`] } });
    if (!brand) throw new AppError("invalid_field", { params: { detail: `Unknown brand "${data.brand}"` }, fields: { brand: [`Unknown brand "${data.brand}"`] } });
    return writeParkCell(tx, ctx, { cityId: city.id, brandId: brand.id, year: data.year, vehicles: data.vehicles }, "edited by a planner");
  }, IMMEDIATE);
}
