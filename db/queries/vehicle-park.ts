import { eq, sql } from "drizzle-orm";
import type { RequestContext } from "@/lib/request-context";
import type { Db } from "../connection";
import { brands, vehiclePark } from "../schema";
import type { Tx } from "./audit";
import { listCells, listCellYears, setCell, storedCellCounts, sumByCity, writeCell, type CellView, type CellWrite } from "./cell-table";

/** The years that have vehicle-park figures, oldest first. */
export function listVehicleParkYears(db: Db): number[] {
  return listCellYears(db, "vehicle_park");
}

/** Vehicles per city id for the given brands and year (brands summed). */
export function vehiclesByCity(db: Db, params: { brandIds: number[]; year: number }): Map<number, number> {
  return sumByCity(db, "vehicle_park", params);
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

// ---- editing, the city × brand table and exports: shared with sales (db/queries/cell-table.ts) ----

export type VehicleParkCellView = CellView;
export type ParkCellWrite = CellWrite;

/** Stored cells for the given years (all when omitted) and brands (all when omitted), by city and brand. */
export function listVehicleParkCells(db: Db | Tx, params: { years?: number[]; brandIds?: number[] } = {}): VehicleParkCellView[] {
  return listCells(db, "vehicle_park", params);
}

/** Stored counts of the given years, keyed by `${cityId}:${brandId}:${year}` (the import's key). */
export function storedParkCounts(db: Db | Tx, years: number[]): Map<string, number> {
  return storedCellCounts(db, "vehicle_park", years);
}

/** Upserts one vehicle-park cell with its audit entry inside an open transaction (see writeCell). */
export function writeParkCell(tx: Tx, ctx: RequestContext, cell: ParkCellWrite, source: string) {
  return writeCell(tx, ctx, "vehicle_park", cell, source);
}

/** Sets one cell of the city × brand table (city and brand by slug) with its audit entry (see setCell). */
export function setVehicleParkCell(db: Db, ctx: RequestContext, input: unknown) {
  return setCell(db, ctx, "vehicle_park", input);
}
