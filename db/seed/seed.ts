import { count, sql } from "drizzle-orm";
import { IMMEDIATE, type Db } from "../connection";
import { auditLog, brands, cities, dealerships, districts, regions, vehiclePark } from "../schema";
import { BRANDS, DEALERSHIPS, DISTRICTS, PLACES, REGIONS, VEHICLE_PARK } from "./data";
import { CITY_NAMES_KK } from "./data/city-names-kk";
import { CITY_NAMES_ZH, REGION_NAMES } from "./data/place-names";

export interface SeedSummary {
  regions: number;
  districts: number;
  cities: number;
  brands: number;
  dealerships: number;
  vehicleParkRows: number;
  seededNetwork: boolean;
}

/**
 * Loads the Kazakhstan seed data; safe to run on every start.
 * Reference data (regions, districts, places, brands) is upserted by slug or KATO; the ~3,600 places
 * and ~33,000 vehicle-park rows go through prepared statements, so a start stays well under a second. Dealerships and the vehicle park
 * are planners' working data: they are seeded only into a database nobody has edited yet (no
 * dealerships and an empty audit log), so a restart never resurrects a site a planner dropped.
 */
export function seedDatabase(db: Db): SeedSummary {
  return db.transaction((tx) => {
    for (const r of REGIONS) {
      const names = { nameKk: REGION_NAMES[r.slug]?.kk ?? null, nameZh: REGION_NAMES[r.slug]?.zh ?? null };
      tx.insert(regions)
        .values({ ...r, ...names })
        .onConflictDoUpdate({ target: regions.slug, set: { nameEn: r.nameEn, nameRu: r.nameRu, ...names, kind: r.kind, centre: r.centre } })
        .run();
    }
    const regionIds = new Map(tx.select({ id: regions.id, slug: regions.slug }).from(regions).all().map((r) => [r.slug, r.id]));

    const sqlite = db.$client;
    const upsertDistrict = sqlite.prepare(
      `insert into districts (kato, name_en, name_ru, name_kk, region_id, population, label_lat, label_lng, geometry)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict(kato) do update set name_en = excluded.name_en, name_ru = excluded.name_ru, name_kk = excluded.name_kk,
         region_id = excluded.region_id, population = excluded.population, label_lat = excluded.label_lat,
         label_lng = excluded.label_lng, geometry = excluded.geometry`,
    );
    for (const d of DISTRICTS) {
      const regionId = regionIds.get(d.regionSlug);
      if (regionId === undefined) throw new Error(`seed: district ${d.kato} names unknown region ${d.regionSlug}`);
      upsertDistrict.run(d.kato, d.nameEn, d.nameRu, d.nameKk, regionId, d.population, d.labelLat, d.labelLng, d.geometry);
    }
    const upsertPlace = sqlite.prepare(
      `insert into cities (slug, name_en, name_ru, region_id, lat, lng, population, population_year, population_is_estimate,
         source, kind, district_kato, name_kk, osm_id, name_zh)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict(slug) do update set name_en = excluded.name_en, name_ru = excluded.name_ru, region_id = excluded.region_id,
         lat = excluded.lat, lng = excluded.lng, population = excluded.population, population_year = excluded.population_year,
         population_is_estimate = excluded.population_is_estimate, source = excluded.source, kind = excluded.kind,
         district_kato = excluded.district_kato, name_kk = excluded.name_kk, osm_id = excluded.osm_id, name_zh = excluded.name_zh`,
    );
    for (const c of PLACES) {
      const regionId = regionIds.get(c.regionSlug);
      if (regionId === undefined) throw new Error(`seed: place ${c.slug} names unknown region ${c.regionSlug}`);
      // the 41 planner cities carry our checked Kazakh names (OSM lacks name:kk for Shymkent, Pavlodar
      // and Kyzylorda); every other place its OSM name:kk
      upsertPlace.run(
        c.slug, c.nameEn, c.nameRu, regionId, c.lat, c.lng, c.population, c.populationYear, c.populationIsEstimate ? 1 : 0,
        c.source, c.kind, c.districtKato, CITY_NAMES_KK[c.slug] ?? c.nameKk, c.osmId, CITY_NAMES_ZH[c.slug] ?? null,
      );
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
      const insertPark = sqlite.prepare(
        "insert into vehicle_park (city_id, brand_id, year, vehicles, is_estimate, source) values (?, ?, ?, ?, ?, ?) on conflict do nothing",
      );
      for (const v of VEHICLE_PARK) {
        insertPark.run(idOf(cityIds, v.citySlug, "city"), idOf(brandIds, v.brandSlug, "brand"), v.year, v.vehicles, v.isEstimate ? 1 : 0, v.source);
      }
    }

    const n = (table: typeof regions | typeof districts | typeof cities | typeof brands | typeof dealerships | typeof vehiclePark) =>
      tx.select({ n: sql<number>`count(*)` }).from(table).get()!.n;
    return {
      regions: n(regions),
      districts: n(districts),
      cities: n(cities),
      brands: n(brands),
      dealerships: n(dealerships),
      vehicleParkRows: n(vehiclePark),
      seededNetwork: untouched,
    };
  }, IMMEDIATE);
}
