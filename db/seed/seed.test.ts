import { and, count, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDb } from "../test-db";
import { brands, cities, dealerships, districts, regions, vehiclePark } from "../schema";
import { CITIES, PLACES } from "./data";
import { seedDatabase } from "./seed";

const counts = (db: ReturnType<typeof createTestDb>) => ({
  regions: db.select({ n: count() }).from(regions).get()!.n,
  cities: db.select({ n: count() }).from(cities).get()!.n,
  brands: db.select({ n: count() }).from(brands).get()!.n,
  dealerships: db.select({ n: count() }).from(dealerships).get()!.n,
  park: db.select({ n: count() }).from(vehiclePark).get()!.n,
});

describe("migrations and seed", () => {
  it("apply to an empty in-memory database", () => {
    const db = createTestDb({ seed: false });
    const tables = db
      .all<{ name: string }>(sql`select name from sqlite_master where type = 'table' order by name`)
      .map((t) => t.name)
      .filter((name) => !name.startsWith("__") && !name.startsWith("sqlite_"));
    expect(tables).toEqual([
      "accounts", "api_tokens", "app_settings", "audit_log", "brands", "cities", "data_version", "dealerships", "districts",
      "rate_limits", "regions", "sales", "scenario_edits", "scenarios", "sessions", "users", "vehicle_park", "verifications",
    ]);
    expect(counts(db).cities).toBe(0);
  });

  it("loads Kazakhstan: 20 regions, 224 districts, the 41 cities among all places, Great Wall's 28 open sites in 20 cities", () => {
    const db = createTestDb();
    const c = counts(db);
    expect(c.regions).toBe(20);
    // the cities table now holds every place: the 41 planner cities, OSM settlements, rural remainders
    expect(c.cities).toBe(PLACES.length);
    expect(db.select({ n: count() }).from(districts).get()!.n).toBe(224);
    const planner = db.select({ slug: cities.slug, kato: cities.districtKato }).from(cities).where(inArray(cities.slug, CITIES.map((x) => x.slug))).all();
    expect(planner).toHaveLength(41);
    expect(planner.every((p) => p.kato !== null)).toBe(true);
    const gwmOpen = db
      .select({ n: count(), cities: sql<number>`count(distinct ${dealerships.cityId})` })
      .from(dealerships)
      .innerJoin(brands, eq(dealerships.brandId, brands.id))
      .where(and(eq(brands.manufacturerSlug, "great-wall"), eq(dealerships.status, "open")))
      .get()!;
    expect(gwmOpen).toEqual({ n: 28, cities: 20 });
    const gwmPlanned = db
      .select({ city: cities.slug, quarter: dealerships.plannedQuarter })
      .from(dealerships)
      .innerJoin(brands, eq(dealerships.brandId, brands.id))
      .innerJoin(cities, eq(dealerships.cityId, cities.id))
      .where(and(eq(brands.manufacturerSlug, "great-wall"), eq(dealerships.status, "planned")))
      .all();
    expect(gwmPlanned.map((p) => `${p.city} ${p.quarter}`).sort()).toEqual(["almaty 2024-Q3", "astana 2024-Q3"]);
  });

  it("loads twice without duplicates", () => {
    const db = createTestDb();
    const first = counts(db);
    seedDatabase(db);
    seedDatabase(db);
    expect(counts(db)).toEqual(first);
  });

  it("does not resurrect a dropped site on restart once planners have edited the network", () => {
    const db = createTestDb();
    const before = counts(db).dealerships;
    const one = db.select({ id: dealerships.id }).from(dealerships).limit(1).get()!;
    db.delete(dealerships).where(eq(dealerships.id, one.id)).run();
    db.run(sql`insert into audit_log (entity, entity_id, action) values ('dealership', ${one.id}, 'delete')`);
    seedDatabase(db);
    expect(counts(db).dealerships).toBe(before - 1);
  });
});

describe("database constraints", () => {
  const db = createTestDb();
  const almaty = db.select().from(cities).where(eq(cities.slug, "almaty")).get()!;
  const haval = db.select().from(brands).where(eq(brands.slug, "haval")).get()!;
  const site = { brandId: haval.id, cityId: almaty.id, name: "Constraint test", lat: 43.25, lng: 76.9, status: "open" as const };

  it("reject a negative vehicle count", () => {
    expect(() =>
      db.insert(vehiclePark).values({ cityId: almaty.id, brandId: haval.id, year: 2030, vehicles: -5 }).run(),
    ).toThrow(/vehicle_park_vehicles_nonneg/);
  });
  it("reject a planned site without a quarter", () => {
    expect(() => db.insert(dealerships).values({ ...site, status: "planned" }).run()).toThrow(/planned_has_quarter/);
  });
  it("reject coordinates outside Kazakhstan", () => {
    expect(() => db.insert(dealerships).values({ ...site, lat: 48.85, lng: 2.35 }).run()).toThrow(/in_kazakhstan/);
  });
  it("reject an unknown brand", () => {
    expect(() => db.insert(dealerships).values({ ...site, brandId: 99999 }).run()).toThrow(/FOREIGN KEY/);
  });
  it("reject a second row for the same city, brand and year", () => {
    const row = { cityId: almaty.id, brandId: haval.id, year: 2031, vehicles: 1 };
    db.insert(vehiclePark).values(row).run();
    expect(() => db.insert(vehiclePark).values(row).run()).toThrow(/UNIQUE/);
  });
});
