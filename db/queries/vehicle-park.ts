import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { brands, vehiclePark } from "../schema";

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

export interface BrandParkTotal {
  brandId: number;
  brand: string;
  brandName: string;
  manufacturer: string;
  year: number;
  vehicles: number;
}

/** National vehicle park per brand and year. */
export function vehicleParkTotalsByBrand(db: Db): BrandParkTotal[] {
  return db
    .select({
      brandId: brands.id,
      brand: brands.slug,
      brandName: brands.name,
      manufacturer: brands.manufacturer,
      year: vehiclePark.year,
      vehicles: sql<number>`sum(${vehiclePark.vehicles})`,
    })
    .from(vehiclePark)
    .innerJoin(brands, eq(vehiclePark.brandId, brands.id))
    .groupBy(brands.id, vehiclePark.year)
    .orderBy(asc(brands.manufacturer), asc(brands.name), asc(vehiclePark.year))
    .all()
    .map((r) => ({ ...r, vehicles: Number(r.vehicles) }));
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
