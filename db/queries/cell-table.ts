import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { requireRole, type RequestContext } from "@/lib/request-context";
import { vehicleParkCellSchema } from "@/lib/validation/vehicle-park";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { IMMEDIATE, type Db } from "../connection";
import { brands, cities, regions, sales, vehiclePark } from "../schema";
import { writeAudit, type Tx } from "./audit";

/**
 * The place × brand × year tables: the vehicle park (vehicles on the road) and sales (new cars
 * registered in the year). They have the same columns (db/schema.ts; checked in cell-table.test.ts), so
 * one set of queries serves both editors, imports and exports. The table name doubles as the audit entity.
 */
export type CellTableName = "vehicle_park" | "sales";

const TABLES: Record<CellTableName, typeof vehiclePark> = {
  vehicle_park: vehiclePark,
  // same column names and types; only the drizzle table's name literal differs
  sales: sales as unknown as typeof vehiclePark,
};

export function cellTable(name: CellTableName): typeof vehiclePark {
  return TABLES[name];
}

/** The years that have figures in the table, oldest first. */
export function listCellYears(db: Db | Tx, name: CellTableName): number[] {
  const t = cellTable(name);
  return db.selectDistinct({ year: t.year }).from(t).orderBy(asc(t.year)).all().map((r) => r.year);
}

/** One stored cell with the names the tables, exports and audit entries show. */
export interface CellView {
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
export function listCells(db: Db | Tx, name: CellTableName, params: { years?: number[]; brandIds?: number[] } = {}): CellView[] {
  const t = cellTable(name);
  const conditions: SQL[] = [];
  if (params.years) conditions.push(inArray(t.year, params.years));
  if (params.brandIds) conditions.push(inArray(t.brandId, params.brandIds));
  return db
    .select({
      id: t.id,
      cityId: t.cityId,
      city: cities.slug,
      cityName: cities.nameEn,
      cityNameRu: cities.nameRu,
      regionSlug: regions.slug,
      regionName: regions.nameEn,
      lat: cities.lat,
      lng: cities.lng,
      brandId: t.brandId,
      brand: brands.slug,
      brandName: brands.name,
      manufacturer: brands.manufacturer,
      year: t.year,
      vehicles: t.vehicles,
      isEstimate: t.isEstimate,
      source: t.source,
    })
    .from(t)
    .innerJoin(cities, eq(t.cityId, cities.id))
    .innerJoin(regions, eq(cities.regionId, regions.id))
    .innerJoin(brands, eq(t.brandId, brands.id))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(t.year), desc(cities.population), asc(brands.manufacturer), asc(brands.name))
    .all();
}

/** Figures per city id for the given brands and year (brands summed). */
export function sumByCity(db: Db | Tx, name: CellTableName, params: { brandIds: number[]; year: number }): Map<number, number> {
  const t = cellTable(name);
  const rows = db
    .select({ cityId: t.cityId, vehicles: sql<number>`sum(${t.vehicles})` })
    .from(t)
    .where(and(inArray(t.brandId, params.brandIds), eq(t.year, params.year)))
    .groupBy(t.cityId)
    .all();
  return new Map(rows.map((r) => [r.cityId, Number(r.vehicles)]));
}

/** Stored figures of the given years, keyed by `${cityId}:${brandId}:${year}` (the import's key). */
export function storedCellCounts(db: Db | Tx, name: CellTableName, years: number[]): Map<string, number> {
  if (years.length === 0) return new Map();
  const t = cellTable(name);
  const rows = db
    .select({ cityId: t.cityId, brandId: t.brandId, year: t.year, vehicles: t.vehicles })
    .from(t)
    .where(inArray(t.year, years))
    .all();
  return new Map(rows.map((r) => [`${r.cityId}:${r.brandId}:${r.year}`, r.vehicles]));
}

export interface CellWrite {
  cityId: number;
  brandId: number;
  year: number;
  vehicles: number;
}

function cellAuditValue(view: CellView) {
  return { city: view.city, brand: view.brand, year: view.year, vehicles: view.vehicles, isEstimate: view.isEstimate };
}

function getCell(tx: Db | Tx, name: CellTableName, cityId: number, brandId: number, year: number): CellView | undefined {
  return listCells(tx, name, { years: [year], brandIds: [brandId] }).find((c) => c.cityId === cityId);
}

/**
 * Upserts one (city, brand, year) figure inside an open transaction and writes its audit entry.
 * A planner's figure is no longer the seed's estimate, so isEstimate turns false. Returns the
 * change made (none when the figure is already stored).
 */
export function writeCell(
  tx: Tx,
  ctx: RequestContext,
  name: CellTableName,
  cell: CellWrite,
  source: string,
): { change: "new" | "updated" | "unchanged"; cell: CellView } {
  const t = cellTable(name);
  const before = getCell(tx, name, cell.cityId, cell.brandId, cell.year);
  if (before && before.vehicles === cell.vehicles) return { change: "unchanged", cell: before };
  tx.insert(t)
    .values({ ...cell, isEstimate: false, source })
    .onConflictDoUpdate({ target: [t.cityId, t.brandId, t.year], set: { vehicles: cell.vehicles, isEstimate: false, source } })
    .run();
  const after = getCell(tx, name, cell.cityId, cell.brandId, cell.year)!;
  writeAudit(tx, ctx, {
    entity: name,
    entityId: after.id,
    action: before ? "update" : "create",
    before: before ? cellAuditValue(before) : null,
    after: cellAuditValue(after),
  });
  return { change: before ? "updated" : "new", cell: after };
}

/**
 * Sets one cell of a city × brand table (city and brand by slug) as one transaction with its audit
 * entry; unknown names are a ValidationError naming the field.
 */
export function setCell(db: Db, ctx: RequestContext, name: CellTableName, input: unknown) {
  requireRole(ctx, "planner");
  const data = parseOrThrow(vehicleParkCellSchema, input, name === "sales" ? "sales figure" : "vehicle-park figure");
  return db.transaction((tx) => {
    const city = tx.select({ id: cities.id }).from(cities).where(eq(cities.slug, data.city)).get();
    const brand = tx.select({ id: brands.id }).from(brands).where(eq(brands.slug, data.brand)).get();
    if (!city) throw new AppError("invalid_field", { params: { detail: `Unknown city "${data.city}"` }, fields: { city: [`Unknown city "${data.city}"`] } });
    if (!brand) throw new AppError("invalid_field", { params: { detail: `Unknown brand "${data.brand}"` }, fields: { brand: [`Unknown brand "${data.brand}"`] } });
    return writeCell(tx, ctx, name, { cityId: city.id, brandId: brand.id, year: data.year, vehicles: data.vehicles }, "edited by a planner");
  }, IMMEDIATE);
}
