import { count, sql } from "drizzle-orm";
import { IMMEDIATE, type Db } from "../connection";
import { auditLog, brands, cities, dealerships, regions, vehiclePark } from "../schema";
import { BRANDS, CITIES, DEALERSHIPS, REGIONS, VEHICLE_PARK } from "./data";
import { CITY_NAMES_KK } from "./data/city-names-kk";

export interface SeedSummary {
  regions: number;
  cities: number;
  brands: number;
  dealerships: number;
  vehicleParkRows: number;
  seededNetwork: boolean;
}

/**
 * Loads the Kazakhstan seed data; safe to run on every start.
 * Reference data (regions, cities, brands) is upserted by slug. Dealerships and the vehicle park
 * are planners' working data: they are seeded only into a database nobody has edited yet (no
 * dealerships and an empty audit log), so a restart never resurrects a site a planner dropped.
 */
export function seedDatabase(db: Db): SeedSummary {
  return db.transaction((tx) => {
    for (const r of REGIONS) {
      tx.insert(regions)
        .values(r)
        .onConflictDoUpdate({ target: regions.slug, set: { nameEn: r.nameEn, nameRu: r.nameRu, kind: r.kind, centre: r.centre } })
        .run();
    }
    const regionIds = new Map(tx.select({ id: regions.id, slug: regions.slug }).from(regions).all().map((r) => [r.slug, r.id]));

    for (const c of CITIES) {
      const regionId = regionIds.get(c.regionSlug);
      if (regionId === undefined) throw new Error(`seed: city ${c.slug} names unknown region ${c.regionSlug}`);
      const row = { ...c, nameKk: CITY_NAMES_KK[c.slug] ?? null, regionId };
      tx.insert(cities)
        .values(row)
        .onConflictDoUpdate({
          target: cities.slug,
          set: {
            nameEn: row.nameEn, nameRu: row.nameRu, nameKk: row.nameKk, regionId, lat: row.lat, lng: row.lng,
            population: row.population, populationYear: row.populationYear,
            populationIsEstimate: row.populationIsEstimate, source: row.source,
          },
        })
        .run();
    }
    for (const b of BRANDS) {
      tx.insert(brands)
        .values(b)
        .onConflictDoUpdate({
          target: brands.slug,
          set: { name: b.name, manufacturer: b.manufacturer, manufacturerSlug: b.manufacturerSlug, segment: b.segment, source: b.source },
        })
        .run();
    }

    const untouched =
      tx.select({ n: count() }).from(dealerships).get()!.n === 0 && tx.select({ n: count() }).from(auditLog).get()!.n === 0;
    if (untouched) {
      const cityIds = new Map(tx.select({ id: cities.id, slug: cities.slug }).from(cities).all().map((c) => [c.slug, c.id]));
      const brandIds = new Map(tx.select({ id: brands.id, slug: brands.slug }).from(brands).all().map((b) => [b.slug, b.id]));
      const idOf = (map: Map<string, number>, key: string, what: string) => {
        const id = map.get(key);
        if (id === undefined) throw new Error(`seed: unknown ${what} ${key}`);
        return id;
      };
      for (const { brandSlug, citySlug, ...d } of DEALERSHIPS) {
        tx.insert(dealerships)
          .values({ ...d, brandId: idOf(brandIds, brandSlug, "brand"), cityId: idOf(cityIds, citySlug, "city") })
          .onConflictDoNothing()
          .run();
      }
      for (const { brandSlug, citySlug, ...v } of VEHICLE_PARK) {
        tx.insert(vehiclePark)
          .values({ ...v, brandId: idOf(brandIds, brandSlug, "brand"), cityId: idOf(cityIds, citySlug, "city") })
          .onConflictDoNothing()
          .run();
      }
    }

    const n = (table: typeof regions | typeof cities | typeof brands | typeof dealerships | typeof vehiclePark) =>
      tx.select({ n: sql<number>`count(*)` }).from(table).get()!.n;
    return {
      regions: n(regions),
      cities: n(cities),
      brands: n(brands),
      dealerships: n(dealerships),
      vehicleParkRows: n(vehiclePark),
      seededNetwork: untouched,
    };
  }, IMMEDIATE);
}
