import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { dealershipKey, type DealershipImportRow } from "@/lib/import/dealership-record";
import { previewDealershipRows, previewVehicleParkRows, type ComparableDealership } from "@/lib/import/preview";
import type { ImportReferences } from "@/lib/import/types";
import type { VehicleParkImportRow } from "@/lib/import/vehicle-park-csv";
import { requireRole, type RequestContext } from "@/lib/request-context";
import { IMMEDIATE, type Db } from "../connection";
import { auditLog, brands, cities, dealerships } from "../schema";
import { auditActor, writeAudit, type Tx } from "./audit";
import { getDealership } from "./dealerships";
import { cellTable, storedCellCounts, type CellTableName } from "./cell-table";

/**
 * The places and brands an import may name, for the pure parsers in lib/import. Any place (city,
 * town, village, a district's rural remainder) can be named by slug, English or Russian name; largest
 * first, so a name several villages share resolves to the largest of them (the slug is unambiguous).
 */
export function loadImportReferences(db: Db): ImportReferences {
  return {
    cities: db
      .select({ id: cities.id, slug: cities.slug, nameEn: cities.nameEn, nameRu: cities.nameRu })
      .from(cities)
      .orderBy(desc(cities.population), cities.id)
      .all(),
    brands: db.select({ id: brands.id, slug: brands.slug, name: brands.name }).from(brands).all(),
  };
}

function yearsOf(rows: readonly { year: number }[]): number[] {
  return [...new Set(rows.map((r) => r.year))];
}

/** What a place × brand × year import (vehicle park or sales) would change: each row as new, updated or unchanged. Writes nothing. */
export function previewCellImport(db: Db | Tx, name: CellTableName, rows: readonly VehicleParkImportRow[]) {
  return previewVehicleParkRows(rows, storedCellCounts(db, name, yearsOf(rows)));
}

/** What a vehicle-park import would change. Writes nothing. */
export function previewVehicleParkImport(db: Db | Tx, rows: readonly VehicleParkImportRow[]) {
  return previewCellImport(db, "vehicle_park", rows);
}

export interface ApplyOptions {
  /** called synchronously every `progressEvery` written rows (inside the transaction) */
  onProgress?: (written: number) => void;
  progressEvery?: number;
}

/**
 * Writes a validated place × brand × year import (vehicle park or sales) as ONE transaction: every
 * new or changed cell is upserted with its audit entry, or (on any error, or if the process dies)
 * nothing is. The preview is recomputed inside the transaction, so edits made since the planner's
 * preview are respected.
 */
export function applyCellImport(db: Db, ctx: RequestContext, name: CellTableName, rows: readonly VehicleParkImportRow[], options: ApplyOptions = {}) {
  requireRole(ctx, "planner");
  const t = cellTable(name);
  return db.transaction((tx) => {
    const preview = previewCellImport(tx, name, rows);
    // prepared once: a 100,000-row import must not rebuild the SQL per row
    const upsert = tx
      .insert(t)
      .values({
        cityId: sql.placeholder("cityId"),
        brandId: sql.placeholder("brandId"),
        year: sql.placeholder("year"),
        vehicles: sql.placeholder("vehicles"),
        isEstimate: false,
        source: "CSV import",
      })
      .onConflictDoUpdate({
        target: [t.cityId, t.brandId, t.year],
        set: { vehicles: sql`excluded.vehicles`, isEstimate: false, source: "CSV import" },
      })
      .returning({ id: t.id })
      .prepare();
    const audit = tx
      .insert(auditLog)
      .values({
        entity: name,
        entityId: sql.placeholder("entityId"),
        action: sql.placeholder("action"),
        before: sql.placeholder("before"),
        after: sql.placeholder("after"),
        actor: auditActor(ctx, "import"),
        actorId: ctx.userId ?? null,
      })
      .prepare();
    const every = options.progressEvery ?? 1000;
    let written = 0;
    for (const r of preview.rows) {
      if (r.change === "unchanged") continue;
      const { id } = upsert.get({ cityId: r.cityId, brandId: r.brandId, year: r.year, vehicles: r.vehicles })!;
      const cell = { city: r.city, brand: r.brand, year: r.year };
      audit.run({
        entityId: id,
        action: r.change === "new" ? "create" : "update",
        // the json column encodes placeholder values itself: pass objects
        before: r.before === null ? null : { ...cell, vehicles: r.before },
        after: { ...cell, vehicles: r.vehicles, isEstimate: false },
      });
      written++;
      if (options.onProgress && written % every === 0) options.onProgress(written);
    }
    return { counts: preview.counts, written };
  }, IMMEDIATE);
}

/** Writes a validated vehicle-park import as one transaction (see applyCellImport). */
export function applyVehicleParkImport(db: Db, ctx: RequestContext, rows: readonly VehicleParkImportRow[], options: ApplyOptions = {}) {
  return applyCellImport(db, ctx, "vehicle_park", rows, options);
}

function storedDealerships(db: Db | Tx, rows: readonly DealershipImportRow[]): Map<string, ComparableDealership> {
  const brandIds = [...new Set(rows.map((r) => r.brandId))];
  if (brandIds.length === 0) return new Map();
  const stored = db.select().from(dealerships).where(inArray(dealerships.brandId, brandIds)).all();
  return new Map(
    stored.map((d) => [
      dealershipKey(d.brandId, d.name, d.cityId),
      {
        id: d.id, lat: d.lat, lng: d.lng, address: d.address, status: d.status, sales: d.sales, service: d.service, parts: d.parts,
        serviceBays: d.serviceBays, openedOn: d.openedOn, plannedQuarter: d.plannedQuarter, notes: d.notes,
      },
    ]),
  );
}

/** What a dealership import would change: a site is matched by brand, name and city. Writes nothing. */
export function previewDealershipImport(db: Db | Tx, rows: readonly DealershipImportRow[]) {
  return previewDealershipRows(rows, storedDealerships(db, rows));
}

function columnsOf(r: DealershipImportRow) {
  const d = r.input;
  return {
    brandId: r.brandId, cityId: r.cityId, name: d.name, lat: d.lat, lng: d.lng, address: d.address ?? null, status: d.status,
    sales: d.sales, service: d.service, parts: d.parts, serviceBays: d.serviceBays, openedOn: d.openedOn ?? null,
    plannedQuarter: d.plannedQuarter ?? null, notes: d.notes ?? null,
  };
}

/** Writes a validated dealership import as one transaction: inserts and updates, each with its audit entry. */
export function applyDealershipImport(db: Db, ctx: RequestContext, rows: readonly DealershipImportRow[]) {
  requireRole(ctx, "planner");
  return db.transaction((tx) => {
    const preview = previewDealershipImport(tx, rows);
    let written = 0;
    for (const r of preview.rows) {
      if (r.change === "unchanged") continue;
      if (r.id === null) {
        const { id } = tx.insert(dealerships).values(columnsOf(r)).returning({ id: dealerships.id }).get();
        writeAudit(tx, ctx, { entity: "dealership", entityId: id, action: "create", before: null, after: getDealership(tx, id) }, "import");
      } else {
        const before = getDealership(tx, r.id);
        tx.update(dealerships)
          .set({ ...columnsOf(r), updatedAt: new Date().toISOString() })
          .where(and(eq(dealerships.id, r.id)))
          .run();
        writeAudit(tx, ctx, { entity: "dealership", entityId: r.id, action: "update", before, after: getDealership(tx, r.id) }, "import");
      }
      written++;
    }
    return { counts: preview.counts, written };
  }, IMMEDIATE);
}
